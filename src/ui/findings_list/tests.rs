//! What the checks say, in the interface language: the findings list, the
//! rule summary above it and the Edit menu's undo step are worded by the
//! catalogue of the language shown, not by the model.

use dacum_i18n::{Catalogue, Language};
use dacum_model::integrity::check_session;
use dacum_model::{Duty, Session, Task};
use egui_kittest::kittest::Queryable as _;

use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;

/// An English chart with a task a facilitator would stop: "Understand …"
/// cannot be observed.
fn session() -> Session {
    let mut session = Session::default();
    session.meta.language = "en".to_owned();
    let mut duty = Duty::new("Maintain security");
    duty.tasks = vec![
        Task::new("Understand the house rules"),
        Task::new("Search cells"),
    ];
    session.chart.duties.push(duty);
    session
}

fn findings_in(language: Language) -> AppHarness {
    app_harness(session(), egui::vec2(1280.0, 720.0), |app| {
        app.use_language(language);
        app.apply(UiCommand::ToggleFindings);
    })
}

#[test]
fn findings_and_the_rule_summary_are_in_the_interface_language() {
    let session = session();
    let problems = check_session(&session);
    let finding = problems
        .iter()
        .find(|p| p.place == "A-1")
        .expect("the unobservable verb is found");
    let summary = session.statement_rules().summary();
    for language in [Language::Czech, Language::German, Language::Greek] {
        let harness = findings_in(language);
        let texts = Catalogue::new(language);
        let (message, rules) = (texts.text(&finding.message), texts.text(&summary));
        // Worded by that language's catalogue, not English behind it.
        assert_ne!(message, finding.message.to_string(), "{language:?}");
        assert_ne!(rules, summary.to_string(), "{language:?}");
        assert!(
            message.contains("Understand") && !message.contains('{'),
            "{language:?}: the statement's own words, quoted: {message}"
        );
        harness.get_by_label_contains(&message);
        harness.get_by_label(&rules);
    }
}

#[test]
fn the_undo_step_is_named_in_the_interface_language() {
    let mut harness = findings_in(Language::Czech);
    let task = harness.state().document().session().chart.duties[0].tasks[1].id;
    harness
        .state_mut()
        .apply(crate::ui::Command::Edit(dacum_model::Edit::RemoveTask(
            task,
        )));
    harness.run();
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-delete-task")
    );
    let texts = Catalogue::new(Language::Czech);
    let step = texts.tr_args(
        "undo-step",
        &[("step", texts.tr("edit-delete-task").into())],
    );
    assert_ne!(step, "Undo delete task");
    harness.get_by_label(&texts.tr("menu-edit")).click();
    harness.run();
    harness.get_by_label_contains(&step);
}

#[test]
fn an_unresolved_conflict_is_worded_whole_in_the_interface_language() {
    let session = dacum_model::merge::merge(&crate::ui::merge_view::tests::partners()).session;
    let conflict = check_session(&session)
        .into_iter()
        .find(|p| p.message.id == "check-unresolved-conflict")
        .expect("the escort task is in conflict");
    let english = conflict.message.to_string();
    assert!(english.contains("task statement of task A-2"), "{english}");
    for language in [Language::Czech, Language::German, Language::Greek] {
        let harness = app_harness(session.clone(), egui::vec2(1280.0, 720.0), |app| {
            app.use_language(language);
            app.apply(UiCommand::ToggleFindings);
        });
        let message = Catalogue::new(language).text(&conflict.message);
        // The field, the element and the values are the catalogue's words
        // too, not English put into a translated sentence.
        for english in ["task statement", "task A-2", "\"Escort"] {
            assert!(!message.contains(english), "{language:?}: {message}");
        }
        assert!(message.contains("Escort prisoners to court"), "{message}");
        harness.get_by_label_contains(&message);
    }
}
