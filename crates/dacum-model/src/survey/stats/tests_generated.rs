//! The generated survey of 1,000 respondents × 120 tasks in five countries:
//! plausible figures, and the disagreements the generator builds in found.

use super::*;
use crate::generated::large_survey_session as survey_session;

fn compute(session: &Session, filter: &Filter, weighting: Weighting) -> SurveyStats {
    SurveyStats::compute(session, filter, weighting, &Thresholds::default())
}

fn countries(codes: &[&str]) -> Filter {
    Filter {
        countries: codes.iter().map(|&c| c.to_owned()).collect(),
        ..Filter::default()
    }
}

#[test]
fn the_figures_are_plausible() {
    let session = survey_session();
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    assert_eq!(stats.survey.respondents(), 1_000);
    // The generator spreads respondents 9 : 4 : 3 : 2 : 1 in order.
    let rows: Vec<(&str, usize)> = stats
        .survey
        .distribution
        .countries
        .iter()
        .map(|r| (r.country.as_str(), r.levels.total()))
        .collect();
    assert_eq!(
        rows,
        [
            ("CZ", 211),
            ("DE", 158),
            ("LT", 105),
            ("RO", 474),
            ("SI", 52)
        ]
    );
    // Every level is there, RO holds less than half, SI more than 30.
    assert_eq!(stats.warnings, []);

    let (asked, not_asked) = stats.survey.tasks.split_at(120);
    assert!(
        not_asked
            .iter()
            .all(|t| t.asked == 0 && t.importance.is_none())
    );
    for task in asked {
        assert_eq!(task.asked, 1_000);
        // One answer in fifty is left blank.
        assert!((950..1_000).contains(&task.answering), "{task:?}");
        for scores in [task.importance, task.difficulty] {
            let scores = scores.expect("scores");
            assert!(
                scores.n > 900 && (1.0..=5.0).contains(&scores.mean),
                "{scores:?}"
            );
            assert!(scores.sd > 0.3 && scores.sd < 2.0, "{scores:?}");
            assert_eq!(scores.counts.iter().sum::<usize>(), scores.n);
        }
        // Frequency only from those who perform the task.
        let frequency = task.frequency.expect("scores");
        assert_eq!(frequency.n, task.performing.yes);
        let performing = task.performing.percent.expect("a share");
        assert!((70.0..95.0).contains(&performing), "{performing}");
        assert!(task.priority.is_some_and(|p| (1.0..=25.0).contains(&p)));
        assert!(task.rank.is_some_and(|r| (1.0..=120.0).contains(&r)));
    }
    assert!(stats.survey.removed.is_empty());
    // The large session's twelve raters rated the whole chart.
    assert_eq!(stats.panel.respondents(), 12);
    assert!(
        stats.panel_vs_survey[..120]
            .iter()
            .all(|c| c.importance.is_some())
    );
    assert!(
        stats.panel_vs_survey[120..]
            .iter()
            .all(|c| c.importance.is_none())
    );
}

#[test]
fn weighting_per_country_is_the_mean_of_the_countries_means() {
    let session = survey_session();
    let stats = compute(&session, &Filter::default(), Weighting::EqualPerCountry);
    let per_country: Vec<SurveyStats> = ["CZ", "DE", "LT", "RO", "SI"]
        .iter()
        .map(|c| compute(&session, &countries(&[c]), Weighting::PerRespondent))
        .collect();
    for (i, task) in stats.survey.tasks[..120].iter().enumerate() {
        let means: Vec<f64> = per_country
            .iter()
            .map(|s| s.survey.tasks[i].importance.expect("scores").mean)
            .collect();
        let mean = means.iter().sum::<f64>() / 5.0;
        let pooled = task.importance.expect("scores");
        assert!((pooled.mean - mean).abs() < 1e-9, "task {i}");
        let share: f64 = per_country
            .iter()
            .map(|s| s.survey.tasks[i].train.percent.expect("a share"))
            .sum::<f64>()
            / 5.0;
        assert!((task.train.percent.expect("a share") - share).abs() < 1e-9);
    }
}

/// The generator has supervisors rate one task in eight two points higher
/// (tasks 3, 11, 19 …) and one in eight two points lower (6, 14, 22 …),
/// which the 1–5 scale clamps for tasks already near its ends.
#[test]
fn the_supervisors_disagreements_built_in_are_found() {
    let session = survey_session();
    for weighting in [Weighting::PerRespondent, Weighting::EqualPerCountry] {
        let stats = compute(&session, &Filter::default(), weighting);
        let mut found = 0;
        for (i, task) in stats.survey.tasks.iter().enumerate() {
            let Some(gap) = task.marks.levels else {
                continue;
            };
            match i % 8 {
                3 => assert!(gap.difference >= 1.0, "task {i}: {gap:?}"),
                6 => assert!(gap.difference <= -1.0, "task {i}: {gap:?}"),
                _ => panic!("task {i} marked, but built without a gap: {gap:?}"),
            }
            assert!(
                gap.supervisors.n > 150 && gap.job_holders.n > 550,
                "{gap:?}"
            );
            found += 1;
        }
        // 30 built in; those whose scores the scale clamps show less.
        assert!(found >= 15, "{weighting:?}: {found} found");
    }
}

/// The generator has one country rate one task in ten upside down (tasks 4,
/// 14, 24 …: RO for task 4, CZ for 14, DE for 24, LT for 34, SI for 44, then
/// round again), which leaves a task rated 3 in the middle.
#[test]
fn the_country_disagreements_built_in_are_found() {
    const ORDER: [&str; 5] = ["RO", "CZ", "DE", "LT", "SI"];
    let session = survey_session();
    let stats = compute(&session, &Filter::default(), Weighting::PerRespondent);
    let mut found = 0;
    for (i, task) in stats.survey.tasks.iter().enumerate() {
        let odd = ORDER[(i / 10) % ORDER.len()];
        for gap in &task.marks.countries {
            // Only tasks built to differ are marked. Where the odd country
            // is RO, which holds nearly half the respondents, the others'
            // pool is mostly RO: then a small country may be the one that
            // stands apart from it, and is marked instead.
            assert_eq!(i % 10, 4, "task {i}: {gap:?}");
            if odd != "RO" {
                assert_eq!(gap.country, odd, "task {i}");
            }
            assert!(gap.difference().abs() >= 30.0, "{gap:?}");
            assert_eq!(gap.ranked, 120);
            found += 1;
        }
        if i % 10 == 4 && i < 120 {
            let others: Vec<&str> = ORDER.iter().copied().filter(|c| *c != odd).collect();
            let one = compute(&session, &countries(&[odd]), Weighting::PerRespondent);
            let rest = compute(&session, &countries(&others), Weighting::PerRespondent);
            let mean = |s: &SurveyStats| s.survey.tasks[i].importance.expect("scores").mean;
            let apart = (mean(&one) - mean(&rest)).abs();
            // Rated 3, upside down is 3 again: nothing to find; far apart
            // moves the task across the tiers of the list.
            let marked = !task.marks.countries.is_empty();
            assert!(
                (apart < 0.5 && !marked) || (apart > 1.5 && marked) || (0.5..=1.5).contains(&apart),
                "task {i}: {odd} and the others {apart} apart, marked: {marked}"
            );
        }
    }
    assert!(found >= 8, "{found} found");
}
