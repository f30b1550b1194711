//! The table behind the suggestion: every driver ranked by combined score, with
//! its means and the reason it was or was not chosen.

use super::subject_name;
use dacum_model::Pestle;
use dacum_model::pestle_stats::{AxisSuggestion, Verdict};

fn verdict_text(pestle: &Pestle, verdict: &Verdict) -> String {
    match verdict {
        Verdict::Chosen => "chosen".to_owned(),
        Verdict::Lower => "lower combined score than the two chosen".to_owned(),
        Verdict::SameGroupAs(other) => format!(
            "same related group as {}",
            pestle
                .driver(*other)
                .map_or("a chosen driver", |d| d.title.as_str())
        ),
        Verdict::NotCritical(zone) => {
            format!("not a critical uncertainty: {}", zone.name().to_lowercase())
        }
        Verdict::NoVotes => "no votes yet".to_owned(),
    }
}

pub(super) fn candidates_table(ui: &mut egui::Ui, pestle: &Pestle, suggestion: &AxisSuggestion) {
    egui::ScrollArea::horizontal()
        .id_salt("axis-candidates")
        .show(ui, |ui| table(ui, pestle, suggestion));
}

fn table(ui: &mut egui::Ui, pestle: &Pestle, suggestion: &AxisSuggestion) {
    egui::Grid::new("axis-candidates-grid")
        .striped(true)
        .show(ui, |ui| {
            for heading in [
                "Rank",
                "Driver",
                "Stands for",
                "Combined",
                "Uncertainty",
                "Impact",
                "Verdict",
            ] {
                ui.strong(heading);
            }
            ui.end_row();
            let number = |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{v:.2}"));
            for (rank, candidate) in suggestion.considered.iter().enumerate() {
                let title = pestle
                    .driver(candidate.driver)
                    .map_or("", |d| d.title.as_str());
                ui.label((rank + 1).to_string());
                ui.label(title);
                if pestle.group_of(candidate.driver).is_some() {
                    ui.label(subject_name(pestle, candidate.subject));
                } else {
                    ui.label("itself");
                }
                ui.label(number(candidate.stats.combined()));
                ui.label(number(candidate.stats.uncertainty.map(|s| s.mean)));
                ui.label(number(candidate.stats.impact.map(|s| s.mean)));
                ui.label(verdict_text(pestle, &candidate.verdict));
                ui.end_row();
            }
        });
}
