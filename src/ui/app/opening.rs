//! What the app opens on at launch: a session file, the shipped example, or — when
//! the file given cannot be opened (missing, unreadable, not a session file) — a
//! new empty session with the reason in a window. A double-click on a broken file
//! in a file manager has no terminal to print to, so the app must say it.

use std::path::{Path, PathBuf};

use super::{DacumApp, Settings};
use dacum_i18n::Catalogue;
use dacum_model::{Document, Session};
use dacum_store::LoadError;

/// The example session a new user sees, shipped inside the binary.
const EXAMPLE: &[u8] = include_bytes!("../../../sessions/prison-officer.ron");
const EXAMPLE_NAME: &str = "prison-officer.ron";

pub enum Opening {
    /// A session file and its path.
    File(Document, PathBuf),
    /// The shipped example: a document without a file (Save asks for a name, so
    /// the shipped file is never overwritten), unchanged until edited, and
    /// called by its title in the window title.
    Example(Document, String),
    /// A file that could not be opened.
    Failed(LoadError),
}

impl Opening {
    /// Loads a file given on the command line.
    pub fn file(path: &Path) -> Self {
        match dacum_store::load_session(path) {
            Ok(session) => Opening::File(Document::new(session), path.to_owned()),
            Err(error) => Opening::Failed(error),
        }
    }

    /// The example session, as a copy.
    pub fn example() -> Self {
        match dacum_store::parse_session(EXAMPLE, Path::new(EXAMPLE_NAME)) {
            Ok(session) => {
                let title = if session.meta.title.trim().is_empty() {
                    EXAMPLE_NAME.to_owned()
                } else {
                    session.meta.title.clone()
                };
                Opening::Example(Document::new(session), title)
            }
            // Only a broken build could get here; the app still opens and says so.
            Err(error) => Opening::Failed(error),
        }
    }
}

impl DacumApp {
    /// The app at launch, on what was given to open.
    pub fn open(opening: Opening, settings: Settings) -> Self {
        match opening {
            Opening::File(document, path) => DacumApp::new(document, Some(path), settings),
            Opening::Example(document, name) => {
                let mut app = DacumApp::new(document, None, settings);
                app.untitled_name = Some(
                    app.catalogue
                        .tr_args("title-example-copy", &[("title", name.into())]),
                );
                app
            }
            Opening::Failed(error) => {
                let mut app = DacumApp::new(Document::new(Session::default()), None, settings);
                let text = app.catalogue.tr_args(
                    "error-open-at-start-text",
                    &[
                        ("file", error.path.display().to_string().into()),
                        ("place", place(&app.catalogue, error.position).into()),
                        ("error", error.message().into()),
                    ],
                );
                app.show_error("error-open", text);
                app
            }
        }
    }
}

/// "line 3, column 7: " before a load error, or nothing for an error without a
/// place.
pub(super) fn place(texts: &Catalogue, position: Option<(usize, usize)>) -> String {
    position.map_or_else(String::new, |(line, column)| {
        texts.tr_args(
            "error-place",
            &[("line", line.into()), ("column", column.into())],
        )
    })
}
