//! The survey's per-task statistics as a table for people who continue in R,
//! SPSS or a spreadsheet: one row per chart task, plain column names, numbers
//! with a decimal point, blank where there is nothing — as CSV (UTF-8, comma
//! separated) or as an Excel workbook whose second sheet says how the figures
//! were made (rounds, filter, weighting, formula, thresholds).

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use dacum_model::survey::stats::{Scores, Share, SurveyStats, Weighting};
use dacum_model::{PriorityFormula, Session, task_code};

/// The columns, in order.
const COLUMNS: &[&str] = &[
    "code",
    "statement",
    "asked",
    "answering",
    "performs_yes",
    "performs_answered",
    "performs_percent",
    "importance_n",
    "importance_mean",
    "importance_sd",
    "frequency_n",
    "frequency_mean",
    "frequency_sd",
    "difficulty_n",
    "difficulty_mean",
    "difficulty_sd",
    "priority",
    "train_yes",
    "train_answered",
    "train_percent",
    "rank",
    "panel_importance_mean",
    "survey_minus_panel",
    "supervisors_importance_mean",
    "job_holders_importance_mean",
    "countries_apart",
    "weighting",
];

/// A number as R and SPSS read it; blank for none.
fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| format!("{v:.3}"))
}

fn share(share: Share) -> [String; 3] {
    [
        share.yes.to_string(),
        share.of.to_string(),
        number(share.percent),
    ]
}

fn scores(scores: Option<Scores>) -> [String; 3] {
    match scores {
        Some(s) => [s.n.to_string(), number(Some(s.mean)), number(Some(s.sd))],
        None => ["0".to_owned(), String::new(), String::new()],
    }
}

fn weighting_key(weighting: Weighting) -> &'static str {
    match weighting {
        Weighting::PerRespondent => "per_respondent",
        Weighting::EqualPerCountry => "equal_per_country",
    }
}

/// The rows of the table, header first.
fn rows(session: &Session, stats: &SurveyStats) -> Vec<Vec<String>> {
    let mut rows = vec![COLUMNS.iter().map(|c| (*c).to_owned()).collect()];
    let mut index = 0;
    for (d, duty) in session.chart.duties.iter().enumerate() {
        for (t, task) in duty.tasks.iter().enumerate() {
            let Some(figures) = stats.survey.tasks.get(index) else {
                continue;
            };
            let panel = stats.panel.tasks.get(index).and_then(|p| p.importance);
            let versus = stats.panel_vs_survey.get(index).and_then(|p| p.importance);
            index += 1;
            let mut row = vec![
                task_code(d, t),
                task.statement.clone(),
                figures.asked.to_string(),
                figures.answering.to_string(),
            ];
            row.extend(share(figures.performing));
            row.extend(scores(figures.importance));
            row.extend(scores(figures.frequency));
            row.extend(scores(figures.difficulty));
            row.push(number(figures.priority));
            row.extend(share(figures.train));
            row.push(number(figures.rank));
            row.push(number(panel.map(|p| p.mean)));
            row.push(number(versus));
            let gap = figures.marks.levels;
            row.push(number(gap.map(|g| g.supervisors.mean)));
            row.push(number(gap.map(|g| g.job_holders.mean)));
            let countries: Vec<&str> = figures
                .marks
                .countries
                .iter()
                .map(|c| c.country.as_str())
                .collect();
            row.push(countries.join(" "));
            row.push(weighting_key(stats.weighting).to_owned());
            rows.push(row);
        }
    }
    rows
}

/// The statistics as CSV text.
pub fn write_stats_csv(session: &Session, stats: &SurveyStats) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows(session, stats) {
        // Only the statement is text a spreadsheet could take for a formula;
        // the numbers (negative ones too) must stay numbers for R and SPSS.
        let cells: Vec<String> = row
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 1 {
                    crate::driver_csv::formula::escape(&c).into_owned()
                } else {
                    c
                }
            })
            .collect();
        // Writing to memory cannot fail.
        let _ = writer.write_record(&cells);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The statistics as an .xlsx workbook: numbers as numbers, and a sheet that
/// says how they were made.
pub fn write_stats_xlsx(session: &Session, stats: &SurveyStats) -> Result<Vec<u8>, String> {
    build(session, stats)
        .and_then(|mut workbook| workbook.save_to_buffer())
        .map_err(|e| format!("the workbook cannot be made: {e}"))
}

fn build(session: &Session, stats: &SurveyStats) -> Result<Workbook, XlsxError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Tasks")?;
    for (r, row) in (0_u32..).zip(rows(session, stats)) {
        for (c, cell) in (0_u16..).zip(&row) {
            if r == 0 {
                sheet.write_string_with_format(r, c, cell, &bold)?;
            } else if c > 1
                && let Ok(value) = cell.parse::<f64>()
            {
                sheet.write_number(r, c, value)?;
            } else if !cell.is_empty() {
                sheet.write_string(r, c, cell)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 2)?;
    sheet.set_column_width(1, 48)?;
    let about = workbook.add_worksheet();
    about.set_name("About")?;
    let rounds: Vec<String> = session
        .survey
        .rounds
        .iter()
        .filter(|r| stats.survey.rounds.contains(&r.id))
        .map(|r| r.name.clone())
        .collect();
    let filter = &stats.filter;
    let list = |items: Vec<String>| {
        if items.is_empty() {
            "all".to_owned()
        } else {
            items.join(", ")
        }
    };
    let facts = [
        ("session", session.meta.title.clone()),
        ("rounds", rounds.join(", ")),
        ("respondents", stats.survey.respondents().to_string()),
        ("countries", list(filter.countries.clone())),
        (
            "levels",
            list(filter.levels.iter().map(|l| l.key().to_owned()).collect()),
        ),
        (
            "sectors",
            list(filter.sectors.iter().map(|s| s.key().to_owned()).collect()),
        ),
        ("weighting", weighting_key(stats.weighting).to_owned()),
        (
            "priority",
            match stats.formula {
                PriorityFormula::ImportanceFrequency => "importance_mean * frequency_mean",
                PriorityFormula::ImportanceFrequencyDifficulty => {
                    "importance_mean * frequency_mean * difficulty_mean"
                }
            }
            .to_owned(),
        ),
        (
            "sd",
            "sample standard deviation (reliability-weighted when each country weighs equally)"
                .to_owned(),
        ),
        (
            "supervisors_vs_job_holders",
            format!(
                "marked when the means differ by {} or more, with {} scores each",
                stats.thresholds.level_gap, stats.thresholds.level_min_n
            ),
        ),
        (
            "countries_apart",
            format!(
                "a country's rank at least {} of the list from the others', its mean {} or more apart",
                stats.thresholds.rank_share, stats.thresholds.rank_min_gap
            ),
        ),
    ];
    for (r, (key, value)) in (0_u32..).zip(facts) {
        about.write_string_with_format(r, 0, key, &bold)?;
        about.write_string(r, 1, &value)?;
    }
    about.set_column_width(0, 28)?;
    about.set_column_width(1, 80)?;
    Ok(workbook)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_model::survey::stats::{Filter, Thresholds};

    #[test]
    fn one_row_per_task_with_the_figures_as_numbers() {
        let session = dacum_model::generated::large_survey_session();
        let stats = SurveyStats::compute(
            &session,
            &Filter::default(),
            Weighting::EqualPerCountry,
            &Thresholds::default(),
        );
        let text = write_stats_csv(&session, &stats);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("a header")
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header, COLUMNS);
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(records.len(), session.chart.task_count());
        let first = &records[0];
        let mean: f64 = first[8].parse().expect("importance_mean is a number");
        let expected = stats.survey.tasks[0].importance.expect("scores").mean;
        assert!((mean - expected).abs() < 0.001);
        assert_eq!(&first[26], "equal_per_country");
        // Tasks beyond the 120 asked have no figures: blank, not 0.
        assert_eq!(&records[200][8], "");
        // Differences below zero are numbers, not text.
        let negative = records
            .iter()
            .map(|r| r[22].to_owned())
            .find(|d| d.starts_with('-') || d.starts_with('\''));
        let difference = negative.expect("a task the survey rates below the panel");
        assert!(difference.parse::<f64>().is_ok(), "{difference}");
        let workbook = write_stats_xlsx(&session, &stats).expect("a workbook");
        assert!(workbook.starts_with(b"PK"));
    }
}
