//! A file of answers as a table of text cells, whatever it came as (a CSV
//! file, a sheet of a workbook), with the place of every cell in the words the
//! file's own program uses: "row 12, column D".

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx, open_workbook_from_rs};

use crate::driver_csv::{decode_csv, misplaced_quote};
use crate::translations::form::xlsx::not_a_workbook;

/// The cells of a file, row by row; the first row is the header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Vec<String>>,
}

/// The spreadsheet name of a column counted from 0: A, B, …, Z, AA, AB ….
pub fn column_name(index: usize) -> String {
    let mut name = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let digit = (n - 1) % 26;
        name.push(b'A' + u8::try_from(digit).unwrap_or(0));
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// Why a CSV file could not be read as a table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableError {
    /// 1-based row, when the problem has one.
    pub row: Option<usize>,
    pub message: String,
}

impl Table {
    /// Reads CSV bytes: UTF-8 with or without a byte-order mark, separated by
    /// commas, semicolons (what spreadsheets in many European locales and
    /// KoboToolbox write) or tabs, whichever splits the header most.
    pub fn from_csv(bytes: &[u8]) -> Result<Table, TableError> {
        let text = decode_csv(bytes).map_err(|e| TableError {
            row: None,
            message: e.to_string(),
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let delimiter = guess_delimiter(text);
        if let Some(at) = misplaced_quote(text, delimiter) {
            let row = text[..at.min(text.len())].matches('\n').count() + 1;
            return Err(TableError {
                row: Some(row),
                message: "a quote opens a cell but is never closed, or stands inside a cell; \
                          the rows after it would run together"
                    .to_owned(),
            });
        }
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut rows = Vec::new();
        for (index, record) in reader.records().enumerate() {
            let record = record.map_err(|e| TableError {
                row: Some(index + 1),
                message: format!("not a readable CSV row: {e}"),
            })?;
            rows.push(record.iter().map(str::to_owned).collect());
        }
        Ok(Table { rows })
    }
}

impl Table {
    /// Reads the first sheet of an Excel workbook (.xlsx): the data-entry
    /// workbook, or a collection tool's export. Numbers read as people typed
    /// them ("4", not "4.0"); dates as their serial number; a cell holding a
    /// spreadsheet error (`#DIV/0!`) is refused at its place.
    pub fn from_xlsx(bytes: &[u8]) -> Result<Table, TableError> {
        let whole = |message: String| TableError { row: None, message };
        if !bytes.starts_with(b"PK\x03\x04") {
            return Err(whole(not_a_workbook(bytes)));
        }
        let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| {
            whole(format!(
                "the file is damaged or is not an Excel workbook (.xlsx): {e}"
            ))
        })?;
        let sheet = workbook
            .sheet_names()
            .first()
            .cloned()
            .ok_or_else(|| whole("the workbook has no sheet".to_owned()))?;
        let mut cells = workbook
            .worksheet_cells_reader(&sheet)
            .map_err(|e| whole(format!("the sheet “{sheet}” cannot be read: {e}")))?;
        let mut rows: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        loop {
            let cell = match cells.next_cell() {
                Ok(Some(cell)) => cell,
                Ok(None) => break,
                Err(e) => return Err(whole(format!("the sheet “{sheet}” cannot be read: {e}"))),
            };
            let (row, column) = cell.get_position();
            let (Ok(row), Ok(column)) = (usize::try_from(row), usize::try_from(column)) else {
                continue;
            };
            let text = match cell.get_value() {
                DataRef::String(s) => s.clone(),
                DataRef::SharedString(s) => (*s).to_owned(),
                DataRef::Empty => String::new(),
                DataRef::Int(n) => n.to_string(),
                DataRef::Float(x) => x.to_string(),
                DataRef::Bool(b) => b.to_string(),
                // Dates are in the tools' own columns (start, end), which
                // are skipped: their serial number is enough.
                DataRef::DateTime(d) => d.as_f64().to_string(),
                DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
                DataRef::Error(e) => {
                    return Err(TableError {
                        row: Some(row + 1),
                        message: format!(
                            "column {}: the cell holds the spreadsheet error {e}",
                            column_name(column)
                        ),
                    });
                }
            };
            let cells = rows.entry(row).or_default();
            if cells.len() <= column {
                cells.resize(column + 1, String::new());
            }
            cells[column] = text;
        }
        // Rows as the sheet numbers them: a missing row is an empty one.
        let last = rows.keys().next_back().copied();
        let mut table = Table::default();
        if let Some(last) = last {
            table.rows = vec![Vec::new(); last + 1];
            for (row, cells) in rows {
                table.rows[row] = cells;
            }
        }
        Ok(table)
    }
}

fn guess_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    [b';', b'\t']
        .into_iter()
        .map(|d| (count(char::from(d)), d))
        .filter(|&(n, _)| n > count(','))
        .max()
        .map_or(b',', |(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        let names: Vec<String> = [0, 3, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(column_name)
            .collect();
        assert_eq!(names, ["A", "D", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn semicolons_tabs_and_a_byte_order_mark_are_read() {
        let table = Table::from_csv("\u{feff}a;b;c\n1;\"2;3\";4\n".as_bytes()).expect("reads");
        assert_eq!(table.rows, [vec!["a", "b", "c"], vec!["1", "2;3", "4"]]);
        let table = Table::from_csv(b"a\tb\n1\t2\n").expect("reads");
        assert_eq!(table.rows[1], ["1", "2"]);
        let table = Table::from_csv(b"a,b\n1,2\n").expect("reads");
        assert_eq!(table.rows[1], ["1", "2"]);
        let error = Table::from_csv(b"a,b\n1,\"2\n3,4\n").expect_err("open quote");
        assert_eq!(error.row, Some(2));
    }
}
