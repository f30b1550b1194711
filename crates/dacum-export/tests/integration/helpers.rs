//! Shared set-up for the export's integration tests: the shipped example sessions
//! (`tests/shared/example_sessions.rs` at the workspace root, shared with the other
//! crates' tests).

#[path = "../../../../tests/shared/example_sessions.rs"]
mod example_sessions;

pub use example_sessions::*;
