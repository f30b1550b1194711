//! The integration tests, one binary (one link of the app) with shared helpers.

mod cli;
mod cli_messages;
mod edits;
mod examples;
mod export;
mod helpers;
mod malformed;
mod merge;
mod merge_cli;
mod merge_edits;
mod merge_three_way;
mod migration;
mod output_paths;
mod pdf_reading;
mod recovery;
mod roundtrip;
mod save;
mod strategies;
mod strict_fields;
mod ui_app;
mod ui_export;
mod ui_launch;
mod ui_merge;
mod ui_pestle;
mod ui_prompts;
mod ui_saves;
