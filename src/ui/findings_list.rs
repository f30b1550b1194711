//! The findings list: every problem of the session (statement warnings, broken
//! references), each a button that jumps to its element.

use super::command::Command;
use super::language::{Tr, catalogue};
use dacum_model::Document;
use dacum_model::integrity::{Problem, Severity, check_session};
use dacum_model::statement_rules::RuleSet;

/// The problems of the current document state, recomputed only when it changes.
#[derive(Default)]
pub struct Findings {
    state: Option<u64>,
    problems: Vec<Problem>,
}

impl Findings {
    pub fn update(&mut self, document: &Document) -> &[Problem] {
        if self.state != Some(document.state()) || self.state.is_none() {
            self.problems = check_session(document.session());
            self.state = Some(document.state());
        }
        &self.problems
    }

    /// Forgets the cache (a different document was opened).
    pub fn reset(&mut self) {
        self.state = None;
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }
}

/// Lists the problems, under a line saying which statement rules apply to the
/// session's language; a problem chosen asks to reveal its element.
pub fn findings_list_ui(
    ui: &mut egui::Ui,
    rules: RuleSet,
    problems: &[Problem],
    commands: &mut Vec<Command>,
) {
    ui.weak(ui.text(&rules.summary()));
    if problems.is_empty() {
        ui.label(ui.tr("findings-none"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("findings")
        .max_height(220.0)
        .show(ui, |ui| {
            let texts = catalogue(ui.ctx());
            for problem in problems {
                let kind = texts.tr(match problem.severity {
                    Severity::Error => "findings-error",
                    Severity::Warning => "findings-warning",
                });
                let place = if problem.place.is_empty() {
                    String::new()
                } else {
                    format!(" {}", problem.place)
                };
                let text = format!("{kind}{place}: {}", texts.text(&problem.message));
                match problem.element {
                    Some(id) => {
                        if ui
                            .link(text)
                            .on_hover_text(texts.tr("findings-go-to"))
                            .clicked()
                        {
                            commands.push(Command::Reveal(id));
                        }
                    }
                    None => {
                        ui.label(text);
                    }
                }
            }
        });
}

#[cfg(test)]
mod tests;
