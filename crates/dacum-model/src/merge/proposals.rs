//! Proposed duplicates: pairs of elements of a session whose texts are nearly the
//! same ([`similarity`](crate::text::similarity) at or above
//! [`DUPLICATE_THRESHOLD`]) and that come from
//! different sources. They are only proposed: the coordinator accepts one with
//! [`Edit::MergeDuplicate`](crate::Edit::MergeDuplicate) or rejects it with
//! [`Edit::SetDistinct`](crate::Edit::SetDistinct), which is remembered.
//!
//! Compared: tasks with tasks anywhere in the chart, duties with duties, items of
//! the same supporting list, drivers of the same category.

use std::collections::BTreeSet;

use super::candidates::candidate_pairs;
use super::element::Kind;
use crate::chart::ListKind;
use crate::id::Id;
use crate::pestle::Category;
use crate::session::Session;
use crate::text::{DUPLICATE_THRESHOLD, Words, same_text_key};

/// Two elements that look like duplicates.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub kind: Kind,
    /// The element to keep if the proposal is accepted: the one more sources
    /// hold, or the earlier one.
    pub keep: Id,
    /// The element that would be merged into `keep`.
    pub absorb: Id,
    pub keep_text: String,
    pub absorb_text: String,
    pub similarity: f64,
}

/// Every proposed duplicate of a session, by kind, in chart order.
pub fn proposals(session: &Session) -> Vec<Proposal> {
    let chart = &session.chart;
    let mut found = Vec::new();
    let duties: Vec<(Id, &str)> = chart
        .duties
        .iter()
        .map(|d| (d.id, d.title.as_str()))
        .collect();
    compare(session, Kind::Duty, &duties, &mut found);
    let tasks: Vec<(Id, &str)> = chart
        .tasks()
        .map(|(_, _, t)| (t.id, t.statement.as_str()))
        .collect();
    compare(session, Kind::Task, &tasks, &mut found);
    for list in ListKind::ALL {
        let items: Vec<(Id, &str)> = chart
            .list(list)
            .iter()
            .map(|i| (i.id, i.text.as_str()))
            .collect();
        compare(session, Kind::ListItem, &items, &mut found);
    }
    for category in Category::ALL {
        let drivers: Vec<(Id, &str)> = session
            .pestle
            .drivers
            .iter()
            .filter(|d| d.category == category)
            .map(|d| (d.id, d.title.as_str()))
            .collect();
        compare(session, Kind::Driver, &drivers, &mut found);
    }
    found
}

fn compare(session: &Session, kind: Kind, items: &[(Id, &str)], found: &mut Vec<Proposal>) {
    let provenance = &session.provenance;
    let words: Vec<Words> = items
        .iter()
        .map(|(_, t)| Words::of(&same_text_key(t)))
        .collect();
    let empty = BTreeSet::new();
    let sources = |id: Id| provenance.elements.get(&id).unwrap_or(&empty);
    // Only the pairs the index finds can be alike (see `candidates`), in the
    // order of comparing every pair.
    for (i, j) in candidate_pairs(&words, DUPLICATE_THRESHOLD) {
        let ((a, a_text), (b, b_text)) = (items[i], items[j]);
        let (a_sources, b_sources) = (sources(a), sources(b));
        if a == b || !a_sources.is_disjoint(b_sources) || provenance.is_distinct(a, b) {
            continue;
        }
        let similarity = words[i].similarity_at_least(&words[j], DUPLICATE_THRESHOLD);
        if similarity < DUPLICATE_THRESHOLD {
            continue;
        }
        let swap = b_sources.len() > a_sources.len();
        let ((keep, keep_text), (absorb, absorb_text)) = if swap {
            ((b, b_text), (a, a_text))
        } else {
            ((a, a_text), (b, b_text))
        };
        found.push(Proposal {
            kind,
            keep,
            absorb,
            keep_text: keep_text.to_owned(),
            absorb_text: absorb_text.to_owned(),
            similarity,
        });
    }
}
