//! Autosave: shortly after the last edit, a copy of the session goes to a worker
//! thread that writes the recovery copy atomically, so the UI never waits for the
//! disk and a crash loses at most the last two seconds of work.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use dacum_model::{Document, Session};

use super::worker::Latest;

/// Quiet time after the last edit before the copy is written.
const AFTER_LAST_EDIT: Duration = Duration::from_millis(700);
/// Longest time a change waits while the user keeps typing.
const AT_MOST: Duration = Duration::from_millis(1500);

struct Job {
    path: PathBuf,
    session: Session,
}

/// The result of one write, reported back to the UI thread.
pub struct Written {
    pub result: Result<(), String>,
}

pub struct Autosave {
    /// The writer thread; `None` if it could not start (then nothing is copied).
    writer: Option<Latest<Job, Result<(), String>>>,
    /// The document state last sent to the worker.
    sent_state: Option<u64>,
    /// When the document first differed from what was last sent, and when it last changed.
    pending_since: Option<Instant>,
    last_change: Option<Instant>,
    seen_state: Option<u64>,
}

impl Default for Autosave {
    fn default() -> Self {
        Self::new()
    }
}

impl Autosave {
    pub fn new() -> Self {
        // Only the newest queued state matters: `Latest` skips to it.
        let writer = Latest::spawn("autosave", |job: Job| {
            dacum_store::write_recovery(&job.path, &job.session).map_err(|e| e.to_string())
        })
        .ok();
        Autosave {
            writer,
            sent_state: None,
            pending_since: None,
            last_change: None,
            seen_state: None,
        }
    }

    /// Treats the current state as already safe (just opened, saved or recovered).
    pub fn mark_clean(&mut self, document: &Document) {
        self.sent_state = Some(document.state());
        self.seen_state = Some(document.state());
        self.pending_since = None;
        self.last_change = None;
    }

    /// Treats the current state as not copied yet (a merge result, which exists
    /// in no file): the next ticks write a recovery copy of it.
    pub fn mark_unsent(&mut self) {
        self.sent_state = None;
        self.seen_state = None;
        self.pending_since = None;
        self.last_change = None;
    }

    /// Called every frame: notices edits and sends a copy when it is time. Returns
    /// how long until it wants to be called again, if it is waiting.
    pub fn tick(
        &mut self,
        document: &Document,
        path: Option<PathBuf>,
        now: Instant,
    ) -> Option<Duration> {
        let state = document.state();
        if self.seen_state != Some(state) {
            self.seen_state = Some(state);
            self.last_change = Some(now);
            if self.pending_since.is_none() && self.sent_state != Some(state) {
                self.pending_since = Some(now);
            }
        }
        if self.sent_state == Some(state) {
            self.pending_since = None;
            return None;
        }
        let (Some(since), Some(last)) = (self.pending_since, self.last_change) else {
            return None;
        };
        let due = (last + AFTER_LAST_EDIT).min(since + AT_MOST);
        if now < due {
            return Some(due - now);
        }
        let path = path?;
        let job = Job {
            path,
            session: document.session().clone(),
        };
        if self.writer.as_ref().is_some_and(|writer| writer.send(job)) {
            self.sent_state = Some(state);
            self.pending_since = None;
        }
        None
    }

    /// Results of writes finished since the last call.
    pub fn finished(&self) -> Vec<Written> {
        let Some(writer) = &self.writer else {
            return Vec::new();
        };
        writer
            .finished()
            .into_iter()
            .map(|result| Written {
                result: result.unwrap_or_else(|stopped| Err(stopped.to_string())),
            })
            .collect()
    }
}
