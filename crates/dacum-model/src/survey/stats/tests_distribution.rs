//! The response distribution by country and level, and its warnings with
//! their near misses.

use super::tests::{compute, five, respondent, session_with_tasks, survey_round};
use super::*;

#[test]
fn the_distribution_by_country_and_level() {
    let (session, _) = five();
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    let distribution = &stats.survey.distribution;
    let rows: Vec<(&str, usize, usize, usize)> = distribution
        .countries
        .iter()
        .map(|r| {
            (
                r.country.as_str(),
                r.levels.get(Some(Level::JobHolder)),
                r.levels.get(Some(Level::Supervisor)),
                r.levels.total(),
            )
        })
        .collect();
    assert_eq!(rows, [("CZ", 1, 1, 2), ("RO", 2, 1, 3)]);
    assert_eq!(distribution.levels.counts, [3, 2, 0, 0, 0]);
    assert_eq!(distribution.total(), 5);
    // RO holds 3 of 5; both have fewer than 30; no trainer, no manager.
    assert_eq!(
        stats.warnings,
        [
            Warning::CountryMajority {
                country: "RO".to_owned(),
                respondents: 3,
                total: 5
            },
            Warning::FewRespondents {
                country: "CZ".to_owned(),
                respondents: 2,
                minimum: 30
            },
            Warning::FewRespondents {
                country: "RO".to_owned(),
                respondents: 3,
                minimum: 30
            },
            Warning::LevelAbsent {
                level: Level::Trainer
            },
            Warning::LevelAbsent {
                level: Level::Manager
            },
        ]
    );
    // A level the filter leaves out is not "absent".
    let filter = Filter {
        levels: vec![Level::JobHolder, Level::Supervisor],
        ..Filter::default()
    };
    let stats = compute(&session, &filter, Weighting::PerRespondent);
    assert!(
        !stats
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::LevelAbsent { .. }))
    );
}

/// `counts` respondents per country, at levels in turn.
fn spread_session(counts: &[(&str, usize)]) -> Session {
    let (mut session, tasks) = session_with_tasks(false);
    let mut respondents = Vec::new();
    for &(country, count) in counts {
        for i in 0..count {
            let level = Level::ALL[i % 4].key();
            let code = format!("{country}-{i}");
            respondents.push(respondent(
                &code,
                &format!("{country} {level}"),
                "y3--- -----",
            ));
        }
    }
    session.survey.rounds.push(survey_round(tasks, respondents));
    session
}

#[test]
fn warnings_of_an_uneven_survey_and_their_near_misses() {
    let warnings = |counts: &[(&str, usize)]| {
        compute(
            &spread_session(counts),
            &Filter::default(),
            Weighting::PerRespondent,
        )
        .warnings
    };
    // 31 of 60 is more than half; 29 is fewer than 30.
    assert_eq!(
        warnings(&[("RO", 31), ("CZ", 29)]),
        [
            Warning::CountryMajority {
                country: "RO".to_owned(),
                respondents: 31,
                total: 60
            },
            Warning::FewRespondents {
                country: "CZ".to_owned(),
                respondents: 29,
                minimum: 30
            },
        ]
    );
    // Exactly half, exactly 30: nothing to say.
    assert_eq!(warnings(&[("RO", 30), ("CZ", 30)]), []);
    // One country alone holds everything, which is not uneven.
    assert_eq!(warnings(&[("RO", 40)]), []);
    // Respondents who gave no country.
    assert_eq!(
        warnings(&[("RO", 30), ("", 3), ("CZ", 30)]),
        [Warning::NoCountry { respondents: 3 }]
    );
    // The thresholds are parameters.
    let session = spread_session(&[("RO", 30), ("CZ", 30)]);
    let strict = Thresholds {
        majority_share: 0.4,
        min_country_respondents: 31,
        ..Thresholds::default()
    };
    let stats = SurveyStats::compute(
        &session,
        &Filter::default(),
        Weighting::PerRespondent,
        &strict,
    );
    assert_eq!(stats.warnings.len(), 4, "{:?}", stats.warnings);
}
