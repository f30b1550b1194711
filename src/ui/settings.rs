//! What the app remembers between runs (kept in eframe's storage): the recent
//! files, the appearance, whether the workshop guide is shown, the interface
//! language.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::appearance::Appearance;
use super::language::system_language;
use dacum_i18n::Language;

/// What the app remembers between runs (kept in eframe's storage).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub appearance: Appearance,
    pub show_guide: bool,
    /// The interface language chosen under View › Language, as its tag (`cs`);
    /// `None` until one is chosen: the app then follows the system's locale.
    /// A tag this version has no catalogue for also follows the system.
    pub language: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            recent: Vec::new(),
            appearance: Appearance::default(),
            show_guide: true,
            language: None,
        }
    }
}

pub const SETTINGS_KEY: &str = "dacum-studio-settings";
/// How many files File › Open recent lists.
const MAX_RECENT: usize = 10;

impl Settings {
    /// The interface language: the one chosen, else the system's.
    pub fn language(&self) -> Language {
        self.language
            .as_deref()
            .and_then(Language::from_tag)
            .unwrap_or_else(system_language)
    }

    /// Puts a file first in File › Open recent (once), forgetting the oldest.
    pub fn add_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT);
    }
}
