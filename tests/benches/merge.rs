//! Merging partner sessions: 20 national versions of the large session (240 tasks
//! each, 80 % shared, 20 % local, some conflicts, every partner's own 2,880
//! ratings and 720 votes). Budget: ≤ 50 ms for the merge. At scale: two
//! sessions of one duty of 20,000 tasks (≤ 2 s) and of 100,000 tasks (≤ 10 s),
//! the merge with its report (which proposes the near-duplicates).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dacum_model::generated::{large_session, partner_sessions, wide_duty_partners};
use dacum_model::merge;

fn merging(c: &mut Criterion) {
    let inputs = partner_sessions(20);
    let merged = merge::merge(&inputs);
    eprint!("{}", merged.report.summary());
    c.bench_function("merge 20 partner sessions of 240 tasks", |b| {
        b.iter(|| merge::merge(black_box(&inputs)));
    });
    c.bench_function("proposed duplicates of the merged session", |b| {
        b.iter(|| merge::proposals(black_box(&merged.session)));
    });
    // Two partners' versions of the template, against the template.
    let base = large_session();
    let (base, ours, theirs) = (&base, &inputs[1], &inputs[2]);
    c.bench_function(
        "three-way merge of two versions of the large session",
        |b| b.iter(|| merge::merge3(black_box(base), black_box(ours), black_box(theirs))),
    );
}

fn merging_at_scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("merge at scale");
    group.sample_size(10);
    for tasks in [20_000, 100_000] {
        let inputs = wide_duty_partners(tasks);
        let merged = merge::merge(&inputs);
        eprint!("{}", merged.report.summary());
        group.bench_function(format!("two sessions of {tasks} tasks"), |b| {
            b.iter(|| merge::merge(black_box(&inputs)));
        });
    }
    group.finish();
}

criterion_group!(benches, merging, merging_at_scale);
criterion_main!(benches);
