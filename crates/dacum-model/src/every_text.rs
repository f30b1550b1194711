//! Every text a person typed into a session, visited in one place, for the
//! whole-session treatments that must not miss one: the stakeholder copy withholds
//! names in all of them, the reports print each up to [`PRINTED_CHARS`], and
//! `check` says which ones are longer than that.

use dacum_i18n::Text;

use super::chart::ListKind;
use super::id::Id;
use super::provenance::Value;
use super::session::Session;

/// The most characters of one text a report prints. A text longer than this (a
/// narrative pasted from a 20 MB file) is printed cut, with a mark saying how
/// much was left out: nobody reads thousands of pages, and laying them out would
/// take minutes and gigabytes. About nine pages of body text.
pub const PRINTED_CHARS: usize = 50_000;

/// Which element a text belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// The session's details (`meta`).
    Session,
    Person(usize),
    Duty(usize),
    Task(usize, usize),
    ListItem(ListKind, usize),
    Acronym(usize),
    Participant(usize),
    Driver(usize),
    Group(usize),
    /// The horizontal axis when `true`, else the vertical one.
    Axis(bool),
    Scenario(usize),
    Source(usize),
    /// A wording a merge recorded for the element (or the session) with this id.
    Wording(Id),
}

/// One text: its element, and the message id of the field's name
/// (`place-field-narrative`: "narrative").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub owner: Owner,
    pub field: &'static str,
}

impl Place {
    /// Whether the text is a person's name (the stakeholder copy clears these).
    pub fn is_name(&self) -> bool {
        matches!(self.owner, Owner::Person(_) | Owner::Participant(_))
            && self.field == "place-field-name"
    }

    /// Whether the text is a country or language code rather than free text.
    pub fn is_code(&self) -> bool {
        matches!(self.field, "place-field-country" | "place-field-language")
    }
}

/// Written once for `&Session` (with `iter`) and `&mut Session` (with
/// `iter_mut`): the two visits cannot drift apart.
macro_rules! each_text {
    ($session:expr, $iter:ident, [$($mut:tt)?], $visit:ident) => {{
        let session = $session;
        let mut put = |owner: Owner, field: &'static str, text: & $($mut)? String| {
            $visit(Place { owner, field }, text)
        };
        let meta = & $($mut)? session.meta;
        put(Owner::Session, "place-field-title", & $($mut)? meta.title);
        put(Owner::Session, "place-field-occupation", & $($mut)? meta.occupation);
        put(Owner::Session, "place-field-organisation", & $($mut)? meta.organisation);
        put(Owner::Session, "place-field-sponsor", & $($mut)? meta.sponsor);
        put(Owner::Session, "place-field-venue", & $($mut)? meta.venue);
        put(Owner::Session, "place-field-country", & $($mut)? meta.country);
        put(Owner::Session, "place-field-language", & $($mut)? meta.language);
        put(Owner::Session, "place-field-notes", & $($mut)? meta.notes);
        for (i, person) in session.people.$iter().enumerate() {
            put(Owner::Person(i), "place-field-name", & $($mut)? person.name);
            put(Owner::Person(i), "place-field-job-title", & $($mut)? person.job_title);
            put(Owner::Person(i), "place-field-organisation", & $($mut)? person.organisation);
            put(Owner::Person(i), "place-field-country", & $($mut)? person.country);
        }
        let chart = & $($mut)? session.chart;
        for (d, duty) in chart.duties.$iter().enumerate() {
            put(Owner::Duty(d), "place-field-title", & $($mut)? duty.title);
            for (t, task) in duty.tasks.$iter().enumerate() {
                put(Owner::Task(d, t), "place-field-statement", & $($mut)? task.statement);
            }
        }
        for (kind, list) in [
            (ListKind::KnowledgeSkills, & $($mut)? chart.knowledge_skills),
            (ListKind::Behaviours, & $($mut)? chart.behaviours),
            (ListKind::Tools, & $($mut)? chart.tools),
            (ListKind::Trends, & $($mut)? chart.trends),
        ] {
            for (i, item) in list.$iter().enumerate() {
                put(Owner::ListItem(kind, i), "place-field-text", & $($mut)? item.text);
            }
        }
        for (i, acronym) in chart.acronyms.$iter().enumerate() {
            put(Owner::Acronym(i), "place-field-term", & $($mut)? acronym.term);
            put(Owner::Acronym(i), "place-field-meaning", & $($mut)? acronym.meaning);
        }
        let pestle = & $($mut)? session.pestle;
        for (i, participant) in pestle.participants.$iter().enumerate() {
            put(Owner::Participant(i), "place-field-name", & $($mut)? participant.name);
            put(Owner::Participant(i), "place-field-organisation", & $($mut)? participant.organisation);
            put(Owner::Participant(i), "place-field-country", & $($mut)? participant.country);
        }
        for (i, driver) in pestle.drivers.$iter().enumerate() {
            put(Owner::Driver(i), "place-field-title", & $($mut)? driver.title);
            put(Owner::Driver(i), "place-field-description", & $($mut)? driver.description);
        }
        for (i, group) in pestle.groups.$iter().enumerate() {
            put(Owner::Group(i), "place-field-name", & $($mut)? group.name);
        }
        for (horizontal, axis) in [(true, & $($mut)? pestle.axes.horizontal), (false, & $($mut)? pestle.axes.vertical)] {
            if let Some(axis) = axis {
                put(Owner::Axis(horizontal), "place-field-low-pole", & $($mut)? axis.low_pole);
                put(Owner::Axis(horizontal), "place-field-high-pole", & $($mut)? axis.high_pole);
                put(Owner::Axis(horizontal), "place-field-rationale", & $($mut)? axis.rationale);
            }
        }
        for (i, scenario) in pestle.scenarios.$iter().enumerate() {
            put(Owner::Scenario(i), "place-field-name", & $($mut)? scenario.name);
            put(Owner::Scenario(i), "place-field-narrative", & $($mut)? scenario.narrative);
        }
        for (i, source) in session.provenance.sources.$iter().enumerate() {
            put(Owner::Source(i), "place-field-title", & $($mut)? source.title);
            put(Owner::Source(i), "place-field-occupation", & $($mut)? source.occupation);
            put(Owner::Source(i), "place-field-organisation", & $($mut)? source.organisation);
            put(Owner::Source(i), "place-field-sponsor", & $($mut)? source.sponsor);
            put(Owner::Source(i), "place-field-venue", & $($mut)? source.venue);
            put(Owner::Source(i), "place-field-notes", & $($mut)? source.notes);
        }
        // The wordings a merge kept aside (open conflicts, decisions, other
        // spellings) are texts people typed too, and the reports print them.
        let provenance = & $($mut)? session.provenance;
        let recorded = provenance
            .conflicts
            .$iter()
            .map(|c| (c.element, & $($mut)? c.alternatives))
            .chain(provenance.decisions.$iter().map(|d| (d.element, & $($mut)? d.set_aside)))
            .chain(provenance.variants.$iter().map(|v| (v.element, & $($mut)? v.variants)));
        for (element, alternatives) in recorded {
            for alternative in alternatives.$iter() {
                match & $($mut)? alternative.value {
                    Value::Text(text) => put(Owner::Wording(element), "place-field-other-wording", text),
                    Value::Axes(axes) => {
                        for axis in [& $($mut)? axes.horizontal, & $($mut)? axes.vertical].into_iter().flatten() {
                            put(Owner::Wording(element), "place-field-other-pole", & $($mut)? axis.low_pole);
                            put(Owner::Wording(element), "place-field-other-pole", & $($mut)? axis.high_pole);
                            put(Owner::Wording(element), "place-field-other-rationale", & $($mut)? axis.rationale);
                        }
                    }
                    _ => {}
                }
            }
        }
    }};
}

/// Calls `visit` with every text of the session and where it is.
pub fn for_each_text(session: &Session, mut visit: impl FnMut(Place, &String)) {
    each_text!(session, iter, [], visit);
}

/// Calls `visit` with every text of the session, to change it in place.
pub fn for_each_text_mut(session: &mut Session, mut visit: impl FnMut(Place, &mut String)) {
    each_text!(session, iter_mut, [mut], visit);
}

/// The number of characters of `text` when it is longer than a report prints.
pub fn too_long(text: &str) -> Option<usize> {
    // Bytes are never fewer than characters: most texts are ruled out unread.
    if text.len() <= PRINTED_CHARS {
        return None;
    }
    let chars = text.chars().count();
    (chars > PRINTED_CHARS).then_some(chars)
}

/// Cuts a text longer than a report prints to its first [`PRINTED_CHARS`]
/// characters (at the last space before, where one is near, so no word is
/// printed in part) and appends "… [cut: 19,950,000 more characters]".
pub fn cut_for_print(text: &mut String) {
    let Some(total) = too_long(text) else {
        return;
    };
    let mut end = text
        .char_indices()
        .nth(PRINTED_CHARS)
        .map_or(text.len(), |(at, _)| at);
    let near = end.saturating_sub(200);
    if let Some(space) = text[..end]
        .rfind(char::is_whitespace)
        .filter(|&s| s >= near)
    {
        end = space;
    }
    text.truncate(end);
    let kept = text.chars().count();
    text.truncate(text.trim_end().len());
    text.push_str(&format!(
        " … [cut: {} more characters]",
        thousands(total - kept)
    ));
    text.shrink_to_fit();
}

/// "19,950,000".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The element a text belongs to, for the findings list to jump to.
pub fn element(session: &Session, owner: Owner) -> Option<Id> {
    let chart = &session.chart;
    let pestle = &session.pestle;
    match owner {
        Owner::Session | Owner::Axis(_) | Owner::Source(_) => None,
        Owner::Person(i) => session.people.get(i).map(|p| p.id),
        Owner::Duty(d) => chart.duties.get(d).map(|d| d.id),
        Owner::Task(d, t) => chart.duties.get(d)?.tasks.get(t).map(|t| t.id),
        Owner::ListItem(kind, i) => chart.list(kind).get(i).map(|x| x.id),
        Owner::Acronym(i) => chart.acronyms.get(i).map(|a| a.id),
        Owner::Participant(i) => pestle.participants.get(i).map(|p| p.id),
        Owner::Driver(i) => pestle.drivers.get(i).map(|d| d.id),
        Owner::Group(i) => pestle.groups.get(i).map(|g| g.id),
        Owner::Scenario(i) => pestle.scenarios.get(i).map(|s| s.id),
        Owner::Wording(id) => Some(id),
    }
}

/// Where a text is, as a message: "the narrative of scenario \"Austerity\"",
/// "the statement of task A-3".
pub fn describe(session: &Session, place: Place) -> Text {
    let chart = &session.chart;
    let pestle = &session.pestle;
    let cut = |text: &str| {
        let short: String = text.chars().take(60).collect();
        if short.len() < text.len() {
            format!("{short}…")
        } else {
            short
        }
    };
    let field = Text::new(place.field);
    let number = |i: usize| i + 1;
    let whose = match place.owner {
        Owner::Session => return Text::new("place-in-session").with("field", field),
        Owner::Person(i) => Text::new("place-owner-person").with("number", number(i)),
        Owner::Duty(d) => Text::new("place-owner-duty").with("code", super::chart::duty_code(d)),
        Owner::Task(d, t) => {
            let id = chart
                .duties
                .get(d)
                .and_then(|d| d.tasks.get(t))
                .map(|t| t.id);
            match id.and_then(|id| chart.code_of(id)) {
                Some(code) => Text::new("place-owner-task").with("code", code),
                None => Text::new("place-owner-task-at")
                    .with("task", number(t))
                    .with("duty", number(d)),
            }
        }
        Owner::ListItem(kind, i) => Text::new("place-owner-list-item")
            .with("number", number(i))
            .with("list", kind.label()),
        Owner::Acronym(i) => Text::new("place-owner-acronym").with("number", number(i)),
        Owner::Participant(i) => Text::new("place-owner-participant").with("number", number(i)),
        Owner::Driver(i) => match pestle.drivers.get(i) {
            Some(d) if place.field != "place-field-title" => {
                Text::new("place-owner-driver").with("title", cut(&d.title))
            }
            _ => Text::new("place-owner-driver-number").with("number", number(i)),
        },
        Owner::Group(i) => Text::new("place-owner-group").with("number", number(i)),
        Owner::Axis(horizontal) => Text::new("place-owner-axis")
            .with("axis", if horizontal { "horizontal" } else { "vertical" }),
        Owner::Scenario(i) => match pestle.scenarios.get(i) {
            Some(s) if place.field != "place-field-name" => {
                Text::new("place-owner-scenario").with("name", cut(&s.name))
            }
            _ => Text::new("place-owner-scenario-number").with("number", number(i)),
        },
        Owner::Source(i) => Text::new("place-owner-source").with("number", number(i)),
        Owner::Wording(_) => Text::new("place-owner-wording"),
    };
    Text::new("place-of")
        .with("field", field)
        .with("owner", whose)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{Duty, ListItem, Task};
    use crate::pestle::{Quadrant, Scenario};
    use crate::provenance::{Alternative, Conflict, Field, SourceSession};
    use dacum_i18n::{Catalogue, Language};
    use std::collections::BTreeSet;

    /// Where each text is, in words: English as `check` prints it, and every
    /// place worded by the reader's catalogue.
    #[test]
    fn every_place_is_named_in_english_and_in_the_readers_language() {
        let mut session = Session::default();
        session.meta.notes = "Day two moved.".to_owned();
        let mut duty = Duty::new("Maintain security");
        duty.tasks.push(Task::new("Conduct cell searches"));
        session.chart.duties.push(duty);
        session.chart.trends.push(ListItem::new("Ageing staff"));
        let long = "A year of cuts. ".repeat(5);
        session
            .pestle
            .scenarios
            .push(Scenario::new(Quadrant::TopLeft, &long));
        session.pestle.scenarios[0].narrative = "Budgets fall.".to_owned();
        let mut places = Vec::new();
        for_each_text(&session, |place, _| places.push(place));
        let english: Vec<String> = places
            .iter()
            .map(|&place| describe(&session, place).to_string())
            .collect();
        let cut: String = long.chars().take(60).collect();
        for expected in [
            "the session's notes".to_owned(),
            "the title of duty A".to_owned(),
            "the statement of task A-1".to_owned(),
            "the text of item 1 of Future trends and concerns".to_owned(),
            format!("the narrative of scenario \"{cut}…\""),
            "the name of scenario 1".to_owned(),
        ] {
            assert!(english.contains(&expected), "{expected}: {english:?}");
        }
        for language in [Language::Czech, Language::German, Language::Greek] {
            let texts = Catalogue::new(language);
            for (&place, english) in places.iter().zip(&english) {
                let words = texts.text(&describe(&session, place));
                assert_ne!(&words, english, "{language:?}");
                assert!(!words.contains('{'), "{language:?}: {words}");
            }
        }
        let statement = places
            .iter()
            .find(|p| p.field == "place-field-statement")
            .expect("the task's statement is visited");
        assert_eq!(
            Catalogue::new(Language::Czech).text(&describe(&session, *statement)),
            "znění (úkol A-1)"
        );
    }

    #[test]
    fn a_merged_sessions_details_and_its_recorded_wordings_are_visited() {
        let mut session = Session::default();
        session.provenance.sources.push(SourceSession {
            notes: "Led by Ana Pop".to_owned(),
            venue: "Cluj".to_owned(),
            ..SourceSession::default()
        });
        session.provenance.conflicts.push(Conflict {
            element: Id::new(),
            field: Field::TaskStatement,
            alternatives: vec![Alternative {
                value: Value::Text("Report to Ana Pop".to_owned()),
                sources: BTreeSet::new(),
                note: String::new(),
            }],
        });
        let mut seen = Vec::new();
        for_each_text(&session, |place, text| {
            seen.push((place.field, text.clone()));
        });
        assert!(seen.contains(&("place-field-notes", "Led by Ana Pop".to_owned())));
        assert!(seen.contains(&("place-field-venue", "Cluj".to_owned())));
        assert!(seen.contains(&("place-field-other-wording", "Report to Ana Pop".to_owned())));
        for_each_text_mut(&mut session, |_, text| text.clear());
        assert!(session.provenance.sources[0].notes.is_empty());
        assert_eq!(
            session.provenance.conflicts[0].alternatives[0].value,
            Value::Text(String::new())
        );
    }

    #[test]
    fn a_long_text_is_cut_at_a_space_with_a_mark_saying_how_much_is_left_out() {
        let mut text = "word ".repeat(4_000_000);
        cut_for_print(&mut text);
        assert!(
            text.ends_with(" … [cut: 19,950,001 more characters]"),
            "{}",
            &text[text.len() - 60..]
        );
        let printed = text.split(" … [cut:").next().unwrap_or_default();
        assert_eq!(printed.chars().count(), PRINTED_CHARS - 1);
        assert!(printed.ends_with("word"));
        let mut short = "word ".repeat(100);
        cut_for_print(&mut short);
        assert_eq!(short, "word ".repeat(100));
    }

    #[test]
    fn a_text_without_spaces_is_cut_at_the_limit() {
        let mut text = "é".repeat(PRINTED_CHARS + 7);
        cut_for_print(&mut text);
        assert_eq!(
            text,
            format!("{} … [cut: 7 more characters]", "é".repeat(PRINTED_CHARS))
        );
    }

    #[test]
    fn thousands_are_separated_by_commas() {
        for (n, text) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (19_950_000, "19,950,000"),
        ] {
            assert_eq!(thousands(n), text);
        }
    }
}
