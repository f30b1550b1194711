//! Proptest strategies: random sessions with awkward text (quotes, backslashes,
//! newlines, every script) and random ids.
//!
//! Only built with the `strategies` feature, which the test suites of this crate,
//! the store, the export and the app turn on; the app itself never pulls proptest.

use crate::{
    Acronym, Alternative, Axes, Axis, AxisSubject, Category, Chart, Conflict, Decision, Driver,
    DriverGroup, Duty, Field, Id, ListItem, ListKind, Meta, Participant, Person, Pestle,
    PriorityFormula, Provenance, Quadrant, Rating, Role, Scenario, Session, SourceSession, Status,
    Task, TextSlot, Translation, Translations, Value, Variants, Verification, Vote,
};
use jiff::civil::Date;
use proptest::collection::vec;
use proptest::prelude::*;

pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z ]{0,24}",
        1 => "(?s).{0,16}",
        1 => Just("Efectuează percheziții în celule".to_owned()),
        1 => Just("Řídit \"výcvik\" \\ nových\nzaměstnanců".to_owned()),
        1 => Just("Ελέγχει τα κελιά · ğüė".to_owned()),
    ]
}

pub fn id() -> impl Strategy<Value = Id> {
    any::<u128>().prop_map(Id::from_u128)
}

fn score() -> impl Strategy<Value = u8> {
    1u8..=5
}

fn date() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of(
        (1990i16..2100, 1i8..=12, 1i8..=28)
            .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap_or_default()),
    )
}

fn meta() -> impl Strategy<Value = Meta> {
    (
        text(),
        text(),
        text(),
        "[A-Z]{2}",
        prop_oneof![Just("en"), Just("ro"), Just("de")],
        date(),
        date(),
        (text(), text(), text()),
    )
        .prop_map(
            |(title, occupation, venue, country, language, start, end, more)| {
                let (organisation, sponsor, notes) = more;
                Meta {
                    title,
                    occupation,
                    organisation,
                    sponsor,
                    venue,
                    country,
                    language: language.to_owned(),
                    start,
                    end,
                    notes,
                }
            },
        )
}

fn person() -> impl Strategy<Value = Person> {
    (
        id(),
        prop::sample::select(Role::ALL.to_vec()),
        text(),
        text(),
        proptest::option::of(0u32..50),
    )
        .prop_map(|(id, role, name, job_title, years_experience)| Person {
            id,
            role,
            name,
            job_title,
            organisation: String::new(),
            country: "LT".to_owned(),
            years_experience,
        })
}

fn duty() -> impl Strategy<Value = Duty> {
    (
        id(),
        text(),
        vec(
            (id(), text()).prop_map(|(id, statement)| Task { id, statement }),
            0..5,
        ),
    )
        .prop_map(|(id, title, tasks)| Duty { id, title, tasks })
}

fn items() -> impl Strategy<Value = Vec<ListItem>> {
    vec(
        (id(), text()).prop_map(|(id, text)| ListItem { id, text }),
        0..4,
    )
}

fn category() -> impl Strategy<Value = Category> {
    prop::sample::select(Category::ALL.to_vec())
}

/// A random session. References between elements are made to existing elements
/// (a rating of a real task by a real person, and so on).
pub fn session() -> impl Strategy<Value = Session> {
    let people = vec(person(), 0..4);
    let duties = vec(duty(), 0..4);
    let lists = (
        items(),
        items(),
        items(),
        items(),
        vec((id(), text(), text()), 0..3),
    );
    let participants = vec(
        (id(), text()).prop_map(|(id, name)| Participant {
            id,
            ..Participant::new(&name)
        }),
        0..3,
    );
    let drivers = vec(
        (id(), category(), text(), text()).prop_map(|(id, category, title, description)| Driver {
            id,
            category,
            title,
            description,
        }),
        0..5,
    );
    let seeds = vec(
        (
            any::<u16>(),
            any::<u16>(),
            score(),
            score(),
            score(),
            any::<bool>(),
            id(),
        ),
        0..8,
    );
    (
        id(),
        meta(),
        people,
        duties,
        lists,
        participants,
        drivers,
        seeds,
        text(),
    )
        .prop_map(
            |(
                session_id,
                meta,
                people,
                duties,
                (ks, beh, tools, trends, acr),
                participants,
                drivers,
                seeds,
                words,
            )| {
                let chart = Chart {
                    duties,
                    knowledge_skills: ks,
                    behaviours: beh,
                    tools,
                    trends,
                    acronyms: acr
                        .into_iter()
                        .map(|(id, term, meaning)| Acronym { id, term, meaning })
                        .collect(),
                };
                let tasks: Vec<Id> = chart.tasks().map(|(_, _, t)| t.id).collect();
                let mut ratings = Vec::new();
                let mut votes = Vec::new();
                let mut scenarios = Vec::new();
                for (i, &(a, b, s1, s2, s3, flag, element_id)) in seeds.iter().enumerate() {
                    if !tasks.is_empty() && !people.is_empty() {
                        ratings.push(Rating {
                            id: element_id,
                            task: tasks[a as usize % tasks.len()],
                            rater: people[b as usize % people.len()].id,
                            importance: Some(s1),
                            frequency: if flag { Some(s2) } else { None },
                            difficulty: Some(s3),
                            train: Some(flag),
                        });
                    } else if !drivers.is_empty() && !participants.is_empty() {
                        votes.push(Vote {
                            id: element_id,
                            driver: drivers[a as usize % drivers.len()].id,
                            participant: participants[b as usize % participants.len()].id,
                            uncertainty: s1,
                            impact: s2,
                        });
                    } else if i < 4 {
                        scenarios.push(Scenario {
                            id: element_id,
                            quadrant: Quadrant::ALL[i],
                            name: words.clone(),
                            narrative: format!("{words}\nsecond line"),
                            links: tasks.iter().take(a as usize % 3).copied().collect(),
                        });
                    }
                }
                let groups = match drivers.as_slice() {
                    [a, b, ..] => vec![DriverGroup {
                        id: Id::from_u128(7),
                        name: words.clone(),
                        drivers: vec![a.id, b.id],
                    }],
                    _ => Vec::new(),
                };
                let axes = match drivers.as_slice() {
                    [a, ..] => Axes {
                        horizontal: Some(Axis {
                            subject: AxisSubject::Driver(a.id),
                            low_pole: words.clone(),
                            high_pole: "High".to_owned(),
                            rationale: words.clone(),
                        }),
                        vertical: None,
                    },
                    _ => Axes::default(),
                };
                let mut translations = Translations::default();
                let translated = chart.duties.iter().flat_map(|d| {
                    let tasks = d
                        .tasks
                        .iter()
                        .map(|t| (TextSlot::TaskStatement(t.id), &t.statement));
                    std::iter::once((TextSlot::DutyTitle(d.id), &d.title)).chain(tasks)
                });
                for (i, (slot, source)) in translated.take(3).enumerate() {
                    let status = [Status::Draft, Status::Reviewed][i % 2];
                    translations.put(
                        "cs",
                        slot,
                        Some(Translation::of(source, words.clone(), status)),
                    );
                }
                if let Some(driver) = drivers.first() {
                    let slot = TextSlot::DriverTitle(driver.id);
                    translations.put(
                        "sl",
                        slot,
                        Some(Translation::of("changed since", "Staro", Status::Reviewed)),
                    );
                }
                if axes.horizontal.is_some() {
                    let slot = TextSlot::AxisLowPole(crate::AxisSide::Horizontal);
                    translations.put(
                        "cs",
                        slot,
                        Some(Translation::of(&words, "Nízký", Status::Draft)),
                    );
                }
                Session {
                    id: session_id,
                    meta,
                    people,
                    chart,
                    pestle: Pestle {
                        participants,
                        drivers,
                        votes,
                        groups,
                        axes,
                        scenarios,
                    },
                    verification: Verification {
                        ratings,
                        ..Verification::default()
                    },
                    survey: crate::Survey::default(),
                    provenance: Provenance::default(),
                    translations,
                }
            },
        )
        .prop_flat_map(|session| {
            let tasks: Vec<Id> = session
                .chart
                .duties
                .iter()
                .flat_map(|d| d.tasks.iter().map(|t| t.id))
                .collect();
            (Just(session), vec(round(tasks), 0..3))
        })
        .prop_map(|(mut session, rounds)| {
            session.survey.rounds = rounds;
            session
        })
}

/// A survey round over some of `tasks` (in a random order) and a task the chart
/// no longer has, with respondents whose answers follow them.
pub fn round(tasks: Vec<Id>) -> impl Strategy<Value = crate::Round> {
    use crate::survey::{Answer, Comment, Level, Mode, Profile, Respondent, Review, Sector};
    let asked = (Just(tasks).prop_shuffle(), id()).prop_map(|(mut asked, gone)| {
        asked.truncate(4);
        asked.push(gone);
        asked
    });
    let yes_no = proptest::option::of(any::<bool>());
    let score = proptest::option::of(1_u8..=5);
    let answer = (yes_no.clone(), score.clone(), score.clone(), score, yes_no).prop_map(
        |(performs, importance, frequency, difficulty, train)| Answer {
            performs,
            importance,
            frequency,
            difficulty,
            train,
        },
    );
    // Values as a respondent line keeps them: without spaces around.
    let value = || text().prop_map(|t| t.trim().to_owned());
    (
        asked,
        id(),
        text(),
        prop::sample::select(vec![Mode::Panel, Mode::Survey]),
        (date(), vec("[a-z]{2}", 0..3), vec(value(), 0..2)),
    )
        .prop_flat_map(
            move |(asked, round_id, name, mode, (start, languages, attributes))| {
                let count = asked.len();
                let width = attributes.len();
                let profile = (
                    "[A-Z]{0,2}",
                    proptest::option::of(prop::sample::select(Level::ALL.to_vec())),
                    proptest::option::of(prop::sample::select(Sector::ALL.to_vec())),
                    proptest::option::of(0_u16..45),
                    "[a-z]{0,2}",
                    vec(value(), width),
                )
                    .prop_map(
                        |(country, level, sector, years, language, attributes)| Profile {
                            country,
                            level,
                            sector,
                            years,
                            language,
                            attributes,
                        },
                    );
                let respondents =
                    vec((profile, vec(answer.clone(), count)), 0..6).prop_map(|rows| {
                        rows.into_iter()
                            .enumerate()
                            .map(|(i, (profile, answers))| Respondent {
                                code: format!("R{i:03}"),
                                profile,
                                answers,
                            })
                            .collect::<Vec<_>>()
                    });
                let suggestions = vec((id(), text(), proptest::option::of(id())), 0..2);
                (
                    Just((asked, round_id, name, mode, start, languages, attributes)),
                    respondents,
                    suggestions,
                    text(),
                )
            },
        )
        .prop_map(
            |(
                (tasks, id, name, mode, start, languages, attributes),
                respondents,
                suggested,
                note,
            )| {
                let comments = respondents
                    .first()
                    .map(|r: &Respondent| Comment {
                        respondent: r.code.clone(),
                        task: tasks[0],
                        text: note.clone(),
                    })
                    .into_iter()
                    .collect();
                let suggestions = suggested
                    .into_iter()
                    .map(|(id, statement, duty)| crate::survey::Suggestion {
                        id,
                        statement,
                        duty,
                        respondent: respondents.first().map(|r| r.code.clone()),
                        review: Review::Rejected(note.clone()),
                    })
                    .collect();
                crate::Round {
                    id,
                    name,
                    mode,
                    start,
                    end: None,
                    languages,
                    tasks,
                    attributes,
                    respondents,
                    comments,
                    suggestions,
                }
            },
        )
}

pub fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        text().prop_map(Value::Text),
        proptest::option::of(0u32..60).prop_map(Value::Number),
        proptest::option::of(any::<bool>()).prop_map(Value::Flag),
        date().prop_map(Value::Date),
        prop::sample::select(Role::ALL.to_vec()).prop_map(Value::Role),
        category().prop_map(Value::Category),
        prop::sample::select(Quadrant::ALL.to_vec()).prop_map(Value::Quadrant),
        prop::sample::select(ListKind::ALL.to_vec()).prop_map(Value::List),
        id().prop_map(Value::Element),
        Just(Value::Formula(
            PriorityFormula::ImportanceFrequencyDifficulty
        )),
        (id(), text()).prop_map(|(driver, pole)| Value::Axes(Box::new(Axes {
            horizontal: Some(Axis {
                subject: AxisSubject::Driver(driver),
                low_pole: pole,
                high_pole: "High".to_owned(),
                rationale: String::new(),
            }),
            vertical: None,
        }))),
        Just(Value::Present),
        Just(Value::Removed),
    ]
}

pub fn field() -> impl Strategy<Value = Field> {
    prop::sample::select(vec![
        Field::MetaTitle,
        Field::Axes,
        Field::TaskStatement,
        Field::TaskDuty,
        Field::PersonYears,
        Field::RatingTrain,
        Field::DriverCategory,
        Field::VoteImpact,
        Field::Presence,
    ])
}

/// The provenance of a consolidated session: sources, element sources, merged
/// ids, conflicts with every kind of value, pairs declared distinct, decisions.
pub fn provenance() -> impl Strategy<Value = Provenance> {
    let details = (text(), text(), text(), text());
    let source = (id(), text(), "[A-Z]{2}", text(), date(), date(), details).prop_map(
        |(id, title, country, occupation, start, end, (organisation, sponsor, venue, notes))| {
            SourceSession {
                id,
                title,
                country,
                language: "ro".to_owned(),
                occupation,
                start,
                end,
                organisation,
                sponsor,
                venue,
                notes,
            }
        },
    );
    let alternative = || {
        (value(), proptest::collection::btree_set(id(), 0..3), text()).prop_map(
            |(value, sources, note)| Alternative {
                value,
                sources,
                note,
            },
        )
    };
    let conflict =
        (id(), field(), vec(alternative(), 1..3)).prop_map(|(element, field, alternatives)| {
            Conflict {
                element,
                field,
                alternatives,
            }
        });
    let decision =
        (id(), field(), vec(alternative(), 1..3)).prop_map(|(element, field, set_aside)| {
            Decision {
                element,
                field,
                set_aside,
            }
        });
    let variants =
        (id(), field(), vec(alternative(), 1..3)).prop_map(|(element, field, variants)| Variants {
            element,
            field,
            variants,
        });
    (
        vec(source, 0..3),
        proptest::collection::btree_map(id(), proptest::collection::btree_set(id(), 0..3), 0..4),
        proptest::collection::btree_map(id(), id(), 0..3),
        vec(conflict, 0..3),
        proptest::collection::btree_set((id(), id()), 0..3),
        (vec(decision, 0..3), vec(variants, 0..3)),
    )
        .prop_map(
            |(sources, elements, merged, conflicts, distinct, (mut decisions, mut variants))| {
                // Decisions and variants are kept ordered by element and field,
                // one record per field (`Provenance`'s documented order).
                decisions.sort_by_key(|d| (d.element, d.field));
                decisions.dedup_by_key(|d| (d.element, d.field));
                variants.sort_by_key(|v| (v.element, v.field));
                variants.dedup_by_key(|v| (v.element, v.field));
                Provenance {
                    sources,
                    elements,
                    merged,
                    conflicts,
                    distinct,
                    decisions,
                    variants,
                }
            },
        )
}
