//! The panel's ratings as a round, and beside the survey.

use super::tests::{close_some, compute, five, session_with_tasks};
use super::*;
use crate::person::{Person, Role};
use crate::survey::line;
use crate::verification::Rating;

/// People: Ana (panel, RO), a facilitator, Bo (panel, CZ, 12 years).
/// Ratings in this order: Bo t1 4 3 2 y; Ana t1 2 1 - n; Ana t2 5 4 3;
/// a rater who is not a person t2 1; Ana t1 again (5, not counted); Bo a task
/// the chart no longer holds, 3.
fn panel_session() -> (Session, Vec<Id>, Id) {
    let (mut session, tasks) = session_with_tasks(false);
    session.meta.language = "cs".to_owned();
    let mut ana = Person::new(Role::Panel, "Ana Novak");
    ana.country = "RO".to_owned();
    let facilitator = Person::new(Role::Facilitator, "Fay");
    let mut bo = Person::new(Role::Panel, "Bo Svoboda");
    bo.country = "CZ".to_owned();
    bo.years_experience = Some(12);
    let stranger = Id::new();
    let gone = Id::new();
    let rating = |task, rater, i, f, d, train| Rating {
        importance: i,
        frequency: f,
        difficulty: d,
        train,
        ..Rating::new(task, rater)
    };
    session.verification.ratings = vec![
        rating(tasks[0], bo.id, Some(4), Some(3), Some(2), Some(true)),
        rating(tasks[0], ana.id, Some(2), Some(1), None, Some(false)),
        rating(tasks[1], ana.id, Some(5), Some(4), Some(3), None),
        rating(tasks[1], stranger, Some(1), None, None, None),
        rating(tasks[0], ana.id, Some(5), None, None, None),
        rating(gone, bo.id, Some(3), None, None, None),
    ];
    session.people = vec![ana, facilitator, bo];
    (session, tasks, gone)
}

#[test]
fn the_panels_ratings_as_a_round() {
    let (session, tasks, gone) = panel_session();
    let round = panel_round(&session);
    assert_eq!(round.mode, Mode::Panel);
    assert_eq!(round.id, panel_round(&session).id);
    assert_eq!(round.tasks, [tasks[0], tasks[1], gone]);
    assert!(round.problems().is_empty(), "{:?}", round.problems());
    let lines: Vec<String> = round.respondents.iter().map(line::write).collect();
    // Ana, Bo (people order; the facilitator rated nothing), the stranger.
    assert_eq!(
        lines,
        [
            "P1 | RO |  |  |  | cs | -21-n -543- -----",
            "P2 | CZ |  |  | 12 | cs | -432y ----- -3---",
            "P3 |  |  |  |  | cs | ----- -1--- -----",
        ]
    );
    assert!(!lines.iter().any(|l| l.contains("Ana") || l.contains("Bo")));
    assert!(panel_round(&Session::default()).respondents.is_empty());
}

#[test]
fn the_panel_beside_the_survey() {
    let (mut session, tasks, gone) = panel_session();
    let (survey, _) = five();
    session.survey = survey.survey;
    // The five's round asked the other session's tasks: ask these instead.
    session.survey.rounds[0].tasks.clone_from(&tasks);
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);

    // The panel analysed as a round gives the grid's figures.
    for (figures, &task) in stats.panel.tasks.iter().zip(&tasks) {
        let grid = {
            let mut verification = session.verification.clone();
            // The grid counts every rating; the round keeps a rater's first.
            verification.ratings.remove(4);
            verification.task_stats(task)
        };
        assert_eq!(
            figures.importance.and_then(|s| s.summary()),
            grid.importance
        );
        assert_eq!(figures.frequency.and_then(|s| s.summary()), grid.frequency);
        assert_eq!(figures.priority, grid.priority);
        assert_eq!(
            (figures.train.yes, figures.train.of - figures.train.yes),
            (grid.train_yes, grid.train_no)
        );
        assert_eq!(figures.performing.of, 0);
    }
    assert_eq!(stats.panel.removed.len(), 1);
    assert_eq!(stats.panel.removed[0].task, gone);
    assert_eq!(stats.panel.respondents(), 3);

    // Panel importance t1 4 2 (3), t2 5 1 (3): tied, rank 1.5 each.
    // Survey t1 3 (rank 2), t2 3.5 (rank 1).
    let [t1, t2] = &stats.panel_vs_survey[..] else {
        panic!("two tasks");
    };
    assert_eq!((t1.task, t2.task), (tasks[0], tasks[1]));
    close_some(t1.importance, 0.0);
    close_some(t2.importance, 0.5);
    close_some(t1.rank, 0.5);
    close_some(t2.rank, -0.5);
    // The filter does not reach the panel.
    let filter = Filter {
        countries: vec!["RO".to_owned()],
        ..Filter::default()
    };
    let filtered = compute(&session, &filter, Weighting::EqualPerCountry);
    assert_eq!(filtered.panel, stats.panel);
    // Survey RO t1 4 5 3 (4) against the panel's 3.
    close_some(filtered.panel_vs_survey[0].importance, 1.0);
}
