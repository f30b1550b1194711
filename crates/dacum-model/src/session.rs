//! The session: everything one workshop file holds — its description, the people,
//! the DACUM chart, the PESTLE map, verification ratings and provenance.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::chart::Chart;
use super::id::Id;
use super::person::Person;
use super::pestle::Pestle;
pub use super::provenance::{Provenance, SourceSession};
use super::statement_rules::RuleSet;
use super::survey::Survey;
use super::translation::Translations;
use super::verification::Verification;

/// One workshop's whole record. Field order here is the order in the session file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: Id,
    #[serde(default)]
    pub meta: Meta,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub chart: Chart,
    #[serde(default)]
    pub pestle: Pestle,
    #[serde(default)]
    pub verification: Verification,
    /// Verification surveys beyond the panel: rounds of respondents' answers.
    #[serde(default, skip_serializing_if = "Survey::is_empty")]
    pub survey: Survey,
    #[serde(default)]
    pub provenance: Provenance,
    /// The texts in other languages than the working one (`meta.language`).
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub translations: Translations,
}

impl Session {
    /// A person of the session by identity.
    pub fn person(&self, id: Id) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The identity of every element, in file order (duplicates included, so a
    /// check can find them).
    pub fn element_ids(&self) -> Vec<Id> {
        let chart = &self.chart;
        let pestle = &self.pestle;
        let mut ids: Vec<Id> = self.people.iter().map(|p| p.id).collect();
        for duty in &chart.duties {
            ids.push(duty.id);
            ids.extend(duty.tasks.iter().map(|t| t.id));
        }
        for list in [
            &chart.knowledge_skills,
            &chart.behaviours,
            &chart.tools,
            &chart.trends,
        ] {
            ids.extend(list.iter().map(|i| i.id));
        }
        ids.extend(chart.acronyms.iter().map(|a| a.id));
        ids.extend(self.verification.ratings.iter().map(|r| r.id));
        ids.extend(pestle.participants.iter().map(|p| p.id));
        ids.extend(pestle.drivers.iter().map(|d| d.id));
        ids.extend(pestle.votes.iter().map(|v| v.id));
        ids.extend(pestle.groups.iter().map(|g| g.id));
        ids.extend(pestle.scenarios.iter().map(|s| s.id));
        ids
    }

    /// The statement rules of the session's language: every rule for a language
    /// with word lists, the language-neutral ones for any other, and a sentence
    /// saying which ([`RuleSet::summary`]).
    pub fn statement_rules(&self) -> RuleSet {
        RuleSet::for_language(&self.meta.language)
    }
}

/// What the workshop was: the title block of the chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    /// The job analysed, e.g. "Prison officer".
    pub occupation: String,
    pub organisation: String,
    pub sponsor: String,
    pub venue: String,
    /// ISO 3166-1 alpha-2 code, e.g. "RO"; empty when unknown.
    pub country: String,
    /// BCP 47 language tag of the statements, e.g. "ro" or "en-GB".
    pub language: String,
    #[serde(deserialize_with = "super::date_field::option")]
    pub start: Option<Date>,
    #[serde(deserialize_with = "super::date_field::option")]
    pub end: Option<Date>,
    pub notes: String,
}

impl Default for Meta {
    fn default() -> Self {
        Meta {
            title: String::new(),
            occupation: String::new(),
            organisation: String::new(),
            sponsor: String::new(),
            venue: String::new(),
            country: String::new(),
            language: "en".to_owned(),
            start: None,
            end: None,
            notes: String::new(),
        }
    }
}
