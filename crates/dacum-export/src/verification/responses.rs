//! "Who answered": respondents by country and position, with the totals,
//! and the warnings of an uneven survey in words (one country holding most
//! answers, countries with few, positions absent, answers without a
//! country) — or a sentence saying none applies.

use dacum_i18n::Catalogue;
use dacum_model::Level;
use dacum_model::survey::stats::{Distribution, LevelCounts, Thresholds, Warning};

use crate::flow::{Align, Flow, Style};
use crate::table::{Cell, Column, Table};

/// The key the catalogue's `report-level` selects on.
pub fn level_key(level: Option<Level>) -> &'static str {
    level.map_or("none", Level::key)
}

pub fn responses(
    flow: &mut Flow,
    distribution: &Distribution,
    warnings: &[Warning],
    thresholds: &Thresholds,
) {
    let tr = flow.tr;
    let heading = tr.tr("report-responses");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 90.0);
    let no_level = distribution.levels.get(None) > 0;
    let mut levels: Vec<Option<Level>> = Level::ALL.into_iter().map(Some).collect();
    if no_level {
        levels.push(None);
    }
    let mut columns = vec![Column::new(
        tr.tr("report-column-country"),
        1.6,
        Align::Left,
    )];
    for &level in &levels {
        let name = tr.tr_args("report-level", &[("level", level_key(level).into())]);
        columns.push(Column::new(name, 1.2, Align::Right));
    }
    columns.push(Column::new(tr.tr("report-column-total"), 1.0, Align::Right));
    let row = |name: String, counts: &LevelCounts, style: Style| {
        let mut cells = vec![Cell::new(name, style)];
        for &level in &levels {
            cells.push(Cell::new(counts.get(level).to_string(), style));
        }
        cells.push(Cell::new(counts.total().to_string(), Style::STRONG));
        cells
    };
    let mut rows: Vec<Vec<Cell>> = distribution
        .countries
        .iter()
        .map(|c| {
            let name = if c.country.is_empty() {
                tr.tr("report-no-country")
            } else {
                c.country.clone()
            };
            row(name, &c.levels, Style::BODY)
        })
        .collect();
    rows.push(row(
        tr.tr("report-column-total"),
        &distribution.levels,
        Style::STRONG,
    ));
    let table = Table {
        columns: &columns,
        show_header: true,
        zebra: true,
    };
    table.draw(flow, &rows);
    flow.y += 6.0;
    let said: Vec<String> = warnings.iter().map(|w| warning(tr, w)).collect();
    if said.is_empty() {
        flow.paragraph(
            &tr.tr_args(
                "report-distribution-even",
                &[("minimum", thresholds.min_country_respondents.into())],
            ),
            Style::BODY,
        );
    } else {
        flow.bullets(&said, Style::BODY);
    }
}

/// A warning in the report language.
pub fn warning(tr: &Catalogue, warning: &Warning) -> String {
    match warning {
        Warning::CountryMajority {
            country,
            respondents,
            total,
        } => tr.tr_args(
            "report-warning-majority",
            &[
                ("country", country.as_str().into()),
                ("respondents", (*respondents).into()),
                ("total", (*total).into()),
            ],
        ),
        Warning::FewRespondents {
            country,
            respondents,
            minimum,
        } => tr.tr_args(
            "report-warning-few",
            &[
                ("country", country.as_str().into()),
                ("respondents", (*respondents).into()),
                ("minimum", (*minimum).into()),
            ],
        ),
        Warning::LevelAbsent { level } => tr.tr_args(
            "report-warning-level-absent",
            &[("level", level.key().into())],
        ),
        Warning::NoCountry { respondents } => tr.tr_args(
            "report-warning-no-country",
            &[("respondents", (*respondents).into())],
        ),
    }
}
