//! The domain: sessions, the DACUM chart, the PESTLE map, verification, statement
//! rules and edits. Pure Rust: nothing here draws, touches files or knows RON.

mod apply;
mod apply_bulk;
pub mod chart;
pub mod date_field;
pub mod document;
pub mod edit;
pub mod every_text;
pub mod generated;
pub mod id;
pub mod integrity;
pub mod merge;
pub mod person;
pub mod pestle;
pub mod pestle_stats;
pub mod problem;
pub mod provenance;
pub mod session;
pub mod statement_rules;
#[cfg(feature = "strategies")]
pub mod strategies;
pub mod survey;
pub mod text;
pub mod translation;
pub mod verification;

pub use chart::{
    Acronym, Chart, Competency, Duty, ListItem, ListKind, Task, duty_code, duty_rgb,
    knowledge_code, task_code,
};
pub use document::Document;
pub use edit::{Edit, EditError, TypingTarget};
pub use id::{HasId, Id};
pub use person::{Person, Role};
pub use pestle::{
    Axes, Axis, AxisSubject, Category, Driver, DriverGroup, Participant, Pestle, Quadrant,
    Scenario, Vote,
};
pub use provenance::{
    Alternative, Conflict, Decision, Field, Provenance, SourceSession, Value, Variants,
};
pub use session::{Meta, Session};
pub use survey::{Answer, Level, Mode, Profile, Respondent, Round, Sector, Survey};
pub use translation::{AxisSide, Status, TextSlot, Translation, Translations};
pub use verification::{PriorityFormula, Rating, Verification};
