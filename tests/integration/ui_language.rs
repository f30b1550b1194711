//! The interface language: chosen under View › Language, shown at once,
//! remembered in the settings; settings saved before there was a choice still
//! load.

use std::collections::HashMap;

use dacum_i18n::Language;
use dacum_model::Document;
use dacum_studio::ui::{Command, SETTINGS_KEY, Settings};
use egui_kittest::kittest::Queryable;

use crate::helpers::prison_officer;
use crate::ui_app::app_harness;

#[test]
fn a_language_picked_under_view_shows_at_once_and_is_remembered() {
    let mut harness = app_harness(Document::new(prison_officer()), None);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("Čeština").click();
    harness.run();
    assert_eq!(harness.state().language(), Language::Czech);
    assert_eq!(harness.state().settings.language.as_deref(), Some("cs"));
    assert!(
        harness.query_by_label("Soubor").is_some(),
        "the File menu in Czech"
    );
    assert!(
        harness.query_by_label("Mapa DACUM").is_some(),
        "the chart's tab"
    );
    assert!(harness.query_by_label("File").is_none());

    harness
        .state_mut()
        .apply_commands(vec![Command::SetLanguage(Language::German)]);
    harness.run();
    assert!(harness.query_by_label("Datei").is_some());
    assert_eq!(harness.state().settings.language.as_deref(), Some("de"));
}

/// eframe's storage, in memory.
#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

#[test]
fn settings_saved_before_the_language_choice_still_load() {
    let mut storage = Memory::default();
    // What an older version wrote: no `language` field.
    eframe::Storage::set_string(
        &mut storage,
        SETTINGS_KEY,
        "(recent: [\"/w/ro.ron\"], show_guide: false)".to_owned(),
    );
    let settings: Settings =
        eframe::get_value(&storage, SETTINGS_KEY).expect("older settings load");
    assert_eq!(settings.language, None, "the system's language decides");
    assert!(!settings.show_guide);

    let chosen = Settings {
        language: Some("sl".to_owned()),
        ..settings
    };
    eframe::set_value(&mut storage, SETTINGS_KEY, &chosen);
    let again: Settings = eframe::get_value(&storage, SETTINGS_KEY).expect("settings load");
    assert_eq!(again.language.as_deref(), Some("sl"));
    assert_eq!(again.language(), Language::Slovenian);
}
