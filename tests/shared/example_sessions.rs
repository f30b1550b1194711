//! The shipped example sessions (`sessions/` at the workspace root), for the
//! integration tests of every crate. Each test binary includes this one file with
//! `#[path]`, so the set-up is written once; not every binary uses every function.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use dacum_model::Session;

/// The workspace root: the nearest folder above this crate that holds `sessions/`.
fn workspace_root() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .ancestors()
        .find(|dir| dir.join("sessions").is_dir())
        .unwrap_or(crate_dir)
        .to_path_buf()
}

/// The folder of shipped example sessions.
pub fn sessions_dir() -> PathBuf {
    workspace_root().join("sessions")
}

/// A hand-made session file of `crates/dacum-store/tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    workspace_root()
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

/// Example files that hold statement findings on purpose, to show the rules at
/// work; their own tests say exactly which.
pub const WITH_FINDINGS: &[&str] = &["ro-national.ron"];

/// A national chart in the national language (`…-national.ron`), written apart
/// from the European chart: not one of the partner files to merge.
fn is_national_language_chart(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with("-national.ron"))
}

/// The example national sessions of four partners (`sessions/partners/`), made
/// from the European chart, to be merged.
pub fn partner_files() -> Vec<PathBuf> {
    let mut files = ron_files(&sessions_dir().join("partners"));
    files.retain(|f| !is_national_language_chart(f));
    files
}

/// Every shipped example session file, the partner sessions and the
/// national-language charts included.
pub fn example_files() -> Vec<PathBuf> {
    let mut files = ron_files(&sessions_dir());
    files.extend(ron_files(&sessions_dir().join("partners")));
    files
}

/// The example files that `check` passes without a finding.
pub fn clean_example_files() -> Vec<PathBuf> {
    let mut files = example_files();
    files.retain(|f| {
        f.file_name()
            .is_none_or(|n| !WITH_FINDINGS.iter().any(|w| n.to_string_lossy() == *w))
    });
    files
}

/// The partner sessions merged into one consolidated session.
pub fn consolidated_example() -> Session {
    let partners: Vec<Session> = partner_files()
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
