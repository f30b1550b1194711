//! The workshop guide: the DACUM steps in order, the current one highlighted with
//! its own timer and a short hint for the facilitator.

use std::time::{Duration, Instant};

use super::language::catalogue;

/// A step of the workshop: the message ids of its title and its hint.
pub struct Step {
    pub title: &'static str,
    pub hint: &'static str,
}

pub const STEPS: [Step; 8] = [
    Step {
        title: "guide-orientation",
        hint: "guide-orientation-hint",
    },
    Step {
        title: "guide-scope",
        hint: "guide-scope-hint",
    },
    Step {
        title: "guide-duties",
        hint: "guide-duties-hint",
    },
    Step {
        title: "guide-tasks",
        hint: "guide-tasks-hint",
    },
    Step {
        title: "guide-review",
        hint: "guide-review-hint",
    },
    Step {
        title: "guide-sequence",
        hint: "guide-sequence-hint",
    },
    Step {
        title: "guide-lists",
        hint: "guide-lists-hint",
    },
    Step {
        title: "guide-verification",
        hint: "guide-verification-hint",
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
    let texts = catalogue(ui.ctx());
    ui.heading(texts.tr("cmd-guide"));
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
        let text = format!("{mark} {}. {}", index + 1, texts.tr(step.title));
        let label = if current {
            egui::RichText::new(text).strong()
        } else {
            egui::RichText::new(text)
        };
        if ui
            .selectable_label(current, label)
            .on_hover_text(texts.tr("guide-make-current"))
            .clicked()
        {
            guide.go_to(index, now);
        }
        if current {
            ui.indent("current-step", |ui| {
                ui.label(texts.tr_args(
                    "guide-time-in-step",
                    &[("time", clock(guide.time_in(index, now)).into())],
                ));
                ui.label(egui::RichText::new(texts.tr(step.hint)).italics());
            });
        }
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                guide.current > 0,
                egui::Button::new(texts.tr("guide-previous")),
            )
            .clicked()
        {
            guide.go_to(guide.current - 1, now);
        }
        if ui
            .add_enabled(
                guide.current + 1 < STEPS.len(),
                egui::Button::new(texts.tr("guide-next")),
            )
            .clicked()
        {
            guide.go_to(guide.current + 1, now);
        }
    });
    let total: Duration = (0..STEPS.len()).map(|s| guide.time_in(s, now)).sum();
    ui.label(texts.tr_args("guide-total", &[("time", clock(total).into())]));
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
