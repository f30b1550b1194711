//! Drivers and votes as CSV, because facilitators often collect scores in a
//! spreadsheet. Columns: category, title, description, participant, uncertainty,
//! impact — in any order, as the header row says. Comma or semicolon separated
//! (spreadsheets in different locales write either), UTF-8 with or without a
//! byte-order mark. Every bad row is reported with its row number and nothing is
//! imported until the whole file is good.

use std::collections::BTreeMap;
use std::fmt;

use thiserror::Error;

use crate::model::{Category, Driver, Edit, Id, Participant, Session, Vote};

/// The columns, in the order an export writes them.
pub const COLUMNS: [&str; 6] = [
    "category",
    "title",
    "description",
    "participant",
    "uncertainty",
    "impact",
];

/// One problem in a CSV file; `row` counts the header as row 1, like a spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("row {row}: {message}")]
pub struct RowError {
    pub row: usize,
    pub message: String,
}

/// Every problem found; the file is imported only when there are none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvErrors(pub Vec<RowError>);

impl fmt::Display for CsvErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, error) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CsvErrors {}

/// One checked data row.
#[derive(Clone, Debug, PartialEq)]
pub struct DriverRow {
    pub row: usize,
    pub category: Category,
    pub title: String,
    pub description: String,
    pub participant: Option<String>,
    /// Both scores, when the row carries a vote.
    pub scores: Option<(u8, u8)>,
}

/// Reads and checks a whole file.
pub fn parse_drivers_csv(text: &str) -> Result<Vec<DriverRow>, CsvErrors> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = guess_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let fail = |row, message: String| CsvErrors(vec![RowError { row, message }]);
    let header = match records.next() {
        None => {
            return Err(fail(
                1,
                "the file is empty; the first row must name the columns".to_owned(),
            ));
        }
        Some(Err(e)) => return Err(fail(1, format!("cannot read the header: {e}"))),
        Some(Ok(header)) => header,
    };
    let columns = read_header(&header).map_err(|message| fail(1, message))?;
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut votes_seen: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (index, record) in records.enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                errors.push(RowError {
                    row,
                    message: format!("cannot read the row: {e}"),
                });
                continue;
            }
        };
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        match read_row(&columns, &record, row) {
            Ok(parsed) => {
                if let (Some(participant), Some(_)) = (&parsed.participant, parsed.scores) {
                    let key = (parsed.title.to_lowercase(), participant.to_lowercase());
                    if let Some(first) = votes_seen.insert(key, row) {
                        errors.push(RowError {
                            row,
                            message: format!(
                                "{participant} already voted on \"{}\" in row {first}",
                                parsed.title
                            ),
                        });
                        continue;
                    }
                }
                rows.push(parsed);
            }
            Err(message) => errors.push(RowError { row, message }),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(CsvErrors(errors))
    }
}

/// The separator that splits the header into the most known column names.
fn guess_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let known = |sep: char| {
        header
            .split(sep)
            .filter(|name| COLUMNS.contains(&name.trim().trim_matches('"').to_lowercase().as_str()))
            .count()
    };
    if known(';') > known(',') { b';' } else { b',' }
}

/// Where each column is: index of the column in the file, per known name.
struct Columns([Option<usize>; 6]);

impl Columns {
    fn get<'r>(&self, record: &'r csv::StringRecord, column: usize) -> &'r str {
        self.0[column]
            .and_then(|i| record.get(i))
            .map_or("", str::trim)
    }
}

fn read_header(header: &csv::StringRecord) -> Result<Columns, String> {
    let mut found = [None; 6];
    for (index, name) in header.iter().enumerate() {
        let name = name.trim().to_lowercase();
        if name.is_empty() {
            continue;
        }
        match COLUMNS.iter().position(|c| *c == name) {
            Some(column) if found[column].is_some() => {
                return Err(format!("the column \"{name}\" appears twice"));
            }
            Some(column) => found[column] = Some(index),
            None => {
                return Err(format!(
                    "unknown column \"{name}\"; the columns are {}",
                    COLUMNS.join(", ")
                ));
            }
        }
    }
    for required in [0, 1] {
        if found[required].is_none() {
            return Err(format!(
                "the header has no \"{}\" column",
                COLUMNS[required]
            ));
        }
    }
    Ok(Columns(found))
}

fn read_row(
    columns: &Columns,
    record: &csv::StringRecord,
    row: usize,
) -> Result<DriverRow, String> {
    let category = parse_category(columns.get(record, 0))?;
    let title = columns.get(record, 1);
    if title.is_empty() {
        return Err("the title is empty".to_owned());
    }
    let participant = Some(columns.get(record, 3))
        .filter(|p| !p.is_empty())
        .map(str::to_owned);
    let uncertainty = parse_score("uncertainty", columns.get(record, 4))?;
    let impact = parse_score("impact", columns.get(record, 5))?;
    let scores = match (uncertainty, impact, &participant) {
        (None, None, _) => None,
        (Some(u), Some(i), Some(_)) => Some((u, i)),
        (Some(_), Some(_), None) => {
            return Err("scores without a participant: who voted?".to_owned());
        }
        (Some(_), None, _) => return Err("an uncertainty score without an impact score".to_owned()),
        (None, Some(_), _) => return Err("an impact score without an uncertainty score".to_owned()),
    };
    Ok(DriverRow {
        row,
        category,
        title: title.to_owned(),
        description: columns.get(record, 2).to_owned(),
        participant,
        scores,
    })
}

fn parse_category(text: &str) -> Result<Category, String> {
    if text.eq_ignore_ascii_case("e") {
        return Err("category \"E\" is ambiguous: write Economic or Environmental".to_owned());
    }
    Category::ALL
        .into_iter()
        .find(|c| c.name().eq_ignore_ascii_case(text))
        .ok_or_else(|| {
            format!(
                "category \"{text}\" is not one of {}",
                Category::ALL.map(Category::name).join(", ")
            )
        })
}

fn parse_score(what: &str, text: &str) -> Result<Option<u8>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(score) if (1..=5).contains(&score) => Ok(Some(score)),
        _ => Err(format!(
            "{what} \"{text}\" is not a whole number from 1 to 5"
        )),
    }
}

/// What an import adds, for the message after it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub drivers: usize,
    pub participants: usize,
    pub votes: usize,
    pub updated_votes: usize,
}

/// The one edit (a batch, so one undo step) that adds the rows to a session:
/// drivers are matched to existing ones by category and title, participants by
/// name (both ignoring case), and a vote that exists is updated.
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
            let vote = match pestle.vote(driver, participant) {
                Some(existing) => {
                    counts.updated_votes += 1;
                    Vote {
                        uncertainty,
                        impact,
                        ..existing.clone()
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

/// Every vote as a row (drivers without votes as a row of their own), comma
/// separated with a byte-order mark so spreadsheets read it as UTF-8.
pub fn export_drivers_csv(session: &Session) -> Result<String, csv::Error> {
    let pestle = &session.pestle;
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    for driver in &pestle.drivers {
        let base = [
            driver.category.name(),
            driver.title.as_str(),
            driver.description.as_str(),
        ];
        let mut any = false;
        for participant in &pestle.participants {
            if let Some(vote) = pestle.vote(driver.id, participant.id) {
                any = true;
                let (u, i) = (vote.uncertainty.to_string(), vote.impact.to_string());
                writer.write_record(base.iter().copied().chain([
                    participant.name.as_str(),
                    &u,
                    &i,
                ]))?;
            }
        }
        if !any {
            writer.write_record(base.iter().copied().chain(["", "", ""]))?;
        }
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<DriverRow> {
        parse_drivers_csv(text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn errors(text: &str) -> Vec<(usize, String)> {
        match parse_drivers_csv(text) {
            Ok(rows) => panic!("accepted: {rows:?}"),
            Err(CsvErrors(errors)) => errors.into_iter().map(|e| (e.row, e.message)).collect(),
        }
    }

    #[test]
    fn commas_semicolons_quotes_and_bom() {
        let comma = "category,title,description,participant,uncertainty,impact\n\
                     Legal,EU procedural rights,\"Directives on suspects' rights, detention\",Ana Popescu,3,4\n";
        let semicolon = "\u{feff}Category;Title;Description;Participant;Uncertainty;Impact\r\n\
                         legal;EU procedural rights;\"Directives on suspects' rights, detention\";Ana Popescu;3;4\r\n";
        for text in [comma, semicolon] {
            let parsed = rows(text);
            assert_eq!(parsed.len(), 1);
            let row = &parsed[0];
            assert_eq!(
                (row.row, row.category, row.title.as_str()),
                (2, Category::Legal, "EU procedural rights")
            );
            assert_eq!(row.description, "Directives on suspects' rights, detention");
            assert_eq!(
                (row.participant.as_deref(), row.scores),
                (Some("Ana Popescu"), Some((3, 4)))
            );
        }
    }

    #[test]
    fn the_header_decides_the_order_and_optional_columns_may_be_missing() {
        let parsed = rows(
            "impact;participant;title;category;uncertainty\n5;Jonas;Prison overcrowding;SOCIAL;2\n",
        );
        assert_eq!(parsed[0].scores, Some((2, 5)));
        assert_eq!(parsed[0].category, Category::Social);
        let parsed = rows("title,category\nBudget austerity,Economic\n\n");
        assert_eq!(
            (
                parsed.len(),
                parsed[0].participant.as_ref(),
                parsed[0].scores
            ),
            (1, None, None)
        );
    }

    #[test]
    fn bad_rows_are_all_reported_with_their_numbers() {
        let text = "category,title,participant,uncertainty,impact\n\
                    Political,Penal policy,Ana,4,5\n\
                    E,Budget,Ana,3,3\n\
                    Legal,,Ana,3,3\n\
                    Social,Ageing,Ana,6,3\n\
                    Social,Radicalisation,,3,3\n\
                    Technological,AI tools,Ana,high,4\n\
                    Legal,Rights,Ana,3,\n\
                    Political,penal policy,ANA,2,2\n";
        let found = errors(text);
        let rows: Vec<usize> = found.iter().map(|e| e.0).collect();
        assert_eq!(rows, [3, 4, 5, 6, 7, 8, 9], "{found:#?}");
        assert!(found[0].1.contains("ambiguous"));
        assert!(
            found[2]
                .1
                .contains("\"6\" is not a whole number from 1 to 5")
        );
        assert!(found[6].1.contains("already voted") && found[6].1.contains("row 2"));
    }

    #[test]
    fn header_problems_are_row_1() {
        for (text, expected) in [
            ("", "empty"),
            ("category,titel\n", "unknown column \"titel\""),
            ("title,impact\n", "no \"category\" column"),
            ("title,category,title\n", "appears twice"),
        ] {
            let found = errors(text);
            assert_eq!(found[0].0, 1, "{text:?}");
            assert!(found[0].1.contains(expected), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn import_matches_existing_drivers_and_participants_and_updates_votes() {
        let mut session = Session::default();
        let driver = Driver::new(Category::Political, "Penal policy");
        let ana = Participant::new("Ana");
        session
            .pestle
            .votes
            .push(Vote::new(driver.id, ana.id, 1, 1));
        session.pestle.drivers.push(driver.clone());
        session.pestle.participants.push(ana.clone());
        let parsed = rows(
            "category,title,participant,uncertainty,impact\n\
             Political,penal policy,ana,4,5\n\
             Political,Penal policy,Jonas,3,4\n\
             Economic,Budget austerity,Jonas,2,5\n\
             Social,Ageing prison population,,,\n",
        );
        let (edit, counts) = import_edit(&session, &parsed);
        assert_eq!(
            counts,
            ImportCounts {
                drivers: 2,
                participants: 1,
                votes: 2,
                updated_votes: 1
            }
        );
        let before = session.clone();
        let undo = session.apply(edit).expect("applies");
        let pestle = &session.pestle;
        assert_eq!(pestle.drivers.len(), 3);
        assert_eq!(pestle.participants.len(), 2);
        assert_eq!(
            pestle
                .vote(driver.id, ana.id)
                .map(|v| (v.uncertainty, v.impact)),
            Some((4, 5))
        );
        assert_eq!(pestle.votes.len(), 3);
        session.apply(undo).expect("undo");
        assert_eq!(session, before);
    }

    #[test]
    fn export_then_import_gives_the_same_drivers_and_votes() {
        let mut session = Session::default();
        let drivers = [
            Driver::new(Category::Legal, "EU rights, \"directives\""),
            Driver::new(Category::Environmental, "Heat stress"),
        ];
        let people = [
            Participant::new("Ioana Mărgineanu"),
            Participant::new("Jiří Řezníček"),
        ];
        session
            .pestle
            .votes
            .push(Vote::new(drivers[0].id, people[0].id, 2, 5));
        session
            .pestle
            .votes
            .push(Vote::new(drivers[0].id, people[1].id, 4, 4));
        session.pestle.drivers.extend(drivers);
        session.pestle.participants.extend(people);
        let text = export_drivers_csv(&session).expect("exports");
        assert!(text.starts_with('\u{feff}'));
        let mut fresh = Session::default();
        let (edit, counts) = import_edit(&fresh, &rows(&text));
        assert_eq!(
            counts,
            ImportCounts {
                drivers: 2,
                participants: 2,
                votes: 2,
                updated_votes: 0
            }
        );
        fresh.apply(edit).expect("applies");
        let summary = |s: &Session| {
            let p = &s.pestle;
            let mut votes: Vec<(String, String, u8, u8)> = p
                .votes
                .iter()
                .filter_map(|v| {
                    let d = p.driver(v.driver)?;
                    let who = p.participants.iter().find(|x| x.id == v.participant)?;
                    Some((d.title.clone(), who.name.clone(), v.uncertainty, v.impact))
                })
                .collect();
            votes.sort();
            (
                p.drivers
                    .iter()
                    .map(|d| (d.category, d.title.clone()))
                    .collect::<Vec<_>>(),
                votes,
            )
        };
        assert_eq!(summary(&fresh), summary(&session));
    }
}
