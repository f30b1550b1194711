//! Projector mode: zoom (Ctrl +/−/0, remembered), a high-contrast theme and full
//! screen. Light or dark follows the system unless high contrast is on.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Appearance {
    pub zoom: f32,
    pub high_contrast: bool,
    #[serde(skip)]
    pub fullscreen: bool,
    /// What was last put into the context, so `sync` only touches it on change.
    #[serde(skip)]
    applied: Option<(f32, bool, bool)>,
}

impl Default for Appearance {
    fn default() -> Self {
        Appearance {
            zoom: 1.0,
            high_contrast: false,
            fullscreen: false,
            applied: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ToggleHighContrast,
    ToggleFullscreen,
}

const ZOOM_STEPS: [f32; 11] = [0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0];

impl Appearance {
    pub fn apply(&mut self, change: Change) {
        match change {
            Change::ZoomIn => {
                self.zoom = ZOOM_STEPS
                    .into_iter()
                    .find(|&z| z > self.zoom + 0.01)
                    .unwrap_or(3.0);
            }
            Change::ZoomOut => {
                self.zoom = ZOOM_STEPS
                    .into_iter()
                    .rev()
                    .find(|&z| z < self.zoom - 0.01)
                    .unwrap_or(0.67);
            }
            Change::ZoomReset => self.zoom = 1.0,
            Change::ToggleHighContrast => self.high_contrast = !self.high_contrast,
            Change::ToggleFullscreen => self.fullscreen = !self.fullscreen,
        }
    }

    /// Brings the context in line with the settings. egui's own Ctrl +/− zoom is
    /// picked up here too, so it is remembered.
    pub fn sync(&mut self, ctx: &egui::Context) {
        if self.applied.is_none() {
            install_fonts(ctx);
        }
        if let Some((zoom, _, _)) = self.applied
            && (ctx.zoom_factor() - zoom).abs() > 0.001
        {
            self.zoom = ctx.zoom_factor();
        }
        let wanted = (self.zoom, self.high_contrast, self.fullscreen);
        if self.applied == Some(wanted) {
            return;
        }
        if ctx.zoom_factor() != self.zoom {
            ctx.set_zoom_factor(self.zoom);
        }
        if self.high_contrast {
            ctx.set_theme(egui::ThemePreference::Dark);
            ctx.set_visuals_of(egui::Theme::Dark, high_contrast_visuals());
        } else {
            ctx.set_visuals_of(egui::Theme::Dark, egui::Visuals::dark());
            ctx.set_theme(egui::ThemePreference::System);
        }
        let fullscreen_changed = self
            .applied
            .is_some_and(|(_, _, was)| was != self.fullscreen);
        if fullscreen_changed {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.fullscreen));
        }
        self.applied = Some(wanted);
    }
}

/// White on black with yellow accents and heavier lines: legible on a washed-out
/// projector from the back of a room.
fn high_contrast_visuals() -> egui::Visuals {
    let mut visuals = egui::Visuals::dark();
    let white = egui::Color32::WHITE;
    let yellow = egui::Color32::from_rgb(255, 221, 0);
    visuals.override_text_color = Some(white);
    visuals.panel_fill = egui::Color32::BLACK;
    visuals.window_fill = egui::Color32::BLACK;
    visuals.extreme_bg_color = egui::Color32::BLACK;
    visuals.faint_bg_color = egui::Color32::from_gray(24);
    visuals.hyperlink_color = yellow;
    visuals.selection.bg_fill = egui::Color32::from_rgb(0, 70, 160);
    visuals.selection.stroke = egui::Stroke::new(2.0, yellow);
    for widget in [
        &mut visuals.widgets.inactive,
        &mut visuals.widgets.hovered,
        &mut visuals.widgets.active,
    ] {
        widget.fg_stroke = egui::Stroke::new(2.0, white);
        widget.bg_stroke = egui::Stroke::new(1.5, white);
    }
    visuals.widgets.noninteractive.fg_stroke = egui::Stroke::new(1.5, white);
    visuals.widgets.noninteractive.bg_stroke =
        egui::Stroke::new(1.0, egui::Color32::from_gray(180));
    visuals.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, yellow);
    visuals
}

/// egui's own font covers Latin, Greek and Cyrillic letters; `DejaVu` Sans behind it
/// covers the rest that partners' text and our symbols use (arrows, ⚠, rarer
/// letters), so nothing is drawn as a missing-glyph box.
fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    let name = "DejaVu Sans".to_owned();
    fonts.font_data.insert(
        name.clone(),
        std::sync::Arc::new(egui::FontData::from_static(dejavu::sans::regular())),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts.families.entry(family).or_default().push(name.clone());
    }
    ctx.set_fonts(fonts);
}
