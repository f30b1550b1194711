//! The uncertainty–impact matrix as vector graphics: tinted and named quadrants,
//! a grid, axes with their scale, and every scored driver as a numbered dot in its
//! category colour (a ring where participants disagree). A driver's title goes
//! beside its dot where it fits without touching another label, dot or quadrant
//! name; the others are listed in a legend instead. Placement is pure geometry.

use super::flow::{Align, Style, draw_lines};
use super::metrics::FontSet;
use super::page::{Colour, Page, Rect, Shape, Stroke};
use super::typography::{Face, Pt};
use super::wrap::{LEADING, wrap};
use dacum_i18n::Catalogue;
use dacum_model::Category;
use dacum_model::pestle_stats::{MIDPOINT, Zone};

/// A driver to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct MatrixPoint {
    pub number: usize,
    pub title: String,
    pub category: Category,
    pub uncertainty: f64,
    pub impact: f64,
    pub disagreement: bool,
}

/// Where a driver's dot and (if it fits) its label went.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub centre: (Pt, Pt),
    pub radius: Pt,
    pub label: Option<(Rect, Vec<String>)>,
}

const NUMBER: Style = Style::new(Face::Bold, 6.0, Colour::WHITE);
const LABEL: Style = Style::new(Face::Regular, 6.5, Colour::TEXT);
const ZONE: Style = Style::new(Face::Bold, 8.0, Colour::ACCENT);
const TICK: Style = Style::new(Face::Regular, 7.0, Colour::MUTED);
/// How far outside a dot its disagreement ring is drawn.
const RING: Pt = 2.2;
/// The widest a label may be before it wraps.
const LABEL_WIDTH: Pt = 96.0;

pub fn colour(category: Category) -> Colour {
    Colour::from_bytes(category.rgb())
}

/// A PESTLE category's name in the report language (the interface's message).
pub fn category_name(tr: &Catalogue, category: Category) -> String {
    tr.tr(match category {
        Category::Political => "category-political",
        Category::Economic => "category-economic",
        Category::Social => "category-social",
        Category::Technological => "category-technological",
        Category::Legal => "category-legal",
        Category::Environmental => "category-environmental",
    })
}

/// A matrix zone's name in the report language (the interface's message).
pub fn zone_name(tr: &Catalogue, zone: Zone) -> String {
    tr.tr(match zone {
        Zone::CriticalUncertainty => "zone-critical",
        Zone::PredeterminedElement => "zone-predetermined",
        Zone::Secondary => "zone-secondary",
    })
}

/// Page position of a score pair inside the plot.
fn to_page(plot: Rect, uncertainty: f64, impact: f64) -> (Pt, Pt) {
    let fx = ((uncertainty - 1.0) / 4.0).clamp(0.0, 1.0) as f32;
    let fy = ((impact - 1.0) / 4.0).clamp(0.0, 1.0) as f32;
    (plot.x + fx * plot.w, plot.bottom() - fy * plot.h)
}

/// The boxes of the three quadrant names, in the corners of their quadrants.
pub fn zone_labels(fonts: &FontSet, tr: &Catalogue, plot: Rect) -> Vec<(Rect, String, Align)> {
    let h = ZONE.line_height();
    let inset = 4.0;
    let box_for = |zone: Zone, right: bool, top: bool| {
        let name = zone_name(tr, zone);
        let w = fonts.width(&name, ZONE.face, ZONE.size);
        let x = if right {
            plot.right() - inset - w
        } else {
            plot.x + inset
        };
        let y = if top {
            plot.y + inset
        } else {
            plot.bottom() - inset - h
        };
        let align = if right { Align::Right } else { Align::Left };
        (Rect::new(x, y, w, h), name, align)
    };
    vec![
        box_for(Zone::CriticalUncertainty, true, true),
        box_for(Zone::PredeterminedElement, false, true),
        box_for(Zone::Secondary, true, false),
    ]
}

/// Places the dots (spreading those that would sit on each other) and the labels
/// that fit. `order` is the order in which drivers get a chance at a label.
pub fn place(
    fonts: &FontSet,
    tr: &Catalogue,
    plot: Rect,
    points: &[MatrixPoint],
    order: &[usize],
) -> Vec<Placed> {
    let radius_of = |p: &MatrixPoint| {
        let w = fonts.width(&p.number.to_string(), NUMBER.face, NUMBER.size);
        (w / 2.0 + 1.8).max(5.5)
    };
    let mut placed: Vec<Placed> = Vec::with_capacity(points.len());
    for point in points {
        let radius = radius_of(point);
        let home = to_page(plot, point.uncertainty, point.impact);
        let inside = |(x, y): (Pt, Pt)| {
            (
                x.clamp(plot.x + radius, plot.right() - radius),
                y.clamp(plot.y + radius, plot.bottom() - radius),
            )
        };
        let mut at = inside(home);
        let mut turn = 0.0f32;
        let clash = |at: (Pt, Pt), placed: &[Placed]| {
            placed
                .iter()
                .any(|p| distance(p.centre, at) < (p.radius + radius) * 1.05)
        };
        while clash(at, &placed) && turn < 80.0 {
            turn += 1.0;
            let angle = turn * 2.4;
            let reach = radius * 1.1 + turn * 0.9;
            at = inside((home.0 + angle.cos() * reach, home.1 + angle.sin() * reach));
        }
        placed.push(Placed {
            centre: at,
            radius,
            label: None,
        });
    }
    let mut taken: Vec<Rect> = zone_labels(fonts, tr, plot).iter().map(|z| z.0).collect();
    // A dot's ring (drawn where participants disagree) is part of the dot.
    let dots: Vec<Rect> = placed
        .iter()
        .zip(points)
        .map(|(p, point)| {
            let r = p.radius + if point.disagreement { RING + 0.5 } else { 0.0 };
            Rect::new(p.centre.0 - r, p.centre.1 - r, 2.0 * r, 2.0 * r)
        })
        .collect();
    for &index in order {
        let (Some(point), Some(dot)) = (points.get(index), placed.get(index)) else {
            continue;
        };
        let lines = wrap(&point.title, LABEL_WIDTH, fonts, LABEL.face, LABEL.size).lines;
        let w = lines
            .iter()
            .map(|l| fonts.width(l, LABEL.face, LABEL.size))
            .fold(0.0, f32::max);
        let h = lines.len() as f32 * LABEL.size * LEADING;
        let ring = if point.disagreement { RING + 0.5 } else { 0.0 };
        let (cx, cy, r) = (dot.centre.0, dot.centre.1, dot.radius + ring + 1.5);
        let candidates = [
            (cx + r, cy - h / 2.0),
            (cx - r - w, cy - h / 2.0),
            (cx - w / 2.0, cy - r - h),
            (cx - w / 2.0, cy + r),
            (cx + r * 0.7, cy - r * 0.7 - h),
            (cx + r * 0.7, cy + r * 0.7),
            (cx - r * 0.7 - w, cy - r * 0.7 - h),
            (cx - r * 0.7 - w, cy + r * 0.7),
        ];
        // A label must be clearly nearer its own dot than any other, or a reader
        // could take it for the neighbour's.
        let own = |rect: &Rect| gap(rect, &dots[index]);
        let spot = candidates
            .iter()
            .map(|&(x, y)| Rect::new(x, y, w, h))
            .find(|rect| {
                plot.contains(rect)
                    && !taken.iter().any(|t| t.overlaps(rect))
                    && !dots.iter().any(|d| d.overlaps(rect))
                    && !dots
                        .iter()
                        .enumerate()
                        .any(|(j, d)| j != index && gap(rect, d) < own(rect) + CLEAR)
            });
        if let Some(rect) = spot {
            taken.push(rect);
            placed[index].label = Some((rect, lines));
        }
    }
    placed
}

/// How much nearer its own dot a label must be than any other dot.
const CLEAR: Pt = 4.0;

/// The empty space between two rectangles (0 when they touch or overlap).
fn gap(a: &Rect, b: &Rect) -> Pt {
    let dx = (b.x - a.right()).max(a.x - b.right()).max(0.0);
    let dy = (b.y - a.bottom()).max(a.y - b.bottom()).max(0.0);
    (dx * dx + dy * dy).sqrt()
}

fn distance(a: (Pt, Pt), b: (Pt, Pt)) -> Pt {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// Draws the plot: quadrants, grid, scale, axis titles, dots and labels.
pub fn draw(
    page: &mut Page,
    fonts: &FontSet,
    tr: &Catalogue,
    plot: Rect,
    points: &[MatrixPoint],
    placed: &[Placed],
) {
    let mid = to_page(plot, MIDPOINT, MIDPOINT);
    let critical = Colour::rgb(0.86, 0.24, 0.24).lighten(0.86);
    let predetermined = Colour::rgb(0.24, 0.47, 0.86).lighten(0.86);
    let secondary = Colour::LIGHT;
    page.rect(
        Rect::new(mid.0, plot.y, plot.right() - mid.0, mid.1 - plot.y),
        Some(critical),
        None,
    );
    page.rect(
        Rect::new(plot.x, plot.y, mid.0 - plot.x, mid.1 - plot.y),
        Some(predetermined),
        None,
    );
    page.rect(
        Rect::new(plot.x, mid.1, plot.w, plot.bottom() - mid.1),
        Some(secondary),
        None,
    );
    let grid = Stroke::solid(Colour::RULE.lighten(0.4), 0.4);
    for value in 1..=5 {
        let v = f64::from(value);
        let (x, _) = to_page(plot, v, 1.0);
        let (_, y) = to_page(plot, 1.0, v);
        page.line((x, plot.y), (x, plot.bottom()), grid);
        page.line((plot.x, y), (plot.right(), y), grid);
        let text = [value.to_string()];
        let lh = TICK.line_height();
        let below = Rect::new(x - 10.0, plot.bottom() + 2.0, 20.0, lh);
        draw_lines(page, fonts, &text, below, TICK, lh, Align::Centre);
        let left = Rect::new(plot.x - 16.0, y - lh / 2.0, 12.0, lh);
        draw_lines(page, fonts, &text, left, TICK, lh, Align::Right);
    }
    let axis = Stroke::dashed(Colour::ACCENT, 0.9);
    page.line((mid.0, plot.y), (mid.0, plot.bottom()), axis);
    page.line((plot.x, mid.1), (plot.right(), mid.1), axis);
    page.rect(plot, None, Some(Stroke::solid(Colour::ACCENT, 1.0)));
    for (rect, name, align) in zone_labels(fonts, tr, plot) {
        let lh = ZONE.line_height();
        draw_lines(page, fonts, &[name], rect, ZONE, lh, align);
    }
    let title = Style::new(Face::Bold, 8.5, Colour::TEXT);
    let lh = title.line_height();
    let x_title = Rect::new(plot.x, plot.bottom() + 14.0, plot.w, lh);
    let x_text = [tr.tr("report-matrix-x-axis")];
    draw_lines(page, fonts, &x_text, x_title, title, lh, Align::Centre);
    let y_title = Rect::new(plot.x - 16.0, plot.y - lh - 4.0, plot.w, lh);
    let y_text = [tr.tr("report-matrix-y-axis")];
    draw_lines(page, fonts, &y_text, y_title, title, lh, Align::Left);
    for (point, at) in points.iter().zip(placed) {
        let fill = colour(point.category);
        if point.disagreement {
            page.shapes.push(Shape::Circle {
                centre: at.centre,
                radius: at.radius + RING,
                fill: None,
                stroke: Some(Stroke::solid(Colour::TEXT, 0.9)),
            });
        }
        page.shapes.push(Shape::Circle {
            centre: at.centre,
            radius: at.radius,
            fill: Some(fill),
            stroke: Some(Stroke::solid(Colour::WHITE, 0.5)),
        });
        let number = [point.number.to_string()];
        let lh = NUMBER.line_height();
        let square = at.radius * std::f32::consts::SQRT_2;
        let rect = Rect::new(
            at.centre.0 - square / 2.0,
            at.centre.1 - lh / 2.0,
            square,
            lh,
        );
        let style = NUMBER.with_colour(fill.contrast());
        draw_lines(page, fonts, &number, rect, style, lh, Align::Centre);
        if let Some((rect, lines)) = &at.label {
            let lh = LABEL.size * LEADING;
            draw_lines(page, fonts, lines, *rect, LABEL, lh, Align::Left);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_i18n::Language;

    fn points(n: usize) -> Vec<MatrixPoint> {
        (0..n)
            .map(|i| MatrixPoint {
                number: i + 1,
                title: format!("Driver number {} of the map", i + 1),
                category: Category::ALL[i % 6],
                uncertainty: 1.0 + (i * 7 % 17) as f64 / 4.0,
                impact: 1.0 + (i * 5 % 13) as f64 / 3.0,
                disagreement: i % 5 == 0,
            })
            .collect()
    }

    fn dot(p: &Placed) -> Rect {
        Rect::new(
            p.centre.0 - p.radius,
            p.centre.1 - p.radius,
            2.0 * p.radius,
            2.0 * p.radius,
        )
    }

    #[test]
    fn labels_never_collide_and_everything_stays_in_the_plot() {
        let fonts = FontSet::uniform(0.55);
        let english = Catalogue::new(Language::English);
        let plot = Rect::new(60.0, 60.0, 400.0, 400.0);
        for n in [1, 5, 20, 60, 120] {
            let points = points(n);
            let order: Vec<usize> = (0..n).collect();
            let placed = place(&fonts, &english, plot, &points, &order);
            assert_eq!(placed.len(), n);
            let zones: Vec<Rect> = zone_labels(&fonts, &english, plot)
                .iter()
                .map(|z| z.0)
                .collect();
            let labels: Vec<Rect> = placed
                .iter()
                .filter_map(|p| p.label.as_ref().map(|l| l.0))
                .collect();
            for (i, a) in labels.iter().enumerate() {
                assert!(plot.contains(a));
                assert!(!zones.iter().any(|z| z.overlaps(a)));
                assert!(
                    !placed.iter().any(|p| dot(p).overlaps(a)),
                    "label over a dot"
                );
                assert!(
                    !labels[i + 1..].iter().any(|b| b.overlaps(a)),
                    "labels overlap"
                );
            }
            for p in &placed {
                assert!(plot.contains(&dot(p)));
            }
            if n <= 5 {
                assert_eq!(labels.len(), n, "a sparse map labels every driver");
            }
            // Every label is nearest its own dot.
            for (i, p) in placed.iter().enumerate() {
                let Some((label, _)) = &p.label else { continue };
                let own = gap(label, &dot(p));
                for (j, other) in placed.iter().enumerate() {
                    if i != j {
                        assert!(gap(label, &dot(other)) >= own, "label {i} nearer dot {j}");
                    }
                }
            }
        }
    }

    #[test]
    fn drivers_on_the_same_spot_are_spread_apart() {
        let fonts = FontSet::uniform(0.55);
        let english = Catalogue::new(Language::English);
        let plot = Rect::new(0.0, 0.0, 300.0, 300.0);
        let mut same = points(12);
        for p in &mut same {
            p.uncertainty = 4.0;
            p.impact = 4.0;
        }
        let placed = place(&fonts, &english, plot, &same, &[]);
        for (i, a) in placed.iter().enumerate() {
            for b in &placed[i + 1..] {
                assert!(distance(a.centre, b.centre) >= a.radius + b.radius - 0.01);
            }
        }
    }
}
