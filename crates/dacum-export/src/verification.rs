//! The verification report: what a survey's respondents said of the chart,
//! from `SurveyStats::compute` — who answered (country × position, with the
//! warnings of an uneven survey), every task ranked by priority with n, %
//! performing, mean ± sd of importance, frequency and difficulty, the
//! priority index (its formula stated) and % train; a dot plot of each
//! duty's tasks; the divergences (supervisors against job holders, a country
//! against the others); the panel beside the survey; the suggested tasks.
//! The weighting of pooled figures is stated beside them.
//!
//! Respondents are codes; the panel's raters are counted, never named (the
//! statistics code them P1, P2 …), so the report holds no personal name with
//! or without `include_names`.

mod divergences;
mod dot_plot;
mod ranked;
mod responses;
mod suggestions;
mod words;

use dacum_i18n::Catalogue;
use dacum_model::survey::Round;
use dacum_model::survey::stats::{Filter, SurveyStats, Thresholds, Weighting};
use dacum_model::verification::PriorityFormula;
use dacum_model::{Mode, Session};

use super::chart::occupation;
use super::flow::{Flow, Style};
use super::metrics::FontSet;
use super::page::Layout;
use super::title_block::{date_range, title_block};
use super::typography::Pt;
use words::{Tasks, weighting_key};

/// Which answers the report covers and how pooled figures weigh them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VerificationOptions {
    pub filter: Filter,
    pub weighting: Weighting,
}

/// Whether the session has a survey round to report on (answers or not).
pub fn has_survey(session: &Session) -> bool {
    session.survey.rounds.iter().any(|r| r.mode == Mode::Survey)
}

pub fn verification_report(
    fonts: &FontSet,
    tr: &Catalogue,
    layout: &mut Layout,
    session: &Session,
    page: (Pt, Pt),
    options: &VerificationOptions,
) {
    let stats = SurveyStats::compute(
        session,
        &options.filter,
        options.weighting,
        &Thresholds::default(),
    );
    let occupation = occupation(session, tr);
    let occupation_arg = [("occupation", occupation.as_str().into())];
    let header = tr.tr_args("report-verification-header", &occupation_arg);
    let mut flow = Flow::new(fonts, tr, layout, page, &header);
    flow.bookmark(&tr.tr("report-verification"), 0);
    let rounds: Vec<&Round> = session
        .survey
        .rounds
        .iter()
        .filter(|r| options.filter.takes_round(r))
        .collect();
    let subtitle = tr.tr_args("report-verification-subtitle", &occupation_arg);
    title_block(
        &mut flow,
        &occupation,
        &subtitle,
        &facts(tr, session, &rounds, &stats),
    );
    let respondents = stats.survey.respondents();
    if respondents == 0 {
        flow.paragraph(&tr.tr("report-no-survey-answers"), Style::BODY);
        return;
    }
    let tasks = Tasks::of(session);
    flow.paragraph(&introduction(tr, &stats, tasks.all.len()), Style::BODY);
    let formula = formula(tr, stats.formula);
    responses::responses(
        &mut flow,
        &stats.survey.distribution,
        &stats.warnings,
        &stats.thresholds,
    );
    flow.gap(10.0);
    ranked::ranked(&mut flow, &stats, &tasks, &formula);
    flow.gap(10.0);
    dot_plot::dot_plots(&mut flow, &stats, &tasks);
    flow.gap(10.0);
    divergences::divergences(&mut flow, &stats, &tasks);
    flow.gap(10.0);
    divergences::panel_vs_survey(&mut flow, &stats, &tasks);
    flow.gap(10.0);
    suggestions::suggestions(&mut flow, session, &rounds);
}

/// The title block's facts: the rounds with their dates, the respondents
/// and countries, the weighting, the workshop.
fn facts(
    tr: &Catalogue,
    session: &Session,
    rounds: &[&Round],
    stats: &SurveyStats,
) -> Vec<(String, String)> {
    let named: Vec<String> = rounds
        .iter()
        .map(|r| {
            let dates = date_range(tr, r.start, r.end);
            if dates.is_empty() {
                r.name.clone()
            } else {
                tr.tr_args(
                    "report-round-dates",
                    &[("round", r.name.as_str().into()), ("dates", dates.into())],
                )
            }
        })
        .collect();
    let countries = countries(stats);
    vec![
        (tr.tr("report-fact-survey"), named.join("; ")),
        (
            tr.tr("report-fact-respondents"),
            tr.tr_args(
                "report-respondents-in-countries",
                &[
                    ("respondents", stats.survey.respondents().into()),
                    ("countries", countries.into()),
                ],
            ),
        ),
        (
            tr.tr("report-fact-weighting"),
            tr.tr_args(
                "report-weighting",
                &[("weighting", weighting_key(stats.weighting).into())],
            ),
        ),
        (tr.tr("report-fact-workshop"), session.meta.title.clone()),
    ]
}

/// The countries named among the respondents counted.
fn countries(stats: &SurveyStats) -> usize {
    stats
        .survey
        .distribution
        .countries
        .iter()
        .filter(|c| !c.country.is_empty())
        .count()
}

fn introduction(tr: &Catalogue, stats: &SurveyStats, tasks: usize) -> String {
    let mut text = tr.tr_args(
        "report-verification-introduction",
        &[
            ("respondents", stats.survey.respondents().into()),
            ("tasks", tasks.into()),
        ],
    );
    let removed = stats.survey.removed.len();
    if removed > 0 {
        text.push(' ');
        text.push_str(&tr.tr_args("report-removed-tasks", &[("count", removed.into())]));
    }
    text
}

/// "The priority index is mean importance × mean frequency (1–25)."
fn formula(tr: &Catalogue, formula: PriorityFormula) -> String {
    let key = match formula {
        PriorityFormula::ImportanceFrequency => "if",
        PriorityFormula::ImportanceFrequencyDifficulty => "ifd",
    };
    tr.tr_args("report-priority-formula", &[("formula", key.into())])
}
