//! What each card says about where it came from, in a consolidated session:
//! "7 of 9 · RO CZ DE…" (shared by 7 of the 9 merged sessions, and their
//! countries), the full list on hover, and whether a conflict waits on it. Worked
//! out once per change of the provenance, not per frame: the board is redrawn on
//! every mouse move, and a card should only look its words up.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use dacum_i18n::{Catalogue, Language};
use dacum_model::{Id, Provenance, Session};

/// At most this many characters of countries on a card; more end in "…".
const COUNTRIES_ON_CARD: usize = 12;

/// The provenance of one card in words.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Shared {
    /// On the card: "7 of 9 · RO CZ DE…".
    pub short: String,
    /// On hover and for screen readers: every source, and which hold it not.
    pub full: String,
    /// The names of the fields in conflict ("task statement"), if any.
    pub conflicts: Vec<String>,
    /// Whether every merged session holds it (the usual case, shown quieter).
    pub everywhere: bool,
}

#[derive(Default)]
pub(super) struct SharedCache {
    /// A hash of what the words are made from; `None` when the session was never
    /// merged (then no card shows any of this).
    key: Option<u64>,
    by_element: HashMap<Id, Shared>,
}

impl SharedCache {
    /// Works the words out again if the provenance of the chart or the
    /// interface language changed.
    pub(super) fn update(&mut self, session: &Session, texts: &Catalogue) {
        let provenance = &session.provenance;
        if provenance.sources.is_empty() {
            if self.key.take().is_some() {
                self.by_element.clear();
            }
            return;
        }
        let key = provenance_key(session, texts.language());
        if self.key == Some(key) {
            return;
        }
        self.by_element.clear();
        let chart = &session.chart;
        let cards = chart
            .duties
            .iter()
            .flat_map(|d| std::iter::once(d.id).chain(d.tasks.iter().map(|t| t.id)));
        for id in cards {
            self.by_element.insert(id, shared(texts, provenance, id));
        }
        self.key = Some(key);
    }

    /// The words for a card; `None` for a session that was never merged.
    pub(super) fn of(&self, id: Id) -> Option<&Shared> {
        self.by_element.get(&id)
    }
}

fn shared(texts: &Catalogue, provenance: &Provenance, id: Id) -> Shared {
    let (k, n) = provenance.shared_by(id);
    let countries = provenance.countries_of(id);
    let conflicts = provenance
        .conflicts
        .iter()
        .filter(|c| c.element == id)
        .map(|c| texts.text(&c.field.label()))
        .collect();
    if k == 0 {
        return Shared {
            short: texts.tr("shared-added"),
            full: texts.tr_args("shared-added-full", &[("count", n.into())]),
            conflicts,
            everywhere: false,
        };
    }
    let mut short = texts.tr_args("shared-short", &[("shared", k.into()), ("count", n.into())]);
    let mut used = 0;
    for (i, country) in countries.iter().enumerate() {
        let length = country.chars().count();
        if i > 0 && used + 1 + length > COUNTRIES_ON_CARD {
            short.push('…');
            break;
        }
        short.push_str(if i == 0 { " · " } else { " " });
        short.push_str(country);
        used += length + usize::from(i > 0);
    }
    let name = |s: &dacum_model::SourceSession| {
        if s.country.is_empty() {
            s.title.clone()
        } else {
            format!("{} ({})", s.country, s.title)
        }
    };
    // Sorted like the countries on the card.
    let mut holding: Vec<String> = provenance.sources_of(id).map(name).collect();
    holding.sort();
    let mut missing: Vec<String> = provenance
        .sources
        .iter()
        .filter(|s| !provenance.sources_of(id).any(|h| h.id == s.id))
        .map(name)
        .collect();
    missing.sort();
    let mut full = texts.tr_args(
        "shared-full",
        &[
            ("shared", k.into()),
            ("count", n.into()),
            ("sources", holding.join(", ").into()),
        ],
    );
    if !missing.is_empty() {
        full.push(' ');
        full.push_str(&texts.tr_args("shared-not-in", &[("sources", missing.join(", ").into())]));
    }
    Shared {
        short,
        full,
        conflicts,
        everywhere: k == n,
    }
}

/// Hashing the sources of every card costs microseconds; building the words
/// costs more, so the hash decides whether to build them again.
fn provenance_key(session: &Session, language: Language) -> u64 {
    let provenance = &session.provenance;
    let mut hasher = DefaultHasher::new();
    language.hash(&mut hasher);
    for source in &provenance.sources {
        source.id.hash(&mut hasher);
        source.country.hash(&mut hasher);
        source.title.hash(&mut hasher);
    }
    for duty in &session.chart.duties {
        for id in std::iter::once(duty.id).chain(duty.tasks.iter().map(|t| t.id)) {
            id.hash(&mut hasher);
            provenance.elements.get(&id).hash(&mut hasher);
        }
    }
    for conflict in &provenance.conflicts {
        conflict.element.hash(&mut hasher);
        conflict.field.hash(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use dacum_model::{Conflict, Field, SourceSession};

    fn source(n: u128, country: &str) -> SourceSession {
        SourceSession {
            id: Id::from_u128(n),
            title: format!("{country} workshop"),
            country: country.to_owned(),
            language: String::new(),
            occupation: String::new(),
            start: None,
            end: None,
            ..SourceSession::default()
        }
    }

    #[test]
    fn a_card_names_its_share_and_as_many_countries_as_fit() {
        let mut provenance = Provenance {
            sources: ["RO", "CZ", "DE", "LT", "EL", "PT", "BE"]
                .iter()
                .zip(1..)
                .map(|(c, n)| source(n, c))
                .collect(),
            ..Provenance::default()
        };
        let task = Id::from_u128(100);
        let held: BTreeSet<Id> = (1..=6).map(Id::from_u128).collect();
        provenance.elements.insert(task, held);
        let english = Catalogue::new(Language::English);
        let words = shared(&english, &provenance, task);
        assert_eq!(words.short, "6 of 7 · CZ DE EL LT…");
        assert!(
            words
                .full
                .starts_with("Shared by 6 of 7 partner sessions: CZ (CZ workshop), DE"),
            "{}",
            words.full
        );
        assert!(
            words.full.ends_with("Not in: BE (BE workshop)."),
            "{}",
            words.full
        );
        assert!(words.conflicts.is_empty());

        provenance.conflicts.push(Conflict {
            element: task,
            field: Field::TaskStatement,
            alternatives: Vec::new(),
        });
        assert_eq!(
            shared(&english, &provenance, task).conflicts,
            ["task statement"]
        );
        let new = shared(&english, &provenance, Id::from_u128(101));
        assert_eq!(new.short, "added after the merge");
    }
}
