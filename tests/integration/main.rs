//! The integration tests, one binary (one link of the app) with shared helpers.

mod cli;
mod csv_import;
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
mod pdf_reading;
mod privacy;
mod recovery;
mod roundtrip;
mod save;
mod strategies;
mod ui_app;
mod ui_export;
mod ui_merge;
mod ui_pestle;
