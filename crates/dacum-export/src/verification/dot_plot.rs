//! "Importance by duty": a dot plot per duty, drawn as vector shapes. Each
//! task is a row: its code and statement, then on a 1–5 axis its mean
//! importance in the survey as a filled dot with a line one standard
//! deviation to either side (cut at the ends of the scale), the panel's mean
//! as an open circle, and n at the right. The axis names its points with the
//! scale's anchors. Shape tells survey from panel, not colour, so the plot
//! reads in black and white too.

use dacum_model::survey::stats::{Scores, SurveyStats};

use super::words::{Tasks, weighting_note};
use crate::flow::{Align, Flow, Style, draw_lines};
use crate::metrics::FontSet;
use crate::page::{Colour, Page, Rect, Shape, Stroke};
use crate::typography::{Face, Pt};
use crate::wrap::wrap;

/// One task's row of a plot.
struct Row {
    label: Vec<String>,
    survey: Option<Scores>,
    panel: Option<f64>,
}

const NUMBER: Style = Style::new(Face::Bold, 7.5, Colour::MUTED);
const ANCHOR: Style = Style::new(Face::Regular, 6.5, Colour::MUTED);
const PAD: Pt = 2.5;
const DOT: Pt = 2.8;
const CIRCLE: Pt = 3.6;

/// Where the parts of a plot lie across the page.
struct Geometry {
    x: Pt,
    width: Pt,
    label_width: Pt,
    /// The axis from 1 to 5.
    from: Pt,
    to: Pt,
    n_width: Pt,
}

impl Geometry {
    fn new(x: Pt, width: Pt) -> Geometry {
        let label_width = width * 0.40;
        let n_width = 30.0;
        // Room at both ends for half an anchor's words.
        let from = x + label_width + 30.0;
        let to = x + width - n_width - 30.0;
        Geometry {
            x,
            width,
            label_width,
            from,
            to,
            n_width,
        }
    }

    /// The x of a score on the axis.
    fn at(&self, score: f64) -> Pt {
        let score = score.clamp(1.0, 5.0) as f32;
        self.from + (score - 1.0) / 4.0 * (self.to - self.from)
    }

    fn step(&self) -> Pt {
        (self.to - self.from) / 4.0
    }
}

pub fn dot_plots(flow: &mut Flow, stats: &SurveyStats, tasks: &Tasks) {
    let tr = flow.tr;
    let heading = tr.tr("report-dot-plots");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 120.0);
    flow.paragraph(
        &format!(
            "{} {}",
            tr.tr("report-dot-plot-key"),
            weighting_note(tr, stats.weighting)
        ),
        Style::SMALL,
    );
    flow.y += 4.0;
    let area = flow.area();
    let geometry = Geometry::new(area.x, area.w);
    let anchors: Vec<Vec<String>> = [
        "survey-importance-1",
        "survey-importance-2",
        "survey-importance-3",
        "survey-importance-4",
        "survey-importance-5",
    ]
    .iter()
    .map(|id| {
        let words = tr.tr(id);
        wrap(
            &words,
            geometry.step() - 4.0,
            flow.fonts,
            ANCHOR.face,
            ANCHOR.size,
        )
        .lines
    })
    .collect();
    for (d, (code, title)) in tasks.duties.iter().enumerate() {
        let rows: Vec<Row> = tasks
            .all
            .iter()
            .enumerate()
            .filter(|(_, t)| t.duty == d)
            .map(|(i, t)| Row {
                label: wrap(
                    &format!("{}  {}", t.code, t.statement),
                    geometry.label_width,
                    flow.fonts,
                    Style::BODY.face,
                    Style::BODY.size,
                )
                .lines,
                survey: stats.survey.tasks[i].importance,
                panel: stats.panel.tasks[i].importance.map(|s| s.mean),
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let title = format!("{code}  {title}");
        let header = header_height(&anchors);
        let opening: Pt = rows.iter().take(3).map(row_height).sum();
        flow.bookmark(&title, 2);
        flow.heading(&title, Style::H2, header + opening);
        axis(flow, &geometry, &anchors);
        let continued = format!("{title} {}", tr.tr("report-continued"));
        for (index, row) in rows.iter().enumerate() {
            let height = row_height(row);
            if height > flow.remaining() + 0.01 {
                flow.new_page();
                flow.heading(&continued, Style::H2, header + height);
                axis(flow, &geometry, &anchors);
            }
            let top = flow.y;
            let fonts = flow.fonts;
            draw_row(flow.page(), fonts, &geometry, row, top, index % 2 == 1);
            flow.y += height;
        }
        flow.gap(10.0);
    }
}

fn row_height(row: &Row) -> Pt {
    (row.label.len() as f32 * Style::BODY.line_height()).max(12.0) + 2.0 * PAD
}

fn header_height(anchors: &[Vec<String>]) -> Pt {
    let lines = anchors.iter().map(Vec::len).max().unwrap_or(1);
    NUMBER.line_height() + lines as f32 * ANCHOR.line_height() + 2.0 * PAD
}

/// The axis above the rows: the points 1 to 5 with their anchors, and "n".
fn axis(flow: &mut Flow, geometry: &Geometry, anchors: &[Vec<String>]) {
    let top = flow.y;
    let height = header_height(anchors);
    let fonts = flow.fonts;
    let page = flow.page();
    for (point, lines) in anchors.iter().enumerate() {
        let centre = geometry.at(point as f64 + 1.0);
        let half = geometry.step() / 2.0 - 1.0;
        let lh = NUMBER.line_height();
        let rect = Rect::new(centre - half, top + PAD, 2.0 * half, lh);
        draw_lines(
            page,
            fonts,
            &[(point + 1).to_string()],
            rect,
            NUMBER,
            lh,
            Align::Centre,
        );
        let lh = ANCHOR.line_height();
        let rect = Rect::new(
            centre - half,
            top + PAD + NUMBER.line_height(),
            2.0 * half,
            lines.len() as f32 * lh,
        );
        draw_lines(page, fonts, lines, rect, ANCHOR, lh, Align::Centre);
    }
    let lh = NUMBER.line_height();
    let n_rect = Rect::new(
        geometry.x + geometry.width - geometry.n_width,
        top + height - PAD - lh,
        geometry.n_width,
        lh,
    );
    draw_lines(
        page,
        fonts,
        &["n".to_owned()],
        n_rect,
        NUMBER,
        lh,
        Align::Right,
    );
    let bottom = top + height;
    page.line(
        (geometry.x, bottom),
        (geometry.x + geometry.width, bottom),
        Stroke::solid(Colour::RULE, 0.5),
    );
    flow.y = bottom;
}

fn draw_row(
    page: &mut Page,
    fonts: &FontSet,
    geometry: &Geometry,
    row: &Row,
    top: Pt,
    shade: bool,
) {
    let height = row_height(row);
    if shade {
        page.rect(
            Rect::new(geometry.x, top, geometry.width, height),
            Some(Colour::LIGHT),
            None,
        );
    }
    let grid = Stroke::dashed(Colour::RULE, 0.3);
    for point in 1..=5 {
        let x = geometry.at(f64::from(point));
        page.line((x, top), (x, top + height), grid);
    }
    let lh = Style::BODY.line_height();
    let rect = Rect::new(
        geometry.x,
        top + PAD,
        geometry.label_width,
        row.label.len() as f32 * lh,
    );
    draw_lines(page, fonts, &row.label, rect, Style::BODY, lh, Align::Left);
    let centre = top + height / 2.0;
    if let Some(scores) = row.survey {
        let (low, high) = (
            geometry.at(scores.mean - scores.sd),
            geometry.at(scores.mean + scores.sd),
        );
        let ink = Stroke::solid(Colour::ACCENT, 1.2);
        page.line((low, centre), (high, centre), ink);
        for end in [low, high] {
            page.line((end, centre - 3.0), (end, centre + 3.0), ink);
        }
        page.shapes.push(Shape::Circle {
            centre: (geometry.at(scores.mean), centre),
            radius: DOT,
            fill: Some(Colour::ACCENT),
            stroke: None,
        });
    }
    if let Some(mean) = row.panel {
        page.shapes.push(Shape::Circle {
            centre: (geometry.at(mean), centre),
            radius: CIRCLE,
            fill: None,
            stroke: Some(Stroke::solid(Colour::TEXT, 0.9)),
        });
    }
    let n = row
        .survey
        .map_or_else(|| "—".to_owned(), |s| s.n.to_string());
    let rect = Rect::new(
        geometry.x + geometry.width - geometry.n_width,
        centre - lh / 2.0,
        geometry.n_width,
        lh,
    );
    draw_lines(page, fonts, &[n], rect, Style::BODY, lh, Align::Right);
}
