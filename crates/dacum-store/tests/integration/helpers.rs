//! Shared set-up for the store's integration tests: the shipped example sessions
//! and the hand-made fixtures (`tests/shared/example_sessions.rs` at the workspace
//! root, shared with the other crates' tests).

#[path = "../../../../tests/shared/example_sessions.rs"]
mod example_sessions;

pub use example_sessions::*;
