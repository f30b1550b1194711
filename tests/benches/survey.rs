//! The survey statistics of 1,000 respondents × 120 tasks in five countries
//! (the large session with `generated::large_survey_session`'s round, its
//! twelve raters' ratings as the panel): everything the Verification tab and
//! the report show, in one `SurveyStats::compute`. Budget: ≤ 50 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dacum_model::generated::large_survey_session;
use dacum_model::survey::stats::{Filter, SurveyStats, Thresholds, Weighting};

fn statistics(c: &mut Criterion) {
    let session = large_survey_session();
    let thresholds = Thresholds::default();
    let stats = SurveyStats::compute(
        &session,
        &Filter::default(),
        Weighting::PerRespondent,
        &thresholds,
    );
    eprintln!(
        "{} respondents, {} tasks marked, {} warnings",
        stats.survey.respondents(),
        stats.marked().count(),
        stats.warnings.len()
    );
    let mut group = c.benchmark_group("survey statistics of 1,000 respondents × 120 tasks");
    for (label, weighting) in [
        ("per respondent", Weighting::PerRespondent),
        ("equally per country", Weighting::EqualPerCountry),
    ] {
        group.bench_function(format!("compute, weighted {label}"), |b| {
            b.iter(|| {
                SurveyStats::compute(
                    black_box(&session),
                    &Filter::default(),
                    weighting,
                    &thresholds,
                )
            });
        });
    }
    let filter = Filter {
        countries: vec!["RO".to_owned(), "CZ".to_owned()],
        ..Filter::default()
    };
    group.bench_function("compute, two countries' supervisors", |b| {
        let filter = Filter {
            levels: vec![dacum_model::Level::Supervisor],
            ..filter.clone()
        };
        b.iter(|| {
            SurveyStats::compute(
                black_box(&session),
                &filter,
                Weighting::PerRespondent,
                &thresholds,
            )
        });
    });
    group.finish();
}

criterion_group!(benches, statistics);
criterion_main!(benches);
