//! One full UI pass (layout and paint list) of the app with the large generated
//! session: the DACUM board (12 duties × 20 tasks) and the uncertainty–impact
//! matrix (60 drivers × 12 participants). Budget: ≤ 2 ms each.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dacum_studio::model::Document;
use dacum_studio::model::generated::large_session;
use dacum_studio::ui::{Action, DacumApp, PestleTab, Settings, View};

/// Benchmarks full frames of the app on the large session, after `open` has
/// switched to the view to measure.
fn ui_pass(c: &mut Criterion, name: &str, open: impl FnOnce(&mut DacumApp)) {
    let ctx = egui::Context::default();
    let mut app = DacumApp::new(Document::new(large_session()), None, Settings::default());
    open(&mut app);
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    // Warm up: fonts, caches and the findings list are built on the first frames.
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.show(ui));
    }
    c.bench_function(name, |b| {
        b.iter(|| black_box(ctx.run_ui(input(), |ui| app.show(ui))))
    });
}

fn board_pass(c: &mut Criterion) {
    ui_pass(c, "board: one UI pass, 240 tasks", |app| {
        app.perform(Action::Show(View::Chart))
    });
}

fn matrix_pass(c: &mut Criterion) {
    ui_pass(
        c,
        "matrix: one UI pass, 60 drivers × 12 participants",
        |app| app.show_pestle(PestleTab::Matrix),
    );
}

criterion_group!(benches, board_pass, matrix_pass);
criterion_main!(benches);
