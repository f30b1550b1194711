//! Drivers and votes as CSV, because facilitators often collect scores in a
//! spreadsheet. Columns: category, title, description, participant, uncertainty,
//! impact — in any order, as the header row says. Comma or semicolon separated
//! (spreadsheets in different locales write either), UTF-8 with or without a
//! byte-order mark; a file in another encoding is refused as such. Every bad row
//! is reported with its row number and nothing is imported until the whole file
//! is good: a quote left open (which would swallow the rows after it into one
//! cell) and a cell beyond the named columns (which would be dropped) are errors.
//! Cells a spreadsheet would run as a formula are escaped (see `formula.rs`).

mod encoding;
pub(crate) mod formula;
mod import;

use std::collections::BTreeMap;
use std::fmt;

use thiserror::Error;

use dacum_model::{Category, Session};

pub use encoding::{CsvFileError, decode_csv, read_drivers_csv};
pub use import::{ImportCounts, ImportError, import_drivers, import_edit};

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
    if header.iter().any(|cell| cell.contains('\n')) {
        return Err(fail(1, UNCLOSED_QUOTE.to_owned()));
    }
    let columns = read_header(&header).map_err(|message| fail(1, message))?;
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut votes_seen: BTreeMap<(Category, String, String), usize> = BTreeMap::new();
    let bad_quote = misplaced_quote(text, delimiter);
    // Where each row starts in the text, to find the row of a misplaced quote.
    let mut starts: Vec<(u64, usize)> = vec![(0, 1)];
    for (index, record) in records.enumerate() {
        let row = index + 2;
        let record = match record {
            Ok(record) => {
                if bad_quote.is_some() {
                    starts.push((record.position().map_or(0, csv::Position::byte), row));
                }
                record
            }
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
        match columns
            .check(&record)
            .and_then(|()| read_row(&columns, &record, row))
        {
            Ok(parsed) => {
                if let (Some(participant), Some(_)) = (&parsed.participant, parsed.scores) {
                    // One vote per driver, and a driver is its category and title.
                    let key = (
                        parsed.category,
                        parsed.title.to_lowercase(),
                        participant.to_lowercase(),
                    );
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
    // A quote left open, or closed before the end of its cell, runs the rows
    // after it into one cell (or garbles the cell) without any other sign.
    if let Some(at) = bad_quote {
        let row = starts
            .iter()
            .rev()
            .find(|(start, _)| *start <= at as u64)
            .map_or(1, |(_, row)| *row);
        if row == 1 {
            return Err(fail(1, UNCLOSED_QUOTE.to_owned()));
        }
        errors.retain(|e| e.row != row);
        errors.push(RowError {
            row,
            message: UNCLOSED_QUOTE.to_owned(),
        });
        errors.sort_by_key(|e| e.row);
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(CsvErrors(errors))
    }
}

const UNCLOSED_QUOTE: &str = "a quote (\") opens a cell in this row and is not closed where the cell \
     ends, so the rows after it run into the cell; close the quote or remove it";

/// The byte where a quoted cell goes wrong, read the way the csv crate reads it:
/// a quote opens a quoted cell only at the start of a cell, two quotes inside one
/// stand for a quote, and one quote closes it — and must end the cell. Gives the
/// opening quote of a cell still open at the end of the file, or the first
/// character after a closing quote that is not a separator or a line break.
pub(crate) fn misplaced_quote(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut opened = None;
    let mut at_cell_start = true;
    let mut just_closed = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if opened.is_some() {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    opened = None;
                    just_closed = true;
                }
            }
            i += 1;
            continue;
        }
        let ends_cell = b == delimiter || b == b'\n' || b == b'\r';
        if just_closed && !ends_cell {
            return Some(i);
        }
        just_closed = false;
        if b == b'"' && at_cell_start {
            opened = Some(i);
        }
        at_cell_start = ends_cell;
        i += 1;
    }
    opened
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

/// Where each column is: index of the column in the file, per known name; and
/// how many cells the header has.
struct Columns {
    found: [Option<usize>; 6],
    width: usize,
}

impl Columns {
    /// The cell of a known column, trimmed and with its formula escape undone.
    fn get<'r>(&self, record: &'r csv::StringRecord, column: usize) -> &'r str {
        self.found[column]
            .and_then(|i| record.get(i))
            .map_or("", |cell| formula::unescape(cell.trim()))
    }

    /// Refuses a row that would lose or garble a cell: one beyond the named
    /// columns, and a line break in any cell but the description (the mark of a
    /// quote left open, which runs the next rows into the cell; the quote scan
    /// finds most such quotes, this the rest).
    fn check(&self, record: &csv::StringRecord) -> Result<(), String> {
        for (index, cell) in record.iter().enumerate() {
            let column = self.found.iter().position(|c| *c == Some(index));
            if column.is_none() && !cell.trim().is_empty() {
                return Err(if index >= self.width {
                    format!(
                        "this row has {} cells but the header names {} columns; \
                         \"{}\" would be lost",
                        record.len(),
                        self.width,
                        cell.trim()
                    )
                } else {
                    format!(
                        "cell {} holds \"{}\" but the header names no column there",
                        index + 1,
                        cell.trim()
                    )
                });
            }
            if column != Some(2) && cell.contains('\n') {
                return Err(UNCLOSED_QUOTE.to_owned());
            }
        }
        Ok(())
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
    Ok(Columns {
        found,
        width: header.len(),
    })
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

/// Every vote as a row (drivers without votes as a row of their own), comma
/// separated with a byte-order mark so spreadsheets read it as UTF-8. Text cells
/// a spreadsheet would run as a formula are escaped.
pub fn export_drivers_csv(session: &Session) -> Result<String, csv::Error> {
    let pestle = &session.pestle;
    let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
    writer.write_record(COLUMNS)?;
    let mut votes: BTreeMap<_, Vec<_>> = BTreeMap::new();
    for vote in &pestle.votes {
        votes.entry(vote.driver).or_default().push(vote);
    }
    let order: BTreeMap<_, usize> = pestle
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, i))
        .collect();
    for driver in &pestle.drivers {
        let base = [
            formula::escape(driver.category.name()),
            formula::escape(&driver.title),
            formula::escape(&driver.description),
        ];
        // In the order of the participants, as the votes grid shows them.
        let mut rows: Vec<(usize, &dacum_model::Vote)> = votes
            .get(&driver.id)
            .into_iter()
            .flatten()
            .filter_map(|v| Some((*order.get(&v.participant)?, *v)))
            .collect();
        rows.sort_by_key(|(i, _)| *i);
        rows.dedup_by_key(|(i, _)| *i);
        for (i, vote) in &rows {
            let name = formula::escape(&pestle.participants[*i].name);
            let (u, im) = (vote.uncertainty.to_string(), vote.impact.to_string());
            writer.write_record(base.iter().map(|c| &**c).chain([
                &*name,
                u.as_str(),
                im.as_str(),
            ]))?;
        }
        if rows.is_empty() {
            writer.write_record(base.iter().map(|c| &**c).chain(["", "", ""]))?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(csv::IntoInnerError::into_error)?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
}

#[cfg(test)]
mod tests;
