//! The menu bar (File, Edit, View, Help). Its entries come from the command table
//! (`UiCommand`: label and shortcut text); this file only says which command goes
//! in which menu, and pushes the chosen one as a `Command`.

use super::command::Command;
use super::language::catalogue;
use super::settings::Settings;
use super::ui_command::UiCommand;
use super::view::View;
use dacum_i18n::{Catalogue, Language};
use dacum_model::Document;

/// A menu entry for a command of the table, showing its first shortcut.
fn item(ui: &mut egui::Ui, command: UiCommand, commands: &mut Vec<Command>) {
    let label = command.text(&catalogue(ui.ctx()));
    item_labelled(ui, command, &label, true, commands);
}

fn item_labelled(
    ui: &mut egui::Ui,
    command: UiCommand,
    label: &str,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let button = egui::Button::new(label).shortcut_text(command.shortcut_text());
    if ui.add_enabled(enabled, button).clicked() {
        commands.push(command.into());
    }
}

/// A menu entry for a command that turns something on or off, ticked when on.
fn toggle(ui: &mut egui::Ui, command: UiCommand, on: bool) -> egui::Response {
    let label = command.text(&catalogue(ui.ctx()));
    ui.checkbox(&mut on.clone(), label)
}

/// "Undo Add task" while there is something to undo, else a greyed "Undo".
fn undo_item(
    ui: &mut egui::Ui,
    command: UiCommand,
    step: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let texts = catalogue(ui.ctx());
    let label = match step {
        Some(step) => {
            let step = [("step", texts.tr(step).into())];
            match command {
                UiCommand::Redo => texts.tr_args("redo-step", &step),
                _ => texts.tr_args("undo-step", &step),
            }
        }
        None => command.text(&texts),
    };
    item_labelled(ui, command, &label, step.is_some(), commands);
}

pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    document: &Document,
    settings: &Settings,
    (view, texts_in): (View, Option<&str>),
    commands: &mut Vec<Command>,
) {
    let texts = catalogue(ui.ctx());
    egui::Panel::top("menu-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(texts.tr("menu-file"), |ui| {
                item(ui, UiCommand::New, commands);
                item(ui, UiCommand::Open, commands);
                ui.menu_button(texts.tr("menu-open-recent"), |ui| {
                    if settings.recent.is_empty() {
                        ui.label(texts.tr("menu-no-recent"));
                    }
                    for path in &settings.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            commands.push(Command::OpenPath(path.clone()));
                        }
                    }
                });
                item(ui, UiCommand::MergeSessions, commands);
                ui.separator();
                item(ui, UiCommand::Save, commands);
                item(ui, UiCommand::SaveAs, commands);
                ui.separator();
                item(ui, UiCommand::ExportPdf, commands);
                ui.separator();
                item(ui, UiCommand::ImportCsv, commands);
                item(ui, UiCommand::ExportCsv, commands);
                ui.menu_button(texts.tr("menu-translations"), |ui| {
                    item(ui, UiCommand::ExportTranslations, commands);
                    item(ui, UiCommand::ImportTranslations, commands);
                });
                ui.menu_button(texts.tr("menu-survey"), |ui| {
                    item(ui, UiCommand::SurveyForm, commands);
                    item(ui, UiCommand::SurveyWorkbook, commands);
                    item(ui, UiCommand::ImportSurvey, commands);
                    item(ui, UiCommand::ExportSurveyStats, commands);
                });
                ui.separator();
                item(ui, UiCommand::Quit, commands);
            });
            ui.menu_button(texts.tr("menu-edit"), |ui| {
                undo_item(ui, UiCommand::Undo, document.undo_label(), commands);
                undo_item(ui, UiCommand::Redo, document.redo_label(), commands);
            });
            ui.menu_button(texts.tr("menu-view"), |ui| {
                for v in View::ALL {
                    if ui.radio(view == v, v.title(&texts)).clicked() {
                        commands.push(Command::Show(v));
                    }
                }
                texts_in_menu_ui(ui, document, texts_in, &texts, commands);
                ui.separator();
                if toggle(ui, UiCommand::ToggleGuide, settings.show_guide).clicked() {
                    commands.push(UiCommand::ToggleGuide.into());
                }
                item(ui, UiCommand::ToggleFindings, commands);
                ui.separator();
                item(ui, UiCommand::ZoomIn, commands);
                item(ui, UiCommand::ZoomOut, commands);
                item(ui, UiCommand::ZoomReset, commands);
                let contrast = UiCommand::ToggleHighContrast;
                if toggle(ui, contrast, settings.appearance.high_contrast)
                    .on_hover_text(contrast.shortcut_text())
                    .clicked()
                {
                    commands.push(contrast.into());
                }
                item(ui, UiCommand::ToggleFullscreen, commands);
                ui.separator();
                language_menu_ui(ui, &texts, commands);
            });
            ui.menu_button(texts.tr("menu-help"), |ui| {
                ui.label(texts.tr("help-about"));
                ui.label(texts.tr_args(
                    "help-version",
                    &[("version", env!("CARGO_PKG_VERSION").into())],
                ));
                ui.label(texts.tr("help-board-keys"));
                ui.label(UiCommand::help_line(&texts));
            });
        });
    });
}

/// View › Language: every interface language by its own name (so a user who
/// cannot read the current one still finds theirs), the current one ticked.
fn language_menu_ui(ui: &mut egui::Ui, texts: &Catalogue, commands: &mut Vec<Command>) {
    ui.menu_button(texts.tr("menu-language"), |ui| {
        for &language in Language::ALL {
            let chosen = texts.language() == language;
            if ui.radio(chosen, language.native_name()).clicked() && !chosen {
                commands.push(Command::SetLanguage(language));
            }
        }
    });
}

/// View › Texts in: the languages the session's texts can be shown in, the
/// working language first and marked as such, the shown one ticked.
fn texts_in_menu_ui(
    ui: &mut egui::Ui,
    document: &Document,
    texts_in: Option<&str>,
    texts: &Catalogue,
    commands: &mut Vec<Command>,
) {
    let session = document.session();
    let shown = super::texts_in::translated(session, texts_in);
    ui.menu_button(texts.tr("menu-texts-in"), |ui| {
        for (i, language) in session.display_languages().into_iter().enumerate() {
            let working = i == 0;
            // The tag, and the language's own name where the app knows it.
            let named = match Language::from_tag(&language) {
                Some(known) => format!("{language} · {}", known.native_name()),
                None => language.clone(),
            };
            let label = if working {
                texts.tr_args("menu-texts-in-working", &[("language", named.into())])
            } else {
                named
            };
            let chosen = if working {
                shown.is_none()
            } else {
                shown == Some(language.as_str())
            };
            if ui.radio(chosen, label).clicked() && !chosen {
                commands.push(Command::ShowTextsIn((!working).then_some(language)));
                ui.close();
            }
        }
    });
}
