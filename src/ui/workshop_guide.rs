//! The workshop guide: the DACUM steps in order, the current one highlighted with
//! its own timer and a short hint for the facilitator.

use std::time::{Duration, Instant};

pub struct Step {
    pub title: &'static str,
    pub hint: &'static str,
}

pub const STEPS: [Step; 8] = [
    Step {
        title: "Orientation",
        hint: "Welcome the panel, explain DACUM: they are the experts, you guide the process. \
               Agree the ground rules and the two-day plan.",
    },
    Step {
        title: "Review of job scope",
        hint: "Agree the job title and where the job starts and ends. Note related jobs that are \
               out of scope so they do not creep in later.",
    },
    Step {
        title: "Duties brainstorm",
        hint: "Ask: what are the major areas of responsibility? Aim for 6–12 duties, each \
               starting with a verb. Capture first, refine later.",
    },
    Step {
        title: "Tasks per duty",
        hint: "Take one duty at a time. Ask: what do you do to …? Each task: verb + object, \
               observable, 2–8 words. Press Enter after each task.",
    },
    Step {
        title: "Review and refine statements",
        hint: "Walk through the warnings: vague or unobservable verbs, two tasks in one, \
               duplicates, long statements. The panel decides.",
    },
    Step {
        title: "Sequence tasks and duties",
        hint: "Order tasks as they usually happen, duties from most to least central. \
               Drag cards or use Alt+arrows; codes follow.",
    },
    Step {
        title: "Supporting lists",
        hint: "General knowledge and skills, worker behaviours, tools and equipment, future \
               trends and concerns, acronyms.",
    },
    Step {
        title: "Verification",
        hint: "Each panel member (or survey respondent) rates every task for importance, \
               frequency and difficulty, and whether it needs training.",
    },
];

/// Which step is current and how long each has run. Not saved in the session: it
/// belongs to this sitting of the workshop.
pub struct WorkshopGuide {
    pub current: usize,
    spent: [Duration; STEPS.len()],
    entered: Instant,
}

impl Default for WorkshopGuide {
    fn default() -> Self {
        WorkshopGuide {
            current: 0,
            spent: [Duration::ZERO; STEPS.len()],
            entered: Instant::now(),
        }
    }
}

impl WorkshopGuide {
    /// Time spent in a step so far, counting the running step up to now.
    pub fn time_in(&self, step: usize, now: Instant) -> Duration {
        let running = if step == self.current {
            now - self.entered
        } else {
            Duration::ZERO
        };
        self.spent.get(step).copied().unwrap_or_default() + running
    }

    pub fn go_to(&mut self, step: usize, now: Instant) {
        if step >= STEPS.len() || step == self.current {
            return;
        }
        self.spent[self.current] += now - self.entered;
        self.current = step;
        self.entered = now;
    }
}

fn clock(duration: Duration) -> String {
    let seconds = duration.as_secs();
    format!(
        "{}:{:02}:{:02}",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// Draws the guide; asks for a repaint each second so the timer runs.
pub fn workshop_guide_ui(ui: &mut egui::Ui, guide: &mut WorkshopGuide) {
    let now = Instant::now();
    ui.heading("Workshop guide");
    ui.add_space(4.0);
    for (index, step) in STEPS.iter().enumerate() {
        let current = index == guide.current;
        let mark = if index < guide.current {
            "✔"
        } else if current {
            "→"
        } else {
            "  "
        };
        let text = format!("{mark} {}. {}", index + 1, step.title);
        let label = if current {
            egui::RichText::new(text).strong()
        } else {
            egui::RichText::new(text)
        };
        if ui
            .selectable_label(current, label)
            .on_hover_text("Make this the current step")
            .clicked()
        {
            guide.go_to(index, now);
        }
        if current {
            ui.indent("current-step", |ui| {
                ui.label(format!(
                    "In this step: {}",
                    clock(guide.time_in(index, now))
                ));
                ui.label(egui::RichText::new(step.hint).italics());
            });
        }
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(guide.current > 0, egui::Button::new("Previous step"))
            .clicked()
        {
            guide.go_to(guide.current - 1, now);
        }
        if ui
            .add_enabled(
                guide.current + 1 < STEPS.len(),
                egui::Button::new("Next step"),
            )
            .clicked()
        {
            guide.go_to(guide.current + 1, now);
        }
    });
    let total: Duration = (0..STEPS.len()).map(|s| guide.time_in(s, now)).sum();
    ui.label(format!("Workshop time: {}", clock(total)));
    ui.ctx().request_repaint_after(Duration::from_secs(1));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_accumulates_per_step() {
        let mut guide = WorkshopGuide::default();
        let start = guide.entered;
        guide.go_to(2, start + Duration::from_secs(90));
        guide.go_to(0, start + Duration::from_secs(100));
        assert_eq!(
            guide.time_in(0, start + Duration::from_secs(130)),
            Duration::from_secs(120)
        );
        assert_eq!(
            guide.time_in(2, start + Duration::from_secs(130)),
            Duration::from_secs(10)
        );
        assert_eq!(clock(Duration::from_secs(3725)), "1:02:05");
    }
}
