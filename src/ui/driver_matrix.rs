//! The uncertainty–impact matrix: every scored driver as a dot at its mean
//! uncertainty (x) and impact (y), in its category colour, numbered, with a legend
//! beside it so labels never overlap. Quadrants are tinted and named; a ring marks
//! strong disagreement and "Show spread" draws ± one standard deviation. Hover a
//! dot for its votes; click a dot or a legend row to select the driver.

use super::language::{Tr, catalogue, category_name, zone_name};
use dacum_i18n::Catalogue;
use egui::{
    Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, StrokeKind, Vec2, pos2, vec2,
};

use super::command::Command;
use super::texts_in::{Fields, Mark, mark_ui};
use dacum_model::pestle_stats::{DriverStats, MIDPOINT, Zone};
use dacum_model::{Category, Id, Session, TextSlot};

#[derive(Default)]
pub struct DriverMatrixState {
    pub selected: Option<Id>,
    show_spread: bool,
}

const DOT: f32 = 10.0;

fn colour(category: Category) -> Color32 {
    let [r, g, b] = category.rgb();
    Color32::from_rgb(r, g, b)
}

/// Where a driver is drawn: its number (1-based, in driver order) and stats.
struct Point<'a> {
    number: usize,
    title: &'a str,
    /// A title not translated into the display language yet, or stale.
    mark: Mark,
    category: Category,
    stats: DriverStats,
    uncertainty: f64,
    impact: f64,
}

pub fn driver_matrix_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    state: &mut DriverMatrixState,
    _commands: &mut Vec<Command>,
) {
    let pestle = &session.pestle;
    // The drivers' titles in the display language (View › Texts in).
    let fields = Fields::new(session, texts_in);
    if pestle.drivers.is_empty() {
        ui.label(ui.tr("matrix-no-drivers"));
        return;
    }
    let mut points = Vec::new();
    let mut unscored = Vec::new();
    for (index, (driver, stats)) in pestle.drivers.iter().zip(pestle.driver_stats()).enumerate() {
        let title = fields.text(TextSlot::DriverTitle(driver.id), &driver.title);
        match (stats.uncertainty, stats.impact) {
            (Some(u), Some(i)) => points.push(Point {
                number: index + 1,
                title: title.text,
                mark: title.mark,
                category: driver.category,
                uncertainty: u.mean,
                impact: i.mean,
                stats,
            }),
            _ => unscored.push(title.text),
        }
    }
    ui.horizontal(|ui| {
        ui.checkbox(&mut state.show_spread, ui.tr("matrix-show-spread"));
        ui.label(egui::RichText::new(ui.tr("matrix-hint")).weak());
    });
    let available = ui.available_size();
    let side = available
        .x
        .mul_add(0.6, 0.0)
        .min(available.y - 40.0)
        .clamp(260.0, 700.0);
    ui.horizontal_top(|ui| {
        plot_ui(ui, side, &points, session, state);
        ui.vertical(|ui| {
            ui.set_max_width((available.x - side - 24.0).max(200.0));
            legend_ui(ui, &points, state, &fields.working);
            if !unscored.is_empty() {
                ui.add_space(8.0);
                ui.label(ui.tr_args("matrix-unscored", &[("titles", unscored.join(", ").into())]));
            }
        });
    });
}

fn plot_ui(
    ui: &mut egui::Ui,
    side: f32,
    points: &[Point],
    session: &Session,
    state: &mut DriverMatrixState,
) {
    let texts = catalogue(ui.ctx());
    let (response, painter) = ui.allocate_painter(Vec2::splat(side), Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, texts.tr("pestle-matrix"))
    });
    let visuals = ui.visuals();
    let text = visuals.text_color();
    let margin = vec2(48.0, 40.0);
    let plot = Rect::from_min_max(
        response.rect.min + vec2(margin.x, 8.0),
        response.rect.max - vec2(8.0, margin.y),
    );
    let to_screen = |u: f64, i: f64| {
        pos2(
            plot.left() + ((u - 1.0) / 4.0) as f32 * plot.width(),
            plot.bottom() - ((i - 1.0) / 4.0) as f32 * plot.height(),
        )
    };
    let middle = to_screen(MIDPOINT, MIDPOINT);
    let tint = |c: Color32| c.gamma_multiply(if visuals.dark_mode { 0.18 } else { 0.12 });
    painter.rect_filled(
        Rect::from_min_max(pos2(middle.x, plot.top()), pos2(plot.right(), middle.y)),
        0.0,
        tint(Color32::from_rgb(220, 60, 60)),
    );
    painter.rect_filled(
        Rect::from_min_max(plot.left_top(), pos2(middle.x, middle.y)),
        0.0,
        tint(Color32::from_rgb(60, 120, 220)),
    );
    painter.rect_filled(
        Rect::from_min_max(pos2(plot.left(), middle.y), plot.right_bottom()),
        0.0,
        tint(Color32::GRAY),
    );
    let small = FontId::proportional(13.0);
    let label = FontId::proportional(15.0);
    let weak = visuals.weak_text_color();
    painter.text(
        plot.right_top() + vec2(-6.0, 6.0),
        Align2::RIGHT_TOP,
        zone_name(&texts, Zone::CriticalUncertainty),
        label.clone(),
        text,
    );
    painter.text(
        plot.left_top() + vec2(6.0, 6.0),
        Align2::LEFT_TOP,
        zone_name(&texts, Zone::PredeterminedElement),
        label.clone(),
        text,
    );
    painter.text(
        plot.right_bottom() + vec2(-6.0, -6.0),
        Align2::RIGHT_BOTTOM,
        zone_name(&texts, Zone::Secondary),
        label.clone(),
        text,
    );
    let grid = Stroke::new(1.0, weak.gamma_multiply(0.4));
    for value in 1..=5 {
        let v = f64::from(value);
        let x = to_screen(v, 1.0).x;
        let y = to_screen(1.0, v).y;
        painter.line_segment([pos2(x, plot.top()), pos2(x, plot.bottom())], grid);
        painter.line_segment([pos2(plot.left(), y), pos2(plot.right(), y)], grid);
        painter.text(
            pos2(x, plot.bottom() + 4.0),
            Align2::CENTER_TOP,
            value.to_string(),
            small.clone(),
            weak,
        );
        painter.text(
            pos2(plot.left() - 6.0, y),
            Align2::RIGHT_CENTER,
            value.to_string(),
            small.clone(),
            weak,
        );
    }
    let axis = Stroke::new(2.0, text);
    painter.line_segment(
        [
            middle - vec2(0.0, plot.height()),
            pos2(middle.x, plot.bottom()),
        ],
        Stroke::new(1.5, weak),
    );
    painter.line_segment(
        [pos2(plot.left(), middle.y), pos2(plot.right(), middle.y)],
        Stroke::new(1.5, weak),
    );
    painter.rect_stroke(plot, 0.0, axis, StrokeKind::Inside);
    painter.text(
        pos2(plot.center().x, response.rect.bottom() - 2.0),
        Align2::CENTER_BOTTOM,
        texts.tr("matrix-uncertainty-axis"),
        label.clone(),
        text,
    );
    let impact_title = painter.layout_no_wrap(texts.tr("matrix-impact-axis"), label, text);
    let at = pos2(
        response.rect.left() + 2.0,
        plot.center().y + impact_title.size().x / 2.0,
    );
    painter.add(
        egui::epaint::TextShape::new(at, impact_title, text)
            .with_angle(-std::f32::consts::FRAC_PI_2),
    );

    // Spread dots that sit on the same place, so every one stays visible.
    let mut placed: Vec<Pos2> = Vec::with_capacity(points.len());
    for point in points {
        let mut at = to_screen(point.uncertainty, point.impact);
        let mut turn = 0.0f32;
        while placed.iter().any(|p| p.distance(at) < DOT * 1.6) && turn < 40.0 {
            turn += 1.0;
            let angle = turn * 2.4;
            at = to_screen(point.uncertainty, point.impact)
                + vec2(angle.cos(), angle.sin()) * (DOT * 1.2 + turn);
        }
        placed.push(at);
        let colour = colour(point.category);
        if state.show_spread {
            let (u, i) = (point.stats.uncertainty, point.stats.impact);
            let spread_u = u.map_or(0.0, |s| s.std_dev);
            let spread_i = i.map_or(0.0, |s| s.std_dev);
            let bar = Stroke::new(1.5, colour.gamma_multiply(0.8));
            let du = (spread_u / 4.0) as f32 * plot.width();
            let di = (spread_i / 4.0) as f32 * plot.height();
            painter.line_segment([at - vec2(du, 0.0), at + vec2(du, 0.0)], bar);
            painter.line_segment([at - vec2(0.0, di), at + vec2(0.0, di)], bar);
        }
        if point.stats.disagreement() {
            painter.circle_stroke(at, DOT + 4.0, Stroke::new(2.0, text));
        }
        let selected = state.selected == Some(point.stats.driver);
        if selected {
            painter.circle_stroke(
                at,
                DOT + 8.0,
                Stroke::new(3.0, visuals.selection.stroke.color),
            );
        }
        painter.add(Shape::circle_filled(at, DOT, colour));
        painter.text(
            at,
            Align2::CENTER_CENTER,
            point.number.to_string(),
            FontId::proportional(12.0),
            contrast(colour),
        );
        let id = response.id.with(("driver-dot", point.stats.driver));
        let dot = ui.interact(
            Rect::from_center_size(at, Vec2::splat(DOT * 2.2)),
            id,
            Sense::click(),
        );
        let dot = dot.on_hover_ui(|ui| tooltip_ui(ui, point, session));
        if dot.clicked() {
            state.selected = if selected {
                None
            } else {
                Some(point.stats.driver)
            };
        }
    }
}

/// Black or white, whichever reads better on the fill.
fn contrast(fill: Color32) -> Color32 {
    let luma =
        0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
    if luma > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

fn describe(texts: &Catalogue, point: &Point) -> String {
    let part = |name: &str, s: Option<dacum_model::verification::Summary>| match s {
        Some(s) => texts.tr_args(
            "matrix-summary",
            &[
                ("name", texts.tr(name).into()),
                ("mean", format!("{:.1}", s.mean).into()),
                ("median", format!("{:.1}", s.median).into()),
                ("sd", format!("{:.1}", s.std_dev).into()),
                ("min", s.min.into()),
                ("max", s.max.into()),
            ],
        ),
        None => texts.tr_args("matrix-no-votes", &[("name", texts.tr(name).into())]),
    };
    format!(
        "{}\n{}",
        part("votes-uncertainty", point.stats.uncertainty),
        part("votes-impact", point.stats.impact)
    )
}

fn tooltip_ui(ui: &mut egui::Ui, point: &Point, session: &Session) {
    let texts = catalogue(ui.ctx());
    ui.strong(format!("{}. {}", point.number, point.title));
    ui.label(format!(
        "{} · {}",
        category_name(&texts, point.category),
        point
            .stats
            .zone()
            .map_or_else(String::new, |zone| zone_name(&texts, zone))
    ));
    ui.label(describe(&texts, point));
    if point.stats.disagreement() {
        ui.label(texts.tr("matrix-disagree"));
    }
    let pestle = &session.pestle;
    let votes: Vec<String> = pestle
        .participants
        .iter()
        .filter_map(|p| {
            pestle
                .vote(point.stats.driver, p.id)
                .map(|v| format!("{}: U{} I{}", p.name, v.uncertainty, v.impact))
        })
        .collect();
    ui.label(votes.join("\n"));
    if point.stats.missing > 0 {
        ui.label(texts.tr_args("matrix-not-voted", &[("count", point.stats.missing.into())]));
    }
}

fn legend_ui(ui: &mut egui::Ui, points: &[Point], state: &mut DriverMatrixState, working: &str) {
    egui::ScrollArea::vertical()
        .id_salt("matrix-legend")
        .max_height(ui.available_height())
        .show(ui, |ui| {
            let texts = catalogue(ui.ctx());
            // Long titles wrap inside the legend rather than run off the window.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            for point in points {
                ui.horizontal(|ui| {
                    let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
                    ui.painter()
                        .circle_filled(rect.center(), 7.0, colour(point.category));
                    let selected = state.selected == Some(point.stats.driver);
                    let mark = if point.stats.disagreement() {
                        texts.tr("matrix-disagreement-mark")
                    } else {
                        String::new()
                    };
                    let text = format!(
                        "{}. {} — {} {:.1} · {} {:.1}{mark}",
                        point.number,
                        point.title,
                        texts.tr("votes-u"),
                        point.uncertainty,
                        texts.tr("votes-i"),
                        point.impact
                    );
                    let row = ui.selectable_label(selected, &text);
                    row.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::Button,
                            true,
                            selected,
                            texts.tr_args("matrix-select", &[("text", text.as_str().into())]),
                        )
                    });
                    if row.on_hover_text(describe(&texts, point)).clicked() {
                        state.selected = if selected {
                            None
                        } else {
                            Some(point.stats.driver)
                        };
                    }
                    mark_ui(ui, point.mark, working);
                });
            }
        });
}

#[cfg(test)]
mod tests;
