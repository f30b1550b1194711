//! The axes of uncertainty: the app's suggestion — the two independent critical
//! uncertainties with the highest combined score — with the reason for every
//! driver considered, and a button to take it. Naming the poles and writing the
//! rationale are not built yet; the chosen axes are shown as saved.

use egui::RichText;

use super::command::Command;
use crate::model::pestle_stats::{Candidate, Verdict};
use crate::model::{Axes, Axis, AxisSubject, Edit, Pestle, Session};

#[derive(Default)]
pub struct AxesState {}

fn subject_name(pestle: &Pestle, subject: AxisSubject) -> String {
    match subject {
        AxisSubject::Driver(id) => pestle
            .driver(id)
            .map_or_else(|| "a missing driver".to_owned(), |d| d.title.clone()),
        AxisSubject::Group(id) => pestle.groups.iter().find(|g| g.id == id).map_or_else(
            || "a missing group".to_owned(),
            |g| format!("{} (related drivers)", g.name),
        ),
    }
}

fn verdict_text(pestle: &Pestle, verdict: &Verdict) -> String {
    match verdict {
        Verdict::Chosen => "chosen".to_owned(),
        Verdict::Lower => "lower combined score than the two chosen".to_owned(),
        Verdict::SameGroupAs(other) => format!(
            "same related group as {}",
            pestle
                .driver(*other)
                .map_or("a chosen driver", |d| d.title.as_str())
        ),
        Verdict::NotCritical(zone) => {
            format!("not a critical uncertainty: {}", zone.name().to_lowercase())
        }
        Verdict::NoVotes => "no votes yet".to_owned(),
    }
}

/// The axis for a suggested candidate, keeping the poles and rationale already
/// written for the same subject on either axis, so taking the suggestion never
/// throws away the facilitator's words.
fn axis_for(current: &Axes, candidate: &Candidate) -> Option<Axis> {
    let existing = [&current.horizontal, &current.vertical]
        .into_iter()
        .flatten()
        .find(|a| a.subject == candidate.subject);
    Some(existing.cloned().unwrap_or(Axis {
        subject: candidate.subject,
        low_pole: String::new(),
        high_pole: String::new(),
        rationale: String::new(),
    }))
}

pub fn axes_ui(
    ui: &mut egui::Ui,
    session: &Session,
    _state: &mut AxesState,
    commands: &mut Vec<Command>,
) {
    let pestle = &session.pestle;
    let suggestion = pestle.suggest_axes();
    ui.heading("Suggested axes");
    ui.label(suggestion.summary());
    for (name, candidate) in ["Horizontal", "Vertical"].iter().zip(&suggestion.axes) {
        let combined = candidate.stats.combined().unwrap_or_default();
        ui.label(format!(
            "{name} axis: {} (combined score {combined:.2})",
            subject_name(pestle, candidate.subject)
        ));
    }
    if suggestion.axes.len() == 2 && ui.button("Use suggested axes").clicked() {
        let current = &pestle.axes;
        let axes = Axes {
            horizontal: axis_for(current, &suggestion.axes[0]),
            vertical: axis_for(current, &suggestion.axes[1]),
        };
        commands.push(Command::Edit(Edit::SetAxes(axes)));
    }
    ui.add_space(8.0);
    ui.heading("Chosen axes");
    for (name, axis) in [
        ("Horizontal", &pestle.axes.horizontal),
        ("Vertical", &pestle.axes.vertical),
    ] {
        match axis {
            Some(axis) => {
                ui.label(
                    RichText::new(format!("{name}: {}", subject_name(pestle, axis.subject)))
                        .strong(),
                );
                ui.label(format!("Poles: {} / {}", axis.low_pole, axis.high_pole));
                if !axis.rationale.is_empty() {
                    ui.label(RichText::new(&axis.rationale).italics());
                }
            }
            None => {
                ui.label(format!("{name}: not chosen yet"));
            }
        }
    }
    ui.add_space(8.0);
    ui.heading("Why: every driver considered");
    egui::ScrollArea::vertical()
        .id_salt("axis-candidates")
        .show(ui, |ui| {
            egui::Grid::new("axis-candidates-grid")
                .striped(true)
                .show(ui, |ui| {
                    for heading in [
                        "Rank",
                        "Driver",
                        "Combined",
                        "Uncertainty",
                        "Impact",
                        "Verdict",
                    ] {
                        ui.strong(heading);
                    }
                    ui.end_row();
                    for (rank, candidate) in suggestion.considered.iter().enumerate() {
                        let title = pestle
                            .driver(candidate.driver)
                            .map_or("", |d| d.title.as_str());
                        ui.label((rank + 1).to_string());
                        ui.label(title);
                        let number =
                            |v: Option<f64>| v.map_or("–".to_owned(), |v| format!("{v:.2}"));
                        ui.label(number(candidate.stats.combined()));
                        ui.label(number(candidate.stats.uncertainty.map(|s| s.mean)));
                        ui.label(number(candidate.stats.impact.map(|s| s.mean)));
                        ui.label(verdict_text(pestle, &candidate.verdict));
                        ui.end_row();
                    }
                });
        });
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    use super::*;
    use crate::model::{Category, Document, Driver, DriverGroup, Id, Participant, Vote};

    fn session() -> Session {
        let mut session = Session::default();
        let p = &mut session.pestle;
        p.participants = vec![Participant::new("Ana")];
        for (title, u, i) in [
            ("Penal policy", 5, 5),
            ("AI risk tools", 5, 4),
            ("Digital records", 4, 5),
            ("Overcrowding", 2, 5),
        ] {
            let driver = Driver::new(Category::Political, title);
            p.votes
                .push(Vote::new(driver.id, p.participants[0].id, u, i));
            p.drivers.push(driver);
        }
        p.groups.push(DriverGroup {
            id: Id::new(),
            name: "Digitalisation".into(),
            drivers: vec![p.drivers[1].id, p.drivers[2].id],
        });
        session
    }

    #[test]
    fn the_suggestion_is_explained_and_can_be_taken_and_undone() {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1000.0, 700.0))
            .build_ui_state(
                |ui, document: &mut Document| {
                    let mut commands = Vec::new();
                    axes_ui(
                        ui,
                        document.session(),
                        &mut AxesState::default(),
                        &mut commands,
                    );
                    for command in commands {
                        if let Command::Edit(edit) = command {
                            document.apply(edit).expect("applies");
                        }
                    }
                },
                Document::new(session()),
            );
        harness.run();
        assert!(
            harness
                .query_by_label("same related group as Digital records")
                .is_some()
        );
        assert!(
            harness
                .query_by_label("not a critical uncertainty: predetermined elements")
                .is_some()
        );
        harness.get_by_label("Use suggested axes").click();
        harness.run();
        let expected = harness.state().session().pestle.suggest_axes();
        let axes = &harness.state().session().pestle.axes;
        assert_eq!(
            axes.horizontal.as_ref().map(|a| a.subject),
            Some(expected.axes[0].subject)
        );
        assert_eq!(
            axes.vertical.as_ref().map(|a| a.subject),
            Some(expected.axes[1].subject)
        );
        harness.state_mut().undo().expect("undo");
        assert_eq!(harness.state().session().pestle.axes, Axes::default());
    }

    #[test]
    fn taking_the_suggestion_keeps_the_words_written_for_the_same_subject() {
        let session = session();
        let suggestion = session.pestle.suggest_axes();
        let written = Axis {
            subject: suggestion.axes[0].subject,
            low_pole: "Punitive".into(),
            high_pole: "Rehabilitative".into(),
            rationale: "Split votes.".into(),
        };
        // The facilitator put it on the other axis.
        let current = Axes {
            horizontal: None,
            vertical: Some(written.clone()),
        };
        assert_eq!(axis_for(&current, &suggestion.axes[0]), Some(written));
        assert_eq!(
            axis_for(&current, &suggestion.axes[1]).map(|a| a.low_pole),
            Some(String::new())
        );
    }
}
