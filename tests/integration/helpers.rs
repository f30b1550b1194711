//! Shared set-up for the integration tests: the shipped example sessions
//! (`tests/shared/example_sessions.rs`, shared with the other crates' tests) and
//! the app binary.

#[path = "../shared/example_sessions.rs"]
mod example_sessions;

pub use example_sessions::*;

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
