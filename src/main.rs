//! The command line: no arguments opens the app on the example session, a file
//! argument opens that file, and the subcommands run headless.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dacum_studio::model::{
    Document,
    integrity::{Severity, check_session},
};
use dacum_studio::store::{self, LoadError};
use dacum_studio::ui;

/// DACUM Studio: run DACUM job-analysis workshops and PESTLE driver mapping.
#[derive(Parser)]
#[command(version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// A session file to open in the app (without one, the example session opens).
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Load session files and print their problems, one a line.
    ///
    /// Exit code 0 when every file is clean, 1 when there are findings, 2 when a
    /// file cannot be read.
    Check {
        /// Session files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Rewrite session files in the canonical layout, migrating older versions.
    ///
    /// Each file is saved atomically and its previous version kept as NAME.ron.bak.
    /// Useful before committing session files to git. Exit code 2 when a file cannot
    /// be read or written.
    Format {
        /// Session files (.ron).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// The example session a new user sees, shipped inside the binary.
const EXAMPLE: &[u8] = include_bytes!("../sessions/prison-officer.ron");

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files }) => check(&files),
        Some(Command::Format { files }) => format(&files),
        None => open_app(cli.file),
    }
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut unreadable = false;
    let mut findings = false;
    for file in files {
        match store::load_session(file) {
            Err(error) => {
                unreadable = true;
                print_load_error(&error);
            }
            Ok(session) => {
                for problem in check_session(&session) {
                    findings = true;
                    let place = if problem.place.is_empty() {
                        String::new()
                    } else {
                        format!(" {}:", problem.place)
                    };
                    println!(
                        "{}:{place} {}: {}",
                        file.display(),
                        problem.severity,
                        problem.message
                    );
                }
            }
        }
    }
    if unreadable {
        ExitCode::from(2)
    } else if findings {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print_load_error(error: &LoadError) {
    let place = match error.position {
        Some((line, col)) => format!("{}:{line}:{col}", error.path.display()),
        None => error.path.display().to_string(),
    };
    println!("{place}: {}: {}", Severity::Error, error.message());
}

fn format(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for file in files {
        let result = store::load_session(file)
            .map_err(|e| e.to_string())
            .and_then(|session| store::save_session(file, &session).map_err(|e| e.to_string()));
        if let Err(message) = result {
            failed = true;
            eprintln!("{message}");
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn open_app(file: Option<PathBuf>) -> ExitCode {
    let opened = match &file {
        Some(path) => store::load_session(path).map(|s| (Document::new(s), Some(path.clone()))),
        // The example opens as an unsaved copy: saving asks for a new name.
        None => store::parse_session(EXAMPLE, Path::new("prison-officer.ron"))
            .map(|s| (Document::unsaved(s), None)),
    };
    let (document, path) = match opened {
        Ok(opened) => opened,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    match ui::run(document, path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error:#}");
            ExitCode::FAILURE
        }
    }
}
