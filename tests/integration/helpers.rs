//! Shared set-up for the integration tests.

use std::path::{Path, PathBuf};

use dacum_model::Session;

/// The folder of shipped example sessions.
pub fn sessions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions")
}

/// A hand-made session file; the store's tests own them.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/dacum-store/tests/fixtures")
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
    files.extend(partner_files());
    files
}

/// The example national sessions of four partners (`sessions/partners/`), made
/// from the European chart, to be merged.
pub fn partner_files() -> Vec<PathBuf> {
    ron_files(&sessions_dir().join("partners"))
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

/// The app binary, for CLI tests.
pub fn binary() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_dacum-studio"))
}

/// Runs the binary: the exit code, standard output and standard error apart.
pub fn run_cli(args: &[&std::ffi::OsStr]) -> (Option<i32>, String, String) {
    let output = binary().args(args).output().expect("the binary runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}
