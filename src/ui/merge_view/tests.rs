//! The merge tab driven as a coordinator would, through the app (the shared
//! `test_harness`), asserting on the session.

use egui_kittest::kittest::{NodeT as _, Queryable as _};

use crate::ui::command::Command;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::view::View;
use dacum_i18n::{Catalogue, Language, Text};
use dacum_model::merge;
use dacum_model::{Duty, Field, Id, Person, Role, Session, Task, Value};

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1100.0, 900.0), |app| {
        app.apply(Command::Show(View::Merge));
    })
}

/// Three partners' versions of one chart: CZ reworded the escort task, and CZ
/// and DE each added nearly the same vehicle inspection (the board's tests use
/// them too).
pub(in crate::ui) fn partners() -> Vec<Session> {
    let mut ro = Session {
        id: Id::from_u128(1),
        ..Session::default()
    };
    ro.meta.title = "Romanian workshop".into();
    ro.meta.country = "RO".into();
    ro.meta.language = "en".into();
    let mut duty = Duty::new("Maintain security of the facility");
    duty.tasks = vec![
        Task::new("Conduct cell searches"),
        Task::new("Escort prisoners to court"),
    ];
    ro.chart.duties.push(duty);
    let mut cz = ro.clone();
    cz.id = Id::from_u128(2);
    cz.meta.title = "Czech workshop".into();
    cz.meta.country = "CZ".into();
    let tasks = &mut cz.chart.duties[0].tasks;
    tasks[1].statement = "Escort inmates to court hearings".into();
    tasks.push(Task::new("Inspect visitors' vehicles at the gate"));
    let mut de = ro.clone();
    de.id = Id::from_u128(3);
    de.meta.title = "German workshop".into();
    de.meta.country = "DE".into();
    let tasks = &mut de.chart.duties[0].tasks;
    tasks.push(Task::new("Inspect visitor vehicles at the gate"));
    vec![ro, cz, de]
}

fn merged() -> Session {
    merge::merge(&partners()).session
}

fn escort(session: &Session) -> Id {
    session.chart.duties[0].tasks[1].id
}

#[test]
fn a_session_never_merged_says_how_to_start() {
    let mut harness = harness(dacum_model::generated::large_session());
    assert!(harness.query_by_label("Nothing merged yet").is_some());
    harness.get_by_label("Merge sessions…").click();
    harness.run();
    // The app asks for the files to merge, as File › Merge sessions… does.
    assert!(harness.query_by_label("File paths").is_some());
}

#[test]
fn the_summary_names_the_sources_and_what_is_left() {
    let harness = harness(merged());
    assert!(
        harness
            .query_by_label("Consolidated from 3 partner sessions")
            .is_some()
    );
    // By country, as people look for them.
    let sessions: Vec<String> = harness
        .query_all_by_label_contains(" workshop")
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect();
    assert_eq!(
        sessions,
        ["Czech workshop", "German workshop", "Romanian workshop"]
    );
    assert!(harness.query_by_label("Proposed duplicates (1)").is_some());
    assert!(harness.query_by_label("Conflicts (1)").is_some());
    assert!(
        harness
            .query_by_label_contains("2 of 4 tasks are shared by every partner")
            .is_some()
    );
}

#[test]
fn the_summary_shows_every_detail_of_every_source() {
    let mut inputs = partners();
    let ro = &mut inputs[0].meta;
    ro.organisation = "Administrația Națională a Penitenciarelor".into();
    ro.sponsor = "Erasmus+ KA2".into();
    ro.venue = "Penitenciarul Rahova".into();
    ro.start = jiff::civil::Date::new(2025, 3, 10).ok();
    ro.end = jiff::civil::Date::new(2025, 3, 14).ok();
    ro.notes = "Day two moved to the training centre.".into();
    inputs[1].meta.venue = "Vězeňská služba, Praha".into();
    let harness = harness(merge::merge(&inputs).session);
    for shown in [
        "Administrația Națională a Penitenciarelor",
        "Erasmus+ KA2",
        "Penitenciarul Rahova",
        "2025-03-10 – 2025-03-14",
        "Notes of RO (Romanian workshop):",
        "Day two moved to the training centre.",
        "Vězeňská služba, Praha",
    ] {
        assert!(harness.query_by_label(shown).is_some(), "{shown}");
    }
}

#[test]
fn other_wordings_are_listed_with_who_wrote_them() {
    let mut inputs = partners();
    inputs[1].chart.duties[0].tasks[0].statement = "CONDUCT CELL SEARCHES".into();
    inputs[2].chart.duties[0].tasks[0].statement = "Conduct\u{200B} cell searches".into();
    let session = merge::merge(&inputs).session;
    // RO's plain wording is kept although two partners wrote it otherwise.
    assert_eq!(
        session.chart.duties[0].tasks[0].statement,
        "Conduct cell searches"
    );
    let harness = harness(session);
    assert!(harness.query_by_label("Other wordings (1)").is_some());
    assert!(harness.query_by_label("also written as").is_some());
    for (wording, who) in [
        ("CONDUCT CELL SEARCHES", "by CZ"),
        ("Conduct\u{200B} cell searches", "by DE"),
    ] {
        assert!(harness.query_by_label(wording).is_some(), "{wording}");
        assert!(harness.query_by_label(who).is_some(), "{who}");
    }
}

#[test]
fn rejecting_a_proposal_marks_the_pair_distinct_and_undo_proposes_it_again() {
    let session = merged();
    let proposal = merge::proposals(&session).remove(0);
    let mut harness = harness(session.clone());
    // Each button names the pair it is for, so a screen reader tells the
    // proposals apart.
    for button in ["Accept: merge task", "Reject: task"] {
        let node = harness.get_by_label_contains(button);
        let name = node.accesskit_node().label().unwrap_or_default();
        assert!(name.contains("A-3") && name.contains("A-4"), "{name}");
    }
    harness.get_by_label_contains("Reject: task").click();
    harness.run();
    let now = harness.state().document().session();
    assert!(now.provenance.is_distinct(proposal.keep, proposal.absorb));
    assert_eq!(now.chart.task_count(), 4, "both tasks stay");
    harness.run();
    assert!(harness.query_by_label("Proposed duplicates (0)").is_some());
    assert!(harness.query_by_label_contains("Reject: task").is_none());

    harness.state_mut().apply(UiCommand::Undo);
    harness.run();
    assert_eq!(harness.state().document().session(), &session);
    assert!(harness.query_by_label_contains("Reject: task").is_some());
}

#[test]
fn clicking_the_kept_value_closes_the_conflict_without_changing_it() {
    let session = merged();
    let id = escort(&session);
    let mut harness = harness(session);
    assert!(
        harness
            .query_by_label_contains("kept now · DE, RO")
            .is_some()
    );
    harness.get_by_label("Escort prisoners to court").click();
    harness.run();
    let now = harness.state().document().session();
    assert!(now.provenance.conflict(id, Field::TaskStatement).is_none());
    assert_eq!(
        merge::field_value(now, id, Field::TaskStatement),
        Some(Value::Text("Escort prisoners to court".into()))
    );
}

#[test]
fn the_element_of_a_conflict_links_to_where_it_is() {
    let session = merged();
    let id = escort(&session);
    let mut harness = harness(session);
    harness
        .get_by_label("task A-2 \"Escort prisoners to court\"")
        .click();
    harness.run();
    assert_eq!(harness.state().view(), View::Chart);
    assert_eq!(harness.state().board.selected(), Some(id));
}

#[test]
fn a_decision_lists_the_value_set_aside_and_reopens_as_a_conflict() {
    let session = merged();
    let id = escort(&session);
    let mut harness = harness(session.clone());
    assert!(harness.query_by_label("Decided (0)").is_some());

    harness
        .get_by_label("Escort inmates to court hearings")
        .click();
    harness.run();
    let decided = harness.state().document().session().clone();
    assert!(harness.query_by_label("Conflicts (0)").is_some());
    assert!(harness.query_by_label("Decided (1)").is_some());
    // The wording DE and RO wrote is on record, with who wrote it.
    assert!(
        harness
            .query_by_label("Escort prisoners to court")
            .is_some()
    );
    assert!(harness.query_by_label("DE, RO").is_some());
    let decision = decided.provenance.decision(id, Field::TaskStatement);
    assert_eq!(
        decision.map(|d| d.set_aside[0].value.clone()),
        Some(Value::Text("Escort prisoners to court".into()))
    );

    harness
        .get_by_label("Reopen: task statement of task A-2 \"Escort inmates to court hearings\"")
        .click();
    harness.run();
    let reopened = harness.state().document().session();
    assert!(
        reopened
            .provenance
            .decision(id, Field::TaskStatement)
            .is_none()
    );
    let conflict = reopened.provenance.conflict(id, Field::TaskStatement);
    assert_eq!(
        conflict.map(|c| c.alternatives[0].value.clone()),
        Some(Value::Text("Escort prisoners to court".into()))
    );
    assert_eq!(
        merge::field_value(reopened, id, Field::TaskStatement),
        Some(Value::Text("Escort inmates to court hearings".into())),
        "reopening keeps the value chosen"
    );
    assert!(harness.query_by_label("Decided (0)").is_some());

    harness.state_mut().apply(UiCommand::Undo);
    harness.run();
    assert_eq!(harness.state().document().session(), &decided);
    harness.state_mut().apply(UiCommand::Undo);
    harness.run();
    assert_eq!(harness.state().document().session(), &session);
}

/// The words of `text` in `texts`' language, which must not be the English.
fn worded(texts: &Catalogue, text: &Text) -> String {
    let words = texts.text(text);
    assert_ne!(
        words,
        text.to_string(),
        "{:?}: {}",
        texts.language(),
        text.id
    );
    words
}

/// The fields, elements, values and kinds the model names are worded by the
/// interface language's catalogue, not handed over in English.
#[test]
fn the_tab_words_what_the_model_names_in_the_interface_language() {
    let mut inputs = partners();
    // RO has her as a facilitator, CZ on the panel: a conflict on a value
    // that is not text.
    let ana = Person {
        id: Id::from_u128(10),
        ..Person::new(Role::Facilitator, "Ana Pop")
    };
    inputs[0].people.push(ana.clone());
    inputs[1].people.push(Person {
        role: Role::Panel,
        ..ana
    });
    let session = merge::merge(&inputs).session;
    let texts = Catalogue::new(Language::Czech);
    let mut harness = app_harness(session.clone(), egui::vec2(1100.0, 1400.0), |app| {
        app.use_language(Language::Czech);
        app.apply(Command::Show(View::Merge));
    });
    // The field in conflict heads its card ("Znění úkolu"), and the element
    // it belongs to is the link to it.
    let field = worded(&texts, &Field::TaskStatement.label());
    let heading: String = field
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(field.chars().skip(1))
        .collect();
    harness.get_by_label(&heading);
    let element = worded(&texts, &merge::describe(&session, escort(&session)));
    assert!(element.contains("Escort prisoners to court"), "{element}");
    harness.get_by_label(&element);
    // A value that is not text is worded too: both roles are offered.
    for role in [Role::Panel, Role::Facilitator] {
        harness.get_by_label(&worded(&texts, &Value::Role(role).words()));
    }
    // A proposed duplicate names its kind and where each side is.
    let proposal = merge::proposals(&session).remove(0);
    let kind = proposal.kind.key();
    assert_eq!(kind, "task");
    let percent = format!("{:.0}", (proposal.similarity * 100.0).floor());
    harness.get_by_label(&texts.tr_args(
        "merge-proposal",
        &[("kind", kind.into()), ("percent", percent.into())],
    ));
    let code = session.chart.code_of(proposal.keep).expect("a task");
    let place = texts.tr_args("merge-side-task", &[("code", code.into())]);
    harness.get_by_label(&format!("{} · {place}", texts.tr("merge-keep")));
    // Nothing English is left of what the model named.
    for english in ["task statement", "task A-", "Panel member", "Facilitator"] {
        assert!(
            harness.query_by_label_contains(english).is_none(),
            "{english}"
        );
    }
    // The tab is worded again when the language changes, not only when the
    // document does.
    harness.state_mut().use_language(Language::English);
    harness.run();
    harness.get_by_label("Task statement");
    harness.get_by_label("task A-2 \"Escort prisoners to court\"");
}
