//! The desktop app (egui/eframe). It holds the open document and draws views of it;
//! views return edits, which the document applies (see `model::Document`).

mod chart_overview;

use std::path::PathBuf;

use crate::model::Document;

/// The open document and where it lives on disk (`None`: not saved yet, or a copy
/// of a shipped example that must be saved under a new name).
pub struct DacumApp {
    document: Document,
    path: Option<PathBuf>,
}

impl DacumApp {
    pub fn new(document: Document, path: Option<PathBuf>) -> Self {
        DacumApp { document, path }
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    fn window_title(&self) -> String {
        let name = self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let marker = if self.document.is_dirty() { " •" } else { "" };
        format!("{name}{marker} — DACUM Studio")
    }
}

impl eframe::App for DacumApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.ctx()
            .send_viewport_cmd(egui::ViewportCommand::Title(self.window_title()));
        egui::CentralPanel::default().show(ui, |ui| {
            chart_overview::chart_overview_ui(ui, self.document.session());
        });
    }
}

/// Opens the app window on a document; returns when the window closes.
pub fn run(document: Document, path: Option<PathBuf>) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1200.0, 800.0])
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
        Box::new(move |_cc| Ok(Box::new(DacumApp::new(document, path)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the app window: {e}"))
}
