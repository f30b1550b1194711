//! The paper questionnaire: every task of the round asked once with its
//! nineteen boxes, the profile's boxes, every page carrying the round, the
//! code box and "Page N of M", text never under 9 pt nor grey nor outside
//! its box, black rules thick enough for a photocopier, and the Czech
//! questionnaire in Czech, read back from the PDF.

use dacum_export::page::{Layout, Shape};
use dacum_export::{
    ExportError, Paper, QuestionnaireOptions, lay_out_questionnaire, render_questionnaire,
};
use dacum_model::Session;

use crate::export::assert_text_stays_in_its_boxes;
use crate::helpers::prison_officer;
use crate::pdf_reading::{info, squeeze, text};

/// The boxes a task's row has: performs and train (yes, no), and three 1–5
/// scales.
const BOXES_PER_TASK: usize = 2 + 5 + 5 + 5 + 2;
/// The profile's boxes to tick: four positions and three sectors.
const PROFILE_TICKS: usize = 4 + 3;

fn options(session: &Session, language: Option<&str>) -> QuestionnaireOptions {
    QuestionnaireOptions {
        round: session.survey.rounds.first().map(|r| r.id),
        language: language.map(str::to_owned),
        ..QuestionnaireOptions::default()
    }
}

/// The 10 pt squares of the layout: the boxes to tick.
fn tick_boxes(layout: &Layout) -> usize {
    layout
        .pages
        .iter()
        .flat_map(|p| &p.shapes)
        .filter(|s| {
            matches!(s, Shape::Rect { rect, .. }
                if (rect.w - 10.0).abs() < 0.01 && (rect.h - 10.0).abs() < 0.01)
        })
        .count()
}

/// Writes the PDF where `DACUM_LOOK_DIR` says, to look at it.
fn keep_for_looking(name: &str, bytes: &[u8]) {
    if let Some(dir) = std::env::var_os("DACUM_LOOK_DIR") {
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).expect("written");
    }
}

#[test]
fn every_task_of_the_round_is_asked_once_with_its_boxes() {
    let session = prison_officer();
    let round = &session.survey.rounds[0];
    let questionnaire =
        lay_out_questionnaire(&session, &options(&session, Some("en"))).expect("lays out");
    let layout = &questionnaire.layout;
    let asked: Vec<String> = session
        .chart
        .duties
        .iter()
        .enumerate()
        .flat_map(|(d, duty)| {
            duty.tasks
                .iter()
                .enumerate()
                .filter(|(_, t)| round.tasks.contains(&t.id))
                .map(move |(t, _)| dacum_model::task_code(d, t))
        })
        .collect();
    assert!(asked.len() > 50, "{}", asked.len());
    assert_eq!(questionnaire.facts.tasks, asked.len());
    for code in &asked {
        let runs = layout
            .pages
            .iter()
            .flat_map(|p| &p.texts)
            .filter(|r| &r.text == code)
            .count();
        assert_eq!(runs, 1, "{code}");
    }
    assert_eq!(
        tick_boxes(layout),
        asked.len() * BOXES_PER_TASK + PROFILE_TICKS
    );
    let all = squeeze(&layout.text());
    for duty in &session.chart.duties {
        for task in duty.tasks.iter().filter(|t| round.tasks.contains(&t.id)) {
            assert!(
                all.contains(&squeeze(&task.statement)),
                "{}",
                task.statement
            );
        }
    }
}

#[test]
fn every_page_carries_the_round_the_code_box_and_its_number() {
    let session = prison_officer();
    let round = &session.survey.rounds[0];
    let layout = lay_out_questionnaire(&session, &options(&session, Some("en")))
        .expect("lays out")
        .layout;
    let pages = layout.page_count();
    assert!(pages >= 4, "{pages}");
    for (index, page) in layout.pages.iter().enumerate() {
        let texts: Vec<&str> = page.texts.iter().map(|t| t.text.as_str()).collect();
        let number = format!("Page {} of {pages}", index + 1);
        assert!(texts.contains(&number.as_str()), "{number}");
        assert!(texts.contains(&round.name.as_str()), "page {}", index + 1);
        assert!(texts.contains(&"Respondent code"), "page {}", index + 1);
        let code_box = page
            .shapes
            .iter()
            .any(|s| matches!(s, Shape::Rect { rect, .. } if rect.w > 100.0 && rect.y < 72.0));
        assert!(code_box, "page {}", index + 1);
    }
    let text = layout.text();
    assert!(text.contains("Tasks missing from the list"));
    assert!(text.contains("Thank you. Please return the questionnaire to the organiser."));
}

/// Black and white, photocopied: no text under 9 pt, none grey or pale, no
/// fill, every line black and at least 0.5 pt.
#[test]
fn the_questionnaire_survives_a_black_and_white_photocopy() {
    let session = prison_officer();
    for language in ["en", "cs", "de", "ro", "sl", "lt", "el"] {
        let layout = lay_out_questionnaire(&session, &options(&session, Some(language)))
            .expect("lays out")
            .layout;
        for (index, page) in layout.pages.iter().enumerate() {
            for run in &page.texts {
                let c = run.colour;
                let luma = 0.299 * c.r + 0.587 * c.g + 0.114 * c.b;
                let place = format!("{language} page {}: {:?}", index + 1, run.text);
                assert!(run.size >= 9.0, "{place} at {} pt", run.size);
                assert!(luma <= 0.3, "{place} is too light");
            }
            for shape in &page.shapes {
                match shape {
                    Shape::Rect { fill, stroke, .. } => {
                        assert!(fill.is_none(), "{language}: a filled box");
                        let stroke = stroke.expect("a box has an outline");
                        assert!(stroke.width >= 0.8 && stroke.colour.r < 0.01);
                    }
                    Shape::Line { stroke, .. } => {
                        assert!(stroke.width >= 0.5 && stroke.colour.r < 0.01, "{language}");
                        assert!(!stroke.dashed);
                    }
                    Shape::Circle { .. } => panic!("{language}: a circle"),
                }
            }
        }
        assert_text_stays_in_its_boxes(&layout, language);
    }
}

#[test]
fn every_paper_size_keeps_every_text_on_its_page_and_in_its_box() {
    let session = prison_officer();
    for paper in Paper::ALL {
        for language in ["en", "de", "el"] {
            let options = QuestionnaireOptions {
                paper,
                ..options(&session, Some(language))
            };
            let layout = lay_out_questionnaire(&session, &options)
                .expect("lays out")
                .layout;
            assert_text_stays_in_its_boxes(&layout, &format!("{paper:?} {language}"));
            for page in &layout.pages {
                for shape in &page.shapes {
                    if let Shape::Rect { rect, .. } = shape {
                        assert!(rect.x >= 0.0 && rect.right() <= page.width, "{paper:?}");
                        assert!(rect.y >= 0.0 && rect.bottom() <= page.height, "{paper:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_czech_questionnaire_is_in_czech_from_the_first_word_to_the_last() {
    let session = prison_officer();
    let (pdf, facts) =
        render_questionnaire(&session, &options(&session, Some("cs"))).expect("renders");
    keep_for_looking("questionnaire-cs.pdf", &pdf.bytes);
    assert!(pdf.missing_glyphs.is_empty(), "{:?}", pdf.missing_glyphs);
    assert_eq!(facts.language, "cs");
    assert_eq!(facts.untranslated, 0);
    let found = squeeze(&text(&pdf.bytes));
    for expected in [
        "Kód respondenta",
        "O vás",
        "Pracovník (tuto práci vykonávám)",
        "Nevládní organizace",
        "Jak odpovídat",
        "Vykonávám",
        "Důležitost",
        "Velmi obtížné",
        "Několikrát denně",
        "Úkoly, které v seznamu chybí",
        "Děkujeme.",
        &format!("Strana 1 z {}", pdf.pages),
        &format!("Strana {0} z {0}", pdf.pages),
    ] {
        assert!(found.contains(&squeeze(expected)), "{expected}");
    }
    // The chart's texts in the session's Czech translations.
    let translated = session
        .translations
        .get(
            "cs",
            dacum_model::TextSlot::DutyTitle(session.chart.duties[0].id),
        )
        .expect("a Czech duty title");
    assert!(found.contains(&squeeze(&translated.text)));
    assert!(!found.contains(&squeeze(&session.chart.duties[0].title)));
    assert_eq!(
        info(&pdf.bytes, "Title"),
        "Ověření profilu profese: Prison officer"
    );
}

#[test]
fn the_round_language_decides_and_untranslated_texts_are_counted() {
    let session = prison_officer();
    // The round's first language is Czech.
    let questionnaire =
        lay_out_questionnaire(&session, &options(&session, None)).expect("lays out");
    assert_eq!(questionnaire.facts.language, "cs");
    // Romanian has the questionnaire's words but no translation of the chart.
    let romanian =
        lay_out_questionnaire(&session, &options(&session, Some("ro"))).expect("lays out");
    assert_eq!(romanian.facts.words_in, dacum_i18n::Language::Romanian);
    assert!(romanian.facts.untranslated > romanian.facts.tasks);
    assert!(romanian.layout.text().contains("Bifați câte o căsuță"));
    // A language without a catalogue keeps English words.
    let french = lay_out_questionnaire(&session, &options(&session, Some("fr"))).expect("lays out");
    assert_eq!(french.facts.words_in, dacum_i18n::Language::English);
    for (language, name) in [("ro", "ro"), ("el", "el"), ("de", "de")] {
        let (pdf, _) =
            render_questionnaire(&session, &options(&session, Some(language))).expect("renders");
        keep_for_looking(&format!("questionnaire-{name}.pdf"), &pdf.bytes);
        assert!(pdf.missing_glyphs.is_empty(), "{language}");
    }
}

#[test]
fn a_statement_longer_than_a_page_still_keeps_its_boxes_and_every_word() {
    let mut session = prison_officer();
    session.chart.duties[0].tasks[0].statement = "Ελέγχει ".repeat(900);
    session.chart.duties[1].tasks[0].statement =
        "Justizvollzugsbeamtenausbildungsordnungsänderungsgesetz".repeat(3);
    let options = QuestionnaireOptions {
        language: Some("en".to_owned()),
        ..QuestionnaireOptions::default()
    };
    let layout = lay_out_questionnaire(&session, &options)
        .expect("lays out")
        .layout;
    assert_text_stays_in_its_boxes(&layout, "long statements");
    let words = layout
        .text()
        .split_whitespace()
        .filter(|w| *w == "Ελέγχει")
        .count();
    assert_eq!(words, 900);
    let tasks = session.chart.task_count();
    assert_eq!(tick_boxes(&layout), tasks * BOXES_PER_TASK + PROFILE_TICKS);
}

#[test]
fn a_chart_without_tasks_or_an_unknown_round_is_refused() {
    let empty = QuestionnaireOptions::default();
    assert!(matches!(
        lay_out_questionnaire(&Session::default(), &empty),
        Err(ExportError::NothingToAsk)
    ));
    let unknown = QuestionnaireOptions {
        round: Some(dacum_model::Id::new()),
        ..QuestionnaireOptions::default()
    };
    assert!(matches!(
        lay_out_questionnaire(&prison_officer(), &unknown),
        Err(ExportError::NoSuchRound)
    ));
}
