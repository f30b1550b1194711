//! A large generated session (12 duties × 20 tasks, every list filled, 60 drivers
//! scored by 12 participants, 12 raters' verification ratings) for benchmarks and
//! stress tests. Deterministic: the same call gives the same session, ids included.

use super::chart::{Acronym, Chart, Duty, ListItem, Task};
use super::id::Id;
use super::pestle::{
    Axes, Axis, AxisSubject, Category, Driver, DriverGroup, Participant, Pestle, Quadrant,
    Scenario, Vote,
};
use super::session::{Meta, Person, Role, Session};
use super::verification::{Rating, Verification};

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
        provenance: Default::default(),
    }
}
