//! The app's integration tests, one binary (one link of the app) with shared
//! helpers: the CLI run as a process, and the UI driven through kittest. The
//! model's, the store's and the export's tests live with their crates.

mod architecture;
mod cli;
mod cli_errors;
mod cli_messages;
mod csv_import;
mod helpers;
mod merge_cli;
mod output_paths;
/// Shared with the export's tests, which own it; the app's tests use part of it.
#[path = "../../crates/dacum-export/tests/integration/pdf_reading.rs"]
#[allow(dead_code)]
mod pdf_reading;
mod save;
mod survey_cli;
mod translate_cli;
mod ui_app;
mod ui_export;
mod ui_language;
mod ui_launch;
mod ui_merge;
mod ui_pestle;
mod ui_prompts;
mod ui_saves;
