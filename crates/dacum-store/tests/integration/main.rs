//! The store's integration tests, one binary: reading and writing session files,
//! and every test of the model that needs the shipped example sessions or a trip
//! through RON (merging, edits on the examples).

mod edits;
mod examples;
mod fuzz;
mod helpers;
mod malformed;
mod merge;
mod merge_edits;
mod merge_three_way;
mod migration;
mod recovery;
mod roundtrip;
mod strict_fields;
mod survey_file;
mod survey_roundtrip;
