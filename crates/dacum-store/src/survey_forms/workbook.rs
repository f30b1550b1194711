//! The data-entry workbook: one row per paper questionnaire, typed in by
//! whoever collects them, with a drop-down list in every answer cell so that
//! only what the questionnaire allows can be typed (yes/no, 1–5, the levels
//! and sectors, a two-letter country). The first row names the columns as the
//! importer reads them (stable question names, not codes that a reordered
//! chart would change); the second, a note row starting with `#`, says in
//! words what each column is ("A-3 Conduct cell searches: importance"), and
//! the importer skips it. The CSV template has the same two rows.

use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, Workbook, XlsxError};

use dacum_model::survey::Round;
use dacum_model::survey::names::{self, Measure};
use dacum_model::{Level, Sector, Session, TextSlot};

use super::{FormLanguage, form_languages, parts};

/// Rows prepared for typing (with their drop-down lists).
const ROWS: u32 = 1_000;

/// What a column takes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Takes {
    Text,
    Country,
    Level,
    Sector,
    Years,
    YesNo,
    Score,
}

struct Column {
    name: String,
    note: String,
    takes: Takes,
}

/// The columns of the workbook and the template, with their notes in the
/// instrument's first language.
fn columns(session: &Session, round: Option<&Round>, language: &FormLanguage) -> Vec<Column> {
    let texts = &language.texts;
    let column = |name: &str, note: String, takes| Column {
        name: name.to_owned(),
        note,
        takes,
    };
    let mut columns = vec![
        column(
            names::CODE,
            format!("# {}", texts.tr("survey-respondent-code")),
            Takes::Text,
        ),
        column(names::COUNTRY, texts.tr("survey-country"), Takes::Country),
        column(names::LEVEL, texts.tr("survey-level"), Takes::Level),
        column(names::SECTOR, texts.tr("survey-sector"), Takes::Sector),
        column(names::YEARS, texts.tr("survey-years"), Takes::Years),
        column(names::LANGUAGE, texts.tr("survey-language"), Takes::Text),
    ];
    if let Some(round) = round {
        for attribute in &round.attributes {
            columns.push(column(
                &names::attribute(attribute),
                attribute.clone(),
                Takes::Text,
            ));
        }
    }
    let duties = parts(session, round);
    let task_ids: Vec<_> = duties
        .iter()
        .flat_map(|d| d.tasks.iter().map(|t| t.id))
        .collect();
    let duty_ids: Vec<_> = duties.iter().map(|d| d.id).collect();
    let mut stems = names::stems(&task_ids).into_iter();
    for (duty, duty_stem) in duties.iter().zip(names::stems(&duty_ids)) {
        for task in &duty.tasks {
            let Some(stem) = stems.next() else { break };
            let statement = language.chart_text(session, TextSlot::TaskStatement(task.id));
            for (measure, label, takes) in [
                (Measure::Performs, "survey-performs", Takes::YesNo),
                (Measure::Importance, "survey-importance", Takes::Score),
                (Measure::Frequency, "survey-frequency", Takes::Score),
                (Measure::Difficulty, "survey-difficulty", Takes::Score),
                (Measure::Train, "survey-train", Takes::YesNo),
                (Measure::Comment, "survey-comment", Takes::Text),
            ] {
                columns.push(column(
                    &names::question(&stem, measure),
                    format!("{} {statement}: {}", task.code, texts.tr(label)),
                    takes,
                ));
            }
        }
        columns.push(column(
            &names::missed(&duty_stem),
            format!("{}: {}", duty.code, texts.tr("survey-missed")),
            Takes::Text,
        ));
    }
    columns
}

/// The data-entry workbook of `round` (or the whole chart), as .xlsx bytes.
pub fn write_workbook(
    session: &Session,
    round: Option<&Round>,
    languages: &[String],
) -> Result<Vec<u8>, String> {
    let languages = form_languages(session, round, languages);
    let language = languages
        .first()
        .ok_or_else(|| "the workbook needs a language".to_owned())?;
    let columns = columns(session, round, language);
    build(&columns)
        .and_then(|mut workbook| workbook.save_to_buffer())
        .map_err(|e| format!("the workbook cannot be made: {e}"))
}

fn build(columns: &[Column]) -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Answers")?;
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0x00D9_E1F2));
    let note = Format::new()
        .set_italic()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_font_color(Color::RGB(0x0040_4040))
        .set_background_color(Color::RGB(0x00F2_F2F2));
    let yes_no = DataValidation::new().allow_list_strings(&["yes", "no"])?;
    let score = DataValidation::new().allow_list_strings(&["1", "2", "3", "4", "5"])?;
    let levels: Vec<&str> = Level::ALL.iter().map(|l| l.key()).collect();
    let level = DataValidation::new().allow_list_strings(&levels)?;
    let sectors: Vec<&str> = Sector::ALL.iter().map(|s| s.key()).collect();
    let sector = DataValidation::new().allow_list_strings(&sectors)?;
    let country =
        DataValidation::new().allow_text_length(rust_xlsxwriter::DataValidationRule::EqualTo(2));
    let years = DataValidation::new()
        .allow_whole_number(rust_xlsxwriter::DataValidationRule::Between(0, 60));
    for (c, column) in (0_u16..).zip(columns) {
        sheet.write_string_with_format(0, c, &column.name, &header)?;
        sheet.write_string_with_format(1, c, &column.note, &note)?;
        let validation = match column.takes {
            Takes::Text => None,
            Takes::Country => Some(&country),
            Takes::Level => Some(&level),
            Takes::Sector => Some(&sector),
            Takes::Years => Some(&years),
            Takes::YesNo => Some(&yes_no),
            Takes::Score => Some(&score),
        };
        if let Some(validation) = validation {
            sheet.add_data_validation(2, c, ROWS + 1, c, validation)?;
        }
        let width = if column.takes == Takes::Text { 22 } else { 14 };
        sheet.set_column_width(c, width)?;
    }
    sheet.set_row_height(1, 90)?;
    sheet.set_freeze_panes(2, 1)?;
    Ok(workbook)
}

/// The same columns as a CSV file to fill in with any spreadsheet (UTF-8
/// with a byte-order mark, so Excel shows the diacritics).
pub fn write_csv_template(
    session: &Session,
    round: Option<&Round>,
    languages: &[String],
) -> Result<String, String> {
    let languages = form_languages(session, round, languages);
    let language = languages
        .first()
        .ok_or_else(|| "the template needs a language".to_owned())?;
    let columns = columns(session, round, language);
    let mut writer = csv::Writer::from_writer(Vec::new());
    let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
    let notes: Vec<String> = columns
        .iter()
        .map(|c| crate::driver_csv::formula::escape(&c.note).into_owned())
        .collect();
    writer
        .write_record(&names)
        .and_then(|()| writer.write_record(&notes))
        .map_err(|e| format!("the template cannot be made: {e}"))?;
    let bytes = writer
        .into_inner()
        .map_err(|e| format!("the template cannot be made: {e}"))?;
    Ok(format!(
        "\u{feff}{}",
        String::from_utf8(bytes).unwrap_or_default()
    ))
}
