//! What each column of a file of answers holds, decided by its header alone:
//! the profile (code, country, level, sector, years, language, the round's own
//! attributes), a task's answer (by the question name the forms give it, or by
//! the task's code), a duty's "missed tasks", or a column a collection tool
//! adds (KoboToolbox's `_uuid`, `_submission_time`, `start` …), which is
//! skipped and said so. A column nothing explains is an error: skipping it
//! could silently drop answers.

use std::collections::HashMap;

use dacum_model::survey::names::{self, Measure};
use dacum_model::{Id, Session, duty_code, task_code};

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    Code,
    Country,
    Level,
    Sector,
    Years,
    Language,
    /// One of the round's own attributes, by its index in the round's list.
    Attribute(usize),
    Answer {
        task: Id,
        measure: Measure,
    },
    /// Tasks the respondent says the chart misses, under a duty (or none).
    Missed(Option<Id>),
    /// Added by the collection tool; not an answer.
    Skipped,
}

/// Columns collection tools add to every export (KoboToolbox, ODK Central,
/// Enketo): metadata about the submission, not answers.
const TOOL_COLUMNS: &[&str] = &[
    "audit",
    "deviceid",
    "end",
    "formhub/uuid",
    "instanceid",
    "instancename",
    "meta/instanceid",
    "meta/instancename",
    "phonenumber",
    "simserial",
    "start",
    "subscriberid",
    "today",
    "username",
];

/// The names a task or duty can be written as in a header, folded: its stem
/// (`t_3fa2c1d0`) and its code (`a-3`, also `a3`, `a_3`, `a.3`).
pub struct Names {
    tasks: HashMap<String, Id>,
    duties: HashMap<String, Id>,
    attributes: Vec<String>,
}

impl Names {
    /// The names of the tasks and duties of `session`, and of `attributes`.
    pub fn of(session: &Session, round_tasks: &[Id], attributes: &[String]) -> Names {
        let mut tasks = HashMap::new();
        let mut duties = HashMap::new();
        let chart = &session.chart;
        let mut all_tasks: Vec<Id> = chart.tasks().map(|(_, _, t)| t.id).collect();
        for id in round_tasks {
            if !all_tasks.contains(id) {
                all_tasks.push(*id);
            }
        }
        for (id, stem) in all_tasks.iter().zip(names::stems(&all_tasks)) {
            tasks.insert(stem, *id);
        }
        let duty_ids: Vec<Id> = chart.duties.iter().map(|d| d.id).collect();
        for (id, stem) in duty_ids.iter().zip(names::stems(&duty_ids)) {
            duties.insert(stem, *id);
        }
        for (d, duty) in chart.duties.iter().enumerate() {
            for spelling in spellings(&duty_code(d)) {
                duties.insert(spelling, duty.id);
            }
            for (t, task) in duty.tasks.iter().enumerate() {
                for spelling in spellings(&task_code(d, t)) {
                    tasks.insert(spelling, task.id);
                }
            }
        }
        Names {
            tasks,
            duties,
            attributes: attributes.iter().map(|a| fold(a)).collect(),
        }
    }

    /// What the column with this header holds; `None` when nothing explains it.
    pub fn column(&self, header: &str) -> Option<Column> {
        let folded = fold(header);
        if folded.starts_with('_') || TOOL_COLUMNS.contains(&folded.as_str()) {
            return Some(Column::Skipped);
        }
        // KoboToolbox and ODK put the group before a question's name:
        // "profile/country", "duty_a/t_3fa2c1d0_importance".
        let name = folded.rsplit(['/', ':']).next().unwrap_or(&folded).trim();
        if let Some(profile) = profile_column(name) {
            return Some(profile);
        }
        if let Some(index) = self.attributes.iter().position(|a| a == name) {
            return Some(Column::Attribute(index));
        }
        if let Some(attribute) = name.strip_prefix("attr_").or(name.strip_prefix("attr "))
            && let Some(index) = self
                .attributes
                .iter()
                .position(|a| names::attribute(a) == names::attribute(attribute))
        {
            return Some(Column::Attribute(index));
        }
        if let Some(duty) = name
            .strip_prefix("missed")
            .map(|rest| rest.trim_start_matches([' ', '_', '-', ':']))
        {
            return if duty.is_empty() {
                Some(Column::Missed(None))
            } else {
                self.duties.get(duty).map(|&id| Column::Missed(Some(id)))
            };
        }
        let (task, measure) = split_measure(name)?;
        self.tasks
            .get(task)
            .map(|&task| Column::Answer { task, measure })
    }
}

fn profile_column(name: &str) -> Option<Column> {
    Some(match name {
        names::CODE | "respondent" | "code" | "respondent code" | "respondent_id" => Column::Code,
        names::COUNTRY => Column::Country,
        names::LEVEL | "position" => Column::Level,
        names::SECTOR => Column::Sector,
        names::YEARS | "years in the job" | "years_in_job" | "years in job" | "experience" => {
            Column::Years
        }
        names::LANGUAGE => Column::Language,
        _ => return None,
    })
}

/// "a-3 importance" → ("a-3", Importance); the separator before the measure
/// is a space, "_", "-", ":" or ".".
fn split_measure(name: &str) -> Option<(&str, Measure)> {
    let at = name.rfind([' ', '_', '-', ':', '.'])?;
    let measure = Measure::from_word(&name[at + 1..])?;
    Some((
        name[..at].trim_end_matches([' ', '_', '-', ':', '.']),
        measure,
    ))
}

/// Lower case, trimmed, inner spaces as one.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// How people write a code such as "A-3": `a-3`, `a3`, `a_3`, `a.3`, `a 3`.
fn spellings(code: &str) -> Vec<String> {
    let code = code.to_lowercase();
    let mut out = vec![code.clone()];
    if code.contains('-') {
        for sep in ["", "_", ".", " "] {
            out.push(code.replace('-', sep));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_model::{Duty, Task};

    fn session() -> Session {
        let mut session = Session::default();
        let mut duty = Duty::new("Maintain security");
        duty.tasks = vec![Task::new("Search cells"), Task::new("Escort prisoners")];
        session.chart.duties.push(duty);
        session
    }

    #[test]
    fn headers_name_profile_answers_missed_tasks_and_tool_columns() {
        let session = session();
        let duty = &session.chart.duties[0];
        let (search, escort) = (duty.tasks[0].id, duty.tasks[1].id);
        let stem = names::stems(&[search, escort])[0].clone();
        let names = Names::of(&session, &[], &["Prison".to_owned()]);
        let grouped = format!("duty_a/{stem}_performs");
        let cases = [
            ("respondent_code", Some(Column::Code)),
            ("profile/country", Some(Column::Country)),
            ("Years in the job", Some(Column::Years)),
            ("prison", Some(Column::Attribute(0))),
            (
                "A-2 importance",
                Some(Column::Answer {
                    task: escort,
                    measure: Measure::Importance,
                }),
            ),
            (
                "a2_freq",
                Some(Column::Answer {
                    task: escort,
                    measure: Measure::Frequency,
                }),
            ),
            (
                grouped.as_str(),
                Some(Column::Answer {
                    task: search,
                    measure: Measure::Performs,
                }),
            ),
            ("missed_A", Some(Column::Missed(Some(duty.id)))),
            ("missed", Some(Column::Missed(None))),
            ("_submission_time", Some(Column::Skipped)),
            ("meta/instanceID", Some(Column::Skipped)),
            ("start", Some(Column::Skipped)),
            ("A-9 importance", None),
            ("A-1 happiness", None),
            ("missed_Q", None),
            ("favourite colour", None),
        ];
        for (header, expected) in cases {
            assert_eq!(names.column(header), expected, "{header}");
        }
    }
}
