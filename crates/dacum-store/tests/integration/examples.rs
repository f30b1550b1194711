//! The shipped example sessions load, pass `check` and are what the issue promises.

use std::collections::BTreeSet;

use dacum_model::integrity::{Severity, check_session};
use dacum_model::merge;
use dacum_model::statement_rules::{Rule, RuleSet, WordRules, check_chart};
use dacum_model::{Category, Role};

use crate::helpers::{
    WITH_FINDINGS, clean_example_files, consolidated_example, example_files, prison_officer,
    sessions_dir,
};

#[test]
fn every_example_loads_and_is_clean() {
    let files = example_files();
    let clean = clean_example_files();
    assert!(clean.len() >= 2, "{clean:?}");
    assert_eq!(files.len(), clean.len() + WITH_FINDINGS.len(), "{files:?}");
    for file in files {
        let session = dacum_store::load_session(&file).unwrap_or_else(|e| panic!("{e}"));
        let problems = check_session(&session);
        if clean.contains(&file) {
            assert!(problems.is_empty(), "{}: {problems:#?}", file.display());
        }
        // Shipped files are in the canonical layout, so saving them changes nothing.
        let text = std::fs::read_to_string(&file).expect("readable");
        assert_eq!(
            dacum_store::to_ron(&session).ok().as_deref(),
            Some(text.as_str()),
            "{} is not canonical",
            file.display()
        );
    }
}

#[test]
fn the_prison_officer_chart_is_a_full_workshop_record() {
    let session = prison_officer();
    let chart = &session.chart;
    assert_eq!(chart.duties.len(), 8);
    for duty in &chart.duties {
        assert!(
            (6..=12).contains(&duty.tasks.len()),
            "{}: {} tasks",
            duty.title,
            duty.tasks.len()
        );
    }
    for list in [
        &chart.knowledge_skills,
        &chart.behaviours,
        &chart.tools,
        &chart.trends,
    ] {
        assert!(list.len() >= 5);
    }
    assert!(!chart.acronyms.is_empty());
    let panel: Vec<_> = session
        .people
        .iter()
        .filter(|p| p.role == Role::Panel)
        .collect();
    assert_eq!(panel.len(), 7);
    let countries: BTreeSet<&str> = panel.iter().map(|p| p.country.as_str()).collect();
    assert!(countries.len() >= 4, "{countries:?}");
    assert!(panel.iter().any(|p| !p.name.is_ascii()), "non-ASCII names");
    assert!(!session.verification.ratings.is_empty());
}

#[test]
fn the_pestle_example_has_drivers_votes_axes_and_scenarios() {
    let session = dacum_store::load_session(&sessions_dir().join("future-of-corrections.ron"))
        .expect("loads");
    let pestle = &session.pestle;
    assert!(pestle.drivers.len() >= 18);
    let categories: BTreeSet<Category> = pestle.drivers.iter().map(|d| d.category).collect();
    assert_eq!(categories.len(), 6);
    assert_eq!(pestle.participants.len(), 8);
    assert_eq!(
        pestle.votes.len(),
        pestle.drivers.len() * 8,
        "every participant voted on every driver"
    );
    assert!(!pestle.groups.is_empty());
    let axes = [&pestle.axes.horizontal, &pestle.axes.vertical];
    assert!(
        axes.iter()
            .all(|a| a.as_ref().is_some_and(|a| !a.rationale.is_empty()))
    );
    assert_eq!(pestle.scenarios.len(), 4);
    assert!(pestle.scenarios.iter().all(|s| {
        s.links
            .iter()
            .any(|&l| session.chart.find_task(l).is_some())
    }));
}

/// The partner examples show what a merge is for: tasks all partners share,
/// national tasks, one merged by its text, one proposed duplicate and two
/// statements worded differently.
#[test]
fn the_partner_examples_merge_into_a_consolidated_profile_with_work_left_for_the_coordinator() {
    let merged = consolidated_example();
    let provenance = &merged.provenance;
    let countries: Vec<&str> = provenance
        .sources
        .iter()
        .map(|s| s.country.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(countries, ["CZ", "DE", "LT", "RO"]);
    let tasks: Vec<_> = merged.chart.duties.iter().flat_map(|d| &d.tasks).collect();
    let shared = |statement: &str| {
        let task = tasks
            .iter()
            .find(|t| t.statement == statement)
            .unwrap_or_else(|| panic!("{statement}"));
        (
            provenance.shared_by(task.id),
            provenance.countries_of(task.id),
        )
    };
    assert_eq!(
        shared("Conduct cell searches"),
        ((4, 4), vec!["CZ", "DE", "LT", "RO"])
    );
    // Written by LT and RO with their own ids, merged by the same text.
    assert_eq!(
        shared("Supervise religious services"),
        ((2, 4), vec!["LT", "RO"])
    );
    assert_eq!(
        shared("Guard prisoners during court breaks"),
        ((1, 4), vec!["CZ"])
    );
    let proposals = merge::proposals(&merged);
    assert_eq!(proposals.len(), 1, "{proposals:#?}");
    assert_eq!(provenance.conflicts.len(), 2, "{:#?}", provenance.conflicts);
}

/// The Romanian national chart holds what a Romanian panel really produces: a
/// knowing verb, two actions joined by "și", an over-long task and a vague verb,
/// found by the Romanian rules; its other 41 statements, in good Romanian, raise
/// nothing.
#[test]
fn the_romanian_national_chart_holds_exactly_its_romanian_findings() {
    let session = dacum_store::load_session(&sessions_dir().join("partners/ro-national.ron"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (
            session.meta.language.as_str(),
            session.meta.country.as_str()
        ),
        ("ro", "RO")
    );
    let rules = session.statement_rules();
    assert_eq!(rules.word_rules(), Some(WordRules::Romanian));
    let chart = &session.chart;
    let tasks = chart.duties.iter().map(|d| d.tasks.len()).sum::<usize>();
    assert!((6..=8).contains(&chart.duties.len()) && (35..=50).contains(&tasks));
    assert!(
        chart
            .duties
            .iter()
            .flat_map(|d| &d.tasks)
            .any(|t| t.statement.contains('ș'))
    );

    let found = |rules: RuleSet| -> Vec<(String, Rule)> {
        check_chart(chart, rules)
            .into_iter()
            .map(|f| (f.code, f.finding.rule))
            .collect()
    };
    let expected = [
        ("A-6", Rule::TooLong),
        ("B-7", Rule::NotObservable),
        ("C-5", Rule::TwoActions),
        ("E-6", Rule::VagueVerb),
    ];
    let expected: Vec<(String, Rule)> = expected.map(|(c, r)| (c.to_owned(), r)).to_vec();
    assert_eq!(found(rules), expected);
    // Without the Romanian word lists, only the length is left to find.
    assert_eq!(found(RuleSet::NEUTRAL), [("A-6".to_owned(), Rule::TooLong)]);

    let problems = check_session(&session);
    let problems: Vec<(Severity, &str)> = problems
        .iter()
        .map(|p| (p.severity, p.place.as_str()))
        .collect();
    let codes: Vec<(Severity, &str)> = ["A-6", "B-7", "C-5", "E-6"]
        .map(|c| (Severity::Warning, c))
        .to_vec();
    assert_eq!(problems, codes);
}
