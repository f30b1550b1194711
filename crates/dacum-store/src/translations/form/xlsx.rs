//! The two-column form as an Excel workbook (.xlsx), for a translator who works
//! in a spreadsheet: the same columns as the CSV form on one sheet,
//! "Translations", with the header bold and frozen, the id and code in grey (to
//! be left alone), the source and target wrapped, and the sheet protected
//! without a password so that only the translation and reviewed cells take
//! typing. Every cell is written as a string, never as a formula, so a text
//! starting with "=" stays a text and needs none of the CSV's escaping; the
//! translation cells are formatted as text, so what a translator types there
//! ("=…", "1/2") stays text too.
//!
//! Written with `rust_xlsxwriter`, read with `calamine`, one cell at a time (a
//! workbook whose cells lie far apart is never laid out as a whole grid).
//! Positions are a sheet's rows and columns, from 1, and say which sheet they
//! are in ([`SheetError`], [`cell_name`]).

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx, open_workbook_from_rs};
use dacum_model::Session;
use dacum_model::translation::State;
use dacum_model::translation::exchange::{Position, UnitError, units_for};
use rust_xlsxwriter::{
    Color, Format, FormatAlign, FormatBorder, ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use super::{Form, Row, form_of, header};

/// The name of the form's sheet.
pub const SHEET: &str = "Translations";

/// The most a cell holds, in UTF-16 code units (Excel's limit).
const CELL_LIMIT: usize = 32_767;

/// The columns the form has; cells to their right are not read.
const COLUMNS: usize = 5;

/// Widths of the columns, in characters: id, code, source, target, reviewed.
const WIDTHS: [f64; COLUMNS] = [14.0, 8.0, 60.0, 60.0, 10.0];

/// An error in a workbook, with the sheet its position is in (none when the
/// error is about the file as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetError {
    pub sheet: Option<String>,
    pub error: UnitError,
}

/// A cell as a person finds it: "sheet Translations, row 12, column D".
pub fn cell_name(sheet: &str, (row, column): Position) -> String {
    format!(
        "sheet {sheet}, row {row}, column {}",
        // Columns count from 1 here, from 0 in the answers table.
        crate::survey_answers::column_name(column.saturating_sub(1))
    )
}

/// The form of a session's texts for translation into `language`, as the bytes
/// of an .xlsx file; an error (a text longer than a cell holds) says which text.
pub fn write_form_xlsx(session: &Session, language: &str) -> Result<Vec<u8>, String> {
    let language = dacum_model::translation::canonical_language(language);
    let units = units_for(session, &language);
    for (slot, unit, _) in &units {
        for text in [&unit.source, &unit.target] {
            let length = text.encode_utf16().count();
            if length > CELL_LIMIT {
                let name = if slot.code.is_empty() {
                    &unit.key
                } else {
                    &slot.code
                };
                return Err(format!(
                    "the text of {name} has {length} characters, more than a spreadsheet cell holds ({CELL_LIMIT}): exchange this session's texts as XLIFF (.xlf) or as the CSV form instead"
                ));
            }
        }
    }
    let rows: Vec<[String; COLUMNS]> = units
        .into_iter()
        .map(|(slot, unit, state)| {
            let reviewed = if state == State::Reviewed { "yes" } else { "" };
            [
                unit.key,
                slot.code,
                unit.source,
                unit.target,
                reviewed.to_owned(),
            ]
        })
        .collect();
    let header = header(session.working_language(), language);
    workbook(&header, &rows)
        .and_then(|mut workbook| workbook.save_to_buffer())
        .map_err(|e| format!("the spreadsheet cannot be made: {e}"))
}

/// The cell formats of the form, by column; the header's apart.
struct Formats {
    header: Format,
    header_leave: Format,
    columns: [Format; COLUMNS],
}

impl Formats {
    fn new() -> Self {
        let grey = Color::RGB(0x0080_8080);
        let shaded = Color::RGB(0x00F2_F2F2);
        let top = Format::new().set_align(FormatAlign::Top);
        let header = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0x00D9_E1F2))
            .set_border_bottom(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        let leave = top
            .clone()
            .set_font_color(grey)
            .set_background_color(shaded);
        // Text typed into a translation cell stays text ("=…", "1/2"), and
        // only these two columns can be typed into when the sheet is protected.
        let to_fill = top.clone().set_num_format("@").set_unlocked();
        Formats {
            header_leave: header.clone().set_font_color(grey),
            header,
            columns: [
                leave.clone(),
                leave,
                top.clone().set_text_wrap(),
                to_fill.clone().set_text_wrap(),
                to_fill.set_align(FormatAlign::Center),
            ],
        }
    }
}

fn workbook(header: &[String; COLUMNS], rows: &[[String; COLUMNS]]) -> Result<Workbook, XlsxError> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET)?;
    for (column, (name, width)) in (0u16..).zip(header.iter().zip(WIDTHS)) {
        sheet.set_column_width(column, width)?;
        let format = if column < 2 {
            &formats.header_leave
        } else {
            &formats.header
        };
        sheet.write_string_with_format(0, column, name, format)?;
    }
    for (row, cells) in (1u32..).zip(rows) {
        write_row(sheet, row, cells, &formats)?;
    }
    let last = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last, 4)?;
    sheet.set_selection(1, 3, 1, 3)?;
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        use_autofilter: true,
        ..ProtectionOptions::new()
    });
    // Printed: across the page, one page wide, the header on every page.
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    Ok(workbook)
}

fn write_row(
    sheet: &mut Worksheet,
    row: u32,
    cells: &[String; COLUMNS],
    formats: &Formats,
) -> Result<(), XlsxError> {
    for ((column, text), format) in (0u16..).zip(cells).zip(&formats.columns) {
        if text.is_empty() {
            sheet.write_blank(row, column, format)?;
        } else {
            sheet.write_string_with_format(row, column, text, format)?;
        }
    }
    Ok(())
}

/// Reads a filled-in form from the bytes of an .xlsx file: the sheet named
/// "Translations", or the first sheet if none is. Errors give the cell.
pub fn read_form_xlsx(bytes: &[u8]) -> Result<(String, Form), SheetError> {
    let whole = |message: String| SheetError {
        sheet: None,
        error: UnitError {
            position: None,
            message,
        },
    };
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(whole(not_a_workbook(bytes)));
    }
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| {
        whole(format!(
            "the file is damaged or is not an Excel workbook (.xlsx): {e}"
        ))
    })?;
    let names = workbook.sheet_names();
    let sheet = names
        .iter()
        .find(|n| n.as_str() == SHEET)
        .or_else(|| names.first())
        .cloned()
        .ok_or_else(|| whole("the workbook has no sheet".to_owned()))?;
    let in_sheet = |error: UnitError| SheetError {
        sheet: Some(sheet.clone()),
        error,
    };
    let mut cells = workbook.worksheet_cells_reader(&sheet).map_err(|e| {
        in_sheet(UnitError {
            position: None,
            message: format!("the sheet cannot be read: {e}"),
        })
    })?;
    let mut rows: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    loop {
        let cell = match cells.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(e) => {
                return Err(in_sheet(UnitError {
                    position: None,
                    message: format!("the sheet cannot be read: {e}"),
                }));
            }
        };
        let (row, column) = cell.get_position();
        let (Ok(row), Ok(column)) = (usize::try_from(row), usize::try_from(column)) else {
            continue;
        };
        if column >= COLUMNS {
            continue;
        }
        let text = cell_text(cell.get_value()).map_err(|message| {
            in_sheet(UnitError {
                position: Some((row + 1, column + 1)),
                message,
            })
        })?;
        let cells = rows
            .entry(row + 1)
            .or_insert_with(|| vec![String::new(); COLUMNS]);
        cells[column] = text;
    }
    // Blank cells that only carry a format (an empty translation, a row a
    // translator formatted) are no row, as blank lines in a CSV file are none:
    // the header is the first row with something in it.
    let rows = rows
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(number, cells)| Row { number, cells })
        .collect();
    let form = form_of(rows, |row, column| (row, column + 1)).map_err(in_sheet)?;
    Ok((sheet, form))
}

/// A cell's value as text. A number or TRUE typed into a cell counts as its
/// text ("112", "true"); a date or an error value is refused, since a
/// translation read from it would not be what the translator typed.
fn cell_text(value: &DataRef<'_>) -> Result<String, String> {
    match value {
        DataRef::String(s) => Ok(s.clone()),
        DataRef::SharedString(s) => Ok((*s).to_owned()),
        DataRef::Empty => Ok(String::new()),
        DataRef::Int(n) => Ok(n.to_string()),
        DataRef::Float(x) => Ok(x.to_string()),
        DataRef::Bool(b) => Ok(b.to_string()),
        DataRef::DateTime(_) | DataRef::DateTimeIso(_) | DataRef::DurationIso(_) => Err(
            "this cell holds a date or a time, not a text: format the cell as text and type the translation again"
                .to_owned(),
        ),
        DataRef::Error(e) => Err(format!(
            "this cell holds the spreadsheet error {e}, not a text"
        )),
    }
}

/// Why a file that is not a ZIP archive is no workbook, in words.
pub(crate) fn not_a_workbook(bytes: &[u8]) -> String {
    if bytes.starts_with(b"\xd0\xcf\x11\xe0") {
        return "the file is an old Excel 97-2003 workbook (.xls) or a workbook protected by a password: save it as an Excel workbook (.xlsx) without a password".to_owned();
    }
    if bytes.is_empty() {
        return "the file is empty, not an Excel workbook (.xlsx)".to_owned();
    }
    if std::str::from_utf8(bytes).is_ok() {
        return "the file is text, not an Excel workbook (.xlsx): a form saved as CSV must be named .csv".to_owned();
    }
    "the file is not an Excel workbook (.xlsx)".to_owned()
}

#[cfg(test)]
mod tests;
