//! The PESTLE and scenario report: the drivers by category with their mean
//! uncertainty and impact and the spread of the votes; the uncertainty–impact
//! matrix on a landscape page; the 2×2 scenario matrix on the next landscape page;
//! then the chosen axes with their poles and rationale and every scenario in full.

use std::cmp::Ordering;

use super::chart::occupation;
use super::flow::{Align, Flow, Style, draw_lines};
use super::matrix::{self, MatrixPoint};
use super::metrics::FontSet;
use super::page::{Colour, Layout, Rect, Shape};
use super::scenarios::{scenario_details, scenario_grid};
use super::table::{Cell, Column, Table};
use super::title_block::{title_block, workshop_facts};
use super::typography::{Face, Pt};
use super::wrap::wrap;
use dacum_model::pestle_stats::DriverStats;
use dacum_model::verification::Summary;
use dacum_model::{Axis, AxisSubject, Category, Session};

/// Page sizes of the report: portrait for text, landscape for the two matrices.
#[derive(Clone, Copy)]
pub struct Pages {
    pub portrait: (Pt, Pt),
    pub landscape: (Pt, Pt),
}

pub fn pestle_report(
    fonts: &FontSet,
    layout: &mut Layout,
    session: &Session,
    pages: Pages,
    include_names: bool,
) {
    let occupation = occupation(session);
    let header = format!("PESTLE and scenario report — {occupation}");
    let mut flow = Flow::new(fonts, layout, pages.portrait, &header);
    flow.bookmark("PESTLE and scenario report", 0);
    let subtitle = format!("Drivers of change and scenarios for {occupation}");
    title_block(
        &mut flow,
        &occupation,
        &subtitle,
        &workshop_facts(&session.meta),
    );
    flow.paragraph(&introduction(session, include_names), Style::BODY);
    let pestle = &session.pestle;
    if pestle.drivers.is_empty() {
        return;
    }
    let stats = pestle.driver_stats();
    drivers_by_category(&mut flow, session, &stats);

    flow.new_page_sized(pages.landscape);
    flow.bookmark("Uncertainty–impact matrix", 1);
    flow.heading("Uncertainty–impact matrix", Style::H1, 200.0);
    matrix_page(&mut flow, session, &stats);

    // Both matrices on landscape pages one after the other, then the text on
    // portrait pages: the axes, then the scenarios in full. (Text between the two
    // landscape pages would leave a mostly empty portrait page.)
    if !pestle.scenarios.is_empty() {
        flow.new_page_sized(pages.landscape);
        flow.bookmark("Scenario matrix", 1);
        flow.heading("Scenario matrix", Style::H1, 200.0);
        scenario_grid(&mut flow, session);
    }
    flow.new_page_sized(pages.portrait);
    flow.bookmark("Axes of uncertainty", 1);
    flow.heading("Axes of uncertainty", Style::H1, 60.0);
    let axes = &pestle.axes;
    if axes.horizontal.is_none() && axes.vertical.is_none() {
        flow.paragraph("No axes have been chosen yet.", Style::BODY);
    }
    for (name, axis, ends) in [
        ("Horizontal axis", &axes.horizontal, ("left", "right")),
        ("Vertical axis", &axes.vertical, ("bottom", "top")),
    ] {
        if let Some(axis) = axis {
            axis_section(&mut flow, session, name, axis, ends);
        }
    }
    if !pestle.scenarios.is_empty() {
        flow.gap(10.0);
        flow.bookmark("Scenarios in full", 1);
        flow.heading("Scenarios in full", Style::H1, 60.0);
        scenario_details(&mut flow, session);
    }
}

fn introduction(session: &Session, include_names: bool) -> String {
    let pestle = &session.pestle;
    if pestle.drivers.is_empty() {
        return "No drivers of change have been mapped in this session.".to_owned();
    }
    let mut text = format!(
        "{} participants scored {} drivers of change for uncertainty (how unpredictable the \
         driver's future is) and impact (how strongly it would change the job), each on a scale \
         of 1 to 5. Every vote is kept: the tables show the mean and the standard deviation, \
         and a ▲ marks drivers on which the participants disagree strongly.",
        pestle.participants.len(),
        pestle.drivers.len()
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
        text.push_str(&format!(" Participants: {}.", names.join("; ")));
    } else {
        text.push_str(" The participants' names are withheld in this copy.");
    }
    text
}

fn score(summary: Option<Summary>) -> String {
    match summary {
        None => "—".to_owned(),
        Some(s) => {
            let flag = if s.disagreement() { " ▲" } else { "" };
            format!("{:.1} ±{:.1}{flag}", s.mean, s.std_dev)
        }
    }
}

fn drivers_by_category(flow: &mut Flow, session: &Session, stats: &[DriverStats]) {
    flow.gap(10.0);
    flow.bookmark("Drivers by category", 1);
    flow.heading("Drivers by category", Style::H1, 90.0);
    let columns = [
        Column::new("No.", 0.5, Align::Right),
        Column::new("Driver", 2.6, Align::Left),
        Column::new("Description", 3.9, Align::Left),
        Column::new("Uncertainty", 1.3, Align::Right),
        Column::new("Impact", 1.3, Align::Right),
        Column::new("Zone", 2.0, Align::Left),
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
                    Cell::new(score(s.uncertainty), Style::BODY),
                    Cell::new(score(s.impact), Style::BODY),
                    Cell::new(s.zone().map_or("Not scored", |z| z.name()), Style::BODY),
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
        flow.heading(category.name(), Style::H2.with_colour(colour), keep);
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
    let fonts = flow.fonts;
    let placed = matrix::place(fonts, plot, &points, &order);
    matrix::draw(flow.page(), fonts, plot, &points, &placed);

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
        let name = [category.name().to_owned()];
        draw_lines(flow.page(), fonts, &name, rect, key, lh, Align::Left);
        y += lh;
    }
    flow.y = y + 6.0;
    let ring = "A ring around a dot marks strong disagreement among the participants.";
    flow.paragraph_at(ring, Style::SMALL, legend_x, legend_w);
    let mut legend: Vec<String> = points
        .iter()
        .zip(&placed)
        .filter(|(_, at)| at.label.is_none())
        .map(|(p, _)| {
            format!(
                "{}. {} (U {:.1}, I {:.1})",
                p.number, p.title, p.uncertainty, p.impact
            )
        })
        .collect();
    if !unscored.is_empty() {
        legend.push(format!("Not scored yet: {}", unscored.join("; ")));
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
    let intro = "Drivers whose names did not fit beside their dot:";
    if needed + 2.0 * Style::SMALL.line_height() <= flow.remaining() {
        flow.paragraph_at(intro, Style::SMALL, legend_x, legend_w);
        for line in &legend {
            flow.paragraph_at(line, entry, legend_x, legend_w);
        }
    } else {
        let later =
            "The drivers whose names did not fit beside their dot are listed on the next page.";
        flow.paragraph_at(later, Style::SMALL, legend_x, legend_w);
        flow.new_page();
        flow.heading("Legend of the uncertainty–impact matrix", Style::H2, 40.0);
        flow.paragraph(intro, Style::SMALL);
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

fn axis_section(flow: &mut Flow, session: &Session, name: &str, axis: &Axis, ends: (&str, &str)) {
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
            format!("{} (related drivers: {})", g.name, members.join(", "))
        }),
    }
    .unwrap_or_else(|| "a driver that is no longer in the session".to_owned());
    flow.heading(&format!("{name}: {subject}"), Style::H2, 40.0);
    flow.paragraph(
        &format!(
            "From “{}” ({}) to “{}” ({}).",
            axis.low_pole, ends.0, axis.high_pole, ends.1
        ),
        Style::STRONG,
    );
    if !axis.rationale.is_empty() {
        flow.y += 3.0;
        flow.paragraph(&axis.rationale, Style::BODY);
    }
    flow.gap(8.0);
}
