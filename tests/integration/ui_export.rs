//! File › Export PDF… in the real app: the options window counts pages as the
//! options change, and the export runs on a worker thread and ends in a notice.

use std::time::{Duration, Instant};

use dacum_export::{ExportOptions, Paper, Report};
use dacum_i18n::Language;
use dacum_model::Document;
use dacum_studio::ui::DacumApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::helpers::prison_officer;
use crate::pdf_reading;
use crate::ui_app::app_harness;

/// Runs frames until `done` holds, for at most 30 seconds (the worker threads
/// need real time, not frames).
fn run_until(
    harness: &mut Harness<'static, DacumApp>,
    what: &str,
    done: impl Fn(&Harness<'static, DacumApp>) -> bool,
) {
    let started = Instant::now();
    while !done(harness) {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "waited too long for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.run();
    }
}

fn pages_label(pages: usize) -> String {
    format!("The PDF will have {pages} pages.")
}

#[test]
fn export_pdf_counts_pages_then_writes_a_stakeholder_copy_in_the_background() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = prison_officer();
    let mut harness = app_harness(Document::new(session.clone()), None);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    let all = dacum_export::page_count(&session, &ExportOptions::default()).expect("counts");
    let label = pages_label(all);
    run_until(&mut harness, "the page count", |h| {
        h.query_by_label(&label).is_some()
    });

    harness.get_by_label("Competency profile").click();
    harness.run();
    harness.get_by_label("PESTLE and scenario report").click();
    harness.run();
    harness.get_by_label("A3").click();
    harness.run();
    harness
        .get_by_label_contains("Leave out personal names")
        .click();
    harness.run();
    let options = ExportOptions {
        paper: Paper::A3,
        reports: vec![Report::Chart],
        include_names: false,
        ..ExportOptions::default()
    };
    let chart = dacum_export::page_count(&session, &options).expect("counts");
    let label = pages_label(chart);
    run_until(&mut harness, "the new page count", |h| {
        h.query_by_label(&label).is_some()
    });

    harness.get_by_label("Export…").click();
    harness.run();
    let out = dir.path().join("stakeholders.pdf");
    harness.get_by_label("File path").focus();
    harness.run();
    harness
        .get_by_label("File path")
        .type_text(&out.display().to_string());
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    run_until(&mut harness, "the export", |h| !h.state().is_exporting());
    harness.run();

    let notice = harness.state().notice().cloned().expect("a notice");
    assert_eq!(notice.title, "PDF exported", "{}", notice.text);
    assert!(
        notice.text.contains(&format!("{chart} pages")),
        "{}",
        notice.text
    );
    let bytes = std::fs::read(&out).expect("the PDF was written");
    assert_eq!(pdf_reading::page_count(&bytes), chart);
    let everything = pdf_reading::everything(&bytes);
    for person in &session.people {
        assert!(!everything.contains(&person.name), "{}", person.name);
    }
}

#[test]
fn an_export_that_cannot_be_written_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_harness(Document::new(prison_officer()), None);
    let out = dir.path().join("no such folder").join("report.pdf");
    harness
        .state_mut()
        .apply(dacum_studio::ui::Command::ExportPdfTo(out.clone()));
    harness.run();
    run_until(&mut harness, "the failed export", |h| {
        !h.state().is_exporting()
    });
    harness.run();
    let notice = harness.state().notice().cloned().expect("a notice");
    assert_eq!(notice.title, "Cannot export the PDF");
    assert!(notice.text.contains("report.pdf"), "{}", notice.text);
    assert!(!out.exists());
}

/// Exports through the app's command and returns the PDF's text.
fn export_text(harness: &mut Harness<'static, DacumApp>, out: &std::path::Path) -> String {
    harness
        .state_mut()
        .apply(dacum_studio::ui::Command::ExportPdfTo(out.to_owned()));
    harness.run();
    run_until(harness, "the export", |h| !h.state().is_exporting());
    harness.run();
    let bytes = std::fs::read(out).expect("the PDF was written");
    pdf_reading::squeeze(&pdf_reading::text(&bytes))
}

#[test]
fn the_report_language_follows_the_display_language_until_one_is_chosen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = app_harness(Document::new(prison_officer()), None);
    harness.state_mut().use_language(Language::German);
    harness.run();
    let german = export_text(&mut harness, &dir.path().join("de.pdf"));
    assert!(german.contains(&pdf_reading::squeeze("Seite 1 von")));
    assert!(!german.contains(&pdf_reading::squeeze("Page 1 of")));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    harness.get_by_label("Berichtssprache").click();
    harness.run();
    harness.get_by_label("Čeština").click();
    harness.run();
    let czech = export_text(&mut harness, &dir.path().join("cs.pdf"));
    assert!(czech.contains(&pdf_reading::squeeze("Strana 1 z")));
    // The interface stays German; only the report changed.
    assert_eq!(harness.state().language(), Language::German);
}
