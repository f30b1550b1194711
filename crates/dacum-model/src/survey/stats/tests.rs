//! Small surveys whose every figure is worked out by hand in the comments:
//! the figures, weighting, filters and rounds here, the marks, the
//! distribution and the panel in the `tests_*` files beside it, which share
//! these fixtures.

use super::*;
use crate::chart::{Duty, Task};
use crate::survey::{Respondent, line};

/// Two figures equal but for floating point's last bits.
#[track_caller]
pub(super) fn close(got: f64, want: f64) {
    assert!((got - want).abs() < 1e-9, "got {got}, want {want}");
}

#[track_caller]
pub(super) fn close_some(got: Option<f64>, want: f64) {
    close(got.expect("a figure"), want);
}

/// A respondent from the fields of a line: `"RO job-holder public"` and the
/// answer tokens (`y432n`, `-----` …).
pub(super) fn respondent(code: &str, profile: &str, answers: &str) -> Respondent {
    let mut fields = profile.split(' ');
    let mut field = || fields.next().unwrap_or("");
    let (country, level, sector) = (field(), field(), field());
    line::read(&format!(
        "{code} | {country} | {level} | {sector} | | | {answers}"
    ))
    .expect("a valid line")
}

/// A session whose chart is duty A (t1, t2) and, when `third`, duty B (t3).
pub(super) fn session_with_tasks(third: bool) -> (Session, Vec<Id>) {
    let mut session = Session::default();
    let mut a = Duty::new("Maintain security");
    a.tasks = vec![Task::new("Search cells"), Task::new("Count prisoners")];
    session.chart.duties.push(a);
    if third {
        let mut b = Duty::new("Support rehabilitation");
        b.tasks = vec![Task::new("Interview prisoners")];
        session.chart.duties.push(b);
    }
    let tasks = session.chart.tasks().map(|(_, _, t)| t.id).collect();
    (session, tasks)
}

pub(super) fn survey_round(tasks: Vec<Id>, respondents: Vec<Respondent>) -> Round {
    let mut round = Round::new("Survey", Mode::Survey, tasks);
    round.respondents = respondents;
    round
}

/// Five respondents, two countries, two levels, two tasks.
///
/// | code | country | level | sector | t1 | t2 |
/// |---|---|---|---|---|---|
/// | R1 | RO | job holder | public | y432y | n2-3n |
/// | R2 | RO | job holder | public | y543n | ----- |
/// | R3 | RO | supervisor | public | y334y | y322y |
/// | C1 | CZ | job holder | private | n212n | y555y |
/// | C2 | CZ | supervisor | — | y121y | y444- |
pub(super) fn five() -> (Session, Vec<Id>) {
    let (mut session, tasks) = session_with_tasks(false);
    let respondents = vec![
        respondent("R1", "RO job-holder public", "y432y n2-3n"),
        respondent("R2", "RO job-holder public", "y543n -----"),
        respondent("R3", "RO supervisor public", "y334y y322y"),
        respondent("C1", "CZ job-holder private", "n212n y555y"),
        respondent("C2", "CZ supervisor", "y121y y444-"),
    ];
    session
        .survey
        .rounds
        .push(survey_round(tasks.clone(), respondents));
    (session, tasks)
}

pub(super) fn compute(session: &Session, filter: &Filter, weighting: Weighting) -> SurveyStats {
    SurveyStats::compute(session, filter, weighting, &Thresholds::default())
}

#[test]
fn every_figure_per_respondent() {
    let (session, tasks) = five();
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    let [t1, t2] = &stats.survey.tasks[..] else {
        panic!("two tasks: {:?}", stats.survey.tasks);
    };
    assert_eq!((t1.task, t2.task), (tasks[0], tasks[1]));
    assert!(stats.survey.removed.is_empty());

    // t1: everyone answered; 4 of 5 perform; 3 of 5 would train.
    assert_eq!((t1.asked, t1.answering), (5, 5));
    assert_eq!((t1.performing.yes, t1.performing.of), (4, 5));
    close_some(t1.performing.percent, 80.0);
    assert_eq!((t1.train.yes, t1.train.of), (3, 5));
    close_some(t1.train.percent, 60.0);
    // Importance 4 5 3 2 1: mean 3, squares 1+4+0+1+4 = 10, sd √(10/4).
    let importance = t1.importance.expect("scores");
    assert_eq!(importance.n, 5);
    assert_eq!(importance.counts, [1, 1, 1, 1, 1]);
    close(importance.mean, 3.0);
    close(importance.sd, 2.5f64.sqrt());
    // Frequency 3 4 3 1 2: mean 2.6, squares .16+1.96+.16+2.56+.36 = 5.2.
    let frequency = t1.frequency.expect("scores");
    close(frequency.mean, 2.6);
    close(frequency.sd, 1.3f64.sqrt());
    // Difficulty 2 3 4 2 1: mean 2.4, squares .16+.36+2.56+.16+1.96 = 5.2.
    let difficulty = t1.difficulty.expect("scores");
    close(difficulty.mean, 2.4);
    close(difficulty.sd, 1.3f64.sqrt());
    // Importance × frequency.
    close_some(t1.priority, 3.0 * 2.6);

    // t2: R2 left it blank, so 4 answering of 5 asked.
    assert_eq!((t2.asked, t2.answering), (5, 4));
    assert_eq!((t2.performing.yes, t2.performing.of), (3, 4));
    close_some(t2.performing.percent, 75.0);
    // Train n y y -: 2 of 3.
    assert_eq!((t2.train.yes, t2.train.of), (2, 3));
    close_some(t2.train.percent, 200.0 / 3.0);
    // Importance 2 3 5 4: mean 3.5, squares 2.25+.25+2.25+.25 = 5, sd √(5/3).
    let importance = t2.importance.expect("scores");
    assert_eq!(importance.n, 4);
    close(importance.mean, 3.5);
    close(importance.sd, (5.0f64 / 3.0).sqrt());
    // Frequency - 2 5 4: n 3, mean 11/3, squares 25/9+16/9+1/9 = 14/3.
    let frequency = t2.frequency.expect("scores");
    assert_eq!(frequency.n, 3);
    close(frequency.mean, 11.0 / 3.0);
    close(frequency.sd, (7.0f64 / 3.0).sqrt());
    close_some(t2.priority, 3.5 * 11.0 / 3.0);

    // Ranks by mean importance: t2 (3.5) before t1 (3).
    assert_eq!((t1.rank, t2.rank), (Some(2.0), Some(1.0)));
    // Too few for any mark.
    assert!(stats.marked().next().is_none());
    assert_eq!(stats.survey.respondents(), 5);
}

#[test]
fn the_summary_of_the_scores_is_the_panel_grids() {
    let (session, _) = five();
    let stats = compute(&session, &Filter::default(), Weighting::EqualPerCountry);
    let importance = stats.survey.tasks[0].importance.expect("scores");
    assert_eq!(importance.summary(), Summary::of([4, 5, 3, 2, 1]));
    let summary = importance.summary().expect("scores");
    assert_eq!((summary.median, summary.min, summary.max), (3.0, 1, 5));
}

#[test]
fn priority_follows_the_sessions_formula() {
    let (mut session, _) = five();
    session.verification.priority = PriorityFormula::ImportanceFrequencyDifficulty;
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    assert_eq!(
        stats.formula,
        PriorityFormula::ImportanceFrequencyDifficulty
    );
    close_some(stats.survey.tasks[0].priority, 3.0 * 2.6 * 2.4);
    close_some(stats.survey.tasks[1].priority, 3.5 * 11.0 / 3.0 * 3.5);
}

#[test]
fn weighting_each_country_equally() {
    let (session, _) = five();
    let stats = compute(&session, &Filter::default(), Weighting::EqualPerCountry);
    assert_eq!(stats.weighting, Weighting::EqualPerCountry);
    let t1 = &stats.survey.tasks[0];
    // Importance RO 4 5 3 (mean 4), CZ 2 1 (mean 1.5): μ = 2.75, not 3.
    let importance = t1.importance.expect("scores");
    assert_eq!(importance.n, 5);
    close(importance.mean, 2.75);
    // Σw(x−μ)² = (1.5625+5.0625+0.0625)/3 + (0.5625+3.0625)/2 = 97/24;
    // V₁ = 2, V₂ = 1/3 + 1/2 = 5/6, V₁ − V₂/V₁ = 19/12; s² = 97/38.
    close(importance.sd, (97.0f64 / 38.0).sqrt());
    // Frequency RO 3 4 3 (10/3), CZ 1 2 (1.5): μ = 29/12.
    close(t1.frequency.expect("scores").mean, 29.0 / 12.0);
    close_some(t1.priority, 2.75 * 29.0 / 12.0);
    // Performing RO 3/3, CZ 1/2: 75 %; train RO 2/3, CZ 1/2: 58⅓ %.
    assert_eq!((t1.performing.yes, t1.performing.of), (4, 5));
    close_some(t1.performing.percent, 75.0);
    close_some(t1.train.percent, (200.0 / 3.0 + 50.0) / 2.0);
    // t2 frequency: RO only R3's 2 and CZ 5 4: μ = (2 + 4.5)/2.
    close(stats.survey.tasks[1].frequency.expect("scores").mean, 3.25);
}

#[test]
fn equal_weights_in_one_country_are_the_sample_sd() {
    let (session, _) = five();
    let filter = Filter {
        countries: vec!["RO".to_owned()],
        ..Filter::default()
    };
    let per_respondent = compute(&session, &filter, Weighting::PerRespondent);
    let per_country = compute(&session, &filter, Weighting::EqualPerCountry);
    let a = per_respondent.survey.tasks[0].importance.expect("scores");
    let b = per_country.survey.tasks[0].importance.expect("scores");
    close(a.mean, b.mean);
    close(a.sd, b.sd);
    // 4 5 3: sd 1.
    close(a.sd, 1.0);
}

#[test]
fn filters_by_country_level_and_sector() {
    let (session, _) = five();
    let mean_of_t1 = |filter: Filter| {
        let stats = compute(&session, &filter, Weighting::PerRespondent);
        let importance = stats.survey.tasks[0].importance.expect("scores");
        (stats.survey.respondents(), importance.n, importance.mean)
    };
    // Codes are compared without regard to case: C1 2, C2 1.
    let (respondents, n, mean) = mean_of_t1(Filter {
        countries: vec!["cz".to_owned()],
        ..Filter::default()
    });
    assert_eq!((respondents, n), (2, 2));
    close(mean, 1.5);
    // Supervisors: R3 3, C2 1.
    let (respondents, _, mean) = mean_of_t1(Filter {
        levels: vec![Level::Supervisor],
        ..Filter::default()
    });
    assert_eq!(respondents, 2);
    close(mean, 2.0);
    // Public sector: R1 R2 R3 (C2 gave no sector, so does not pass).
    let (respondents, _, mean) = mean_of_t1(Filter {
        sectors: vec![Sector::Public],
        ..Filter::default()
    });
    assert_eq!(respondents, 3);
    close(mean, 4.0);
    // Every filter at once: RO supervisors in the public sector: R3.
    let (respondents, _, mean) = mean_of_t1(Filter {
        countries: vec!["RO".to_owned(), "DE".to_owned()],
        levels: vec![Level::Supervisor, Level::Manager],
        sectors: vec![Sector::Public],
        ..Filter::default()
    });
    assert_eq!(respondents, 1);
    close(mean, 3.0);
    // Nobody: no figures, but every chart task is still listed.
    let stats = compute(
        &session,
        &Filter {
            countries: vec!["SI".to_owned()],
            ..Filter::default()
        },
        Weighting::EqualPerCountry,
    );
    assert_eq!(stats.survey.tasks.len(), 2);
    let t1 = &stats.survey.tasks[0];
    assert_eq!(
        (t1.asked, t1.answering, t1.importance, t1.rank),
        (0, 0, None, None)
    );
    assert_eq!(t1.performing.percent, None);
    assert!(stats.warnings.is_empty());
}

/// Chart t1 t2 (duty A), t3 (duty B); `gone` was asked but is not in the
/// chart.
///
/// Round A asks t2, gone, t1: X1 `-5---` `-4---` `-2---`, X2 `-3---` `-2---`
/// `-4---`. Round B asks t1 only: Y1 `-5---`.
fn two_rounds() -> (Session, Vec<Id>, Id, [Id; 2]) {
    let (mut session, tasks) = session_with_tasks(true);
    let gone = Id::new();
    let a = survey_round(
        vec![tasks[1], gone, tasks[0]],
        vec![
            respondent("X1", "RO", "-5--- -4--- -2---"),
            respondent("X2", "RO", "-3--- -2--- -4---"),
        ],
    );
    let b = survey_round(vec![tasks[0]], vec![respondent("Y1", "CZ", "-5---")]);
    let ids = [a.id, b.id];
    session.survey.rounds.extend([a, b]);
    (session, tasks, gone, ids)
}

#[test]
fn answers_count_where_their_round_asked_in_its_order() {
    let (session, tasks, gone, _) = two_rounds();
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    let [t1, t2, t3] = &stats.survey.tasks[..] else {
        panic!("three tasks");
    };
    assert_eq!((t1.task, t2.task, t3.task), (tasks[0], tasks[1], tasks[2]));
    // t1: X1 2, X2 4 (third place of round A), Y1 5 (first of round B).
    assert_eq!(t1.asked, 3);
    let importance = t1.importance.expect("scores");
    assert_eq!(importance.counts, [0, 1, 0, 1, 1]);
    close(importance.mean, 11.0 / 3.0);
    // t2: X1 5, X2 3 (first place of round A); round B did not ask it.
    assert_eq!(t2.asked, 2);
    close(t2.importance.expect("scores").mean, 4.0);
    // t3: nobody asked.
    assert_eq!((t3.asked, t3.importance, t3.rank), (0, None, None));
    assert_eq!((t2.rank, t1.rank), (Some(1.0), Some(2.0)));
    // The task no longer in the chart: reported apart, without a rank.
    let [removed] = &stats.survey.removed[..] else {
        panic!("one removed task: {:?}", stats.survey.removed);
    };
    assert_eq!((removed.task, removed.asked, removed.rank), (gone, 2, None));
    close(removed.importance.expect("scores").mean, 3.0);
    assert_eq!(stats.task(gone), Some(removed));
}

#[test]
fn filters_by_round() {
    let (session, _, _, [a, b]) = two_rounds();
    let only = |round: Id| {
        compute(
            &session,
            &Filter {
                rounds: vec![round],
                ..Filter::default()
            },
            Weighting::PerRespondent,
        )
    };
    let stats = only(b);
    assert_eq!(stats.survey.rounds, [b]);
    assert_eq!(stats.survey.respondents(), 1);
    close(stats.survey.tasks[0].importance.expect("scores").mean, 5.0);
    assert_eq!(stats.survey.tasks[1].asked, 0);
    // Round B never asked the removed task.
    assert!(stats.survey.removed.is_empty());
    let stats = only(a);
    assert_eq!(stats.survey.respondents(), 2);
    close(stats.survey.tasks[0].importance.expect("scores").mean, 3.0);
    assert_eq!(stats.survey.removed.len(), 1);
}

#[test]
fn a_round_of_mode_panel_is_not_the_survey() {
    let (mut session, _, _, [a, _]) = two_rounds();
    session.survey.rounds[0].mode = Mode::Panel;
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    assert_eq!(stats.survey.respondents(), 1);
    assert_eq!(stats.panel.rounds, [a]);
    assert_eq!(stats.panel.respondents(), 2);
    close(stats.panel.tasks[1].importance.expect("scores").mean, 4.0);
}

#[test]
fn blank_and_unscaled_marks_and_a_task_listed_twice_count_nowhere() {
    let (mut session, tasks) = session_with_tasks(false);
    let mut round = survey_round(
        vec![tasks[0], tasks[1], tasks[0]],
        vec![
            respondent("A", "RO", "y4--- ----- y1---"),
            respondent("B", "RO", "----- ----- -----"),
            respondent("C", "RO", "y2--- ----- -----"),
        ],
    );
    // A score off the scale cannot be written in a line; a damaged session
    // in memory may still hold one.
    round.respondents[2].answers[1].importance = Some(9);
    session.survey.rounds.push(round);
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    let [t1, t2] = &stats.survey.tasks[..] else {
        panic!("two tasks");
    };
    // t1's first place only: A 4, C 2; B blank; A's second "1" not counted.
    assert_eq!((t1.asked, t1.answering), (3, 2));
    assert_eq!(t1.importance.expect("scores").counts, [0, 1, 0, 1, 0]);
    assert_eq!((t1.performing.yes, t1.performing.of), (2, 2));
    // t2: nothing counts, not even C's 9.
    assert_eq!((t2.asked, t2.answering, t2.importance), (3, 0, None));
}
