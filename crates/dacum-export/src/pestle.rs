//! The PESTLE and scenario report: the drivers by category with their mean
//! uncertainty and impact and the spread of the votes; the uncertainty–impact
//! matrix on a landscape page; the 2×2 scenario matrix on the next landscape page;
//! then the chosen axes with their poles and rationale and every scenario in full.

use std::cmp::Ordering;

use super::chart::occupation;
use super::flow::{Align, Flow, Style, draw_lines};
use super::matrix::{self, MatrixPoint};
use super::metrics::FontSet;
use super::numbers::{decimal, spread};
use super::page::{Colour, Layout, Rect, Shape};
use super::scenarios::{scenario_details, scenario_grid};
use super::table::{Cell, Column, Table};
use super::title_block::{title_block, workshop_facts};
use super::typography::{Face, Pt};
use super::wrap::wrap;
use dacum_i18n::Catalogue;
use dacum_model::pestle_stats::DriverStats;
use dacum_model::{Axis, AxisSubject, Category, Session};

/// Page sizes of the report: portrait for text, landscape for the two matrices.
#[derive(Clone, Copy)]
pub struct Pages {
    pub portrait: (Pt, Pt),
    pub landscape: (Pt, Pt),
}

pub fn pestle_report(
    fonts: &FontSet,
    tr: &Catalogue,
    layout: &mut Layout,
    session: &Session,
    pages: Pages,
    include_names: bool,
) {
    let occupation = occupation(session, tr);
    let occupation_arg = [("occupation", occupation.as_str().into())];
    let header = tr.tr_args("report-pestle-header", &occupation_arg);
    let mut flow = Flow::new(fonts, tr, layout, pages.portrait, &header);
    flow.bookmark(&tr.tr("report-pestle"), 0);
    let subtitle = tr.tr_args("report-pestle-subtitle", &occupation_arg);
    title_block(
        &mut flow,
        &occupation,
        &subtitle,
        &workshop_facts(&session.meta, tr),
    );
    flow.paragraph(&introduction(tr, session, include_names), Style::BODY);
    let pestle = &session.pestle;
    if pestle.drivers.is_empty() {
        return;
    }
    let stats = pestle.driver_stats();
    drivers_by_category(&mut flow, session, &stats);

    flow.new_page_sized(pages.landscape);
    let heading = tr.tr("report-matrix");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 200.0);
    matrix_page(&mut flow, session, &stats);

    // Both matrices on landscape pages one after the other, then the text on
    // portrait pages: the axes, then the scenarios in full. (Text between the two
    // landscape pages would leave a mostly empty portrait page.)
    if !pestle.scenarios.is_empty() {
        flow.new_page_sized(pages.landscape);
        let heading = tr.tr("report-scenario-matrix");
        flow.bookmark(&heading, 1);
        flow.heading(&heading, Style::H1, 200.0);
        scenario_grid(&mut flow, session);
    }
    flow.new_page_sized(pages.portrait);
    let heading = tr.tr("report-axes");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 60.0);
    let axes = &pestle.axes;
    if axes.horizontal.is_none() && axes.vertical.is_none() {
        flow.paragraph(&tr.tr("report-no-axes"), Style::BODY);
    }
    for (direction, axis) in [
        ("horizontal", &axes.horizontal),
        ("vertical", &axes.vertical),
    ] {
        if let Some(axis) = axis {
            axis_section(&mut flow, session, direction, axis);
        }
    }
    if !pestle.scenarios.is_empty() {
        flow.gap(10.0);
        let heading = tr.tr("report-scenarios-in-full");
        flow.bookmark(&heading, 1);
        flow.heading(&heading, Style::H1, 60.0);
        scenario_details(&mut flow, session);
    }
}

fn introduction(tr: &Catalogue, session: &Session, include_names: bool) -> String {
    let pestle = &session.pestle;
    if pestle.drivers.is_empty() {
        return tr.tr("report-no-drivers");
    }
    let mut text = tr.tr_args(
        "report-pestle-introduction",
        &[
            ("participants", pestle.participants.len().into()),
            ("drivers", pestle.drivers.len().into()),
        ],
    );
    if pestle.participants.is_empty() {
        return text;
    }
    if include_names {
        let names: Vec<String> = pestle
            .participants
            .iter()
            .map(|p| {
                let detail: Vec<&str> = [p.organisation.as_str(), p.country.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                if detail.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, detail.join(", "))
                }
            })
            .collect();
        text.push(' ');
        text.push_str(&tr.tr_args("report-participants", &[("names", names.join("; ").into())]));
    } else {
        text.push(' ');
        text.push_str(&tr.tr("report-participants-withheld"));
    }
    text
}

fn drivers_by_category(flow: &mut Flow, session: &Session, stats: &[DriverStats]) {
    let tr = flow.tr;
    flow.gap(10.0);
    let heading = tr.tr("report-drivers-by-category");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 90.0);
    let column = |id: &str, share: f32, align: Align| Column::new(tr.tr(id), share, align);
    let columns = [
        column("report-column-number", 0.5, Align::Right),
        column("report-column-driver", 2.6, Align::Left),
        column("report-column-description", 3.9, Align::Left),
        column("report-column-uncertainty", 1.3, Align::Right),
        column("report-column-impact", 1.3, Align::Right),
        column("report-column-zone", 2.0, Align::Left),
    ];
    let drivers = &session.pestle.drivers;
    for category in Category::ALL {
        let rows: Vec<Vec<Cell>> = drivers
            .iter()
            .zip(stats)
            .enumerate()
            .filter(|(_, (d, _))| d.category == category)
            .map(|(i, (driver, s))| {
                vec![
                    Cell::new((i + 1).to_string(), Style::BODY),
                    Cell::new(driver.title.clone(), Style::STRONG),
                    Cell::new(driver.description.clone(), Style::BODY),
                    Cell::new(spread(tr, s.uncertainty), Style::BODY),
                    Cell::new(spread(tr, s.impact), Style::BODY),
                    Cell::new(
                        s.zone().map_or_else(
                            || tr.tr("report-not-scored"),
                            |z| matrix::zone_name(tr, z),
                        ),
                        Style::BODY,
                    ),
                ]
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        let colour = matrix::colour(category);
        let table = Table {
            columns: &columns,
            show_header: true,
            zebra: true,
        };
        let keep = table.opening_height(flow, &rows);
        let name = matrix::category_name(tr, category);
        flow.heading(&name, Style::H2.with_colour(colour), keep);
        table.draw(flow, &rows);
        flow.gap(6.0);
    }
}

/// The matrix on the left of a landscape page; the category key and the legend of
/// drivers whose labels did not fit on the right.
fn matrix_page(flow: &mut Flow, session: &Session, stats: &[DriverStats]) {
    let drivers = &session.pestle.drivers;
    let mut points = Vec::new();
    let mut unscored = Vec::new();
    for (i, (driver, s)) in drivers.iter().zip(stats).enumerate() {
        match (s.uncertainty, s.impact) {
            (Some(u), Some(im)) => points.push(MatrixPoint {
                number: i + 1,
                title: driver.title.clone(),
                category: driver.category,
                uncertainty: u.mean,
                impact: im.mean,
                disagreement: s.disagreement(),
            }),
            _ => unscored.push(format!("{}. {}", i + 1, driver.title)),
        }
    }
    // The strongest drivers get the first chance at a label.
    let mut order: Vec<usize> = (0..points.len()).collect();
    let combined = |p: &MatrixPoint| p.uncertainty + p.impact;
    order.sort_by(|&a, &b| {
        combined(&points[b])
            .partial_cmp(&combined(&points[a]))
            .unwrap_or(Ordering::Equal)
    });
    let area = flow.area();
    let top = flow.y + 14.0;
    let side = (area.bottom() - top - 30.0).min(area.w * 0.62);
    let plot = Rect::new(area.x + 22.0, top, side, side);
    let (fonts, tr) = (flow.fonts, flow.tr);
    let placed = matrix::place(fonts, tr, plot, &points, &order);
    matrix::draw(flow.page(), fonts, tr, plot, &points, &placed);

    let legend_x = plot.right() + 24.0;
    let legend_w = area.right() - legend_x;
    let key = Style::new(Face::Bold, 7.5, Colour::TEXT);
    let lh = key.line_height();
    let mut y = top;
    for category in Category::ALL {
        flow.page().shapes.push(Shape::Circle {
            centre: (legend_x + 4.0, y + lh / 2.0),
            radius: 3.5,
            fill: Some(matrix::colour(category)),
            stroke: None,
        });
        let rect = Rect::new(legend_x + 12.0, y, legend_w - 12.0, lh);
        let name = [matrix::category_name(tr, category)];
        draw_lines(flow.page(), fonts, &name, rect, key, lh, Align::Left);
        y += lh;
    }
    flow.y = y + 6.0;
    let ring = tr.tr("report-matrix-ring");
    flow.paragraph_at(&ring, Style::SMALL, legend_x, legend_w);
    let mut legend: Vec<String> = points
        .iter()
        .zip(&placed)
        .filter(|(_, at)| at.label.is_none())
        .map(|(p, _)| {
            tr.tr_args(
                "report-matrix-legend-entry",
                &[
                    ("number", p.number.into()),
                    ("driver", p.title.as_str().into()),
                    ("uncertainty", decimal(tr, p.uncertainty).into()),
                    ("impact", decimal(tr, p.impact).into()),
                ],
            )
        })
        .collect();
    if !unscored.is_empty() {
        legend.push(tr.tr_args(
            "report-matrix-not-scored",
            &[("drivers", unscored.join("; ").into())],
        ));
    }
    if legend.is_empty() {
        return;
    }
    let entry = Style::new(Face::Regular, 7.0, Colour::TEXT);
    let needed: Pt = legend
        .iter()
        .map(|e| wrap(e, legend_w, fonts, entry.face, entry.size).lines.len() as f32)
        .sum::<f32>()
        * entry.line_height();
    flow.y += 4.0;
    let intro = tr.tr("report-matrix-legend-intro");
    if needed + 2.0 * Style::SMALL.line_height() <= flow.remaining() {
        flow.paragraph_at(&intro, Style::SMALL, legend_x, legend_w);
        for line in &legend {
            flow.paragraph_at(line, entry, legend_x, legend_w);
        }
    } else {
        let later = tr.tr("report-matrix-legend-later");
        flow.paragraph_at(&later, Style::SMALL, legend_x, legend_w);
        flow.new_page();
        flow.heading(&tr.tr("report-matrix-legend"), Style::H2, 40.0);
        flow.paragraph(&intro, Style::SMALL);
        flow.y += 3.0;
        // Two columns, read down the first and then the second.
        let half = legend.len().div_ceil(2);
        let rows: Vec<Vec<Cell>> = (0..half)
            .map(|i| {
                let cell = |j: usize| Cell::new(legend.get(j).cloned().unwrap_or_default(), entry);
                vec![cell(i), cell(i + half)]
            })
            .collect();
        let columns = [
            Column::new("", 1.0, Align::Left),
            Column::new("", 1.0, Align::Left),
        ];
        let table = Table {
            columns: &columns,
            show_header: false,
            zebra: false,
        };
        table.draw(flow, &rows);
    }
}

/// One axis of the scenario matrix; `direction` is `horizontal` or `vertical`.
fn axis_section(flow: &mut Flow, session: &Session, direction: &str, axis: &Axis) {
    let tr = flow.tr;
    let pestle = &session.pestle;
    let subject = match axis.subject {
        AxisSubject::Driver(id) => pestle.driver(id).map(|d| d.title.clone()),
        AxisSubject::Group(id) => pestle.groups.iter().find(|g| g.id == id).map(|g| {
            let members: Vec<&str> = g
                .drivers
                .iter()
                .filter_map(|&d| pestle.driver(d))
                .map(|d| d.title.as_str())
                .collect();
            tr.tr_args(
                "report-axis-group",
                &[
                    ("group", g.name.as_str().into()),
                    ("drivers", members.join(", ").into()),
                ],
            )
        }),
    }
    .unwrap_or_else(|| tr.tr("report-axis-gone"));
    let heading = tr.tr_args(
        "report-axis-heading",
        &[("direction", direction.into()), ("subject", subject.into())],
    );
    flow.heading(&heading, Style::H2, 40.0);
    flow.paragraph(
        &tr.tr_args(
            "report-axis-poles",
            &[
                ("direction", direction.into()),
                ("low", axis.low_pole.as_str().into()),
                ("high", axis.high_pole.as_str().into()),
            ],
        ),
        Style::STRONG,
    );
    if !axis.rationale.is_empty() {
        flow.y += 3.0;
        flow.paragraph(&axis.rationale, Style::BODY);
    }
    flow.gap(8.0);
}
