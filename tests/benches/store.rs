//! Load and save of the large generated session (12 duties × 20 tasks, every list
//! filled, 60 drivers × 12 participants' votes, 12 raters' ratings).
//! Budget: each ≤ 2 ms.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use dacum_studio::model::generated::large_session;
use dacum_studio::store;

fn load_and_save(c: &mut Criterion) {
    let session = large_session();
    let text = store::to_ron(&session).expect("serialises");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("large.ron");
    store::save_session(&path, &session).expect("saves");
    eprintln!("large session file: {} bytes", text.len());
    // Leave a copy where a person can open it in the app to measure memory and
    // start-up with the large session (see README, "Measuring").
    let keep = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/large-session.ron");
    if let Err(error) = store::save_session(&keep, &session) {
        eprintln!("could not leave a copy at {}: {error}", keep.display());
    }

    c.bench_function("parse large session (from memory)", |b| {
        b.iter(|| store::parse_session(black_box(text.as_bytes()), Path::new("large.ron")))
    });
    c.bench_function("load large session (from disk)", |b| {
        b.iter(|| store::load_session(black_box(&path)))
    });
    c.bench_function("serialise large session (to memory)", |b| {
        b.iter(|| store::to_ron(black_box(&session)))
    });
    c.bench_function("save large session (atomic, with backup)", |b| {
        b.iter(|| store::save_session(black_box(&path), black_box(&session)))
    });
}

criterion_group!(benches, load_and_save);
criterion_main!(benches);
