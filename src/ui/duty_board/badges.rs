//! The marks painted on a card besides its text: the warning badge of the
//! statement checks, the conflict mark of a merged session, and the line that
//! says how many partner sessions share the card. Painted, not laid out as
//! widgets, like the rest of a card.

use crate::ui::language::Tr;
use egui::{Align2, Color32, CornerRadius, Pos2, Rect, Shape, Stroke, Ui, pos2, vec2};

use super::look::{Look, readable_on};
use super::shared::Shared;

/// The colour of the conflict mark: apart from the orange of the warnings and
/// from the duty hues' usual blues and greens.
pub(super) const CONFLICT: Color32 = Color32::from_rgb(142, 68, 173);

/// The warning badge (a warning sign and the number of findings) in the card's
/// top-right corner, `right_top` its corner; returns the rect it takes. The sign
/// is drawn, not typed: egui's default fonts have no "⚠".
pub(super) fn findings_badge(ui: &Ui, look: &Look, count: usize, right_top: Pos2) -> Rect {
    let painter = ui.painter();
    let number = painter.layout_no_wrap(count.to_string(), look.code_font.clone(), look.warn_text);
    let height = number.size().y;
    let sign = height * 0.8;
    let size = vec2(6.0 + sign + 4.0 + number.size().x + 7.0, height);
    let rect = Align2::RIGHT_TOP.anchor_size(right_top, size);
    painter.rect_filled(rect, CornerRadius::same(8), look.warn);

    let left = rect.left() + 6.0;
    let top = rect.center().y - sign / 2.0;
    let corners = vec![
        pos2(left + sign / 2.0, top),
        pos2(left + sign, top + sign),
        pos2(left, top + sign),
    ];
    painter.add(Shape::convex_polygon(corners, look.warn_text, Stroke::NONE));
    let mark_x = left + sign / 2.0;
    let mark = Stroke::new(1.6, look.warn);
    painter.line_segment(
        [
            pos2(mark_x, top + sign * 0.38),
            pos2(mark_x, top + sign * 0.7),
        ],
        mark,
    );
    painter.circle_filled(pos2(mark_x, top + sign * 0.84), 0.9, look.warn);
    painter.galley(pos2(left + sign + 4.0, rect.top()), number, look.warn_text);
    rect
}

/// The conflict mark: the word "conflict" on a pill, `right_top` its corner.
pub(super) fn conflict_mark(ui: &Ui, look: &Look, right_top: Pos2) {
    let painter = ui.painter();
    let text_colour = readable_on(CONFLICT);
    let word = painter.layout_no_wrap(
        ui.tr("board-conflict-mark"),
        look.code_font.clone(),
        text_colour,
    );
    let size = vec2(word.size().x + 14.0, word.size().y);
    let rect = Align2::RIGHT_TOP.anchor_size(right_top, size);
    painter.rect_filled(rect, CornerRadius::same(8), CONFLICT);
    painter.galley(pos2(rect.left() + 7.0, rect.top()), word, text_colour);
}

/// The "7 of 9 · RO CZ DE…" line under a card's text, after a thin rule;
/// returns its bottom. A card every partner holds says so in a quieter colour,
/// so the cards some partners lack stand out.
pub(super) fn shared_line(
    ui: &Ui,
    look: &Look,
    shared: &Shared,
    top_left: Pos2,
    width: f32,
) -> f32 {
    let painter = ui.painter();
    let rule = Stroke::new(1.0, look.weak.gamma_multiply(0.5));
    painter.hline(top_left.x..=top_left.x + width, top_left.y, rule);
    let colour = if shared.everywhere {
        look.weak
    } else {
        look.text
    };
    let text = shared.short.clone();
    let galley = painter.layout(text, look.code_font.clone(), colour, width);
    let top = top_left.y + 3.0;
    let bottom = top + galley.size().y;
    painter.galley(pos2(top_left.x, top), galley, colour);
    bottom
}

#[cfg(test)]
mod tests {
    use egui::Color32;

    use super::CONFLICT;
    use crate::ui::duty_board::look::readable_on;

    #[test]
    fn badge_text_contrasts_with_the_warning_colour() {
        // egui's light and dark warning colours are bright oranges: black reads best.
        assert_eq!(readable_on(Color32::from_rgb(255, 100, 0)), Color32::BLACK);
        assert_eq!(readable_on(Color32::from_rgb(255, 143, 0)), Color32::BLACK);
        assert_eq!(readable_on(Color32::from_rgb(120, 40, 0)), Color32::WHITE);
        assert_eq!(readable_on(CONFLICT), Color32::WHITE);
    }
}
