//! Older schema versions load, migrated to the current model.

use dacum_model::Role;

use crate::helpers::fixture;

#[test]
fn a_version_0_file_is_migrated_on_load() {
    let path = fixture("v0-session.ron");
    let before = std::fs::read(&path).expect("fixture");
    let session = dacum_store::load_session(&path).expect("v0 loads");
    assert_eq!(
        std::fs::read(&path).expect("fixture"),
        before,
        "loading never writes"
    );

    assert_eq!(session.meta.occupation, "Probation officer");
    assert_eq!(session.meta.country, "CZ");
    assert_eq!(session.meta.start, Some(jiff::civil::date(2023, 10, 4)));
    assert_eq!(session.meta.end, session.meta.start);
    let roles: Vec<Role> = session.people.iter().map(|p| p.role).collect();
    assert_eq!(roles, [Role::Panel, Role::Panel, Role::Facilitator]);
    assert_eq!(session.people[0].name, "Kateřina Dvořáková");
    assert_eq!(session.people[0].years_experience, Some(14));
    assert_eq!(session.chart.duties.len(), 2);
    assert_eq!(
        session.chart.duties[0].tasks[1].statement,
        "Prepare pre-sentence reports"
    );
    assert_eq!(session.chart.knowledge_skills.len(), 2);
    assert_eq!(session.chart.acronyms[0].term, "PMS");

    // Saved again, it is a current-version file that loads to the same session.
    let text = dacum_store::to_ron(&session).expect("serialises");
    assert!(text.contains("version: 2,"));
    assert_eq!(
        dacum_store::parse_session(text.as_bytes(), &path).ok(),
        Some(session)
    );
}

/// The values of a RON text: every quoted string and every bare number after a
/// colon (field names, enum names and punctuation aside), except the header's
/// format and version, which say what the file is rather than hold data.
fn values(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let data = text.lines().filter(|l| {
        let l = l.trim_start();
        !(l.starts_with("//") || l.starts_with("format:") || l.starts_with("version:"))
    });
    for line in data {
        let mut rest = line;
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('"') else { break };
            found.push(after[..close].to_owned());
            rest = &after[close + 1..];
        }
        for part in line.split(':').skip(1) {
            let number: String = part
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if !number.is_empty() {
                found.push(number);
            }
        }
    }
    found
}

/// Role, name, job title, organisation, country and years of a person.
type PersonValues<'a> = (Role, &'a str, &'a str, &'a str, &'a str, Option<u32>);

#[test]
fn migrating_version_0_keeps_every_value_of_every_field() {
    let path = fixture("v0-every-field.ron");
    let text = std::fs::read_to_string(&path).expect("fixture");
    let session = dacum_store::load_session(&path).expect("v0 loads");
    let migrated = dacum_store::to_ron(&session).expect("serialises");
    let lost: Vec<String> = values(&text)
        .into_iter()
        .filter(|value| {
            !migrated.contains(&format!("\"{value}\""))
                && !migrated.contains(&format!(": {value},"))
        })
        .collect();
    assert!(lost.is_empty(), "lost in migration: {lost:?}\n{migrated}");
    // Each value in its new place.
    let people: Vec<PersonValues> = session
        .people
        .iter()
        .map(|p| {
            (
                p.role,
                p.name.as_str(),
                p.job_title.as_str(),
                p.organisation.as_str(),
                p.country.as_str(),
                p.years_experience,
            )
        })
        .collect();
    assert_eq!(
        people,
        [
            (
                Role::Panel,
                "Panel name value",
                "Panel job value",
                "Panel organisation value",
                "LV",
                Some(27)
            ),
            (
                Role::Facilitator,
                "Facilitator name value",
                "Facilitator job value",
                "Facilitator organisation value",
                "EE",
                Some(31)
            ),
        ]
    );
    let meta = &session.meta;
    assert_eq!(
        (
            meta.title.as_str(),
            meta.occupation.as_str(),
            meta.organisation.as_str(),
            meta.country.as_str(),
            meta.language.as_str()
        ),
        (
            "V0 title value",
            "V0 occupation value",
            "V0 organisation value",
            "LT",
            "lt"
        )
    );
    assert_eq!(meta.start, Some(jiff::civil::date(2022, 5, 17)));
    assert_eq!(meta.end, meta.start);
    let chart = &session.chart;
    assert_eq!(chart.duties[0].title, "Duty title value");
    assert_eq!(chart.duties[0].tasks[0].statement, "Task text value");
    assert_eq!(chart.knowledge_skills[0].text, "Knowledge value");
    assert_eq!(chart.behaviours[0].text, "Behaviour value");
    assert_eq!(chart.tools[0].text, "Tool value");
    assert_eq!(chart.trends[0].text, "Trend value");
    assert_eq!(
        (
            chart.acronyms[0].term.as_str(),
            chart.acronyms[0].meaning.as_str()
        ),
        ("AVT", "Acronym meaning value")
    );
}
