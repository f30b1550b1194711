//! The verification survey's instrument, in the forms people use:
//! - an XLSForm (`xlsform.rs`) for KoboToolbox and ODK Collect, the standard
//!   for offline data collection on phones and tablets;
//! - a data-entry workbook (`workbook.rs`) for typing in paper answers, with a
//!   drop-down list in every cell, and the same columns as a CSV template.
//!
//! Each asks about the tasks of a round (or of the whole chart), one group per
//! duty, the respondent's profile first, and names its questions and columns
//! as `survey::names` says, so that what comes back is read by
//! `survey_answers` whatever the chart looks like by then.

mod workbook;
mod xlsform;

use dacum_i18n::{Catalogue, Language};
use dacum_model::survey::Round;
use dacum_model::{Id, Session, TextSlot, duty_code, task_code};

pub use workbook::{write_csv_template, write_workbook};
pub use xlsform::write_xlsform;

/// One duty of the instrument with the tasks asked under it.
pub(crate) struct DutyPart {
    pub id: Id,
    pub code: String,
    pub tasks: Vec<TaskPart>,
}

pub(crate) struct TaskPart {
    pub id: Id,
    pub code: String,
}

/// The duties and tasks to ask about: the round's tasks (those the chart
/// still has), or every task of the chart, in chart order by duty.
pub(crate) fn parts(session: &Session, round: Option<&Round>) -> Vec<DutyPart> {
    let asked = |id: Id| round.is_none_or(|r| r.tasks.contains(&id));
    session
        .chart
        .duties
        .iter()
        .enumerate()
        .map(|(d, duty)| DutyPart {
            id: duty.id,
            code: duty_code(d),
            tasks: duty
                .tasks
                .iter()
                .enumerate()
                .filter(|(_, t)| asked(t.id))
                .map(|(t, task)| TaskPart {
                    id: task.id,
                    code: task_code(d, t),
                })
                .collect(),
        })
        .filter(|duty| !duty.tasks.is_empty())
        .collect()
}

/// One language of an instrument: its tag, its name as the form shows it, and
/// the catalogue of its fixed words (English for a language the app's
/// interface does not have).
pub(crate) struct FormLanguage {
    pub tag: String,
    pub name: String,
    pub texts: Catalogue,
}

impl FormLanguage {
    pub fn new(tag: &str) -> FormLanguage {
        let language = Language::from_tag(tag);
        let name = language.map_or_else(|| tag.to_owned(), |l| l.native_name().to_owned());
        FormLanguage {
            tag: tag.to_owned(),
            name,
            texts: Catalogue::new(language.unwrap_or(Language::English)),
        }
    }

    /// A chart text in this language: its translation, or the working
    /// language's text where there is none.
    pub fn chart_text(&self, session: &Session, slot: TextSlot) -> String {
        session
            .text_in(&self.tag, slot)
            .map(|shown| shown.text.to_owned())
            .unwrap_or_default()
    }
}

/// The languages of an instrument: those asked for, or else the round's, or
/// else the session's working language and every language it has texts in.
pub(crate) fn form_languages(
    session: &Session,
    round: Option<&Round>,
    asked: &[String],
) -> Vec<FormLanguage> {
    let mut tags: Vec<String> = if !asked.is_empty() {
        asked.to_vec()
    } else if let Some(round) = round.filter(|r| !r.languages.is_empty()) {
        round.languages.clone()
    } else {
        std::iter::once(session.working_language())
            .chain(session.translations.languages().map(str::to_owned))
            .collect()
    };
    tags.dedup();
    tags.iter().map(|t| FormLanguage::new(t)).collect()
}
