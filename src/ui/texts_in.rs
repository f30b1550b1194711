//! The display language (View › Texts in): the language the board, the lists
//! and the PESTLE views (drivers, matrix legend, axes, scenarios) show the
//! session's texts in. `DacumApp` keeps the choice (`None`: the working
//! language) and passes it to the views that show texts; it goes back to the
//! working language when another document opens.
//!
//! The rule for editing in a translated display: typing in a card or a field
//! edits the *translation* into the shown language (`Edit::SetTranslation`, a
//! draft against the source as it reads now), as keystroke edits, so undo and
//! bursts behave as in the working language. The source texts are never written
//! from a translated display. Adding, deleting and moving elements still work on
//! the elements themselves; a card added in a translated display gets its text
//! typed as a translation too (its source stays empty until someone writes it in
//! the working language).
//!
//! A text without a translation shows the source in a marked style (italic, weak,
//! with the working language as a small tag and a tooltip); a stale translation
//! gets a small mark too.

use dacum_model::translation::SourceHash;
use dacum_model::{Axes, AxisSide, Edit, Session, Status, TextSlot, Translation};

use super::language::Tr;

/// How a text shown in the display language is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A translation up to date with its source (or the working language itself).
    Plain,
    /// No translation: the source is shown.
    Fallback,
    /// A translation of a source text that has changed since.
    Stale,
}

/// A text as a view shows it in the display language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShownText<'a> {
    pub text: &'a str,
    pub mark: Mark,
}

/// The display language when it is not the session's working language; `None`
/// when the views show the source texts as they are.
pub fn translated<'a>(session: &Session, chosen: Option<&'a str>) -> Option<&'a str> {
    chosen.filter(|language| {
        !dacum_model::translation::same_language(language, &session.meta.language)
    })
}

/// The text of `slot`, whose source text is `source`, in `language` — what
/// `Session::text_in` gives, without looking the element up again (the board
/// shows some 250 texts every frame and already holds each element).
pub fn shown<'a>(
    session: &'a Session,
    language: &str,
    slot: TextSlot,
    source: &'a str,
) -> ShownText<'a> {
    match session.translations.get(language, slot) {
        Some(t) if !t.text.trim().is_empty() => ShownText {
            text: &t.text,
            mark: if t.source == SourceHash::of(source) {
                Mark::Plain
            } else {
                Mark::Stale
            },
        },
        _ => ShownText {
            text: source,
            mark: Mark::Fallback,
        },
    }
}

/// The translation of `slot` into `language` as a field edits it: its text, or
/// nothing yet.
pub fn translation_text<'a>(session: &'a Session, language: &str, slot: TextSlot) -> &'a str {
    session
        .translations
        .get(language, slot)
        .map_or("", |t| t.text.as_str())
}

/// The edit that sets the translation of `slot` into `language` to `text` as
/// typed: a draft against `source` as it reads now; an empty text removes it.
pub fn translation_edit(language: &str, slot: TextSlot, source: &str, text: &str) -> Edit {
    let translation =
        (!text.trim().is_empty()).then(|| Translation::of(source, text, Status::Draft));
    Edit::SetTranslation {
        language: language.to_owned(),
        slot,
        translation,
    }
}

/// What the text fields of a view show and write: the session's texts, or in a
/// translated display their translations (the source as the hint of an empty
/// one, and a mark), typed as translations.
pub struct Fields<'a> {
    pub session: &'a Session,
    /// The display language when it is not the working language.
    pub language: Option<&'a str>,
    /// The working language, the tag of a text not translated yet.
    pub working: String,
}

impl<'a> Fields<'a> {
    pub fn new(session: &'a Session, texts_in: Option<&'a str>) -> Self {
        Fields {
            session,
            language: translated(session, texts_in),
            working: session.working_language(),
        }
    }

    /// What the field of `slot` holds, its hint, and its mark: `source` and
    /// `hint`, or in a translated display the translation, with the source as
    /// the hint.
    pub fn field(
        &self,
        slot: TextSlot,
        source: &'a str,
        hint: &'a str,
    ) -> (&'a str, &'a str, Mark) {
        match self.language {
            None => (source, hint, Mark::Plain),
            Some(language) => {
                let mark = shown(self.session, language, slot, source).mark;
                let text = translation_text(self.session, language, slot);
                let hint = if source.trim().is_empty() {
                    hint
                } else {
                    source
                };
                (text, hint, mark)
            }
        }
    }

    /// A text only shown (a label, a point of the matrix): `source`, or its
    /// text in the display language.
    pub fn text(&self, slot: TextSlot, source: &'a str) -> ShownText<'a> {
        match self.language {
            None => ShownText {
                text: source,
                mark: Mark::Plain,
            },
            Some(language) => shown(self.session, language, slot, source),
        }
    }

    /// The axes with their poles in the display language (the quadrants are
    /// named from them), and their rationale; the axes themselves without a
    /// translated display.
    pub fn axes(&self) -> std::borrow::Cow<'a, Axes> {
        let axes = &self.session.pestle.axes;
        let Some(language) = self.language else {
            return std::borrow::Cow::Borrowed(axes);
        };
        let mut translated = axes.clone();
        for side in AxisSide::BOTH {
            let axis = match side {
                AxisSide::Horizontal => translated.horizontal.as_mut(),
                AxisSide::Vertical => translated.vertical.as_mut(),
            };
            if let Some(axis) = axis {
                let slots = [
                    (TextSlot::AxisLowPole(side), &mut axis.low_pole),
                    (TextSlot::AxisHighPole(side), &mut axis.high_pole),
                    (TextSlot::AxisRationale(side), &mut axis.rationale),
                ];
                for (slot, text) in slots {
                    let source = std::mem::take(text);
                    shown(self.session, language, slot, &source)
                        .text
                        .clone_into(text);
                }
            }
        }
        std::borrow::Cow::Owned(translated)
    }

    /// The edit of a keystroke in the field of `slot`: `own()` (the element's
    /// own text), or in a translated display the translation of `source`.
    pub fn edit(
        &self,
        slot: TextSlot,
        source: &str,
        text: &str,
        own: impl FnOnce() -> Edit,
    ) -> Edit {
        match self.language {
            None => own(),
            Some(language) => translation_edit(language, slot, source, text),
        }
    }
}

impl Fields<'_> {
    /// The width `tag_ui` takes in a row.
    pub fn tag_width(&self, ui: &egui::Ui) -> f32 {
        if self.language.is_some() {
            TAG_EMS * super::widgets::em(ui)
        } else {
            0.0
        }
    }

    /// The tag of a field in a row of fields (a list item, a driver): in a
    /// translated display it takes the same width in every row, marked or not,
    /// so the buttons after it stay in one column.
    pub fn tag_ui(&self, ui: &mut egui::Ui, mark: Mark) {
        if self.language.is_none() {
            return;
        }
        let size = egui::vec2(self.tag_width(ui), ui.spacing().interact_size.y);
        let layout = egui::Layout::left_to_right(egui::Align::Center);
        ui.allocate_ui_with_layout(size, layout, |ui| {
            ui.set_min_size(size);
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            mark_ui(ui, mark, &self.working);
        });
    }
}

/// How wide a field's tag is, in em: "en", or "stale" in every language.
const TAG_EMS: f32 = 4.0;

/// The small tag after a marked text: the working language for a fallback
/// ("en"), a mark for a stale translation, each with its explanation.
pub fn mark_ui(ui: &mut egui::Ui, mark: Mark, working: &str) {
    match mark {
        Mark::Plain => {}
        Mark::Fallback => {
            ui.label(egui::RichText::new(working).weak().italics())
                .on_hover_text(
                    ui.tr_args("texts-in-fallback-tip", &[("language", working.into())]),
                );
        }
        Mark::Stale => {
            ui.label(egui::RichText::new(ui.tr("texts-in-stale")).small().weak())
                .on_hover_text(ui.tr("texts-in-stale-tip"));
        }
    }
}

/// A text in the display language as a one-line label (a grid's task or
/// driver): a text not translated yet in italics, weak, its tooltip saying so.
pub fn shown_label_ui(ui: &mut egui::Ui, shown: &ShownText<'_>, fallback_tip: &str) {
    let text = egui::RichText::new(shown.text);
    let text = if shown.mark == Mark::Fallback {
        text.italics().weak()
    } else {
        text
    };
    let hover = if shown.mark == Mark::Fallback {
        format!("{}\n{fallback_tip}", shown.text)
    } else {
        shown.text.to_owned()
    };
    ui.add(egui::Label::new(text).truncate())
        .on_hover_text(hover);
}

#[cfg(test)]
mod view_tests;

#[cfg(test)]
mod tests {
    use super::{Mark, shown, translated};
    use dacum_model::{Session, Status, TextSlot, Translation};

    /// `shown` agrees with the model's `text_in` for every state a text can be in.
    #[test]
    fn shown_agrees_with_the_model() {
        let mut session = Session::default();
        session.meta.language = "en".to_owned();
        let mut duty = dacum_model::Duty::new("Search cells");
        let tasks = [
            "Search a cell",
            "Count inmates",
            "Write a report",
            "Lock doors",
        ];
        duty.tasks = tasks.iter().map(|t| dacum_model::Task::new(t)).collect();
        let ids: Vec<_> = duty.tasks.iter().map(|t| t.id).collect();
        session.chart.duties.push(duty);
        let put = |session: &mut Session, i: usize, t: Translation| {
            let slot = TextSlot::TaskStatement(ids[i]);
            session
                .translations
                .0
                .entry("cs".to_owned())
                .or_default()
                .insert(slot, t);
        };
        put(
            &mut session,
            0,
            Translation::of("Search a cell", "Prohledat celu", Status::Reviewed),
        );
        put(
            &mut session,
            1,
            Translation::of("Count prisoners", "Počítat vězně", Status::Draft),
        );
        put(
            &mut session,
            2,
            Translation::of("Write a report", " ", Status::Draft),
        );
        for (i, task) in session.chart.duties[0].tasks.iter().enumerate() {
            let slot = TextSlot::TaskStatement(task.id);
            let ours = shown(&session, "cs", slot, &task.statement);
            let model = session.text_in("cs", slot);
            assert_eq!(Some(ours.text), model.map(|m| m.text), "task {i}");
            assert_eq!(
                ours.mark == Mark::Fallback,
                model.is_some_and(|m| m.fallback)
            );
            let stale = model.is_some_and(|m| m.state == dacum_model::translation::State::Stale);
            assert_eq!(
                ours.mark == Mark::Stale,
                stale && !ours.text.is_empty() && i == 1
            );
        }
        assert_eq!(translated(&session, Some("cs")), Some("cs"));
        assert_eq!(translated(&session, Some("en")), None);
        assert_eq!(translated(&session, None), None);
    }
}
