//! The survey as an XLSForm: the spreadsheet KoboToolbox, ODK Collect and
//! Enketo turn into a form on a phone or tablet, which works offline in a
//! prison where phones may not go online. Three sheets, as the XLSForm
//! standard has them:
//! - `survey`: the profile first (code, country, level, sector, years,
//!   language), then one group per duty, in it one group per task (shown on
//!   one screen: `field-list`) with its five questions and a comment, and a
//!   free "missed tasks" question per duty; "how often" is asked only of those
//!   who perform the task;
//! - `choices`: yes/no, the levels, the sectors, the languages and the three
//!   1–5 scales with their anchors;
//! - `settings`: title, form id, version and default language.
//!
//! Every label is given in each of the instrument's languages
//! (`label::Čeština (cs)`): the fixed words from the catalogues, the duties
//! and tasks from the session's translations (the working language's text
//! where one is missing).

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use dacum_model::survey::Round;
use dacum_model::survey::names::{self, Measure};
use dacum_model::{Session, TextSlot};

use super::{FormLanguage, form_languages, parts};

/// One row of the `survey` sheet.
struct Question {
    kind: String,
    name: String,
    /// The label in each language, in the order of the form's languages.
    labels: Vec<String>,
    hints: Vec<String>,
    required: bool,
    relevant: String,
    constraint: String,
    appearance: &'static str,
}

impl Question {
    fn new(kind: &str, name: &str, labels: Vec<String>) -> Question {
        Question {
            kind: kind.to_owned(),
            name: name.to_owned(),
            labels,
            hints: Vec::new(),
            required: false,
            relevant: String::new(),
            constraint: String::new(),
            appearance: "",
        }
    }
}

/// The XLSForm of `round` (or of the whole chart) in `languages` (or the
/// round's, or the session's), as the bytes of an .xlsx file.
pub fn write_xlsform(
    session: &Session,
    round: Option<&Round>,
    languages: &[String],
) -> Result<Vec<u8>, String> {
    let languages = form_languages(session, round, languages);
    let each = |id: &str| -> Vec<String> { languages.iter().map(|l| l.texts.tr(id)).collect() };
    let mut rows = vec![Question::new("note", "intro", each("survey-intro"))];

    let mut profile = Question::new("begin_group", "profile", each("survey-profile"));
    profile.appearance = "field-list";
    rows.push(profile);
    let mut code = Question::new("text", names::CODE, each("survey-respondent-code"));
    code.hints = each("survey-respondent-code-hint");
    code.required = true;
    rows.push(code);
    let mut country = Question::new("text", names::COUNTRY, each("survey-country"));
    country.hints = each("survey-country-hint");
    country.required = true;
    country.constraint = "regex(., '^[A-Z]{2}$')".to_owned();
    rows.push(country);
    let mut level = Question::new("select_one level", names::LEVEL, each("survey-level"));
    level.required = true;
    rows.push(level);
    rows.push(Question::new(
        "select_one sector",
        names::SECTOR,
        each("survey-sector"),
    ));
    let mut years = Question::new("integer", names::YEARS, each("survey-years"));
    years.constraint = ". >= 0 and . <= 60".to_owned();
    rows.push(years);
    rows.push(Question::new(
        "select_one language",
        names::LANGUAGE,
        each("survey-language"),
    ));
    // The round's own profile questions, labelled with their names.
    for attribute in round.map(|r| r.attributes.as_slice()).unwrap_or_default() {
        let labels = languages.iter().map(|_| attribute.clone()).collect();
        rows.push(Question::new("text", &names::attribute(attribute), labels));
    }
    rows.push(Question::new("end_group", "", Vec::new()));

    let duties = parts(session, round);
    let task_ids: Vec<_> = duties
        .iter()
        .flat_map(|d| d.tasks.iter().map(|t| t.id))
        .collect();
    let task_stems = names::stems(&task_ids);
    let duty_ids: Vec<_> = duties.iter().map(|d| d.id).collect();
    let duty_stems = names::stems(&duty_ids);
    let mut stem_of_task = task_stems.iter();
    for (duty, duty_stem) in duties.iter().zip(&duty_stems) {
        let title = |l: &FormLanguage| {
            l.texts.tr_args(
                "survey-duty",
                &[
                    ("code", duty.code.as_str().into()),
                    (
                        "title",
                        l.chart_text(session, TextSlot::DutyTitle(duty.id)).into(),
                    ),
                ],
            )
        };
        rows.push(Question::new(
            "begin_group",
            &format!("duty_{duty_stem}"),
            languages.iter().map(title).collect(),
        ));
        for task in &duty.tasks {
            let Some(stem) = stem_of_task.next() else {
                break;
            };
            let statement = |l: &FormLanguage| {
                format!(
                    "{} {}",
                    task.code,
                    l.chart_text(session, TextSlot::TaskStatement(task.id))
                )
            };
            let mut group = Question::new(
                "begin_group",
                stem,
                languages.iter().map(statement).collect(),
            );
            group.appearance = "field-list";
            rows.push(group);
            for (measure, kind, label) in [
                (Measure::Performs, "select_one yesno", "survey-performs"),
                (
                    Measure::Importance,
                    "select_one importance",
                    "survey-importance",
                ),
                (
                    Measure::Frequency,
                    "select_one frequency",
                    "survey-frequency",
                ),
                (
                    Measure::Difficulty,
                    "select_one difficulty",
                    "survey-difficulty",
                ),
                (Measure::Train, "select_one yesno", "survey-train"),
                (Measure::Comment, "text", "survey-comment"),
            ] {
                let mut question =
                    Question::new(kind, &names::question(stem, measure), each(label));
                if measure == Measure::Frequency {
                    question.relevant =
                        format!("${{{}}} = 'yes'", names::question(stem, Measure::Performs));
                }
                if measure != Measure::Comment {
                    question.appearance = "horizontal-compact";
                }
                rows.push(question);
            }
            rows.push(Question::new("end_group", "", Vec::new()));
        }
        let mut missed = Question::new("text", &names::missed(duty_stem), each("survey-missed"));
        missed.hints = each("survey-missed-hint");
        missed.appearance = "multiline";
        rows.push(missed);
        rows.push(Question::new("end_group", "", Vec::new()));
    }

    let mut workbook = Workbook::new();
    write_survey(workbook.add_worksheet(), &languages, &rows).map_err(failed)?;
    write_choices(workbook.add_worksheet(), &languages).map_err(failed)?;
    write_settings(workbook.add_worksheet(), session, round, &languages).map_err(failed)?;
    workbook.save_to_buffer().map_err(failed)
}

fn failed(error: XlsxError) -> String {
    format!("the form cannot be made: {error}")
}

/// `label::Čeština (cs)`.
fn column(prefix: &str, language: &FormLanguage) -> String {
    format!("{prefix}::{} ({})", language.name, language.tag)
}

fn write_survey(
    sheet: &mut Worksheet,
    languages: &[FormLanguage],
    rows: &[Question],
) -> Result<(), XlsxError> {
    sheet.set_name("survey")?;
    let bold = Format::new().set_bold();
    let mut header: Vec<String> = vec!["type".to_owned(), "name".to_owned()];
    header.extend(languages.iter().map(|l| column("label", l)));
    header.extend(languages.iter().map(|l| column("hint", l)));
    header.extend(["required", "relevant", "constraint", "appearance"].map(str::to_owned));
    for (c, name) in (0_u16..).zip(&header) {
        sheet.write_string_with_format(0, c, name, &bold)?;
    }
    let width = u16::try_from(languages.len()).unwrap_or(u16::MAX);
    for (r, question) in (1_u32..).zip(rows) {
        sheet.write_string(r, 0, &question.kind)?;
        sheet.write_string(r, 1, &question.name)?;
        for (c, label) in (2_u16..).zip(&question.labels) {
            sheet.write_string(r, c, label)?;
        }
        for (c, hint) in (2 + width..).zip(&question.hints) {
            sheet.write_string(r, c, hint)?;
        }
        let rest = 2 + 2 * width;
        if question.required {
            sheet.write_string(r, rest, "yes")?;
        }
        sheet.write_string(r, rest + 1, &question.relevant)?;
        sheet.write_string(r, rest + 2, &question.constraint)?;
        sheet.write_string(r, rest + 3, question.appearance)?;
    }
    sheet.set_column_width(0, 22)?;
    sheet.set_column_width(1, 28)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

fn write_choices(sheet: &mut Worksheet, languages: &[FormLanguage]) -> Result<(), XlsxError> {
    sheet.set_name("choices")?;
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 0, "list_name", &bold)?;
    sheet.write_string_with_format(0, 1, "name", &bold)?;
    for (c, language) in (2_u16..).zip(languages) {
        sheet.write_string_with_format(0, c, column("label", language), &bold)?;
    }
    let mut choices: Vec<(&str, String, Vec<String>)> = Vec::new();
    let each = |id: &str| -> Vec<String> { languages.iter().map(|l| l.texts.tr(id)).collect() };
    for (name, id) in [("yes", "survey-yes"), ("no", "survey-no")] {
        choices.push(("yesno", name.to_owned(), each(id)));
    }
    for level in dacum_model::Level::ALL {
        let id = format!("survey-level-{}", level.key());
        choices.push(("level", level.key().to_owned(), each(&id)));
    }
    for sector in dacum_model::Sector::ALL {
        let id = format!("survey-sector-{}", sector.key());
        choices.push(("sector", sector.key().to_owned(), each(&id)));
    }
    for language in languages {
        let names = languages.iter().map(|_| language.name.clone()).collect();
        choices.push(("language", language.tag.clone(), names));
    }
    for scale in ["importance", "frequency", "difficulty"] {
        for score in 1..=5 {
            let labels = languages
                .iter()
                .map(|l| {
                    format!(
                        "{score} – {}",
                        l.texts.tr(&format!("survey-{scale}-{score}"))
                    )
                })
                .collect();
            choices.push((scale, score.to_string(), labels));
        }
    }
    for (r, (list, name, labels)) in (1_u32..).zip(&choices) {
        sheet.write_string(r, 0, *list)?;
        sheet.write_string(r, 1, name)?;
        for (c, label) in (2_u16..).zip(labels) {
            sheet.write_string(r, c, label)?;
        }
    }
    Ok(())
}

fn write_settings(
    sheet: &mut Worksheet,
    session: &Session,
    round: Option<&Round>,
    languages: &[FormLanguage],
) -> Result<(), XlsxError> {
    sheet.set_name("settings")?;
    let Some(first) = languages.first() else {
        return Ok(());
    };
    let occupation = if session.meta.occupation.trim().is_empty() {
        session.meta.title.clone()
    } else {
        session.meta.occupation.clone()
    };
    let title = first
        .texts
        .tr_args("survey-form-title", &[("occupation", occupation.into())]);
    let owner = round.map_or(session.id, |r| r.id);
    let form_id = format!("dacum_{}", &names::stem(owner, 8)[2..]);
    // ODK compares versions as text: the number of tasks asked keeps two
    // forms of one round apart when the chart changed in between.
    let version = format!(
        "1.{}",
        parts(session, round)
            .iter()
            .map(|d| d.tasks.len())
            .sum::<usize>()
    );
    for (c, (key, value)) in (0_u16..).zip([
        ("form_title", title),
        ("form_id", form_id),
        ("version", version),
        (
            "default_language",
            format!("{} ({})", first.name, first.tag),
        ),
    ]) {
        sheet.write_string(0, c, key)?;
        sheet.write_string(1, c, &value)?;
    }
    Ok(())
}
