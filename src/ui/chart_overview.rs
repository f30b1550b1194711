//! A read-only overview of the session: title block, duties and tasks with their
//! codes. The editable board replaces it in the workshop view.

use crate::model::{Session, duty_code, task_code};

pub fn chart_overview_ui(ui: &mut egui::Ui, session: &Session) {
    let meta = &session.meta;
    ui.heading(if meta.title.is_empty() {
        "Untitled session"
    } else {
        &meta.title
    });
    ui.label(format!(
        "{} · {} · {}",
        meta.occupation,
        meta.country,
        meta.start.map(|d| d.to_string()).unwrap_or_default()
    ));
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for (d, duty) in session.chart.duties.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.strong(format!("{}  {}", duty_code(d), duty.title));
            });
            ui.indent(duty.id, |ui| {
                for (t, task) in duty.tasks.iter().enumerate() {
                    ui.label(format!("{}  {}", task_code(d, t), task.statement));
                }
            });
            ui.add_space(6.0);
        }
    });
}
