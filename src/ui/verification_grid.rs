//! The verification grid: one rater's form at a time (as raters hand in paper
//! forms), with the computed columns for everyone beside it. Entry is by keyboard
//! only: a digit 1–5 sets a score and moves on (importance → frequency →
//! difficulty → train → the next task), y/n sets "train", Backspace clears.
//! Entering one rater's column for 240 tasks is 960 keystrokes and no mouse.

use super::language::{Tr, catalogue};
use dacum_i18n::Catalogue;
use std::collections::HashMap;

use egui::{Color32, RichText};

use super::command::Command;
use super::texts_in::{Fields, ShownText, shown_label_ui};
use super::widgets::grid_entry::{self, Cell, CellInput, Grid};
use dacum_model::verification::{PriorityFormula, TaskStats};
use dacum_model::{Edit, Id, Rating, Role, Session, TextSlot, Verification, task_code};

#[derive(Default)]
pub struct VerificationGridState {
    rater: Option<Id>,
    sort_by_priority: bool,
    /// The field to focus once it is drawn: (task, field index 0–3).
    focus: Option<(Id, usize)>,
    /// An element the findings list asked to show.
    reveal: Option<Id>,
}

impl VerificationGridState {
    /// Shows a task or a rating (selecting its rater).
    pub fn reveal(&mut self, id: Id) {
        self.reveal = Some(id);
    }
}

/// The message ids of the rating fields, in the order of the cells.
const FIELDS: [&str; 4] = [
    "verify-importance",
    "verify-frequency",
    "verify-difficulty",
    "verify-train",
];

/// One row of the grid: a task with its code and statistics, its statement in
/// the display language.
struct Row<'a> {
    task: Id,
    code: String,
    statement: ShownText<'a>,
    /// What the statement's tooltip adds when it is not translated yet.
    fallback_tip: &'a str,
    stats: TaskStats,
}

pub fn verification_grid_ui(
    ui: &mut egui::Ui,
    session: &Session,
    texts_in: Option<&str>,
    state: &mut VerificationGridState,
    commands: &mut Vec<Command>,
) {
    let fields = Fields::new(session, texts_in);
    let fallback_tip = ui.tr_args(
        "texts-in-fallback-tip",
        &[("language", fields.working.as_str().into())],
    );
    let raters: Vec<_> = session
        .people
        .iter()
        .filter(|p| matches!(p.role, Role::Panel | Role::Respondent))
        .collect();
    if session.chart.task_count() == 0 {
        ui.label(ui.tr("verify-no-tasks"));
        return;
    }
    if raters.is_empty() {
        ui.label(ui.tr("verify-no-raters"));
        return;
    }
    if let Some(id) = state.reveal.take() {
        if let Some(rating) = session.verification.ratings.iter().find(|r| r.id == id) {
            state.rater = Some(rating.rater);
            state.focus = Some((rating.task, 0));
        } else if session.chart.find_task(id).is_some() {
            state.focus = Some((id, 0));
        }
    }
    let rater = match state
        .rater
        .and_then(|id| raters.iter().find(|p| p.id == id))
    {
        Some(person) => *person,
        None => raters[0],
    };
    state.rater = Some(rater.id);

    toolbar_ui(ui, session, state, &raters, rater.name.as_str(), commands);
    ui.separator();

    let verification = &session.verification;
    let mut rows: Vec<Row> = session
        .chart
        .tasks()
        .map(|(d, t, task)| Row {
            task: task.id,
            code: task_code(d, t),
            statement: fields.text(TextSlot::TaskStatement(task.id), &task.statement),
            fallback_tip: &fallback_tip,
            stats: verification.task_stats(task.id),
        })
        .collect();
    if state.sort_by_priority {
        rows.sort_by(|a, b| {
            b.stats
                .priority
                .partial_cmp(&a.stats.priority)
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    let order: Vec<Id> = rows.iter().map(|r| r.task).collect();
    let grid = Grid {
        rows: &order,
        fields: FIELDS.len(),
        cell_id,
    };
    let mut entry = RatingEntry::new(verification, rater.id);
    let moved = grid.keystrokes(ui, &mut entry);
    commands.extend(entry.edits.into_iter().map(Command::Edit));
    if moved.is_some() {
        // Scrolls the row into view; the cell already has the focus.
        state.focus = moved;
    }
    header_ui(ui);
    let row_height = ui.spacing().interact_size.y + ui.spacing().item_spacing.y;
    let mut scroll = egui::ScrollArea::both()
        .id_salt("verification-rows")
        .auto_shrink(false);
    if let Some((task, _)) = state.focus
        && let Some(index) = rows.iter().position(|r| r.task == task)
    {
        scroll = scroll.vertical_scroll_offset((index as f32 - 3.0).max(0.0) * row_height);
    }
    scroll.show_rows(ui, row_height, rows.len(), |ui, range| {
        for index in range {
            let row = &rows[index];
            let rating = verification.rating(row.task, rater.id);
            row_ui(ui, row, rating, &rater.name, state);
        }
    });
}

fn cell_id((task, field): Cell) -> egui::Id {
    egui::Id::unique(("verification-field", task, field))
}

fn toolbar_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut VerificationGridState,
    raters: &[&dacum_model::Person],
    rater_name: &str,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let texts = catalogue(ui.ctx());
        let label = ui.label(texts.tr("verify-rater"));
        egui::ComboBox::from_id_salt("rater")
            .selected_text(rater_name)
            .show_ui(ui, |ui| {
                for person in raters {
                    let done = session
                        .verification
                        .ratings
                        .iter()
                        .filter(|r| r.rater == person.id)
                        .count();
                    let text = texts.tr_args(
                        "verify-rater-done",
                        &[
                            ("name", person.name.as_str().into()),
                            ("count", done.into()),
                        ],
                    );
                    if ui
                        .selectable_label(state.rater == Some(person.id), text)
                        .clicked()
                    {
                        state.rater = Some(person.id);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.separator();
        let label = ui.label(texts.tr("verify-priority-index"));
        let formula = session.verification.priority;
        let mut chosen = formula;
        egui::ComboBox::from_id_salt("priority-formula")
            .selected_text(texts.tr(formula_name(formula)))
            .show_ui(ui, |ui| {
                for option in [
                    PriorityFormula::ImportanceFrequency,
                    PriorityFormula::ImportanceFrequencyDifficulty,
                ] {
                    ui.selectable_value(&mut chosen, option, texts.tr(formula_name(option)));
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != formula {
            commands.push(Command::Edit(Edit::SetPriorityFormula(chosen)));
        }
        ui.label(RichText::new(format!("= {}", texts.text(&chosen.describe()))).weak());
        ui.separator();
        ui.checkbox(&mut state.sort_by_priority, texts.tr("verify-sort"));
    });
    ui.label(RichText::new(ui.tr("verify-keys")).weak());
}

/// The message id of a formula's name.
fn formula_name(formula: PriorityFormula) -> &'static str {
    match formula {
        PriorityFormula::ImportanceFrequency => "verify-formula-if",
        PriorityFormula::ImportanceFrequencyDifficulty => "verify-formula-ifd",
    }
}

/// The five anchors of a scale ("1 = Not important" …), one a line; `scale`
/// names the scale's messages (`verify-anchor-importance-1` …).
fn anchors(texts: &Catalogue, scale: &str) -> String {
    (1..=5)
        .map(|i| format!("{i} = {}", texts.tr(&format!("verify-anchor-{scale}-{i}"))))
        .collect::<Vec<_>>()
        .join("\n")
}

const CODE_WIDTH: f32 = 48.0;
const STATEMENT_WIDTH: f32 = 260.0;
const SCORE_WIDTH: f32 = 34.0;
const STAT_WIDTH: f32 = 84.0;

fn header_ui(ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let texts = catalogue(ui.ctx());
        let heading = |id: &str| egui::Label::new(RichText::new(texts.tr(id)).strong());
        ui.add_sized([CODE_WIDTH, 20.0], heading("verify-code"));
        ui.add_sized([STATEMENT_WIDTH, 20.0], heading("verify-task"));
        for (name, hover) in [
            ("verify-i", anchors(&texts, "importance")),
            ("verify-f", anchors(&texts, "frequency")),
            ("verify-d", anchors(&texts, "difficulty")),
            ("verify-train-short", texts.tr("verify-train-keys")),
        ] {
            ui.add_sized([SCORE_WIDTH, 20.0], heading(name))
                .on_hover_text(hover);
        }
        ui.separator();
        for name in [
            "verify-priority",
            "verify-raters",
            "verify-importance",
            "verify-frequency",
            "verify-difficulty",
            "verify-train-percent",
        ] {
            ui.add_sized([STAT_WIDTH, 20.0], heading(name))
                .on_hover_text(texts.tr("verify-stat-tip"));
        }
    });
}

fn row_ui(
    ui: &mut egui::Ui,
    row: &Row,
    rating: Option<&Rating>,
    rater_name: &str,
    state: &mut VerificationGridState,
) {
    ui.horizontal(|ui| {
        ui.add_sized([CODE_WIDTH, 20.0], egui::Label::new(&row.code));
        let left = egui::Layout::left_to_right(egui::Align::Center);
        ui.allocate_ui_with_layout(egui::vec2(STATEMENT_WIDTH, 20.0), left, |ui| {
            ui.set_min_width(STATEMENT_WIDTH);
            shown_label_ui(ui, &row.statement, row.fallback_tip);
        });
        let values = [
            rating.and_then(|r| r.importance).map(|v| v.to_string()),
            rating.and_then(|r| r.frequency).map(|v| v.to_string()),
            rating.and_then(|r| r.difficulty).map(|v| v.to_string()),
            rating
                .and_then(|r| r.train)
                .map(|t| if t { "y" } else { "n" }.to_owned()),
        ];
        for (field, value) in values.into_iter().enumerate() {
            let name = ui.tr_args(
                "verify-cell",
                &[
                    ("field", ui.tr(FIELDS[field]).into()),
                    ("code", row.code.as_str().into()),
                    ("rater", rater_name.into()),
                ],
            );
            let value = value.unwrap_or_default();
            let cell = (row.task, field);
            let size = egui::vec2(SCORE_WIDTH, 20.0);
            let response = grid_entry::cell_ui(ui, cell_id(cell), &value, &name, size);
            if state.focus == Some(cell) {
                response.request_focus();
                state.focus = None;
            }
        }
        ui.separator();
        let stats = &row.stats;
        let priority = stats.priority.map_or("–".to_owned(), |p| format!("{p:.1}"));
        stat_ui(ui, &priority, false);
        stat_ui(ui, &stats.raters.to_string(), false);
        for summary in [stats.importance, stats.frequency, stats.difficulty] {
            let text = summary.map_or("–".to_owned(), |s| {
                format!("{:.1} ± {:.1}", s.mean, s.std_dev)
            });
            stat_ui(ui, &text, summary.is_some_and(|s| s.disagreement()));
        }
        let answered = stats.train_yes + stats.train_no;
        let train = if answered == 0 {
            "–".to_owned()
        } else {
            format!("{:.0} %", 100.0 * stats.train_yes as f64 / answered as f64)
        };
        stat_ui(ui, &train, false);
    });
}

fn stat_ui(ui: &mut egui::Ui, text: &str, highlight: bool) {
    let text = if highlight {
        RichText::new(text)
            .color(Color32::from_rgb(230, 140, 20))
            .strong()
    } else {
        RichText::new(text)
    };
    ui.add_sized([STAT_WIDTH, 20.0], egui::Label::new(text));
}

/// What a keystroke in a score field means.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Entry {
    Score(u8),
    Train(bool),
}

/// Reads a character typed in a field: 1–5 in the three scores; y or n (and the
/// yes and no of the partners' languages: j, d, o, s / 1, 0) in "train". Anything
/// else means nothing there.
fn entry_of(field: usize, typed: char) -> Option<Entry> {
    if field < 3 {
        typed
            .to_digit(10)
            .and_then(|d| u8::try_from(d).ok())
            .filter(|d| (1..=5).contains(d))
            .map(Entry::Score)
    } else {
        match typed.to_ascii_lowercase() {
            'y' | 'j' | 'd' | 'o' | 's' | '1' => Some(Entry::Train(true)),
            'n' | '0' => Some(Entry::Train(false)),
            _ => None,
        }
    }
}

/// One rater's ratings as they stand after the keystrokes so far this frame, and
/// the edits that got them there.
struct RatingEntry<'a> {
    verification: &'a Verification,
    rater: Id,
    /// Ratings changed this frame, by task.
    changed: HashMap<Id, Rating>,
    edits: Vec<Edit>,
}

impl<'a> RatingEntry<'a> {
    fn new(verification: &'a Verification, rater: Id) -> Self {
        RatingEntry {
            verification,
            rater,
            changed: HashMap::new(),
            edits: Vec::new(),
        }
    }

    fn current(&self, task: Id) -> Rating {
        match self.changed.get(&task) {
            Some(rating) => rating.clone(),
            None => self
                .verification
                .rating(task, self.rater)
                .cloned()
                .unwrap_or_else(|| Rating::new(task, self.rater)),
        }
    }

    fn store(&mut self, rating: Rating) {
        self.edits.push(Edit::PutRating(rating.clone()));
        self.changed.insert(rating.task, rating);
    }
}

impl CellInput for RatingEntry<'_> {
    fn put(&mut self, (task, field): Cell, c: char) -> bool {
        let Some(entry) = entry_of(field, c) else {
            return false;
        };
        let mut rating = self.current(task);
        match (field, entry) {
            (0, Entry::Score(s)) => rating.importance = Some(s),
            (1, Entry::Score(s)) => rating.frequency = Some(s),
            (2, Entry::Score(s)) => rating.difficulty = Some(s),
            (_, Entry::Train(t)) => rating.train = Some(t),
            _ => return false,
        }
        self.store(rating);
        true
    }

    fn clear(&mut self, (task, field): Cell) {
        let mut rating = self.current(task);
        let value = match field {
            0 => &mut rating.importance,
            1 => &mut rating.frequency,
            2 => &mut rating.difficulty,
            _ => {
                if rating.train.take().is_some() {
                    self.store(rating);
                }
                return;
            }
        };
        if value.take().is_some() {
            self.store(rating);
        }
    }
}

#[cfg(test)]
mod tests;
