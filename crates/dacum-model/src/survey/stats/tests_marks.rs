//! The divergence marks by hand: supervisors against job holders, a
//! country's rank against the others', and the near misses of both.

use super::tests::{close, compute, respondent, session_with_tasks, survey_round};
use super::*;
use crate::chart::{Duty, Task};

/// Supervisors' and job holders' importance of one task, from counts of each
/// score: `(level, score, how many)`.
fn levels_session(country: &str, scores: &[(Level, u8, usize)]) -> Session {
    let (mut session, tasks) = session_with_tasks(false);
    let mut respondents = Vec::new();
    for &(level, score, count) in scores {
        for _ in 0..count {
            let code = format!("{}{}", level.key(), respondents.len());
            let profile = format!("{country} {}", level.key());
            respondents.push(respondent(&code, &profile, &format!("-{score}--- -----")));
        }
    }
    session
        .survey
        .rounds
        .push(survey_round(tasks[..2].to_vec(), respondents));
    session
}

#[test]
fn supervisors_and_job_holders_a_point_apart_are_marked() {
    use Level::{JobHolder, Supervisor};
    // Supervisors 5 5 4 4 3 (4.2), job holders 4 3 3 3 3 (3.2).
    let session = levels_session(
        "RO",
        &[
            (Supervisor, 5, 2),
            (Supervisor, 4, 2),
            (Supervisor, 3, 1),
            (JobHolder, 4, 1),
            (JobHolder, 3, 4),
        ],
    );
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    let gap = stats.survey.tasks[0].marks.levels.expect("marked");
    assert_eq!((gap.supervisors.n, gap.job_holders.n), (5, 5));
    close(gap.supervisors.mean, 4.2);
    close(gap.job_holders.mean, 3.2);
    close(gap.difference, 1.0);
    assert!(stats.survey.tasks[1].marks.is_empty());
    assert_eq!(stats.marked().count(), 1);

    // The other way round, job holders higher: the difference is negative.
    let session = levels_session("RO", &[(Supervisor, 2, 5), (JobHolder, 4, 5)]);
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    close(
        stats.survey.tasks[0]
            .marks
            .levels
            .expect("marked")
            .difference,
        -2.0,
    );
}

#[test]
fn near_misses_of_the_level_gap_are_not_marked() {
    use Level::{JobHolder, Supervisor};
    // 0.99 apart: supervisors 81 × 4 + 19 × 5 (4.19), job holders 80 × 3 +
    // 20 × 4 (3.20).
    let session = levels_session(
        "RO",
        &[
            (Supervisor, 4, 81),
            (Supervisor, 5, 19),
            (JobHolder, 3, 80),
            (JobHolder, 4, 20),
        ],
    );
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    assert_eq!(stats.survey.tasks[0].marks.levels, None);
    // The same at a threshold of 0.99 is marked.
    let lower = Thresholds {
        level_gap: 0.99,
        ..Thresholds::default()
    };
    let stats = SurveyStats::compute(
        &session,
        &Filter::default(),
        Weighting::PerRespondent,
        &lower,
    );
    close(
        stats.survey.tasks[0]
            .marks
            .levels
            .expect("marked")
            .difference,
        0.99,
    );

    // Four apart, but only four supervisors.
    let session = levels_session("RO", &[(Supervisor, 5, 4), (JobHolder, 1, 5)]);
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    assert_eq!(stats.survey.tasks[0].marks.levels, None);
    let four = Thresholds {
        level_min_n: 4,
        ..Thresholds::default()
    };
    let stats = SurveyStats::compute(
        &session,
        &Filter::default(),
        Weighting::PerRespondent,
        &four,
    );
    assert!(stats.survey.tasks[0].marks.levels.is_some());
}

#[test]
fn the_level_gap_follows_the_weighting() {
    use Level::{JobHolder, Supervisor};
    // RO: 4 supervisors at 5, 1 job holder at 3; CZ: 1 supervisor at 3, 4
    // job holders at 3. Per respondent: supervisors 23/5 = 4.6, job holders
    // 3; apart 1.6. Per country: supervisors (5 + 3)/2 = 4, job holders 3.
    let mut session = levels_session("RO", &[(Supervisor, 5, 4), (JobHolder, 3, 1)]);
    let cz = levels_session("CZ", &[(Supervisor, 3, 1), (JobHolder, 3, 4)]);
    let more = cz.survey.rounds[0]
        .respondents
        .iter()
        .cloned()
        .map(|mut r| {
            r.code.insert_str(0, "CZ-");
            r
        });
    session.survey.rounds[0].respondents.extend(more);
    let gap = |weighting| {
        compute(&session, &Filter::default(), weighting)
            .survey
            .tasks[0]
            .marks
            .levels
            .expect("marked")
    };
    close(gap(Weighting::PerRespondent).difference, 1.6);
    let equal = gap(Weighting::EqualPerCountry);
    close(equal.supervisors.mean, 4.0);
    close(equal.job_holders.mean, 3.0);
    close(equal.difference, 1.0);
}

/// Eight tasks; countries A, B and C with two respondents each. A and B
/// rate the tasks 5, 4.5, 4 … 1.5 on average; C alike, but t1 and t3
/// swapped (4 and 5).
fn eight_tasks_three_countries() -> (Session, Vec<Id>) {
    let mut session = Session::default();
    let mut duty = Duty::new("Maintain security");
    duty.tasks = (1..=8).map(|i| Task::new(&format!("Task {i}"))).collect();
    session.chart.duties.push(duty);
    let tasks: Vec<Id> = session.chart.tasks().map(|(_, _, t)| t.id).collect();
    let first = "-5--- -5--- -4--- -4--- -3--- -3--- -2--- -2---";
    let second = "-5--- -4--- -4--- -3--- -3--- -2--- -2--- -1---";
    let swapped_first = "-4--- -5--- -5--- -4--- -3--- -3--- -2--- -2---";
    let swapped_second = "-4--- -4--- -5--- -3--- -3--- -2--- -2--- -1---";
    let respondents = vec![
        respondent("A1", "AT", first),
        respondent("A2", "AT", second),
        respondent("B1", "BE", first),
        respondent("B2", "BE", second),
        respondent("C1", "CY", swapped_first),
        respondent("C2", "CY", swapped_second),
    ];
    session
        .survey
        .rounds
        .push(survey_round(tasks.clone(), respondents));
    (session, tasks)
}

#[test]
fn a_country_ranking_a_task_a_quarter_of_the_list_away_is_marked() {
    let (session, _) = eight_tasks_three_countries();
    let thresholds = Thresholds {
        rank_min_n: 2,
        ..Thresholds::default()
    };
    for weighting in [Weighting::PerRespondent, Weighting::EqualPerCountry] {
        let stats = SurveyStats::compute(&session, &Filter::default(), weighting, &thresholds);
        let marked: Vec<(usize, Vec<&str>)> = stats
            .survey
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.marks.is_empty())
            .map(|(i, t)| {
                let countries = t.marks.countries.iter().map(|g| g.country.as_str());
                (i, countries.collect())
            })
            .collect();
        // CY ranks t1 third (others first) and t3 first (others third): two
        // places, a quarter of eight. AT and BE rank t1 first against the
        // others' shared second (t1, t2, t3 all 4.5): one place, no mark.
        assert_eq!(marked, [(0, vec!["CY"]), (2, vec!["CY"])], "{weighting:?}");
        let gap = &stats.survey.tasks[0].marks.countries[0];
        assert_eq!((gap.scores.n, gap.others.n, gap.ranked), (2, 4, 8));
        close(gap.scores.mean, 4.0);
        close(gap.others.mean, 5.0);
        close(gap.rank, 3.0);
        close(gap.others_rank, 1.0);
        close(gap.difference(), 2.0);
        close(stats.survey.tasks[2].marks.countries[0].difference(), -2.0);
    }
}

#[test]
fn near_misses_of_the_country_rank_are_not_marked() {
    let (session, _) = eight_tasks_three_countries();
    // A third of the list (2.67 places): CY's two places no longer reach it.
    let third = Thresholds {
        rank_min_n: 2,
        rank_share: 1.0 / 3.0,
        ..Thresholds::default()
    };
    let stats = SurveyStats::compute(
        &session,
        &Filter::default(),
        Weighting::PerRespondent,
        &third,
    );
    assert!(stats.marked().next().is_none());
    // Three scores needed, two per country given: nothing ranked.
    let three = Thresholds {
        rank_min_n: 3,
        ..Thresholds::default()
    };
    let stats = SurveyStats::compute(
        &session,
        &Filter::default(),
        Weighting::PerRespondent,
        &three,
    );
    assert!(stats.marked().next().is_none());
    // One country: nobody to compare with.
    let only = Filter {
        countries: vec!["CY".to_owned()],
        ..Filter::default()
    };
    let stats = SurveyStats::compute(
        &session,
        &only,
        Weighting::PerRespondent,
        &Thresholds {
            rank_min_n: 1,
            ..Thresholds::default()
        },
    );
    assert!(stats.marked().next().is_none());
}
