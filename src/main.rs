//! DACUM Studio's entry point: no arguments opens the app on the example
//! session, a file argument opens that file, and the subcommands run headless
//! (`src/cli/`). As in ripgrep, `main` only calls [`cli::run`], prints the one
//! error it may return on standard error, and turns it into the exit code.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    match cli::run(cli::Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            cli::report(&error);
            error.exit_code()
        }
    }
}
