//! Merging partner sessions in the real app: File › Merge sessions… (through the
//! path field that stands in for the file dialog, and the worker thread that
//! loads and merges), then the Merge tab: accept a proposed duplicate, resolve a
//! conflict, undo and redo both.

use std::path::Path;
use std::time::{Duration, Instant};

use dacum_model::merge;
use dacum_model::{Document, Duty, Field, Id, Session, Task, Value};
use dacum_studio::ui::{DacumApp, UiCommand, View};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};

use crate::helpers::prison_officer;
use crate::ui_app::{app_harness, type_in};

type H = Harness<'static, DacumApp>;

/// Three partners' versions of one chart: CZ reworded the escort task (a
/// conflict), and CZ and DE each added nearly the same vehicle inspection (a
/// proposed duplicate).
fn partners() -> Vec<Session> {
    let mut ro = Session {
        id: Id::from_u128(1),
        ..Session::default()
    };
    ro.meta.title = "Romanian workshop".into();
    ro.meta.country = "RO".into();
    ro.meta.language = "en".into();
    let mut duty = Duty::new("Maintain security of the facility");
    duty.tasks = vec![
        Task::new("Conduct cell searches"),
        Task::new("Escort prisoners to court"),
    ];
    ro.chart.duties.push(duty);
    let mut cz = ro.clone();
    cz.id = Id::from_u128(2);
    cz.meta.title = "Czech workshop".into();
    cz.meta.country = "CZ".into();
    let tasks = &mut cz.chart.duties[0].tasks;
    tasks[1].statement = "Escort inmates to court hearings".into();
    tasks.push(Task::new("Inspect visitors' vehicles at the gate"));
    let mut de = ro.clone();
    de.id = Id::from_u128(3);
    de.meta.title = "German workshop".into();
    de.meta.country = "DE".into();
    de.chart.duties[0]
        .tasks
        .push(Task::new("Inspect visitor vehicles at the gate"));
    vec![ro, cz, de]
}

fn session(harness: &H) -> &Session {
    harness.state().document().session()
}

fn ctrl_z(harness: &mut H, shift: bool) {
    let mut modifiers = egui::Modifiers::COMMAND;
    if shift {
        modifiers |= egui::Modifiers::SHIFT;
    }
    harness.key_press_modifiers(modifiers, egui::Key::Z);
    harness.run();
}

#[test]
fn accept_a_duplicate_and_resolve_a_conflict_in_the_merge_tab_then_undo_and_redo() {
    let merged = merge::merge(&partners()).session;
    let escort = merged.chart.duties[0].tasks[1].id;
    let found = merge::proposals(&merged);
    let [proposal] = found.as_slice() else {
        panic!("one proposed duplicate, not {found:?}");
    };
    let (keep, absorb) = (proposal.keep, proposal.absorb);
    assert_eq!(merged.provenance.shared_by(keep), (1, 3));
    let mut harness = app_harness(Document::unsaved(merged.clone()), None);

    harness.get_by_label("Merge").click();
    harness.run();
    assert_eq!(harness.state().view(), View::Merge);
    assert!(harness.query_by_label("Proposed duplicates (1)").is_some());

    harness.get_by_label_contains("Accept: merge task").click();
    harness.run();
    let accepted = session(&harness).clone();
    assert!(accepted.chart.find_task(absorb).is_none(), "merged away");
    assert_eq!(accepted.chart.task_count(), 3);
    assert_eq!(accepted.provenance.shared_by(keep), (2, 3));
    assert_eq!(accepted.provenance.countries_of(keep), ["CZ", "DE"]);
    assert!(harness.query_by_label("Proposed duplicates (0)").is_some());

    harness
        .get_by_label("Escort inmates to court hearings")
        .click();
    harness.run();
    let resolved = session(&harness).clone();
    assert_eq!(
        resolved.chart.duties[0].tasks[1].statement,
        "Escort inmates to court hearings"
    );
    assert!(
        resolved
            .provenance
            .conflict(escort, Field::TaskStatement)
            .is_none()
    );
    // What stays open is the other wording of the accepted duplicate.
    assert!(harness.query_by_label("Conflicts (1)").is_some());
    assert!(
        harness.query_by_label("Decided (1)").is_some(),
        "the wording not chosen is on record"
    );

    ctrl_z(&mut harness, false);
    assert_eq!(session(&harness), &accepted);
    ctrl_z(&mut harness, false);
    assert_eq!(session(&harness), &merged);
    assert!(
        harness
            .query_by_label_contains("Accept: merge task")
            .is_some(),
        "proposed again"
    );

    ctrl_z(&mut harness, true);
    assert_eq!(session(&harness), &accepted);
    ctrl_z(&mut harness, true);
    assert_eq!(session(&harness), &resolved);
}

/// Writes the partners' files into `dir`; returns the sessions and their paths.
fn partner_files(dir: &Path) -> (Vec<Session>, Vec<std::path::PathBuf>) {
    let sessions = partners();
    let paths = sessions
        .iter()
        .map(|s| {
            let path = dir.join(format!("{}.ron", s.meta.country.to_lowercase()));
            dacum_store::save_session(&path, s).expect("save");
            path
        })
        .collect();
    (sessions, paths)
}

fn field_text(harness: &H) -> String {
    harness
        .get_by_label("File paths")
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

/// File › Merge sessions…, the files typed into the path field, then Merge.
fn merge_through_the_menu(harness: &mut H, paths: &[&Path]) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Merge sessions…").click();
    harness.run();
    let typed: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let typed = typed.join("\n");
    // The field offers the list typed last time.
    match field_text(harness).as_str() {
        "" => type_in(harness, "File paths", &typed),
        offered => assert_eq!(offered, typed),
    }
    harness.get_by_label("Merge files").click();
    // `step`, not `run`: the progress window's spinner keeps asking for frames.
    let started = Instant::now();
    harness.step();
    while harness.state().is_merging() {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "waited too long"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

#[test]
fn a_file_that_cannot_be_read_stops_the_merge_and_leaves_the_document_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, files) = partner_files(dir.path());
    let broken = dir.path().join("lt.ron");
    std::fs::write(
        &broken,
        "(\n    format: \"dacum-studio-session\",\n    version: \"one\",\n)",
    )
    .expect("write");
    let open = dir.path().join("workshop.ron");
    let original = prison_officer();
    dacum_store::save_session(&open, &original).expect("save");
    let mut harness = app_harness(Document::new(original.clone()), Some(&open));

    merge_through_the_menu(&mut harness, &[&files[0], &broken, &files[1]]);

    let notice = harness
        .state()
        .notice()
        .cloned()
        .expect("an error is shown");
    assert_eq!(notice.title, "Nothing was merged");
    let expected = format!("{}:3:", broken.display());
    assert!(notice.text.contains(&expected), "{}", notice.text);
    assert!(notice.text.contains("not changed"), "{}", notice.text);
    assert_eq!(session(&harness), &original);
    assert_eq!(harness.state().path(), Some(open.as_path()));
    assert!(!harness.state().document().is_dirty());

    // Asked again, the path field offers the list typed before, to correct.
    harness.get_by_label("OK").click();
    harness.run();
    harness.state_mut().apply(UiCommand::MergeSessions);
    harness.run();
    let offered = field_text(&harness);
    assert!(offered.contains("lt.ron"), "{offered}");
}

#[test]
fn merging_one_file_asks_for_at_least_two() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_, files) = partner_files(dir.path());
    let original = prison_officer();
    let mut harness = app_harness(Document::new(original.clone()), None);
    merge_through_the_menu(&mut harness, &[&files[0]]);
    let notice = harness.state().notice().cloned().expect("a notice");
    assert_eq!(notice.title, "Choose at least two files");
    assert_eq!(session(&harness), &original);
}

#[test]
fn the_merge_opens_as_a_new_unsaved_document_after_unsaved_work_is_dealt_with() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (sessions, files) = partner_files(dir.path());
    let paths: Vec<&Path> = files.iter().map(std::path::PathBuf::as_path).collect();
    let mut harness = app_harness(Document::unsaved(prison_officer()), None);
    let unsaved = session(&harness).clone();

    // Cancel keeps the open work, and the merge is not opened.
    merge_through_the_menu(&mut harness, &paths);
    assert!(
        harness
            .query_by_label_contains("before you open the merged session")
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(session(&harness), &unsaved);
    assert!(harness.state().document().is_dirty());

    // Discarding opens the merge: untitled, unsaved, on the Merge tab.
    merge_through_the_menu(&mut harness, &paths);
    harness.get_by_label("Discard changes").click();
    harness.run();
    let expected = merge::merge(&sessions).session;
    assert_eq!(session(&harness), &expected);
    assert_eq!(harness.state().path(), None);
    assert!(
        harness.state().document().is_dirty(),
        "not saved anywhere yet"
    );
    assert_eq!(harness.state().view(), View::Merge);
    assert!(
        harness
            .query_by_label("Consolidated from 3 partner sessions")
            .is_some()
    );
    let statement = Value::Text("Escort prisoners to court".into());
    let escort = expected.chart.duties[0].tasks[1].id;
    assert_eq!(
        merge::field_value(session(&harness), escort, Field::TaskStatement),
        Some(statement)
    );

    // Save asks for a new name, offering consolidated.ron beside the first
    // file; the files merged are never written.
    let before: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).expect("read"))
        .collect();
    harness.state_mut().apply(UiCommand::Save);
    harness.run();
    assert!(harness.query_by_label("Save session as").is_some());
    let out = dir.path().join("consolidated.ron");
    assert_eq!(
        harness.get_by_label("File path").value(),
        Some(out.display().to_string())
    );
    harness.get_by_label("Save").click();
    harness.run();
    assert_eq!(harness.state().path(), Some(out.as_path()));
    assert_eq!(dacum_store::load_session(&out).expect("saved"), expected);
    let after: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).expect("read"))
        .collect();
    assert_eq!(before, after);
}
