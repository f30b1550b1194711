//! A large generated session (12 duties × 20 tasks, every list filled, 60 drivers
//! scored by 12 participants, 12 raters' verification ratings) for benchmarks and
//! stress tests, and the same with a survey of 1,000 respondents. Deterministic:
//! the same call gives the same session, ids included.

use super::chart::{Acronym, Chart, Duty, ListItem, Task};
use super::id::Id;
use super::person::{Person, Role};
use super::pestle::{
    Axes, Axis, AxisSubject, Category, Driver, DriverGroup, Participant, Pestle, Quadrant,
    Scenario, Vote,
};
use super::session::{Meta, Session};
use super::verification::{Rating, Verification};

mod survey;

pub use survey::{SurveyPlan, example_survey_round, survey_round};

const VERBS: [&str; 12] = [
    "Inspect",
    "Record",
    "Escort",
    "Search",
    "Supervise",
    "Report",
    "Conduct",
    "Monitor",
    "Issue",
    "Check",
    "Prepare",
    "Maintain",
];
const OBJECTS: [&str; 10] = [
    "cell doors",
    "visitor belongings",
    "incident logs",
    "prisoner movements",
    "kitchen tools",
    "medication rounds",
    "perimeter fences",
    "radio equipment",
    "work placements",
    "court transfers",
];

/// The large session with a survey round: its first 120 tasks asked of 1,000
/// respondents in five countries (RO, CZ, DE, LT, SI by 9 : 4 : 3 : 2 : 1), as
/// the survey benchmarks and tests at scale use it.
pub fn large_survey_session() -> Session {
    let mut session = large_session();
    let tasks: Vec<Id> = session
        .chart
        .tasks()
        .map(|(_, _, t)| t.id)
        .take(120)
        .collect();
    let plan = SurveyPlan {
        name: "European verification survey",
        countries: &[
            ("RO", "ro", 9),
            ("CZ", "cs", 4),
            ("DE", "de", 3),
            ("LT", "lt", 2),
            ("SI", "sl", 1),
        ],
        respondents: 1_000,
        seed: 2026,
        suggestions: &[],
        typical: &[],
    };
    session.survey.rounds.push(survey_round(&tasks, &plan));
    session
}

/// Makes the large session.
pub fn large_session() -> Session {
    let mut next = 0u128;
    let mut id = move || {
        next += 1;
        Id::from_u128(0x5eed_0000_0000_0000_0000_0000_0000_0000 + next)
    };
    // A small deterministic sequence for scores, so votes and ratings vary.
    let mut state = 17u32;
    let mut score = move || {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (state >> 16) as u8 % 5 + 1
    };

    let people: Vec<Person> = (0..14)
        .map(|i| Person {
            id: id(),
            role: if i < 12 {
                Role::Panel
            } else {
                Role::Facilitator
            },
            name: format!("Panel member {}", i + 1),
            job_title: "Senior prison officer".to_owned(),
            organisation: "National prison administration".to_owned(),
            country: ["RO", "CZ", "DE", "LT", "GR", "TR"][i % 6].to_owned(),
            years_experience: Some(5 + i as u32),
        })
        .collect();
    let duties: Vec<Duty> = (0..12)
        .map(|d| Duty {
            id: id(),
            title: format!(
                "{} {} area {}",
                VERBS[d % VERBS.len()],
                OBJECTS[d % OBJECTS.len()],
                d + 1
            ),
            tasks: (0..20)
                .map(|t| Task {
                    id: id(),
                    statement: format!(
                        "{} {} in unit {}",
                        VERBS[(d + t) % VERBS.len()],
                        OBJECTS[t % OBJECTS.len()],
                        d * 20 + t + 1
                    ),
                })
                .collect(),
        })
        .collect();
    let mut list = |prefix: &str, n: usize| -> Vec<ListItem> {
        (0..n)
            .map(|i| ListItem {
                id: id(),
                text: format!("{prefix} {}", i + 1),
            })
            .collect()
    };
    let knowledge_skills = list("Knowledge of prison regulations, item", 30);
    let behaviours = list("Remains calm under pressure, item", 20);
    let tools = list("Two-way radio, item", 30);
    let trends = list("Growing use of video visits, item", 15);
    let acronyms = (0..20)
        .map(|i| Acronym {
            id: id(),
            term: format!("ACR{i}"),
            meaning: format!("Acronym meaning {i}"),
        })
        .collect();

    let ratings: Vec<Rating> = duties
        .iter()
        .flat_map(|d| d.tasks.iter())
        .flat_map(|t| people[..12].iter().map(move |p| (t.id, p.id)))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(task, rater)| Rating {
            id: id(),
            task,
            rater,
            importance: Some(score()),
            frequency: Some(score()),
            difficulty: Some(score()),
            train: Some(score() > 2),
        })
        .collect();

    let participants: Vec<Participant> = (0..12)
        .map(|i| Participant {
            id: id(),
            name: format!("Participant {}", i + 1),
            organisation: "Ministry of Justice".to_owned(),
            country: "EU".to_owned(),
        })
        .collect();
    let drivers: Vec<Driver> = (0..60)
        .map(|i| Driver {
            id: id(),
            category: Category::ALL[i % 6],
            title: format!("Driver {} of {}", i + 1, Category::ALL[i % 6].name()),
            description: "A force that shapes the future of correctional work.".to_owned(),
        })
        .collect();
    let votes: Vec<Vote> = drivers
        .iter()
        .flat_map(|d| participants.iter().map(move |p| (d.id, p.id)))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(driver, participant)| Vote {
            id: id(),
            driver,
            participant,
            uncertainty: score(),
            impact: score(),
        })
        .collect();
    let groups = vec![DriverGroup {
        id: id(),
        name: "Digitalisation".to_owned(),
        drivers: vec![drivers[3].id, drivers[9].id],
    }];
    let axis = |driver: Id, low: &str, high: &str| Axis {
        subject: AxisSubject::Driver(driver),
        low_pole: low.to_owned(),
        high_pole: high.to_owned(),
        rationale: "Highest combined score among the critical uncertainties.".to_owned(),
    };
    let axes = Axes {
        horizontal: Some(axis(drivers[0].id, "Low funding", "High funding")),
        vertical: Some(axis(
            drivers[1].id,
            "Punitive policy",
            "Rehabilitative policy",
        )),
    };
    let scenarios = Quadrant::ALL
        .iter()
        .enumerate()
        .map(|(i, &quadrant)| Scenario {
            id: id(),
            quadrant,
            name: format!("Scenario {}", i + 1),
            narrative: "What correctional work looks like in this future.".to_owned(),
            links: vec![duties[i].tasks[0].id, knowledge_skills[i].id],
        })
        .collect();

    Session {
        id: id(),
        meta: Meta {
            title: "Large generated session".to_owned(),
            occupation: "Prison officer".to_owned(),
            country: "EU".to_owned(),
            ..Meta::default()
        },
        people,
        chart: Chart {
            duties,
            knowledge_skills,
            behaviours,
            tools,
            trends,
            acronyms,
        },
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
        provenance: crate::Provenance::default(),
        translations: crate::Translations::default(),
    }
}

/// Partner sessions for the merge benchmark: `n` national versions of the large
/// session. Each keeps 80 % of the template's tasks (same ids) and replaces the
/// other 20 % with tasks of its own; every fifth of those local tasks is written
/// the same as in the partner before it (merged by text) and every seventh nearly
/// the same (proposed); every partner rewords two shared tasks, the same two for
/// every partner but in its own words (conflicts). Panel, ratings, participants
/// and votes are each partner's own.
pub fn partner_sessions(n: usize) -> Vec<Session> {
    let template = large_session();
    (0..n).map(|i| partner(&template, i)).collect()
}

const SYLLABLES: [&str; 16] = [
    "ka", "vo", "re", "mi", "tu", "sa", "lo", "pe", "ni", "da", "gu", "fe", "zo", "bi", "ru", "he",
];

/// A made-up word unique to `n`, so that local tasks differ in a whole word.
fn nonce(n: usize) -> String {
    (0..4)
        .map(|digit| SYLLABLES[(n >> (4 * (3 - digit))) & 15])
        .collect()
}

/// The statement of a partner's `k`-th local task as partner `writer` words it.
fn local_statement(k: usize, writer: usize) -> String {
    format!(
        "{} {} {}",
        VERBS[(k * 7 + writer) % VERBS.len()],
        OBJECTS[(k * 3 + writer * 5) % OBJECTS.len()],
        nonce(writer * 1000 + k)
    )
}

fn partner(template: &Session, i: usize) -> Session {
    let salt = Id::from_u128(0x9a27_0000 + i as u128);
    let own = |id: Id| Id::derived("generated partner", [id, salt]);
    let mut s = template.clone();
    s.id = own(template.id);
    s.meta.country = format!(
        "{}{}",
        (b'A' + (i / 26 % 26) as u8) as char,
        (b'A' + (i % 26) as u8) as char
    );
    s.meta.title = format!("National DACUM {}", s.meta.country);
    for person in &mut s.people {
        person.id = own(person.id);
    }
    for rating in &mut s.verification.ratings {
        rating.id = own(rating.id);
        rating.rater = own(rating.rater);
    }
    for participant in &mut s.pestle.participants {
        participant.id = own(participant.id);
    }
    for vote in &mut s.pestle.votes {
        vote.id = own(vote.id);
        vote.participant = own(vote.participant);
    }
    let mut renamed = std::collections::HashMap::new();
    let mut k = 0usize;
    for (d, duty) in s.chart.duties.iter_mut().enumerate() {
        for (t, task) in duty.tasks.iter_mut().enumerate() {
            if (d * 20 + t + i).is_multiple_of(5) {
                // A local task: new id and the partner's own statement; every fifth
                // is worded as partner 0 words it (merged by text), every seventh
                // nearly so (proposed).
                let old = task.id;
                task.id = own(old);
                renamed.insert(old, task.id);
                task.statement =
                    if k.is_multiple_of(5) || (k.is_multiple_of(7) && i.is_multiple_of(2)) {
                        local_statement(k, 0)
                    } else if k.is_multiple_of(7) {
                        format!("{}s", local_statement(k, 0))
                    } else {
                        local_statement(k, i)
                    };
                k += 1;
            } else if (d == 0 && t < 2 && !i.is_multiple_of(2)) || (d == 1 && t == i % 20) {
                task.statement = format!("{} (as worded by partner {i})", task.statement);
            }
        }
    }
    for rating in &mut s.verification.ratings {
        if let Some(&new) = renamed.get(&rating.task) {
            rating.task = new;
        }
    }
    for scenario in &mut s.pestle.scenarios {
        for link in &mut scenario.links {
            if let Some(&new) = renamed.get(link) {
                *link = new;
            }
        }
    }
    s
}

/// Two partner sessions of one duty of `tasks` tasks each, for the merge at
/// scale. The second keeps six tenths of the first's tasks (same ids), writes
/// two tenths the same after normalisation under new ids (merged by text), one
/// tenth nearly the same (one word added: proposed) and one tenth of its own.
/// Statements are made of common words (12 verbs, 10 objects) and made-up
/// words drawn from 16,000 syllable triples, as real statements mix common and
/// rare words.
pub fn wide_duty_partners(tasks: usize) -> Vec<Session> {
    let id = |session: u128, n: usize| Id::from_u128((0x3a1e << 64) + (session << 40) + n as u128);
    let statement = |k: usize| {
        let (a, b) = (made_up_word(2 * k), made_up_word(2 * k + 1));
        let daily = if k.is_multiple_of(3) { " daily" } else { "" };
        format!(
            "{} {} at the {a} {b}{daily}",
            VERBS[k % VERBS.len()],
            OBJECTS[k / VERBS.len() % OBJECTS.len()]
        )
    };
    let session = |which: u128, country: &str| Session {
        id: id(which + 10, 0),
        meta: Meta {
            title: format!("Wide duty {country}"),
            occupation: "Prison officer".to_owned(),
            country: country.to_owned(),
            ..Meta::default()
        },
        ..Session::default()
    };
    let mut first = session(1, "RO");
    let mut second = session(2, "CZ");
    let mut ours = Duty {
        id: id(0, 0),
        title: "Maintain security of the facility".to_owned(),
        tasks: Vec::with_capacity(tasks),
    };
    let mut theirs = Duty {
        tasks: Vec::with_capacity(tasks),
        ..ours.clone()
    };
    for k in 0..tasks {
        let task = Task {
            id: id(1, k + 1),
            statement: statement(k),
        };
        let own = |statement: String| Task {
            id: id(2, k + 1),
            statement,
        };
        theirs.tasks.push(match k % 10 {
            0..=5 => task.clone(),
            6 | 7 => own(format!("  {} ", task.statement.to_uppercase())),
            8 => own(format!("{} promptly", task.statement)),
            _ => own(statement(tasks + k)),
        });
        ours.tasks.push(task);
    }
    first.chart.duties.push(ours);
    second.chart.duties.push(theirs);
    vec![first, second]
}

/// A made-up word of three syllables, different for every `n` below 16,000³.
fn made_up_word(n: usize) -> String {
    const ONSETS: [&str; 16] = [
        "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st",
    ];
    const VOWELS: [&str; 5] = ["a", "e", "i", "o", "u"];
    const CODAS: [&str; 5] = ["", "n", "r", "s", "l"];
    // Spread consecutive numbers over the whole range, so that neighbours do not
    // share their first letters.
    let mut x = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut word = String::new();
    for _ in 0..3 {
        let syllable = (x % 400) as usize;
        x /= 400;
        word.push_str(ONSETS[syllable % 16]);
        word.push_str(VOWELS[syllable / 16 % 5]);
        word.push_str(CODAS[syllable / 80]);
    }
    word
}

/// `session` with every text translated into each of `languages` (reviewed,
/// against the text as it reads), as a partnership working in several
/// languages would hold it: for the benchmark of loading a session in five
/// languages.
pub fn translated(session: &Session, languages: &[&str]) -> Session {
    let mut translated = session.clone();
    for language in languages {
        for slot in session.text_slots() {
            let source = session.source_text(slot.slot).unwrap_or_default();
            let text = format!("{source} ({language})");
            translated.translations.put(
                language,
                slot.slot,
                Some(crate::Translation::of(
                    source,
                    text,
                    crate::Status::Reviewed,
                )),
            );
        }
    }
    translated
}
