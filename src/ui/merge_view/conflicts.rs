//! The conflicts: fields the partners changed differently. Each shows the value
//! the session holds now (the one most partners wrote) and every alternative
//! with the partners who wrote it; clicking a value keeps it and closes the
//! conflict.

use crate::ui::language::Tr;
use std::collections::BTreeSet;

use egui::RichText;

use super::{CardList, Choice, ConflictRow, FieldOf, source_names, value_label};
use crate::ui::command::Command;
use dacum_i18n::Catalogue;
use dacum_model::merge::Places;
use dacum_model::{Edit, Id, Session};

/// The conflicts of a session with the words to show them.
pub(super) fn rows(session: &Session, texts: &Catalogue) -> Vec<ConflictRow> {
    let provenance = &session.provenance;
    let places = Places::of(session);
    let all: BTreeSet<Id> = provenance.sources.iter().map(|s| s.id).collect();
    provenance
        .conflicts
        .iter()
        .map(|conflict| {
            let held = provenance.elements.get(&conflict.element).unwrap_or(&all);
            let elsewhere: BTreeSet<Id> = conflict
                .alternatives
                .iter()
                .flat_map(|a| a.sources.iter().copied())
                .collect();
            let kept_sources: BTreeSet<Id> = held.difference(&elsewhere).copied().collect();
            let kept = places
                .field_value(conflict.element, conflict.field)
                .map(|value| Choice {
                    label: value_label(texts, session, &value),
                    sources: source_names(texts, provenance, &kept_sources, ""),
                    value,
                    kept: true,
                });
            let alternatives = conflict.alternatives.iter().map(|a| Choice {
                label: value_label(texts, session, &a.value),
                sources: source_names(texts, provenance, &a.sources, &a.note),
                value: a.value.clone(),
                kept: false,
            });
            ConflictRow {
                of: FieldOf::new(texts, &places, session, conflict.element, conflict.field),
                choices: kept.into_iter().chain(alternatives).collect(),
            }
        })
        .collect()
}

pub(super) fn list_ui(ui: &mut egui::Ui, rows: &[ConflictRow], commands: &mut Vec<Command>) {
    let texts = CardList {
        heading: "merge-conflicts",
        empty: "merge-conflicts-none",
        explanation: "merge-conflicts-text",
    };
    texts.show(ui, rows, |ui, row| row_ui(ui, row, commands));
}

fn row_ui(ui: &mut egui::Ui, row: &ConflictRow, commands: &mut Vec<Command>) {
    row.of.heading_ui(ui, commands);
    for choice in &row.choices {
        ui.horizontal(|ui| {
            let button = egui::Button::selectable(choice.kept, choice.label.as_str()).wrap();
            let hover = ui.tr(if choice.kept {
                "merge-keep-value"
            } else {
                "merge-use-value"
            });
            if ui.add(button).on_hover_text(hover).clicked() {
                commands.push(Command::Edit(Edit::ResolveConflict {
                    element: row.of.element,
                    field: row.of.field,
                    value: choice.value.clone(),
                }));
            }
            let who = if choice.kept {
                ui.tr_args(
                    "merge-kept-now",
                    &[("sources", choice.sources.as_str().into())],
                )
            } else {
                choice.sources.clone()
            };
            ui.label(RichText::new(who).weak());
        });
    }
}
