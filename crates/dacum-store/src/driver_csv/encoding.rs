//! Reading a CSV file from disk: only UTF-8 is read (with or without a byte-order
//! mark). Spreadsheets also save "Unicode text" (UTF-16) and legacy code pages;
//! those are refused with a message that says so and how to save the file
//! instead, rather than guessed at or called "not a session file".

use std::io::Read;
use std::path::Path;

use thiserror::Error;

use super::{CsvErrors, DriverRow, parse_drivers_csv};
use crate::MAX_FILE_SIZE;

/// Why a CSV file could not be imported. Nothing was imported.
#[derive(Debug, Error)]
pub enum CsvFileError {
    #[error("cannot read the file: {0}")]
    Io(#[from] std::io::Error),
    #[error("the file is {size} bytes; CSV files over {MAX_FILE_SIZE} bytes are refused")]
    TooLarge { size: u64 },
    /// The bytes are not UTF-8 text; says what they are instead.
    #[error(
        "not a UTF-8 CSV file: {0}. Save it from the spreadsheet as \"CSV UTF-8\" and import that"
    )]
    NotUtf8(String),
    /// The file is text, but rows are wrong.
    #[error("{0}")]
    Rows(CsvErrors),
}

/// Reads and checks a CSV file of drivers and votes.
pub fn read_drivers_csv(path: &Path) -> Result<Vec<DriverRow>, CsvFileError> {
    let file = std::fs::File::open(path).map_err(CsvFileError::Io)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(CsvFileError::Io)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(CsvFileError::TooLarge { size });
    }
    let text = decode_csv(&bytes)?;
    parse_drivers_csv(text).map_err(CsvFileError::Rows)
}

/// The text of a CSV file, when it is UTF-8.
pub fn decode_csv(bytes: &[u8]) -> Result<&str, CsvFileError> {
    let refuse = |what: String| Err(CsvFileError::NotUtf8(what));
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return refuse("it is UTF-16 (little-endian; it starts with the bytes FF FE)".to_owned());
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return refuse("it is UTF-16 (big-endian; it starts with the bytes FE FF)".to_owned());
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = place(bytes, at);
        return refuse(format!(
            "it has a zero byte at line {line}, column {column} (a binary file, or UTF-16 \
             without a byte-order mark)"
        ));
    }
    std::str::from_utf8(bytes).or_else(|e| {
        let (line, column) = place(bytes, e.valid_up_to());
        refuse(format!(
            "it has a byte that is not UTF-8 at line {line}, column {column} (a file saved in \
             another encoding, such as Windows-1250 or Latin-1)"
        ))
    })
}

/// Line and column (in bytes, from 1) of byte `at`.
fn place(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, at - start + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(bytes: &[u8]) -> String {
        match decode_csv(bytes) {
            Ok(text) => panic!("accepted {text:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn other_encodings_are_named() {
        assert!(refused(&[0xFF, 0xFE, b'a', 0]).contains("not a UTF-8 CSV file: it is UTF-16"));
        assert!(refused(&[0xFE, 0xFF, 0, b'a']).contains("UTF-16 (big-endian"));
        assert!(refused(b"title\nab\0c").contains("zero byte at line 2, column 3"));
        assert!(refused(b"title\nBudget \xE9\n").contains("not UTF-8 at line 2, column 8"));
        assert_eq!(
            decode_csv("\u{feff}title\nȘ".as_bytes()).ok(),
            Some("\u{feff}title\nȘ")
        );
    }
}
