//! How the board looks: its colours and fonts, taken from the theme once per frame
//! ([`Look`]), and the sizes of its cards and the gaps between them, which the
//! cards, the rows and the drop targets of a drag all lay out by.

use egui::{Color32, FontId, Stroke, Ui};

/// Card width: about 20 characters a line at the board's text size, so a task of
/// 2–8 words takes two or three lines, as on the paper chart.
pub(super) const CARD_WIDTH: f32 = 210.0;
/// Space between cards.
pub(super) const GAP: f32 = 10.0;
/// Extra space between a duty card and its tasks, and between duty rows.
pub(super) const ROW_GAP: f32 = 18.0;
/// Text sizes chosen to be read from the back of a room on a projector.
const TEXT_SIZE: f32 = 18.0;
const CODE_SIZE: f32 = 15.0;
/// Every card is at least this many text lines tall, so rows of short tasks line up.
const MIN_TEXT_ROWS: f32 = 2.0;

/// Colours and fonts of the board, taken from the theme once per frame.
pub(super) struct Look {
    pub(super) text: Color32,
    pub(super) weak: Color32,
    pub(super) panel: Color32,
    pub(super) edit_fill: Color32,
    pub(super) selection: Stroke,
    pub(super) warn: Color32,
    pub(super) warn_text: Color32,
    dark: bool,
    pub(super) text_font: FontId,
    pub(super) code_font: FontId,
    /// The height of the code line and of the text's minimum rows.
    pub(super) code_height: f32,
    pub(super) min_text_height: f32,
}

impl Look {
    pub(super) fn new(ui: &Ui) -> Self {
        let visuals = ui.visuals();
        let text_font = FontId::proportional(TEXT_SIZE);
        let code_font = FontId::proportional(CODE_SIZE);
        let (text_row, code_row) = ui
            .painter()
            .fonts_mut(|f| (f.row_height(&text_font), f.row_height(&code_font)));
        Look {
            text: visuals.strong_text_color(),
            weak: visuals.weak_text_color(),
            panel: visuals.panel_fill,
            edit_fill: visuals.text_edit_bg_color(),
            selection: Stroke::new(3.0, visuals.selection.stroke.color),
            warn: visuals.warn_fg_color,
            warn_text: readable_on(visuals.warn_fg_color),
            dark: visuals.dark_mode,
            text_font,
            code_font,
            code_height: code_row,
            min_text_height: text_row * MIN_TEXT_ROWS,
        }
    }

    /// The duty's hue (`model::duty_rgb`). It is mixed into the theme's panel
    /// colour rather than used as it is, so the theme's own text colour keeps its
    /// contrast in light, dark and high-contrast themes alike.
    pub(super) fn hue(duty: usize) -> Color32 {
        let [r, g, b] = dacum_model::duty_rgb(duty);
        Color32::from_rgb(r, g, b)
    }

    pub(super) fn duty_fill(&self, duty: usize) -> Color32 {
        let t = if self.dark { 0.38 } else { 0.32 };
        self.panel.lerp_to_gamma(Self::hue(duty), t)
    }

    pub(super) fn task_fill(&self, duty: usize) -> Color32 {
        self.panel.lerp_to_gamma(Self::hue(duty), 0.08)
    }
}

/// Black or white, whichever contrasts more with `fill` (WCAG relative luminance).
pub(super) fn readable_on(fill: Color32) -> Color32 {
    let linear = egui::Rgba::from(fill);
    let luminance = 0.2126 * linear.r() + 0.7152 * linear.g() + 0.0722 * linear.b();
    let with_black = (luminance + 0.05) / 0.05;
    let with_white = 1.05 / (luminance + 0.05);
    if with_black >= with_white {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}
