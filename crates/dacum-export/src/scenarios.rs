//! The 2×2 scenario matrix on a landscape page — the poles of the two axes around
//! it, one box per quadrant with the scenario's name, its narrative (shrunk to fit)
//! and the codes of the tasks it requires — and then every scenario in full.

use super::chart_lists::list_title;
use super::flow::{Align, Flow, Style, draw_lines};
use super::metrics::FontSet;
use super::page::{Colour, Page, Rect, Stroke};
use super::typography::{Face, Pt};
use super::wrap::{Fit, fit, wrap};
use dacum_i18n::Catalogue;
use dacum_model::{Axis, Id, Quadrant, Scenario, Session};

const PAD: Pt = 7.0;
const NAME: Style = Style::new(Face::Bold, 11.0, Colour::ACCENT);
const POLES: Style = Style::new(Face::Regular, 7.5, Colour::MUTED);
const REQUIRES: Style = Style::new(Face::Regular, 7.5, Colour::TEXT);
const POLE: Style = Style::new(Face::Bold, 8.5, Colour::ACCENT);
/// Room around the grid for the poles of the axes.
const SIDE: Pt = 78.0;
const BAND: Pt = 16.0;
const GAP: Pt = 10.0;

/// What a linked element is, in words: "A-3 Conduct cell searches" or
/// "General knowledge and skills: First aid". `None` for a dangling link.
pub fn describe_link(
    tr: &Catalogue,
    session: &Session,
    id: Id,
) -> Option<(Option<String>, String)> {
    let chart = &session.chart;
    if let Some((d, t)) = chart.find_task(id) {
        let task = chart.duties.get(d)?.tasks.get(t)?;
        return Some((chart.code_of(id), task.statement.clone()));
    }
    if let Some((kind, i)) = chart.find_list_item(id) {
        let item = chart.list(kind).get(i)?;
        return Some((
            None,
            format!("{}: {}", list_title(tr, Some(kind)), item.text),
        ));
    }
    chart
        .acronyms
        .iter()
        .find(|a| a.id == id)
        .map(|a| (None, format!("{} ({})", a.term, a.meaning)))
}

/// "Drugs flood the wings · Every use of force reviewed": the poles of the axes
/// that make a quadrant.
pub fn quadrant_poles(session: &Session, quadrant: Quadrant) -> String {
    let axes = &session.pestle.axes;
    let pole = |axis: &Option<Axis>, high: bool| {
        axis.as_ref()
            .map(|a| {
                if high {
                    a.high_pole.clone()
                } else {
                    a.low_pole.clone()
                }
            })
            .filter(|p| !p.is_empty())
    };
    let (h_high, v_high) = match quadrant {
        Quadrant::TopRight => (true, true),
        Quadrant::TopLeft => (false, true),
        Quadrant::BottomLeft => (false, false),
        Quadrant::BottomRight => (true, false),
    };
    [pole(&axes.horizontal, h_high), pole(&axes.vertical, v_high)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The box of each quadrant in the grid area.
fn quadrant_rect(grid: Rect, quadrant: Quadrant) -> Rect {
    let w = (grid.w - GAP) / 2.0;
    let h = (grid.h - GAP) / 2.0;
    let (col, row) = match quadrant {
        Quadrant::TopLeft => (0.0, 0.0),
        Quadrant::TopRight => (1.0, 0.0),
        Quadrant::BottomLeft => (0.0, 1.0),
        Quadrant::BottomRight => (1.0, 1.0),
    };
    Rect::new(grid.x + col * (w + GAP), grid.y + row * (h + GAP), w, h)
}

/// The scenario matrix filling the flow's current (landscape) page.
pub fn scenario_grid(flow: &mut Flow, session: &Session) {
    let area = flow.area();
    let top = flow.y;
    let outer = Rect::new(area.x, top, area.w, area.bottom() - top);
    let grid = Rect::new(
        outer.x + SIDE,
        outer.y + BAND,
        outer.w - 2.0 * SIDE,
        outer.h - 2.0 * BAND,
    );
    let (fonts, tr) = (flow.fonts, flow.tr);
    let page = flow.page();
    axis_poles(page, fonts, outer, grid, session);
    for quadrant in Quadrant::ALL {
        let scenarios: Vec<&Scenario> = session
            .pestle
            .scenarios
            .iter()
            .filter(|s| s.quadrant == quadrant)
            .collect();
        let rect = quadrant_rect(grid, quadrant);
        quadrant_box(page, fonts, tr, session, rect, quadrant, &scenarios);
    }
    flow.y = outer.bottom();
}

fn axis_poles(page: &mut Page, fonts: &FontSet, outer: Rect, grid: Rect, session: &Session) {
    let axes = &session.pestle.axes;
    let mid = (grid.x + grid.w / 2.0, grid.y + grid.h / 2.0);
    let line = Stroke::solid(Colour::ACCENT, 1.2);
    page.line((grid.x - 6.0, mid.1), (grid.right() + 6.0, mid.1), line);
    page.line((mid.0, grid.y - 6.0), (mid.0, grid.bottom() + 6.0), line);
    let lh = POLE.line_height();
    let mut side_label = |text: &str, rect: Rect, align: Align| {
        let lines = wrap(text, rect.w, fonts, POLE.face, POLE.size).lines;
        let h = lines.len() as f32 * lh;
        let rect = Rect::new(rect.x, rect.y + (rect.h - h).max(0.0) / 2.0, rect.w, h);
        draw_lines(page, fonts, &lines, rect, POLE, lh, align);
    };
    if let Some(h) = &axes.horizontal {
        let width = SIDE - 8.0;
        side_label(
            &format!("← {}", h.low_pole),
            Rect::new(outer.x, grid.y, width, grid.h),
            Align::Right,
        );
        side_label(
            &format!("{} →", h.high_pole),
            Rect::new(grid.right() + 8.0, grid.y, width, grid.h),
            Align::Left,
        );
    }
    if let Some(v) = &axes.vertical {
        side_label(
            &format!("↑ {}", v.high_pole),
            Rect::new(grid.x, outer.y, grid.w, BAND - 2.0),
            Align::Centre,
        );
        side_label(
            &format!("↓ {}", v.low_pole),
            Rect::new(grid.x, grid.bottom() + 2.0, grid.w, BAND - 2.0),
            Align::Centre,
        );
    }
}

fn quadrant_box(
    page: &mut Page,
    fonts: &FontSet,
    tr: &Catalogue,
    session: &Session,
    rect: Rect,
    quadrant: Quadrant,
    scenarios: &[&Scenario],
) {
    page.rect(
        rect,
        Some(Colour::ACCENT_PALE.lighten(0.5)),
        Some(Stroke::solid(Colour::ACCENT, 0.8)),
    );
    let inner = rect.inset(PAD);
    let mut y = inner.y;
    let poles = quadrant_poles(session, quadrant);
    let put = |page: &mut Page, lines: &[String], style: Style, lh: Pt, y: &mut Pt| {
        let r = Rect::new(inner.x, *y, inner.w, lines.len() as f32 * lh);
        *y += draw_lines(page, fonts, lines, r, style, lh, Align::Left);
    };
    if !poles.is_empty() {
        let lines = wrap(&poles, inner.w, fonts, POLES.face, POLES.size).lines;
        put(page, &lines, POLES, POLES.line_height(), &mut y);
        y += 3.0;
    }
    if scenarios.is_empty() {
        let note = [tr.tr("report-no-scenario")];
        put(page, &note, POLES, POLES.line_height(), &mut y);
        return;
    }
    let share = (inner.bottom() - y) / scenarios.len() as f32;
    for scenario in scenarios {
        let bottom = (y + share).min(inner.bottom());
        let name = wrap(&scenario.name, inner.w, fonts, NAME.face, NAME.size).lines;
        put(page, &name, NAME, NAME.line_height(), &mut y);
        y += 2.0;
        // The competencies in full where they fit beside the narrative, else their
        // codes; the narrative itself shrinks to fit, and if even that fails it is
        // left to the full section after the matrix (the box cannot grow here).
        let lh = REQUIRES.line_height();
        let wrapped = |text: &str| wrap(text, inner.w, fonts, REQUIRES.face, REQUIRES.size).lines;
        let full: Vec<String> = links(tr, session, scenario)
            .iter()
            .flat_map(|l| wrapped(l))
            .collect();
        let short = wrapped(&requires(tr, session, scenario));
        let height = |lines: &[String]| {
            if lines.iter().all(std::string::String::is_empty) {
                0.0
            } else {
                lines.len() as f32 * lh + 4.0
            }
        };
        let mut heading = Vec::new();
        if !full.is_empty() {
            heading.push(tr.tr("report-competencies-required"));
            heading.extend(full);
        }
        let attempts = [(heading, 7.5), (short.clone(), 6.5)];
        let chosen = attempts.into_iter().find_map(|(lines, min_size)| {
            let room = (bottom - y - height(&lines)).max(0.0);
            let request = Fit {
                width: inner.w,
                height: room,
                face: Face::Regular,
                size: 10.0,
                min_size,
            };
            let narrative = fit(&scenario.narrative, fonts, request);
            (narrative.height <= room + 0.01).then_some((narrative, lines))
        });
        let requirements = match chosen {
            Some((narrative, lines)) => {
                let style = Style::new(Face::Regular, narrative.size, Colour::TEXT);
                put(page, &narrative.lines, style, narrative.line_height, &mut y);
                lines
            }
            None => {
                let note = [tr.tr("report-narrative-later")];
                put(page, &note, POLES, POLES.line_height(), &mut y);
                short
            }
        };
        if height(&requirements) > 0.0 {
            y += 4.0;
            put(page, &requirements, REQUIRES, lh, &mut y);
        }
        y = y.max(bottom);
    }
}

/// The competencies a scenario links to, one line of text each.
fn links(tr: &Catalogue, session: &Session, scenario: &Scenario) -> Vec<String> {
    scenario
        .links
        .iter()
        .filter_map(|&id| describe_link(tr, session, id))
        .map(|(code, text)| match code {
            Some(code) => format!("{code}  {text}"),
            None => text,
        })
        .collect()
}

/// "Requires: A-3, C-2 and 2 other competencies".
fn requires(tr: &Catalogue, session: &Session, scenario: &Scenario) -> String {
    let links: Vec<(Option<String>, String)> = scenario
        .links
        .iter()
        .filter_map(|&id| describe_link(tr, session, id))
        .collect();
    if links.is_empty() {
        return String::new();
    }
    let codes: Vec<&str> = links.iter().filter_map(|(c, _)| c.as_deref()).collect();
    let others = links.len() - codes.len();
    let codes = codes.join(", ");
    let what = if others == 0 {
        codes
    } else {
        let items = tr.tr_args("report-requires-items", &[("count", others.into())]);
        if codes.is_empty() {
            items
        } else {
            tr.tr_args(
                "report-and",
                &[("first", codes.into()), ("last", items.into())],
            )
        }
    };
    tr.tr_args("report-requires", &[("what", what.into())])
}

/// Every scenario in full: name, quadrant, narrative and the competencies it needs.
pub fn scenario_details(flow: &mut Flow, session: &Session) {
    for quadrant in Quadrant::ALL {
        for scenario in session
            .pestle
            .scenarios
            .iter()
            .filter(|s| s.quadrant == quadrant)
        {
            flow.heading(&scenario.name, Style::H2, 40.0);
            let poles = quadrant_poles(session, quadrant);
            if !poles.is_empty() {
                flow.paragraph(&poles, Style::SMALL);
                flow.y += 3.0;
            }
            flow.paragraph(&scenario.narrative, Style::BODY);
            let links = links(flow.tr, session, scenario);
            if !links.is_empty() {
                flow.y += 4.0;
                flow.paragraph(&flow.tr.tr("report-future-requires"), Style::STRONG);
                flow.bullets(&links, Style::BODY);
            }
            flow.gap(8.0);
        }
    }
}
