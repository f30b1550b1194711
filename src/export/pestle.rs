//! The PESTLE and scenario report (portrait, with a landscape page for the 2×2
//! matrix): the drivers by category with their mean scores and spread, the
//! uncertainty–impact matrix as vector graphics with numbered dots and a legend,
//! the chosen axes with poles and rationale, the scenario matrix, and every
//! scenario in full with the competencies it needs.

use super::common::{self, Context, tint};
use super::fonts::{Weight, line_height, text_width};
use super::layout::{GREY, INK, Item, RULE, Rgb, Sheet, WHITE, text_items};
use super::text::{block_height, fit, wrap};
use crate::model::pestle_stats::{DriverStats, MIDPOINT};
use crate::model::{Axis, AxisSubject, Category, Driver, Pestle, Quadrant, Session};

const SIZE: f32 = 9.0;

/// A driver with its number in the report (the table and the matrix share it).
struct Numbered<'a> {
    number: usize,
    driver: &'a Driver,
    stats: DriverStats,
}

fn numbered(pestle: &Pestle) -> Vec<Numbered<'_>> {
    let mut drivers: Vec<&Driver> = pestle.drivers.iter().collect();
    drivers.sort_by_key(|d| d.category);
    drivers
        .into_iter()
        .enumerate()
        .map(|(i, driver)| Numbered {
            number: i + 1,
            driver,
            stats: pestle.stats_of(driver.id),
        })
        .collect()
}

pub fn lay_out(session: &Session, context: &Context, sheet: &mut Sheet) {
    let pestle = &session.pestle;
    common::title_block(session, context, "PESTLE and scenario report:", sheet);
    sheet.bookmark("PESTLE and scenarios");
    sheet.paragraph(
        &format!(
            "{} drivers in six categories (political, economic, social, technological, legal, environmental), scored by {} participants for uncertainty and impact on a scale of 1 to 5. Figures are means; ± is the standard deviation of the participants' scores.",
            pestle.drivers.len(),
            pestle.participants.len()
        ),
        9.5,
        Weight::Regular,
        INK,
    );
    let drivers = numbered(pestle);
    driver_tables(&drivers, sheet);
    sheet.new_page();
    matrix(&drivers, sheet);
    axes(pestle, sheet);
    scenario_grid(session, sheet);
    scenarios_in_full(session, sheet);
    participants(session, context, sheet);
}

fn mean_sd(summary: Option<crate::model::verification::Summary>) -> String {
    summary.map_or_else(
        || "–".to_owned(),
        |s| format!("{:.1} ±{:.1}", s.mean, s.std_dev),
    )
}

fn driver_tables(drivers: &[Numbered<'_>], sheet: &mut Sheet) {
    sheet.heading("Drivers by category", 14.0, 60.0, true);
    let figures = [("Uncertainty", 70.0), ("Impact", 70.0), ("Combined", 56.0)];
    let figure_width: f32 = figures.iter().map(|f| f.1).sum();
    for category in Category::ALL {
        let in_category: Vec<&Numbered<'_>> = drivers
            .iter()
            .filter(|n| n.driver.category == category)
            .collect();
        if in_category.is_empty() {
            continue;
        }
        sheet.heading(category.name(), 12.0, 40.0, false);
        let (left, y) = (sheet.left(), sheet.y - 14.0);
        sheet.push(Item::Rect {
            x: left - 12.0,
            y,
            w: 8.0,
            h: 8.0,
            fill: Some(category.rgb()),
            stroke: None,
        });
        let mut x = left + sheet.width() - figure_width;
        for (name, width) in figures {
            let w = text_width(name, 8.0, Weight::Bold);
            let top = sheet.y;
            for item in text_items(
                x + width - w,
                top,
                &[name.to_owned()],
                8.0,
                Weight::Bold,
                GREY,
            ) {
                sheet.push(item);
            }
            x += width;
        }
        sheet.y += line_height(8.0) + 3.0;
        for n in in_category {
            let title = format!("{}. {}", n.number, n.driver.title);
            let text_width_room = sheet.width() - figure_width - 8.0;
            let title_lines = wrap(&title, text_width_room, SIZE, Weight::Bold);
            let description = wrap(&n.driver.description, text_width_room, 8.5, Weight::Regular);
            let height =
                block_height(title_lines.len(), SIZE) + block_height(description.len(), 8.5) + 6.0;
            sheet.ensure(height);
            let (left, top) = (sheet.left(), sheet.y + 2.0);
            let below = top + block_height(title_lines.len(), SIZE) + 1.0;
            let mut items = text_items(left, top, &title_lines, SIZE, Weight::Bold, INK);
            items.extend(text_items(
                left,
                below,
                &description,
                8.5,
                Weight::Regular,
                GREY,
            ));
            let values = [
                mean_sd(n.stats.uncertainty),
                mean_sd(n.stats.impact),
                common::score(n.stats.combined()),
            ];
            let mut x = left + sheet.width() - figure_width;
            for ((_, width), value) in figures.iter().zip(values) {
                let w = text_width(&value, SIZE, Weight::Regular);
                items.extend(text_items(
                    x + width - w,
                    top,
                    &[value],
                    SIZE,
                    Weight::Regular,
                    INK,
                ));
                x += width;
            }
            for item in items {
                sheet.push(item);
            }
            let bottom = sheet.y + height;
            sheet.push(Item::Line {
                from: (left, bottom),
                to: (left + sheet.width(), bottom),
                colour: RULE,
                width: 0.4,
            });
            sheet.y = bottom;
        }
        sheet.space(6.0);
    }
}

/// The uncertainty–impact matrix: the 1–5 square with its three zones, every
/// scored driver as a numbered dot in its category colour (a ring marks strong
/// disagreement), and a legend. Numbers instead of labels never collide.
fn matrix(drivers: &[Numbered<'_>], sheet: &mut Sheet) {
    sheet.heading("The uncertainty–impact matrix", 14.0, 300.0, true);
    let side = (sheet.width() - 40.0)
        .min(sheet.bottom() - sheet.y - 150.0)
        .max(220.0);
    let left = sheet.left() + 34.0;
    let top = sheet.y + 16.0;
    let to_x = |u: f64| left + ((u - 1.0) / 4.0) as f32 * side;
    let to_y = |i: f64| top + side - ((i - 1.0) / 4.0) as f32 * side;
    let mid = (to_x(MIDPOINT), to_y(MIDPOINT));
    let zones: [(f32, f32, f32, f32, Rgb, &str); 3] = [
        (
            left,
            top,
            mid.0 - left,
            mid.1 - top,
            [0xdc, 0xe6, 0xf2],
            "Predetermined elements",
        ),
        (
            mid.0,
            top,
            left + side - mid.0,
            mid.1 - top,
            [0xf6, 0xdc, 0xd8],
            "Critical uncertainties",
        ),
        (
            left,
            mid.1,
            side,
            top + side - mid.1,
            [0xee, 0xee, 0xee],
            "Secondary drivers",
        ),
    ];
    for (x, y, w, h, fill, name) in zones {
        sheet.push(Item::Rect {
            x,
            y,
            w,
            h,
            fill: Some(fill),
            stroke: None,
        });
        let label_x = if name.starts_with("Critical") {
            x + w - text_width(name, 8.5, Weight::Bold) - 4.0
        } else {
            x + 4.0
        };
        let label_y = if name.starts_with("Secondary") {
            y + h - 14.0
        } else {
            y + 4.0
        };
        for item in text_items(
            label_x,
            label_y,
            &[name.to_owned()],
            8.5,
            Weight::Bold,
            GREY,
        ) {
            sheet.push(item);
        }
    }
    for step in 1..=5 {
        let v = f64::from(step);
        let (x, y) = (to_x(v), to_y(v));
        let colour = if step == 3 { GREY } else { RULE };
        sheet.push(Item::Line {
            from: (x, top),
            to: (x, top + side),
            colour,
            width: 0.5,
        });
        sheet.push(Item::Line {
            from: (left, y),
            to: (left + side, y),
            colour,
            width: 0.5,
        });
        let label = step.to_string();
        for item in text_items(
            x - 2.5,
            top + side + 3.0,
            std::slice::from_ref(&label),
            8.0,
            Weight::Regular,
            GREY,
        ) {
            sheet.push(item);
        }
        for item in text_items(left - 12.0, y - 5.0, &[label], 8.0, Weight::Regular, GREY) {
            sheet.push(item);
        }
    }
    sheet.push(Item::Rect {
        x: left,
        y: top,
        w: side,
        h: side,
        fill: None,
        stroke: Some(INK),
    });
    let axis_x = "Uncertainty (higher to the right)";
    let w = text_width(axis_x, 9.0, Weight::Bold);
    for item in text_items(
        left + (side - w) / 2.0,
        top + side + 14.0,
        &[axis_x.to_owned()],
        9.0,
        Weight::Bold,
        INK,
    ) {
        sheet.push(item);
    }
    for item in text_items(
        left - 34.0,
        top - 14.0,
        &["Impact (higher to the top)".to_owned()],
        9.0,
        Weight::Bold,
        INK,
    ) {
        sheet.push(item);
    }
    let radius = 7.0;
    let mut placed: Vec<(f32, f32)> = Vec::new();
    for n in drivers {
        let (Some(u), Some(i)) = (n.stats.uncertainty, n.stats.impact) else {
            continue;
        };
        let exact = (to_x(u.mean), to_y(i.mean));
        let centre = free_spot(exact, radius, &placed);
        placed.push(centre);
        if centre != exact {
            sheet.push(Item::Line {
                from: exact,
                to: centre,
                colour: INK,
                width: 0.5,
            });
            sheet.push(Item::Dot {
                centre: exact,
                radius: 1.2,
                fill: INK,
                stroke: None,
            });
        }
        let ring = n.stats.disagreement().then_some(INK);
        sheet.push(Item::Dot {
            centre,
            radius,
            fill: n.driver.category.rgb(),
            stroke: ring,
        });
        let label = n.number.to_string();
        let w = text_width(&label, 7.0, Weight::Bold);
        let text = text_items(
            centre.0 - w / 2.0,
            centre.1 - line_height(7.0) / 2.0,
            &[label],
            7.0,
            Weight::Bold,
            WHITE,
        );
        for item in text {
            sheet.push(item);
        }
    }
    sheet.y = top + side + 32.0;
    legend(drivers, sheet);
}

/// Where a dot of `radius` can go near `exact` without covering a dot already
/// placed: the spot itself, or the first free one on rings around it (a leader
/// line then points to the exact position).
fn free_spot(exact: (f32, f32), radius: f32, placed: &[(f32, f32)]) -> (f32, f32) {
    let free = |p: (f32, f32)| {
        placed
            .iter()
            .all(|q| (p.0 - q.0).hypot(p.1 - q.1) >= 2.0 * radius + 1.0)
    };
    if free(exact) {
        return exact;
    }
    for ring in 1..=4 {
        let distance = ring as f32 * 2.2 * radius;
        let steps = 6 * ring;
        for step in 0..steps {
            let angle = std::f32::consts::TAU * step as f32 / steps as f32;
            let spot = (
                exact.0 + distance * angle.cos(),
                exact.1 + distance * angle.sin(),
            );
            if free(spot) {
                return spot;
            }
        }
    }
    exact
}

/// Number, colour and title of every driver in two columns; unscored drivers
/// are named apart.
fn legend(drivers: &[Numbered<'_>], sheet: &mut Sheet) {
    let column = (sheet.width() - 12.0) / 2.0;
    let scored: Vec<&Numbered<'_>> = drivers
        .iter()
        .filter(|n| n.stats.combined().is_some())
        .collect();
    for pair in scored.chunks(2) {
        let blocks: Vec<Vec<String>> = pair
            .iter()
            .map(|n| {
                let mark = if n.stats.disagreement() {
                    " (participants disagree)"
                } else {
                    ""
                };
                wrap(
                    &format!("{}. {}{mark}", n.number, n.driver.title),
                    column - 14.0,
                    8.5,
                    Weight::Regular,
                )
            })
            .collect();
        let height = blocks
            .iter()
            .map(|b| block_height(b.len(), 8.5))
            .fold(0.0, f32::max)
            + 3.0;
        sheet.ensure(height);
        for (k, (n, lines)) in pair.iter().zip(&blocks).enumerate() {
            let x = sheet.left() + k as f32 * (column + 12.0);
            let y = sheet.y;
            sheet.push(Item::Dot {
                centre: (x + 4.0, y + 5.0),
                radius: 4.0,
                fill: n.driver.category.rgb(),
                stroke: None,
            });
            for item in text_items(x + 12.0, y, lines, 8.5, Weight::Regular, INK) {
                sheet.push(item);
            }
        }
        sheet.y += height;
    }
    let unscored: Vec<&str> = drivers
        .iter()
        .filter(|n| n.stats.combined().is_none())
        .map(|n| n.driver.title.as_str())
        .collect();
    if !unscored.is_empty() {
        sheet.paragraph(
            &format!("Not yet scored: {}", unscored.join(", ")),
            8.5,
            Weight::Regular,
            GREY,
        );
    }
    sheet.space(8.0);
}

fn subject_name(pestle: &Pestle, subject: AxisSubject) -> String {
    match subject {
        AxisSubject::Driver(id) => pestle
            .driver(id)
            .map_or_else(|| "a missing driver".to_owned(), |d| d.title.clone()),
        AxisSubject::Group(id) => pestle.groups.iter().find(|g| g.id == id).map_or_else(
            || "a missing group".to_owned(),
            |g| format!("{} (related drivers)", g.name),
        ),
    }
}

fn axes(pestle: &Pestle, sheet: &mut Sheet) {
    sheet.heading("The axes of uncertainty", 14.0, 80.0, true);
    let chosen = [
        ("Horizontal axis", &pestle.axes.horizontal),
        ("Vertical axis", &pestle.axes.vertical),
    ];
    if chosen.iter().all(|(_, a)| a.is_none()) {
        sheet.paragraph(
            "The axes have not been chosen yet.",
            9.5,
            Weight::Regular,
            GREY,
        );
        return;
    }
    for (name, axis) in chosen {
        let Some(axis) = axis else {
            sheet.paragraph(
                &format!("{name}: not chosen yet."),
                9.5,
                Weight::Regular,
                GREY,
            );
            continue;
        };
        sheet.paragraph(
            &format!("{name}: {}", subject_name(pestle, axis.subject)),
            11.0,
            Weight::Bold,
            INK,
        );
        sheet.paragraph(
            &format!("From “{}” to “{}”.", pole(axis, false), pole(axis, true)),
            9.5,
            Weight::Regular,
            INK,
        );
        if !axis.rationale.trim().is_empty() {
            sheet.paragraph(&axis.rationale, 9.5, Weight::Regular, GREY);
        }
        sheet.space(4.0);
    }
}

fn pole(axis: &Axis, high: bool) -> &str {
    let pole = axis.pole(high).trim();
    if pole.is_empty() {
        "(pole not named)"
    } else {
        pole
    }
}

/// The 2×2 on a landscape page of its own: each quadrant named from its poles,
/// with its scenario's name, narrative (cut short with a pointer to the full
/// text when it does not fit) and the codes of its competencies.
fn scenario_grid(session: &Session, sheet: &mut Sheet) {
    let pestle = &session.pestle;
    if pestle.scenarios.is_empty() {
        return;
    }
    sheet.turn_landscape();
    sheet.heading("The scenario matrix", 14.0, 300.0, true);
    let axes = &pestle.axes;
    // Room around the 2×2 for the poles: above and below for the vertical axis,
    // left and right (wrapped) for the horizontal one.
    let band = 16.0;
    let side = 86.0;
    let left = sheet.left() + side;
    let top = sheet.y + band;
    let width = sheet.width() - 2.0 * side;
    let height = sheet.bottom() - top - band;
    let (cell_w, cell_h) = (width / 2.0 - 3.0, height / 2.0 - 3.0);
    let edge =
        |axis: &Option<Axis>, high: bool| axis.as_ref().map_or("", |a| pole(a, high)).to_owned();
    for (high, y) in [(true, top - band + 2.0), (false, top + height + 3.0)] {
        let text = edge(&axes.vertical, high);
        let w = text_width(&text, 9.0, Weight::Bold);
        for item in text_items(left + (width - w) / 2.0, y, &[text], 9.0, Weight::Bold, INK) {
            sheet.push(item);
        }
    }
    for (high, x) in [(false, sheet.left()), (true, left + width + 6.0)] {
        let lines = wrap(&edge(&axes.horizontal, high), side - 8.0, 9.0, Weight::Bold);
        let y = top + (height - block_height(lines.len(), 9.0)) / 2.0;
        for item in text_items(x, y, &lines, 9.0, Weight::Bold, INK) {
            sheet.push(item);
        }
    }
    for quadrant in Quadrant::ALL {
        let (right, upper) = quadrant.at_high_poles();
        let x = left + if right { width / 2.0 + 3.0 } else { 0.0 };
        let y = top + if upper { 0.0 } else { height / 2.0 + 3.0 };
        sheet.push(Item::Rect {
            x,
            y,
            w: cell_w,
            h: cell_h,
            fill: Some(tint([0x56, 0x6b, 0x86], 0.08)),
            stroke: Some(GREY),
        });
        quadrant_cell(
            session,
            quadrant,
            (x + 6.0, y + 6.0, cell_w - 12.0, cell_h - 12.0),
            sheet,
        );
    }
    sheet.y = top + height + band;
    sheet.turn_portrait();
}

fn quadrant_cell(
    session: &Session,
    quadrant: Quadrant,
    (x, y, w, h): (f32, f32, f32, f32),
    sheet: &mut Sheet,
) {
    let pestle = &session.pestle;
    let name = pestle.axes.quadrant_name(quadrant);
    let mut items = Vec::new();
    let head = wrap(&name, w, 8.5, Weight::Regular);
    items.extend(text_items(x, y, &head, 8.5, Weight::Regular, GREY));
    let mut top = y + block_height(head.len(), 8.5) + 4.0;
    let scenario = pestle.scenarios.iter().find(|s| s.quadrant == quadrant);
    if let Some(scenario) = scenario {
        let title = wrap(&scenario.name, w, 13.0, Weight::Bold);
        items.extend(text_items(x, top, &title, 13.0, Weight::Bold, INK));
        top += block_height(title.len(), 13.0) + 4.0;
        let codes: Vec<String> = scenario
            .links
            .iter()
            .filter_map(|&id| session.chart.competency(id).map(|c| c.code))
            .collect();
        let codes = if codes.is_empty() {
            Vec::new()
        } else {
            wrap(
                &format!("Competencies: {}", codes.join(", ")),
                w,
                8.5,
                Weight::Bold,
            )
        };
        let codes_height = block_height(codes.len(), 8.5);
        let room = (y + h - top - codes_height - 4.0).max(0.0);
        let mut narrative = fit(&scenario.narrative, w, room, 9.0, 7.0, Weight::Regular);
        if narrative.height > room {
            // Keep the lines that fit and point to the full text further on.
            let step = line_height(narrative.size) * super::text::LEADING;
            let keep = (((room - line_height(narrative.size)) / step).floor() as usize + 1)
                .saturating_sub(1);
            narrative.lines.truncate(keep);
            narrative
                .lines
                .push("… (the full text follows the matrix)".to_owned());
        }
        items.extend(text_items(
            x,
            top,
            &narrative.lines,
            narrative.size,
            Weight::Regular,
            INK,
        ));
        items.extend(text_items(
            x,
            y + h - codes_height,
            &codes,
            8.5,
            Weight::Bold,
            GREY,
        ));
    } else {
        items.extend(text_items(
            x,
            top,
            &["No scenario yet.".to_owned()],
            9.0,
            Weight::Regular,
            GREY,
        ));
    }
    for item in items {
        sheet.push(item);
    }
}

fn scenarios_in_full(session: &Session, sheet: &mut Sheet) {
    let pestle = &session.pestle;
    if pestle.scenarios.is_empty() {
        return;
    }
    sheet.heading("The scenarios in full", 14.0, 80.0, true);
    for quadrant in Quadrant::ALL {
        for scenario in pestle.scenarios.iter().filter(|s| s.quadrant == quadrant) {
            sheet.heading(&scenario.name, 12.0, 40.0, false);
            sheet.paragraph(
                &pestle.axes.quadrant_name(quadrant),
                8.5,
                Weight::Regular,
                GREY,
            );
            sheet.paragraph(&scenario.narrative, 9.5, Weight::Regular, INK);
            if !scenario.links.is_empty() {
                sheet.paragraph("Competencies this future needs", 9.5, Weight::Bold, INK);
                for &link in &scenario.links {
                    let line = session.chart.competency(link).map_or_else(
                        || "(a task or item no longer in the chart)".to_owned(),
                        |c| format!("{}  {}", c.code, c.text),
                    );
                    sheet.paragraph(&line, 9.0, Weight::Regular, INK);
                }
            }
            sheet.space(6.0);
        }
    }
}

/// The participants by name, or only their number and countries.
fn participants(session: &Session, context: &Context, sheet: &mut Sheet) {
    let people = &session.pestle.participants;
    if people.is_empty() {
        return;
    }
    sheet.heading("Participants", 12.0, 40.0, true);
    if context.include_names {
        for p in people {
            let details: Vec<&str> = [p.organisation.as_str(), p.country.as_str()]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect();
            let line = if details.is_empty() {
                p.name.clone()
            } else {
                format!("{} — {}", p.name, details.join(", "))
            };
            sheet.paragraph(&line, 9.0, Weight::Regular, INK);
        }
    } else {
        let mut countries: Vec<&str> = people
            .iter()
            .map(|p| p.country.trim())
            .filter(|c| !c.is_empty())
            .collect();
        countries.sort_unstable();
        countries.dedup();
        sheet.paragraph(
            &format!(
                "{} participants from {} (names left out of this copy).",
                people.len(),
                countries.join(", ")
            ),
            9.0,
            Weight::Regular,
            INK,
        );
    }
}
