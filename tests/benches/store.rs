//! Load and save of the large generated session (12 duties × 20 tasks, every list
//! filled, 60 drivers × 12 participants' votes, 12 raters' ratings).
//! Budget: each ≤ 2 ms.
//!
//! The same session in five languages (every text translated into four more):
//! loading it takes ≤ 1.5× the time of loading it in one.
//!
//! A survey round of 1,000 respondents × 120 tasks: the file ≤ 6 MB (also a
//! test, `survey_file`), loading it ≤ 100 ms, saving it ≤ 100 ms.
//!
//! CSV import of 100,000 rows (1,000 drivers × 100 participants' votes, and
//! 100,000 drivers with a vote each): reading and checking the file, making the
//! edit and applying it to a session, and undoing it. Budget: ≤ 2 s each.

use std::hint::black_box;
use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use dacum_model::generated::large_session;
use dacum_model::{Document, Session};

fn load_and_save(c: &mut Criterion) {
    let session = large_session();
    let text = dacum_store::to_ron(&session).expect("serialises");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.ron");
    dacum_store::save_session(&path, &session).expect("saves");
    eprintln!("large session file: {} bytes", text.len());
    // Leave a copy where a person can open it in the app to measure memory and
    // start-up with the large session (see README, "Measuring").
    let keep = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/large-session.ron");
    if let Err(error) = dacum_store::save_session(&keep, &session) {
        eprintln!("could not leave a copy at {}: {error}", keep.display());
    }

    c.bench_function("parse large session (from memory)", |b| {
        b.iter(|| dacum_store::parse_session(black_box(text.as_bytes()), Path::new("large.ron")));
    });
    c.bench_function("load large session (from disk)", |b| {
        b.iter(|| dacum_store::load_session(black_box(&path)));
    });
    c.bench_function("serialise large session (to memory)", |b| {
        b.iter(|| dacum_store::to_ron(black_box(&session)));
    });
    c.bench_function("save large session (atomic, with backup)", |b| {
        b.iter(|| dacum_store::save_session(black_box(&path), black_box(&session)));
    });

    let five = dacum_model::generated::translated(&session, &["cs", "de", "ro", "sl"]);
    let text = dacum_store::to_ron(&five).expect("serialises");
    eprintln!("large session in five languages: {} bytes", text.len());
    c.bench_function("parse large session in five languages (from memory)", |b| {
        b.iter(|| dacum_store::parse_session(black_box(text.as_bytes()), Path::new("large.ron")));
    });
}

fn survey_file(c: &mut Criterion) {
    let session = dacum_model::generated::large_survey_session();
    let text = dacum_store::to_ron(&session).expect("serialises");
    eprintln!(
        "1,000 respondents × 120 tasks: {} bytes (the large session alone is {})",
        text.len(),
        dacum_store::to_ron(&large_session()).map_or(0, |t| t.len())
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("survey.ron");
    dacum_store::save_session(&path, &session).expect("saves");
    let mut group = c.benchmark_group("survey of 1,000 respondents × 120 tasks");
    group.sample_size(20);
    group.bench_function("load (from disk)", |b| {
        b.iter(|| dacum_store::load_session(black_box(&path)));
    });
    group.bench_function("save (atomic, with backup)", |b| {
        b.iter(|| dacum_store::save_session(black_box(&path), black_box(&session)));
    });
    group.finish();
}

/// 100,000 rows of votes: `drivers` drivers, the rest of the rows spread over
/// participants.
fn votes_csv(drivers: usize) -> String {
    let categories = [
        "Political",
        "Economic",
        "Social",
        "Technological",
        "Legal",
        "Environmental",
    ];
    let per_driver = 100_000 / drivers;
    let mut text = String::from("category,title,description,participant,uncertainty,impact\n");
    for d in 0..drivers {
        for p in 0..per_driver {
            text.push_str(&format!(
                "{},Driver number {d},Why driver {d} matters,Participant {},{},{}\n",
                categories[d % 6],
                (p + d) % 100,
                1 + (d + p) % 5,
                1 + (d * 7 + p) % 5
            ));
        }
    }
    text
}

fn import_csv(c: &mut Criterion) {
    let mut group = c.benchmark_group("CSV import of 100,000 rows");
    group.sample_size(10);
    for (label, drivers) in [
        ("1,000 drivers × 100 votes", 1_000),
        ("100,000 drivers", 100_000),
    ] {
        let text = votes_csv(drivers);
        let session = Session::default();
        group.bench_function(format!("read and check ({label})"), |b| {
            b.iter(|| dacum_store::parse_drivers_csv(black_box(&text)).map(|rows| rows.len()));
        });
        let rows = dacum_store::parse_drivers_csv(&text).expect("the generated file is good");
        assert_eq!(rows.len(), 100_000);
        group.bench_function(
            format!("read, check, import into a session ({label})"),
            |b| {
                b.iter(|| {
                    let rows = dacum_store::parse_drivers_csv(black_box(&text)).expect("good");
                    let (edit, _) = dacum_store::import_edit(&session, &rows);
                    let mut document = Document::new(session.clone());
                    document.apply(edit).expect("applies");
                    document
                });
            },
        );
        let (edit, _) = dacum_store::import_edit(&session, &rows);
        let mut imported = session.clone();
        let undo = imported.apply(edit).expect("applies");
        group.bench_function(format!("undo the import ({label})"), |b| {
            b.iter_batched(
                || (imported.clone(), undo.clone()),
                |(mut session, undo)| {
                    session.apply(undo).expect("undoes");
                    session
                },
                BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, load_and_save, survey_file, import_csv);
criterion_main!(benches);
