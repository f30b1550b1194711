//! Atomic saves: the previous version is kept as a backup, a crash between writing
//! and renaming leaves the previous file intact, and a failed save changes nothing.

use std::fs;

use dacum_studio::model::{Document, Duty, Edit};
use dacum_studio::store::{self, PreparedSave, backup_path};

use crate::helpers::{binary, listing, prison_officer};

#[test]
fn saving_keeps_the_previous_version_as_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    let mut session = prison_officer();
    store::save_session(&path, &session).expect("first save");
    let first = fs::read(&path).expect("saved");
    session.meta.title.push_str(" (day 2)");
    store::save_session(&path, &session).expect("second save");
    assert_eq!(fs::read(backup_path(&path)).expect("backup"), first);
    assert_eq!(store::load_session(&path).ok(), Some(session));
    assert_eq!(
        listing(dir.path()),
        ["session.ron", "session.ron.bak"],
        "no temporary file left"
    );
}

#[test]
fn a_crash_between_writing_and_renaming_leaves_the_previous_file_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    let session = prison_officer();
    store::save_session(&path, &session).expect("first save");
    let before = fs::read(&path).expect("saved");

    let mut changed = session.clone();
    changed.chart.duties.clear();
    let text = store::to_ron(&changed).expect("serialises");
    let prepared = PreparedSave::write(&path, text.as_bytes()).expect("temporary file written");
    // The process dies here: nothing runs after the write, not even destructors.
    std::mem::forget(prepared);

    assert_eq!(fs::read(&path).expect("still there"), before);
    assert_eq!(store::load_session(&path).ok(), Some(session));
}

#[test]
fn an_unfinished_save_that_is_dropped_leaves_no_trace() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    store::save_session(&path, &prison_officer()).expect("first save");
    drop(PreparedSave::write(&path, b"half").expect("written"));
    assert_eq!(listing(dir.path()), ["session.ron"]);
}

#[test]
fn a_failed_save_leaves_the_document_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The "folder" is a file, so nothing can be created in it.
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, b"x").expect("write");
    let mut document = Document::new(prison_officer());
    document
        .apply(Edit::InsertDuty {
            index: 0,
            duty: Duty::new("Coordinate emergency response"),
        })
        .expect("edit");
    let before = document.session().clone();
    let error = store::save_session(&blocker.join("session.ron"), document.session())
        .expect_err("cannot save");
    assert!(
        error.to_string().contains("not-a-folder/session.ron"),
        "{error}"
    );
    assert_eq!(document.session(), &before);
    assert!(document.is_dirty(), "the changes are still unsaved");
}

/// Saving into a read-only folder fails with a message and leaves the old file.
/// Permission bits do not stop root, so when the tests run as root the save runs in
/// a child process as an unprivileged user.
#[cfg(unix)]
#[test]
fn saving_into_a_read_only_folder_fails_cleanly() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;

    let dir = tempfile::tempdir().expect("temp dir");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).expect("chmod");
    let folder = dir.path().join("readonly");
    fs::create_dir(&folder).expect("mkdir");
    let path = folder.join("session.ron");
    // An old-version file, so that `format` has something to rewrite.
    fs::copy(crate::helpers::fixture("v0-session.ron"), &path).expect("copy fixture");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).expect("chmod");
    let before = fs::read(&path).expect("read");

    let mut command = if is_root() {
        // The unprivileged user may not be able to reach the build folder, so it
        // runs a copy of the binary from the test's own (world-readable) folder.
        let copy = dir.path().join("dacum-studio");
        fs::copy(env!("CARGO_BIN_EXE_dacum-studio"), &copy).expect("copy binary");
        fs::set_permissions(&copy, fs::Permissions::from_mode(0o755)).expect("chmod");
        let mut command = std::process::Command::new(copy);
        command.uid(65534).gid(65534);
        command
    } else {
        binary()
    };
    command.arg("format").arg(&path);
    let output = command.output().expect("runs");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).expect("chmod back");

    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains("cannot save") && message.contains("session.ron"),
        "{message}"
    );
    assert!(
        message.to_lowercase().contains("permission denied"),
        "{message}"
    );
    assert_eq!(
        fs::read(&path).expect("read"),
        before,
        "the old file changed"
    );
    assert_eq!(listing(&folder), ["session.ron"]);
}

#[cfg(unix)]
fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    // A file we just made belongs to our effective user.
    let probe = tempfile::NamedTempFile::new().expect("temp file");
    probe
        .as_file()
        .metadata()
        .map(|m| m.uid() == 0)
        .unwrap_or(false)
}
