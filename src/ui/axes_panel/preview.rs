//! A small 2×2 drawing of the scenario matrix the chosen axes make: the four
//! quadrants named from the poles, each with its scenario's name once there is one.

use crate::ui::language::Tr;
use egui::{Align2, FontId, Pos2, Rect, Sense, Stroke, StrokeKind, vec2};

use crate::ui::texts_in::Fields;
use crate::ui::widgets::em;
use dacum_model::{Pestle, Quadrant, TextSlot};

/// The preview, its poles and names in the display language of `fields`.
pub(super) fn preview_ui(ui: &mut egui::Ui, pestle: &Pestle, fields: &Fields<'_>) {
    let unit = em(ui);
    let side_margin = 7.0 * unit;
    let end_margin = 1.6 * unit;
    let width = (ui.available_width() - 2.0 * side_margin).clamp(14.0 * unit, 26.0 * unit);
    let visuals = ui.visuals().clone();
    let text = visuals.text_color();
    let weak = visuals.weak_text_color();
    let body = FontId::proportional(0.9 * unit);
    let axes = &*fields.axes();
    // Each quadrant's name and scenario, laid out first: a cell grows to hold
    // the longest (names in German or Czech run longer than in English).
    let cell_text_width = width / 2.0 - 4.0 - unit;
    let contents: Vec<Vec<_>> = Quadrant::ALL
        .into_iter()
        .map(|quadrant| {
            let mut lines = vec![(axes.quadrant_name(quadrant), false)];
            if let Some(scenario) = pestle.scenarios.iter().find(|s| s.quadrant == quadrant) {
                let name = fields.text(TextSlot::ScenarioName(scenario.id), &scenario.name);
                lines.push((format!("“{}”", name.text), true));
            }
            lines
                .into_iter()
                .map(|(line, strong)| {
                    let font = if strong {
                        FontId::proportional(unit)
                    } else {
                        body.clone()
                    };
                    let colour = if strong { text } else { weak };
                    ui.painter().layout(line, font, colour, cell_text_width)
                })
                .collect()
        })
        .collect();
    let tallest = contents
        .iter()
        .map(|galleys| galleys.iter().map(|g| g.size().y).sum::<f32>())
        .fold(0.0_f32, f32::max);
    let height = (0.7 * width).max(2.0 * (tallest + 4.0 + 0.6 * unit));
    let (rect, _) = ui.allocate_exact_size(
        vec2(width + 2.0 * side_margin, height + 2.0 * end_margin),
        Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    let matrix = Rect::from_min_max(
        rect.min + vec2(side_margin, end_margin),
        rect.max - vec2(side_margin, end_margin),
    );
    let pole = |axis: &Option<dacum_model::Axis>, high: bool| {
        axis.as_ref()
            .map(|a| a.pole(high).trim().to_owned())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| ui.tr("preview-pole-not-named"))
    };
    let wrapped = |s: String, width: f32| painter.layout(s, body.clone(), text, width);

    for (quadrant, galleys) in Quadrant::ALL.into_iter().zip(contents) {
        let (right, top) = quadrant.at_high_poles();
        let x = if right {
            matrix.center().x
        } else {
            matrix.left()
        };
        let y = if top { matrix.top() } else { matrix.center().y };
        let cell = Rect::from_min_size(Pos2::new(x, y), matrix.size() / 2.0).shrink(2.0);
        painter.rect(
            cell,
            4.0,
            visuals.faint_bg_color,
            Stroke::new(1.0, weak),
            StrokeKind::Inside,
        );
        let height: f32 = galleys.iter().map(|g| g.size().y).sum();
        let mut y = cell.center().y - height / 2.0;
        for galley in galleys {
            let pos = Pos2::new(cell.center().x - galley.size().x / 2.0, y);
            y += galley.size().y;
            painter.galley(pos, galley, text);
        }
    }

    let cross = Stroke::new(2.0, text);
    painter.line_segment(
        [
            Pos2::new(matrix.left(), matrix.center().y),
            Pos2::new(matrix.right(), matrix.center().y),
        ],
        cross,
    );
    painter.line_segment(
        [
            Pos2::new(matrix.center().x, matrix.top()),
            Pos2::new(matrix.center().x, matrix.bottom()),
        ],
        cross,
    );
    for high in [false, true] {
        let galley = wrapped(pole(&axes.horizontal, high), side_margin - 0.5 * unit);
        let x = if high {
            matrix.right() + 0.3 * unit
        } else {
            matrix.left() - 0.3 * unit - galley.size().x
        };
        let pos = Pos2::new(x, matrix.center().y - galley.size().y / 2.0);
        painter.galley(pos, galley, text);
        let (y, align) = if high {
            (matrix.top() - 0.2 * unit, Align2::CENTER_BOTTOM)
        } else {
            (matrix.bottom() + 0.2 * unit, Align2::CENTER_TOP)
        };
        painter.text(
            Pos2::new(matrix.center().x, y),
            align,
            pole(&axes.vertical, high),
            body.clone(),
            text,
        );
    }
}
