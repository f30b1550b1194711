//! Recovery copies for autosave: written beside the file, found when newer and
//! different, ignored otherwise.

use std::fs;
use std::time::{Duration, SystemTime};

use dacum_model::Id;
use dacum_store::{find_recovery, recovery_path, remove_recovery, write_recovery};

use crate::helpers::prison_officer;

#[test]
fn a_newer_recovery_copy_is_found_and_loads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let mut session = prison_officer();
    dacum_store::save_session(&path, &session).expect("save");
    let old = SystemTime::now() - Duration::from_secs(60);
    fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(old))
        .expect("age the file");

    session.chart.duties[0].title = "Maintain security of the facility at night".to_owned();
    let copy = recovery_path(Some(&path), None, session.id).expect("beside the file");
    assert_eq!(copy, dir.path().join("workshop.ron.recovery"));
    write_recovery(&copy, &session).expect("autosave");

    let found = find_recovery(&path).expect("offered");
    assert_eq!(found.path, copy);
    assert!(found.file_saved.is_some_and(|t| t < found.saved));
    assert_eq!(found.load().ok(), Some(session));

    remove_recovery(&copy).expect("removed");
    assert!(find_recovery(&path).is_none());
    remove_recovery(&copy).expect("removing twice is fine");
}

#[test]
fn a_recovery_copy_older_than_the_file_or_equal_to_it_is_not_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let session = prison_officer();
    dacum_store::save_session(&path, &session).expect("save");
    let copy = recovery_path(Some(&path), None, session.id).expect("path");

    // Same contents as the file: nothing to recover.
    write_recovery(&copy, &session).expect("autosave");
    assert!(find_recovery(&path).is_none());

    // Different, but the file was saved after it.
    let mut other = session.clone();
    other.meta.title = "Other".to_owned();
    write_recovery(&copy, &other).expect("autosave");
    let old = SystemTime::now() - Duration::from_secs(60);
    fs::File::options()
        .write(true)
        .open(&copy)
        .and_then(|f| f.set_modified(old))
        .expect("age the copy");
    assert!(find_recovery(&path).is_none());
}

#[test]
fn a_recovery_copy_without_its_file_is_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("never-saved.ron");
    let copy = recovery_path(Some(&path), None, Id::new()).expect("path");
    write_recovery(&copy, &prison_officer()).expect("autosave");
    assert!(find_recovery(&path).is_some_and(|r| r.file_saved.is_none()));
}

#[test]
fn untitled_sessions_recover_from_their_folder_newest_first() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (older, newer) = (prison_officer(), dacum_model::Session::default());
    for (session, age) in [(&older, 60), (&newer, 0)] {
        let path = recovery_path(None, Some(folder.path()), session.id).expect("path");
        assert!(path.starts_with(folder.path()));
        assert!(
            path.to_string_lossy()
                .contains(&format!("untitled-{}", session.id)),
            "{}",
            path.display()
        );
        write_recovery(&path, session).expect("autosave");
        let time = SystemTime::now() - Duration::from_secs(age);
        fs::File::options()
            .write(true)
            .open(&path)
            .and_then(|f| f.set_modified(time))
            .expect("age");
    }
    let found = dacum_store::untitled_recoveries(folder.path());
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].load().ok().map(|s| s.id), Some(newer.id));
    let default = dacum_store::default_untitled_folder().expect("a data folder");
    assert!(
        default.to_string_lossy().contains("dacum-studio"),
        "{}",
        default.display()
    );
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("exists").permissions().mode() & 0o7777
}

/// A recovery copy is never more readable than its session: it gets the
/// session's mode (also when an older copy was more open), and an untitled
/// session's copy is private.
#[cfg(unix)]
#[test]
fn a_recovery_copy_gets_its_sessions_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let session = prison_officer();
    dacum_store::save_session(&path, &session).expect("save");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    let copy = recovery_path(Some(&path), None, session.id).expect("path");
    write_recovery(&copy, &session).expect("autosave");
    assert_eq!(mode(&copy), 0o600);

    fs::set_permissions(&copy, fs::Permissions::from_mode(0o644)).expect("chmod");
    write_recovery(&copy, &session).expect("autosave again");
    assert_eq!(mode(&copy), 0o600, "an older, more open copy is narrowed");

    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
    write_recovery(&copy, &session).expect("autosave again");
    assert_eq!(mode(&copy), 0o640);

    let untitled = recovery_path(None, Some(dir.path()), session.id).expect("path");
    write_recovery(&untitled, &session).expect("autosave");
    assert_eq!(mode(&untitled), 0o600);
}

/// A recovery copy is the app's own file: a symbolic link planted in its place
/// is replaced by the copy, and the file it pointed to is never written.
#[cfg(unix)]
#[test]
fn a_link_in_place_of_the_recovery_copy_is_replaced_not_followed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("workshop.ron");
    let session = prison_officer();
    dacum_store::save_session(&path, &session).expect("save");
    let elsewhere = dir.path().join("elsewhere.txt");
    fs::write(&elsewhere, "someone else's file").expect("write");
    let copy = recovery_path(Some(&path), None, session.id).expect("path");
    std::os::unix::fs::symlink("elsewhere.txt", &copy).expect("symlink");

    write_recovery(&copy, &session).expect("autosave");
    assert_eq!(
        fs::read_to_string(&elsewhere).expect("read"),
        "someone else's file"
    );
    assert!(fs::symlink_metadata(&copy).expect("copy").is_file());
    assert_eq!(dacum_store::load_session(&copy).ok(), Some(session));
}
