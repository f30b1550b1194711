//! Translations of a session's content: each text element (a duty title, a task
//! statement, a list item, an acronym's meaning, a driver's title and description,
//! the axes' poles and rationale, a scenario's name and narrative) can carry its
//! text in other languages than the session's working language.
//!
//! A translation remembers a hash of the source text it translates
//! ([`SourceHash`]). When the source changes, the hashes differ and the translation
//! is *stale* — derived, never stored, so no edit of a source has to touch its
//! translations, and a stale translation stays stale until someone sets it again
//! against the new source (reviewing it, or typing a new text).

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::id::Id;
use super::pestle::Axis;

mod checks;
pub mod exchange;
mod shown;
mod slots;

pub use shown::Shown;

pub(crate) use checks::{translated_statement_problems, translation_problems};

pub use slots::{Slot, SlotKind};

/// Which text of a session a translation translates: the element's id and which of
/// its texts, or an axis (axes have no ids: there is one of each side).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TextSlot {
    DutyTitle(Id),
    TaskStatement(Id),
    ListItem(Id),
    AcronymMeaning(Id),
    DriverTitle(Id),
    DriverDescription(Id),
    ScenarioName(Id),
    ScenarioNarrative(Id),
    AxisLowPole(AxisSide),
    AxisHighPole(AxisSide),
    AxisRationale(AxisSide),
}

/// One of the two axes of uncertainty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AxisSide {
    Horizontal,
    Vertical,
}

impl TextSlot {
    /// The element this text belongs to (none for an axis).
    pub fn element(self) -> Option<Id> {
        use TextSlot::{
            AcronymMeaning, AxisHighPole, AxisLowPole, AxisRationale, DriverDescription,
            DriverTitle, DutyTitle, ListItem, ScenarioName, ScenarioNarrative, TaskStatement,
        };
        match self {
            DutyTitle(id)
            | TaskStatement(id)
            | ListItem(id)
            | AcronymMeaning(id)
            | DriverTitle(id)
            | DriverDescription(id)
            | ScenarioName(id)
            | ScenarioNarrative(id) => Some(id),
            AxisLowPole(_) | AxisHighPole(_) | AxisRationale(_) => None,
        }
    }

    /// The same text of another element of the same kind (axes stay as they are).
    #[must_use]
    pub fn of_element(self, other: Id) -> TextSlot {
        use TextSlot::{
            AcronymMeaning, DriverDescription, DriverTitle, DutyTitle, ListItem, ScenarioName,
            ScenarioNarrative, TaskStatement,
        };
        match self {
            DutyTitle(_) => DutyTitle(other),
            TaskStatement(_) => TaskStatement(other),
            ListItem(_) => ListItem(other),
            AcronymMeaning(_) => AcronymMeaning(other),
            DriverTitle(_) => DriverTitle(other),
            DriverDescription(_) => DriverDescription(other),
            ScenarioName(_) => ScenarioName(other),
            ScenarioNarrative(_) => ScenarioNarrative(other),
            axis => axis,
        }
    }

    /// The axis this text belongs to (none for an element's text).
    pub fn axis(self) -> Option<AxisSide> {
        match self {
            TextSlot::AxisLowPole(side)
            | TextSlot::AxisHighPole(side)
            | TextSlot::AxisRationale(side) => Some(side),
            _ => None,
        }
    }

    /// A stable name for the slot in files other tools read (XLIFF unit ids, the
    /// two-column form): the element's id, with the part after a dot where an
    /// element has two texts ("…-….description"), or "axis.horizontal.low".
    pub fn key(self) -> String {
        use TextSlot::{
            AcronymMeaning, AxisHighPole, AxisLowPole, AxisRationale, DriverDescription,
            DriverTitle, DutyTitle, ListItem, ScenarioName, ScenarioNarrative, TaskStatement,
        };
        match self {
            DutyTitle(id) | TaskStatement(id) | ListItem(id) | AcronymMeaning(id)
            | DriverTitle(id) | ScenarioName(id) => id.to_string(),
            DriverDescription(id) => format!("{id}.description"),
            ScenarioNarrative(id) => format!("{id}.narrative"),
            AxisLowPole(side) => format!("axis.{}.low", side.key()),
            AxisHighPole(side) => format!("axis.{}.high", side.key()),
            AxisRationale(side) => format!("axis.{}.rationale", side.key()),
        }
    }
}

impl AxisSide {
    pub const BOTH: [AxisSide; 2] = [AxisSide::Horizontal, AxisSide::Vertical];

    fn key(self) -> &'static str {
        match self {
            AxisSide::Horizontal => "horizontal",
            AxisSide::Vertical => "vertical",
        }
    }

    /// The axis of this side in a session, if it is set.
    pub fn of(self, axes: &super::pestle::Axes) -> Option<&Axis> {
        match self {
            AxisSide::Horizontal => axes.horizontal.as_ref(),
            AxisSide::Vertical => axes.vertical.as_ref(),
        }
    }
}

/// How far a translation has come: a translator's first version, or checked.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Status {
    #[default]
    Draft,
    Reviewed,
}

/// A hash of the source text a translation was made from: FNV-1a (64 bits) of the
/// text's UTF-8 bytes, leading and trailing white space left out. Written in files
/// as 16 hexadecimal digits; the function never changes, since files keep its
/// values (a test pins it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceHash(pub u64);

impl SourceHash {
    pub fn of(text: &str) -> Self {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let hash = text
            .trim()
            .bytes()
            .fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME));
        SourceHash(hash)
    }
}

impl fmt::Display for SourceHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl Serialize for SourceHash {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SourceHash {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let valid = text.len() == 16 && text.bytes().all(|b| b.is_ascii_hexdigit());
        match u64::from_str_radix(&text, 16) {
            Ok(value) if valid => Ok(SourceHash(value)),
            _ => Err(serde::de::Error::custom(format!(
                "a source hash is 16 hexadecimal digits, not \"{text}\""
            ))),
        }
    }
}

/// One text in one other language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub text: String,
    pub status: Status,
    /// The source text this translates, as a hash: a different hash means stale.
    pub source: SourceHash,
}

impl Translation {
    /// A translation of `source` as it reads now.
    pub fn of(source: &str, text: impl Into<String>, status: Status) -> Self {
        Translation {
            text: text.into(),
            status,
            source: SourceHash::of(source),
        }
    }
}

/// Where a text stands in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum State {
    /// No translation yet.
    Missing,
    /// Translated against a source text that has changed since.
    Stale,
    Draft,
    Reviewed,
}

/// Every translation of a session: per language (a BCP 47 tag in its usual
/// spelling, see [`canonical_language`]), per text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Translations(pub BTreeMap<String, BTreeMap<TextSlot, Translation>>);

impl Translations {
    pub fn is_empty(&self) -> bool {
        self.0.values().all(BTreeMap::is_empty)
    }

    /// The languages that hold at least one translation.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0
            .iter()
            .filter(|(_, texts)| !texts.is_empty())
            .map(|(language, _)| language.as_str())
    }

    pub fn get(&self, language: &str, slot: TextSlot) -> Option<&Translation> {
        self.0.get(language)?.get(&slot)
    }

    /// Sets or (with `None`) removes one translation; returns what was there.
    pub(crate) fn put(
        &mut self,
        language: &str,
        slot: TextSlot,
        translation: Option<Translation>,
    ) -> Option<Translation> {
        match translation {
            Some(translation) => self
                .0
                .entry(language.to_owned())
                .or_default()
                .insert(slot, translation),
            None => {
                let texts = self.0.get_mut(language)?;
                let old = texts.remove(&slot);
                if texts.is_empty() {
                    self.0.remove(language);
                }
                old
            }
        }
    }

    /// Every translation of the texts that satisfy `wanted`, in every language.
    pub fn of_slots(
        &self,
        wanted: impl Fn(TextSlot) -> bool,
    ) -> Vec<(&str, TextSlot, &Translation)> {
        let mut found = Vec::new();
        for (language, texts) in &self.0 {
            for (slot, translation) in texts {
                if wanted(*slot) {
                    found.push((language.as_str(), *slot, translation));
                }
            }
        }
        found
    }
}

/// A language tag in its usual spelling: the primary language lower case, a
/// region upper case, a script title case, "_" read as "-" (`de_at` → `de-AT`,
/// "sr-latn-rs" → "sr-Latn-RS"). Surrounding white space is dropped.
pub fn canonical_language(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_ascii_lowercase()
            } else if part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()) {
                part.to_ascii_uppercase()
            } else if part.len() == 4 && part.bytes().all(|b| b.is_ascii_alphabetic()) {
                let mut script = part.to_ascii_lowercase();
                script[..1].make_ascii_uppercase();
                script
            } else {
                part.to_ascii_lowercase()
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether a text is a plausible BCP 47 tag: a primary language of 2–3 letters,
/// then subtags of 1–8 letters or digits ("cs", "de-AT", "sr-Latn-RS").
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether two tags name the same language (spelling aside: `de_at` and `de-AT`).
pub fn same_language(a: &str, b: &str) -> bool {
    canonical_language(a) == canonical_language(b)
}

#[cfg(test)]
mod tests;
