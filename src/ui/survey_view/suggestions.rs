//! Reviewing the tasks respondents say the chart misses: one row per group of
//! alike suggestions, with how often it was made, a chart task it resembles,
//! the statement and duty to add it as (both editable), and Add to the chart
//! or Reject with a reason. Each decision is one undo step.

use std::collections::HashMap;

use egui::RichText;

use crate::ui::command::Command;
use crate::ui::language::catalogue;
use dacum_model::survey::suggestions::{SuggestionGroup, accept, reject};
use dacum_model::{Id, Session, duty_code};

/// What is typed for one group before it is decided.
#[derive(Clone, Debug, Default)]
pub(super) struct Draft {
    statement: Option<String>,
    duty: Option<Id>,
    reason: String,
}

pub(super) fn suggestions_ui(
    ui: &mut egui::Ui,
    session: &Session,
    groups: &[SuggestionGroup],
    drafts: &mut HashMap<Id, Draft>,
    commands: &mut Vec<Command>,
) {
    let texts = catalogue(ui.ctx());
    if groups.is_empty() {
        ui.label(texts.tr("survey-view-no-suggestions"));
        return;
    }
    for group in groups {
        let Some(&(_, key)) = group.members.first() else {
            continue;
        };
        let draft = drafts.entry(key).or_default();
        ui.push_id(key, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&group.statement).strong());
                ui.label(texts.tr_args(
                    "survey-view-suggested-times",
                    &[("count", group.members.len().into())],
                ));
                if let Some(code) = group.like_task.and_then(|t| session.chart.code_of(t)) {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        texts.tr_args("survey-view-like-task", &[("code", code.into())]),
                    );
                }
            });
            ui.horizontal_wrapped(|ui| {
                let mut statement = draft
                    .statement
                    .clone()
                    .unwrap_or_else(|| group.statement.clone());
                ui.add(
                    egui::TextEdit::singleline(&mut statement)
                        .desired_width(260.0)
                        .hint_text(texts.tr("survey-view-statement")),
                );
                let duty = draft.duty.or(group.duty);
                let selected = duty.and_then(|d| session.chart.find_duty(d)).map_or_else(
                    || texts.tr("survey-view-choose-duty"),
                    |i| {
                        format!(
                            "{} {}",
                            duty_code(i),
                            session.chart.duties.get(i).map_or("", |d| d.title.as_str())
                        )
                    },
                );
                let mut chosen = duty;
                let label = ui.label(texts.tr("survey-view-under-duty"));
                egui::ComboBox::from_id_salt("duty")
                    .selected_text(selected)
                    .width(200.0)
                    .show_ui(ui, |ui| {
                        for (i, d) in session.chart.duties.iter().enumerate() {
                            let label = format!("{} {}", duty_code(i), d.title);
                            if ui.selectable_label(chosen == Some(d.id), label).clicked() {
                                chosen = Some(d.id);
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                let can_accept = chosen.is_some() && !statement.trim().is_empty();
                if ui
                    .add_enabled(
                        can_accept,
                        egui::Button::new(texts.tr("survey-view-accept")),
                    )
                    .clicked()
                    && let Ok(edit) = accept(session, group, &statement, chosen)
                {
                    commands.push(Command::Edit(edit));
                }
                draft.statement = Some(statement);
                draft.duty = chosen;
                ui.separator();
                ui.add(
                    egui::TextEdit::singleline(&mut draft.reason)
                        .desired_width(180.0)
                        .hint_text(texts.tr("survey-view-reason")),
                );
                let can_reject = !draft.reason.trim().is_empty();
                if ui
                    .add_enabled(
                        can_reject,
                        egui::Button::new(texts.tr("survey-view-reject")),
                    )
                    .on_disabled_hover_text(texts.tr("survey-view-reason-first"))
                    .clicked()
                    && let Ok(edit) = reject(session, group, &draft.reason)
                {
                    commands.push(Command::Edit(edit));
                }
            });
            ui.separator();
        });
    }
}
