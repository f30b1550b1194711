//! The shape of a session file on disk, per schema version, and the migrations
//! from older versions to the current one.
//!
//! A file opens with `format: "dacum-studio-session"` and `version: N`. The current
//! version is written with the same field names as the model; older versions have
//! their own structs here and a function that turns them into the next version.
//!
//! Version 2 added the `survey` section: rounds of respondents, each respondent
//! one line of text (`dacum_model::survey::line`), so a survey of 1,000 people
//! stays a small, diffable file. A version 1 file is a version 2 file without
//! it, and reads through the same struct.

use jiff::civil::Date;
use ron::extensions::Extensions;
use serde::{Deserialize, Serialize};

use dacum_model::{
    Acronym, Chart, Duty, Id, ListItem, Meta, Person, Pestle, Provenance, Role, Session, Survey,
    Task, Translations, Verification,
};

/// The format tag every session file starts with.
pub const FORMAT: &str = "dacum-studio-session";
/// The schema version this build writes; it reads this one and every older one.
pub const VERSION: u32 = 2;
/// Files larger than this are refused before parsing.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// RON options for reading and writing: optional values are written bare
/// (`start: "2025-03-11"`, not `Some("2025-03-11")`), and the recursion limit stays
/// on so a deeply nested file is an error, not a stack overflow.
pub(super) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Just the first two fields, to decide how to read the rest. The only lenient
/// struct: it skips every other field on purpose, and is never used for data.
#[derive(Deserialize)]
pub(super) struct Header {
    #[serde(default)]
    pub format: Option<String>,
    #[serde(default)]
    pub version: Option<u32>,
}

/// The current version as written: borrowed, so saving does not copy the session.
#[derive(Serialize)]
pub(super) struct CurrentOut<'a> {
    pub format: &'static str,
    pub version: u32,
    pub id: Id,
    pub meta: &'a Meta,
    pub people: &'a [Person],
    pub chart: &'a Chart,
    pub pestle: &'a Pestle,
    pub verification: &'a Verification,
    #[serde(skip_serializing_if = "no_survey")]
    pub survey: &'a Survey,
    pub provenance: &'a Provenance,
    #[serde(skip_serializing_if = "no_translations")]
    pub translations: &'a Translations,
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference to the field"
)]
fn no_translations(translations: &&Translations) -> bool {
    translations.is_empty()
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference to the field"
)]
fn no_survey(survey: &&Survey) -> bool {
    survey.is_empty()
}

impl<'a> CurrentOut<'a> {
    pub fn new(session: &'a Session) -> Self {
        CurrentOut {
            format: FORMAT,
            version: VERSION,
            id: session.id,
            meta: &session.meta,
            people: &session.people,
            chart: &session.chart,
            pestle: &session.pestle,
            verification: &session.verification,
            survey: &session.survey,
            provenance: &session.provenance,
            translations: &session.translations,
        }
    }
}

/// The current version as read. Every section may be missing (an empty list or
/// default value), so a hand-written file can stay short; a field it does not know
/// is an error, never skipped (a skipped field would be gone after the next save).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CurrentIn {
    pub format: String,
    pub version: u32,
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
    /// Since version 2.
    #[serde(default)]
    pub survey: Survey,
    #[serde(default)]
    pub provenance: Provenance,
    #[serde(default)]
    pub translations: Translations,
}

impl From<CurrentIn> for Session {
    fn from(file: CurrentIn) -> Self {
        let mut provenance = file.provenance;
        // The lookups of decisions and wordings rely on their order, which a file
        // edited by hand need not keep.
        provenance.put_in_order();
        Session {
            id: file.id,
            meta: file.meta,
            people: file.people,
            chart: file.chart,
            pestle: file.pestle,
            verification: file.verification,
            survey: file.survey,
            provenance,
            translations: file.translations,
        }
    }
}

/// Version 0: the prototype's files. Session details sat at the top level with a
/// single date, panel and facilitators were separate lists, tasks had `text`
/// instead of `statement`, and there was no PESTLE or verification yet. As strict
/// as the current version: every field it had is carried over by `migrate`.
pub(super) mod v0 {
    use super::{
        Acronym, Chart, Date, Deserialize, Duty, Id, ListItem, Meta, Person, Pestle, Provenance,
        Role, Session, Survey, Task, Verification,
    };

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct File {
        // Read (the header already checked them) so that they are known fields.
        #[serde(rename = "format")]
        pub _format: String,
        #[serde(rename = "version")]
        pub _version: u32,
        pub id: Id,
        #[serde(default)]
        pub title: String,
        #[serde(default)]
        pub occupation: String,
        #[serde(default)]
        pub organisation: String,
        #[serde(default)]
        pub country: String,
        #[serde(default)]
        pub language: String,
        #[serde(default, deserialize_with = "dacum_model::date_field::option")]
        pub date: Option<Date>,
        #[serde(default)]
        pub panel: Vec<PanelMember>,
        #[serde(default)]
        pub facilitators: Vec<PanelMember>,
        #[serde(default)]
        pub duties: Vec<DutyV0>,
        #[serde(default)]
        pub knowledge: Vec<ListItem>,
        #[serde(default)]
        pub behaviours: Vec<ListItem>,
        #[serde(default)]
        pub tools: Vec<ListItem>,
        #[serde(default)]
        pub trends: Vec<ListItem>,
        #[serde(default)]
        pub acronyms: Vec<Acronym>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct PanelMember {
        pub id: Id,
        #[serde(default)]
        pub name: String,
        #[serde(default)]
        pub job_title: String,
        #[serde(default)]
        pub organisation: String,
        #[serde(default)]
        pub country: String,
        #[serde(default)]
        pub years: Option<u32>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DutyV0 {
        pub id: Id,
        #[serde(default)]
        pub title: String,
        #[serde(default)]
        pub tasks: Vec<TaskV0>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct TaskV0 {
        pub id: Id,
        #[serde(default)]
        pub text: String,
    }

    impl PanelMember {
        fn into_person(self, role: Role) -> Person {
            Person {
                id: self.id,
                role,
                name: self.name,
                job_title: self.job_title,
                organisation: self.organisation,
                country: self.country,
                years_experience: self.years,
            }
        }
    }

    /// Version 0 → version 1.
    pub fn migrate(file: File) -> Session {
        let language = if file.language.is_empty() {
            Meta::default().language
        } else {
            file.language
        };
        let meta = Meta {
            title: file.title,
            occupation: file.occupation,
            organisation: file.organisation,
            country: file.country,
            language,
            start: file.date,
            end: file.date,
            ..Meta::default()
        };
        let people = file
            .panel
            .into_iter()
            .map(|p| p.into_person(Role::Panel))
            .chain(
                file.facilitators
                    .into_iter()
                    .map(|p| p.into_person(Role::Facilitator)),
            )
            .collect();
        let duties = file
            .duties
            .into_iter()
            .map(|d| Duty {
                id: d.id,
                title: d.title,
                tasks: d
                    .tasks
                    .into_iter()
                    .map(|t| Task {
                        id: t.id,
                        statement: t.text,
                    })
                    .collect(),
            })
            .collect();
        Session {
            id: file.id,
            meta,
            people,
            chart: Chart {
                duties,
                knowledge_skills: file.knowledge,
                behaviours: file.behaviours,
                tools: file.tools,
                trends: file.trends,
                acronyms: file.acronyms,
            },
            pestle: Pestle::default(),
            verification: Verification::default(),
            survey: Survey::default(),
            provenance: Provenance::default(),
            translations: dacum_model::Translations::default(),
        }
    }
}
