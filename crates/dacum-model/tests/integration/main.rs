//! The model's integration tests, one binary: edits, undo and redo on generated
//! sessions. They need nothing but the model (no files, no RON, no egui), so
//! `cargo test -p dacum-model` builds only the model and proptest.

mod edit_kinds;
mod edits;
mod every_edit;
mod id_derived;
mod random_edits;
