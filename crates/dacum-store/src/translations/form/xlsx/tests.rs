use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use dacum_model::translation::State;
use dacum_model::translation::exchange::units_for;
use dacum_model::{Chart, Document, Duty, Edit, Session, Status, Task, TextSlot, Translation};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

use super::{cell_name, read_form_xlsx, write_form_xlsx};
use crate::translations::{TranslationFileError, export_translations, import_translations};

fn session() -> Session {
    let mut duty = Duty::new("Maintain security");
    duty.tasks.push(Task::new("Search cells"));
    duty.tasks.push(Task::new("Escort prisoners & visitors"));
    Session {
        chart: Chart {
            duties: vec![duty],
            ..Chart::default()
        },
        ..Session::default()
    }
}

fn task(s: &Session, i: usize) -> TextSlot {
    TextSlot::TaskStatement(s.chart.duties[0].tasks[i].id)
}

/// Every row of a workbook's first sheet as text, as a spreadsheet shows it.
fn rows_of(bytes: &[u8]) -> (String, Vec<Vec<String>>) {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let sheet = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&sheet).unwrap();
    let rows = range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => panic!("a cell that is not a string: {other:?}"),
                })
                .collect()
        })
        .collect();
    (sheet, rows)
}

/// A cell of a translator's spreadsheet: what they typed, as the spreadsheet
/// stores it.
enum Cell<'a> {
    Text(&'a str),
    Bool(bool),
    Number(f64),
    Date,
    /// A cell with a format and nothing in it.
    Blank,
}

/// A spreadsheet as a translator saves it after filling in the form.
fn translator_workbook(sheet: &str, rows: &[Vec<Cell<'_>>]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet).unwrap();
    for (row, cells) in (0u32..).zip(rows) {
        for (column, cell) in (0u16..).zip(cells) {
            match cell {
                Cell::Text("") => {}
                Cell::Text(text) => {
                    worksheet.write_string(row, column, *text).unwrap();
                }
                Cell::Bool(b) => {
                    worksheet.write_boolean(row, column, *b).unwrap();
                }
                Cell::Number(x) => {
                    worksheet.write_number(row, column, *x).unwrap();
                }
                Cell::Blank => {
                    let format = Format::new().set_bold();
                    worksheet.write_blank(row, column, &format).unwrap();
                }
                Cell::Date => {
                    let date = ExcelDateTime::from_ymd(2025, 3, 4).unwrap();
                    let format = Format::new().set_num_format("d.m.yyyy");
                    worksheet
                        .write_datetime_with_format(row, column, &date, &format)
                        .unwrap();
                }
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// A change a translator makes to the form's cells.
type Change<'a> = Box<dyn Fn(&mut Vec<Vec<Cell<'a>>>) + 'a>;

/// The exported form's rows as the translator's cells, to be changed.
fn as_cells(rows: &[Vec<String>]) -> Vec<Vec<Cell<'_>>> {
    rows.iter()
        .map(|row| row.iter().map(|c| Cell::Text(c)).collect())
        .collect()
}

fn import(
    document: &mut Document,
    bytes: &[u8],
) -> Result<dacum_model::translation::exchange::Import, TranslationFileError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cs.xlsx");
    std::fs::write(&path, bytes).unwrap();
    import_translations(document, &path)
}

fn export(s: &Session, language: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("form.xlsx");
    export_translations(s, language, &path, "x.ron").unwrap();
    std::fs::read(path).unwrap()
}

#[test]
fn a_spreadsheet_filled_in_by_a_translator_comes_back_as_translations() {
    let mut document = Document::new(session());
    let s = document.session().clone();
    let (sheet, rows) = rows_of(&export(&s, "cs"));
    assert_eq!(sheet, "Translations");
    assert_eq!(rows[0], ["id", "code", "en", "cs", "reviewed"]);
    let a1 = s.chart.duties[0].tasks[0].id.to_string();
    assert_eq!(rows[2], [a1.as_str(), "A-1", "Search cells", "", ""]);
    assert_eq!(rows.len(), 1 + units_for(&s, "cs").len());

    // The translator fills in two translations (one reviewed, the other a
    // draft with "no" typed in), leaves the duty empty, adds a blank row and a
    // comment in a column of their own.
    let mut cells = as_cells(&rows);
    cells[2][3] = Cell::Text("Provádět prohlídky cel");
    cells[2][4] = Cell::Text("yes");
    cells[3][3] = Cell::Text("Doprovázet vězně & návštěvy");
    cells[3][4] = Cell::Text("no");
    cells[3].push(Cell::Text("check with Jana"));
    cells.insert(3, vec![]);
    let plan = import(&mut document, &translator_workbook("Translations", &cells)).unwrap();
    assert_eq!((plan.imported, plan.empty, plan.unchanged), (2, 1, 0));
    let s = document.session();
    assert_eq!(s.translation_state("cs", task(s, 0)), State::Reviewed);
    assert_eq!(s.translation_state("cs", task(s, 1)), State::Draft);
    assert_eq!(
        s.text_in("cs", task(s, 1)).unwrap().text,
        "Doprovázet vězně & návštěvy"
    );
    assert_eq!(document.undo_label(), Some("edit-several"));

    // Exported again, the translations are there and the reviewed one says
    // so; importing that file changes nothing.
    let again = export(s, "cs");
    let (_, rows) = rows_of(&again);
    assert_eq!(
        rows[2],
        [
            a1.as_str(),
            "A-1",
            "Search cells",
            "Provádět prohlídky cel",
            "yes"
        ]
    );
    assert_eq!(rows[3][3..], ["Doprovázet vězně & návštěvy", ""]);
    let replay = import(&mut document, &again).unwrap();
    assert_eq!((replay.imported, replay.unchanged), (0, 2));
}

#[test]
fn true_or_one_marks_reviewed_and_a_number_is_a_translation() {
    let mut document = Document::new(session());
    let (_, rows) = rows_of(&export(document.session(), "de"));
    let mut cells = as_cells(&rows);
    cells[1][3] = Cell::Number(112.0);
    cells[1][4] = Cell::Bool(true);
    cells[2][3] = Cell::Text("Zellen durchsuchen");
    cells[2][4] = Cell::Number(1.0);
    cells[3][3] = Cell::Text("Gefangene begleiten");
    cells[3][4] = Cell::Bool(false);
    // A sheet the translator renamed, with a formatted empty row above the
    // header, is read all the same.
    cells.insert(0, (0..5).map(|_| Cell::Blank).collect());
    import(&mut document, &translator_workbook("Tabelle1", &cells)).unwrap();
    let s = document.session();
    let duty = TextSlot::DutyTitle(s.chart.duties[0].id);
    assert_eq!(s.text_in("de", duty).unwrap().text, "112");
    assert_eq!(s.translation_state("de", duty), State::Reviewed);
    assert_eq!(s.translation_state("de", task(s, 0)), State::Reviewed);
    assert_eq!(s.translation_state("de", task(s, 1)), State::Draft);
}

#[test]
fn formulas_apostrophes_diacritics_and_line_breaks_stay_text() {
    let texts = [
        "=1+1",
        "=HYPERLINK(\"http://example.com\",\"Open\")",
        "+420 603",
        "-x",
        "@SUM(A1)",
        "'quoted' rhetoric",
        "'=1+1",
        "Provádět osobní prohlídky vězňů – řčžýáíéůú",
        "Διενέργεια ερευνών στα κελιά",
        "two\nlines",
        "windows\r\nline break",
        "a\ttab and _x0041_ as written",
        "  spaces around  ",
    ];
    let mut duty = Duty::new("Maintain security");
    duty.tasks = texts.iter().map(|t| Task::new(t)).collect();
    let mut s = Session {
        chart: Chart {
            duties: vec![duty],
            ..Chart::default()
        },
        ..Session::default()
    };
    for i in 0..texts.len() {
        let slot = task(&s, i);
        let source = s.source_text(slot).unwrap().to_owned();
        s.apply(Edit::SetTranslation {
            language: "el".to_owned(),
            slot,
            translation: Some(Translation::of(
                &source,
                texts[texts.len() - 1 - i],
                Status::Reviewed,
            )),
        })
        .unwrap();
    }
    let bytes = write_form_xlsx(&s, "el").unwrap();

    // Every cell is a string: no formula anywhere.
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(&bytes)).unwrap();
    let formulas = workbook.worksheet_formula("Translations").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "{formulas:?}"
    );
    let (_, rows) = rows_of(&bytes);
    assert_eq!(rows[2][2], "=1+1");

    let (sheet, form) = read_form_xlsx(&bytes).unwrap();
    assert_eq!(sheet, "Translations");
    assert_eq!((form.source.as_str(), form.target.as_str()), ("en", "el"));
    let expected: Vec<_> = units_for(&s, "el")
        .into_iter()
        .map(|(_, u, _)| (u.key, u.source, u.target, u.reviewed))
        .collect();
    let read: Vec<_> = form
        .units
        .into_iter()
        .map(|u| (u.key, u.source, u.target, u.reviewed))
        .collect();
    assert_eq!(read, expected);
    for (i, text) in texts.iter().enumerate() {
        assert!(
            read.iter().any(|(_, source, _, _)| source == text),
            "{i}: {text:?}"
        );
    }
    let plan = dacum_model::translation::exchange::plan_import(
        &s,
        Some("en"),
        "el",
        &read_form_xlsx(&bytes).unwrap().1.units,
    )
    .unwrap();
    assert_eq!((plan.imported, plan.unchanged), (0, texts.len()));
    assert!(plan.source_changed.is_empty(), "{:?}", plan.source_changed);
}

#[test]
fn mistakes_are_refused_with_their_cell_and_nothing_imported() {
    let s = session();
    let (_, rows) = rows_of(&export(&s, "cs"));
    let a1 = rows[2][0].clone();
    let filled = || {
        let mut cells = as_cells(&rows);
        cells[2][3] = Cell::Text("Provádět prohlídky cel");
        cells
    };
    let cases: Vec<(&str, Change<'_>, &str, &str)> = vec![
        (
            "Translations",
            Box::new(|c| c[3][0] = Cell::Text("00000000-0000-4000-8000-00000000beef")),
            "sheet Translations, row 4, column A",
            "no text of this session has the id",
        ),
        (
            "Translations",
            Box::new(|c| c[3][0] = Cell::Text(&a1)),
            "sheet Translations, row 4, column A",
            "appears twice",
        ),
        (
            "Translations",
            Box::new(|c| c[0][3] = Cell::Text("en")),
            "sheet Translations, row 1, column D",
            "the session's working language",
        ),
        (
            "Translations",
            Box::new(|c| c[0][3] = Cell::Text("Czech please")),
            "sheet Translations, row 1, column D",
            "is not a language tag",
        ),
        (
            "Translations",
            Box::new(|c| c[0][2] = Cell::Text("de")),
            "sheet Translations, row 1, column C",
            "translates from de",
        ),
        (
            "Sheet1",
            Box::new(|c| c[0][0] = Cell::Text("text")),
            "sheet Sheet1, row 1, column A",
            "the first row must be the form's header",
        ),
        (
            "Translations",
            Box::new(|c| c[3][3] = Cell::Date),
            "sheet Translations, row 4, column D",
            "holds a date",
        ),
        (
            "Translations",
            Box::new(Vec::clear),
            "form.xlsx: error:",
            "the form is empty",
        ),
    ];
    for (sheet, change, place, words) in cases {
        let mut cells = filled();
        change(&mut cells);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("form.xlsx");
        std::fs::write(&path, translator_workbook(sheet, &cells)).unwrap();
        let mut document = Document::new(s.clone());
        let error = import_translations(&mut document, &path).unwrap_err();
        let message = error.to_string();
        assert!(message.contains(place), "{place}: {message}");
        assert!(message.contains(words), "{words}: {message}");
        assert!(!document.is_dirty(), "{words}: nothing imported");
        assert!(document.session() == &s);
    }
}

#[test]
fn a_file_that_is_no_workbook_is_refused_in_words_without_a_panic() {
    let good = write_form_xlsx(&session(), "cs").unwrap();
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (Vec::new(), "the file is empty"),
        (b"id,code,en,cs,reviewed\n".to_vec(), "must be named .csv"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest".to_vec(),
            "old Excel 97-2003 workbook",
        ),
        (vec![0, 159, 146, 150], "not an Excel workbook"),
        (
            good[..good.len() / 2].to_vec(),
            "damaged or is not an Excel workbook",
        ),
        (good[..200].to_vec(), "damaged or is not an Excel workbook"),
    ];
    for (bytes, words) in cases {
        let error = read_form_xlsx(&bytes).unwrap_err();
        assert!(error.error.message.contains(words), "{words}: {error:?}");
        assert_eq!(error.error.position, None);
    }
    // Damaged copies of a good file (bytes changed through the archive, the
    // compressed sheets and strings included): an error or the form, never a
    // panic.
    let mut seed = 0x2545_f491_u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        usize::try_from(seed % 1_000_000).unwrap()
    };
    for _ in 0..300 {
        let mut bytes = good.clone();
        for _ in 0..=next() % 4 {
            let at = next() % bytes.len();
            bytes[at] = u8::try_from(next() % 256).unwrap();
        }
        let _ = read_form_xlsx(&bytes);
    }
}

#[test]
fn a_text_longer_than_a_cell_holds_is_named_and_nothing_written() {
    let mut s = session();
    s.chart.duties[0].tasks[1].statement = "Search ".repeat(5000);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cs.xlsx");
    let error = export_translations(&s, "cs", &path, "x.ron").unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("the text of A-2 has 35000 characters"),
        "{message}"
    );
    assert!(message.contains("XLIFF"), "{message}");
    assert!(!Path::new(&path).exists());
}

#[test]
fn cells_are_named_as_a_spreadsheet_names_them() {
    // Counted from 1 here (the letters themselves are the answers table's
    // `column_name`, tested there).
    let names: Vec<String> = [1, 4, 26, 27, 52, 703]
        .map(|column| cell_name("T", (1, column)))
        .into();
    assert_eq!(
        names,
        [
            "sheet T, row 1, column A",
            "sheet T, row 1, column D",
            "sheet T, row 1, column Z",
            "sheet T, row 1, column AA",
            "sheet T, row 1, column AZ",
            "sheet T, row 1, column AAA"
        ]
    );
    assert_eq!(
        cell_name("Translations", (12, 4)),
        "sheet Translations, row 12, column D"
    );
}
