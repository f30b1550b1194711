//! The app's questions and messages: an error notice, "save before you …?", the
//! offer to restore work from a recovery copy, and what to do when the file
//! changed on disk. Each returns the user's answer.
//!
//! They are modal windows, and never stack: [`Prompts`] is a queue, the first
//! prompt is shown, the later ones wait their turn in the order they came. A new
//! kind of prompt is one more [`Prompt`] variant (and its arm where the app
//! answers it); the queue itself needs no change.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::time::SystemTime;

use dacum_model::Session;
use dacum_store::Recovery;

use super::command::Command;
use super::language::Tr;

/// A message for the user that stays until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub title: String,
    pub text: String,
}

/// A recovery copy found at start, waiting for the user's choice.
pub struct RecoveryOffer {
    pub recovery: Recovery,
    pub session: Session,
}

/// One modal question or message.
pub enum Prompt {
    Notice(Notice),
    /// "Save the changes before you …?" for a command that would discard them.
    UnsavedChanges(Command),
    /// A save found the file changed on disk since it was opened or saved here:
    /// keep mine, reload theirs or save as (the file, waiting for the answer).
    ChangedOnDisk(PathBuf),
    /// Restore or discard work found in a recovery copy (boxed: it holds a
    /// whole session).
    Recovery(Box<RecoveryOffer>),
}

/// The prompts waiting for the user, first come first shown.
#[derive(Default)]
pub struct Prompts {
    waiting: VecDeque<Prompt>,
}

impl Prompts {
    /// Queues a prompt behind those already waiting. A notice identical to one
    /// already waiting (a failure repeated every few seconds) is not queued twice.
    pub fn push(&mut self, prompt: Prompt) {
        if let Prompt::Notice(notice) = &prompt
            && self
                .waiting
                .iter()
                .any(|p| matches!(p, Prompt::Notice(n) if n == notice))
        {
            return;
        }
        self.waiting.push_back(prompt);
    }

    /// The prompt on screen.
    pub fn current(&self) -> Option<&Prompt> {
        self.waiting.front()
    }

    /// Takes the prompt on screen away (it was answered).
    pub fn answered(&mut self) -> Option<Prompt> {
        self.waiting.pop_front()
    }

    pub fn is_empty(&self) -> bool {
        self.waiting.is_empty()
    }

    /// Whether a prompt of some kind is waiting (or shown).
    pub fn any(&self, kind: impl Fn(&Prompt) -> bool) -> bool {
        self.waiting.iter().any(kind)
    }

    /// The first waiting prompt of some kind, taken out of the queue.
    pub fn take(&mut self, kind: impl Fn(&Prompt) -> bool) -> Option<Prompt> {
        let at = self.waiting.iter().position(kind)?;
        self.waiting.remove(at)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Prompt> {
        self.waiting.iter()
    }
}

/// The answer to "Save the changes before you …?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Save,
    Discard,
    Cancel,
}

fn centred(title: &str) -> egui::Window<'_> {
    egui::Window::new(title)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
}

/// Shows a notice; true once dismissed.
pub fn notice_ui(ctx: &egui::Context, notice: &Notice) -> bool {
    let mut dismissed = false;
    centred(&notice.title).show(ctx, |ui| {
        ui.label(&notice.text);
        dismissed = ui.button(ui.tr("prompt-ok")).clicked();
    });
    dismissed
}

/// "Save the changes to FILE before you …?"; `question` is the message id of
/// the whole question (`Command::question`), with the file as `$file`.
pub fn unsaved_changes_ui(ctx: &egui::Context, file_name: &str, question: &str) -> Option<Choice> {
    let mut choice = None;
    centred(&ctx.tr("prompt-unsaved-title")).show(ctx, |ui| {
        ui.label(ui.tr_args(question, &[("file", file_name.into())]));
        ui.horizontal(|ui| {
            for (label, answer) in [
                ("prompt-save", Choice::Save),
                ("prompt-discard", Choice::Discard),
                ("prompt-cancel", Choice::Cancel),
            ] {
                if ui.button(ui.tr(label)).clicked() {
                    choice = Some(answer);
                }
            }
        });
    });
    choice
}

/// The answer to "the file changed on disk since you opened it".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDiskChoice {
    KeepMine,
    ReloadTheirs,
    SaveAs,
    Cancel,
}

/// Asks what to do with a save whose file another program changed meanwhile.
pub fn changed_on_disk_ui(ctx: &egui::Context, file_name: &str) -> Option<OnDiskChoice> {
    let mut choice = None;
    centred(&ctx.tr("prompt-changed-title")).show(ctx, |ui| {
        ui.label(ui.tr_args("prompt-changed-text", &[("file", file_name.into())]));
        ui.label(ui.tr("prompt-changed-choices"));
        ui.horizontal(|ui| {
            for (label, answer) in [
                ("prompt-keep-mine", OnDiskChoice::KeepMine),
                ("prompt-reload-theirs", OnDiskChoice::ReloadTheirs),
                ("cmd-save-as", OnDiskChoice::SaveAs),
                ("prompt-cancel", OnDiskChoice::Cancel),
            ] {
                if ui.button(ui.tr(label)).clicked() {
                    choice = Some(answer);
                }
            }
        });
    });
    choice
}

/// Offers a recovery copy, showing when it and the file were written; `Some(true)`
/// to restore it, `Some(false)` to discard it.
pub fn recovery_offer_ui(ctx: &egui::Context, recovery: &Recovery) -> Option<bool> {
    let mut choice = None;
    centred(&ctx.tr("prompt-recover-title")).show(ctx, |ui| {
        let saved = format_time(recovery.saved);
        ui.label(ui.tr_args("prompt-recover-found", &[("time", saved.into())]));
        match recovery.file_saved {
            Some(at) => ui.label(ui.tr_args(
                "prompt-recover-file-saved",
                &[("time", format_time(at).into())],
            )),
            None => ui.label(ui.tr("prompt-recover-never-saved")),
        };
        ui.horizontal(|ui| {
            if ui.button(ui.tr("prompt-restore")).clicked() {
                choice = Some(true);
            }
            if ui.button(ui.tr("prompt-discard-recovery")).clicked() {
                choice = Some(false);
            }
        });
    });
    choice
}

/// A moment in local time, e.g. "2025-03-11 14:05:09".
pub fn format_time(time: SystemTime) -> String {
    jiff::Timestamp::try_from(time).map_or_else(
        |_| "an unknown time".to_owned(),
        |t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M:%S")
                .to_string()
        },
    )
}
