//! The app when its file changed on disk since it was opened (a second window, a
//! `git pull`): saving asks "keep mine / reload theirs / save as" instead of
//! overwriting the other change.

use std::fs;
use std::path::Path;

use dacum_model::{Document, Edit, Session};
use dacum_studio::ui::{Command, DacumApp};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::helpers::prison_officer;
use crate::ui_app::app_harness;

const PROMPT: &str = "Keep mine (overwrite)";

/// The app on a saved copy of the example, with its first duty renamed (unsaved).
fn edited_app(path: &Path) -> (Harness<'static, DacumApp>, Session) {
    let session = prison_officer();
    dacum_store::save_session(path, &session).expect("save");
    let mut harness = app_harness(
        Document::new(dacum_store::load_session(path).expect("loads")),
        Some(path),
    );
    harness
        .state_mut()
        .apply_commands(vec![Command::Edit(Edit::SetDutyTitle {
            id: session.chart.duties[0].id,
            title: "Mine: maintain security at night".to_owned(),
        })]);
    let mine = harness.state().document().session().clone();
    (harness, mine)
}

/// Another program writes the file: the same session with another title.
fn change_on_disk(path: &Path) -> Session {
    let mut theirs = prison_officer();
    theirs.meta.title = "Theirs, from git pull".to_owned();
    dacum_store::save_session(path, &theirs).expect("their save");
    theirs
}

/// Whether the file holds this session (without printing both when not).
fn on_disk_is(path: &Path, session: &Session) -> bool {
    dacum_store::load_session(path).ok().as_ref() == Some(session)
}

fn press_save(harness: &mut Harness<'static, DacumApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
}

#[test]
fn saving_over_a_change_made_in_another_window_asks_and_keep_mine_overwrites() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let (mut first, mine) = edited_app(&path);
    // A second window on the same file saves its own change first.
    let mut second = app_harness(
        Document::new(dacum_store::load_session(&path).expect("loads")),
        Some(&path),
    );
    second
        .state_mut()
        .apply_commands(vec![Command::Edit(Edit::SetDutyTitle {
            id: mine.chart.duties[1].id,
            title: "Second window's duty".to_owned(),
        })]);
    let theirs = second.state().document().session().clone();
    press_save(&mut second);
    assert!(
        second.query_by_label(PROMPT).is_none(),
        "nothing changed: no question"
    );
    assert!(on_disk_is(&path, &theirs));

    press_save(&mut first);
    assert!(
        on_disk_is(&path, &theirs),
        "the other window's save was overwritten without asking"
    );
    assert!(first.state().document().is_dirty());
    first.get_by_label(PROMPT).click();
    first.run();
    assert!(on_disk_is(&path, &mine));
    assert!(!first.state().document().is_dirty());
    assert!(
        first.query_by_label(PROMPT).is_none(),
        "the question closed"
    );

    // The next save of the first window knows what it wrote: no question.
    first
        .state_mut()
        .apply_commands(vec![Command::Edit(Edit::SetDutyTitle {
            id: mine.chart.duties[0].id,
            title: "Mine, again".to_owned(),
        })]);
    press_save(&mut first);
    assert!(first.query_by_label(PROMPT).is_none());
    assert!(!first.state().document().is_dirty());
}

#[test]
fn reload_theirs_opens_the_file_as_it_is_now() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let (mut harness, _mine) = edited_app(&path);
    let theirs = change_on_disk(&path);
    let on_disk = fs::read(&path).expect("read");
    press_save(&mut harness);
    harness.get_by_label("Reload theirs").click();
    harness.run();
    assert!(harness.state().document().session() == &theirs);
    assert!(!harness.state().document().is_dirty());
    assert_eq!(
        fs::read(&path).expect("read"),
        on_disk,
        "their file untouched"
    );
}

/// Their version may not load (a `git pull` that left conflict markers): then
/// nothing is replaced and my work stays open and unsaved.
#[test]
fn reloading_an_unreadable_version_keeps_my_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let (mut harness, mine) = edited_app(&path);
    fs::write(
        &path,
        "<<<<<<< HEAD\n(format: \"dacum-studio-session\"\n=======\n",
    )
    .expect("write");
    press_save(&mut harness);
    harness.get_by_label("Reload theirs").click();
    harness.run();
    assert!(harness.state().document().session() == &mine);
    assert!(
        harness.state().document().is_dirty(),
        "my work is still unsaved"
    );
    let notice = harness
        .state()
        .notice()
        .cloned()
        .expect("an error is shown");
    assert!(notice.text.contains("workshop.ron"), "{}", notice.text);
}

#[test]
fn save_as_keeps_both_versions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let (mut harness, mine) = edited_app(&path);
    let theirs = change_on_disk(&path);
    press_save(&mut harness);
    harness.get_by_label("Save as…").click();
    harness.run();
    let other = dir.path().join("mine.ron");
    // The field starts with the open file's path: replace all of it.
    harness.get_by_label("File path").focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_label("File path")
        .type_text(&other.display().to_string());
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(on_disk_is(&other, &mine));
    assert!(on_disk_is(&path, &theirs));
    assert_eq!(harness.state().path(), Some(other.as_path()));
    assert!(!harness.state().document().is_dirty());
}

#[test]
fn cancel_saves_nothing_and_keeps_the_work_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let (mut harness, mine) = edited_app(&path);
    let theirs = change_on_disk(&path);
    press_save(&mut harness);
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label(PROMPT).is_none());
    assert!(harness.state().document().session() == &mine);
    assert!(harness.state().document().is_dirty());
    assert!(on_disk_is(&path, &theirs));
}

/// Merges two files through the app's action and opens the result.
fn merge_in_app(harness: &mut Harness<'static, DacumApp>, files: &[&Path]) {
    use std::time::{Duration, Instant};
    harness
        .state_mut()
        .apply(dacum_studio::ui::Command::MergeFiles(
            files.iter().map(|f| f.to_path_buf()).collect(),
        ));
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

/// A merge result saved in the app may not overwrite one of the files it was
/// merged from, and its new file is no more readable than they are.
#[test]
fn a_merge_result_is_not_saved_over_one_of_its_sources() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    let mut session = prison_officer();
    dacum_store::save_session(&a, &session).expect("save a");
    session.meta.country = "CZ".to_owned();
    session.id = dacum_model::Id::new();
    dacum_store::save_session(&b, &session).expect("save b");
    #[cfg(unix)]
    for file in [&a, &b] {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(file, fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let before = fs::read(&a).expect("read");
    let mut harness = app_harness(Document::new(Session::default()), None);
    merge_in_app(&mut harness, &[&a, &b]);
    assert!(
        harness.state().path().is_none(),
        "the merge is open, unsaved"
    );
    let merged = harness.state().document().session();
    assert_eq!(
        merged.provenance.sources.len(),
        2,
        "the merge result is open"
    );

    harness
        .state_mut()
        .apply(dacum_studio::ui::Command::SaveTo(a.clone()));
    harness.run();
    assert_eq!(
        fs::read(&a).expect("read"),
        before,
        "a source was overwritten"
    );
    let notice = harness
        .state()
        .notice()
        .cloned()
        .expect("an error is shown");
    assert!(notice.text.contains("is the input file"), "{}", notice.text);
    assert!(harness.state().document().is_dirty());
    harness.get_by_label("OK").click();
    harness.run();

    let europe = dir.path().join("europe.ron");
    harness
        .state_mut()
        .apply(dacum_studio::ui::Command::SaveTo(europe.clone()));
    harness.run();
    assert!(!harness.state().document().is_dirty());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&europe).expect("saved").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the merge of private files is private");
    }
}
