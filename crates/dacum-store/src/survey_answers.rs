//! Survey answers coming back: a CSV file (or a workbook's sheet, as a
//! [`Table`]) of one row per respondent, imported into a survey round as one
//! undo step — all of it or nothing.
//!
//! The header decides the columns ([`header`]): KoboToolbox and ODK exports of
//! the app's XLSForm (group prefixes, their metadata columns, `n/a`), the
//! data-entry workbook, and any wide file whose header carries the task codes
//! (`A-3 importance`). Every bad cell is listed with its row and column, and
//! nothing is imported until there are none. A row whose first cell starts
//! with `#` is a note, not a respondent. A respondent whose code the round
//! already has is not imported again, so importing the same file twice adds
//! nothing, and a later export of the same survey adds only the new people.

mod header;
mod table;
mod values;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use dacum_model::survey::names::{self, Measure};
use dacum_model::survey::{Answer, Comment, Mode, Profile, Respondent, Review, Round, Suggestion};
use dacum_model::{Edit, Id, Session};

use header::{Column, Names};
pub use table::{Table, TableError, column_name};

/// Reads a file of answers as a table: CSV (`.csv`, `.txt`, `.tsv`) or an
/// Excel workbook's first sheet (`.xlsx`), by the extension. Size and encoding are checked as for every file a user gives.
pub fn read_answer_table(path: &std::path::Path) -> Result<Table, TableError> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = crate::load::read_limited(path).map_err(|e| TableError {
                row: None,
                message: e.message(),
            })?;
            Table::from_csv(&bytes)
        }
        "xlsx" => {
            let bytes = crate::load::read_limited(path).map_err(|e| TableError {
                row: None,
                message: e.message(),
            })?;
            Table::from_xlsx(&bytes)
        }
        other => Err(TableError {
            row: None,
            message: format!(
                "answers are read from CSV files (.csv) and Excel workbooks (.xlsx); “.{other}” \
                 is neither — save the sheet as “CSV UTF-8” or as an Excel workbook"
            ),
        }),
    }
}

/// One bad cell (or a bad header or row), with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
    /// 1-based, the header being row 1.
    pub row: usize,
    /// 0-based column, when the problem is in one cell.
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for CellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(column) => write!(
                f,
                "row {}, column {}: {}",
                self.row,
                column_name(column),
                self.message
            ),
            None => write!(f, "row {}: {}", self.row, self.message),
        }
    }
}

/// What an import would do, and the edit that does it.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyImport {
    /// Adds the round, or replaces it with the respondents added; `None` when
    /// the file brings nothing new.
    pub edit: Option<Edit>,
    pub round: String,
    pub new_round: bool,
    pub added: usize,
    /// Respondents the round already had, with the same answers.
    pub known: usize,
    /// Respondents the round already had with other answers in the file: the
    /// round's are kept (delete the respondent in the round to take the file's).
    pub changed: Vec<String>,
    pub suggestions: usize,
    pub comments: usize,
    /// Headers of the columns a collection tool adds, not read.
    pub skipped_columns: Vec<String>,
}

/// Plans the import of `table` into the round named `round_name` (a new round
/// of that name if the session has none), or, without a name, into the
/// session's only survey round, or a new round named `default_name`.
pub fn plan_survey_import(
    session: &Session,
    table: &Table,
    round_name: Option<&str>,
    default_name: &str,
) -> Result<SurveyImport, Vec<CellError>> {
    let existing = match round_name {
        Some(name) => session
            .survey
            .rounds
            .iter()
            .find(|r| r.name.trim() == name.trim()),
        None => {
            let surveys: Vec<&Round> = session
                .survey
                .rounds
                .iter()
                .filter(|r| r.mode == Mode::Survey)
                .collect();
            match surveys.as_slice() {
                [only] => Some(*only),
                [] => None,
                _ => {
                    return Err(vec![CellError {
                        row: 1,
                        column: None,
                        message: format!(
                            "the session has {} survey rounds; say which one the answers \
                             belong to (--round NAME)",
                            surveys.len()
                        ),
                    }]);
                }
            }
        }
    };
    let mut round = existing.cloned().unwrap_or_else(|| {
        Round::new(
            round_name.unwrap_or(default_name).trim(),
            Mode::Survey,
            Vec::new(),
        )
    });
    let new_round = existing.is_none();
    if new_round {
        round.id = Id::derived(&format!("survey round {}", round.name), [session.id]);
    }

    let Some(header) = table.rows.first() else {
        return Err(vec![CellError {
            row: 1,
            column: None,
            message: "the file is empty: it needs a header row and a row per respondent".to_owned(),
        }]);
    };
    let (columns, skipped) = read_header(session, &mut round, header, new_round)?;

    if new_round {
        // The round asks about the tasks the file answers, in chart order.
        let answered: BTreeSet<Id> = columns
            .iter()
            .filter_map(|c| match c {
                Some(Column::Answer { task, measure }) if *measure != Measure::Comment => {
                    Some(*task)
                }
                _ => None,
            })
            .collect();
        round.tasks = session
            .chart
            .tasks()
            .map(|(_, _, t)| t.id)
            .filter(|id| answered.contains(id))
            .collect();
    }
    let position: BTreeMap<Id, usize> = round
        .tasks
        .iter()
        .enumerate()
        .map(|(i, &t)| (t, i))
        .collect();

    let mut errors = Vec::new();
    let mut seen_codes: BTreeMap<String, usize> = BTreeMap::new();
    let known: BTreeMap<&str, &Respondent> = existing
        .map(|r| r.respondents.iter().map(|x| (x.code.as_str(), x)).collect())
        .unwrap_or_default();
    let mut outcome = Outcome::default();
    for (index, cells) in table.rows.iter().enumerate().skip(1) {
        let row = index + 1;
        // Blank rows, and note rows (the data-entry workbook's second row says
        // in words what each column is), are not respondents.
        let is_note = cells
            .first()
            .is_some_and(|c| c.trim_start().starts_with('#'));
        if is_note || cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some((extra, _)) = cells
            .iter()
            .enumerate()
            .skip(columns.len())
            .find(|(_, c)| !c.trim().is_empty())
        {
            errors.push(CellError {
                row,
                column: Some(extra),
                message: "a value beyond the last named column".to_owned(),
            });
        }
        let read = read_row(cells, &columns, &position, round.attributes.len(), row);
        let parsed = match read {
            Ok(parsed) => parsed,
            Err(mut row_errors) => {
                errors.append(&mut row_errors);
                continue;
            }
        };
        let code = parsed.respondent.code.clone();
        if let Some(first) = seen_codes.insert(code.clone(), row) {
            errors.push(CellError {
                row,
                column: columns.iter().position(|c| *c == Some(Column::Code)),
                message: format!("the respondent code “{code}” is also used in row {first}"),
            });
            continue;
        }
        match known.get(code.as_str()) {
            Some(old) if **old == parsed.respondent => outcome.known += 1,
            Some(_) => outcome.changed.push(code),
            None => outcome.add(&round, parsed),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let brings_something = outcome.added > 0;
    let (added, suggestions, comments) = (
        outcome.added,
        outcome.suggestions.len(),
        outcome.comments.len(),
    );
    round.respondents.extend(outcome.respondents);
    round.comments.extend(outcome.comments);
    round.suggestions.extend(outcome.suggestions);
    if new_round {
        let languages: BTreeSet<String> = round
            .respondents
            .iter()
            .map(|r| r.profile.language.clone())
            .filter(|l| !l.is_empty())
            .collect();
        round.languages = languages.into_iter().collect();
    }
    let edit = brings_something.then(|| {
        if new_round {
            Edit::InsertRound {
                index: session.survey.rounds.len(),
                round: Box::new(round.clone()),
            }
        } else {
            Edit::UpdateRound(Box::new(round.clone()))
        }
    });
    Ok(SurveyImport {
        edit,
        round: round.name,
        new_round,
        added,
        known: outcome.known,
        changed: outcome.changed,
        suggestions,
        comments,
        skipped_columns: skipped,
    })
}

/// The respondents, comments and suggestions to add.
#[derive(Default)]
struct Outcome {
    respondents: Vec<Respondent>,
    comments: Vec<Comment>,
    suggestions: Vec<Suggestion>,
    added: usize,
    known: usize,
    changed: Vec<String>,
}

impl Outcome {
    fn add(&mut self, round: &Round, parsed: Parsed) {
        let code = parsed.respondent.code.clone();
        for (task, text) in parsed.comments {
            self.comments.push(Comment {
                respondent: code.clone(),
                task,
                text,
            });
        }
        for (column, duty, statement) in parsed.missed {
            self.suggestions.push(Suggestion {
                id: Id::derived(
                    &format!("survey suggestion {code} {column} {statement}"),
                    [round.id],
                ),
                statement,
                duty,
                respondent: Some(code.clone()),
                review: Review::Open,
            });
        }
        self.respondents.push(parsed.respondent);
        self.added += 1;
    }
}

/// What each column holds (`None` for a skipped one), and the skipped headers.
type Header = (Vec<Option<Column>>, Vec<String>);

fn read_header(
    session: &Session,
    round: &mut Round,
    header: &[String],
    new_round: bool,
) -> Result<Header, Vec<CellError>> {
    let mut errors = Vec::new();
    let mut columns = Vec::with_capacity(header.len());
    let mut skipped = Vec::new();
    // A new round takes its own attributes from `attr_…` columns.
    if new_round {
        for name in header {
            let folded = name.trim().to_lowercase();
            let folded = folded
                .rsplit(['/', ':'])
                .next()
                .unwrap_or(&folded)
                .to_owned();
            if let Some(attribute) = folded
                .strip_prefix("attr_")
                .or_else(|| folded.strip_prefix("attr "))
                && !round
                    .attributes
                    .iter()
                    .any(|a| names::attribute(a) == names::attribute(attribute))
            {
                round.attributes.push(attribute.to_owned());
            }
        }
    }
    let names = Names::of(session, &round.tasks, &round.attributes);
    let mut taken: BTreeMap<Column, usize> = BTreeMap::new();
    for (index, name) in header.iter().enumerate() {
        let error = |message: String| CellError {
            row: 1,
            column: Some(index),
            message,
        };
        if name.trim().is_empty() {
            columns.push(None);
            continue;
        }
        match names.column(name) {
            None => {
                errors.push(error(format!(
                    "“{}” names no profile field, task, duty or attribute of round “{}”: \
                     rename or remove the column",
                    name.trim(),
                    round.name
                )));
                columns.push(None);
            }
            Some(Column::Skipped) => {
                skipped.push(name.trim().to_owned());
                columns.push(None);
            }
            Some(column) => {
                if let Column::Answer { task, measure } = column
                    && measure != Measure::Comment
                    && !new_round
                    && !round.tasks.contains(&task)
                {
                    errors.push(error(format!(
                        "“{}” is a task round “{}” did not ask about",
                        name.trim(),
                        round.name
                    )));
                }
                if let Some(first) = taken.insert(column.clone(), index) {
                    errors.push(error(format!(
                        "“{}” is the same question as column {}",
                        name.trim(),
                        column_name(first)
                    )));
                }
                columns.push(Some(column));
            }
        }
    }
    for (required, name) in [
        (Column::Code, "respondent_code"),
        (Column::Country, "country"),
        (Column::Level, "level"),
    ] {
        if !taken.contains_key(&required) {
            errors.push(CellError {
                row: 1,
                column: None,
                message: format!(
                    "the profile column “{name}” is missing (every file of answers needs \
                     respondent_code, country and level)"
                ),
            });
        }
    }
    if errors.is_empty() {
        Ok((columns, skipped))
    } else {
        Err(errors)
    }
}

/// One row read.
struct Parsed {
    respondent: Respondent,
    comments: Vec<(Id, String)>,
    /// Column, duty, statement.
    missed: Vec<(usize, Option<Id>, String)>,
}

fn read_row(
    cells: &[String],
    columns: &[Option<Column>],
    position: &BTreeMap<Id, usize>,
    attributes: usize,
    row: usize,
) -> Result<Parsed, Vec<CellError>> {
    let mut errors = Vec::new();
    let mut profile = Profile {
        attributes: vec![String::new(); attributes],
        ..Profile::default()
    };
    let mut code = String::new();
    let mut answers = vec![Answer::default(); position.len()];
    let mut comments = Vec::new();
    let mut missed = Vec::new();
    for (index, column) in columns.iter().enumerate() {
        let Some(column) = column else { continue };
        let cell = cells.get(index).map_or("", |c| c.trim());
        let mut fail = |message: String| {
            errors.push(CellError {
                row,
                column: Some(index),
                message,
            });
        };
        match column {
            Column::Code => code = cell.to_owned(),
            Column::Country => match values::country(cell) {
                Ok(country) => profile.country = country,
                Err(message) => fail(message),
            },
            Column::Level => match values::level(cell) {
                Ok(level) => profile.level = level,
                Err(message) => fail(message),
            },
            Column::Sector => match values::sector(cell) {
                Ok(sector) => profile.sector = sector,
                Err(message) => fail(message),
            },
            Column::Years => match values::years(cell) {
                Ok(years) => profile.years = years,
                Err(message) => fail(message),
            },
            Column::Language => {
                if !values::is_blank(cell) {
                    cell.clone_into(&mut profile.language);
                }
            }
            Column::Attribute(i) => {
                if let Some(value) = profile.attributes.get_mut(*i) {
                    cell.clone_into(value);
                }
            }
            Column::Missed(duty) => {
                if !values::is_blank(cell) {
                    missed.push((index, *duty, cell.to_owned()));
                }
            }
            Column::Answer {
                task,
                measure: Measure::Comment,
            } => {
                if !values::is_blank(cell) {
                    comments.push((*task, cell.to_owned()));
                }
            }
            Column::Answer { task, measure } => {
                // The header check makes every answered task one of the round's.
                let Some(answer) = position.get(task).and_then(|&i| answers.get_mut(i)) else {
                    continue;
                };
                let result = match measure {
                    Measure::Performs => values::yes_no(cell).map(|v| answer.performs = v),
                    Measure::Importance => values::score(cell).map(|v| answer.importance = v),
                    Measure::Frequency => values::score(cell).map(|v| answer.frequency = v),
                    Measure::Difficulty => values::score(cell).map(|v| answer.difficulty = v),
                    Measure::Train => values::yes_no(cell).map(|v| answer.train = v),
                    // Read above, whether or not the round asks about the task.
                    Measure::Comment => Ok(()),
                };
                if let Err(message) = result {
                    fail(message);
                }
            }
            Column::Skipped => {}
        }
    }
    if code.is_empty() {
        errors.push(CellError {
            row,
            column: columns.iter().position(|c| *c == Some(Column::Code)),
            message: "the respondent code is empty: every row needs one (no names needed)"
                .to_owned(),
        });
    }
    if errors.is_empty() {
        Ok(Parsed {
            respondent: Respondent {
                code,
                profile,
                answers,
            },
            comments,
            missed,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests;
