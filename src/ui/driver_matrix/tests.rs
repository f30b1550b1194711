//! Tests of the uncertainty–impact matrix view, run inside the whole app.

use egui_kittest::kittest::Queryable as _;

use super::*;
use crate::ui::test_harness::{AppHarness, app_harness};
use dacum_model::{Driver, Participant, Vote};

fn session() -> Session {
    let mut session = Session::default();
    let pestle = &mut session.pestle;
    pestle.participants = vec![Participant::new("Ana"), Participant::new("Jonas")];
    pestle.drivers = vec![
        Driver::new(Category::Political, "Penal policy"),
        Driver::new(Category::Economic, "Budget austerity"),
        Driver::new(Category::Social, "Ageing prisoners"),
    ];
    let (a, b, p, q) = (
        pestle.drivers[0].id,
        pestle.drivers[1].id,
        pestle.participants[0].id,
        pestle.participants[1].id,
    );
    pestle.votes = vec![
        Vote::new(a, p, 5, 5),
        Vote::new(a, q, 4, 5),
        Vote::new(b, p, 1, 4),
        Vote::new(b, q, 5, 2),
    ];
    session
}

fn harness(session: Session) -> AppHarness {
    app_harness(session, vec2(1200.0, 800.0), |app| {
        app.show_pestle(crate::ui::view::PestleTab::Matrix);
    })
}

#[test]
fn the_legend_lists_scored_drivers_with_their_means_and_unscored_ones_apart() {
    let harness = harness(session());
    assert!(
        harness
            .query_by_label_contains("1. Penal policy — U 4.5 · I 5.0")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("2. Budget austerity — U 3.0 · I 3.0 (disagreement)")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Not yet scored: Ageing prisoners")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(egui::accesskit::Role::Canvas, "Uncertainty–impact matrix")
            .is_some()
    );
}

#[test]
fn clicking_a_legend_row_selects_the_driver_and_again_clears_it() {
    let mut harness = harness(session());
    let first = harness.state().document().session().pestle.drivers[0].id;
    harness
        .get_by_label_contains("Select driver 1. Penal policy")
        .click();
    harness.run();
    assert_eq!(harness.state().matrix.selected, Some(first));
    harness
        .get_by_label_contains("Select driver 1. Penal policy")
        .click();
    harness.run();
    assert_eq!(harness.state().matrix.selected, None);
}

#[test]
fn an_empty_map_says_where_to_start() {
    let harness = harness(Session::default());
    assert!(
        harness
            .query_by_label_contains("add them in the Drivers tab")
            .is_some()
    );
}
