//! One respondent as one line of text, which is how a session file keeps a
//! survey compact, readable and diffable:
//!
//! ```text
//! R0042 | CZ | job-holder | public | 12 | cs | Plzeň | y432n y54-y ----- n----
//! ```
//!
//! The fields are the code, country, level, sector, years in the job and
//! language, then the values of the round's own attributes, then the answers:
//! one token per task of the round, in its order, of five marks — performs
//! (`y`, `n`), importance, frequency and difficulty (`1`–`5`), train (`y`,
//! `n`) — with `-` for a mark left blank. An empty field is a blank value. A
//! `|` or `\` inside a code or an attribute value is written `\|`, `\\`;
//! spaces around a field are not part of it.

use super::{Answer, Level, Profile, Respondent, Sector};

/// Why a line could not be read, and where: a character offset into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    pub message: String,
    /// Characters from the start of the line.
    pub column: usize,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (character {})", self.message, self.column + 1)
    }
}

/// The fixed fields before the attributes: code, country, level, sector,
/// years, language.
const FIXED: usize = 6;

/// Marks of one answer token.
const TOKEN: usize = 5;

/// The line of `respondent`.
pub fn write(respondent: &Respondent) -> String {
    let profile = &respondent.profile;
    let mut fields: Vec<String> = vec![
        escape(&respondent.code),
        escape(&profile.country),
        profile.level.map(Level::key).unwrap_or_default().to_owned(),
        profile
            .sector
            .map(Sector::key)
            .unwrap_or_default()
            .to_owned(),
        profile.years.map(|y| y.to_string()).unwrap_or_default(),
        escape(&profile.language),
    ];
    fields.extend(profile.attributes.iter().map(|a| escape(a)));
    let mut answers = String::with_capacity(respondent.answers.len() * (TOKEN + 1));
    for (i, answer) in respondent.answers.iter().enumerate() {
        if i > 0 {
            answers.push(' ');
        }
        write_answer(*answer, &mut answers);
    }
    fields.push(answers);
    fields.join(" | ")
}

fn write_answer(answer: Answer, out: &mut String) {
    let yes_no = |v: Option<bool>| match v {
        Some(true) => 'y',
        Some(false) => 'n',
        None => '-',
    };
    let score = |v: Option<u8>| match v {
        Some(s @ 1..=9) => char::from(b'0' + s),
        // Out of the 1–9 range a score cannot be one mark; the model never
        // holds one (`Answer::in_scale`), and a blank is the honest stand-in.
        _ => '-',
    };
    out.push(yes_no(answer.performs));
    out.push(score(answer.importance));
    out.push(score(answer.frequency));
    out.push(score(answer.difficulty));
    out.push(yes_no(answer.train));
}

/// Reads a line written by [`write`](fn@write).
pub fn read(line: &str) -> Result<Respondent, LineError> {
    let fields = split(line)?;
    if fields.len() < FIXED + 1 {
        return Err(LineError {
            message: format!(
                "a respondent line has at least {} fields separated by “|” (code, country, \
                 level, sector, years, language, answers); this one has {}",
                FIXED + 1,
                fields.len()
            ),
            column: 0,
        });
    }
    let field = |i: usize| &fields[i];
    let level = match field(2).text.as_str() {
        "" => None,
        key => Some(Level::from_key(key).ok_or_else(|| LineError {
            message: format!(
                "unknown level “{key}”: one of job-holder, supervisor, trainer, manager"
            ),
            column: field(2).column,
        })?),
    };
    let sector = match field(3).text.as_str() {
        "" => None,
        key => Some(Sector::from_key(key).ok_or_else(|| LineError {
            message: format!("unknown sector “{key}”: one of public, private, ngo"),
            column: field(3).column,
        })?),
    };
    let years = match field(4).text.as_str() {
        "" => None,
        text => Some(text.parse::<u16>().map_err(|_| LineError {
            message: format!("years in the job must be a whole number, not “{text}”"),
            column: field(4).column,
        })?),
    };
    let answers_field = &fields[fields.len() - 1];
    let answers = read_answers(&answers_field.text, answers_field.column)?;
    Ok(Respondent {
        code: field(0).text.clone(),
        profile: Profile {
            country: field(1).text.clone(),
            level,
            sector,
            years,
            language: field(5).text.clone(),
            attributes: fields[FIXED..fields.len() - 1]
                .iter()
                .map(|f| f.text.clone())
                .collect(),
        },
        answers,
    })
}

fn read_answers(text: &str, column: usize) -> Result<Vec<Answer>, LineError> {
    let mut answers = Vec::with_capacity(text.len() / (TOKEN + 1) + 1);
    let mut offset = 0;
    for token in text.split(' ') {
        let at = column + offset;
        offset += token.chars().count() + 1;
        if token.is_empty() {
            if text.is_empty() {
                break;
            }
            return Err(LineError {
                message: "answers are separated by one space".to_owned(),
                column: at,
            });
        }
        answers.push(read_answer(token, at, answers.len())?);
    }
    Ok(answers)
}

fn read_answer(token: &str, column: usize, index: usize) -> Result<Answer, LineError> {
    let marks: Vec<char> = token.chars().collect();
    let error = |message: String, mark: usize| LineError {
        message: format!("answer {}: {message}", index + 1),
        column: column + mark,
    };
    if marks.len() != TOKEN {
        return Err(error(
            format!(
                "“{token}” is not five marks (performs, importance, frequency, difficulty, \
                 train, e.g. “y43-n”)"
            ),
            0,
        ));
    }
    let yes_no = |mark: usize, what: &str| match marks[mark] {
        'y' => Ok(Some(true)),
        'n' => Ok(Some(false)),
        '-' => Ok(None),
        other => Err(error(
            format!("{what} is “y”, “n” or “-”, not “{other}”"),
            mark,
        )),
    };
    let score = |mark: usize, what: &str| match marks[mark] {
        c @ '1'..='5' => Ok(Some(c as u8 - b'0')),
        '-' => Ok(None),
        other => Err(error(
            format!("{what} is a score from 1 to 5 or “-”, not “{other}”"),
            mark,
        )),
    };
    Ok(Answer {
        performs: yes_no(0, "performs")?,
        importance: score(1, "importance")?,
        frequency: score(2, "frequency")?,
        difficulty: score(3, "difficulty")?,
        train: yes_no(4, "train")?,
    })
}

struct Field {
    text: String,
    /// Characters from the line's start to the field's first character.
    column: usize,
}

/// The fields of a line, unescaped and trimmed, with where each starts.
fn split(line: &str) -> Result<Vec<Field>, LineError> {
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut chars = line.chars().enumerate();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, escaped @ ('|' | '\\'))) => current.push(escaped),
                _ => {
                    return Err(LineError {
                        message: "“\\” is written before “|” or “\\” only".to_owned(),
                        column: i,
                    });
                }
            },
            '|' => {
                fields.push(finish(&current, start));
                current.clear();
                start = i + 1;
            }
            other => current.push(other),
        }
    }
    fields.push(finish(&current, start));
    Ok(fields)
}

fn finish(raw: &str, start: usize) -> Field {
    let leading = raw.chars().take_while(|c| c.is_whitespace()).count();
    Field {
        text: raw.trim().to_owned(),
        column: start + leading,
    }
}

fn escape(text: &str) -> String {
    let text = text.trim();
    if text.contains(['|', '\\']) {
        text.replace('\\', "\\\\").replace('|', "\\|")
    } else {
        text.to_owned()
    }
}

impl From<Respondent> for String {
    fn from(respondent: Respondent) -> String {
        write(&respondent)
    }
}

impl TryFrom<String> for Respondent {
    type Error = LineError;

    fn try_from(line: String) -> Result<Respondent, LineError> {
        read(&line)
    }
}
