//! Standard output for the commands' reports, written so that a reader that went
//! away (`dacum-studio check … | head -1`) ends the writing quietly, as ripgrep
//! does, instead of a panic (`println!`'s) or an error message.

use std::fmt;
use std::io::{self, Write};

use super::error::Error;

pub struct Stdout {
    out: io::StdoutLock<'static>,
    /// The reader went away: what is left to say is dropped.
    closed: bool,
}

impl Stdout {
    pub fn new() -> Self {
        Stdout {
            out: io::stdout().lock(),
            closed: false,
        }
    }

    /// Writes one line.
    pub fn line(&mut self, text: impl fmt::Display) -> Result<(), Error> {
        self.write(format_args!("{text}\n"))
    }

    /// Writes text that ends its own lines.
    pub fn text(&mut self, text: &str) -> Result<(), Error> {
        self.write(format_args!("{text}"))
    }

    /// Whether the reader went away; a command with much more to say may stop.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    pub fn flush(&mut self) -> Result<(), Error> {
        if self.closed {
            return Ok(());
        }
        let flushed = self.out.flush();
        self.settle(flushed)
    }

    fn write(&mut self, args: fmt::Arguments) -> Result<(), Error> {
        if self.closed {
            return Ok(());
        }
        let written = self.out.write_fmt(args);
        self.settle(written)
    }

    fn settle(&mut self, result: io::Result<()>) -> Result<(), Error> {
        match result {
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other.map_err(Error::Output),
        }
    }
}

/// Prints a warning on standard error (`FILE: warning: …`); one that cannot be
/// written is lost, never a panic.
pub fn warn(text: impl fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "{text}");
}
