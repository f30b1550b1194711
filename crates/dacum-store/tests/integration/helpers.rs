//! Shared set-up for the store's integration tests: the shipped example sessions
//! (at the workspace root, two folders above this crate) and the hand-made fixtures.

use std::path::{Path, PathBuf};

use dacum_model::Session;

/// The folder of shipped example sessions, `sessions/` at the workspace root.
pub fn sessions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sessions")
}

/// A hand-made file of this crate's `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The `.ron` files of a folder, sorted.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("the folder is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// Every shipped example session file, the partner sessions included.
pub fn example_files() -> Vec<PathBuf> {
    let mut files = ron_files(&sessions_dir());
    files.extend(ron_files(&sessions_dir().join("partners")));
    files
}

/// The partner sessions (`sessions/partners/`) merged into one consolidated session.
pub fn consolidated_example() -> Session {
    let partners: Vec<Session> = ron_files(&sessions_dir().join("partners"))
        .iter()
        .map(|f| dacum_store::load_session(f).expect("a partner example loads"))
        .collect();
    dacum_model::merge::merge(&partners).session
}

pub fn prison_officer() -> Session {
    dacum_store::load_session(&sessions_dir().join("prison-officer.ron"))
        .expect("the example loads")
}

/// The names of the files in a folder, sorted.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("readable folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
