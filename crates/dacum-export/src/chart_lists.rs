//! The chart's closing sections: the five supporting lists set in newspaper
//! columns (flowing down one column, then the next, then onto a new page), and the
//! panel and facilitators — or, in a stakeholder copy, only how many they were and
//! where they came from.

use super::flow::{Align, Flow, Style, draw_lines};
use super::page::{Colour, Rect};
use super::table::{Cell, Column, Table};
use super::typography::{Face, Pt};
use super::wrap::wrap;
use dacum_i18n::Catalogue;
use dacum_model::{Chart, ListKind, Person, Role, Session};

/// The narrowest a list column may be.
const MIN_COLUMN: Pt = 170.0;
const GUTTER: Pt = 14.0;
const HEADING: Style = Style::new(Face::Bold, 9.0, Colour::ACCENT);
const ITEM: Style = Style::new(Face::Regular, 8.0, Colour::TEXT);

/// A supporting list's title in the report language; `None` is the acronyms.
pub fn list_title(tr: &Catalogue, kind: Option<ListKind>) -> String {
    let kind = kind.map_or("acronyms", ListKind::key);
    tr.tr_args("report-list", &[("kind", kind.into())])
}

/// The supporting lists as titles and items, in chart order, empty lists left out.
pub fn lists(chart: &Chart, tr: &Catalogue) -> Vec<(String, Vec<String>)> {
    let mut lists: Vec<(String, Vec<String>)> = ListKind::ALL
        .iter()
        .map(|&kind| {
            let items = chart.list(kind).iter().map(|i| i.text.clone()).collect();
            (list_title(tr, Some(kind)), items)
        })
        .collect();
    let acronyms = chart
        .acronyms
        .iter()
        .map(|a| format!("{} — {}", a.term, a.meaning))
        .collect();
    lists.push((list_title(tr, None), acronyms));
    lists.retain(|(_, items)| !items.is_empty());
    lists
}

/// Newspaper columns on the pages of a flow.
struct Columns {
    count: usize,
    width: Pt,
    column: usize,
    top: Pt,
    y: Pt,
    /// The lowest point used on the current page, where the flow resumes.
    bottom: Pt,
    /// The list being set, repeated with "(continued)" atop a new page.
    title: Option<String>,
    /// Where a column ends (but the last) on a page whose columns are balanced.
    limit: Option<Pt>,
}

impl Columns {
    fn new(flow: &Flow) -> Columns {
        let area = flow.area();
        let count = (((area.w + GUTTER) / (MIN_COLUMN + GUTTER)).floor() as usize).max(1);
        let width = (area.w - GUTTER * (count as f32 - 1.0)) / count as f32;
        Columns {
            count,
            width,
            column: 0,
            top: flow.y,
            y: flow.y,
            bottom: flow.y,
            title: None,
            limit: None,
        }
    }

    fn x(&self, flow: &Flow) -> Pt {
        flow.area().x + self.column as f32 * (self.width + GUTTER)
    }

    fn next_column(&mut self, flow: &mut Flow) {
        self.column += 1;
        if self.column == self.count {
            flow.new_page();
            self.column = 0;
            self.top = flow.y;
            self.bottom = flow.y;
            self.y = self.top;
            self.limit = None;
            if let Some(title) = self.title.clone() {
                let text = flow
                    .tr
                    .tr_args("report-list-continued", &[("list", title.as_str().into())]);
                let fonts = flow.fonts;
                let lines = wrap(&text, self.width, fonts, HEADING.face, HEADING.size).lines;
                self.lines(flow, &lines, HEADING, 0.0, false);
                self.y += 2.0;
            }
            return;
        }
        self.y = self.top;
    }

    fn room(&self, flow: &Flow) -> Pt {
        let bottom = match self.limit {
            Some(limit) if self.column + 1 < self.count => limit,
            _ => flow.area().bottom(),
        };
        bottom - self.y
    }

    /// When everything left fits on this page, ends the columns at an even
    /// height instead of filling the first ones and leaving the last empty.
    fn balance(&mut self, flow: &Flow, height: Pt) {
        let room = flow.area().bottom() - self.top;
        if height <= room * self.count as f32 * 0.9 {
            let even = height / self.count as f32 + 2.0 * ITEM.line_height();
            self.limit = Some(self.top + even.min(room));
        }
    }

    /// Places lines from `indent`, moving to the next column when one is full;
    /// `bullet` goes before the first line.
    fn lines(&mut self, flow: &mut Flow, lines: &[String], style: Style, indent: Pt, bullet: bool) {
        let lh = style.line_height();
        for (i, line) in lines.iter().enumerate() {
            if self.room(flow) < lh - 0.01 && self.y > self.top {
                self.next_column(flow);
            }
            let x = self.x(flow);
            let rect = Rect::new(x + indent, self.y, self.width - indent, lh);
            let fonts = flow.fonts;
            let page = flow.page();
            // The bullet first, so text extraction and screen readers meet it first.
            if bullet && i == 0 {
                let mark = Rect::new(x, self.y, indent, lh);
                draw_lines(page, fonts, &["•".to_owned()], mark, style, lh, Align::Left);
            }
            let line = std::slice::from_ref(line);
            draw_lines(page, fonts, line, rect, style, lh, Align::Left);
            self.y += lh;
            self.bottom = self.bottom.max(self.y);
        }
    }
}

/// The five supporting lists, in columns.
pub fn supporting_lists(flow: &mut Flow, chart: &Chart) {
    let lists = lists(chart, flow.tr);
    if lists.is_empty() {
        return;
    }
    if flow.remaining() < flow.area().h / 3.0 {
        flow.new_page();
    } else {
        flow.gap(12.0);
    }
    let heading = flow.tr.tr("report-supporting-lists");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 40.0);
    let mut columns = Columns::new(flow);
    let indent = ITEM.size;
    let width = columns.width;
    let fonts = flow.fonts;
    let lines = |text: &str, style: Style, w: Pt| {
        wrap(text, w, fonts, style.face, style.size).lines.len() as f32 * style.line_height()
    };
    let height: Pt = lists
        .iter()
        .map(|(title, items)| {
            lines(title, HEADING, width)
                + 8.0
                + items
                    .iter()
                    .map(|i| lines(i, ITEM, width - indent) + 1.5)
                    .sum::<Pt>()
        })
        .sum();
    columns.balance(flow, height);
    for (title, items) in &lists {
        let fonts = flow.fonts;
        columns.title = None;
        let heading = wrap(title, columns.width, fonts, HEADING.face, HEADING.size).lines;
        // Keep the heading with the first item.
        let keep = (heading.len() + 1) as f32 * HEADING.line_height() + ITEM.line_height();
        if columns.room(flow) < keep && columns.y > columns.top {
            columns.next_column(flow);
        } else if columns.y > columns.top {
            columns.y += 6.0;
        }
        columns.lines(flow, &heading, HEADING, 0.0, false);
        columns.title = Some(title.clone());
        columns.y += 2.0;
        for item in items {
            let lines = wrap(item, columns.width - indent, fonts, ITEM.face, ITEM.size).lines;
            // An item of a few lines is not split between columns.
            let height = lines.len() as f32 * ITEM.line_height();
            if lines.len() <= 4 && columns.room(flow) < height && columns.y > columns.top {
                columns.next_column(flow);
            }
            columns.lines(flow, &lines, ITEM, indent, true);
            columns.y += 1.5;
        }
    }
    flow.y = columns.bottom;
}

fn people(session: &Session, role: Role) -> Vec<&Person> {
    session.people.iter().filter(|p| p.role == role).collect()
}

/// The panel and the facilitators: a table with names, or a count without them.
pub fn panel(flow: &mut Flow, session: &Session, include_names: bool) {
    let panel = people(session, Role::Panel);
    let facilitators = people(session, Role::Facilitator);
    if panel.is_empty() && facilitators.is_empty() {
        return;
    }
    flow.gap(14.0);
    let tr = flow.tr;
    flow.bookmark(&tr.tr("report-panel-bookmark"), 1);
    let heading = tr.tr("report-panel-heading");
    if !include_names {
        flow.heading(&heading, Style::H1, 40.0);
        flow.paragraph(&anonymous_summary(tr, &panel, &facilitators), Style::BODY);
        return;
    }
    let columns = [
        Column::new(tr.tr("report-column-name"), 3.0, Align::Left),
        Column::new(tr.tr("report-column-role"), 1.6, Align::Left),
        Column::new(tr.tr("report-column-job-title"), 4.0, Align::Left),
        Column::new(tr.tr("report-column-organisation"), 5.0, Align::Left),
        Column::new(tr.tr("report-column-country"), 1.2, Align::Left),
        Column::new(tr.tr("report-column-years"), 1.5, Align::Right),
    ];
    let rows: Vec<Vec<Cell>> = panel
        .iter()
        .chain(facilitators.iter())
        .map(|p| {
            vec![
                Cell::new(p.name.clone(), Style::STRONG),
                Cell::new(role_label(tr, p.role), Style::BODY),
                Cell::new(p.job_title.clone(), Style::BODY),
                Cell::new(p.organisation.clone(), Style::BODY),
                Cell::new(p.country.clone(), Style::BODY),
                Cell::new(
                    p.years_experience.map_or(String::new(), |y| y.to_string()),
                    Style::BODY,
                ),
            ]
        })
        .collect();
    let table = Table {
        columns: &columns,
        show_header: true,
        zebra: true,
    };
    let keep = table.opening_height(flow, &rows);
    flow.heading(&heading, Style::H1, keep);
    table.draw(flow, &rows);
}

/// A person's role in the panel table, in the report language.
fn role_label(tr: &Catalogue, role: Role) -> String {
    tr.tr_args("report-role", &[("role", role.key().into())])
}

/// How many took part and from where, without anything that names a person.
pub fn anonymous_summary(tr: &Catalogue, panel: &[&Person], facilitators: &[&Person]) -> String {
    let mut countries: Vec<&str> = panel
        .iter()
        .map(|p| p.country.as_str())
        .filter(|c| !c.is_empty())
        .collect();
    countries.sort_unstable();
    countries.dedup();
    // "The panel: 7 expert workers" + " from CZ, DE" + ", with 5 to 20 years
    // of experience" + ".": the pieces are messages (Fluent trims a message's
    // leading space, so the joins are here).
    let mut text = tr.tr_args("report-anonymous-panel", &[("count", panel.len().into())]);
    if !countries.is_empty() {
        text.push(' ');
        text.push_str(&tr.tr_args(
            "report-anonymous-countries",
            &[("countries", countries.join(", ").into())],
        ));
    }
    let years: Vec<u32> = panel.iter().filter_map(|p| p.years_experience).collect();
    if let (Some(min), Some(max)) = (years.iter().min(), years.iter().max()) {
        text.push_str(", ");
        text.push_str(&tr.tr_args(
            "report-anonymous-years",
            &[("min", (*min).into()), ("max", (*max).into())],
        ));
    }
    text.push('.');
    if !facilitators.is_empty() {
        text.push(' ');
        text.push_str(&tr.tr_args(
            "report-anonymous-facilitators",
            &[("count", facilitators.len().into())],
        ));
    }
    text
}
