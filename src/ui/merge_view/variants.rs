//! Other wordings: values the partners wrote the same after normalisation but
//! differently ("CONDUCT CELL SEARCHES", "Conduct cell searches"). The merge
//! keeps the plainest wording and records the others here, with who wrote
//! them, so that no partner's spelling is lost; nothing needs deciding.

use crate::ui::language::Tr;
use std::collections::HashMap;

use egui::RichText;

use super::{CardList, FieldOf, VariantRow, source_names, value_label};
use crate::ui::command::Command;
use dacum_i18n::Catalogue;
use dacum_model::merge::Places;
use dacum_model::text::same_text_key;
use dacum_model::{Conflict, Decision, Field, Id, Session, Value};

/// The other wordings of a session with the words to show them.
pub(super) fn rows(session: &Session, texts: &Catalogue) -> Vec<VariantRow> {
    let provenance = &session.provenance;
    let places = Places::of(session);
    let conflicts: HashMap<(Id, Field), &Conflict> = provenance
        .conflicts
        .iter()
        .map(|c| ((c.element, c.field), c))
        .collect();
    let decisions: HashMap<(Id, Field), &Decision> = provenance
        .decisions
        .iter()
        .map(|d| ((d.element, d.field), d))
        .collect();
    provenance
        .variants
        .iter()
        .map(|record| {
            let (element, field) = (record.element, record.field);
            // The values the field holds: kept, in conflict or set aside.
            let kept = places.field_value(element, field);
            let conflict = conflicts.get(&(element, field));
            let decision = decisions.get(&(element, field));
            let values: Vec<&Value> = kept
                .iter()
                .chain(
                    conflict
                        .iter()
                        .flat_map(|c| c.alternatives.iter().map(|a| &a.value)),
                )
                .chain(
                    decision
                        .iter()
                        .flat_map(|d| d.set_aside.iter().map(|a| &a.value)),
                )
                .collect();
            let key = |value: &Value| match value {
                Value::Text(text) => Some(same_text_key(text)),
                _ => None,
            };
            let mut groups: Vec<(String, Vec<(String, String)>)> = Vec::new();
            for variant in &record.variants {
                let of = values
                    .iter()
                    .find(|v| key(v).is_some() && key(v) == key(&variant.value))
                    .map(|v| value_label(texts, session, v))
                    .unwrap_or_default();
                let who = source_names(texts, provenance, &variant.sources, &variant.note);
                let line = (
                    value_label(texts, session, &variant.value),
                    texts.tr_args("merge-written-by", &[("sources", who.into())]),
                );
                match groups.iter_mut().find(|(g, _)| *g == of) {
                    Some((_, lines)) => lines.push(line),
                    None => groups.push((of, vec![line])),
                }
            }
            VariantRow {
                of: FieldOf::new(texts, &places, session, element, field),
                groups,
            }
        })
        .collect()
}

pub(super) fn list_ui(ui: &mut egui::Ui, rows: &[VariantRow], commands: &mut Vec<Command>) {
    let texts = CardList {
        heading: "merge-variants",
        empty: "merge-variants-none",
        explanation: "merge-variants-text",
    };
    texts.show(ui, rows, |ui, row| row_ui(ui, row, commands));
}

fn row_ui(ui: &mut egui::Ui, row: &VariantRow, commands: &mut Vec<Command>) {
    row.of.heading_ui(ui, commands);
    for (value, lines) in &row.groups {
        ui.horizontal_wrapped(|ui| {
            if value.is_empty() {
                ui.label(RichText::new(ui.tr("merge-written-as")).weak());
            } else {
                ui.label(RichText::new(value).strong());
                ui.label(RichText::new(ui.tr("merge-also-written-as")).weak());
            }
        });
        for (variant, who) in lines {
            ui.horizontal_wrapped(|ui| {
                ui.add_space(16.0);
                ui.label(variant);
                ui.label(RichText::new(who).weak());
            });
        }
    }
}
