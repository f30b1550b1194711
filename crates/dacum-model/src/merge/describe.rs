//! Words for an element in a list of conflicts or proposals ("task B-3 \"Conduct
//! cell searches\""), for the report and the app's merge view.

use super::found::{Found, Places, find};
use crate::chart::{duty_code, task_code};
use crate::id::Id;
use crate::session::Session;

/// Describes an element of a session by its code or text; the session's own id
/// is "the session".
pub fn describe(session: &Session, id: Id) -> String {
    describe_with(session, id, &|id| find(session, id))
}

impl Places<'_> {
    /// As [`describe`], without searching the session.
    pub fn describe(&self, id: Id) -> String {
        describe_with(self.session(), id, &|id| self.find(id))
    }
}

/// [`describe`] with a way to find elements (a [`Places`]
/// index when many are described).
fn describe_with(session: &Session, id: Id, find: &dyn Fn(Id) -> Option<Found>) -> String {
    if id == session.id {
        return "the session".to_owned();
    }
    let chart = &session.chart;
    let pestle = &session.pestle;
    let name_of = |found: Option<Found>| match found {
        Some(Found::Person(i)) => session.people[i].name.as_str(),
        Some(Found::Participant(i)) => pestle.participants[i].name.as_str(),
        _ => "?",
    };
    let Some(found) = find(id) else {
        return format!("element {}", id.short());
    };
    match found {
        Found::Duty(d) => format!("duty {} \"{}\"", duty_code(d), chart.duties[d].title),
        Found::Task(d, t) => {
            let statement = &chart.duties[d].tasks[t].statement;
            format!("task {} \"{statement}\"", task_code(d, t))
        }
        Found::Item(list, i) => {
            let text = &chart.list(list)[i].text;
            format!("{} item \"{text}\"", list.title())
        }
        Found::Acronym(i) => format!("acronym {}", chart.acronyms[i].term),
        Found::Person(i) => {
            let p = &session.people[i];
            format!("{} {}", p.role.label().to_lowercase(), p.name)
        }
        Found::Rating(i) => {
            let r = &session.verification.ratings[i];
            let rater = match find(r.rater) {
                found @ Some(Found::Person(_)) => name_of(found),
                _ => "?",
            };
            format!(
                "{rater}'s rating of {}",
                describe_with(session, r.task, find)
            )
        }
        Found::Participant(i) => format!("participant {}", pestle.participants[i].name),
        Found::Driver(i) => format!("driver \"{}\"", pestle.drivers[i].title),
        Found::Vote(i) => {
            let v = &pestle.votes[i];
            let who = match find(v.participant) {
                found @ Some(Found::Participant(_)) => name_of(found),
                _ => "?",
            };
            format!("{who}'s vote on {}", describe_with(session, v.driver, find))
        }
        Found::Group(i) => format!("driver group \"{}\"", pestle.groups[i].name),
        Found::Scenario(i) => format!("scenario \"{}\"", pestle.scenarios[i].name),
    }
}
