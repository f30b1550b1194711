//! The Survey part of the Verification tab: what the survey rounds say about
//! each task, filtered by round, country, position and sector, with pooled
//! figures weighted per respondent or equally per country (the choice shown
//! with the figures), the response distribution and its warnings, the marks
//! of divergence (supervisors against job holders, a country against the
//! rest), the panel's figures beside the survey's, and the review of the
//! tasks respondents suggested.
//!
//! The statistics are computed once per document state and filter
//! (`SurveyStats::compute`), never per frame; a frame draws the rows in view.

mod suggestions;
mod table;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use egui::RichText;

use super::command::Command;
use super::language::{Tr, catalogue};
use dacum_i18n::Catalogue;
use dacum_model::survey::stats::{Filter, SurveyStats, Thresholds, Warning, country_key};
use dacum_model::survey::suggestions::{SuggestionGroup, open_groups};
use dacum_model::{Id, Level, Mode, Sector, Session};

/// What the view keeps between frames.
#[derive(Default)]
pub struct SurveyViewState {
    pub(super) filter: Filter,
    weighting: dacum_model::survey::stats::Weighting,
    sort_by_priority: bool,
    part: Part,
    cache: Option<Cached>,
    /// What is being typed for a suggestion group, by its first suggestion.
    drafts: HashMap<Id, suggestions::Draft>,
}

/// What the view shows below the filters and warnings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Part {
    #[default]
    Tasks,
    Respondents,
    Suggestions,
}

/// The statistics and suggestion groups of one document state and filter.
struct Cached {
    key: (Id, u64, Filter, dacum_model::survey::stats::Weighting),
    stats: SurveyStats,
    groups: Vec<SuggestionGroup>,
}

impl SurveyViewState {
    /// Forgets what was worked out (another document was opened).
    pub fn reset(&mut self) {
        self.cache = None;
        self.drafts.clear();
    }

    /// The filter and weighting the view shows, for an export of its figures.
    pub fn shown(&self) -> (Filter, dacum_model::survey::stats::Weighting) {
        (self.filter.clone(), self.weighting)
    }

    /// Works the statistics out again when the session, its state or the
    /// filter changed since they were.
    fn refresh(&mut self, session: &Session, state: u64) {
        // Compared field by field, so that a frame with nothing changed
        // clones nothing.
        let current = self.cache.as_ref().is_some_and(|c| {
            c.key.0 == session.id
                && c.key.1 == state
                && c.key.2 == self.filter
                && c.key.3 == self.weighting
        });
        if !current {
            let key = (session.id, state, self.filter.clone(), self.weighting);
            let stats = SurveyStats::compute(
                session,
                &self.filter,
                self.weighting,
                &Thresholds::default(),
            );
            self.cache = Some(Cached {
                key,
                stats,
                groups: open_groups(session),
            });
        }
    }
}

pub fn survey_view_ui(
    ui: &mut egui::Ui,
    session: &Session,
    document_state: u64,
    texts_in: Option<&str>,
    state: &mut SurveyViewState,
    commands: &mut Vec<Command>,
) {
    let surveys = session
        .survey
        .rounds
        .iter()
        .filter(|r| r.mode == Mode::Survey)
        .count();
    if surveys == 0 {
        ui.label(ui.tr("survey-view-none"));
        return;
    }
    filters_ui(ui, session, state);
    let texts = catalogue(ui.ctx());
    state.refresh(session, document_state);
    // Taken out while drawn, so that the drafts stay editable beside it.
    let Some(cached) = state.cache.take() else {
        return;
    };
    let stats = &cached.stats;
    ui.horizontal_wrapped(|ui| {
        ui.label(texts.tr_args(
            "survey-view-summary",
            &[
                ("respondents", stats.survey.respondents().into()),
                ("rounds", stats.survey.rounds.len().into()),
            ],
        ));
        ui.label(RichText::new(weighting_words(&texts, state.weighting)).strong());
        let export = crate::ui::ui_command::UiCommand::ExportSurveyStats;
        if ui
            .button(export.text(&texts))
            .on_hover_text(export.tooltip(&texts))
            .clicked()
        {
            commands.push(Command::Ui(export));
        }
    });
    for warning in &stats.warnings {
        ui.colored_label(ui.visuals().warn_fg_color, warning_words(&texts, warning));
    }
    let waiting = cached.groups.len();
    ui.horizontal(|ui| {
        let parts = [
            (Part::Tasks, texts.tr("survey-view-tasks")),
            (Part::Respondents, texts.tr("survey-view-distribution")),
            (
                Part::Suggestions,
                texts.tr_args("survey-view-suggestions", &[("count", waiting.into())]),
            ),
        ];
        for (part, title) in parts {
            if ui.selectable_label(state.part == part, title).clicked() {
                state.part = part;
            }
        }
    });
    ui.separator();
    match state.part {
        Part::Tasks => {
            ui.checkbox(
                &mut state.sort_by_priority,
                texts.tr("survey-view-sort-priority"),
            );
            table::tasks_ui(ui, session, texts_in, stats, state.sort_by_priority);
        }
        Part::Respondents => {
            egui::ScrollArea::both()
                .id_salt("survey-distribution")
                .show(ui, |ui| distribution_ui(ui, &texts, stats));
        }
        Part::Suggestions => {
            egui::ScrollArea::vertical()
                .id_salt("survey-suggestions")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    suggestions::suggestions_ui(
                        ui,
                        session,
                        &cached.groups,
                        &mut state.drafts,
                        commands,
                    );
                });
        }
    }
    state.cache = Some(cached);
}

/// The round, country, position and sector toggles, and the weighting.
fn filters_ui(ui: &mut egui::Ui, session: &Session, state: &mut SurveyViewState) {
    let texts = catalogue(ui.ctx());
    let filter = &mut state.filter;
    ui.horizontal_wrapped(|ui| {
        ui.label(texts.tr("survey-view-rounds"));
        for round in session
            .survey
            .rounds
            .iter()
            .filter(|r| r.mode == Mode::Survey)
        {
            toggle(ui, &mut filter.rounds, round.id, &round.name);
        }
    });
    let mut countries: Vec<String> = session
        .survey
        .rounds
        .iter()
        .flat_map(|r| &r.respondents)
        .map(|r| country_key(&r.profile.country))
        .filter(|c| !c.is_empty())
        .collect();
    countries.sort();
    countries.dedup();
    ui.horizontal_wrapped(|ui| {
        ui.label(texts.tr("survey-view-countries"));
        for country in countries {
            let label = country.clone();
            toggle(ui, &mut filter.countries, country, &label);
        }
        ui.separator();
        ui.label(texts.tr("survey-view-levels"));
        for level in Level::ALL {
            toggle(ui, &mut filter.levels, level, &level_words(&texts, level));
        }
        ui.separator();
        ui.label(texts.tr("survey-view-sectors"));
        for sector in Sector::ALL {
            let words = texts.tr(&format!("survey-view-sector-{}", sector.key()));
            toggle(ui, &mut filter.sectors, sector, &words);
        }
    });
    ui.horizontal(|ui| {
        use dacum_model::survey::stats::Weighting;
        ui.label(texts.tr("survey-view-weighting"));
        ui.radio_value(
            &mut state.weighting,
            Weighting::PerRespondent,
            texts.tr("survey-view-per-respondent"),
        );
        ui.radio_value(
            &mut state.weighting,
            Weighting::EqualPerCountry,
            texts.tr("survey-view-per-country"),
        );
    });
}

/// A chip that puts `value` in or out of `chosen` (none chosen: all).
fn toggle<T: PartialEq>(ui: &mut egui::Ui, chosen: &mut Vec<T>, value: T, label: &str) {
    let on = chosen.contains(&value);
    if ui.selectable_label(on, label).clicked() {
        if on {
            chosen.retain(|v| *v != value);
        } else {
            chosen.push(value);
        }
    }
}

/// "job holders", "supervisors" … as the filter and the marks name them.
pub(super) fn level_words(texts: &Catalogue, level: Level) -> String {
    texts.tr(&format!("survey-view-level-{}", level.key()))
}

fn weighting_words(texts: &Catalogue, weighting: dacum_model::survey::stats::Weighting) -> String {
    use dacum_model::survey::stats::Weighting;
    texts.tr(match weighting {
        Weighting::PerRespondent => "survey-view-pooled-per-respondent",
        Weighting::EqualPerCountry => "survey-view-pooled-per-country",
    })
}

fn warning_words(texts: &Catalogue, warning: &Warning) -> String {
    match warning {
        Warning::CountryMajority {
            country,
            respondents,
            total,
        } => texts.tr_args(
            "survey-warn-majority",
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
        } => texts.tr_args(
            "survey-warn-few",
            &[
                ("country", country.as_str().into()),
                ("respondents", (*respondents).into()),
                ("minimum", (*minimum).into()),
            ],
        ),
        Warning::LevelAbsent { level } => texts.tr_args(
            "survey-warn-level-absent",
            &[("level", level_words(texts, *level).into())],
        ),
        Warning::NoCountry { respondents } => texts.tr_args(
            "survey-warn-no-country",
            &[("respondents", (*respondents).into())],
        ),
    }
}

/// Respondents by country and position, with totals.
fn distribution_ui(ui: &mut egui::Ui, texts: &Catalogue, stats: &SurveyStats) {
    let distribution = &stats.survey.distribution;
    egui::Grid::new("survey-distribution")
        .striped(true)
        .num_columns(7)
        .show(ui, |ui| {
            ui.strong(texts.tr("survey-view-country"));
            for level in Level::ALL {
                ui.strong(level_words(texts, level));
            }
            ui.strong(texts.tr("survey-view-no-level"));
            ui.strong(texts.tr("survey-view-total"));
            ui.end_row();
            for row in &distribution.countries {
                if row.country.is_empty() {
                    ui.label(texts.tr("survey-view-no-country"));
                } else {
                    ui.label(&row.country);
                }
                for count in row.levels.counts {
                    ui.label(count.to_string());
                }
                ui.strong(row.levels.total().to_string());
                ui.end_row();
            }
            ui.strong(texts.tr("survey-view-total"));
            for count in distribution.levels.counts {
                ui.strong(count.to_string());
            }
            ui.strong(distribution.total().to_string());
            ui.end_row();
        });
}
