//! The two-column form for a translator without a CAT tool: one row per text —
//! its id and code (leave them), the source text, and the translation to fill
//! in, with a last column to mark it reviewed. The header names the two
//! languages ("en", "cs"), which is how reading knows them. The form is a CSV
//! file (here) or an Excel workbook (`form/xlsx.rs`); both are read into rows of
//! text and checked by the same code (`form_of`), so they mean the same.
//!
//! In the CSV file, cells a spreadsheet would run as formulas are escaped as the
//! drivers CSV escapes them, and the file starts with a byte-order mark, without
//! which Excel reads UTF-8 as the Windows code page and garbles every diacritic.

pub(crate) mod xlsx;

use dacum_model::Session;
use dacum_model::translation::State;
use dacum_model::translation::exchange::{Position, Unit, UnitError, units_for};

use crate::driver_csv::formula;

pub use xlsx::{SheetError, cell_name, read_form_xlsx, write_form_xlsx};

const ID: &str = "id";
const CODE: &str = "code";
const REVIEWED: &str = "reviewed";

/// A form as read: the languages its header names and where (for an error
/// about one of them), and a unit for every row that is not empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub source: String,
    pub target: String,
    pub source_at: Position,
    pub target_at: Position,
    pub units: Vec<Unit>,
}

/// The header row: id, code, the two languages, reviewed.
fn header(working: String, language: String) -> [String; 5] {
    [
        ID.to_owned(),
        CODE.to_owned(),
        working,
        language,
        REVIEWED.to_owned(),
    ]
}

/// How the reviewed column reads: what a translator may type for "yes" in the
/// languages of the project, or a spreadsheet's TRUE or 1.
fn is_reviewed(cell: &str) -> bool {
    matches!(
        cell.trim().to_lowercase().as_str(),
        "yes" | "y" | "x" | "1" | "true" | "ja" | "ano" | "da"
    )
}

/// The text of a row's cell, empty past its end.
fn cell(row: &Row, column: usize) -> &str {
    row.cells.get(column).map_or("", String::as_str)
}

/// One row of a form as read: its line (CSV) or row number (sheet), from 1,
/// and its cells as text.
struct Row {
    number: usize,
    cells: Vec<String>,
}

/// The form from its rows, the first being the header. `at` gives the position
/// of a row's cell (by row number and column index from 0) for errors: the
/// line in a CSV file, the cell in a sheet.
fn form_of(rows: Vec<Row>, at: impl Fn(usize, usize) -> Position) -> Result<Form, UnitError> {
    let mut rows = rows.into_iter();
    let Some(header) = rows.next() else {
        return Err(UnitError {
            position: None,
            message: "the form is empty".to_owned(),
        });
    };
    let cells: Vec<&str> = header.cells.iter().map(|c| c.trim()).collect();
    let (source, target) = match cells.as_slice() {
        [ID, CODE, source, target, ..] if !source.is_empty() && !target.is_empty() => {
            ((*source).to_owned(), (*target).to_owned())
        }
        _ => {
            return Err(UnitError {
                position: Some(at(header.number, 0)),
                message: format!(
                    "the first row must be the form's header: id, code, the source language, the target language, reviewed (found: {})",
                    cells.join(", ")
                ),
            });
        }
    };
    let units = rows
        .filter(|row| !row.cells.iter().all(|c| c.trim().is_empty()))
        .map(|row| Unit {
            key: cell(&row, 0).trim().to_owned(),
            source: cell(&row, 2).to_owned(),
            target: cell(&row, 3).to_owned(),
            reviewed: is_reviewed(cell(&row, 4)),
            position: at(row.number, 0),
        })
        .collect();
    Ok(Form {
        source,
        target,
        source_at: at(header.number, 2),
        target_at: at(header.number, 3),
        units,
    })
}

/// The form of a session's texts for translation into `language`.
pub fn write_form(session: &Session, language: &str) -> String {
    let language = dacum_model::translation::canonical_language(language);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> =
        vec![header(session.working_language(), language.clone()).into()];
    for (slot, unit, state) in units_for(session, &language) {
        rows.push(vec![
            unit.key,
            slot.code,
            formula::escape(&unit.source).into_owned(),
            formula::escape(&unit.target).into_owned(),
            if state == State::Reviewed { "yes" } else { "" }.to_owned(),
        ]);
    }
    for row in rows {
        // Writing to memory cannot fail.
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

/// Reads a filled-in CSV form: the source and target languages from the
/// header, and the units (rows with an empty translation are kept, as empty
/// units). Positions are lines, at their first column.
pub fn read_form(text: &str) -> Result<Form, UnitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e))?;
        let number = record
            .position()
            .map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
        // The header is never escaped; a source or target cell is.
        let cells = record
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                if rows.is_empty() || !matches!(i, 2 | 3) {
                    cell.to_owned()
                } else {
                    formula::unescape(cell).to_owned()
                }
            })
            .collect();
        rows.push(Row { number, cells });
    }
    form_of(rows, |line, _| (line, 1))
}

fn csv_error(error: &csv::Error) -> UnitError {
    let line = error
        .position()
        .map(|p| (usize::try_from(p.line()).unwrap_or(usize::MAX), 1));
    UnitError {
        position: line,
        message: format!("the form cannot be read as CSV: {error}"),
    }
}
