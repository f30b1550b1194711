//! The command table: every action a user can start from a menu or a keyboard
//! shortcut, each with its label, what it does in a sentence (as message ids of
//! the catalogues), and its shortcuts (after rerun's `UICommand`). The menus take their entries from it
//! (`menu_bar.rs`), the app's keyboard handling consumes its shortcuts
//! ([`UiCommand::pressed`]), and a help window can list it ([`UiCommand::iter`]):
//! a command's label or shortcut is written once, here.
//!
//! Actions that carry data (open this file, save to that path, show that view)
//! are not in the table: they are `Command` variants, which is also how a table
//! command reaches the app (`Command::Ui`).

use std::cmp::Reverse;

use dacum_i18n::Catalogue;
use egui::{Key, KeyboardShortcut, ModifierNames, Modifiers};

use super::widgets::keystrokes::consume_shortcut;

/// Declares the table's enum and `ALL`, its every variant in menu order, from
/// one list, so that no command can be missing from `ALL`.
macro_rules! ui_commands {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// A user action without arguments: a menu entry, usually with a shortcut.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum UiCommand {
            $($(#[$doc])* $name,)*
        }

        impl UiCommand {
            /// Every command, in the order of the menus.
            pub const ALL: &[UiCommand] = &[$(UiCommand::$name,)*];
        }
    };
}

ui_commands! {
    New,
    Open,
    /// Asks for the session files to merge (File › Merge sessions…).
    MergeSessions,
    Save,
    SaveAs,
    /// Opens the Export PDF window.
    ExportPdf,
    ImportCsv,
    ExportCsv,
    /// Writes the texts for a translator (File › Translations).
    ExportTranslations,
    /// Brings a translator's file back (File › Translations).
    ImportTranslations,
    /// Writes the survey's questionnaire (File › Survey).
    SurveyForm,
    /// Writes the data-entry workbook for paper answers (File › Survey).
    SurveyWorkbook,
    /// Reads a file of survey answers (File › Survey).
    ImportSurvey,
    /// Writes the survey's per-task figures as shown (File › Survey).
    ExportSurveyStats,
    Quit,
    Undo,
    Redo,
    ToggleGuide,
    ToggleFindings,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ToggleHighContrast,
    ToggleFullscreen,
}

/// What the table says about one command; its texts are message ids of the
/// catalogues (`assets/i18n/*/main.ftl`).
pub struct Meta {
    /// The menu label's message id.
    pub text: &'static str,
    /// The message id of what the command does, in a sentence (for tooltips
    /// and the help).
    pub tooltip: &'static str,
    /// Its keyboard shortcuts, the one the menu shows first.
    pub shortcuts: &'static [KeyboardShortcut],
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl UiCommand {
    /// Every command, in the order of the menus.
    pub fn iter() -> impl Iterator<Item = UiCommand> {
        Self::ALL.iter().copied()
    }

    pub fn meta(self) -> Meta {
        use egui::gui_zoom::kb_shortcuts::{ZOOM_IN, ZOOM_IN_SECONDARY, ZOOM_OUT, ZOOM_RESET};
        let (text, tooltip, shortcuts): (_, _, &'static [KeyboardShortcut]) = match self {
            UiCommand::New => ("cmd-new", "cmd-new-tip", const { &[command(Key::N)] }),
            UiCommand::Open => ("cmd-open", "cmd-open-tip", const { &[command(Key::O)] }),
            UiCommand::MergeSessions => ("cmd-merge-sessions", "cmd-merge-sessions-tip", &[]),
            UiCommand::Save => ("cmd-save", "cmd-save-tip", const { &[command(Key::S)] }),
            UiCommand::SaveAs => (
                "cmd-save-as",
                "cmd-save-as-tip",
                const { &[command_shift(Key::S)] },
            ),
            UiCommand::ExportPdf => (
                "cmd-export-pdf",
                "cmd-export-pdf-tip",
                const { &[command(Key::P)] },
            ),
            UiCommand::ImportCsv => ("cmd-import-csv", "cmd-import-csv-tip", &[]),
            UiCommand::ExportCsv => ("cmd-export-csv", "cmd-export-csv-tip", &[]),
            UiCommand::ExportTranslations => (
                "cmd-export-translations",
                "cmd-export-translations-tip",
                &[],
            ),
            UiCommand::ImportTranslations => (
                "cmd-import-translations",
                "cmd-import-translations-tip",
                &[],
            ),
            UiCommand::SurveyForm => ("cmd-survey-form", "cmd-survey-form-tip", &[]),
            UiCommand::SurveyWorkbook => ("cmd-survey-workbook", "cmd-survey-workbook-tip", &[]),
            UiCommand::ImportSurvey => ("cmd-import-survey", "cmd-import-survey-tip", &[]),
            UiCommand::ExportSurveyStats => (
                "cmd-export-survey-stats",
                "cmd-export-survey-stats-tip",
                &[],
            ),
            UiCommand::Quit => ("cmd-quit", "cmd-quit-tip", &[]),
            UiCommand::Undo => ("cmd-undo", "cmd-undo-tip", const { &[command(Key::Z)] }),
            UiCommand::Redo => (
                "cmd-redo",
                "cmd-redo-tip",
                const { &[command_shift(Key::Z), command(Key::Y)] },
            ),
            UiCommand::ToggleGuide => ("cmd-guide", "cmd-guide-tip", &[]),
            UiCommand::ToggleFindings => ("cmd-findings", "cmd-findings-tip", &[]),
            UiCommand::ZoomIn => (
                "cmd-zoom-in",
                "cmd-zoom-in-tip",
                &[ZOOM_IN, ZOOM_IN_SECONDARY],
            ),
            UiCommand::ZoomOut => ("cmd-zoom-out", "cmd-zoom-out-tip", &[ZOOM_OUT]),
            UiCommand::ZoomReset => ("cmd-zoom-reset", "cmd-zoom-reset-tip", &[ZOOM_RESET]),
            UiCommand::ToggleHighContrast => (
                "cmd-high-contrast",
                "cmd-high-contrast-tip",
                const { &[command_shift(Key::H)] },
            ),
            UiCommand::ToggleFullscreen => (
                "cmd-fullscreen",
                "cmd-fullscreen-tip",
                const { &[KeyboardShortcut::new(Modifiers::NONE, Key::F11)] },
            ),
        };
        Meta {
            text,
            tooltip,
            shortcuts,
        }
    }

    /// The menu label in the catalogue's language.
    pub fn text(self, catalogue: &Catalogue) -> String {
        catalogue.tr(self.meta().text)
    }

    /// What the command does, in a sentence, in the catalogue's language.
    pub fn tooltip(self, catalogue: &Catalogue) -> String {
        catalogue.tr(self.meta().tooltip)
    }

    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        self.meta().shortcuts
    }

    /// The Help menu's line of shortcuts ("Ctrl+Z Undo · Ctrl+Shift+Z Redo · …"),
    /// made from the table, so a shortcut changed here changes the help too.
    /// The labels keep their case: lower-casing would be wrong for German nouns.
    pub fn help_line(catalogue: &Catalogue) -> String {
        const IN_HELP: &[UiCommand] = &[
            UiCommand::Undo,
            UiCommand::Redo,
            UiCommand::ZoomIn,
            UiCommand::ZoomOut,
            UiCommand::ToggleHighContrast,
            UiCommand::ToggleFullscreen,
        ];
        IN_HELP
            .iter()
            .map(|c| format!("{} {}", c.shortcut_text(), c.text(catalogue)))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// The first shortcut as the menus show it ("Ctrl+Shift+S", "Ctrl+−", "F11");
    /// empty for a command without one. Written "Ctrl" on every platform, as the
    /// help text says.
    pub fn shortcut_text(self) -> String {
        self.shortcuts()
            .first()
            .copied()
            .map_or_else(String::new, format)
    }

    /// Whether egui itself acts on the shortcuts: its keyboard zoom (with its own
    /// steps), which `Appearance::sync` then remembers. The app leaves those keys
    /// to egui rather than zooming twice.
    fn egui_handles_shortcuts(self) -> bool {
        matches!(
            self,
            UiCommand::ZoomIn | UiCommand::ZoomOut | UiCommand::ZoomReset
        )
    }

    /// Takes this frame's shortcut key presses out of the input and returns their
    /// commands. A shortcut with more modifiers is tried first, because egui
    /// matches modifiers loosely (Ctrl+Z would also take Ctrl+Shift+Z, which is
    /// Redo); the text a key press typed goes with it (`consume_shortcut`).
    pub fn pressed(input: &mut egui::InputState) -> Vec<UiCommand> {
        let mut table: Vec<(KeyboardShortcut, UiCommand)> = Self::iter()
            .filter(|c| !c.egui_handles_shortcuts())
            .flat_map(|c| c.shortcuts().iter().map(move |s| (*s, c)))
            .collect();
        table.sort_by_key(|(shortcut, _)| Reverse(modifier_count(shortcut.modifiers)));
        let mut pressed = Vec::new();
        for (shortcut, command) in table {
            if consume_shortcut(input, shortcut.modifiers, shortcut.logical_key) {
                pressed.push(command);
            }
        }
        pressed
    }
}

fn modifier_count(modifiers: Modifiers) -> usize {
    [
        modifiers.alt,
        modifiers.ctrl || modifiers.command || modifiers.mac_cmd,
        modifiers.shift,
    ]
    .into_iter()
    .filter(|&on| on)
    .count()
}

/// "Ctrl+Shift+S": egui's modifier names, then the key's symbol ("+", "−") where
/// it has one rather than its name ("Plus").
fn format(shortcut: KeyboardShortcut) -> String {
    let mut text = ModifierNames::NAMES.format(&shortcut.modifiers, false);
    if !text.is_empty() {
        text.push('+');
    }
    text.push_str(shortcut.logical_key.symbol_or_name());
    text
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use dacum_i18n::Language;

    use super::*;

    #[test]
    fn every_command_has_a_label_and_a_tooltip_in_every_language() {
        for &language in Language::ALL {
            let catalogue = Catalogue::new(language);
            for command in UiCommand::iter() {
                let meta = command.meta();
                assert!(
                    catalogue.has(meta.text),
                    "{language:?} {command:?}: no label"
                );
                assert!(
                    catalogue.has(meta.tooltip),
                    "{language:?} {command:?}: no tooltip"
                );
            }
        }
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen = HashSet::new();
        for command in UiCommand::iter() {
            for shortcut in command.shortcuts() {
                assert!(
                    seen.insert((shortcut.modifiers, shortcut.logical_key)),
                    "{} of {command:?} is taken",
                    format(*shortcut)
                );
            }
        }
    }

    #[test]
    fn shortcuts_read_as_the_menus_always_showed_them() {
        let shown: Vec<(UiCommand, String)> = UiCommand::iter()
            .map(|c| (c, c.shortcut_text()))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        let expected = [
            (UiCommand::New, "Ctrl+N"),
            (UiCommand::Open, "Ctrl+O"),
            (UiCommand::Save, "Ctrl+S"),
            (UiCommand::SaveAs, "Ctrl+Shift+S"),
            (UiCommand::ExportPdf, "Ctrl+P"),
            (UiCommand::Undo, "Ctrl+Z"),
            (UiCommand::Redo, "Ctrl+Shift+Z"),
            (UiCommand::ZoomIn, "Ctrl++"),
            (UiCommand::ZoomOut, "Ctrl+−"),
            (UiCommand::ZoomReset, "Ctrl+0"),
            (UiCommand::ToggleHighContrast, "Ctrl+Shift+H"),
            (UiCommand::ToggleFullscreen, "F11"),
        ];
        let expected: Vec<(UiCommand, String)> = expected
            .iter()
            .map(|(c, t)| (*c, (*t).to_owned()))
            .collect();
        assert_eq!(shown, expected);
    }

    fn press(modifiers: Modifiers, key: Key) -> egui::Event {
        egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    fn pressed(events: Vec<egui::Event>) -> Vec<UiCommand> {
        let ctx = egui::Context::default();
        let input = egui::RawInput {
            events,
            ..Default::default()
        };
        let mut commands = Vec::new();
        let mut output = ctx.run_ui(input, |ui| {
            commands = ui.input_mut(UiCommand::pressed);
        });
        // The fonts uploaded in the frame go nowhere: no renderer in this test.
        output.textures_delta.clear();
        commands
    }

    #[test]
    fn a_shortcut_with_shift_is_not_taken_by_the_one_without() {
        let shift = Modifiers::COMMAND | Modifiers::SHIFT;
        assert_eq!(pressed(vec![press(shift, Key::Z)]), vec![UiCommand::Redo]);
        assert_eq!(
            pressed(vec![press(Modifiers::COMMAND, Key::Z)]),
            vec![UiCommand::Undo]
        );
        assert_eq!(pressed(vec![press(shift, Key::S)]), vec![UiCommand::SaveAs]);
        assert_eq!(
            pressed(vec![press(Modifiers::COMMAND, Key::Y)]),
            vec![UiCommand::Redo]
        );
        assert_eq!(
            pressed(vec![press(Modifiers::NONE, Key::F11)]),
            vec![UiCommand::ToggleFullscreen]
        );
    }

    /// The Help menu lists each shortcut with its command's label, as the
    /// table has them.
    #[test]
    fn the_help_line_is_made_from_the_table() {
        assert_eq!(
            UiCommand::help_line(&Catalogue::new(Language::English)),
            "Ctrl+Z Undo · Ctrl+Shift+Z Redo · Ctrl++ Zoom in · Ctrl+− Zoom out · \
             Ctrl+Shift+H High contrast (projector) · F11 Full screen"
        );
    }

    #[test]
    fn zoom_keys_are_left_to_egui() {
        assert_eq!(pressed(vec![press(Modifiers::COMMAND, Key::Plus)]), vec![]);
        assert_eq!(pressed(vec![press(Modifiers::COMMAND, Key::Num0)]), vec![]);
    }
}
