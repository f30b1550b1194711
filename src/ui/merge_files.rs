//! File › Merge sessions…: the chosen session files are loaded and merged on a
//! worker thread, so the app keeps drawing while a coordinator's ten national
//! files are read. Every file must load: one that cannot be read stops the merge
//! with its error (file, line, column) and nothing is merged.

use super::language::Tr;
use dacum_i18n::Catalogue;
use std::path::{Path, PathBuf};

use dacum_model::merge::{self, Merged};
use dacum_store::LoadError;

use super::worker::Job;

/// Why a merge gave no session.
#[derive(Debug)]
pub enum MergeFailure {
    /// Fewer than two different files were chosen.
    TooFew(Vec<PathBuf>),
    /// These files could not be read (every one of them, not only the first).
    Unreadable(Vec<LoadError>),
    /// The worker thread could not start or stopped without an answer.
    Stopped(String),
}

impl MergeFailure {
    /// The message id of the notice's title, and its message in words.
    pub fn message(&self, texts: &Catalogue) -> (&'static str, String) {
        match self {
            MergeFailure::TooFew(paths) => {
                let chosen = match paths.as_slice() {
                    [] => texts.tr("merging-none-chosen"),
                    [one] => texts.tr_args(
                        "merging-one-chosen",
                        &[("file", one.display().to_string().into())],
                    ),
                    _ => texts.tr("merging-same-chosen"),
                };
                (
                    "merging-too-few",
                    texts.tr_args("merging-too-few-text", &[("chosen", chosen.into())]),
                )
            }
            MergeFailure::Unreadable(errors) => {
                let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                (
                    "merging-nothing",
                    texts.tr_args(
                        "merging-unreadable-text",
                        &[
                            ("count", errors.len().into()),
                            ("errors", lines.join("\n").into()),
                        ],
                    ),
                )
            }
            MergeFailure::Stopped(why) => (
                "merging-nothing",
                texts.tr_args("merging-stopped-text", &[("error", why.as_str().into())]),
            ),
        }
    }
}

/// The chosen files without repeats, in the order chosen.
fn distinct(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut seen: Vec<PathBuf> = Vec::with_capacity(paths.len());
    for path in paths {
        if !seen.contains(&path) {
            seen.push(path);
        }
    }
    seen
}

/// Loads every file and merges them: what the worker thread runs. Needs two or
/// more different files, all readable.
pub fn load_and_merge(paths: &[PathBuf]) -> Result<Merged, MergeFailure> {
    let paths = distinct(paths.to_vec());
    if paths.len() < 2 {
        return Err(MergeFailure::TooFew(paths));
    }
    let sessions = dacum_store::load_sessions(&paths).map_err(MergeFailure::Unreadable)?;
    Ok(merge::merge(&sessions))
}

/// A finished merge and where to suggest saving it.
pub struct Finished {
    pub merged: Merged,
    /// Beside the first file chosen.
    pub suggested: PathBuf,
    /// The files merged, which saving the result must not overwrite.
    pub sources: Vec<PathBuf>,
}

struct Running {
    count: usize,
    first: PathBuf,
    sources: Vec<PathBuf>,
    job: Job<Result<Merged, MergeFailure>>,
}

/// A merge in progress, and a finished one waiting to be opened.
#[derive(Default)]
pub struct MergeFiles {
    running: Option<Running>,
    /// A merge that finished while the open document had unsaved changes: it is
    /// opened once the user has saved or discarded them.
    ready: Option<Finished>,
}

impl MergeFiles {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Starts loading and merging on a worker thread. A request for fewer than
    /// two files fails at once, without a thread.
    pub fn start(&mut self, paths: Vec<PathBuf>) -> Result<(), MergeFailure> {
        if self.is_running() {
            return Err(MergeFailure::Stopped(
                "another merge is still running".to_owned(),
            ));
        }
        let paths = distinct(paths);
        if paths.len() < 2 {
            return Err(MergeFailure::TooFew(paths));
        }
        let count = paths.len();
        let first = paths[0].clone();
        let sources = paths.clone();
        let job = Job::spawn("merge-sessions", move || load_and_merge(&paths))
            .map_err(|e| MergeFailure::Stopped(e.to_string()))?;
        self.running = Some(Running {
            count,
            first,
            sources,
            job,
        });
        Ok(())
    }

    /// The finished merge, once it has finished.
    pub fn poll(&mut self, ctx: &egui::Context) -> Option<Result<Finished, MergeFailure>> {
        let running = self.running.as_ref()?;
        let answer = match running.job.poll(ctx)? {
            Ok(answer) => answer.map(|merged| Finished {
                merged,
                suggested: suggested_path(&running.first),
                sources: running.sources.clone(),
            }),
            Err(_) => Err(MergeFailure::Stopped(
                "the merge ended without a result".to_owned(),
            )),
        };
        self.running = None;
        Some(answer)
    }

    /// Keeps a finished merge until it can be opened.
    pub fn hold(&mut self, finished: Finished) {
        self.ready = Some(finished);
    }

    /// The held merge, to open it.
    pub fn take_ready(&mut self) -> Option<Finished> {
        self.ready.take()
    }

    /// A small window while the files are read and merged.
    pub fn progress_ui(&self, ctx: &egui::Context) {
        let Some(Running { count, .. }) = &self.running else {
            return;
        };
        egui::Window::new(ctx.tr("merging-title"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::RIGHT_BOTTOM, [-16.0, -40.0])
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(ui.tr_args("merging-progress", &[("count", (*count).into())]));
                });
            });
    }
}

/// A suggested name for saving a consolidated session: beside the first file.
fn suggested_path(first: &Path) -> PathBuf {
    first
        .parent()
        .unwrap_or(Path::new(""))
        .join("consolidated.ron")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fewer_than_two_distinct_files_is_refused_with_a_reason() {
        let one = PathBuf::from("/w/ro.ron");
        for chosen in [vec![], vec![one.clone()], vec![one.clone(), one.clone()]] {
            let Err(failure) = load_and_merge(&chosen) else {
                panic!("merged {chosen:?}");
            };
            assert!(matches!(failure, MergeFailure::TooFew(_)));
            let texts = Catalogue::new(dacum_i18n::Language::English);
            let (title, text) = failure.message(&texts);
            assert_eq!(texts.tr(title), "Choose at least two files");
            assert!(text.contains("at least two"), "{text}");
        }
        let mut files = MergeFiles::default();
        assert!(files.start(vec![one]).is_err());
        assert!(!files.is_running());
    }

    #[test]
    fn the_save_suggestion_sits_beside_the_first_file() {
        assert_eq!(
            suggested_path(Path::new("/w/ro.ron")),
            PathBuf::from("/w/consolidated.ron")
        );
        assert_eq!(
            suggested_path(Path::new("ro.ron")),
            PathBuf::from("consolidated.ron")
        );
    }
}
