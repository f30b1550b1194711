//! The opening block every report starts with: the occupation as the title, what
//! the document is, and the facts of the workshop (dates, venue, who it was
//! produced for and by) in a two-pair grid.

use jiff::civil::Date;

use super::flow::{Align, Flow, Style};
use super::page::{Colour, Stroke};
use super::table::{Cell, Column, Table};
use super::typography::Face;
use dacum_model::Meta;

/// The title, a subtitle and the facts that have a value, followed by a rule.
pub fn title_block(flow: &mut Flow, title: &str, subtitle: &str, facts: &[(&str, String)]) {
    let area = flow.area();
    flow.paragraph(title, Style::TITLE);
    flow.y += 2.0;
    flow.paragraph(subtitle, Style::SUBTITLE);
    flow.y += 6.0;
    let facts: Vec<&(&str, String)> = facts.iter().filter(|(_, v)| !v.is_empty()).collect();
    if !facts.is_empty() {
        let label = Style::new(Face::Bold, 7.5, Colour::MUTED);
        let columns = [
            Column::new("", 1.0, Align::Left),
            Column::new("", 4.0, Align::Left),
            Column::new("", 1.0, Align::Left),
            Column::new("", 4.0, Align::Left),
        ];
        let rows: Vec<Vec<Cell>> = facts
            .chunks(2)
            .map(|pair| {
                let mut row = Vec::new();
                for (name, value) in pair {
                    row.push(Cell::new(*name, label));
                    row.push(Cell::new(value.clone(), Style::BODY));
                }
                while row.len() < 4 {
                    row.push(Cell::new("", Style::BODY));
                }
                row
            })
            .collect();
        let table = Table {
            columns: &columns,
            show_header: false,
            zebra: false,
        };
        table.draw(flow, &rows);
    }
    flow.y += 4.0;
    let y = flow.y;
    flow.page().line(
        (area.x, y),
        (area.right(), y),
        Stroke::solid(Colour::ACCENT, 1.2),
    );
    flow.y += 10.0;
}

/// The facts of a workshop that every report shows.
pub fn workshop_facts(meta: &Meta) -> Vec<(&'static str, String)> {
    let place = [meta.venue.as_str(), meta.country.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    vec![
        ("Date", date_range(meta.start, meta.end)),
        ("Venue", place),
        ("Produced for", meta.sponsor.clone()),
        ("Produced by", meta.organisation.clone()),
        ("Workshop", meta.title.clone()),
        ("Language", meta.language.clone()),
    ]
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month(date: Date) -> &'static str {
    MONTHS
        .get(usize::try_from(date.month() - 1).unwrap_or(0))
        .copied()
        .unwrap_or("")
}

/// "11–13 March 2025", "30 March – 2 April 2025", "11 March 2025", or "".
pub fn date_range(start: Option<Date>, end: Option<Date>) -> String {
    let full = |d: Date| format!("{} {} {}", d.day(), month(d), d.year());
    match (start, end) {
        (Some(s), Some(e)) if s == e => full(s),
        (Some(s), Some(e)) if s.year() == e.year() && s.month() == e.month() => {
            format!("{}–{} {} {}", s.day(), e.day(), month(s), s.year())
        }
        (Some(s), Some(e)) if s.year() == e.year() => {
            format!("{} {} – {}", s.day(), month(s), full(e))
        }
        (Some(s), Some(e)) => format!("{} – {}", full(s), full(e)),
        (Some(d), None) | (None, Some(d)) => full(d),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_ranges_read_naturally() {
        let d = |y, m, day| Some(Date::new(y, m, day).expect("valid date"));
        let cases = [
            (d(2025, 3, 11), d(2025, 3, 13), "11–13 March 2025"),
            (d(2025, 3, 30), d(2025, 4, 2), "30 March – 2 April 2025"),
            (
                d(2024, 12, 30),
                d(2025, 1, 2),
                "30 December 2024 – 2 January 2025",
            ),
            (d(2025, 3, 11), None, "11 March 2025"),
            (d(2025, 3, 11), d(2025, 3, 11), "11 March 2025"),
            (None, None, ""),
        ];
        for (start, end, expected) in cases {
            assert_eq!(date_range(start, end), expected);
        }
    }
}
