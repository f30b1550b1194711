//! DACUM Studio: an offline app for DACUM job-analysis workshops and PESTLE driver
//! mapping. This crate is the app (`ui`, egui) and the command line (`main.rs`, `cli/`),
//! with what both run (`pdf_file`); the
//! layers below it are the crates `dacum_model`, `dacum_store` and `dacum_export`.

pub mod pdf_file;
pub mod ui;
