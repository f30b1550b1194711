//! The consolidated session's own identity and details, derived from the set of
//! source sessions alone — so merging the same sources in any order, or merging
//! a consolidated session again with one of its sources, gives the same id and
//! the same details.

use std::collections::BTreeMap;

use crate::id::Id;
use crate::provenance::SourceSession;
use crate::session::{Meta, Session};

/// The source entry for a session that was not merged before.
pub(crate) fn source_of(session: &Session) -> SourceSession {
    let meta = &session.meta;
    SourceSession {
        id: session.id,
        title: meta.title.clone(),
        country: meta.country.clone(),
        language: meta.language.clone(),
        occupation: meta.occupation.clone(),
        start: meta.start,
        end: meta.end,
        organisation: meta.organisation.clone(),
        sponsor: meta.sponsor.clone(),
        venue: meta.venue.clone(),
        notes: meta.notes.clone(),
    }
}

/// The id of the consolidated session of these sources.
pub(crate) fn consolidated_id(sources: &[SourceSession]) -> Id {
    let mut ids: Vec<Id> = sources.iter().map(|s| s.id).collect();
    ids.sort();
    Id::derived("dacum-studio consolidated session", ids)
}

/// The details of the consolidated session: the most common occupation, the
/// shared country and language when all sources agree ("mul", several
/// languages, when they do not), the earliest start and latest end, and a note
/// listing the sources.
pub(crate) fn consolidated_meta(sources: &[SourceSession]) -> Meta {
    let occupation = most_common(sources.iter().map(|s| s.occupation.as_str()));
    let shared = |field: fn(&SourceSession) -> &str| -> Option<String> {
        let first = sources.first().map(field)?;
        sources
            .iter()
            .all(|s| field(s) == first)
            .then(|| first.to_owned())
    };
    let countries: Vec<&str> = {
        let mut c: Vec<&str> = sources
            .iter()
            .map(|s| s.country.as_str())
            .filter(|c| !c.is_empty())
            .collect();
        c.sort_unstable();
        c.dedup();
        c
    };
    let title = match occupation.as_str() {
        "" => format!("Consolidated profile of {} sessions", sources.len()),
        job => format!("{job} — consolidated profile of {} sessions", sources.len()),
    };
    let listed: Vec<String> = sources
        .iter()
        .map(|s| match s.country.as_str() {
            "" => s.title.clone(),
            country => format!("{} ({country})", s.title),
        })
        .collect();
    Meta {
        title,
        occupation,
        country: shared(|s| &s.country).unwrap_or_default(),
        language: shared(|s| &s.language).unwrap_or_else(|| "mul".to_owned()),
        start: sources.iter().filter_map(|s| s.start).min(),
        end: sources.iter().filter_map(|s| s.end).max(),
        notes: format!(
            "Merged from {} sessions ({}): {}.",
            sources.len(),
            countries.join(", "),
            listed.join("; ")
        ),
        ..Meta::default()
    }
}

/// The most frequent non-blank text; a tie goes to the alphabetically first.
fn most_common<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for text in texts.filter(|t| !t.trim().is_empty()) {
        *counts.entry(text).or_default() += 1;
    }
    let best = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
    best.map(|(t, _)| (*t).to_owned()).unwrap_or_default()
}
