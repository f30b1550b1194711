//! Turning checked rows into the one edit that adds them to a session, and the
//! whole import (read, check, build the edit, apply it) that the command line's
//! `import-drivers` and the app's File › Import both run.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

use thiserror::Error;

use super::{CsvFileError, DriverRow, read_drivers_csv};
use dacum_model::{Category, Document, Driver, Edit, EditError, Id, Participant, Session, Vote};

/// What an import adds, for the message after it: "added 1 drivers, 2
/// participants and 2 votes; updated 0 votes".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub drivers: usize,
    pub participants: usize,
    pub votes: usize,
    pub updated_votes: usize,
}

impl fmt::Display for ImportCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "added {} drivers, {} participants and {} votes; updated {} votes",
            self.drivers, self.participants, self.votes, self.updated_votes
        )
    }
}

/// Why an import added nothing. The document is as it was.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The file could not be read, or rows are wrong (every one of them listed).
    #[error(transparent)]
    File(#[from] CsvFileError),
    /// The rows are good, but the session refused the edit.
    #[error(transparent)]
    Apply(#[from] EditError),
}

/// Reads and checks a CSV file of drivers and votes and adds them to the
/// document as one undo step; with any bad row, nothing is added.
pub fn import_drivers(document: &mut Document, csv: &Path) -> Result<ImportCounts, ImportError> {
    let rows = read_drivers_csv(csv)?;
    let (edit, counts) = import_edit(document.session(), &rows);
    document.apply(edit)?;
    Ok(counts)
}

/// The one edit (a batch, so one undo step) that adds the rows to a session:
/// drivers are matched to existing ones by category and title, participants by
/// name (both ignoring case), and a vote that exists is updated. Every lookup is
/// in a map built once, so the work grows with the rows, not their square.
pub fn import_edit(session: &Session, rows: &[DriverRow]) -> (Edit, ImportCounts) {
    let pestle = &session.pestle;
    let mut counts = ImportCounts::default();
    let mut edits = Vec::new();
    let mut drivers: BTreeMap<(Category, String), Id> = pestle
        .drivers
        .iter()
        .map(|d| ((d.category, d.title.trim().to_lowercase()), d.id))
        .collect();
    let mut participants: BTreeMap<String, Id> = pestle
        .participants
        .iter()
        .map(|p| (p.name.trim().to_lowercase(), p.id))
        .collect();
    let existing_votes: HashMap<(Id, Id), &Vote> = pestle
        .votes
        .iter()
        .map(|v| ((v.driver, v.participant), v))
        .collect();
    let (mut next_driver, mut next_participant) = (pestle.drivers.len(), pestle.participants.len());
    for row in rows {
        let key = (row.category, row.title.to_lowercase());
        let driver = *drivers.entry(key).or_insert_with(|| {
            let driver = Driver {
                description: row.description.clone(),
                ..Driver::new(row.category, &row.title)
            };
            let id = driver.id;
            edits.push(Edit::InsertDriver {
                index: next_driver,
                driver,
            });
            next_driver += 1;
            counts.drivers += 1;
            id
        });
        let Some(name) = &row.participant else {
            continue;
        };
        let participant = *participants.entry(name.to_lowercase()).or_insert_with(|| {
            let participant = Participant::new(name);
            let id = participant.id;
            edits.push(Edit::InsertParticipant {
                index: next_participant,
                participant,
            });
            next_participant += 1;
            counts.participants += 1;
            id
        });
        if let Some((uncertainty, impact)) = row.scores {
            let vote = match existing_votes.get(&(driver, participant)) {
                Some(existing) => {
                    counts.updated_votes += 1;
                    Vote {
                        uncertainty,
                        impact,
                        ..(*existing).clone()
                    }
                }
                None => {
                    counts.votes += 1;
                    Vote::new(driver, participant, uncertainty, impact)
                }
            };
            edits.push(Edit::PutVote(vote));
        }
    }
    (Edit::Batch(edits), counts)
}
