//! What the app remembers between runs (kept in eframe's storage): the recent
//! files, the appearance, whether the workshop guide is shown.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::appearance::Appearance;

/// What the app remembers between runs (kept in eframe's storage).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub recent: Vec<PathBuf>,
    pub appearance: Appearance,
    pub show_guide: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            recent: Vec::new(),
            appearance: Appearance::default(),
            show_guide: true,
        }
    }
}

pub const SETTINGS_KEY: &str = "dacum-studio-settings";
/// How many files File › Open recent lists.
const MAX_RECENT: usize = 10;

impl Settings {
    /// Puts a file first in File › Open recent (once), forgetting the oldest.
    pub fn add_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT);
    }
}
