use super::*;
use crate::{Chart, Duty, Edit, EditError, Session, Task};

fn session() -> Session {
    let mut duty = Duty::new("Maintain security");
    duty.tasks.push(Task::new("Search cells"));
    duty.tasks.push(Task::new("Escort prisoners"));
    Session {
        chart: Chart {
            duties: vec![duty],
            ..Chart::default()
        },
        ..Session::default()
    }
}

fn task(s: &Session, i: usize) -> TextSlot {
    TextSlot::TaskStatement(s.chart.duties[0].tasks[i].id)
}

fn set(s: &mut Session, language: &str, slot: TextSlot, text: &str) -> Result<Edit, EditError> {
    let source = s.source_text(slot).unwrap_or_default().to_owned();
    s.apply(Edit::SetTranslation {
        language: language.to_owned(),
        slot,
        translation: Some(Translation::of(&source, text, Status::Reviewed)),
    })
}

#[test]
fn the_source_hash_is_pinned() {
    // Files keep these values: the function may never change.
    assert_eq!(SourceHash::of("").to_string(), "cbf29ce484222325");
    assert_eq!(
        SourceHash::of("Search cells").0,
        SourceHash::of("  Search cells\n").0
    );
    assert_eq!(SourceHash::of("a").to_string(), "af63dc4c8601ec8c");
    assert_ne!(
        SourceHash::of("Search cells"),
        SourceHash::of("Search cell")
    );
}

#[test]
fn a_translation_goes_stale_when_its_source_changes_until_it_is_set_again() {
    let mut s = session();
    let slot = task(&s, 0);
    set(&mut s, "cs", slot, "Provádět prohlídky cel").unwrap();
    assert_eq!(s.translation_state("cs", slot), State::Reviewed);
    assert_eq!(s.translation_state("cs", task(&s, 1)), State::Missing);
    let id = s.chart.duties[0].tasks[0].id;
    s.apply(Edit::SetTaskStatement {
        id,
        statement: "Search cells and yards".to_owned(),
    })
    .unwrap();
    assert_eq!(s.translation_state("cs", slot), State::Stale);
    // Still shown (stale, not missing), and not as a fallback.
    let shown = s.text_in("cs", slot).unwrap();
    assert_eq!(
        (shown.text, shown.fallback),
        ("Provádět prohlídky cel", false)
    );
    set(&mut s, "cs", slot, "Provádět prohlídky cel a dvorů").unwrap();
    assert_eq!(s.translation_state("cs", slot), State::Reviewed);
}

#[test]
fn a_missing_translation_falls_back_to_the_source_marked() {
    let mut s = session();
    let first = task(&s, 0);
    set(&mut s, "cs", first, "Provádět prohlídky cel").unwrap();
    let shown = s.text_in("cs", task(&s, 1)).unwrap();
    assert_eq!((shown.text, shown.fallback), ("Escort prisoners", true));
    // The working language is never a fallback.
    let shown = s.text_in("en", task(&s, 1)).unwrap();
    assert_eq!((shown.text, shown.fallback), ("Escort prisoners", false));
    let (cs, fallbacks) = s.shown_in("cs");
    assert_eq!(
        cs.chart.duties[0].tasks[0].statement,
        "Provádět prohlídky cel"
    );
    assert_eq!(cs.chart.duties[0].tasks[1].statement, "Escort prisoners");
    assert_eq!(cs.meta.language, "cs");
    assert_eq!(
        fallbacks,
        vec![TextSlot::DutyTitle(s.chart.duties[0].id), task(&s, 1)]
    );
}

#[test]
fn languages_are_stored_in_their_usual_spelling_and_bad_tags_are_refused() {
    let mut s = session();
    let first = task(&s, 0);
    set(&mut s, "de_at", first, "Zellen durchsuchen").unwrap();
    assert_eq!(s.translations.languages().collect::<Vec<_>>(), ["de-AT"]);
    assert_eq!(s.display_languages(), ["en", "de-AT"]);
    assert!(matches!(
        set(&mut s, "Czech!", first, "x"),
        Err(EditError::NotALanguage(_))
    ));
    assert!(matches!(
        set(&mut s, "EN", first, "x"),
        Err(EditError::WorkingLanguage(_))
    ));
    let nothing = TextSlot::TaskStatement(crate::Id::new());
    assert!(matches!(
        set(&mut s, "cs", nothing, "x"),
        Err(EditError::NoSuchText(_))
    ));
    assert_eq!(canonical_language(" sr_latn_rs "), "sr-Latn-RS");
    assert!(same_language("de-at", "DE_AT"));
    assert!(!same_language("de", "de-AT"));
}

#[test]
fn removing_a_task_takes_its_translations_and_undo_brings_them_back() {
    let mut s = session();
    let slot = task(&s, 0);
    set(&mut s, "cs", slot, "Provádět prohlídky cel").unwrap();
    set(&mut s, "de", slot, "Zellen durchsuchen").unwrap();
    let before = s.clone();
    let id = s.chart.duties[0].tasks[0].id;
    let undo = s.apply(Edit::RemoveTask(id)).unwrap();
    assert!(s.translations.is_empty());
    s.apply(undo).unwrap();
    assert_eq!(s, before);
}

#[test]
fn text_slots_follow_the_chart_and_skip_empty_texts() {
    let mut s = session();
    s.chart.duties[0].tasks.push(Task::new("  "));
    let slots = s.text_slots();
    let codes: Vec<&str> = slots.iter().map(|x| x.code.as_str()).collect();
    assert_eq!(codes, ["A", "A-1", "A-2"]);
    assert_eq!(slots[1].kind, SlotKind::Task);
    assert_eq!(
        TextSlot::AxisLowPole(AxisSide::Vertical).key(),
        "axis.vertical.low"
    );
}

#[test]
fn check_names_stale_orphaned_and_working_language_translations() {
    let mut s = session();
    let slot = task(&s, 0);
    set(&mut s, "cs", slot, "Provádět prohlídky cel").unwrap();
    let messages = |s: &Session| -> Vec<String> {
        crate::integrity::check_session(s)
            .into_iter()
            .map(|p| p.message.to_string())
            .filter(|m| m.contains("translation"))
            .collect()
    };
    assert!(messages(&s).is_empty());
    s.chart.duties[0].tasks[0].statement = "Search cells and yards".to_owned();
    assert_eq!(
        messages(&s),
        [
            "1 translation into cs was made from a text that has changed since: review it in the Translate view"
        ]
    );
    let orphan = TextSlot::ListItem(crate::Id::from_u128(7));
    s.translations
        .put("cs", orphan, Some(Translation::of("", "x", Status::Draft)));
    s.translations
        .put("en", slot, Some(Translation::of("", "x", Status::Draft)));
    let found = messages(&s);
    assert!(
        found
            .iter()
            .any(|m| m.contains("not in the session (00000000-0000-0000-0000-000000000007)")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|m| m.contains("translations into en, the session's working language")),
        "{found:?}"
    );
}

#[test]
fn translated_statements_are_held_to_their_own_language_s_rules() {
    let mut s = session();
    let [first, second] = [task(&s, 0), task(&s, 1)];
    set(&mut s, "cs", first, "Znát předpisy o prohlídkách").unwrap();
    set(&mut s, "cs", second, "Doprovázet vězně").unwrap();
    let found: Vec<(String, String)> = crate::integrity::check_session(&s)
        .into_iter()
        .filter(|p| p.place.ends_with("(cs)"))
        .map(|p| (p.place, p.message.to_string()))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "A-1 (cs)");
    assert!(found[0].1.contains("Znát"), "{found:?}");
    // The duty has no Czech title: its English title is not judged as Czech.
    assert!(!found.iter().any(|(place, _)| place.starts_with("A (cs)")));
}
