//! The opening block every report starts with: the occupation as the title, what
//! the document is, and the facts of the workshop (dates, venue, who it was
//! produced for and by) in a two-pair grid.

use jiff::civil::Date;

use super::flow::{Align, Flow, Style};
use super::page::{Colour, Stroke};
use super::table::{Cell, Column, Table};
use super::typography::Face;
use dacum_i18n::Catalogue;
use dacum_model::Meta;

/// The title, a subtitle and the facts that have a value, followed by a rule.
pub fn title_block(flow: &mut Flow, title: &str, subtitle: &str, facts: &[(String, String)]) {
    let area = flow.area();
    flow.paragraph(title, Style::TITLE);
    flow.y += 2.0;
    flow.paragraph(subtitle, Style::SUBTITLE);
    flow.y += 6.0;
    let facts: Vec<&(String, String)> = facts.iter().filter(|(_, v)| !v.is_empty()).collect();
    if !facts.is_empty() {
        let label = Style::new(Face::Bold, 7.5, Colour::MUTED);
        // The labels shrink rather than break a long word ("Ημερομηνία").
        let columns = [
            Column::new("", 1.0, Align::Left).fitting_words(),
            Column::new("", 4.0, Align::Left),
            Column::new("", 1.0, Align::Left).fitting_words(),
            Column::new("", 4.0, Align::Left),
        ];
        let rows: Vec<Vec<Cell>> = facts
            .chunks(2)
            .map(|pair| {
                let mut row = Vec::new();
                for (name, value) in pair {
                    row.push(Cell::new(name.clone(), label));
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

/// The facts of a workshop that every report shows, labelled in the report
/// language.
pub fn workshop_facts(meta: &Meta, tr: &Catalogue) -> Vec<(String, String)> {
    let place = [meta.venue.as_str(), meta.country.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    [
        ("report-fact-date", date_range(tr, meta.start, meta.end)),
        ("report-fact-venue", place),
        ("report-fact-produced-for", meta.sponsor.clone()),
        ("report-fact-produced-by", meta.organisation.clone()),
        ("report-fact-workshop", meta.title.clone()),
        ("report-fact-language", meta.language.clone()),
    ]
    .into_iter()
    .map(|(id, value)| (tr.tr(id), value))
    .collect()
}

/// "11–13 March 2025", "30 March – 2 April 2025", "11 March 2025", or "", in
/// the report language ("11.–13. března 2025").
pub fn date_range(tr: &Catalogue, start: Option<Date>, end: Option<Date>) -> String {
    // `report-month` gives the month's name in the form a date takes (the
    // genitive in Czech, Greek or Lithuanian).
    let month = |d: Date| tr.tr_args("report-month", &[("month", d.month().into())]);
    let full = |d: Date| {
        tr.tr_args(
            "report-date",
            &[
                ("day", d.day().into()),
                ("month", month(d).into()),
                ("year", d.year().into()),
            ],
        )
    };
    match (start, end) {
        (Some(s), Some(e)) if s == e => full(s),
        (Some(s), Some(e)) if s.year() == e.year() && s.month() == e.month() => tr.tr_args(
            "report-date-days",
            &[
                ("from", s.day().into()),
                ("to", e.day().into()),
                ("month", month(s).into()),
                ("year", s.year().into()),
            ],
        ),
        (Some(s), Some(e)) if s.year() == e.year() => tr.tr_args(
            "report-date-months",
            &[
                ("from", s.day().into()),
                ("from-month", month(s).into()),
                ("to", e.day().into()),
                ("to-month", month(e).into()),
                ("year", s.year().into()),
            ],
        ),
        (Some(s), Some(e)) => format!("{} – {}", full(s), full(e)),
        (Some(d), None) | (None, Some(d)) => full(d),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_i18n::Language;

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
        let tr = Catalogue::new(Language::English);
        for (start, end, expected) in cases {
            assert_eq!(date_range(&tr, start, end), expected);
        }
    }

    #[test]
    fn dates_read_the_way_the_report_language_writes_them() {
        let d = |y, m, day| Some(Date::new(y, m, day).expect("valid date"));
        let cases = [
            (
                Language::Czech,
                "11.–13. března 2025",
                "30. března – 2. dubna 2025",
            ),
            (
                Language::German,
                "11.–13. März 2025",
                "30. März – 2. April 2025",
            ),
            (
                Language::Lithuanian,
                "2025 m. kovo 11–13 d.",
                "2025 m. kovo 30 d. – balandžio 2 d.",
            ),
        ];
        for (language, days, months) in cases {
            let tr = Catalogue::new(language);
            assert_eq!(date_range(&tr, d(2025, 3, 11), d(2025, 3, 13)), days);
            assert_eq!(date_range(&tr, d(2025, 3, 30), d(2025, 4, 2)), months);
        }
    }
}
