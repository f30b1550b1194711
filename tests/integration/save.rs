//! Atomic saves: the previous version is kept as a backup, a crash between writing
//! and renaming leaves the previous file intact, and a failed save changes nothing.

use std::fs;

use dacum_model::{Document, Duty, Edit};
use dacum_store::{PreparedSave, backup_path};

use crate::helpers::{binary, listing, prison_officer};

#[test]
fn saving_keeps_the_previous_version_as_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    let mut session = prison_officer();
    dacum_store::save_session(&path, &session).expect("first save");
    let first = fs::read(&path).expect("saved");
    session.meta.title.push_str(" (day 2)");
    dacum_store::save_session(&path, &session).expect("second save");
    assert_eq!(fs::read(backup_path(&path)).expect("backup"), first);
    assert_eq!(dacum_store::load_session(&path).ok(), Some(session));
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
    dacum_store::save_session(&path, &session).expect("first save");
    let before = fs::read(&path).expect("saved");

    let mut changed = session.clone();
    changed.chart.duties.clear();
    let text = dacum_store::to_ron(&changed).expect("serialises");
    let prepared = PreparedSave::write(&path, text.as_bytes()).expect("temporary file written");
    // The process dies here: nothing runs after the write, not even destructors.
    std::mem::forget(prepared);

    assert_eq!(fs::read(&path).expect("still there"), before);
    assert_eq!(dacum_store::load_session(&path).ok(), Some(session));
}

#[test]
fn an_unfinished_save_that_is_dropped_leaves_no_trace() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    dacum_store::save_session(&path, &prison_officer()).expect("first save");
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
    let error = dacum_store::save_session(&blocker.join("session.ron"), document.session())
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
    probe.as_file().metadata().is_ok_and(|m| m.uid() == 0)
}

/// Two saves at once (two windows on one file, or the app and `format` from a git
/// hook) while a third thread reads: every read of the file and of its backup
/// parses as one of the versions written, never as an empty or half-written file,
/// and every save succeeds.
#[test]
fn two_saves_at_once_never_leave_a_partial_file_or_backup() {
    use std::collections::HashSet;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    const ROUNDS: usize = 150;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = Arc::new(dir.path().join("session.ron"));
    let base = prison_officer();
    let version = |title: String| {
        let mut session = base.clone();
        session.meta.title = title;
        session
    };
    let mut titles: HashSet<String> = HashSet::from(["initial".to_owned()]);
    for writer in 0..2 {
        for round in 0..ROUNDS {
            titles.insert(format!("writer {writer} round {round}"));
        }
    }
    // Twice, so that a backup exists from the start.
    dacum_store::save_session(&path, &version("initial".to_owned())).expect("first save");
    dacum_store::save_session(&path, &version("initial".to_owned())).expect("second save");

    let done = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..2)
        .map(|writer| {
            let path = Arc::clone(&path);
            let sessions: Vec<_> = (0..ROUNDS)
                .map(|round| version(format!("writer {writer} round {round}")))
                .collect();
            std::thread::spawn(move || {
                sessions
                    .iter()
                    .filter_map(|s| dacum_store::save_session(&path, s).err())
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let reader = {
        let (path, done, titles) = (Arc::clone(&path), Arc::clone(&done), titles.clone());
        std::thread::spawn(move || {
            let mut problems = Vec::new();
            let mut reads = 0;
            while !done.load(Ordering::SeqCst) && problems.is_empty() {
                for file in [path.to_path_buf(), backup_path(&path)] {
                    let bytes = match fs::read(&file) {
                        Ok(bytes) => bytes,
                        Err(e) => {
                            problems.push(format!("{}: {e}", file.display()));
                            continue;
                        }
                    };
                    match dacum_store::parse_session(&bytes, &file) {
                        Ok(s) if titles.contains(&s.meta.title) => {}
                        Ok(s) => {
                            problems.push(format!("{}: unknown {}", file.display(), s.meta.title));
                        }
                        Err(e) => problems.push(format!("{} bytes: {e}", bytes.len())),
                    }
                }
                reads += 1;
            }
            (reads, problems)
        })
    };
    let failed: Vec<String> = writers
        .into_iter()
        .flat_map(|w| w.join().expect("writer ran"))
        .collect();
    done.store(true, Ordering::SeqCst);
    let (reads, problems) = reader.join().expect("reader ran");
    assert!(problems.is_empty(), "after {reads} reads: {problems:?}");
    assert!(failed.is_empty(), "saves failed: {failed:?}");
    assert!(reads > 0);
    let last = dacum_store::load_session(&path).expect("the file loads");
    assert!(last.meta.title.ends_with(&format!("round {}", ROUNDS - 1)));
    let backup = dacum_store::load_session(&backup_path(&path)).expect("the backup loads");
    assert!(titles.contains(&backup.meta.title));
    assert_eq!(listing(dir.path()), ["session.ron", "session.ron.bak"]);
}

/// Saving through a symbolic link writes the file it points to; the link stays a
/// link, and the backup is a regular file beside the real file.
#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_writes_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("real")).expect("mkdir");
    let real = dir.path().join("real/session.ron");
    let mut session = prison_officer();
    dacum_store::save_session(&real, &session).expect("first save");
    let first = fs::read(&real).expect("saved");
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("real/session.ron", &link).expect("symlink");

    session.meta.title.push_str(" (day 2)");
    dacum_store::save_session(&link, &session).expect("save through the link");

    let meta = fs::symlink_metadata(&link).expect("still there");
    assert!(meta.file_type().is_symlink(), "the link was replaced");
    assert_eq!(
        fs::read_link(&link).expect("link"),
        std::path::Path::new("real/session.ron")
    );
    assert_eq!(dacum_store::load_session(&real).ok(), Some(session));
    let backup = backup_path(&real);
    assert!(fs::symlink_metadata(&backup).expect("backup").is_file());
    assert_eq!(fs::read(&backup).expect("backup"), first);
    assert_eq!(listing(dir.path()), ["link.ron", "real"]);
    assert_eq!(
        listing(&dir.path().join("real")),
        ["session.ron", "session.ron.bak"]
    );
}

/// The mode bits of a file (permissions only).
#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("exists").permissions().mode() & 0o7777
}

#[cfg(unix)]
fn set_mode(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

/// The app's command line run under a given umask.
#[cfg(unix)]
fn binary_with_umask(umask: &str) -> std::process::Command {
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_dacum-studio"));
    command
}

/// A new file gets what the umask allows, like any program's new file.
#[cfg(unix)]
#[test]
fn new_files_honour_the_umask() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = crate::helpers::sessions_dir().join("prison-officer.ron");
    for (umask, expected) in [("077", 0o600), ("027", 0o640), ("022", 0o644)] {
        let merged = dir.path().join(format!("merged-{umask}.ron"));
        let output = binary_with_umask(umask)
            .args(["merge".as_ref(), session.as_os_str(), "-o".as_ref()])
            .arg(&merged)
            .output()
            .expect("runs");
        assert!(output.status.code() == Some(0), "{output:?}");
        assert_eq!(mode(&merged), expected, "merge under umask {umask}");
    }
    let pdf = dir.path().join("chart.pdf");
    let output = binary_with_umask("077")
        .args(["export".as_ref(), session.as_os_str(), "--report".as_ref()])
        .args(["chart", "-o"])
        .arg(&pdf)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(mode(&pdf), 0o600, "export under umask 077");
}

/// Saving keeps the file's mode, and the backup has it too.
#[cfg(unix)]
#[test]
fn a_saved_file_and_its_backup_keep_the_files_mode() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    let mut session = prison_officer();
    dacum_store::save_session(&path, &session).expect("first save");
    set_mode(&path, 0o640);
    session.meta.title.push_str(" (day 2)");
    dacum_store::save_session(&path, &session).expect("second save");
    assert_eq!(mode(&path), 0o640);
    assert_eq!(mode(&backup_path(&path)), 0o640);
    let output = binary_with_umask("000")
        .arg("format")
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(mode(&path), 0o640, "format keeps the mode");
    assert_eq!(mode(&backup_path(&path)), 0o640);
}

/// The merge of private sessions is private too (it holds all their names); a
/// merge driver writing into an existing file keeps that file's mode.
#[cfg(unix)]
#[test]
fn a_merged_file_is_no_more_readable_than_its_sources() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    let session = prison_officer();
    dacum_store::save_session(&a, &session).expect("save a");
    dacum_store::save_session(&b, &session).expect("save b");
    set_mode(&a, 0o600);
    set_mode(&b, 0o640);
    let merged = dir.path().join("merged.ron");
    let output = binary_with_umask("022")
        .arg("merge")
        .args([&a, &b])
        .arg("-o")
        .arg(&merged)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(mode(&merged), 0o600);

    let (base, ours, theirs) = (
        dir.path().join("base"),
        dir.path().join("ours"),
        dir.path().join("theirs"),
    );
    for file in [&base, &ours, &theirs] {
        dacum_store::save_session(file, &session).expect("save");
    }
    set_mode(&ours, 0o640);
    let output = binary_with_umask("022")
        .arg("merge-driver")
        .args([&base, &ours, &theirs])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(mode(&ours), 0o640);
}

/// A lost update: the file changed on disk after it was loaded (another program,
/// a `git pull`). The checked save refuses, writes nothing (not even the backup),
/// and leaves no temporary file.
#[test]
fn a_file_changed_after_loading_is_not_overwritten() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    let session = prison_officer();
    dacum_store::save_session(&path, &session).expect("first save");
    dacum_store::save_session(&path, &session).expect("second save");
    let (mut mine, loaded) = dacum_store::load_session_with_fingerprint(&path).expect("loads");

    // Another program changes the file after it was loaded.
    let mut theirs = session.clone();
    theirs.meta.title = "Theirs, from git pull".to_owned();
    fs::write(&path, dacum_store::to_ron(&theirs).expect("serialises")).expect("their write");
    let (on_disk, backup) = (fs::read(&path).expect("read"), fs::read(backup_path(&path)));

    mine.meta.title = "Mine".to_owned();
    let error =
        dacum_store::save_session_checked(&path, &mine, Some(&loaded)).expect_err("refused");
    assert!(
        matches!(error, dacum_store::SaveError::ChangedOnDisk { .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.contains("session.ron") && message.contains("changed on disk"));
    assert_eq!(fs::read(&path).expect("read"), on_disk, "their change kept");
    assert_eq!(
        fs::read(backup_path(&path)).ok(),
        backup.ok(),
        "backup kept"
    );
    assert_eq!(listing(dir.path()), ["session.ron", "session.ron.bak"]);

    // Overwriting on purpose (the user chose "keep mine") works, and what it
    // returns lets the next checked save through.
    let written = dacum_store::save_session_checked(&path, &mine, None).expect("overwrite");
    mine.meta.title = "Mine, again".to_owned();
    dacum_store::save_session_checked(&path, &mine, Some(&written)).expect("unchanged since");
    assert_eq!(dacum_store::load_session(&path).ok(), Some(mine));
}

/// A file unchanged since loading is saved; so is one deleted meanwhile (saving
/// it again loses nothing).
#[test]
fn an_unchanged_or_deleted_file_is_saved_by_the_checked_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    dacum_store::save_session(&path, &prison_officer()).expect("first save");
    let (session, loaded) = dacum_store::load_session_with_fingerprint(&path).expect("loads");
    dacum_store::save_session_checked(&path, &session, Some(&loaded)).expect("unchanged");
    fs::remove_file(&path).expect("deleted");
    dacum_store::save_session_checked(&path, &session, Some(&loaded)).expect("gone");
    assert_eq!(dacum_store::load_session(&path).ok(), Some(session));
}

/// `format` checks the file right before replacing it: a file changed between its
/// load and its save is refused (exit 2). The change is made between the two by a
/// test hook of debug builds, so the test is deterministic.
#[cfg(debug_assertions)]
#[test]
fn format_refuses_a_file_changed_since_it_was_loaded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    fs::copy(crate::helpers::fixture("v0-session.ron"), &path).expect("copy fixture");
    let their_text = "(format: \"dacum-studio-session\", version: 1)\n// theirs\n";
    let output = binary()
        .arg("format")
        .arg(&path)
        .env("DACUM_STUDIO_TEST_WRITE_BEFORE_SAVE", their_text)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("changed on disk"), "{message}");
    assert_eq!(fs::read_to_string(&path).expect("read"), their_text);
    assert_eq!(listing(dir.path()), ["session.ron"]);
}

/// `import-drivers` loads, adds and saves like `format`: a change made between
/// its load and its save is kept and the import refused (exit 2).
#[cfg(debug_assertions)]
#[test]
fn import_drivers_refuses_a_file_changed_since_it_was_loaded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("session.ron");
    dacum_store::save_session(&path, &prison_officer()).expect("save");
    let csv = dir.path().join("drivers.csv");
    fs::write(
        &csv,
        "category,title,description,participant,uncertainty,impact\nSocial,Ageing staff,,Ana,3,4\n",
    )
    .expect("write csv");
    let their_text = "(format: \"dacum-studio-session\", version: 1)\n// theirs\n";
    let output = binary()
        .arg("import-drivers")
        .args([&path, &csv])
        .env("DACUM_STUDIO_TEST_WRITE_BEFORE_SAVE", their_text)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("changed on disk"), "{message}");
    assert_eq!(fs::read_to_string(&path).expect("read"), their_text);
    assert_eq!(listing(dir.path()), ["drivers.csv", "session.ron"]);
}

/// Any save (the app's Save As, a recovery copy, an export) refuses to replace
/// something that is not a regular file, before writing anything: a named pipe
/// stays a pipe, a folder stays a folder, and no temporary file is left.
#[cfg(unix)]
#[test]
fn a_save_never_replaces_a_fifo_or_a_folder() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let pipe = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let folder = dir.path().join("folder.ron");
    fs::create_dir(&folder).expect("mkdir");
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink("pipe.ron", &link).expect("symlink");

    for target in [&pipe, &folder, &link] {
        let error = dacum_store::save_session(target, &prison_officer()).expect_err("refused");
        assert!(
            matches!(error, dacum_store::SaveError::NotRegularFile { .. }),
            "{}: {error}",
            target.display()
        );
        assert!(error.to_string().contains("nothing was written"), "{error}");
        let error = dacum_store::write_file_atomically(target, b"%PDF").expect_err("refused");
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }
    let kind = fs::symlink_metadata(&pipe).expect("pipe").file_type();
    assert!(kind.is_fifo());
    assert!(folder.is_dir());
    assert!(fs::symlink_metadata(&link).expect("link").is_symlink());
    assert_eq!(listing(dir.path()), ["folder.ron", "link.ron", "pipe.ron"]);
}
