//! Words for an element in a list of conflicts or proposals ("task B-3 \"Conduct
//! cell searches\""), for the report and the app's merge view: a message
//! (`describe-…`) with the element's code and own words, worded where it is
//! shown (English in the report, the interface language in the app).

use dacum_i18n::Text;

use super::found::{Found, Places, find};
use crate::chart::{duty_code, task_code};
use crate::id::Id;
use crate::session::Session;

/// Describes an element of a session by its code or text; the session's own id
/// is "the session".
pub fn describe(session: &Session, id: Id) -> Text {
    describe_with(session, id, &|id| find(session, id))
}

impl Places<'_> {
    /// As [`describe`], without searching the session.
    pub fn describe(&self, id: Id) -> Text {
        describe_with(self.session(), id, &|id| self.find(id))
    }
}

/// [`describe`] with a way to find elements (a [`Places`]
/// index when many are described).
fn describe_with(session: &Session, id: Id, find: &dyn Fn(Id) -> Option<Found>) -> Text {
    if id == session.id {
        return Text::new("describe-session");
    }
    let chart = &session.chart;
    let pestle = &session.pestle;
    let name_of = |found: Option<Found>| match found {
        Some(Found::Person(i)) => session.people[i].name.as_str(),
        Some(Found::Participant(i)) => pestle.participants[i].name.as_str(),
        _ => "?",
    };
    let Some(found) = find(id) else {
        return Text::new("describe-element").with("id", id.short());
    };
    match found {
        Found::Duty(d) => Text::new("describe-duty")
            .with("code", duty_code(d))
            .with("title", chart.duties[d].title.as_str()),
        Found::Task(d, t) => Text::new("describe-task")
            .with("code", task_code(d, t))
            .with("statement", chart.duties[d].tasks[t].statement.as_str()),
        Found::Item(list, i) => Text::new("describe-list-item")
            .with("list", list.label())
            .with("text", chart.list(list)[i].text.as_str()),
        Found::Acronym(i) => {
            Text::new("describe-acronym").with("term", chart.acronyms[i].term.as_str())
        }
        Found::Person(i) => {
            let p = &session.people[i];
            Text::new("describe-person")
                .with("role", p.role.key())
                .with("name", p.name.as_str())
        }
        Found::Rating(i) => {
            let r = &session.verification.ratings[i];
            let rater = match find(r.rater) {
                found @ Some(Found::Person(_)) => name_of(found),
                _ => "?",
            };
            Text::new("describe-rating")
                .with("rater", rater)
                .with("task", describe_with(session, r.task, find))
        }
        Found::Participant(i) => {
            Text::new("describe-participant").with("name", pestle.participants[i].name.as_str())
        }
        Found::Driver(i) => {
            Text::new("describe-driver").with("title", pestle.drivers[i].title.as_str())
        }
        Found::Vote(i) => {
            let v = &pestle.votes[i];
            let who = match find(v.participant) {
                found @ Some(Found::Participant(_)) => name_of(found),
                _ => "?",
            };
            Text::new("describe-vote")
                .with("participant", who)
                .with("driver", describe_with(session, v.driver, find))
        }
        Found::Group(i) => Text::new("describe-group").with("name", pestle.groups[i].name.as_str()),
        Found::Scenario(i) => {
            Text::new("describe-scenario").with("name", pestle.scenarios[i].name.as_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use dacum_i18n::{Catalogue, Language};

    use super::*;
    use crate::chart::{Acronym, Duty, ListItem, ListKind, Task};
    use crate::person::{Person, Role};
    use crate::pestle::{Category, Driver, DriverGroup, Participant, Quadrant, Scenario, Vote};
    use crate::verification::Rating;

    /// One element of every kind.
    fn session() -> Session {
        let mut session = Session::default();
        let mut duty = Duty::new("Maintain security");
        duty.tasks.push(Task::new("Conduct cell searches"));
        let task = duty.tasks[0].id;
        session.chart.duties.push(duty);
        session
            .chart
            .list_mut(ListKind::Tools)
            .push(ListItem::new("Radio"));
        session.chart.acronyms.push(Acronym::new("CPT", "…"));
        let person = Person::new(Role::Facilitator, "Ana Pop");
        session
            .verification
            .ratings
            .push(Rating::new(task, person.id));
        session.people.push(person);
        let participant = Participant::new("Jan Novák");
        let driver = Driver::new(Category::Legal, "New prison law");
        let pestle = &mut session.pestle;
        pestle
            .votes
            .push(Vote::new(driver.id, participant.id, 4, 5));
        pestle.groups.push(DriverGroup {
            id: Id::new(),
            name: "Law".to_owned(),
            drivers: vec![driver.id],
        });
        pestle.participants.push(participant);
        pestle.drivers.push(driver);
        pestle
            .scenarios
            .push(Scenario::new(Quadrant::TopLeft, "Austerity"));
        session
    }

    /// Every element of `session` with its description, in English.
    fn described(session: &Session) -> Vec<(Id, String)> {
        let chart = &session.chart;
        let pestle = &session.pestle;
        [
            session.id,
            chart.duties[0].id,
            chart.duties[0].tasks[0].id,
            chart.tools[0].id,
            chart.acronyms[0].id,
            session.people[0].id,
            session.verification.ratings[0].id,
            pestle.participants[0].id,
            pestle.drivers[0].id,
            pestle.votes[0].id,
            pestle.groups[0].id,
            pestle.scenarios[0].id,
            Id::from_u128(7),
        ]
        .into_iter()
        .map(|id| (id, describe(session, id).to_string()))
        .collect()
    }

    #[test]
    fn every_kind_reads_in_english_as_the_merge_report_prints_it() {
        let session = session();
        let english: Vec<String> = described(&session).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            english,
            [
                "the session",
                "duty A \"Maintain security\"",
                "task A-1 \"Conduct cell searches\"",
                "Tools, equipment, supplies and materials item \"Radio\"",
                "acronym CPT",
                "facilitator Ana Pop",
                "Ana Pop's rating of task A-1 \"Conduct cell searches\"",
                "participant Jan Novák",
                "driver \"New prison law\"",
                "Jan Novák's vote on driver \"New prison law\"",
                "driver group \"Law\"",
                "scenario \"Austerity\"",
                &format!("element {}", Id::from_u128(7).short()),
            ]
        );
        // A `Places` index says the same as a search of the session.
        let places = Places::of(&session);
        for (id, words) in described(&session) {
            assert_eq!(places.describe(id).to_string(), words);
        }
    }

    #[test]
    fn every_kind_is_worded_by_the_readers_catalogue() {
        let session = session();
        for language in [Language::Czech, Language::German, Language::Greek] {
            let texts = Catalogue::new(language);
            for (id, english) in described(&session) {
                let words = texts.text(&describe(&session, id));
                assert_ne!(words, english, "{language:?}");
                assert!(!words.contains('{'), "{language:?}: {words}");
            }
        }
        let czech = Catalogue::new(Language::Czech);
        let task = session.chart.duties[0].tasks[0].id;
        assert_eq!(
            czech.text(&describe(&session, task)),
            "úkol A-1 „Conduct cell searches“"
        );
    }
}
