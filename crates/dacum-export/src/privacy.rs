//! The stakeholder copy: a session without personal names, so a report made from
//! it can be shared freely. Names of the panel, facilitators, observers, survey
//! respondents and PESTLE participants are removed, and where one of those names
//! — whole, or any word of it of two letters or more, however it is written (see
//! `names.rs`) — appears in any other text of the session, it is replaced by
//! "[name withheld]".

mod names;

use dacum_model::Session;
use dacum_model::every_text::for_each_text_mut;

pub use names::NameMatcher;

pub const WITHHELD: &str = "[name withheld]";

/// Every personal name the session holds, longest first. Names without two
/// letters are left out: there is nothing to recognise in them.
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
        .filter(|n| n.chars().filter(|c| c.is_alphanumeric()).count() >= 2)
        .collect();
    names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    names.dedup();
    names
}

/// A copy of the session with no personal names left in it: the names cleared,
/// and every mention of one in any other text withheld. Country and language
/// codes are not free text and are left as they are.
pub fn stakeholder_copy(session: &Session) -> Session {
    let matcher = NameMatcher::new(&personal_names(session));
    let mut copy = session.clone();
    for_each_text_mut(&mut copy, |place, text| {
        if place.is_name() {
            text.clear();
        } else if !place.is_code()
            && let Some(redacted) = matcher.redact(text, WITHHELD)
        {
            *text = redacted;
        }
    });
    copy
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_model::{Participant, Person, Role};

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
            "[name withheld] chaired; [name withheld] took notes. [name withheld] was late; [name withheld] led the Analysis."
        );
    }
}
