//! The axes of uncertainty. The app suggests the two independent critical
//! uncertainties with the highest combined score and shows the reason for every
//! driver considered; the facilitator takes the suggestion or picks other forces,
//! names the two poles of each axis and writes why it was chosen. A small 2×2
//! preview shows the four futures the poles make.

mod preview;
#[cfg(test)]
mod tests;
mod why;

use super::language::{Tr, catalogue, zone_in_sentence};
use dacum_i18n::Catalogue;
use egui::{Color32, RichText};

use super::command::Command;
use super::texts_in::{Fields, mark_ui, translation_edit};
use crate::ui::widgets::{FieldName, Lines, Look, Typing, em};
use dacum_model::pestle_stats::{AxisSuggestion, Candidate, Zone};
use dacum_model::{Axes, Axis, AxisSide, AxisSubject, Edit, Pestle, Session, TextSlot};

#[derive(Default)]
pub struct AxesState {
    typing: Typing,
}

/// One of the two axes of the scenario matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Side {
    Horizontal,
    Vertical,
}

impl Side {
    /// The key the catalogues' messages select on (`$side`).
    fn key(self) -> &'static str {
        match self {
            Side::Horizontal => "horizontal",
            Side::Vertical => "vertical",
        }
    }

    /// One of its messages, with the side as `$side`.
    fn in_words(self, texts: &Catalogue, id: &str) -> String {
        texts.tr_args(id, &[("side", self.key().into())])
    }

    /// The message ids of its (low, high) poles' places on the matrix (also the
    /// keys of their fields, so they do not change with the language).
    fn pole_places(self) -> [&'static str; 2] {
        match self {
            Side::Horizontal => ["axes-left-pole", "axes-right-pole"],
            Side::Vertical => ["axes-bottom-pole", "axes-top-pole"],
        }
    }

    /// The model's name of the side (translations name an axis by it).
    fn model(self) -> AxisSide {
        match self {
            Side::Horizontal => AxisSide::Horizontal,
            Side::Vertical => AxisSide::Vertical,
        }
    }

    fn of(self, axes: &Axes) -> Option<&Axis> {
        match self {
            Side::Horizontal => axes.horizontal.as_ref(),
            Side::Vertical => axes.vertical.as_ref(),
        }
    }

    fn of_mut(self, axes: &mut Axes) -> &mut Option<Axis> {
        match self {
            Side::Horizontal => &mut axes.horizontal,
            Side::Vertical => &mut axes.vertical,
        }
    }
}

/// A driver's title in the display language.
pub(in crate::ui) fn driver_title<'a>(
    fields: &Fields<'a>,
    driver: &'a dacum_model::Driver,
) -> &'a str {
    fields
        .text(TextSlot::DriverTitle(driver.id), &driver.title)
        .text
}

/// What an axis stands for, in words: the driver's title or the group's name.
pub(in crate::ui) fn subject_name(
    texts: &Catalogue,
    fields: &Fields<'_>,
    subject: AxisSubject,
) -> String {
    let pestle = &fields.session.pestle;
    match subject {
        AxisSubject::Driver(id) => pestle.driver(id).map_or_else(
            || texts.tr("axes-missing-driver"),
            |d| driver_title(fields, d).to_owned(),
        ),
        AxisSubject::Group(id) => pestle.groups.iter().find(|g| g.id == id).map_or_else(
            || texts.tr("axes-missing-group"),
            |g| texts.tr_args("axes-group", &[("name", g.name.as_str().into())]),
        ),
    }
}

/// The axis standing for `subject`, keeping the poles and rationale already
/// written for the same subject on either axis, so choosing it again never throws
/// away the facilitator's words.
fn axis_for(current: &Axes, subject: AxisSubject) -> Axis {
    let existing = [&current.horizontal, &current.vertical]
        .into_iter()
        .flatten()
        .find(|a| a.subject == subject);
    existing.cloned().unwrap_or(Axis {
        subject,
        low_pole: String::new(),
        high_pole: String::new(),
        rationale: String::new(),
    })
}

pub fn axes_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    state: &mut AxesState,
    commands: &mut Vec<Command>,
) {
    state.typing.begin_frame();
    let pestle = &session.pestle;
    // The poles and the rationale in the display language (View › Texts in).
    let fields = Fields::new(session, texts_in);
    let suggestion = pestle.suggest_axes();
    egui::ScrollArea::vertical()
        .id_salt("axes")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            suggestion_ui(ui, &fields, &suggestion, commands);
            ui.add_space(em(ui));
            ui.heading(ui.tr("axes-chosen"));
            if pestle.axes_share_a_force() {
                ui.label(
                    RichText::new(ui.tr("axes-same-force")).color(ui.visuals().error_fg_color),
                );
            }
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_max_width(34.0 * em(ui));
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    for side in [Side::Horizontal, Side::Vertical] {
                        axis_editor(ui, (pestle, &fields), &suggestion, side, state, commands);
                        ui.add_space(em(ui));
                    }
                });
                ui.add_space(em(ui));
                preview::preview_ui(ui, pestle, &fields);
            });
            ui.add_space(em(ui));
            ui.heading(ui.tr("axes-why"));
            why::candidates_table(ui, &fields, &suggestion);
        });
    state.typing.end_frame(ui);
}

fn suggestion_ui(
    ui: &mut egui::Ui,
    fields: &Fields<'_>,
    suggestion: &AxisSuggestion,
    commands: &mut Vec<Command>,
) {
    let pestle = &fields.session.pestle;
    let texts = catalogue(ui.ctx());
    ui.heading(texts.tr("axes-suggested"));
    ui.label(texts.text(&suggestion.summary()));
    for (side, candidate) in [Side::Horizontal, Side::Vertical]
        .iter()
        .zip(&suggestion.axes)
    {
        let combined = candidate.stats.combined().unwrap_or_default();
        ui.label(texts.tr_args(
            "axes-suggested-axis",
            &[
                ("side", side.key().into()),
                (
                    "subject",
                    subject_name(&texts, fields, candidate.subject).into(),
                ),
                ("score", format!("{combined:.2}").into()),
            ],
        ));
    }
    let [first, second] = suggestion.axes.as_slice() else {
        return;
    };
    let current = &pestle.axes;
    let axes = Axes {
        horizontal: Some(axis_for(current, first.subject)),
        vertical: Some(axis_for(current, second.subject)),
    };
    // The same two forces the other way round count as taken: swapping the axes
    // would move every scenario to another quadrant.
    let chosen = [&current.horizontal, &current.vertical].map(|a| a.as_ref().map(|a| a.subject));
    let taken = axes == *current || chosen == [Some(second.subject), Some(first.subject)];
    let button = ui.add_enabled(!taken, egui::Button::new(texts.tr("axes-use-suggested")));
    let button = if taken {
        button.on_disabled_hover_text(texts.tr("axes-use-suggested-taken"))
    } else {
        button.on_hover_text(texts.tr("axes-use-suggested-tip"))
    };
    if button.clicked() {
        commands.push(Command::Edit(Edit::SetAxes(axes)));
    }
    if !pestle.scenarios.is_empty() && !taken {
        ui.weak(texts.tr("axes-renames-quadrants"));
    }
}

/// The subjects an axis can stand for, strongest first, each once: a driver in a
/// related group offers its group.
fn subject_choices(suggestion: &AxisSuggestion) -> Vec<&Candidate> {
    let mut seen = Vec::new();
    suggestion
        .considered
        .iter()
        .filter(|c| {
            let new = !seen.contains(&c.subject);
            seen.push(c.subject);
            new
        })
        .collect()
}

fn choice_text(texts: &Catalogue, fields: &Fields<'_>, candidate: &Candidate) -> String {
    let name = subject_name(texts, fields, candidate.subject);
    match (candidate.stats.combined(), candidate.stats.zone()) {
        (Some(combined), Some(zone)) => {
            format!("{name}: {combined:.2}, {}", zone_in_sentence(texts, zone))
        }
        _ => texts.tr_args("axes-no-votes", &[("name", name.into())]),
    }
}

fn axis_editor(
    ui: &mut egui::Ui,
    (pestle, fields): (&Pestle, &Fields<'_>),
    suggestion: &AxisSuggestion,
    side: Side,
    state: &mut AxesState,
    commands: &mut Vec<Command>,
) {
    let texts = catalogue(ui.ctx());
    let axis = side.of(&pestle.axes);
    let heading = ui.strong(side.in_words(&texts, "axes-axis"));
    let chosen = axis.map(|a| a.subject);
    let selected = chosen.map_or_else(
        || texts.tr("axes-not-chosen"),
        |s| subject_name(&texts, fields, s),
    );
    let mut picked = None;
    egui::ComboBox::from_id_salt(("axis-subject", side))
        .selected_text(selected)
        .width(30.0 * em(ui))
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(chosen.is_none(), texts.tr("axes-not-chosen"))
                .clicked()
            {
                picked = Some(None);
            }
            for candidate in subject_choices(suggestion) {
                let is_chosen = chosen == Some(candidate.subject);
                if ui
                    .selectable_label(is_chosen, choice_text(&texts, fields, candidate))
                    .clicked()
                {
                    picked = Some(Some(candidate.subject));
                }
            }
        })
        .response
        .labelled_by(heading.id);
    if let Some(subject) = picked {
        let mut axes = pestle.axes.clone();
        *side.of_mut(&mut axes) = subject.map(|s| axis_for(&pestle.axes, s));
        if axes != pestle.axes {
            commands.push(Command::Edit(Edit::SetAxes(axes)));
        }
    }
    let Some(axis) = axis else {
        ui.weak(texts.tr("axes-pick-force"));
        return;
    };
    if let Some(zone) = suggestion
        .considered
        .iter()
        .find(|c| c.subject == axis.subject)
        .and_then(|c| c.stats.zone())
        .filter(|&z| z != Zone::CriticalUncertainty)
    {
        ui.label(
            RichText::new(texts.tr_args(
                "axes-not-critical",
                &[("zone", zone_in_sentence(&texts, zone).into())],
            ))
            .color(Color32::from_rgb(0xb0, 0x6a, 0x00)),
        );
    }
    let width = 14.0 * em(ui);
    ui.horizontal(|ui| {
        for (high, place) in [false, true].into_iter().zip(side.pole_places()) {
            ui.vertical(|ui| {
                let label = ui.label(texts.tr(place));
                let hint = texts.tr(if high {
                    "axes-high-pole-hint"
                } else {
                    "axes-low-pole-hint"
                });
                let slot = if high {
                    TextSlot::AxisHighPole(side.model())
                } else {
                    TextSlot::AxisLowPole(side.model())
                };
                let (current, hint, mark) = fields.field(slot, axis.pole(high), &hint);
                text_field(
                    ui,
                    (pestle, fields, slot),
                    side,
                    (place, FieldName::LabelledBy(label.id)),
                    (
                        Look {
                            width,
                            hint,
                            lines: Lines::Wrapped,
                        },
                        current,
                    ),
                    move |axis, text| {
                        let pole = if high {
                            &mut axis.high_pole
                        } else {
                            &mut axis.low_pole
                        };
                        *pole = text.to_owned();
                    },
                    state,
                    commands,
                );
                mark_ui(ui, mark, &fields.working);
            });
        }
    });
    let label = ui.label(side.in_words(&texts, "axes-rationale"));
    let hint = texts.tr("axes-rationale-hint");
    let slot = TextSlot::AxisRationale(side.model());
    let (current, hint, mark) = fields.field(slot, &axis.rationale, &hint);
    text_field(
        ui,
        (pestle, fields, slot),
        side,
        ("rationale", FieldName::LabelledBy(label.id)),
        (
            Look {
                width: 2.0 * width + ui.spacing().item_spacing.x,
                hint,
                lines: Lines::Paragraph(3),
            },
            current,
        ),
        |axis, text| axis.rationale = text.to_owned(),
        state,
        commands,
    );
    mark_ui(ui, mark, &fields.working);
}

/// A text field of one axis; each change becomes a typing edit of the axes, or
/// in a translated display of the translation of `slot`.
#[allow(clippy::too_many_arguments)]
fn text_field(
    ui: &mut egui::Ui,
    (pestle, fields, slot): (&Pestle, &Fields<'_>, TextSlot),
    side: Side,
    (key, name): (&str, FieldName<'_>),
    (look, current): (Look<'_>, &str),
    set: impl FnOnce(&mut Axis, &str),
    state: &mut AxesState,
    commands: &mut Vec<Command>,
) {
    let id = egui::Id::unique(("axis-text", side, key));
    state.typing.show(
        ui,
        id,
        current,
        name,
        look,
        |text| {
            if let Some(language) = fields.language {
                let source = fields.session.source_text(slot)?;
                let edit = translation_edit(language, slot, source, text);
                return Some((edit, text.to_owned()));
            }
            let mut axes = pestle.axes.clone();
            let axis = side.of_mut(&mut axes).as_mut()?;
            set(axis, text);
            Some((Edit::SetAxes(axes), text.to_owned()))
        },
        commands,
    );
}
