//! The Survey part of the Verification tab driven through the app: the
//! example's round shown with its warnings, filtered, weighted, and a
//! suggested task added to the chart and undone.

use egui_kittest::kittest::Queryable as _;

use crate::ui::command::Command;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::view::View;
use dacum_model::Session;

fn example() -> Session {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/prison-officer.ron");
    dacum_store::load_session(&path).expect("the example loads")
}

fn survey(session: Session) -> AppHarness {
    let mut harness = app_harness(session, egui::vec2(1400.0, 900.0), |app| {
        app.apply(Command::Show(View::Verification));
    });
    harness.get_by_label("Survey").click();
    harness.run();
    harness
}

#[test]
fn the_round_shows_with_its_spread_and_its_warnings() {
    let mut harness = survey(example());
    harness.get_by_label_contains("150 respondents in 1 round");
    harness.get_by_label_contains("pooled per respondent");
    // 60 of 150 from Romania is not a majority; Slovenia's 10 are few.
    harness.get_by_label_contains("SI has only 10 respondents");
    assert!(harness.query_by_label_contains("holds 60 of 150").is_none());
    harness.get_by_label("Who answered").click();
    harness.run();
    // In the position filter and over the distribution's column.
    assert_eq!(harness.get_all_by_label("Job holders").count(), 2);
}

#[test]
fn filtering_by_country_and_weighting_change_the_figures() {
    let mut harness = survey(example());
    // The filter's chip comes before the distribution's row.
    harness
        .get_all_by_label("SI")
        .next()
        .expect("a chip")
        .click();
    harness.run();
    harness.get_by_label_contains("10 respondents in 1 round");
    harness
        .get_all_by_label("SI")
        .next()
        .expect("a chip")
        .click();
    harness.run();
    harness.get_by_label_contains("150 respondents in 1 round");
    harness.get_by_label("each country equally").click();
    harness.run();
    harness.get_by_label_contains("pooled equally per country");
}

#[test]
fn a_suggested_task_is_added_to_the_chart_in_one_undo_step() {
    let session = example();
    let tasks_before = session.chart.task_count();
    let mut harness = survey(session);
    harness
        .get_by_label_contains("suggested tasks waiting")
        .click();
    harness.run();
    let add = harness
        .get_all_by_label("Add to the chart")
        .next()
        .expect("a group");
    add.click();
    harness.run();
    let after = harness.state().document().session().clone();
    assert_eq!(after.chart.task_count(), tasks_before + 1);
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-several")
    );
    harness
        .state_mut()
        .apply(crate::ui::ui_command::UiCommand::Undo);
    harness.run();
    assert_eq!(
        harness.state().document().session().chart.task_count(),
        tasks_before
    );
}

#[test]
fn the_figures_are_exported_as_filtered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("figures.csv");
    let mut harness = survey(example());
    harness
        .get_all_by_label("SI")
        .next()
        .expect("a chip")
        .click();
    harness.run();
    // Applied as the file dialog would; the harness fails on a notice shown,
    // so the notice saying it is written is read before a frame draws it.
    harness
        .state_mut()
        .apply(Command::ExportSurveyStatsTo(path.clone()));
    let notice = harness.state().notice().expect("a notice");
    assert!(notice.text.contains("10 respondents"), "{}", notice.text);
    let text = std::fs::read_to_string(&path).expect("written");
    assert_eq!(text.lines().count(), 1 + 74);
    // Slovenia's ten respondents only.
    let first = text.lines().nth(1).expect("a row");
    let asked: usize = first
        .split(',')
        .nth(2)
        .expect("asked")
        .parse()
        .expect("a number");
    assert_eq!(asked, 10);
}

#[test]
fn file_survey_writes_the_xlsform_the_paper_questionnaire_and_the_workbook() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, starts) in [
        ("form.xlsx", b"PK".as_slice()),
        ("paper.pdf", b"%PDF".as_slice()),
    ] {
        let path = dir.path().join(name);
        let mut harness = survey(example());
        harness
            .state_mut()
            .apply(Command::WriteSurveyFormTo(path.clone()));
        let notice = harness.state().notice().expect("a notice");
        assert!(notice.text.contains(name), "{}", notice.text);
        assert!(
            std::fs::read(&path).expect("written").starts_with(starts),
            "{name}"
        );
    }
}
