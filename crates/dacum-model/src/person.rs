//! The people of a workshop: panel members, facilitators, observers and survey
//! respondents. A module of its own because both the session (its list of people)
//! and the provenance (a person's role as a merged value) need it.

use serde::{Deserialize, Serialize};

use super::id::{HasId, Id};

/// Why a person took part. Names of all of them are personal data.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Role {
    /// An expert worker on the DACUM panel.
    #[default]
    Panel,
    Facilitator,
    Observer,
    /// Someone who rated tasks in a verification survey without sitting on the panel.
    Respondent,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Panel,
        Role::Facilitator,
        Role::Observer,
        Role::Respondent,
    ];

    /// The key the catalogues select on (`report-role`, `value-role`):
    /// "panel", "facilitator", "observer", "respondent".
    pub fn key(self) -> &'static str {
        match self {
            Role::Panel => "panel",
            Role::Facilitator => "facilitator",
            Role::Observer => "observer",
            Role::Respondent => "respondent",
        }
    }
}

/// A panel member, facilitator, observer or survey respondent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Id,
    #[serde(default)]
    pub role: Role,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub job_title: String,
    #[serde(default)]
    pub organisation: String,
    /// ISO 3166-1 alpha-2 code.
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub years_experience: Option<u32>,
}

impl Person {
    pub fn new(role: Role, name: &str) -> Self {
        Person {
            id: Id::new(),
            role,
            name: name.to_owned(),
            job_title: String::new(),
            organisation: String::new(),
            country: String::new(),
            years_experience: None,
        }
    }
}

impl HasId for Person {
    fn id(&self) -> Id {
        self.id
    }
}
