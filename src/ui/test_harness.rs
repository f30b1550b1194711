//! The one harness every view test drives the app through: a real `DacumApp`
//! drawn whole (`DacumApp::show`, menus, tabs and status bar included), so a
//! test's clicks and keystrokes reach the document by the path a user's do —
//! the view pushes `Command`s and `DacumApp::apply` applies them. No test has
//! an apply of its own.

use egui_kittest::Harness;

use super::{DacumApp, Settings};
use dacum_model::{Document, Session};

pub(in crate::ui) type AppHarness = Harness<'static, DacumApp>;

/// The app on `session` in a window of `size`, after `open` (which picks the
/// view) and a first frame, set up as `DacumApp::headless` says. The workshop guide
/// is hidden so the view has the window's width. A notice on screen fails the
/// test: in a view test it means a change could not be made.
pub(in crate::ui) fn app_harness(
    session: Session,
    size: egui::Vec2,
    open: impl FnOnce(&mut DacumApp),
) -> AppHarness {
    let settings = Settings {
        show_guide: false,
        language: Some("en".to_owned()),
        ..Settings::default()
    };
    let mut app = DacumApp::new(Document::new(session), None, settings);
    app.headless();
    open(&mut app);
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(64)
        .build_ui_state(
            |ui, app: &mut DacumApp| {
                app.show(ui);
                if let Some(notice) = app.notice() {
                    panic!("{}: {}", notice.title, notice.text);
                }
            },
            app,
        );
    harness.run();
    harness
}
