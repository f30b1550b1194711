//! The app's prompts as a new user meets them: a new session is clean, so New
//! and Open ask nothing about it; the typed-path field takes the keyboard with
//! its text selected; and prompts come one at a time, never stacked.

use std::path::Path;

use dacum_model::{Document, Duty, Edit};
use dacum_studio::ui::{Command, UiCommand};
use egui_kittest::kittest::Queryable;

use crate::helpers::prison_officer;
use crate::ui_app::app_harness;

#[test]
fn a_new_session_is_clean_and_new_or_open_ask_nothing_about_it() {
    let mut harness = app_harness(Document::new(prison_officer()), None);
    harness.state_mut().apply(UiCommand::New);
    harness.run();
    assert!(
        !harness.state().document().is_dirty(),
        "nobody changed the new session"
    );
    for command in [UiCommand::New, UiCommand::Open] {
        harness.state_mut().apply(command);
        harness.run();
        assert!(
            harness.query_by_label("Discard changes").is_none(),
            "asked to save an unchanged session"
        );
    }
    // The Open went ahead: its path field is there.
    assert!(harness.query_by_label("File path").is_some());

    // Once something is typed, the question comes back.
    let mut harness = app_harness(Document::new(prison_officer()), None);
    harness.state_mut().apply(UiCommand::New);
    harness.run();
    harness
        .state_mut()
        .apply_commands(vec![dacum_studio::ui::Command::Edit(Edit::InsertDuty {
            index: 0,
            duty: Duty::new("Keep order"),
        })]);
    harness.state_mut().apply(UiCommand::New);
    harness.run();
    assert!(harness.query_by_label("Discard changes").is_some());
}

#[test]
fn the_typed_path_field_takes_the_keyboard_with_its_text_selected() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = dir.path().join("workshop.ron");
    dacum_store::save_session(&old, &prison_officer()).expect("save");
    let mut harness = app_harness(Document::new(prison_officer()), Some(&old));
    harness.state_mut().apply(UiCommand::SaveAs);
    harness.run();
    // Typed at once, without a click in the field: the whole suggestion goes.
    let new = dir.path().join("renamed.ron");
    harness.event(egui::Event::Text(new.display().to_string()));
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().path(), Some(new.as_path()));
    assert_eq!(dacum_store::load_session(&new).ok(), Some(prison_officer()));
}

#[test]
fn prompts_come_one_at_a_time_in_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let session = prison_officer();
    dacum_store::save_session(&path, &session).expect("save");
    // Work left in a recovery copy by a crash: the app offers it at start.
    let copy = dacum_store::recovery_path(Some(&path), None, session.id).expect("a recovery path");
    let mut edited = session.clone();
    edited.meta.title = "Prison officer — night shift".to_owned();
    std::thread::sleep(std::time::Duration::from_millis(20));
    dacum_store::write_recovery(&copy, &edited).expect("recovery copy");

    let mut harness = app_harness(Document::new(session), Some(&path));
    assert!(harness.state().has_recovery_offer());
    // A second prompt arrives while the first is open.
    harness.state_mut().apply(Command::ImportCsvFrom(
        Path::new("/no/such/votes.csv").to_owned(),
    ));
    harness.run();
    assert!(harness.query_by_label("Restore unsaved work").is_some());
    assert!(
        harness.query_by_label("OK").is_none(),
        "the notice is stacked on the recovery offer"
    );
    harness.get_by_label("Discard it").click();
    harness.run();
    // Then the notice, alone.
    assert!(harness.query_by_label("Restore unsaved work").is_none());
    assert!(harness.query_by_label("OK").is_some());
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.query_by_label("OK").is_none());
    assert!(harness.state().notice().is_none());
}

#[test]
fn an_action_asked_again_while_save_changes_is_open_does_not_slip_past_it() {
    let session = prison_officer();
    let mut harness = app_harness(Document::unsaved(session.clone()), None);
    harness.state_mut().apply(UiCommand::New);
    harness.run();
    assert!(harness.query_by_label("Discard changes").is_some());
    // Ctrl+N again, and a quit, while the question is open.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.state_mut().apply(UiCommand::Quit);
    harness.run();
    assert_eq!(
        harness.state().document().session(),
        &session,
        "the unsaved work was discarded without an answer"
    );
    assert_eq!(harness.state().prompts_waiting(), 2, "New once, then Quit");
    harness.get_by_label("Discard changes").click();
    harness.run();
    // New ran; the quit's question is moot now that nothing is unsaved.
    assert!(harness.state().document().session().chart.duties.is_empty());
    assert!(harness.query_by_label("Discard changes").is_none());
    assert_eq!(harness.state().prompts_waiting(), 0);
}
