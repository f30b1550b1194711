//! Files round-trip: save → load gives an equal session, and saving twice gives
//! identical bytes.

use std::path::Path;

use dacum_model::generated::large_session;
use dacum_store::{FORMAT, VERSION};
use proptest::prelude::*;

use dacum_model::strategies;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn save_then_load_gives_an_equal_session(session in strategies::session()) {
        let text = dacum_store::to_ron(&session).expect("serialises");
        let loaded = dacum_store::parse_session(text.as_bytes(), Path::new("t.ron"));
        prop_assert_eq!(loaded.as_ref().ok(), Some(&session), "{:?}\n{}", loaded.as_ref().err().map(std::string::ToString::to_string), text);
        let again = dacum_store::to_ron(&loaded.expect("loaded")).expect("serialises");
        prop_assert_eq!(text, again);
    }

    #[test]
    fn provenance_conflicts_and_merged_ids_round_trip(
        session in strategies::session(),
        provenance in strategies::provenance(),
    ) {
        let session = dacum_model::Session { provenance, ..session };
        let text = dacum_store::to_ron(&session).expect("serialises");
        let loaded = dacum_store::parse_session(text.as_bytes(), Path::new("t.ron"));
        prop_assert_eq!(loaded.as_ref().ok(), Some(&session), "{:?}\n{}", loaded.as_ref().err().map(std::string::ToString::to_string), text);
        let again = dacum_store::to_ron(&loaded.expect("loaded")).expect("serialises");
        prop_assert_eq!(text, again);
    }

    /// The migration from version 1: a version 1 file (a session without
    /// survey rounds, which version 1 could not hold) reads as the same
    /// session, and saving it writes the current version, losing nothing.
    #[test]
    fn a_version_1_file_migrates_without_loss(session in strategies::session()) {
        let session = dacum_model::Session {
            survey: dacum_model::Survey::default(),
            ..session
        };
        let current = dacum_store::to_ron(&session).expect("serialises");
        let old = current.replacen(
            &format!("version: {VERSION},"),
            "version: 1,",
            1,
        );
        prop_assert!(old.contains("version: 1,"));
        let loaded = dacum_store::parse_session(old.as_bytes(), Path::new("v1.ron"));
        prop_assert_eq!(loaded.as_ref().ok(), Some(&session));
        let saved = dacum_store::to_ron(&loaded.expect("loaded")).expect("serialises");
        prop_assert_eq!(saved, current);
    }
}

#[test]
fn a_file_starts_with_format_and_version() {
    let text = dacum_store::to_ron(&large_session()).expect("serialises");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("("));
    assert_eq!(
        lines.next().map(str::trim),
        Some(format!("format: \"{FORMAT}\",").as_str())
    );
    assert_eq!(
        lines.next().map(str::trim),
        Some(format!("version: {VERSION},").as_str())
    );
}

#[test]
fn saving_the_same_session_twice_gives_identical_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    let session = large_session();
    dacum_store::save_session(&a, &session).expect("save a");
    dacum_store::save_session(&b, &session).expect("save b");
    assert_eq!(std::fs::read(&a).ok(), std::fs::read(&b).ok());
    assert_eq!(dacum_store::load_session(&a).ok(), Some(session));
}

#[test]
fn text_stays_readable_in_the_file() {
    let mut session = large_session();
    session.chart.duties[0].title = "Asigură securitatea penitenciarului — ř ü ė ğ α".to_owned();
    let text = dacum_store::to_ron(&session).expect("serialises");
    assert!(
        text.contains("Asigură securitatea penitenciarului — ř ü ė ğ α"),
        "non-ASCII is escaped"
    );
    session.meta.start = Some(jiff::civil::date(2025, 3, 11));
    let text = dacum_store::to_ron(&session).expect("serialises");
    assert!(
        text.contains("start: \"2025-03-11\","),
        "optional values are written bare:\n{}",
        &text[..400]
    );
}

/// Wordings recorded out of order (a file edited by hand) load in the order the
/// lookups rely on, so "also written as …" finds every one, and the next save
/// writes them in order.
#[test]
fn wordings_out_of_order_in_a_file_load_in_order() {
    use dacum_model::{Alternative, Field, Id, Provenance, Value, Variants};
    let wording = |element: Id, text: &str| Variants {
        element,
        field: Field::TaskStatement,
        variants: vec![Alternative {
            value: Value::Text(text.to_owned()),
            sources: std::collections::BTreeSet::new(),
            note: String::new(),
        }],
    };
    let (a, b) = (Id::from_u128(1), Id::from_u128(2));
    let session = dacum_model::Session {
        provenance: Provenance {
            variants: vec![
                wording(b, "Search cells"),
                wording(b, "search  cells"),
                wording(a, "Patrol the fence"),
            ],
            ..Provenance::default()
        },
        ..dacum_model::Session::default()
    };
    let text = dacum_store::to_ron(&session).expect("serialises");
    let loaded = dacum_store::parse_session(text.as_bytes(), Path::new("t.ron")).expect("loads");
    let found = |element| {
        loaded
            .provenance
            .variants_of(element, Field::TaskStatement)
            .len()
    };
    assert_eq!((found(a), found(b)), (1, 2));
    let saved = dacum_store::to_ron(&loaded).expect("serialises");
    let first = |needle: &str| saved.find(needle).expect("written");
    assert!(first("Patrol the fence") < first("Search cells"));
}
