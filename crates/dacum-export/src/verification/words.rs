//! The verification report's figures in words, shared by its sections: the
//! chart's tasks by position, scores as "4.5 ±0.6", shares as "83 %",
//! ranks, signed differences, and the weighting's name.

use dacum_i18n::Catalogue;
use dacum_model::survey::stats::{Scores, Share, Weighting};
use dacum_model::{Session, duty_code, task_code};

use crate::numbers::decimal;

/// A task of the chart, in chart order: `survey.tasks[i]` of the statistics
/// is `Tasks::all[i]`.
pub struct ChartTask {
    pub duty: usize,
    pub code: String,
    pub statement: String,
}

pub struct Tasks {
    pub all: Vec<ChartTask>,
    /// Each duty's code and title, in chart order.
    pub duties: Vec<(String, String)>,
}

impl Tasks {
    pub fn of(session: &Session) -> Tasks {
        Tasks {
            all: session
                .chart
                .tasks()
                .map(|(d, t, task)| ChartTask {
                    duty: d,
                    code: task_code(d, t),
                    statement: task.statement.clone(),
                })
                .collect(),
            duties: session
                .chart
                .duties
                .iter()
                .enumerate()
                .map(|(d, duty)| (duty_code(d), duty.title.clone()))
                .collect(),
        }
    }
}

/// "4.5 ±0.6", or "—" without scores.
pub fn scores(tr: &Catalogue, scores: Option<Scores>) -> String {
    scores.map_or_else(
        || "—".to_owned(),
        |s| format!("{} ±{}", decimal(tr, s.mean), decimal(tr, s.sd)),
    )
}

/// "4.5 ±0.6 (14)": with the number of scores.
pub fn scores_with_n(tr: &Catalogue, given: Option<Scores>) -> String {
    match given {
        Some(s) => format!("{} ({})", scores(tr, Some(s)), s.n),
        None => "—".to_owned(),
    }
}

/// A share of yes as a whole per cent ("83 %"), or "—" when no one said.
pub fn share(tr: &Catalogue, share: Share) -> String {
    share.percent.map_or_else(
        || "—".to_owned(),
        |p| tr.tr_args("report-percent", &[("value", format!("{p:.0}").into())]),
    )
}

/// A rank: whole, or with one decimal for a shared place ("12.5").
pub fn rank(tr: &Catalogue, rank: f64) -> String {
    if (rank - rank.round()).abs() < 1e-9 {
        format!("{rank:.0}")
    } else {
        decimal(tr, rank)
    }
}

/// A difference with its sign: "+1.2", "−0.4" (a true minus sign).
pub fn signed(tr: &Catalogue, value: f64) -> String {
    let magnitude = decimal(tr, value.abs());
    if value > 0.05 {
        format!("+{magnitude}")
    } else if value < -0.05 {
        format!("−{magnitude}")
    } else {
        magnitude
    }
}

/// The weighting as the catalogue's selector names it.
pub fn weighting_key(weighting: Weighting) -> &'static str {
    match weighting {
        Weighting::PerRespondent => "per-respondent",
        Weighting::EqualPerCountry => "per-country",
    }
}

/// "Pooled figures weigh every respondent the same …", said beside every
/// pooled figure.
pub fn weighting_note(tr: &Catalogue, weighting: Weighting) -> String {
    tr.tr_args(
        "report-weighting-note",
        &[("weighting", weighting_key(weighting).into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_i18n::Language;

    #[test]
    fn figures_read_as_the_report_language_writes_them() {
        let english = Catalogue::new(Language::English);
        let czech = Catalogue::new(Language::Czech);
        let given = Scores {
            n: 14,
            mean: 4.25,
            sd: 0.61,
            counts: [0, 0, 2, 6, 6],
        };
        assert_eq!(scores_with_n(&english, Some(given)), "4.2 ±0.6 (14)");
        assert_eq!(scores(&czech, Some(given)), "4,2 ±0,6");
        assert_eq!(scores(&czech, None), "—");
        let half = Share {
            yes: 5,
            of: 6,
            percent: Some(83.3),
        };
        assert_eq!(share(&english, half), "83%");
        assert_eq!(share(&czech, half), "83\u{a0}%");
        assert_eq!(rank(&english, 12.0), "12");
        assert_eq!(rank(&czech, 12.5), "12,5");
        assert_eq!(signed(&english, 1.24), "+1.2");
        assert_eq!(signed(&english, -0.4), "−0.4");
        assert_eq!(signed(&english, 0.01), "0.0");
    }
}
