//! The stakeholder copy: a session without personal names, so a report made from
//! it can be shared freely. Names of the panel, facilitators, observers, survey
//! respondents and PESTLE participants are removed, and where one of those names
//! also appears in a free-text field (the workshop notes, a rationale) it is
//! replaced by "[name withheld]".

use crate::model::Session;

pub const WITHHELD: &str = "[name withheld]";

/// Every personal name the session holds, longest first so a longer name is
/// replaced before a shorter one it contains. Names shorter than three letters are
/// left out: replacing them would damage ordinary words.
pub fn personal_names(session: &Session) -> Vec<String> {
    let mut names: Vec<String> = session
        .people
        .iter()
        .map(|p| p.name.trim().to_owned())
        .chain(
            session
                .pestle
                .participants
                .iter()
                .map(|p| p.name.trim().to_owned()),
        )
        .filter(|n| n.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect();
    names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    names.dedup();
    names
}

fn redact(text: &mut String, names: &[String]) {
    for name in names {
        if text.contains(name.as_str()) {
            *text = replace_whole(text, name);
        }
    }
}

/// Replaces `name` where it stands as whole words: "Ana" in "Ana led" but not in
/// "Analysis".
fn replace_whole(text: &str, name: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back().or(out.chars().next_back());
        let after = rest[at + name.len()..].chars().next();
        let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        out.push_str(&rest[..at]);
        if word(before) || word(after) {
            out.push_str(name);
        } else {
            out.push_str(WITHHELD);
        }
        rest = &rest[at + name.len()..];
    }
    out.push_str(rest);
    out
}

/// A copy of the session with no personal names left in it.
pub fn stakeholder_copy(session: &Session) -> Session {
    let names = personal_names(session);
    let mut copy = session.clone();
    for person in &mut copy.people {
        person.name.clear();
    }
    for participant in &mut copy.pestle.participants {
        participant.name.clear();
    }
    let meta = &mut copy.meta;
    for field in [
        &mut meta.title,
        &mut meta.occupation,
        &mut meta.organisation,
        &mut meta.sponsor,
        &mut meta.venue,
        &mut meta.notes,
    ] {
        redact(field, &names);
    }
    for person in &mut copy.people {
        redact(&mut person.job_title, &names);
        redact(&mut person.organisation, &names);
    }
    for participant in &mut copy.pestle.participants {
        redact(&mut participant.organisation, &names);
    }
    let chart = &mut copy.chart;
    for duty in &mut chart.duties {
        redact(&mut duty.title, &names);
        for task in &mut duty.tasks {
            redact(&mut task.statement, &names);
        }
    }
    for list in [
        &mut chart.knowledge_skills,
        &mut chart.behaviours,
        &mut chart.tools,
        &mut chart.trends,
    ] {
        for item in list.iter_mut() {
            redact(&mut item.text, &names);
        }
    }
    for acronym in &mut chart.acronyms {
        redact(&mut acronym.term, &names);
        redact(&mut acronym.meaning, &names);
    }
    let pestle = &mut copy.pestle;
    for driver in &mut pestle.drivers {
        redact(&mut driver.title, &names);
        redact(&mut driver.description, &names);
    }
    for group in &mut pestle.groups {
        redact(&mut group.name, &names);
    }
    for axis in [&mut pestle.axes.horizontal, &mut pestle.axes.vertical]
        .into_iter()
        .flatten()
    {
        redact(&mut axis.low_pole, &names);
        redact(&mut axis.high_pole, &names);
        redact(&mut axis.rationale, &names);
    }
    for scenario in &mut pestle.scenarios {
        redact(&mut scenario.name, &names);
        redact(&mut scenario.narrative, &names);
    }
    for source in &mut copy.provenance.sources {
        redact(&mut source.title, &names);
    }
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Participant, Person, Role};

    #[test]
    fn names_are_removed_and_mentions_of_them_replaced() {
        let mut session = Session::default();
        session
            .people
            .push(Person::new(Role::Panel, "Jiří Řezníček"));
        session.people.push(Person::new(Role::Facilitator, "Ana"));
        session.people.push(Person::new(Role::Panel, "Al"));
        session
            .pestle
            .participants
            .push(Participant::new("Ελένη Παπαδοπούλου"));
        session.meta.notes =
            "Jiří Řezníček chaired; Ελένη Παπαδοπούλου took notes. Al was late; Ana led the Analysis.".to_owned();
        let copy = stakeholder_copy(&session);
        assert!(copy.people.iter().all(|p| p.name.is_empty()));
        assert!(copy.pestle.participants.iter().all(|p| p.name.is_empty()));
        assert_eq!(
            copy.meta.notes,
            "[name withheld] chaired; [name withheld] took notes. Al was late; [name withheld] led the Analysis."
        );
    }
}
