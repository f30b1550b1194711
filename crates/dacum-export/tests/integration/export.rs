//! PDF export: the produced files parsed back with lopdf (text, names, metadata,
//! outline), the pagination of a 240-task chart, and the layout invariant that no
//! text ever leaves its box, for every example, every paper size and every report.

use dacum_export::{ExportOptions, Paper, Report, page::Layout};
use dacum_model::generated::large_session;
use dacum_model::{Role, Session};

use crate::helpers::{consolidated_example, example_files, prison_officer, sessions_dir};
use crate::pdf_reading::{self, everything, info, outline, squeeze, text};

fn options(paper: Paper, reports: &[Report], include_names: bool) -> ExportOptions {
    ExportOptions {
        paper,
        reports: reports.to_vec(),
        include_names,
        ..ExportOptions::default()
    }
}

fn examples() -> Vec<Session> {
    example_files()
        .iter()
        .map(|f| dacum_store::load_session(f).expect("example loads"))
        .collect()
}

fn render(session: &Session, options: &ExportOptions) -> Vec<u8> {
    dacum_export::render_pdf(session, options).expect("renders")
}

#[test]
fn every_duty_title_and_task_statement_of_the_examples_is_in_the_pdf_text() {
    for session in examples() {
        for reports in [&[Report::Chart][..], &[Report::Profile], &Report::ALL] {
            let pdf = render(&session, &options(Paper::A4, reports, true));
            let found = squeeze(&text(&pdf));
            for duty in &session.chart.duties {
                assert!(
                    found.contains(&squeeze(&duty.title)),
                    "{} in {reports:?}",
                    duty.title
                );
                for task in &duty.tasks {
                    let statement = squeeze(&task.statement);
                    assert!(
                        found.contains(&statement),
                        "{} in {reports:?}",
                        task.statement
                    );
                }
            }
        }
    }
}

#[test]
fn the_pestle_report_holds_every_driver_axis_pole_and_scenario() {
    let session = dacum_store::load_session(&sessions_dir().join("future-of-corrections.ron"))
        .expect("example loads");
    let pdf = render(&session, &options(Paper::A4, &[Report::Pestle], true));
    let found = squeeze(&text(&pdf));
    let pestle = &session.pestle;
    assert!(!pestle.drivers.is_empty() && !pestle.scenarios.is_empty());
    for driver in &pestle.drivers {
        assert!(found.contains(&squeeze(&driver.title)), "{}", driver.title);
    }
    for axis in [&pestle.axes.horizontal, &pestle.axes.vertical]
        .into_iter()
        .flatten()
    {
        for text in [&axis.low_pole, &axis.high_pole, &axis.rationale] {
            assert!(found.contains(&squeeze(text)), "{text}");
        }
    }
    for scenario in &pestle.scenarios {
        assert!(
            found.contains(&squeeze(&scenario.name)),
            "{}",
            scenario.name
        );
        assert!(
            found.contains(&squeeze(&scenario.narrative)),
            "{}",
            scenario.narrative
        );
    }
}

#[test]
fn partner_languages_come_out_of_the_pdf_character_for_character() {
    let mut session = prison_officer();
    let statements = [
        "Efectuează percheziții în celule",
        "Kontroluje vězně při přesunu",
        "Überprüft die Haftraumtüren",
        "Ελέγχει τα κελιά κάθε βράδυ",
        "Проверява килиите всяка вечер",
        "Patikrina kameras kiekvieną vakarą",
        "Koğuşları her akşam denetler",
    ];
    for (task, statement) in session.chart.duties[0].tasks.iter_mut().zip(statements) {
        task.statement = statement.to_owned();
    }
    let pdf = render(&session, &options(Paper::A4, &[Report::Chart], true));
    // lopdf joins the lines of a wrapped statement without a space, so compare
    // without white space: every letter must come back exactly.
    let found = squeeze(&text(&pdf));
    for statement in statements {
        assert!(
            found.contains(&squeeze(statement)),
            "{statement} not in\n{found}"
        );
    }
}

/// 12 duties of 20 tasks. A4 landscape holds six task boxes across, so a duty is
/// four rows (6+6+6+2) 203 pt high; a page holds 481 pt. The title block leaves
/// room for duty A and two rows of B on page 1; every further page takes the last
/// two rows of one duty, a whole duty and the first two rows of the next (a third
/// would fit, but would leave a single row alone on the next page). That is 32
/// tasks on page 1, 40 on pages 2–6 and the last 8 on page 7, which the supporting
/// lists share; the panel takes page 8. A3 holds nine across, three rows a duty,
/// and four whole duties a page: duties on pages 1–3; the lists, set in six balanced
/// columns, and the panel share page 4.
#[test]
fn a_240_task_chart_has_the_expected_pages() {
    let session = large_session();
    assert_eq!(session.chart.task_count(), 240);
    for (paper, pages, last_task_page) in
        [(Paper::A4, 8, 7), (Paper::A3, 4, 3), (Paper::Letter, 9, 7)]
    {
        let options = options(paper, &[Report::Chart], true);
        let layout = dacum_export::lay_out(&session, &options).expect("lays out");
        assert_eq!(layout.page_count(), pages, "{paper:?}");
        let last = layout
            .pages
            .iter()
            .rposition(|p| p.texts.iter().any(|t| t.text == "L-20"))
            .expect("the last task is on a page");
        assert_eq!(last + 1, last_task_page, "{paper:?}");
        let pdf = render(&session, &options);
        assert_eq!(pdf_reading::page_count(&pdf), pages, "{paper:?}");
        assert_eq!(
            dacum_export::page_count(&session, &options).expect("counts"),
            pages
        );
    }
}

#[test]
fn a_stakeholder_copy_names_nobody_anywhere_in_the_file() {
    let session = prison_officer();
    let mut names: Vec<String> = session.people.iter().map(|p| p.name.clone()).collect();
    names.extend(session.pestle.participants.iter().map(|p| p.name.clone()));
    assert!(names.len() >= 9);
    // The test can fail: with names, they are in the file.
    let named = everything(&render(&session, &ExportOptions::default()));
    for person in session.people.iter().filter(|p| p.role == Role::Panel) {
        assert!(
            named.contains(&person.name),
            "{} missing with names",
            person.name
        );
    }
    for reports in [&Report::ALL[..], &[Report::Chart], &[Report::Pestle]] {
        for paper in Paper::ALL {
            let pdf = render(&session, &options(paper, reports, false));
            let all = everything(&pdf);
            for name in &names {
                assert!(
                    !all.contains(name.as_str()),
                    "{name} is in the {reports:?} copy"
                );
                // Also as the UTF-16 a PDF text string would hold.
                let utf16: Vec<u8> = name.encode_utf16().flat_map(u16::to_be_bytes).collect();
                assert!(
                    !pdf.windows(utf16.len()).any(|w| w == utf16.as_slice()),
                    "{name}"
                );
            }
            assert!(!info(&pdf, "Author").is_empty());
        }
    }
}

#[test]
fn the_pdf_carries_metadata_language_and_an_outline_per_section() {
    let session = prison_officer();
    let pdf = render(&session, &ExportOptions::default());
    assert_eq!(
        info(&pdf, "Title"),
        "Prison officer — DACUM chart, competency profile and PESTLE report"
    );
    assert!(info(&pdf, "Subject").contains("Prison officer — European DACUM"));
    let facilitator = session
        .people
        .iter()
        .find(|p| p.role == Role::Facilitator)
        .expect("a facilitator");
    assert!(info(&pdf, "Author").contains(&facilitator.name));
    let doc = pdf_reading::parse(&pdf);
    let lang = doc
        .catalog()
        .and_then(|c| c.get(b"Lang"))
        .and_then(lopdf::Object::as_str)
        .expect("Lang");
    assert_eq!(lang, [0xFE, 0xFF, 0, b'e', 0, b'n']);
    let outline = outline(&pdf);
    let tops: Vec<&str> = outline
        .iter()
        .filter(|(d, _)| *d == 0)
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        tops,
        [
            "DACUM Research Chart",
            "Competency profile",
            "PESTLE and scenario report"
        ]
    );
    for section in [
        "Duties and tasks",
        "Supporting lists",
        "Panel and facilitators",
        "Most critical tasks",
        "Uncertainty–impact matrix",
        "Axes of uncertainty",
        "Scenario matrix",
    ] {
        assert!(
            outline.iter().any(|(d, t)| *d == 1 && t == section),
            "{section}: {outline:?}"
        );
    }
    let duties = outline.iter().filter(|(d, _)| *d == 2).count();
    assert_eq!(duties, session.chart.duties.len());
}

#[test]
fn every_page_is_numbered_page_n_of_m() {
    let pdf = render(&prison_officer(), &ExportOptions::default());
    let pages = pdf_reading::page_count(&pdf);
    let found = text(&pdf);
    for n in 1..=pages {
        assert!(found.contains(&format!("Page {n} of {pages}")), "page {n}");
    }
}

/// Every text run lies inside the box it was given, measured with the real font,
/// and every box lies on its page.
pub fn assert_text_stays_in_its_boxes(layout: &Layout, what: &str) {
    let fonts = dacum_export::font_metrics().expect("fonts");
    for (index, page) in layout.pages.iter().enumerate() {
        for run in &page.texts {
            let width = fonts.width(&run.text, run.face, run.size);
            let b = run.bounds;
            let place = format!("{what}, page {}: {:?}", index + 1, run.text);
            assert!(
                run.x >= b.x - 0.01 && run.x + width <= b.right() + 0.05,
                "{place} {width} {b:?}"
            );
            let m = fonts.face(run.face);
            assert!(
                run.baseline - m.ascent * run.size >= b.y - 0.6,
                "{place} top {b:?}"
            );
            assert!(
                run.baseline + m.descent * run.size <= b.bottom() + 0.6,
                "{place} bottom {b:?}"
            );
            assert!(
                b.x >= 0.0 && b.right() <= page.width && b.y >= 0.0 && b.bottom() <= page.height,
                "{place}"
            );
        }
    }
}

#[test]
fn no_text_ever_leaves_its_box() {
    let mut sessions = examples();
    sessions.push(large_session());
    sessions.push(consolidated_example());
    let mut awkward = prison_officer();
    let long_word = "Justizvollzugsbeamtenausbildungsordnungsänderungsgesetz".repeat(3);
    awkward.chart.duties[0].tasks[0].statement = long_word.clone();
    awkward.chart.duties[0].title = format!("{long_word} {long_word}");
    awkward.chart.duties[1].tasks[0].statement = "Ελέγχει ".repeat(60);
    awkward.pestle.scenarios[0].narrative = "Сценарий ".repeat(400);
    sessions.push(awkward);
    for (i, session) in sessions.iter().enumerate() {
        for paper in Paper::ALL {
            for include_names in [true, false] {
                let options = options(paper, &Report::ALL, include_names);
                let layout = dacum_export::lay_out(session, &options).expect("lays out");
                assert_text_stays_in_its_boxes(&layout, &format!("session {i} {paper:?}"));
            }
        }
    }
}

/// A heading (bold, 11 pt or more) is never the last thing on a page: it moves to
/// the next page with what it heads.
#[test]
fn no_heading_is_left_alone_at_the_foot_of_a_page() {
    let mut sessions = examples();
    sessions.push(large_session());
    for session in &sessions {
        for paper in Paper::ALL {
            let layout = dacum_export::lay_out(session, &options(paper, &Report::ALL, true))
                .expect("lays out");
            for (index, page) in layout.pages.iter().enumerate() {
                let area = dacum_export::page::Rect::new(
                    36.0,
                    58.0,
                    page.width - 72.0,
                    page.height - 114.0,
                );
                let last = page
                    .texts
                    .iter()
                    .filter(|t| area.contains(&t.bounds))
                    .max_by(|a, b| a.baseline.total_cmp(&b.baseline));
                if let Some(last) = last {
                    let heading = last.face == dacum_export::Face::Bold && last.size >= 11.0;
                    assert!(
                        !heading,
                        "{paper:?} page {}: {:?} at the foot",
                        index + 1,
                        last.text
                    );
                }
            }
        }
    }
}

#[test]
fn an_empty_session_still_gives_a_readable_pdf() {
    let pdf = render(&Session::default(), &ExportOptions::default());
    let found = text(&pdf);
    assert!(
        found.contains("No duties have been written yet."),
        "{found}"
    );
    assert!(
        found.contains("No drivers of change have been mapped"),
        "{found}"
    );
}

#[test]
fn choosing_no_report_is_an_error() {
    let options = options(Paper::A4, &[], true);
    assert!(matches!(
        dacum_export::render_pdf(&prison_officer(), &options),
        Err(dacum_export::ExportError::NoReports)
    ));
}

/// Architecture invariant: only the PDF writer knows the PDF crates.
#[test]
fn only_the_pdf_writer_names_the_pdf_crates() {
    let allowed = ["src/pdf.rs", "src/pdf_document.rs", "src/fonts.rs"];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders = vec![root.join("src")];
    let mut offenders = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("readable source folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let relative = path.strip_prefix(root).expect("under the root");
            let name = relative.to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let names_crate = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .any(|l| l.contains("printpdf::") || l.contains("lopdf::"));
            if names_crate && !allowed.contains(&name.as_str()) {
                offenders.push(name);
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:?}");
}

/// A consolidated profile says, on every task, how many of the merged sessions
/// hold it and which, and lists the merged sessions; a session never merged
/// says nothing of the kind.
#[test]
fn a_consolidated_chart_and_profile_show_which_sessions_share_each_task() {
    let merged = consolidated_example();
    let provenance = &merged.provenance;
    for report in [Report::Chart, Report::Profile] {
        let pdf = render(&merged, &options(Paper::A4, &[report], true));
        let found = squeeze(&text(&pdf));
        assert!(found.contains(&squeeze("Merged sessions")), "{report:?}");
        for source in &provenance.sources {
            assert!(found.contains(&squeeze(&source.title)), "{}", source.title);
        }
        for expected in [
            "Supervise religious services 2 of 4 · LT RO",
            "Guard prisoners during court breaks 1 of 4 · CZ",
            "Conduct cell searches all 4",
            "Patrol the perimeter fence all 4 · 1 other wording",
        ] {
            assert!(found.contains(&squeeze(expected)), "{report:?}: {expected}");
        }
        let summary = "Of the 79 tasks: 71 in all 4 sessions";
        assert!(found.contains(&squeeze(summary)), "{report:?}");
    }
    // Without names the sharing is still there: it names sessions, not people.
    let copy = render(&merged, &options(Paper::A4, &[Report::Profile], false));
    let found = squeeze(&text(&copy));
    assert!(found.contains(&squeeze("2 of 4 · LT RO")));
    for person in &merged.people {
        assert!(!everything(&copy).contains(&person.name), "{}", person.name);
    }
    let plain = squeeze(&text(&render(&prison_officer(), &ExportOptions::default())));
    assert!(!plain.contains(&squeeze("Merged sessions")));
    assert!(!plain.contains(&squeeze("Shared by")));
}

/// A narrative pasted from a huge file is printed cut, with a mark saying how much
/// was left out, in every report that prints it and in the stakeholder copy too;
/// the end of the text is not laid out at all.
#[test]
fn a_text_longer_than_a_report_prints_is_printed_cut_with_a_mark() {
    let mut session = prison_officer();
    let scenario = session
        .pestle
        .scenarios
        .first_mut()
        .expect("the example has scenarios");
    scenario.narrative = format!("{}THE-END", "narrative ".repeat(100_000));
    for include_names in [true, false] {
        let options = options(Paper::A4, &[Report::Pestle], include_names);
        let layout = dacum_export::lay_out(&session, &options).expect("lays out");
        let text = layout.text();
        assert!(
            text.contains("… [cut: 950,008 more characters]"),
            "names {include_names}"
        );
        assert!(!text.contains("THE-END"));
        assert!(layout.page_count() < 60, "{} pages", layout.page_count());
    }
}
