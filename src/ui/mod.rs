//! The desktop app (egui/eframe). `DacumApp` holds the open document; each view
//! (one file each) draws from a borrowed `&Session` and pushes `Command`s, which the
//! app applies through the document after drawing.

mod app;
mod appearance;
mod autosave;
mod axes_panel;
mod command;
mod driver_matrix;
mod duty_board;
mod file_flow;
mod findings_list;
mod language;
mod menu_bar;
mod merge_files;
mod merge_view;
mod pdf_export;
mod pestle_drivers;
mod prompts;
mod scenario_matrix;
mod session_editor;
mod settings;
mod status_bar;
mod supporting_lists;
mod survey_view;
mod texts_in;
mod translate_view;
mod ui_command;
mod verification_grid;
mod view;
mod voting_grid;
mod widgets;
mod worker;
mod workshop_guide;

#[cfg(test)]
mod entry_tests;
#[cfg(test)]
mod test_harness;

pub use app::{DacumApp, Opening};
pub use command::Command;
pub use settings::{SETTINGS_KEY, Settings};
pub use status_bar::SaveState;
pub use ui_command::UiCommand;
pub use view::{PestleTab, VerificationTab, View};

/// Opens the app window (on a file, the example, or the error of a file that could
/// not be opened); returns when the window closes, or why the window could not open.
pub fn run(opening: Opening) -> Result<(), eframe::Error> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 400.0])
        .with_app_id("dacum-studio");
    // The icon is our own file, embedded at build time; should it ever fail to
    // decode, the window keeps the platform's default icon.
    let icon = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon-256.png"));
    if let Ok(icon) = icon {
        viewport = viewport.with_icon(std::sync::Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "DACUM Studio",
        options,
        Box::new(move |cc| {
            widgets::keystrokes::install(&cc.egui_ctx);
            let settings: Settings = cc
                .storage
                .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
                .unwrap_or_default();
            Ok(Box::new(DacumApp::open(opening, settings)))
        }),
    )
}
