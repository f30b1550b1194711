//! One full UI pass (layout and paint list) of the app with the large generated
//! session: the DACUM board (12 duties × 20 tasks) and the uncertainty–impact
//! matrix (60 drivers × 12 participants). Budget: ≤ 2 ms each.
//!
//! Also the board and the Merge tab of 9 national versions of it merged (each
//! card then shows who shares it; the tab lists proposals and conflicts), to
//! compare the board's cost per card with and without provenance.
//!
//! The Survey part of the Verification tab with 1,000 respondents × 120
//! tasks, the statistics cached (worked out on the first frame): ≤ 2 ms.
//!
//! And the board in a translated display (View › Texts in › cs): every card
//! shows its Czech translation, one in ten falls back to the source (marked),
//! one in seven is stale (tagged).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dacum_model::generated::{large_session, partner_sessions};
use dacum_model::{Document, Session, Status, TextSlot, Translation, merge};
use dacum_studio::ui::{Command, DacumApp, PestleTab, Settings, VerificationTab, View};

/// Benchmarks full frames of the app on the large session, after `open` has
/// switched to the view to measure.
fn ui_pass(c: &mut Criterion, name: &str, open: impl FnOnce(&mut DacumApp)) {
    ui_pass_on(c, name, large_session(), open);
}

fn ui_pass_on(c: &mut Criterion, name: &str, session: Session, open: impl FnOnce(&mut DacumApp)) {
    let ctx = egui::Context::default();
    let mut app = DacumApp::new(Document::new(session), None, Settings::default());
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
        b.iter(|| black_box(ctx.run_ui(input(), |ui| app.show(ui))));
    });
}

fn survey_pass(c: &mut Criterion) {
    ui_pass_on(
        c,
        "survey view: one UI pass, 1,000 respondents × 120 tasks",
        dacum_model::generated::large_survey_session(),
        |app| app.show_verification(VerificationTab::Survey),
    );
}

fn board_pass(c: &mut Criterion) {
    ui_pass(c, "board: one UI pass, 240 tasks", |app| {
        app.apply(Command::Show(View::Chart));
    });
}

fn matrix_pass(c: &mut Criterion) {
    ui_pass(
        c,
        "matrix: one UI pass, 60 drivers × 12 participants",
        |app| app.show_pestle(PestleTab::Matrix),
    );
}

fn merged() -> Session {
    let merged = merge::merge(&partner_sessions(9));
    eprintln!(
        "merged board: {} tasks, {} proposed duplicates, {} conflicts",
        merged.session.chart.task_count(),
        merged.report.proposals.len(),
        merged.report.conflicts
    );
    merged.session
}

fn merged_board_pass(c: &mut Criterion) {
    ui_pass_on(
        c,
        "board: one UI pass, 9 partners merged",
        merged(),
        |app| app.apply(Command::Show(View::Chart)),
    );
}

fn merge_tab_pass(c: &mut Criterion) {
    ui_pass_on(
        c,
        "merge tab: one UI pass, 9 partners merged",
        merged(),
        |app| app.apply(Command::Show(View::Merge)),
    );
}

/// The large session with Czech translations of its duties and tasks: one in
/// ten missing, one in seven made from an older source (stale).
fn translated() -> Session {
    let mut session = large_session();
    let mut czech = std::collections::BTreeMap::new();
    let mut n = 0_usize;
    let mut put = |slot: TextSlot, source: &str| {
        n += 1;
        if n.is_multiple_of(10) {
            return;
        }
        let from = if n.is_multiple_of(7) {
            "an older text"
        } else {
            source
        };
        let text = format!("Provádět: {source}");
        czech.insert(slot, Translation::of(from, text, Status::Reviewed));
    };
    for duty in &session.chart.duties {
        put(TextSlot::DutyTitle(duty.id), &duty.title);
        for task in &duty.tasks {
            put(TextSlot::TaskStatement(task.id), &task.statement);
        }
    }
    session.translations.0.insert("cs".to_owned(), czech);
    session
}

fn translated_board_pass(c: &mut Criterion) {
    ui_pass_on(
        c,
        "board: one UI pass, 240 tasks shown in cs",
        translated(),
        |app| {
            app.apply(Command::Show(View::Chart));
            app.apply(Command::ShowTextsIn(Some("cs".to_owned())));
        },
    );
}

criterion_group!(
    benches,
    board_pass,
    survey_pass,
    translated_board_pass,
    matrix_pass,
    merged_board_pass,
    merge_tab_pass
);
criterion_main!(benches);
