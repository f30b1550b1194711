//! The verification grid: one rater's form at a time (as raters hand in paper
//! forms), with the computed columns for everyone beside it. Entry is by keyboard
//! only: a digit 1–5 sets a score and moves on (importance → frequency →
//! difficulty → train → the next task), y/n sets "train", Backspace clears.
//! Entering one rater's column for 240 tasks is 960 keystrokes and no mouse.

use egui::{Color32, RichText};

use super::command::Command;
use crate::model::verification::{
    DIFFICULTY_ANCHORS, FREQUENCY_ANCHORS, IMPORTANCE_ANCHORS, PriorityFormula, TaskStats,
};
use crate::model::{Edit, Id, Rating, Role, Session, task_code};

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

const FIELDS: [&str; 4] = ["Importance", "Frequency", "Difficulty", "Train"];

/// One row of the grid: a task with its code and statistics.
struct Row<'a> {
    task: Id,
    code: String,
    statement: &'a str,
    stats: TaskStats,
}

pub fn verification_grid_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut VerificationGridState,
    commands: &mut Vec<Command>,
) {
    let raters: Vec<_> = session
        .people
        .iter()
        .filter(|p| matches!(p.role, Role::Panel | Role::Respondent))
        .collect();
    if session.chart.task_count() == 0 {
        ui.label("There are no tasks to rate yet: build the chart first.");
        return;
    }
    if raters.is_empty() {
        ui.label("No raters yet: add panel members or survey respondents in the Session view.");
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
            statement: &task.statement,
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
    let mut moves = Vec::new();
    scroll.show_rows(ui, row_height, rows.len(), |ui, range| {
        for index in range {
            let row = &rows[index];
            let rating = verification.rating(row.task, rater.id);
            let next = rows.get(index + 1).map(|r| r.task);
            row_ui(
                ui,
                row,
                rating,
                rater.id,
                &rater.name,
                next,
                state,
                commands,
                &mut moves,
            );
        }
    });
    if let Some(focus) = moves.pop() {
        state.focus = Some(focus);
        ui.ctx().request_repaint();
    }
}

fn toolbar_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut VerificationGridState,
    raters: &[&crate::model::Person],
    rater_name: &str,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Rater:");
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
                    let text = format!("{} ({done} rated)", person.name);
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
        let label = ui.label("Priority index:");
        let formula = session.verification.priority;
        let mut chosen = formula;
        egui::ComboBox::from_id_salt("priority-formula")
            .selected_text(formula_name(formula))
            .show_ui(ui, |ui| {
                for option in [
                    PriorityFormula::ImportanceFrequency,
                    PriorityFormula::ImportanceFrequencyDifficulty,
                ] {
                    ui.selectable_value(&mut chosen, option, formula_name(option));
                }
            })
            .response
            .labelled_by(label.id);
        if chosen != formula {
            commands.push(Command::Edit(Edit::SetPriorityFormula(chosen)));
        }
        ui.label(RichText::new(format!("= {}", chosen.describe())).weak());
        ui.separator();
        ui.checkbox(&mut state.sort_by_priority, "Sort by priority");
    });
    ui.label(
        RichText::new("Type 1–5 for importance, frequency and difficulty, y or n for training; the cursor moves on by itself.")
            .weak(),
    );
}

fn formula_name(formula: PriorityFormula) -> &'static str {
    match formula {
        PriorityFormula::ImportanceFrequency => "Importance × Frequency",
        PriorityFormula::ImportanceFrequencyDifficulty => "Importance × Frequency × Difficulty",
    }
}

const CODE_WIDTH: f32 = 48.0;
const STATEMENT_WIDTH: f32 = 260.0;
const SCORE_WIDTH: f32 = 34.0;
const STAT_WIDTH: f32 = 84.0;

fn header_ui(ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        ui.add_sized([CODE_WIDTH, 20.0], egui::Label::new(RichText::new("Code").strong()));
        ui.add_sized([STATEMENT_WIDTH, 20.0], egui::Label::new(RichText::new("Task").strong()));
        let anchors = |a: [&str; 5]| a.iter().enumerate().map(|(i, t)| format!("{} = {t}", i + 1)).collect::<Vec<_>>().join("\n");
        for (name, hover) in [
            ("I", anchors(IMPORTANCE_ANCHORS)),
            ("F", anchors(FREQUENCY_ANCHORS)),
            ("D", anchors(DIFFICULTY_ANCHORS)),
            ("Train", "y = should be trained, n = not needed".to_owned()),
        ] {
            ui.add_sized([SCORE_WIDTH, 20.0], egui::Label::new(RichText::new(name).strong())).on_hover_text(hover);
        }
        ui.separator();
        for name in ["Priority", "Raters", "Importance", "Frequency", "Difficulty", "Train %"] {
            ui.add_sized([STAT_WIDTH, 20.0], egui::Label::new(RichText::new(name).strong()))
                .on_hover_text("Mean ± standard deviation over all raters; orange when raters disagree strongly (a range of 3 points or a standard deviation of 1.2 or more)");
        }
    });
}

#[allow(clippy::too_many_arguments)]
fn row_ui(
    ui: &mut egui::Ui,
    row: &Row,
    rating: Option<&Rating>,
    rater: Id,
    rater_name: &str,
    next_task: Option<Id>,
    state: &mut VerificationGridState,
    commands: &mut Vec<Command>,
    moves: &mut Vec<(Id, usize)>,
) {
    ui.horizontal(|ui| {
        ui.add_sized([CODE_WIDTH, 20.0], egui::Label::new(&row.code));
        let left = egui::Layout::left_to_right(egui::Align::Center);
        ui.allocate_ui_with_layout(egui::vec2(STATEMENT_WIDTH, 20.0), left, |ui| {
            ui.set_min_width(STATEMENT_WIDTH);
            ui.add(egui::Label::new(row.statement).truncate())
                .on_hover_text(row.statement);
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
            let id = egui::Id::unique(("verification-field", row.task, field));
            let mut text = value.clone().unwrap_or_default();
            let before = text.clone();
            let edit = egui::TextEdit::singleline(&mut text)
                .id(id)
                .desired_width(SCORE_WIDTH - 8.0)
                .align(egui::Align2::CENTER_CENTER);
            let response = ui.add_sized([SCORE_WIDTH, 20.0], edit);
            let response = response
                .on_hover_text(format!("{} of {} by {rater_name}", FIELDS[field], row.code));
            response.widget_info(|| {
                egui::WidgetInfo::text_edit(
                    true,
                    format!("{} of {} by {rater_name}", FIELDS[field], row.code),
                    &before,
                    "",
                )
            });
            if state.focus == Some((row.task, field)) {
                response.request_focus();
                state.focus = None;
            }
            if text != before
                && let Some(change) = parse_entry(field, &before, &text)
            {
                let mut updated = rating
                    .cloned()
                    .unwrap_or_else(|| Rating::new(row.task, rater));
                match field {
                    0 => updated.importance = change.score(),
                    1 => updated.frequency = change.score(),
                    2 => updated.difficulty = change.score(),
                    _ => updated.train = change.train(),
                }
                commands.push(Command::Edit(Edit::PutRating(updated)));
                if change.advances() {
                    let next = if field < 3 {
                        Some((row.task, field + 1))
                    } else {
                        next_task.map(|t| (t, 0))
                    };
                    moves.extend(next);
                }
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
    Clear,
}

impl Entry {
    fn score(self) -> Option<u8> {
        match self {
            Entry::Score(s) => Some(s),
            _ => None,
        }
    }

    fn train(self) -> Option<bool> {
        match self {
            Entry::Train(t) => Some(t),
            _ => None,
        }
    }

    fn advances(self) -> bool {
        self != Entry::Clear
    }
}

/// Reads the new text of a field (the old value plus what was typed): the last
/// character typed decides; anything else is ignored.
fn parse_entry(field: usize, before: &str, after: &str) -> Option<Entry> {
    if after.trim().is_empty() {
        return (!before.is_empty()).then_some(Entry::Clear);
    }
    let typed = after.chars().rev().find(|c| !c.is_whitespace())?;
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

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    use super::*;
    use crate::model::{Document, Duty, Person, Task};

    struct Fixture {
        document: Document,
        grid: VerificationGridState,
    }

    fn session() -> Session {
        let mut session = Session::default();
        for (title, tasks) in [
            (
                "Maintain security",
                ["Conduct cell searches", "Patrol the fence"],
            ),
            (
                "Supervise prisoners",
                ["Count prisoners", "Escort prisoners"],
            ),
        ] {
            let mut duty = Duty::new(title);
            duty.tasks = tasks.iter().map(|t| Task::new(t)).collect();
            session.chart.duties.push(duty);
        }
        session.people = vec![
            Person::new(Role::Panel, "Ioana Mărgineanu"),
            Person::new(Role::Panel, "Jiří Řezníček"),
        ];
        session
    }

    fn harness(session: Session) -> Harness<'static, Fixture> {
        let fixture = Fixture {
            document: Document::new(session),
            grid: VerificationGridState::default(),
        };
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1400.0, 600.0))
            .build_ui_state(
                |ui, f: &mut Fixture| {
                    let mut commands = Vec::new();
                    verification_grid_ui(ui, f.document.session(), &mut f.grid, &mut commands);
                    for command in commands {
                        if let Command::Edit(edit) = command {
                            f.document.apply(edit).expect("edit applies");
                        }
                    }
                },
                fixture,
            );
        harness.run();
        harness
    }

    fn type_into(harness: &mut Harness<'static, Fixture>, label: &str, text: &str) {
        harness.get_by_label(label).focus();
        harness.run();
        harness.get_by_label(label).type_text(text);
        harness.run();
    }

    #[test]
    fn digits_fill_a_rating_and_move_on() {
        let mut harness = harness(session());
        type_into(&mut harness, "Importance of A-1 by Ioana Mărgineanu", "4");
        // The cursor moved on: type the rest without touching the mouse.
        for key in ["3", "2", "y", "5"] {
            harness.event(egui::Event::Text(key.to_owned()));
            harness.run();
        }
        let session = harness.state().document.session();
        let task = session.chart.duties[0].tasks[0].id;
        let rater = session.people[0].id;
        let rating = session.verification.rating(task, rater).expect("rated");
        assert_eq!(
            (
                rating.importance,
                rating.frequency,
                rating.difficulty,
                rating.train
            ),
            (Some(4), Some(3), Some(2), Some(true))
        );
        let next = session
            .verification
            .rating(session.chart.duties[0].tasks[1].id, rater)
            .expect("next task");
        assert_eq!(next.importance, Some(5));
    }

    #[test]
    fn a_second_entry_updates_the_same_rating_and_undo_restores() {
        let mut harness = harness(session());
        type_into(&mut harness, "Importance of A-1 by Ioana Mărgineanu", "4");
        type_into(&mut harness, "Importance of A-1 by Ioana Mărgineanu", "2");
        assert_eq!(
            harness
                .state()
                .document
                .session()
                .verification
                .ratings
                .len(),
            1
        );
        assert_eq!(
            harness.state().document.session().verification.ratings[0].importance,
            Some(2)
        );
        harness.state_mut().document.undo().expect("undo");
        assert_eq!(
            harness.state().document.session().verification.ratings[0].importance,
            Some(4)
        );
    }

    #[test]
    fn letters_and_out_of_range_digits_are_ignored() {
        let cases = [
            (0, "", "7", None),
            (0, "", "x", None),
            (1, "3", "35", Some(Entry::Score(5))),
            (3, "", "n", Some(Entry::Train(false))),
            (2, "4", "", Some(Entry::Clear)),
            (0, "", " ", None),
        ];
        for (field, before, after, expected) in cases {
            assert_eq!(
                parse_entry(field, before, after),
                expected,
                "{field} {before:?} → {after:?}"
            );
        }
    }

    #[test]
    fn statistics_and_priority_follow_the_model_and_sorting_changes_no_data() {
        let mut session = session();
        let (a1, b2) = (
            session.chart.duties[0].tasks[0].id,
            session.chart.duties[1].tasks[1].id,
        );
        let (p1, p2) = (session.people[0].id, session.people[1].id);
        for (task, rater, i, f) in [
            (a1, p1, 2, 2),
            (a1, p2, 2, 3),
            (b2, p1, 5, 5),
            (b2, p2, 4, 5),
        ] {
            session.verification.ratings.push(Rating {
                importance: Some(i),
                frequency: Some(f),
                ..Rating::new(task, rater)
            });
        }
        let mut harness = harness(session.clone());
        let priority = session
            .verification
            .task_stats(b2)
            .priority
            .expect("priority");
        assert!(
            harness.query_by_label(&format!("{priority:.1}")).is_some(),
            "priority {priority:.1} shown"
        );
        harness.get_by_label("Sort by priority").click();
        harness.run();
        let top = |code: &str| harness.get_by_label(code).rect().min.y;
        let order = if top("B-2") < top("A-1") {
            ["B-2", "A-1"]
        } else {
            ["A-1", "B-2"]
        };
        assert_eq!(order, ["B-2", "A-1"], "highest priority first");
        assert_eq!(
            harness.state().document.session(),
            &session,
            "sorting is not an edit"
        );
    }

    #[test]
    fn without_raters_the_grid_says_what_to_do() {
        let mut session = session();
        session.people.clear();
        let harness = harness(session);
        assert!(
            harness
                .query_by_label_contains("add panel members or survey respondents")
                .is_some()
        );
    }
}
