//! Work off the UI thread, so the app keeps drawing while a file dialog is open,
//! files are merged, a PDF is counted or written, or a recovery copy is saved.
//!
//! - [`Job`]: one piece of work on a named thread of its own. The frame polls it
//!   without blocking; while it runs, a repaint is requested a little later, so
//!   the frame that collects the result comes even if the user does nothing.
//! - [`Latest`]: one long-lived named thread for a stream of requests of which
//!   only the newest waiting one matters (autosave: the newest state of the
//!   session), with the results collected each frame.
//!
//! A panic in the work is caught and becomes [`Stopped`], never a crash of the
//! app; the thread of a `Latest` goes on with the next request. Dropping a `Job`
//! or a `Latest` never waits for its thread: the work finishes on its own and
//! its result is dropped.

use std::any::Any;
use std::io;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread;
use std::time::Duration;

/// How soon a frame looks again at work that is still running.
pub const POLL: Duration = Duration::from_millis(50);

/// Why work gave no result: it panicked (with its message), or its thread ended
/// without one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stopped(pub String);

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Runs `work`, a panic caught as [`Stopped`].
fn catching<T>(work: impl FnOnce() -> T) -> Result<T, Stopped> {
    panic::catch_unwind(AssertUnwindSafe(work)).map_err(|payload| Stopped(panic_text(&*payload)))
}

fn panic_text(payload: &(dyn Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_owned());
    format!("the work stopped with an internal error: {message}")
}

/// One piece of work running on its own thread.
pub struct Job<T> {
    rx: Receiver<Result<T, Stopped>>,
    poll_every: Duration,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread called `name`; an error when the system
    /// cannot start a thread.
    pub fn spawn(name: &str, work: impl FnOnce() -> T + Send + 'static) -> io::Result<Job<T>> {
        let (tx, rx) = mpsc::channel();
        thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                // Nobody may be waiting any more (the handle was dropped): the
                // result is dropped too.
                let _ = tx.send(catching(work));
            })?;
        Ok(Job {
            rx,
            poll_every: POLL,
        })
    }

    /// Polls every `every` instead of the usual 50 ms (for work that waits on the
    /// user, such as a file dialog).
    pub fn polled_every(mut self, every: Duration) -> Self {
        self.poll_every = every;
        self
    }

    /// The result once the work has ended; `None` while it runs, and then a
    /// repaint is requested so that a later frame looks again.
    pub fn poll(&self, ctx: &egui::Context) -> Option<Result<T, Stopped>> {
        match self.rx.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Disconnected) => {
                Some(Err(Stopped("the work ended without a result".to_owned())))
            }
            Err(TryRecvError::Empty) => {
                ctx.request_repaint_after(self.poll_every);
                None
            }
        }
    }
}

/// A long-lived thread that handles requests one at a time, skipping to the
/// newest when several wait.
pub struct Latest<In, Out> {
    requests: Sender<In>,
    results: Receiver<Result<Out, Stopped>>,
}

impl<In: Send + 'static, Out: Send + 'static> Latest<In, Out> {
    /// Starts the thread called `name`, which runs `work` on each request. It
    /// ends when the `Latest` is dropped.
    pub fn spawn(
        name: &str,
        mut work: impl FnMut(In) -> Out + Send + 'static,
    ) -> io::Result<Latest<In, Out>> {
        let (requests, request_rx) = mpsc::channel::<In>();
        let (result_tx, results) = mpsc::channel();
        thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                while let Ok(mut request) = request_rx.recv() {
                    // Only the newest waiting request matters.
                    while let Ok(newer) = request_rx.try_recv() {
                        request = newer;
                    }
                    let result = catching(|| work(request));
                    if result_tx.send(result).is_err() {
                        break;
                    }
                }
            })?;
        Ok(Latest { requests, results })
    }

    /// Queues a request; false when the thread is gone.
    pub fn send(&self, request: In) -> bool {
        self.requests.send(request).is_ok()
    }

    /// The results of the requests handled since the last call.
    pub fn finished(&self) -> Vec<Result<Out, Stopped>> {
        self.results.try_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use super::{Job, Latest, Stopped};

    /// Polls until the job has ended; each poll returns at once.
    fn wait<T: Send + 'static>(job: &Job<T>) -> Result<T, Stopped> {
        let ctx = egui::Context::default();
        loop {
            if let Some(result) = job.poll(&ctx) {
                return result;
            }
            std::thread::yield_now();
        }
    }

    #[test]
    fn a_jobs_result_arrives() {
        let job = Job::spawn("test-job", || 6 * 7).expect("spawns");
        assert_eq!(wait(&job), Ok(42));
    }

    #[test]
    fn a_running_job_polls_as_none_and_asks_for_a_repaint() {
        let (go, wait_for_go) = mpsc::channel::<()>();
        let job = Job::spawn("test-job", move || wait_for_go.recv().is_ok()).expect("spawns");
        let ctx = egui::Context::default();
        assert_eq!(job.poll(&ctx), None);
        assert!(ctx.has_requested_repaint());
        go.send(()).expect("the job waits");
        assert_eq!(wait(&job), Ok(true));
    }

    #[test]
    fn a_panicking_job_becomes_an_error() {
        let job: Job<u32> = Job::spawn("test-job", || panic!("a bug")).expect("spawns");
        let Err(Stopped(message)) = wait(&job) else {
            panic!("a panic is an error");
        };
        assert!(message.contains("a bug"), "{message}");
    }

    /// Dropping the handle while the work still runs returns at once: the work
    /// cannot end before the drop (it waits for a signal sent after it), so a
    /// drop that waited for the thread would never return.
    #[test]
    fn dropping_a_job_does_not_wait_for_it() {
        struct SaysWhenDropped(mpsc::Sender<()>);
        impl Drop for SaysWhenDropped {
            fn drop(&mut self) {
                let _ = self.0.send(());
            }
        }
        let (go, wait_for_go) = mpsc::channel::<()>();
        let (ended, ended_rx) = mpsc::channel::<()>();
        let job = Job::spawn("test-job", move || {
            let _ = wait_for_go.recv();
            SaysWhenDropped(ended)
        })
        .expect("spawns");
        drop(job);
        go.send(()).expect("the job still waits");
        // The result, sent to nobody, is dropped on the worker thread.
        ended_rx.recv().expect("the job ended");
    }

    #[test]
    fn latest_skips_to_the_newest_waiting_request() {
        let (go, wait_for_go) = mpsc::channel::<()>();
        let (handled, handled_rx) = mpsc::channel::<u32>();
        let latest = Latest::spawn("test-latest", move |n: u32| {
            let _ = handled.send(n);
            if n == 1 {
                // Holds the thread while 2, 3 and 4 are queued.
                let _ = wait_for_go.recv();
            }
            n * 10
        })
        .expect("spawns");
        assert!(latest.send(1));
        assert_eq!(handled_rx.recv(), Ok(1), "the worker is busy with 1");
        for n in [2, 3, 4] {
            assert!(latest.send(n));
        }
        go.send(()).expect("the worker waits");
        assert_eq!(handled_rx.recv(), Ok(4));
        drop(latest);
        assert!(handled_rx.recv().is_err(), "nothing else was handled");
    }

    #[test]
    fn latest_goes_on_after_a_panicking_request() {
        let (handled, handled_rx) = mpsc::channel::<()>();
        let latest = Latest::spawn("test-latest", move |n: u32| {
            let _ = handled.send(());
            assert!(n != 1, "a bug");
            n
        })
        .expect("spawns");
        assert!(latest.send(1));
        handled_rx.recv().expect("the first request ran");
        assert!(latest.send(2));
        handled_rx.recv().expect("the second request ran");
        let mut results = Vec::new();
        while results.len() < 2 {
            results.extend(latest.finished());
            std::thread::yield_now();
        }
        assert!(matches!(&results[0], Err(Stopped(m)) if m.contains("a bug")));
        assert_eq!(results[1], Ok(2));
    }
}
