//! The table behind the suggestion: every driver ranked by combined score, with
//! its means and the reason it was or was not chosen.

use super::{driver_title, subject_name};
use crate::ui::language::{catalogue, zone_in_sentence};
use crate::ui::texts_in::Fields;
use dacum_i18n::Catalogue;
use dacum_model::pestle_stats::{AxisSuggestion, Verdict};

fn verdict_text(texts: &Catalogue, fields: &Fields<'_>, verdict: &Verdict) -> String {
    let pestle = &fields.session.pestle;
    match verdict {
        Verdict::Chosen => texts.tr("why-chosen"),
        Verdict::Lower => texts.tr("why-lower"),
        Verdict::SameGroupAs(other) => {
            let other = pestle.driver(*other).map_or_else(
                || texts.tr("why-a-chosen-driver"),
                |d| driver_title(fields, d).to_owned(),
            );
            texts.tr_args("why-same-group", &[("driver", other.into())])
        }
        Verdict::NotCritical(zone) => texts.tr_args(
            "why-not-critical",
            &[("zone", zone_in_sentence(texts, *zone).into())],
        ),
        Verdict::NoVotes => texts.tr("why-no-votes"),
    }
}

pub(super) fn candidates_table(
    ui: &mut egui::Ui,
    fields: &Fields<'_>,
    suggestion: &AxisSuggestion,
) {
    egui::ScrollArea::horizontal()
        .id_salt("axis-candidates")
        .show(ui, |ui| table(ui, fields, suggestion));
}

fn table(ui: &mut egui::Ui, fields: &Fields<'_>, suggestion: &AxisSuggestion) {
    let pestle = &fields.session.pestle;
    egui::Grid::new("axis-candidates-grid")
        .striped(true)
        .show(ui, |ui| {
            let texts = catalogue(ui.ctx());
            for heading in [
                "why-rank",
                "votes-driver",
                "why-stands-for",
                "votes-combined",
                "votes-uncertainty",
                "votes-impact",
                "why-verdict",
            ] {
                ui.strong(texts.tr(heading));
            }
            ui.end_row();
            let number = |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{v:.2}"));
            for (rank, candidate) in suggestion.considered.iter().enumerate() {
                let title = pestle
                    .driver(candidate.driver)
                    .map_or("", |d| driver_title(fields, d));
                ui.label((rank + 1).to_string());
                ui.label(title);
                if pestle.group_of(candidate.driver).is_some() {
                    ui.label(subject_name(&texts, fields, candidate.subject));
                } else {
                    ui.label(texts.tr("why-itself"));
                }
                ui.label(number(candidate.stats.combined()));
                ui.label(number(candidate.stats.uncertainty.map(|s| s.mean)));
                ui.label(number(candidate.stats.impact.map(|s| s.mean)));
                ui.label(verdict_text(&texts, fields, &candidate.verdict));
                ui.end_row();
            }
        });
}
