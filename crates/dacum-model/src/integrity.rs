//! Whole-session checks: broken references (a rating of a missing task, a vote by a
//! missing participant, a scenario linking a missing element), scores out of range,
//! duplicate identities, and the statement findings of the chart. Used by the
//! `check` command and by the app's findings list.

use std::collections::{BTreeMap, BTreeSet};

use dacum_i18n::Text;

use super::every_text;
use super::id::Id;
use super::pestle::{AxisSubject, Quadrant};
pub use super::problem::{Problem, Severity};
use super::session::Session;
use super::statement_rules::check_chart;
use super::verification::SCALE;

/// Every problem of a session: reference errors first, then warnings in chart order.
pub fn check_session(session: &Session) -> Vec<Problem> {
    let mut problems = Vec::new();
    duplicate_ids(session, &mut problems);
    verification_problems(session, &mut problems);
    pestle_problems(session, &mut problems);
    meta_problems(session, &mut problems);
    survey_problems(session, &mut problems);
    long_texts(session, &mut problems);
    super::translation::translation_problems(session, &mut problems);
    problems.extend(super::merge::unresolved_conflicts(session));
    problems.extend(
        check_chart(&session.chart, session.statement_rules())
            .into_iter()
            .map(|f| Problem {
                severity: Severity::Warning,
                place: f.code,
                message: f.finding.message,
                element: Some(f.element),
            }),
    );
    super::translation::translated_statement_problems(session, &mut problems);
    problems.sort_by_key(|p| p.severity);
    problems
}

fn duplicate_ids(session: &Session, problems: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    let mut reported = BTreeSet::new();
    for id in session.element_ids() {
        if !seen.insert(id) && reported.insert(id) {
            problems.push(Problem::error(
                Text::new("check-id-reused").with("id", id.to_string()),
                Some(id),
            ));
        }
    }
}

fn verification_problems(session: &Session, problems: &mut Vec<Problem>) {
    let chart = &session.chart;
    let mut pairs = BTreeSet::new();
    for rating in &session.verification.ratings {
        let task = chart
            .code_of(rating.task)
            .filter(|_| chart.find_task(rating.task).is_some());
        let Some(code) = task else {
            problems.push(Problem::error(
                Text::new("check-rating-missing-task").with("id", rating.task.to_string()),
                Some(rating.id),
            ));
            continue;
        };
        let Some(rater) = session.person(rating.rater) else {
            problems.push(Problem::error(
                Text::new("check-rating-missing-rater")
                    .with("code", code.as_str())
                    .with("id", rating.rater.to_string()),
                Some(rating.id),
            ));
            continue;
        };
        for (scale, score) in [
            ("check-scale-importance", rating.importance),
            ("check-scale-frequency", rating.frequency),
            ("check-scale-difficulty", rating.difficulty),
        ] {
            if let Some(score) = score.filter(|s| !SCALE.contains(s)) {
                problems.push(Problem::error(
                    Text::new("check-rating-out-of-range")
                        .with("code", code.as_str())
                        .with("name", rater.name.as_str())
                        .with("scale", Text::new(scale))
                        .with("score", score),
                    Some(rating.id),
                ));
            }
        }
        if !pairs.insert((rating.task, rating.rater)) {
            problems.push(Problem::warning(
                Text::new("check-rated-twice")
                    .with("name", rater.name.as_str())
                    .with("code", code.as_str()),
                Some(rating.id),
            ));
        }
    }
}

fn pestle_problems(session: &Session, problems: &mut Vec<Problem>) {
    let pestle = &session.pestle;
    let driver_title = |id: Id| pestle.driver(id).map(|d| d.title.clone());
    let mut pairs = BTreeSet::new();
    for vote in &pestle.votes {
        let Some(driver) = driver_title(vote.driver) else {
            problems.push(Problem::error(
                Text::new("check-vote-missing-driver").with("id", vote.driver.to_string()),
                Some(vote.id),
            ));
            continue;
        };
        let Some(participant) = pestle
            .participants
            .iter()
            .find(|p| p.id == vote.participant)
        else {
            problems.push(Problem::error(
                Text::new("check-vote-missing-participant")
                    .with("driver", driver)
                    .with("id", vote.participant.to_string()),
                Some(vote.id),
            ));
            continue;
        };
        for (scale, score) in [
            ("check-scale-uncertainty", vote.uncertainty),
            ("check-scale-impact", vote.impact),
        ] {
            if !SCALE.contains(&score) {
                problems.push(Problem::error(
                    Text::new("check-vote-out-of-range")
                        .with("driver", driver.as_str())
                        .with("name", participant.name.as_str())
                        .with("scale", Text::new(scale))
                        .with("score", score),
                    Some(vote.id),
                ));
            }
        }
        if !pairs.insert((vote.driver, vote.participant)) {
            problems.push(Problem::warning(
                Text::new("check-voted-twice")
                    .with("name", participant.name.as_str())
                    .with("driver", driver),
                Some(vote.id),
            ));
        }
    }

    let mut group_of: BTreeMap<Id, Id> = BTreeMap::new();
    for group in &pestle.groups {
        for &driver in &group.drivers {
            match driver_title(driver) {
                None => problems.push(Problem::error(
                    Text::new("check-group-missing-driver")
                        .with("group", group.name.as_str())
                        .with("id", driver.to_string()),
                    Some(group.id),
                )),
                Some(title) => {
                    if group_of
                        .insert(driver, group.id)
                        .is_some_and(|other| other != group.id)
                    {
                        problems.push(Problem::warning(
                            Text::new("check-driver-in-two-groups").with("driver", title),
                            Some(driver),
                        ));
                    }
                }
            }
        }
    }

    for (name, axis) in [
        ("horizontal", &pestle.axes.horizontal),
        ("vertical", &pestle.axes.vertical),
    ] {
        let Some(axis) = axis else { continue };
        if pestle.force_of(axis.subject).is_none() {
            let what = match axis.subject {
                AxisSubject::Driver(_) => "driver",
                AxisSubject::Group(_) => "group",
            };
            problems.push(Problem::error(
                Text::new("check-axis-missing-force")
                    .with("axis", name)
                    .with("what", what)
                    .with("id", axis.subject.id().to_string()),
                None,
            ));
        }
    }
    if pestle.axes_share_a_force() {
        problems.push(Problem::error(Text::new("check-axes-same-force"), None));
    }

    let mut quadrants: BTreeSet<Quadrant> = BTreeSet::new();
    for scenario in &pestle.scenarios {
        if !quadrants.insert(scenario.quadrant) {
            problems.push(Problem::warning(
                Text::new("check-scenarios-share-quadrant")
                    .with("scenario", scenario.name.as_str())
                    .with("quadrant", scenario.quadrant.key()),
                Some(scenario.id),
            ));
        }
        for &link in &scenario.links {
            let known = session.chart.find_task(link).is_some()
                || session.chart.find_list_item(link).is_some();
            if !known {
                problems.push(Problem::error(
                    Text::new("check-scenario-missing-link")
                        .with("scenario", scenario.name.as_str())
                        .with("id", link.to_string()),
                    Some(scenario.id),
                ));
            }
        }
    }
}

fn meta_problems(session: &Session, problems: &mut Vec<Problem>) {
    let meta = &session.meta;
    if !is_country_code(&meta.country) {
        problems.push(Problem::warning(
            Text::new("check-country-code").with("country", meta.country.as_str()),
            None,
        ));
    }
    if let (Some(start), Some(end)) = (meta.start, meta.end)
        && end < start
    {
        problems.push(Problem::warning(
            Text::new("check-ends-before-start")
                .with("end", end.to_string())
                .with("start", start.to_string()),
            None,
        ));
    }
    for person in &session.people {
        if !is_country_code(&person.country) {
            problems.push(Problem::warning(
                Text::new("check-person-country-code")
                    .with("country", person.country.as_str())
                    .with("name", person.name.as_str()),
                Some(person.id),
            ));
        }
    }
}

/// Survey rounds whose answers do not match their lists (errors: the answers
/// cannot be read against the tasks), or that name respondents or duties not
/// there (warnings).
fn survey_problems(session: &Session, problems: &mut Vec<Problem>) {
    for round in &session.survey.rounds {
        for problem in round.problems() {
            let text = problem.text(&round.name);
            problems.push(if problem.is_structural() {
                Problem::error(text, Some(round.id))
            } else {
                Problem::warning(text, Some(round.id))
            });
        }
        for suggestion in &round.suggestions {
            if let Some(duty) = suggestion.duty
                && session.chart.find_duty(duty).is_none()
            {
                problems.push(Problem::warning(
                    Text::new("check-round-missing-duty")
                        .with("round", round.name.as_str())
                        .with("id", duty.to_string()),
                    Some(suggestion.id),
                ));
            }
        }
    }
}

/// Texts longer than a report prints: the report shows them cut, so say which.
fn long_texts(session: &Session, problems: &mut Vec<Problem>) {
    every_text::for_each_text(session, |place, text| {
        if let Some(chars) = every_text::too_long(text) {
            problems.push(Problem::warning(
                Text::new("check-text-too-long")
                    .with("place", every_text::describe(session, place))
                    .with("chars", every_text::thousands(chars))
                    .with("printed", every_text::thousands(every_text::PRINTED_CHARS)),
                every_text::element(session, place.owner),
            ));
        }
    });
}

/// Empty (unknown) or two capital letters. The list of assigned codes changes, so
/// only the form is checked.
fn is_country_code(code: &str) -> bool {
    code.is_empty() || (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Axes, Axis, Category, Driver, DriverGroup, Participant, Scenario, Vote};

    /// A clean map: two drivers, one participant who voted on both.
    fn clean() -> Session {
        let mut session = Session::default();
        let pestle = &mut session.pestle;
        pestle.drivers = vec![
            Driver::new(Category::Legal, "EU rights"),
            Driver::new(Category::Social, "Ageing"),
        ];
        pestle.participants = vec![Participant::new("Ana")];
        let (a, b, p) = (
            pestle.drivers[0].id,
            pestle.drivers[1].id,
            pestle.participants[0].id,
        );
        pestle.votes = vec![Vote::new(a, p, 4, 4), Vote::new(b, p, 3, 5)];
        session
    }

    fn axis(subject: AxisSubject) -> Axis {
        Axis {
            subject,
            low_pole: "Low".into(),
            high_pole: "High".into(),
            rationale: String::new(),
        }
    }

    /// A quadrant is named in words, never by the Rust variant (`TopLeft`).
    #[test]
    fn a_shared_quadrant_is_named_in_words() {
        let mut session = clean();
        for name in ["Austerity", "Reform"] {
            let scenario = Scenario::new(crate::Quadrant::TopLeft, name);
            session.pestle.scenarios.push(scenario);
        }
        let messages: Vec<String> = check_session(&session)
            .into_iter()
            .map(|p| p.message.to_string())
            .collect();
        assert!(
            messages.contains(
                &"scenario “Reform” shares its quadrant (top left) with another scenario"
                    .to_owned()
            ),
            "{messages:?}"
        );
    }

    /// Each case breaks the clean map in one way and names the error it expects.
    #[test]
    fn pestle_problems_are_errors() {
        type Break = fn(&mut Session);
        let cases: [(Break, &str); 6] = [
            (|s| s.pestle.votes[0].impact = 9, "impact 9, outside 1–5"),
            (
                |s| s.pestle.votes[0].uncertainty = 0,
                "uncertainty 0, outside 1–5",
            ),
            (
                |s| s.pestle.votes[0].participant = Id::from_u128(1),
                "missing participant",
            ),
            (
                |s| {
                    s.pestle.axes = Axes {
                        horizontal: Some(axis(AxisSubject::Driver(Id::from_u128(2)))),
                        vertical: None,
                    }
                },
                "horizontal axis refers to a missing driver",
            ),
            (
                |s| {
                    let (a, b) = (s.pestle.drivers[0].id, s.pestle.drivers[1].id);
                    s.pestle.groups.push(DriverGroup {
                        id: Id::new(),
                        name: "Both".into(),
                        drivers: vec![a, b],
                    });
                    s.pestle.axes = Axes {
                        horizontal: Some(axis(AxisSubject::Driver(a))),
                        vertical: Some(axis(AxisSubject::Driver(b))),
                    };
                },
                "both axes stand for the same force",
            ),
            (
                |s| {
                    let mut scenario = Scenario::new(crate::Quadrant::TopLeft, "Austerity");
                    scenario.links.push(Id::from_u128(3));
                    s.pestle.scenarios.push(scenario);
                },
                "links to a missing task or list item",
            ),
        ];
        assert!(
            check_session(&clean()).is_empty(),
            "{:?}",
            check_session(&clean())
        );
        for (break_it, expected) in cases {
            let mut session = clean();
            break_it(&mut session);
            let problems = check_session(&session);
            assert!(
                problems
                    .iter()
                    .any(|p| p.severity == Severity::Error
                        && p.message.to_string().contains(expected)),
                "{expected}: {problems:#?}"
            );
        }
    }

    #[test]
    fn a_text_longer_than_a_report_prints_is_a_finding() {
        let mut session = clean();
        let mut scenario = Scenario::new(crate::Quadrant::TopLeft, "Austerity");
        scenario.narrative = "word ".repeat(12_000);
        session.pestle.scenarios.push(scenario);
        session.chart.acronyms.push(crate::Acronym {
            id: Id::new(),
            term: "ANP".to_owned(),
            meaning: "é".repeat(50_001),
        });
        let problems = check_session(&session);
        let messages: Vec<String> = problems.iter().map(|p| p.message.to_string()).collect();
        assert!(
            messages.iter().any(|m| m
                == "the narrative of scenario \"Austerity\" is 60,000 characters; the report prints the first 50,000"),
            "{messages:#?}"
        );
        assert!(
            messages.iter().any(|m| m
                == "the meaning of acronym 1 is 50,001 characters; the report prints the first 50,000"),
            "{messages:#?}"
        );
        let finding = problems
            .iter()
            .find(|p| p.message.to_string().contains("narrative"))
            .expect("found");
        assert_eq!(
            (finding.severity, finding.element),
            (Severity::Warning, Some(session.pestle.scenarios[0].id))
        );
        // Exactly the limit prints whole.
        session.pestle.scenarios[0].narrative = "é".repeat(50_000);
        session.chart.acronyms.clear();
        assert!(
            check_session(&session).is_empty(),
            "{:#?}",
            check_session(&session)
        );
    }

    #[test]
    fn independent_axes_and_valid_codes_are_clean() {
        let mut session = clean();
        let (a, b) = (session.pestle.drivers[0].id, session.pestle.drivers[1].id);
        session.pestle.axes = Axes {
            horizontal: Some(axis(AxisSubject::Driver(a))),
            vertical: Some(axis(AxisSubject::Driver(b))),
        };
        session.meta.country = "RO".into();
        assert!(check_session(&session).is_empty());
        session.meta.country = "Romania".into();
        assert_eq!(check_session(&session).len(), 1);
    }

    /// The session's language decides the statement rules: its Romanian knowing
    /// verb is found under "ro-RO", and only the neutral checks run under "lt".
    #[test]
    fn statements_are_checked_by_the_rules_of_the_session_language() {
        let mut duty = crate::Duty::new("Asigurarea ordinii");
        duty.tasks = ["Cunoaște regulamentul", "Efectuează percheziții"]
            .map(crate::Task::new)
            .to_vec();
        let mut session = Session::default();
        session.chart.duties.push(duty);
        let mut found = |language: &str| {
            session.meta.language = language.to_owned();
            let problems = check_session(&session);
            problems
                .into_iter()
                .map(|p| format!("{} {}", p.place, p.message))
                .collect::<Vec<_>>()
        };
        let knowing = "A-1 “Cunoaște” cannot be observed: name what the worker does with the \
                       knowledge, e.g. applies, explains or checks it";
        assert_eq!(found("ro-RO"), [knowing]);
        assert_eq!(found("RO"), [knowing]);
        assert_eq!(found("lt"), [] as [&str; 0]);
        assert_eq!(found(""), [] as [&str; 0]);
        assert_eq!(
            found("en").len(),
            3,
            "English rules read Romanian words as no verbs"
        );
    }
}
