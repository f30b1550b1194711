//! The PESTLE voting grid: one participant's scores at a time, entered by keyboard
//! as fast as the facilitator can read them out. A digit 1–5 sets a score and the
//! cursor moves on (uncertainty → impact → the next driver's uncertainty);
//! Backspace deletes the vote. A vote needs both scores, so the first digit waits
//! here, in view state, until the second arrives. Beside the entry fields stand the
//! statistics over every participant (mean, median, spread, combined score), with
//! strong disagreement highlighted, and an "All participants" matrix shows every
//! vote at once.

mod keys;
mod matrix;

use super::language::{Tr, catalogue, category_name};
use std::collections::{BTreeMap, HashMap};

use egui::{Color32, RichText};

use self::keys::Entry;
use super::command::Command;
use super::texts_in::{Fields, ShownText, shown_label_ui};
use super::widgets::grid_entry::{self, Cell, Grid};
use crate::ui::widgets::em;
use dacum_model::pestle_stats::DriverStats;
use dacum_model::verification::Summary;
use dacum_model::{Category, Driver, Id, Participant, Session, TextSlot, Vote};

#[derive(Default)]
pub struct VotingGridState {
    participant: Option<Id>,
    sort_by_combined: bool,
    all_participants: bool,
    /// First scores typed for drivers without a vote yet, by (driver, participant):
    /// [uncertainty, impact]. The vote is pushed once both are known.
    pending: BTreeMap<(Id, Id), [Option<u8>; 2]>,
    /// A cell to focus when it is next drawn (after a click elsewhere).
    focus: Option<Cell>,
    /// The driver row to scroll into view.
    scroll_to: Option<Id>,
    /// The rows drawn in the last frame, to scroll only when the cursor leaves them.
    visible: std::ops::Range<usize>,
}

/// The message ids of the two scores, in the order of the cells.
const FIELDS: [&str; 2] = ["votes-uncertainty", "votes-impact"];

fn cell_id((driver, field): Cell) -> egui::Id {
    egui::Id::unique(("voting-field", driver, field))
}

/// One line of the grid: a category heading, or a driver with its statistics.
enum Row<'a> {
    Heading(Category, usize),
    Driver(&'a Driver, DriverStats),
}

impl Row<'_> {
    fn driver(&self) -> Option<Id> {
        match self {
            Row::Driver(driver, _) => Some(driver.id),
            Row::Heading(..) => None,
        }
    }
}

pub(super) fn colour(category: Category) -> Color32 {
    let [r, g, b] = category.rgb();
    Color32::from_rgb(r, g, b)
}

/// A small square in the category's colour.
pub(super) fn chip_ui(ui: &mut egui::Ui, category: Category) {
    let side = 0.8 * em(ui);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, colour(category));
    response.on_hover_text(ui.text(&category.label()));
}

pub fn voting_grid_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    state: &mut VotingGridState,
    commands: &mut Vec<Command>,
) {
    let fields = Fields::new(session, texts_in);
    let fallback_tip = ui.tr_args(
        "texts-in-fallback-tip",
        &[("language", fields.working.as_str().into())],
    );
    let pestle = &session.pestle;
    if pestle.drivers.is_empty() {
        ui.label(ui.tr("votes-no-drivers"));
        return;
    }
    if pestle.participants.is_empty() {
        ui.label(ui.tr("votes-no-participants"));
        return;
    }
    let participant = match state
        .participant
        .and_then(|id| pestle.participants.iter().find(|p| p.id == id))
    {
        Some(p) => p,
        None => &pestle.participants[0],
    };
    state.participant = Some(participant.id);
    state
        .pending
        .retain(|(d, p), _| pestle.driver(*d).is_some() && pestle.vote(*d, *p).is_none());

    toolbar_ui(ui, session, state, participant);
    if state.all_participants {
        ui.separator();
        matrix::matrix_ui(ui, session);
        return;
    }
    ui.separator();

    // Everything per frame is computed here, once: the statistics of every driver
    // and this participant's votes by driver.
    let mut stats: HashMap<Id, DriverStats> = pestle
        .driver_stats()
        .into_iter()
        .map(|s| (s.driver, s))
        .collect();
    let votes: HashMap<Id, &Vote> = pestle
        .votes
        .iter()
        .filter(|v| v.participant == participant.id)
        .map(|v| (v.driver, v))
        .collect();
    let rows = rows(&pestle.drivers, &mut stats, state.sort_by_combined);
    let order: Vec<Id> = rows.iter().filter_map(Row::driver).collect();
    keystrokes(ui, session, participant.id, &order, state, commands);

    header_ui(ui);
    let row_height = ui.spacing().interact_size.y.max(em(ui)) + ui.spacing().item_spacing.y;
    let mut scroll = egui::ScrollArea::both()
        .id_salt("voting-rows")
        .auto_shrink(false);
    if let Some(driver) = state.scroll_to.take()
        && let Some(index) = rows.iter().position(|r| r.driver() == Some(driver))
        && !(state.visible.start + 1..state.visible.end.saturating_sub(1)).contains(&index)
    {
        scroll = scroll.vertical_scroll_offset((index as f32 - 3.0).max(0.0) * row_height);
    }
    scroll.show_rows(ui, row_height, rows.len(), |ui, range| {
        state.visible = range.clone();
        for index in range {
            match &rows[index] {
                Row::Heading(category, count) => heading_ui(ui, *category, *count),
                Row::Driver(driver, stats) => {
                    let row = RowData {
                        driver,
                        title: fields.text(TextSlot::DriverTitle(driver.id), &driver.title),
                        fallback_tip: &fallback_tip,
                        stats,
                        vote: votes.get(&driver.id).copied(),
                        participant,
                    };
                    driver_row_ui(ui, &row, state);
                }
            }
        }
    });
}

/// Applies the keys typed in a focused score cell, and moves the cursor.
fn keystrokes(
    ui: &mut egui::Ui,
    session: &Session,
    participant: Id,
    order: &[Id],
    state: &mut VotingGridState,
    commands: &mut Vec<Command>,
) {
    let grid = Grid {
        rows: order,
        fields: FIELDS.len(),
        cell_id,
    };
    let mut entry = Entry::new(&session.pestle, participant, &mut state.pending);
    let moved = grid.keystrokes(ui, &mut entry);
    commands.extend(entry.into_edits().into_iter().map(Command::Edit));
    if let Some((driver, _)) = moved {
        state.scroll_to = Some(driver);
    }
}

/// The rows in category order (with a heading per category), or every driver by
/// combined score, highest first (drivers without votes last).
fn rows<'a>(
    drivers: &'a [Driver],
    stats: &mut HashMap<Id, DriverStats>,
    by_combined: bool,
) -> Vec<Row<'a>> {
    let mut take = |d: &'a Driver| {
        let s = stats.remove(&d.id).unwrap_or(DriverStats {
            driver: d.id,
            uncertainty: None,
            impact: None,
            missing: 0,
        });
        Row::Driver(d, s)
    };
    if by_combined {
        let mut rows: Vec<Row> = drivers.iter().map(&mut take).collect();
        let key = |r: &Row| match r {
            Row::Driver(_, s) => s.combined(),
            Row::Heading(..) => None,
        };
        rows.sort_by(|a, b| match (key(a), key(b)) {
            (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        return rows;
    }
    let mut rows = Vec::with_capacity(drivers.len() + 6);
    for category in Category::ALL {
        let count = drivers.iter().filter(|d| d.category == category).count();
        if count == 0 {
            continue;
        }
        rows.push(Row::Heading(category, count));
        rows.extend(
            drivers
                .iter()
                .filter(|d| d.category == category)
                .map(&mut take),
        );
    }
    rows
}

fn toolbar_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut VotingGridState,
    participant: &Participant,
) {
    let pestle = &session.pestle;
    let voted_by = |p: Id| {
        pestle
            .votes
            .iter()
            .filter(|v| v.participant == p && pestle.driver(v.driver).is_some())
            .count()
    };
    let texts = catalogue(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(texts.tr("votes-participant"));
        egui::ComboBox::from_id_salt("voting-participant")
            .selected_text(participant.name.as_str())
            .show_ui(ui, |ui| {
                for p in &pestle.participants {
                    let text = texts.tr_args(
                        "votes-participant-done",
                        &[
                            ("name", p.name.as_str().into()),
                            ("done", voted_by(p.id).into()),
                            ("count", pestle.drivers.len().into()),
                        ],
                    );
                    if ui.selectable_label(p.id == participant.id, text).clicked() {
                        state.participant = Some(p.id);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        let index = pestle
            .participants
            .iter()
            .position(|p| p.id == participant.id)
            .unwrap_or(0);
        let next = pestle.participants.get(index + 1);
        if ui
            .add_enabled(next.is_some(), egui::Button::new(texts.tr("votes-next")))
            .on_hover_text(texts.tr("votes-next-tip"))
            .clicked()
            && let Some(next) = next
        {
            state.participant = Some(next.id);
            if let Some(first) = first_driver(pestle) {
                state.focus = Some((first, 0));
                state.scroll_to = Some(first);
            }
        }
        ui.separator();
        ui.checkbox(&mut state.sort_by_combined, texts.tr("votes-sort"));
        ui.checkbox(&mut state.all_participants, texts.tr("votes-all"));
    });
    let valid = pestle
        .votes
        .iter()
        .filter(|v| {
            pestle.driver(v.driver).is_some()
                && pestle.participants.iter().any(|p| p.id == v.participant)
        })
        .count();
    let total = pestle.drivers.len() * pestle.participants.len();
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(texts.tr_args(
                "votes-total",
                &[("done", valid.into()), ("count", total.into())],
            ))
            .strong(),
        );
        ui.label(texts.tr_args(
            "votes-by-participant",
            &[
                ("name", participant.name.as_str().into()),
                ("done", voted_by(participant.id).into()),
                ("count", pestle.drivers.len().into()),
            ],
        ));
    });
    ui.label(RichText::new(texts.tr("votes-keys")).weak());
}

/// The first driver in the grid's category order.
fn first_driver(pestle: &dacum_model::Pestle) -> Option<Id> {
    Category::ALL
        .iter()
        .find_map(|c| pestle.drivers.iter().find(|d| d.category == *c))
        .map(|d| d.id)
}

struct Widths {
    title: f32,
    score: f32,
    stat: f32,
    spread: f32,
}

fn widths(ui: &egui::Ui) -> Widths {
    let em = em(ui);
    Widths {
        title: 14.0 * em,
        score: 2.4 * em,
        stat: 3.8 * em,
        spread: 5.6 * em,
    }
}

fn cell_ui(ui: &mut egui::Ui, width: f32, text: impl Into<egui::WidgetText>) -> egui::Response {
    let height = ui.spacing().interact_size.y;
    ui.add_sized([width, height], egui::Label::new(text))
}

fn header_ui(ui: &mut egui::Ui) {
    let w = widths(ui);
    let texts = catalogue(ui.ctx());
    let hover = texts.tr("votes-stat-tip");
    let heading = |id: &str| RichText::new(texts.tr(id)).strong();
    ui.horizontal(|ui| {
        cell_ui(ui, w.title, heading("votes-driver"));
        cell_ui(ui, w.score, heading("votes-u")).on_hover_text(texts.tr("votes-u-tip"));
        cell_ui(ui, w.score, heading("votes-i")).on_hover_text(texts.tr("votes-i-tip"));
        cell_ui(ui, w.stat, heading("votes-missing"));
        ui.separator();
        for name in ["votes-mean-u", "votes-median-u"] {
            cell_ui(ui, w.stat, heading(name)).on_hover_text(&hover);
        }
        cell_ui(ui, w.spread, heading("votes-spread-u")).on_hover_text(&hover);
        for name in ["votes-mean-i", "votes-median-i"] {
            cell_ui(ui, w.stat, heading(name)).on_hover_text(&hover);
        }
        cell_ui(ui, w.spread, heading("votes-spread-i")).on_hover_text(&hover);
        cell_ui(ui, w.stat, heading("votes-combined"))
            .on_hover_text(texts.tr("votes-combined-tip"));
    });
}

fn heading_ui(ui: &mut egui::Ui, category: Category, count: usize) {
    ui.horizontal(|ui| {
        chip_ui(ui, category);
        ui.label(
            RichText::new(format!(
                "{} ({count})",
                category_name(&catalogue(ui.ctx()), category)
            ))
            .color(colour(category))
            .strong(),
        );
    });
}

/// What a driver row shows.
struct RowData<'a> {
    driver: &'a Driver,
    /// The driver's title in the display language.
    title: ShownText<'a>,
    fallback_tip: &'a str,
    stats: &'a DriverStats,
    vote: Option<&'a Vote>,
    participant: &'a Participant,
}

/// Draws a driver row: the participant's two score cells and the statistics.
fn driver_row_ui(ui: &mut egui::Ui, entry: &RowData, state: &mut VotingGridState) {
    let w = widths(ui);
    let driver = entry.driver;
    let key = (driver.id, entry.participant.id);
    let pending = state.pending.get(&key).copied().unwrap_or_default();
    let values = match entry.vote {
        Some(v) => [Some(v.uncertainty), Some(v.impact)],
        None => pending,
    };
    let background = ui.painter().add(egui::Shape::Noop);
    let row = ui.horizontal(|ui| {
        let left = egui::Layout::left_to_right(egui::Align::Center);
        ui.allocate_ui_with_layout(egui::vec2(w.title, 0.0), left, |ui| {
            ui.set_min_width(w.title);
            chip_ui(ui, driver.category);
            shown_label_ui(ui, &entry.title, entry.fallback_tip);
        });
        for (field, value) in values.into_iter().enumerate() {
            let name = ui.tr_args(
                "votes-cell",
                &[
                    ("field", ui.tr(FIELDS[field]).into()),
                    ("driver", driver.title.as_str().into()),
                    ("participant", entry.participant.name.as_str().into()),
                ],
            );
            let value = value.map(|v| v.to_string()).unwrap_or_default();
            let size = egui::vec2(w.score, ui.spacing().interact_size.y);
            let cell = (driver.id, field);
            let response = grid_entry::cell_ui(ui, cell_id(cell), &value, &name, size);
            if state.focus == Some((driver.id, field)) {
                state.focus = None;
                response.request_focus();
            }
        }
        let missing = entry.stats.missing;
        let text = if missing == 0 {
            RichText::new(ui.tr("votes-all-voted")).weak()
        } else {
            RichText::new(ui.tr_args("votes-missing-count", &[("count", missing.into())]))
                .color(ui.visuals().warn_fg_color)
        };
        cell_ui(ui, w.stat, text);
        ui.separator();
        let s = entry.stats;
        for summary in [s.uncertainty, s.impact] {
            summary_ui(ui, &w, summary);
        }
        let combined = s.combined().map_or("–".to_owned(), |c| format!("{c:.1}"));
        cell_ui(ui, w.stat, RichText::new(combined).strong());
        if s.disagreement() {
            let warn = ui.visuals().warn_fg_color;
            ui.label(RichText::new(ui.tr("votes-disagree")).color(warn).strong())
                .on_hover_text(ui.tr("votes-disagree-tip"));
        }
    });
    // Drivers this participant has not voted on yet stand out.
    if entry.vote.is_none() {
        let tint = ui.visuals().warn_fg_color.gamma_multiply(0.15);
        ui.painter().set(
            background,
            egui::Shape::rect_filled(row.response.rect, 2.0, tint),
        );
    }
}

fn summary_ui(ui: &mut egui::Ui, w: &Widths, summary: Option<Summary>) {
    let Some(s) = summary else {
        for width in [w.stat, w.stat, w.spread] {
            cell_ui(ui, width, "–");
        }
        return;
    };
    let strong = s.disagreement();
    let style = |text: String| {
        if strong {
            RichText::new(text)
                .color(ui.visuals().warn_fg_color)
                .strong()
        } else {
            RichText::new(text)
        }
    };
    let mean = style(format!("{:.1}", s.mean));
    let median = style(format!("{:.1}", s.median));
    let spread = style(format!("±{:.1} ({}–{})", s.std_dev, s.min, s.max));
    cell_ui(ui, w.stat, mean);
    cell_ui(ui, w.stat, median);
    let spread = cell_ui(ui, w.spread, spread);
    if strong {
        spread.on_hover_text(ui.tr("votes-spread-tip"));
    }
}

#[cfg(test)]
mod tests;
