//! The real app driven headless with `egui_kittest`: files, unsaved-changes prompts,
//! undo from the menu, autosave and recovery.

use std::path::Path;
use std::time::{Duration, Instant};

use dacum_model::{Document, Duty, Edit};
use dacum_studio::ui::{Command, DacumApp, Settings};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::helpers::prison_officer;

/// The app on a document, with the in-app path field instead of system dialogs.
/// Recovery copies of untitled sessions go to a folder of the test's own, never
/// to the user's data folder.
pub fn app_harness(document: Document, path: Option<&Path>) -> Harness<'static, DacumApp> {
    // English from the start: a notice worded at creation (an unreadable
    // recovery copy) must not follow the machine's locale.
    let settings = Settings {
        language: Some("en".to_owned()),
        ..Settings::default()
    };
    harness_of(DacumApp::new(document, path.map(Path::to_owned), settings))
}

/// A harness drawing `app` as the window does, after its first frame.
pub fn harness_of(mut app: DacumApp) -> Harness<'static, DacumApp> {
    app.headless();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut DacumApp| app.show(ui), app);
    harness.run();
    harness
}

#[test]
fn opening_a_malformed_file_shows_where_and_keeps_the_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("partner.ron");
    std::fs::write(
        &bad,
        "(\n    format: \"dacum-studio-session\",\n    version: \"one\",\n)",
    )
    .expect("write");
    let session = prison_officer();
    let mut harness = app_harness(Document::new(session.clone()), None);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run();
    let field = harness.get_by_label("File path");
    field.focus();
    harness.run();
    harness
        .get_by_label("File path")
        .type_text(&bad.display().to_string());
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();

    let notice = harness
        .state()
        .notice()
        .cloned()
        .expect("an error is shown");
    assert!(notice.text.contains("line 3, column"), "{}", notice.text);
    assert!(notice.text.contains("partner.ron"), "{}", notice.text);
    assert_eq!(harness.state().document().session(), &session);
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().notice().is_none());
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut harness = app_harness(Document::unsaved(prison_officer()), None);
    harness.state_mut().apply(dacum_studio::ui::UiCommand::Quit);
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness.query_by_label("Discard changes").is_none(),
        "the prompt closed"
    );
    assert!(
        harness.state().document().is_dirty(),
        "nothing was discarded"
    );
}

#[test]
fn a_save_cancelled_from_the_unsaved_changes_prompt_drops_what_was_to_follow() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = prison_officer();
    let mut harness = app_harness(Document::unsaved(session.clone()), None);
    harness.state_mut().apply(dacum_studio::ui::UiCommand::New);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(harness.query_by_label("Save session as").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(harness.state().document().session(), &session);

    // A later Save As writes the file and keeps the session open: the New
    // that was waiting for the cancelled save does not run now.
    harness
        .state_mut()
        .apply(dacum_studio::ui::UiCommand::SaveAs);
    harness.run();
    let out = dir.path().join("kept.ron");
    type_in(&mut harness, "File path", &out.display().to_string());
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(harness.state().path(), Some(out.as_path()));
    assert_eq!(harness.state().document().session(), &session);
    assert_eq!(dacum_store::load_session(&out).expect("saved"), session);
}

#[test]
fn the_edit_menu_names_what_undo_will_undo_and_ctrl_z_undoes_it() {
    let session = prison_officer();
    let mut harness = app_harness(Document::new(session.clone()), None);
    let duty = Duty::new("Coordinate emergency response");
    harness
        .state_mut()
        .apply_commands(vec![Command::Edit(Edit::InsertDuty { index: 8, duty })]);
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    assert!(harness.query_by_label_contains("Undo add duty").is_some());
    harness.key_press(egui::Key::Escape);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().document().session(), &session);
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(harness.state().document().session().chart.duties.len(), 9);
}

#[test]
fn an_edit_reaches_the_recovery_copy_within_two_seconds_and_is_offered_next_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let session = prison_officer();
    dacum_store::save_session(&path, &session).expect("save");
    let old = std::time::SystemTime::now() - Duration::from_secs(120);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(old))
        .expect("age");

    let mut harness = app_harness(Document::new(session.clone()), Some(&path));
    let copy = harness.state().recovery_path().expect("recovery path");
    assert!(!copy.exists());
    let edit = Edit::SetDutyTitle {
        id: session.chart.duties[0].id,
        title: "Maintain security at night".to_owned(),
    };
    harness
        .state_mut()
        .apply_commands(vec![Command::Edit(edit)]);
    let edited = harness.state().document().session().clone();
    let start = Instant::now();
    while dacum_store::load_session(&copy).ok().as_ref() != Some(&edited) {
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "no recovery copy 2 s after the edit"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(harness); // The app "crashes": nothing is saved.

    let mut harness = app_harness(
        Document::new(dacum_store::load_session(&path).expect("file intact")),
        Some(&path),
    );
    assert!(harness.state().has_recovery_offer());
    harness.get_by_label("Restore unsaved work").click();
    harness.run();
    assert_eq!(harness.state().document().session(), &edited);
    assert!(
        harness.state().document().is_dirty(),
        "restored work still needs saving"
    );
    assert_eq!(
        dacum_store::load_session(&path).ok(),
        Some(session),
        "the file itself was never touched"
    );
}

/// Types into the field with this accessible name, focusing it first as a user would.
pub fn type_in(harness: &mut Harness<'static, DacumApp>, field: &str, text: &str) {
    harness.get_by_label(field).focus();
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
}

fn statements(harness: &Harness<'static, DacumApp>, duty: usize) -> Vec<String> {
    let chart = &harness.state().document().session().chart;
    chart.duties[duty]
        .tasks
        .iter()
        .map(|t| t.statement.clone())
        .collect()
}

/// An empty English session in a temporary file.
fn empty_session_app(dir: &Path) -> Harness<'static, DacumApp> {
    let path = dir.join("new.ron");
    let session = dacum_model::Session::default();
    dacum_store::save_session(&path, &session).expect("save");
    app_harness(Document::new(session), Some(&path))
}

#[test]
fn a_facilitator_builds_a_duty_with_three_tasks_reorders_and_undoes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = empty_session_app(dir.path());

    harness.get_by_label("Add duty").click();
    harness.run();
    type_in(
        &mut harness,
        "Title of duty A",
        "Maintain security of the facility",
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    for (i, task) in [
        "Conduct cell searches",
        "Patrol the perimeter fence",
        "Count prisoners at roll call",
    ]
    .iter()
    .enumerate()
    {
        type_in(
            &mut harness,
            &format!("Statement of task A-{}", i + 1),
            task,
        );
        harness.key_press(egui::Key::Enter);
        harness.run();
    }
    harness.key_press(egui::Key::Escape);
    harness.run();

    let session = harness.state().document().session().clone();
    assert_eq!(session.chart.duties.len(), 1);
    assert_eq!(
        session.chart.duties[0].title,
        "Maintain security of the facility"
    );
    assert_eq!(
        statements(&harness, 0),
        [
            "Conduct cell searches",
            "Patrol the perimeter fence",
            "Count prisoners at roll call"
        ]
    );
    let codes: Vec<String> = session.chart.duties[0]
        .tasks
        .iter()
        .filter_map(|t| session.chart.code_of(t.id))
        .collect();
    assert_eq!(codes, ["A-1", "A-2", "A-3"]);
    assert!(
        harness.query_by_label_contains("A-3").is_some(),
        "the card shows its code"
    );

    // Move A-1 one place later with the keyboard.
    harness
        .get_by_label("Task A-1: Conduct cell searches")
        .click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    harness.run();
    assert_eq!(
        statements(&harness, 0),
        [
            "Patrol the perimeter fence",
            "Conduct cell searches",
            "Count prisoners at roll call"
        ]
    );

    // Undo the move, then redo it, with the keyboard.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(statements(&harness, 0)[0], "Conduct cell searches");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(statements(&harness, 0)[0], "Patrol the perimeter fence");

    // Typing a statement was one undo step each: undo everything back to empty.
    while harness.state().document().undo_label().is_some() {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert!(harness.state().document().session().chart.duties.is_empty());
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_task_starting_with_understand_shows_why_it_is_flagged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = empty_session_app(dir.path());
    harness.get_by_label("Add duty").click();
    harness.run();
    type_in(
        &mut harness,
        "Title of duty A",
        "Maintain security of the facility",
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    type_in(
        &mut harness,
        "Statement of task A-1",
        "Understand the prison rules",
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    // Escape cancelled that typing; type it again and leave with Tab to keep it.
    harness.get_by_label("Add task to A").click();
    harness.run();
    type_in(
        &mut harness,
        "Statement of task A-1",
        "Understand the prison rules",
    );
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert_eq!(statements(&harness, 0), ["Understand the prison rules"]);
    harness.get_by_label_contains("Task A-1").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("cannot be observed")
            .is_some(),
        "the finding is explained"
    );
    // The status bar counts it and the findings list names it.
    harness.get_by_label("1 finding").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Warning A-1: “Understand”")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Statement rules for English")
            .is_some(),
        "the findings list says which rules apply"
    );
}

#[test]
fn unicode_typed_on_the_board_arrives_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = empty_session_app(dir.path());
    harness.get_by_label("Add duty").click();
    harness.run();
    let text = "Asigură securitatea: ș ț ř ü ė ğ α";
    type_in(&mut harness, "Title of duty A", text);
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert_eq!(
        harness.state().document().session().chart.duties[0].title,
        text
    );
    // Saved with Ctrl+S, it reads back the same from the file.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().document().is_dirty());
    let path = harness
        .state()
        .path()
        .expect("saved to its file")
        .to_owned();
    assert_eq!(
        dacum_store::load_session(&path)
            .expect("loads")
            .chart
            .duties[0]
            .title,
        text
    );
    assert!(
        harness.query_by_label_contains("Saved ").is_some(),
        "the status bar says so"
    );
}

/// A file dropped on the window, as the windowing layer reports it.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_session_file_on_the_window_opens_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("partner.ron");
    let partner = dacum_store::load_session(
        &crate::helpers::sessions_dir().join("future-of-corrections.ron"),
    )
    .expect("example");
    dacum_store::save_session(&path, &partner).expect("save");
    let mut harness = empty_session_app(dir.path());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run();
    assert_eq!(harness.state().document().session(), &partner);
    assert_eq!(harness.state().path(), Some(path.as_path()));
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = empty_session_app(dir.path());
    harness.get_by_label("Add duty").click();
    harness.run();
    type_in(&mut harness, "Title of duty A", "Supervise prisoners");
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.state().document().is_dirty());
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("before you close DACUM Studio")
            .is_some(),
        "the close was held back to ask"
    );
    harness.get_by_label("Save").click();
    harness.run();
    let saved = dacum_store::load_session(&dir.path().join("new.ron")).expect("saved");
    assert_eq!(saved.chart.duties[0].title, "Supervise prisoners");
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn a_finding_in_the_list_jumps_to_its_card() {
    let mut session = prison_officer();
    let target = session.chart.duties[3].tasks[2].id;
    session.chart.duties[3].tasks[2].statement = "Handle difficult prisoners".to_owned();
    // Without translations, which the changed statement would make stale (two
    // findings more).
    session.translations = dacum_model::Translations::default();
    let mut harness = app_harness(Document::new(session), None);
    harness.state_mut().apply(dacum_studio::ui::Command::Show(
        dacum_studio::ui::View::Session,
    ));
    harness.run();
    harness.get_by_label("1 finding").click();
    harness.run();
    harness.get_by_label_contains("Warning D-3").click();
    harness.run();
    assert_eq!(harness.state().view(), dacum_studio::ui::View::Chart);
    assert!(
        harness
            .query_by_label_contains("Task D-3: Handle difficult prisoners")
            .is_some()
    );
    assert!(
        harness
            .state()
            .document()
            .session()
            .chart
            .find_task(target)
            .is_some()
    );
}

#[test]
fn importing_a_csv_of_votes_is_one_undo_step_and_bad_rows_import_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = empty_session_app(dir.path());
    let before = harness.state().document().session().clone();
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "category,title,participant,uncertainty,impact\nE,Budget,Ana,3,3\n",
    )
    .expect("write");
    harness.state_mut().import_csv(&bad);
    harness.run();
    let notice = harness
        .state()
        .notice()
        .cloned()
        .expect("the problem is shown");
    assert!(
        notice.text.contains("row 2") && notice.text.contains("ambiguous"),
        "{}",
        notice.text
    );
    assert_eq!(harness.state().document().session(), &before);
    harness.get_by_label("OK").click();
    harness.run();

    let good = dir.path().join("votes.csv");
    std::fs::write(&good, "category;title;participant;uncertainty;impact\nLegal;EU procedural rights;Ana;3;4\nSocial;Ageing prison population;Ana;2;5\n")
        .expect("write");
    harness.state_mut().import_csv(&good);
    harness.run();
    let pestle = &harness.state().document().session().pestle;
    assert_eq!(
        (
            pestle.drivers.len(),
            pestle.participants.len(),
            pestle.votes.len()
        ),
        (2, 1, 2)
    );
    harness.get_by_label("OK").click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().document().session(),
        &before,
        "one undo takes the import back"
    );
}

/// Every entry of a menu as the user (and a screen reader) gets it: its kind, its
/// label with the shortcut text, and its tooltip.
fn menu_entries(harness: &mut Harness<'static, DacumApp>, menu: &str) -> Vec<String> {
    use egui_kittest::kittest::NodeT as _;
    harness.get_by_label(menu).click();
    harness.run();
    let popup = harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == egui::accesskit::Role::Menu)
        .nth(1)
        .expect("the menu opened");
    let entries = popup
        .children_recursive()
        .filter_map(|node| {
            let n = node.accesskit_node();
            let text = n.label().or(n.value())?;
            let tooltip = n.description().unwrap_or_default();
            Some(format!("{:?} {text} | {tooltip}", n.role()))
        })
        .collect();
    harness.key_press(egui::Key::Escape);
    harness.run();
    entries
}

/// The menus are generated from the command table; they read exactly as the
/// hand-written menus did (this test passed on those too).
#[test]
fn the_menus_show_their_labels_and_shortcuts() {
    let mut document = Document::new(prison_officer());
    let duty = Duty::new("Maintain equipment");
    document
        .apply(Edit::InsertDuty { index: 0, duty })
        .expect("insert");
    let mut harness = app_harness(document, None);
    let file = [
        "Button New Ctrl+N | ",
        "Button Open… Ctrl+O | ",
        "Button Open recent | ",
        "Button Merge sessions…  | ",
        "Button Save Ctrl+S | ",
        "Button Save as… Ctrl+Shift+S | ",
        "Button Export PDF… Ctrl+P | ",
        "Button Import drivers and votes (CSV)…  | ",
        "Button Export drivers and votes (CSV)…  | ",
        "Button Translations | ",
        "Button Survey | ",
        "Button Quit  | ",
    ];
    assert_eq!(menu_entries(&mut harness, "File"), file);
    let edit = [
        "Button Undo add duty Ctrl+Z | ",
        "Button Redo Ctrl+Shift+Z | ",
    ];
    assert_eq!(menu_entries(&mut harness, "Edit"), edit);
    let view = [
        "RadioButton Session | ",
        "RadioButton DACUM chart | ",
        "RadioButton Supporting lists | ",
        "RadioButton Verification | ",
        "RadioButton PESTLE | ",
        "RadioButton Scenarios | ",
        "RadioButton Translate | ",
        "RadioButton Merge | ",
        "Button Texts in | ",
        "CheckBox Workshop guide | ",
        "Button Findings  | ",
        "Button Zoom in Ctrl++ | ",
        "Button Zoom out Ctrl+− | ",
        "Button Actual size Ctrl+0 | ",
        "CheckBox High contrast (projector) | Ctrl+Shift+H",
        "Button Full screen F11 | ",
        "Button Language | ",
    ];
    assert_eq!(menu_entries(&mut harness, "View"), view);
    let help: Vec<String> = menu_entries(&mut harness, "Help")
        .into_iter()
        .filter(|e| e.starts_with("Label"))
        .collect();
    let version = concat!("Label Version ", env!("CARGO_PKG_VERSION"), " | ");
    assert_eq!(
        help,
        [
            "Label DACUM Studio — DACUM charts and PESTLE driver mapping, offline. | ",
            version,
            "Label Enter adds the next task · Tab moves between cards · Alt+arrows reorder | ",
            "Label Ctrl+Z Undo · Ctrl+Shift+Z Redo · Ctrl++ Zoom in · Ctrl+− Zoom out · Ctrl+Shift+H High contrast (projector) · F11 Full screen | ",
        ]
    );
}
