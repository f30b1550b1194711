//! PDF export of the large generated session (12 duties × 20 tasks, every list
//! filled, 60 drivers × 12 participants' votes, 12 raters' ratings): all three
//! reports in one PDF, and the layout alone (what the app's page-count preview
//! runs). Budget: all three reports ≤ 60 ms in total.
//!
//! A session whose scenario narrative is 20 MB (pasted from a file): every
//! report, printed with the narrative cut. Budget: ≤ 3 s (and ≤ 300 MB, measured
//! on the command line: see README, "Measuring").

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dacum_export::{ExportOptions, Paper};
use dacum_model::generated::large_session;

fn export_large(c: &mut Criterion) {
    let session = large_session();
    let options = ExportOptions::default();
    let started = std::time::Instant::now();
    match dacum_export::render(&session, &options) {
        Ok(pdf) => eprintln!(
            "large session, all reports, A4: {} pages, {} bytes; first export (parsing the fonts too) {:.1} ms",
            pdf.pages,
            pdf.bytes.len(),
            started.elapsed().as_secs_f64() * 1000.0
        ),
        Err(error) => eprintln!("export failed: {error}"),
    }
    c.bench_function("export all three reports of the large session (A4)", |b| {
        b.iter(|| dacum_export::render_pdf(black_box(&session), black_box(&options)));
    });
    let a3 = ExportOptions {
        paper: Paper::A3,
        ..ExportOptions::default()
    };
    c.bench_function("export all three reports of the large session (A3)", |b| {
        b.iter(|| dacum_export::render_pdf(black_box(&session), black_box(&a3)));
    });
    c.bench_function(
        "lay out all three reports of the large session (page count)",
        |b| b.iter(|| dacum_export::page_count(black_box(&session), black_box(&options))),
    );
}

/// The generated session with a 20,000,000-character scenario narrative.
fn huge_narrative() -> dacum_model::Session {
    let mut session = large_session();
    let words = [
        "rehabilitation",
        "officers",
        "prison",
        "budget",
        "digital",
        "risk",
    ];
    let mut narrative = String::with_capacity(20_000_000);
    let mut i = 0;
    while narrative.len() < 20_000_000 {
        narrative.push_str(words[i % words.len()]);
        narrative.push(' ');
        i += 1;
    }
    narrative.truncate(20_000_000);
    if let Some(scenario) = session.pestle.scenarios.first_mut() {
        scenario.narrative = narrative;
    }
    session
}

fn export_huge(c: &mut Criterion) {
    let session = huge_narrative();
    let mut group = c.benchmark_group("huge text");
    group.sample_size(10);
    group.bench_function(
        "export all three reports with a 20 MB narrative (A4)",
        |b| b.iter(|| dacum_export::render_pdf(black_box(&session), &ExportOptions::default())),
    );
    let no_names = ExportOptions {
        include_names: false,
        ..ExportOptions::default()
    };
    group.bench_function(
        "export all three reports with a 20 MB narrative, no names (A4)",
        |b| b.iter(|| dacum_export::render_pdf(black_box(&session), black_box(&no_names))),
    );
    group.finish();
}

criterion_group!(benches, export_large, export_huge);
criterion_main!(benches);
