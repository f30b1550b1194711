//! The read-only "All participants" view of the voting grid: drivers × participants,
//! each cell "U/I" or "–" for a missing vote, to see at a glance who still has to
//! vote and where the room disagrees.

use crate::ui::language::Tr;
use std::collections::HashMap;

use egui::RichText;

use super::chip_ui;
use dacum_model::{Category, Id, Session, Vote};

pub(super) fn matrix_ui(ui: &mut egui::Ui, session: &Session) {
    let pestle = &session.pestle;
    let votes: HashMap<(Id, Id), &Vote> = pestle
        .votes
        .iter()
        .map(|v| ((v.driver, v.participant), v))
        .collect();
    egui::ScrollArea::both()
        .id_salt("voting-matrix")
        .auto_shrink(false)
        .show(ui, |ui| {
            egui::Grid::new("voting-matrix-grid")
                .striped(true)
                .spacing([1.2 * ui.spacing().item_spacing.x, 4.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(ui.tr("votes-driver")).strong());
                    for participant in &pestle.participants {
                        ui.label(RichText::new(participant.name.as_str()).strong());
                    }
                    ui.end_row();
                    for category in Category::ALL {
                        for driver in pestle.drivers.iter().filter(|d| d.category == category) {
                            ui.horizontal(|ui| {
                                chip_ui(ui, driver.category);
                                ui.label(driver.title.as_str());
                            });
                            for participant in &pestle.participants {
                                let text = match votes.get(&(driver.id, participant.id)) {
                                    Some(v) => format!("{}/{}", v.uncertainty, v.impact),
                                    None => "–".to_owned(),
                                };
                                ui.label(text);
                            }
                            ui.end_row();
                        }
                    }
                });
        });
}
