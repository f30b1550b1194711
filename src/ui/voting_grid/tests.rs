//! The voting grid driven as the facilitator would: by keyboard, asserting on the
//! session.

use egui_kittest::kittest::Queryable as _;

use super::*;
use crate::ui::test_harness::{AppHarness, app_harness};
use crate::ui::ui_command::UiCommand;
use crate::ui::widgets::keystrokes::burst;
use dacum_model::Pestle;

/// Three drivers in three categories (listed out of category order) and two
/// participants, no votes.
fn session() -> Session {
    let mut session = Session::default();
    session.pestle.drivers = vec![
        Driver::new(Category::Technological, "AI risk tools"),
        Driver::new(Category::Political, "Penal policy"),
        Driver::new(Category::Social, "Public trust"),
    ];
    session.pestle.participants = vec![Participant::new("Ana"), Participant::new("Ben")];
    session
}

fn pestle(harness: &AppHarness) -> &Pestle {
    &harness.state().document().session().pestle
}

fn id_of(harness: &AppHarness, title: &str) -> Id {
    pestle(harness)
        .drivers
        .iter()
        .find(|d| d.title == title)
        .map_or_else(|| panic!("no driver {title}"), |d| d.id)
}

fn scores(harness: &AppHarness, title: &str, participant: usize) -> Option<(u8, u8)> {
    let p = pestle(harness);
    let vote = p.vote(id_of(harness, title), p.participants[participant].id)?;
    Some((vote.uncertainty, vote.impact))
}

fn type_into(harness: &mut AppHarness, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

fn keys(harness: &mut AppHarness, keys: &[&str]) {
    for key in keys {
        harness.event(egui::Event::Text((*key).to_owned()));
        harness.run();
    }
}

fn harness(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1500.0, 700.0), |app| {
        app.show_pestle(crate::ui::view::PestleTab::Votes);
    })
}

#[test]
fn digits_enter_votes_and_the_cursor_moves_on() {
    let mut harness = harness(session());
    // Category order: Political, Social, Technological.
    type_into(&mut harness, "Uncertainty of Penal policy by Ana", "4");
    assert!(
        pestle(&harness).votes.is_empty(),
        "a vote needs both scores"
    );
    keys(&mut harness, &["5", "2", "3", "5", "1"]);
    assert_eq!(scores(&harness, "Penal policy", 0), Some((4, 5)));
    assert_eq!(scores(&harness, "Public trust", 0), Some((2, 3)));
    assert_eq!(scores(&harness, "AI risk tools", 0), Some((5, 1)));
    assert_eq!(pestle(&harness).votes.len(), 3);
    assert_eq!(scores(&harness, "Penal policy", 1), None);
}

#[test]
fn re_entering_a_score_updates_the_same_vote_and_undo_restores_it() {
    let mut harness = harness(session());
    type_into(&mut harness, "Uncertainty of Penal policy by Ana", "4");
    keys(&mut harness, &["5"]);
    let id = pestle(&harness).votes[0].id;
    type_into(&mut harness, "Impact of Penal policy by Ana", "2");
    assert_eq!(pestle(&harness).votes.len(), 1, "no duplicate vote");
    assert_eq!(pestle(&harness).votes[0].id, id);
    assert_eq!(scores(&harness, "Penal policy", 0), Some((4, 2)));
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(scores(&harness, "Penal policy", 0), Some((4, 5)));
    harness.state_mut().apply(UiCommand::Undo);
    assert!(
        pestle(&harness).votes.is_empty(),
        "undo removes the new vote"
    );
    harness.state_mut().apply(UiCommand::Redo);
    assert_eq!(scores(&harness, "Penal policy", 0), Some((4, 5)));
}

#[test]
fn backspace_deletes_a_vote() {
    let mut harness = harness(session());
    type_into(&mut harness, "Uncertainty of Public trust by Ana", "3");
    keys(&mut harness, &["3"]);
    assert_eq!(scores(&harness, "Public trust", 0), Some((3, 3)));
    harness
        .get_by_label("Impact of Public trust by Ana")
        .focus();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.run();
    harness.key_press(egui::Key::Backspace);
    harness.run();
    assert_eq!(scores(&harness, "Public trust", 0), None);
    harness.state_mut().apply(UiCommand::Undo);
    assert_eq!(scores(&harness, "Public trust", 0), Some((3, 3)));
}

#[test]
fn missing_votes_and_statistics_follow_the_model() {
    let mut session = session();
    for name in ["Cleo", "Dan"] {
        session.pestle.participants.push(Participant::new(name));
    }
    let driver = session.pestle.drivers[1].id;
    let people: Vec<Id> = session.pestle.participants.iter().map(|p| p.id).collect();
    // Uncertainty 1, 4, 5: mean 3.3, median 4.0, strong disagreement;
    // impact 2, 2, 4: mean 2.7, median 2.0.
    for (participant, u, i) in [(people[0], 1, 2), (people[1], 4, 2), (people[2], 5, 4)] {
        session
            .pestle
            .votes
            .push(Vote::new(driver, participant, u, i));
    }
    let harness = harness(session.clone());
    assert!(
        harness.query_by_label("1 missing").is_some(),
        "Dan has not voted"
    );
    assert_eq!(harness.query_all_by_label("4 missing").count(), 2);
    assert!(harness.query_by_label("3 of 12 votes").is_some());
    let stats = session.pestle.stats_of(driver);
    let (u, i) = (stats.uncertainty.expect("u"), stats.impact.expect("i"));
    assert!(u.disagreement() && !i.disagreement());
    for text in [
        format!("{:.1}", u.mean),
        format!("{:.1}", u.median),
        format!("{:.1}", i.mean),
        format!("{:.1}", i.median),
        format!("±{:.1} ({}–{})", u.std_dev, u.min, u.max),
        format!("{:.1}", stats.combined().expect("combined")),
    ] {
        assert!(harness.query_by_label(&text).is_some(), "{text} shown");
    }
    assert_eq!(
        ["3.3", "4.0", "2.7", "2.0", "±2.1 (1–5)", "6.0"]
            .map(|t| harness.query_by_label(t).is_some()),
        [true; 6]
    );
    assert_eq!(
        harness.query_all_by_label("disagree").count(),
        1,
        "strong disagreement is flagged on its driver only"
    );
    assert_eq!(harness.state().document().session(), &session);
}

#[test]
fn sorting_by_combined_score_changes_the_order_but_not_the_session() {
    let mut session = session();
    let p = session.pestle.participants[0].id;
    let [tech, political, social] = [0, 1, 2].map(|i| session.pestle.drivers[i].id);
    for (driver, u, i) in [(tech, 5, 5), (political, 1, 1), (social, 3, 3)] {
        session.pestle.votes.push(Vote::new(driver, p, u, i));
    }
    let mut harness = harness(session.clone());
    let order = |harness: &AppHarness| {
        let mut titles = ["AI risk tools", "Penal policy", "Public trust"];
        titles.sort_by(|a, b| {
            let y = |t: &str| harness.get_by_label(t).rect().min.y;
            y(a).total_cmp(&y(b))
        });
        titles
    };
    assert_eq!(
        order(&harness),
        ["Penal policy", "Public trust", "AI risk tools"]
    );
    harness.get_by_label("Sort by combined score").click();
    harness.run();
    assert_eq!(
        order(&harness),
        ["AI risk tools", "Public trust", "Penal policy"]
    );
    assert_eq!(
        harness.state().document().session(),
        &session,
        "sorting is not an edit"
    );
}

#[test]
fn the_all_participants_matrix_shows_every_vote() {
    let mut session = session();
    let driver = session.pestle.drivers[0].id;
    let p = session.pestle.participants[1].id;
    session.pestle.votes.push(Vote::new(driver, p, 4, 5));
    let mut harness = harness(session);
    harness.get_by_label("All participants").click();
    harness.run();
    assert!(harness.query_by_label("4/5").is_some());
    assert_eq!(harness.query_all_by_label("–").count(), 5);
}

#[test]
fn next_participant_starts_at_the_first_driver() {
    let mut harness = harness(session());
    harness.get_by_label("Next participant").click();
    harness.run();
    harness.run();
    keys(&mut harness, &["2", "4"]);
    assert_eq!(scores(&harness, "Penal policy", 1), Some((2, 4)));
}

#[test]
fn keys_typed_within_one_frame_each_land_in_their_own_cell() {
    let mut harness = harness(session());
    harness
        .get_by_label("Uncertainty of Penal policy by Ana")
        .focus();
    harness.run();
    harness.event(egui::Event::Text("4".to_owned()));
    harness.event(egui::Event::Text("5".to_owned()));
    harness.event(egui::Event::Text("x2".to_owned()));
    harness.event(egui::Event::Text("3".to_owned()));
    harness.run();
    assert_eq!(scores(&harness, "Penal policy", 0), Some((4, 5)));
    assert_eq!(scores(&harness, "Public trust", 0), Some((2, 3)));
    // The cursor is on the third driver's uncertainty; 9 is not a score.
    keys(&mut harness, &["9", "1", "1"]);
    assert_eq!(scores(&harness, "AI risk tools", 0), Some((1, 1)));
}

#[test]
fn only_the_digits_one_to_five_are_scores() {
    let scores: Vec<Option<u8>> = "0123456x".chars().map(keys::score_of).collect();
    assert_eq!(
        scores,
        [
            None,
            Some(1),
            Some(2),
            Some(3),
            Some(4),
            Some(5),
            None,
            None
        ]
    );
}

#[test]
fn a_burst_of_scores_in_one_frame_fills_the_votes_in_order() {
    let mut harness = harness(session());
    harness
        .get_by_label("Uncertainty of Penal policy by Ana")
        .focus();
    harness.run();
    // Penal policy 4 5, Public trust 2 3; then the last driver's uncertainty 1,
    // back to it with the left arrow, 3 instead, Tab to the impact, 2.
    let events = [
        burst::text("4 5 2 3"),
        burst::text("1"),
        burst::key(egui::Key::ArrowLeft),
        burst::text("3"),
        burst::key(egui::Key::ArrowLeft),
        burst::key(egui::Key::Tab),
        burst::text("2"),
    ]
    .concat();
    burst::run(&mut harness, events);
    assert_eq!(scores(&harness, "Penal policy", 0), Some((4, 5)));
    assert_eq!(scores(&harness, "Public trust", 0), Some((2, 3)));
    assert_eq!(scores(&harness, "AI risk tools", 0), Some((3, 2)));
}
