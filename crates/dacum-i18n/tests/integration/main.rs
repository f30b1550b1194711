//! The catalogues' tests: one binary, a module per topic. They build without
//! egui or any other crate of ours.

mod catalogues;
mod plurals;
