//! DACUM Studio: an offline app for DACUM job-analysis workshops and PESTLE driver
//! mapping. The library holds the layers; `main.rs` is the command line and app entry.

pub mod export;
pub mod model;
pub mod store;
pub mod ui;
