//! The verification report of the example's survey: who answered with the
//! warnings, every task ranked once, a dot plot drawn as vector shapes, the
//! divergences and the suggestions the statistics hold, the weighting and
//! the priority formula stated, no personal name anywhere in the file, and
//! its fixed texts in the report language.

use dacum_export::page::{Layout, Shape};
use dacum_export::{ExportOptions, VerificationOptions};
use dacum_i18n::Language;
use dacum_model::Session;
use dacum_model::survey::stats::{Filter, SurveyStats, Thresholds, Weighting};

use crate::helpers::prison_officer;
use crate::pdf_reading::{everything, info, outline, squeeze, text};

fn options(weighting: Weighting, include_names: bool) -> ExportOptions {
    ExportOptions {
        include_names,
        ..ExportOptions::verification_report(weighting)
    }
}

fn stats(session: &Session, weighting: Weighting) -> SurveyStats {
    SurveyStats::compute(
        session,
        &Filter::default(),
        weighting,
        &Thresholds::default(),
    )
}

/// The lines of the layout's text from the heading `from` up to the heading
/// `to` (the flow lays a report out in reading order).
fn section<'t>(text: &'t str, from: &str, to: &str) -> Vec<&'t str> {
    text.lines()
        .skip_while(|l| *l != from)
        .skip(1)
        .take_while(|l| *l != to)
        .collect()
}

/// Writes the PDF where `DACUM_LOOK_DIR` says, to look at it.
fn keep_for_looking(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("DACUM_LOOK_DIR") {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).expect("written");
    }
}

fn circles(layout: &Layout, filled: bool) -> usize {
    layout
        .pages
        .iter()
        .flat_map(|p| &p.shapes)
        .filter(|s| matches!(s, Shape::Circle { fill, .. } if fill.is_some() == filled))
        .count()
}

#[test]
fn every_task_is_ranked_once_and_plotted_with_its_spread() {
    let session = prison_officer();
    let stats = stats(&session, Weighting::PerRespondent);
    let layout = dacum_export::lay_out(&session, &options(Weighting::PerRespondent, true))
        .expect("lays out");
    let text = layout.text();
    let ranked = section(&text, "Tasks ranked by priority", "Importance by duty");
    let codes: Vec<String> = session
        .chart
        .tasks()
        .map(|(d, t, _)| dacum_model::task_code(d, t))
        .collect();
    for code in &codes {
        let found = ranked.iter().filter(|l| *l == code).count();
        assert_eq!(found, 1, "{code} in the ranked tasks");
    }
    // The first rank is the task with the highest priority index.
    let top = stats
        .survey
        .tasks
        .iter()
        .enumerate()
        .filter_map(|(i, f)| f.priority.map(|p| (i, p)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .expect("a priority");
    let first_code = ranked
        .iter()
        .position(|l| codes.contains(&(*l).to_owned()))
        .expect("a code");
    assert_eq!(ranked[first_code], codes[top.0]);
    assert_eq!(ranked[first_code - 1], "1");

    let rated = stats
        .survey
        .tasks
        .iter()
        .filter(|f| f.importance.is_some())
        .count();
    let panel = stats
        .panel
        .tasks
        .iter()
        .filter(|f| f.importance.is_some())
        .count();
    assert!(rated > 50 && panel > 0, "{rated} {panel}");
    assert_eq!(circles(&layout, true), rated);
    assert_eq!(circles(&layout, false), panel);
}

#[test]
fn who_answered_the_warnings_the_weighting_and_the_formula_are_stated() {
    let session = prison_officer();
    let stats = stats(&session, Weighting::EqualPerCountry);
    assert!(!stats.warnings.is_empty());
    let pdf = dacum_export::render(&session, &options(Weighting::EqualPerCountry, true))
        .expect("renders");
    keep_for_looking("verification-en.pdf", &pdf.bytes);
    assert!(pdf.missing_glyphs.is_empty());
    let found = squeeze(&text(&pdf.bytes));
    for row in &stats.survey.distribution.countries {
        let line = format!("{}{}", row.country, row.levels.counts[0]);
        assert!(found.contains(&line), "{line}");
    }
    for expected in [
        "Who answered",
        "every country weighs the same",
        "Pooled figures weigh every country the same",
        "The priority index is mean importance × mean frequency (1–25).",
        "Supervisors and job holders",
        "Panel and survey",
        "Suggested tasks",
        &format!("Respondents{} in 5 countries", stats.survey.respondents()),
    ] {
        assert!(found.contains(&squeeze(expected)), "{expected}");
    }
    // The example's distribution is uneven: each warning is worded.
    assert!(found.contains(&squeeze("fewer than 30: its own figures are uncertain")));
    assert_eq!(
        info(&pdf.bytes, "Title"),
        "Verification report — Prison officer"
    );
    let tops: Vec<String> = outline(&pdf.bytes)
        .into_iter()
        .filter(|(d, _)| *d == 0)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(tops, ["Verification report"]);
}

#[test]
fn the_divergences_and_suggestions_of_the_statistics_are_all_there() {
    let session = prison_officer();
    let stats = stats(&session, Weighting::PerRespondent);
    let layout = dacum_export::lay_out(&session, &options(Weighting::PerRespondent, true))
        .expect("lays out");
    let text = layout.text();
    let codes: Vec<String> = session
        .chart
        .tasks()
        .map(|(d, t, _)| dacum_model::task_code(d, t))
        .collect();
    let levels = section(&text, "Supervisors and job holders", "Countries");
    let countries = section(&text, "Countries", "Panel and survey");
    let mut level_gaps = 0;
    let mut country_gaps = 0;
    for (figures, code) in stats.survey.tasks.iter().zip(&codes) {
        if figures.marks.levels.is_some() {
            level_gaps += 1;
            assert!(levels.contains(&code.as_str()), "{code}");
        }
        for gap in &figures.marks.countries {
            country_gaps += 1;
            let at = countries
                .iter()
                .position(|l| l == code)
                .unwrap_or_else(|| panic!("{code}"));
            assert!(countries[at..].contains(&gap.country.as_str()));
        }
    }
    assert!(
        level_gaps > 0 && country_gaps > 0,
        "{level_gaps} {country_gaps}"
    );
    let all = squeeze(&text);
    for suggestion in &session.survey.rounds[0].suggestions {
        assert!(all.contains(&squeeze(&suggestion.statement)));
        let code = suggestion.respondent.as_deref().expect("a code");
        assert!(all.contains(code), "{code}");
    }
}

/// Respondents are codes and the panel's raters numbers: with or without
/// names, no person of the session is named anywhere in the file.
#[test]
fn the_verification_report_names_nobody() {
    let session = prison_officer();
    let names: Vec<&str> = session.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.len() >= 9);
    for include_names in [true, false] {
        let pdf = dacum_export::render(&session, &options(Weighting::PerRespondent, include_names))
            .expect("renders");
        let all = everything(&pdf.bytes);
        for name in &names {
            assert!(!all.contains(name), "{name}, names {include_names}");
            let utf16: Vec<u8> = name.encode_utf16().flat_map(u16::to_be_bytes).collect();
            assert!(
                !pdf.bytes
                    .windows(utf16.len())
                    .any(|w| w == utf16.as_slice())
            );
        }
        assert!(text(&pdf.bytes).contains("respondents are known by their codes"));
    }
}

#[test]
fn a_session_without_answers_says_so() {
    let pdf = dacum_export::render(
        &Session::default(),
        &options(Weighting::PerRespondent, true),
    )
    .expect("renders");
    assert!(text(&pdf.bytes).contains("No survey answers have been imported yet."));
    assert!(!dacum_export::has_survey(&Session::default()));
    assert!(dacum_export::has_survey(&prison_officer()));
}

#[test]
fn the_verification_report_follows_the_other_reports_in_one_file() {
    let session = prison_officer();
    let options = ExportOptions {
        verification: Some(VerificationOptions::default()),
        ..ExportOptions::default()
    };
    let pdf = dacum_export::render_pdf(&session, &options).expect("renders");
    let tops: Vec<String> = outline(&pdf)
        .into_iter()
        .filter(|(d, _)| *d == 0)
        .map(|(_, t)| t)
        .collect();
    assert_eq!(
        tops,
        [
            "DACUM Research Chart",
            "Competency profile",
            "PESTLE and scenario report",
            "Verification report"
        ]
    );
    assert!(info(&pdf, "Title").ends_with("Verification report — Prison officer"));
    let czech = ExportOptions {
        language: Language::Czech,
        ..ExportOptions::verification_report(Weighting::PerRespondent)
    };
    let pdf = dacum_export::render(&session, &czech).expect("renders");
    keep_for_looking("verification-cs.pdf", &pdf.bytes);
}
