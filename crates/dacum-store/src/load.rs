//! Reading session files from partners, which may be malformed, truncated, huge or
//! hostile: every failure is a [`LoadError`] naming the file and, where it has one,
//! the line and column. Loading never panics and never writes.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::error::{LoadError, LoadErrorKind};
use super::file_format::{CurrentIn, FORMAT, Header, MAX_FILE_SIZE, VERSION, ron_options, v0};
use super::fingerprint::Fingerprint;
use super::messages;
use dacum_model::Session;
use dacum_model::survey::RoundProblem;

/// Loads a session file, migrating an older schema version.
pub fn load_session(path: &Path) -> Result<Session, LoadError> {
    let bytes = read_limited(path)?;
    parse_session(&bytes, path)
}

/// Loads every file, for a merge: the sessions in order, or every file that
/// cannot be read (not only the first).
pub fn load_sessions<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<Session>, Vec<LoadError>> {
    let mut sessions = Vec::with_capacity(paths.len());
    let mut errors = Vec::new();
    for path in paths {
        match load_session(path.as_ref()) {
            Ok(session) => sessions.push(session),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(sessions)
    } else {
        Err(errors)
    }
}

/// Loads a session file and tells what it held, so that a later save can see
/// whether another program changed it in the meantime.
pub fn load_session_with_fingerprint(path: &Path) -> Result<(Session, Fingerprint), LoadError> {
    let bytes = read_limited(path)?;
    let session = parse_session(&bytes, path)?;
    Ok((session, Fingerprint::of(&bytes)))
}

/// Reads a text file a user gave us (a CSV of votes, say) with the same limits
/// and checks as a session file: size, binary content, UTF-8. A leading byte-order
/// mark is kept for the parser to handle.
pub fn read_text_file(path: &Path) -> Result<String, LoadError> {
    let bytes = read_limited(path)?;
    decode(&bytes, path)?;
    String::from_utf8(bytes).map_err(|_| LoadError::new(path, LoadErrorKind::NotUtf8))
}

/// Reads a file's bytes, refusing one larger than a session file may be (also
/// a workbook or a file of answers a user gave us).
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |e| LoadError::new(path, LoadErrorKind::Io(e));
    let file = File::open(path).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > MAX_FILE_SIZE {
        return Err(LoadError::new(
            path,
            LoadErrorKind::TooLarge {
                size,
                limit: MAX_FILE_SIZE,
            },
        ));
    }
    // The file may grow between the size check and the read; never read past the limit.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        let size = bytes.len() as u64;
        return Err(LoadError::new(
            path,
            LoadErrorKind::TooLarge {
                size,
                limit: MAX_FILE_SIZE,
            },
        ));
    }
    Ok(bytes)
}

/// Parses the bytes of a session file; `path` is only used in messages.
pub fn parse_session(bytes: &[u8], path: &Path) -> Result<Session, LoadError> {
    if let Some(kind) = messages::binary_kind(bytes) {
        return Err(LoadError::new(path, LoadErrorKind::OtherFormat(kind)));
    }
    let text = decode(bytes, path)?;
    if text.trim().is_empty() {
        return Err(LoadError::new(path, LoadErrorKind::Empty));
    }
    let options = ron_options();
    // Most files are the current version: read them in one pass, and only when that
    // fails look at the header to see whether another version explains it.
    let current = options.from_str::<CurrentIn>(text);
    if let Ok(file) = &current {
        check_format(&file.format, path)?;
        if file.version == VERSION {
            return current
                .map(Session::from)
                .map_err(|e| syntax_error(e, text, path))
                .and_then(|session| readable_rounds(session, text, path));
        }
    }
    let header: Header = options.from_str(text).map_err(|e| {
        match messages::text_kind(text) {
            Some(kind) => {
                // The place is where the file starts to differ: its first character.
                let start = text.len() - text.trim_start().len();
                let (line, col) = position_of(text.as_bytes(), start);
                LoadError::at(path, line, col, LoadErrorKind::OtherFormat(kind))
            }
            None => syntax_error(e, text, path),
        }
    })?;
    if header.format.is_none()
        && header.version.is_some()
        && let Err(e) = &current
        && matches!(e.code, ron::Error::NoSuchStructField { .. })
    {
        // A misspelt `format:` is a misspelt field, not a file of another kind.
        return Err(syntax_error(e.clone(), text, path));
    }
    check_format(header.format.as_deref().unwrap_or(""), path)?;
    match header.version {
        Some(found) if found > VERSION => Err(LoadError::new(
            path,
            LoadErrorKind::TooNew {
                found,
                supported: VERSION,
            },
        )),
        Some(0) => match options.from_str::<v0::File>(text) {
            Ok(file) => Ok(v0::migrate(file)),
            Err(e) => {
                let mut error = syntax_error(e, text, path);
                if current.is_ok()
                    && let LoadErrorKind::UnknownField(unknown) = &mut error.kind
                {
                    unknown.hint = Some(format!(
                        "The file says version 0, but it reads as a version {VERSION} file: \
                         is `version: 0` a mistake? (the file was not changed)"
                    ));
                }
                Err(error)
            }
        },
        // Version 1 (or none): the error of the first attempt is the real one.
        _ => current
            .map(Session::from)
            .map_err(|e| syntax_error(e, text, path))
            .and_then(|session| readable_rounds(session, text, path)),
    }
}

/// Refuses a survey round whose respondents' answers or attribute values do
/// not match the round's lists of tasks and attributes: they could not be read
/// against the right tasks, and a guess would misattribute answers. The error
/// points at the respondent's line (found by its code after the round's id).
fn readable_rounds(session: Session, text: &str, path: &Path) -> Result<Session, LoadError> {
    for round in &session.survey.rounds {
        let Some(problem) = round
            .problems()
            .into_iter()
            .find(RoundProblem::is_structural)
        else {
            continue;
        };
        let round_at = text.find(&format!("id: \"{}\"", round.id));
        let code = match &problem {
            RoundProblem::AnswerCount { code, .. } | RoundProblem::AttributeCount { code, .. } => {
                code.as_str()
            }
            _ => "",
        };
        let line_at = round_at.and_then(|start| {
            text[start..]
                .find(&format!("\"{code} |"))
                .map(|offset| start + offset + 1)
        });
        let message = problem.text(&round.name).to_string();
        return Err(match line_at.or(round_at) {
            Some(offset) => {
                let (line, col) = position_of(text.as_bytes(), offset);
                LoadError::at(path, line, col, LoadErrorKind::Syntax(message))
            }
            None => LoadError::new(path, LoadErrorKind::Syntax(message)),
        });
    }
    Ok(session)
}

fn check_format(found: &str, path: &Path) -> Result<(), LoadError> {
    if found == FORMAT {
        Ok(())
    } else {
        Err(LoadError::new(
            path,
            LoadErrorKind::WrongFormat {
                found: found.to_owned(),
                expected: FORMAT,
            },
        ))
    }
}

/// Checks that the bytes are text, and returns them without a leading byte-order mark.
fn decode<'a>(bytes: &'a [u8], path: &Path) -> Result<&'a str, LoadError> {
    if let Some(zero) = bytes.iter().position(|&b| b == 0) {
        let (line, col) = position_of(bytes, zero);
        return Err(LoadError::at(path, line, col, LoadErrorKind::Binary));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, col) = position_of(bytes, e.valid_up_to());
        LoadError::at(path, line, col, LoadErrorKind::NotUtf8)
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The 1-based line and column (in characters) of a byte offset.
pub(crate) fn position_of(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}

fn syntax_error(error: ron::error::SpannedError, text: &str, path: &Path) -> LoadError {
    let (mut line, mut col) = (error.span.start.line, error.span.start.col);
    if let ron::Error::NoSuchStructField { found, .. } = &error.code
        && let Some(at) = field_start(text, error.span.end, found)
    {
        (line, col) = at;
    }
    LoadError::at(path, line, col, messages::describe(error.code))
}

/// Where an unknown field's name starts: ron's span ends just after the name (or
/// after the colon that follows it), so the name is the last occurrence of it that
/// ends before the span's end. `None` if it cannot be found there.
fn field_start(text: &str, end: ron::error::Position, name: &str) -> Option<(usize, usize)> {
    let line_text = text.lines().nth(end.line.checked_sub(1)?)?;
    let end_byte = line_text
        .char_indices()
        .nth(end.col.saturating_sub(1))
        .map_or(line_text.len(), |(i, _)| i);
    let at = line_text[..end_byte].rfind(name)?;
    Some((end.line, line_text[..at].chars().count() + 1))
}
