//! Older schema versions load, migrated to the current model.

use dacum_studio::model::Role;
use dacum_studio::store;

use crate::helpers::fixture;

#[test]
fn a_version_0_file_is_migrated_on_load() {
    let path = fixture("v0-session.ron");
    let before = std::fs::read(&path).expect("fixture");
    let session = store::load_session(&path).expect("v0 loads");
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
    let text = store::to_ron(&session).expect("serialises");
    assert!(text.contains("version: 1,"));
    assert_eq!(
        store::parse_session(text.as_bytes(), &path).ok(),
        Some(session)
    );
}
