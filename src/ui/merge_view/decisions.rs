//! The decisions: conflicts the coordinator settled. Each shows the value kept
//! and the values set aside with the partners who wrote them; Reopen makes it a
//! conflict again.

use crate::ui::language::Tr;
use egui::RichText;

use super::{CardList, DecisionRow, FieldOf, source_names, value_label};
use crate::ui::command::Command;
use dacum_i18n::Catalogue;
use dacum_model::merge::Places;
use dacum_model::{Edit, Session};

/// The decisions of a session with the words to show them.
pub(super) fn rows(session: &Session, texts: &Catalogue) -> Vec<DecisionRow> {
    let provenance = &session.provenance;
    let places = Places::of(session);
    provenance
        .decisions
        .iter()
        .map(|decision| DecisionRow {
            of: FieldOf::new(texts, &places, session, decision.element, decision.field),
            kept: places
                .field_value(decision.element, decision.field)
                .map(|value| value_label(texts, session, &value))
                .unwrap_or_default(),
            set_aside: decision
                .set_aside
                .iter()
                .map(|a| {
                    let who = source_names(texts, provenance, &a.sources, &a.note);
                    (value_label(texts, session, &a.value), who)
                })
                .collect(),
        })
        .collect()
}

pub(super) fn list_ui(ui: &mut egui::Ui, rows: &[DecisionRow], commands: &mut Vec<Command>) {
    let texts = CardList {
        heading: "merge-decided",
        empty: "merge-decided-none",
        explanation: "merge-decided-text",
    };
    texts.show(ui, rows, |ui, row| row_ui(ui, row, commands));
}

fn row_ui(ui: &mut egui::Ui, row: &DecisionRow, commands: &mut Vec<Command>) {
    row.of.heading_ui(ui, commands);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(ui.tr("merge-kept")).weak());
        ui.label(RichText::new(&row.kept).strong());
    });
    for (value, who) in &row.set_aside {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(ui.tr("merge-set-aside")).weak());
            ui.label(value);
            ui.label(RichText::new(who).weak());
        });
    }
    let reopen = ui
        .button(ui.tr("merge-reopen"))
        .on_hover_text(ui.tr("merge-reopen-tip"))
        .accessible_name(ui.tr_args(
            "merge-reopen-name",
            &[
                ("field", row.of.name.as_str().into()),
                ("what", row.of.what.as_str().into()),
            ],
        ));
    if reopen.clicked() {
        commands.push(Command::Edit(Edit::ReopenDecision {
            element: row.of.element,
            field: row.of.field,
        }));
    }
}
