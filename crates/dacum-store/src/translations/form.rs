//! The two-column form for a translator without a CAT tool: a CSV file a
//! spreadsheet opens, one row per text — its id and code (leave them), the source
//! text, and the translation to fill in, with a last column to mark it reviewed.
//! The header names the two languages ("en", "cs"), which is how reading knows
//! them. Cells a spreadsheet would run as formulas are escaped as the drivers CSV
//! escapes them. The file starts with a byte-order mark, without which Excel
//! reads UTF-8 as the Windows code page and garbles every diacritic.

use dacum_model::Session;
use dacum_model::translation::State;
use dacum_model::translation::exchange::{Unit, UnitError, units_for};

use crate::driver_csv::formula;

const ID: &str = "id";
const CODE: &str = "code";
const REVIEWED: &str = "reviewed";

/// The form of a session's texts for translation into `language`.
pub fn write_form(session: &Session, language: &str) -> String {
    let language = dacum_model::translation::canonical_language(language);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let working = session.working_language();
    let mut rows: Vec<Vec<String>> = vec![vec![
        ID.to_owned(),
        CODE.to_owned(),
        working,
        language.clone(),
        REVIEWED.to_owned(),
    ]];
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

/// Reads a filled-in form: the source and target languages from the header, and
/// the units (rows with an empty translation are kept, as empty units).
pub fn read_form(text: &str) -> Result<(String, String, Vec<Unit>), UnitError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(error)) => return Err(csv_error(&error)),
        None => {
            return Err(UnitError {
                position: None,
                message: "the form is empty".to_owned(),
            });
        }
    };
    let cells: Vec<&str> = header.iter().map(str::trim).collect();
    let (source, target) = match cells.as_slice() {
        [ID, CODE, source, target, ..] if !source.is_empty() && !target.is_empty() => {
            ((*source).to_owned(), (*target).to_owned())
        }
        _ => {
            return Err(UnitError {
                position: Some((1, 1)),
                message: format!(
                    "the first row must be the form's header: id, code, the source language, the target language, reviewed (found: {})",
                    cells.join(", ")
                ),
            });
        }
    };
    let mut units = Vec::new();
    for record in records {
        let record = record.map_err(|e| csv_error(&e))?;
        let line = record
            .position()
            .map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |i: usize| record.get(i).unwrap_or("");
        units.push(Unit {
            key: cell(0).trim().to_owned(),
            source: formula::unescape(cell(2)).to_owned(),
            target: formula::unescape(cell(3)).to_owned(),
            reviewed: matches!(
                cell(4).trim().to_lowercase().as_str(),
                "yes" | "y" | "x" | "1" | "true" | "ja" | "ano" | "da"
            ),
            position: (line, 1),
        });
    }
    Ok((source, target, units))
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
