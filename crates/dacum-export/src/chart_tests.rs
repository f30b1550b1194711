//! Geometry of the chart without any PDF: where the boxes go and how the duties
//! break over pages, checked on the large generated session with real and with
//! uniform font metrics.

use super::chart::{ChartGeometry, chart_report};
use super::flow::content_area;
use super::metrics::FontSet;
use super::page::{Colour, Layout, Rect, Shape};
use super::{Paper, fonts::fonts};
use dacum_i18n::{Catalogue, Language};
use dacum_model::generated::large_session;
use dacum_model::{Duty, Session, Task, duty_code, task_code};

fn chart(session: &Session, paper: Paper, fonts: &FontSet) -> Layout {
    let mut layout = Layout::default();
    let english = Catalogue::new(Language::English);
    chart_report(
        fonts,
        &english,
        &mut layout,
        session,
        paper.landscape(),
        true,
    );
    layout
}

/// Rectangles of one fill on a page: white task boxes, pale duty boxes.
fn boxes(layout: &Layout, page: usize, colour: Colour) -> Vec<Rect> {
    layout.pages[page]
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Rect {
                rect,
                fill: Some(fill),
                ..
            } if *fill == colour => Some(*rect),
            _ => None,
        })
        .collect()
}

#[test]
fn boxes_sit_inside_the_printed_area_and_never_overlap() {
    let session = large_session();
    let real = &fonts().expect("fonts").metrics;
    for paper in Paper::ALL {
        for metrics in [real, &FontSet::uniform(0.6)] {
            let layout = chart(&session, paper, metrics);
            let (w, h) = paper.landscape();
            let area = content_area(w, h);
            for page in 0..layout.pages.len() {
                let mut all = boxes(&layout, page, Colour::WHITE);
                all.extend(boxes(&layout, page, Colour::ACCENT_PALE));
                for (i, a) in all.iter().enumerate() {
                    assert!(area.contains(a), "{paper:?} page {page}: {a:?}");
                    for b in &all[i + 1..] {
                        assert!(!a.overlaps(b), "{paper:?} page {page}: {a:?} {b:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn every_task_appears_once_with_its_code_and_a_box() {
    let session = large_session();
    let layout = chart(&session, Paper::A4, &fonts().expect("fonts").metrics);
    let text = layout.text();
    let lines: Vec<&str> = text.lines().collect();
    for (d, duty) in session.chart.duties.iter().enumerate() {
        for t in 0..duty.tasks.len() {
            let code = task_code(d, t);
            assert_eq!(lines.iter().filter(|l| **l == code).count(), 1, "{code}");
        }
    }
    let task_boxes: usize = (0..layout.pages.len())
        .map(|p| boxes(&layout, p, Colour::WHITE).len())
        .sum();
    assert_eq!(task_boxes, 240);
}

#[test]
fn a_duty_continued_on_the_next_page_repeats_its_box_and_keeps_two_rows_each_side() {
    let session = large_session();
    let fonts = &fonts().expect("fonts").metrics;
    let layout = chart(&session, Paper::A4, fonts);
    let geometry = ChartGeometry::new(content_area(841.89, 595.28).w);
    let mut continued = 0;
    for (index, page) in layout.pages.iter().enumerate() {
        let has = |text: &str| page.texts.iter().any(|t| t.text == text);
        for d in 0..session.chart.duties.len() {
            let code = duty_code(d);
            // Rows of this duty on this page: the distinct tops of its task boxes.
            let mut tops: Vec<i32> = page
                .texts
                .iter()
                .filter(|t| t.text.starts_with(&format!("{code}-")) && t.size == 7.0)
                .map(|t| t.bounds.y.round() as i32)
                .collect();
            tops.dedup();
            if tops.is_empty() {
                continue;
            }
            let rows = (session.chart.duties[d].tasks.len()).div_ceil(geometry.columns);
            if tops.len() < rows {
                assert!(tops.len() >= 2, "page {index}: a lone row of duty {code}");
            }
            if !has(&task_code(d, 0)) {
                assert!(
                    has("(continued)") && has(&code),
                    "page {index}: {code} unmarked"
                );
                continued += 1;
            }
        }
    }
    assert!(continued >= 5, "{continued}");
}

#[test]
fn a_statement_too_long_for_its_box_shrinks_then_the_box_grows() {
    let mut session = Session::default();
    let mut duty = Duty::new("Maintain security of the facility");
    duty.tasks.push(Task::new("Conduct cell searches"));
    duty.tasks.push(Task::new(
        "Conduct thorough searches of cells, communal areas, workshops and yards for weapons",
    ));
    duty.tasks
        .push(Task::new(&"Search every cell of the wing again ".repeat(8)));
    session.chart.duties.push(duty);
    let fonts = &fonts().expect("fonts").metrics;
    let layout = chart(&session, Paper::A4, fonts);
    let runs = &layout.pages[0].texts;
    let size_of = |start: &str| {
        runs.iter()
            .find(|t| t.text.starts_with(start))
            .map(|t| t.size)
    };
    assert_eq!(size_of("Conduct cell"), Some(8.5));
    let shrunk = size_of("Conduct thorough").expect("second task");
    assert!((6.5..8.5).contains(&shrunk), "{shrunk}");
    assert_eq!(size_of("Search every"), Some(6.5));
    let geometry = ChartGeometry::new(content_area(841.89, 595.28).w);
    let tallest = boxes(&layout, 0, Colour::WHITE)
        .iter()
        .map(|r| r.h)
        .fold(0.0, f32::max);
    assert!(tallest > geometry.task_height, "the box grew: {tallest}");
    // The row grows with it: every box of the row is as tall.
    let heights: Vec<f32> = boxes(&layout, 0, Colour::WHITE)
        .iter()
        .map(|r| r.h)
        .collect();
    assert!(
        heights.iter().all(|h| (h - tallest).abs() < 0.01),
        "{heights:?}"
    );
}
