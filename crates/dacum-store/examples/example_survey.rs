//! Writes the survey round of the prison-officer example
//! (`sessions/prison-officer.ron`): 150 respondents from five countries,
//! unevenly spread, at every level, with the disagreements real surveys show
//! and a few suggested tasks, made by the deterministic generator
//! (`dacum_model::generated::example_survey_round`). Run it again after changing the
//! chart or the generator:
//!
//! ```text
//! cargo run -p dacum-store --example example_survey
//! ```
//!
//! The store's tests check that the example holds exactly this round.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sessions/prison-officer.ron");
    let mut session = match dacum_store::load_session(&path) {
        Ok(session) => session,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let round = dacum_model::generated::example_survey_round(&session);
    session.survey.rounds.retain(|r| r.id != round.id);
    session.survey.rounds.push(round);
    match dacum_store::save_session_without_backup(&path, &session) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            ExitCode::from(2)
        }
    }
}
