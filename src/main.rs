//! The command line: no arguments opens the app on the example session, a file
//! argument opens that file, and the subcommands run headless.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use dacum_export::{ExportOptions, Paper, Report};
use dacum_model::{
    Document, Session,
    integrity::{Severity, check_session},
    merge,
};
use dacum_store::LoadError;
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
    /// Add drivers and votes from a CSV file to a session file.
    ///
    /// Columns (the header row decides the order): category, title, description,
    /// participant, uncertainty, impact. Comma or semicolon separated, UTF-8.
    /// Category is the full name (Political, Economic, Social, Technological, Legal,
    /// Environmental). Drivers and participants already in the session are matched
    /// by title and name; existing votes are updated. If any row is bad, every bad
    /// row is reported and nothing is imported. The session is saved atomically
    /// and its previous version kept as NAME.ron.bak. Exit code 2 on any error.
    ImportDrivers {
        /// The session file (.ron) to add to.
        session: PathBuf,
        /// The CSV file of drivers and votes.
        csv: PathBuf,
    },
    /// Write PDF reports of a session for stakeholders.
    ///
    /// The DACUM Research Chart (landscape), the competency profile and the PESTLE
    /// and scenario report, in one PDF with bookmarks and page numbers. The file is
    /// written to a temporary file beside OUT and renamed into place, so OUT is
    /// never half-written. Exit code 0 on success, 2 when the session cannot be read
    /// or OUT cannot be written.
    Export {
        /// The session file (.ron).
        session: PathBuf,
        /// The PDF file to write.
        #[arg(short, long, value_name = "OUT.pdf")]
        output: PathBuf,
        /// Which report to include; repeat for several. Default: all three.
        #[arg(long, value_enum, default_value = "all")]
        report: Vec<ReportArg>,
        /// The paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Leave out every personal name (panel, facilitators, participants), for a
        /// copy that can be shared.
        #[arg(long)]
        no_names: bool,
    },
    /// Merge partner sessions into one consolidated session.
    ///
    /// Elements with the same id, or the same text (ignoring case, spacing,
    /// punctuation and diacritics), become one; near-duplicates are only proposed;
    /// values the sources disagree on are recorded as conflicts (the value most
    /// sources hold is kept). Prints a summary. Exit code 0 when there is no
    /// conflict, 1 when conflicts were recorded (the file is still written), 2 when
    /// a file cannot be read (nothing is written) or the output cannot be written.
    Merge {
        /// Session files (.ron) to merge.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Where to write the consolidated session.
        #[arg(short, long, value_name = "OUT.ron")]
        output: PathBuf,
        /// Also write every conflict and proposed duplicate to this text file.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
    },
    /// Three-way merge of a session file, for use as a git merge driver.
    ///
    /// Changes made on both branches since BASE are combined and the result is
    /// written to OURS. A field changed differently on both branches keeps our
    /// value and records theirs as a conflict to resolve in the app; then the exit
    /// code is 1, so git reports the file as conflicted. Exit code 2 when a file
    /// cannot be read (OURS is left as it was). In git: `driver = dacum-studio
    /// merge-driver %O %A %B %P`.
    MergeDriver {
        /// The common ancestor (%O).
        base: PathBuf,
        /// Our version (%A); the result is written here.
        ours: PathBuf,
        /// Their version (%B).
        theirs: PathBuf,
        /// The file's name in the repository (%P), for messages.
        name: Option<PathBuf>,
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

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportArg {
    Chart,
    Profile,
    Pestle,
    All,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PaperArg {
    A4,
    A3,
    Letter,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files }) => quiet_on_closed_pipe(check(&files)),
        Some(Command::Format { files }) => format(&files),
        Some(Command::ImportDrivers { session, csv }) => import_drivers(&session, &csv),
        Some(Command::Export {
            session,
            output,
            report,
            paper,
            no_names,
        }) => {
            let reports = report
                .iter()
                .flat_map(|r| match r {
                    ReportArg::Chart => vec![Report::Chart],
                    ReportArg::Profile => vec![Report::Profile],
                    ReportArg::Pestle => vec![Report::Pestle],
                    ReportArg::All => Report::ALL.to_vec(),
                })
                .collect();
            let paper = match paper {
                PaperArg::A4 => Paper::A4,
                PaperArg::A3 => Paper::A3,
                PaperArg::Letter => Paper::Letter,
            };
            let options = ExportOptions {
                paper,
                reports,
                include_names: !no_names,
            };
            export_pdf(&session, &output, &options)
        }
        Some(Command::Merge {
            files,
            output,
            report,
        }) => merge_files(&files, &output, report.as_deref()),
        Some(Command::MergeDriver {
            base,
            ours,
            theirs,
            name,
        }) => merge_driver(&base, &ours, &theirs, name.as_deref()),
        None => open_app(cli.file),
    }
}

/// `println!` that never panics: when the reader of standard output has gone
/// (`dacum-studio merge … | head -1`) the line is dropped and the command goes on
/// to its normal end and exit code.
macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stdout().lock(), $($arg)*);
    }};
}

/// A command's result, where writing to standard output may fail because the
/// reader went away (`dacum-studio check … | head -1`): that ends the command
/// quietly with success, as ripgrep does, instead of a panic.
fn quiet_on_closed_pipe(result: io::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot write the output: {error}");
            ExitCode::from(2)
        }
    }
}

fn check(files: &[PathBuf]) -> io::Result<ExitCode> {
    let mut out = io::stdout().lock();
    let mut unreadable = false;
    let mut findings = false;
    for file in files {
        match dacum_store::load_session(file) {
            Err(error) => {
                unreadable = true;
                writeln!(out, "{}", load_error_line(&error))?;
            }
            Ok(session) => {
                for problem in check_session(&session) {
                    findings = true;
                    let place = if problem.place.is_empty() {
                        String::new()
                    } else {
                        format!(" {}:", problem.place)
                    };
                    writeln!(
                        out,
                        "{}:{place} {}: {}",
                        file.display(),
                        problem.severity,
                        problem.message
                    )?;
                }
            }
        }
    }
    out.flush()?;
    Ok(if unreadable {
        ExitCode::from(2)
    } else if findings {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `FILE:LINE:COL: error: message` (or `FILE: error: message` without a place).
fn load_error_line(error: &LoadError) -> String {
    let place = match error.position {
        Some((line, col)) => format!("{}:{line}:{col}", error.path.display()),
        None => error.path.display().to_string(),
    };
    format!("{place}: {}: {}", Severity::Error, error.message())
}

fn print_load_error(error: &LoadError) {
    // A closed standard output loses the message, never panics.
    let _ = writeln!(io::stdout().lock(), "{}", load_error_line(error));
}

fn format(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for file in files {
        // Saved only if the file still holds what was loaded: a change made in
        // between (an editor, a second `format`) is not overwritten.
        let result = dacum_store::load_session_with_fingerprint(file)
            .map_err(|e| load_error_line(&e))
            .and_then(|(session, loaded)| {
                change_before_save_for_tests(file);
                dacum_store::save_session_checked(file, &session, Some(&loaded))
                    .map(|_| ())
                    .map_err(|e| format!("error: {e}"))
            });
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

/// Test hook, only in debug builds (which the CLI tests run): plays another
/// program writing the file between the load and the save of `format` or
/// `import-drivers`, so a test can see the save refuse.
#[cfg(debug_assertions)]
fn change_before_save_for_tests(file: &Path) {
    if let Some(text) = std::env::var_os("DACUM_STUDIO_TEST_WRITE_BEFORE_SAVE") {
        let _ = std::fs::write(file, text.as_encoded_bytes());
    }
}

#[cfg(not(debug_assertions))]
fn change_before_save_for_tests(_file: &Path) {}

fn import_drivers(session_path: &Path, csv_path: &Path) -> ExitCode {
    let (session, loaded) = match dacum_store::load_session_with_fingerprint(session_path) {
        Ok(loaded) => loaded,
        Err(error) => {
            print_load_error(&error);
            return ExitCode::from(2);
        }
    };
    let rows = match dacum_store::read_drivers_csv(csv_path) {
        Ok(rows) => rows,
        Err(dacum_store::CsvFileError::Rows(errors)) => {
            for error in &errors.0 {
                say!(
                    "{}: row {}: error: {}",
                    csv_path.display(),
                    error.row,
                    error.message
                );
            }
            say!("{}: nothing was imported", session_path.display());
            return ExitCode::from(2);
        }
        Err(error) => {
            println!("{}: error: {error}", csv_path.display());
            println!("{}: nothing was imported", session_path.display());
            return ExitCode::from(2);
        }
    };
    let (edit, counts) = dacum_store::import_edit(&session, &rows);
    let mut document = Document::new(session);
    if let Err(error) = document.apply(edit) {
        say!(
            "{}: error: {error}; nothing was imported",
            session_path.display()
        );
        return ExitCode::from(2);
    }
    change_before_save_for_tests(session_path);
    if let Err(error) =
        dacum_store::save_session_checked(session_path, document.session(), Some(&loaded))
    {
        eprintln!("error: {error}");
        return ExitCode::from(2);
    }
    say!(
        "{}: added {} drivers, {} participants and {} votes; updated {} votes",
        session_path.display(),
        counts.drivers,
        counts.participants,
        counts.votes,
        counts.updated_votes
    );
    ExitCode::SUCCESS
}

fn export_pdf(session_path: &Path, output: &Path, options: &ExportOptions) -> ExitCode {
    if let Err(error) = dacum_store::check_output(output, &[session_path]) {
        eprintln!("error: {error}");
        return ExitCode::from(2);
    }
    let session = match dacum_store::load_session(session_path) {
        Ok(session) => session,
        Err(error) => {
            eprintln!("{}", load_error_line(&error));
            return ExitCode::from(2);
        }
    };
    let pdf = match dacum_export::render(&session, options) {
        Ok(pdf) => pdf,
        Err(error) => {
            eprintln!("{}: error: {error}", session_path.display());
            return ExitCode::from(2);
        }
    };
    if let Err(error) = dacum_store::write_file_atomically(output, &pdf.bytes) {
        eprintln!("error: {error}");
        return ExitCode::from(2);
    }
    if !pdf.missing_glyphs.is_empty() {
        let chars: Vec<String> = pdf.missing_glyphs.iter().map(char::to_string).collect();
        eprintln!(
            "{}: warning: the report font has no glyph for {}; they print as empty boxes",
            output.display(),
            chars.join(" ")
        );
    }
    say!(
        "{}: wrote {} pages ({} KB){}",
        output.display(),
        pdf.pages,
        pdf.bytes.len().div_ceil(1024),
        if options.include_names {
            ""
        } else {
            ", personal names withheld"
        }
    );
    ExitCode::SUCCESS
}

/// Loads every file, printing each one that cannot be read; `None` if any failed.
fn load_all(files: &[&Path]) -> Option<Vec<Session>> {
    let mut sessions = Vec::with_capacity(files.len());
    let mut failed = false;
    for file in files {
        match dacum_store::load_session(file) {
            Ok(session) => sessions.push(session),
            Err(error) => {
                failed = true;
                print_load_error(&error);
            }
        }
    }
    (!failed).then_some(sessions)
}

fn merge_files(files: &[PathBuf], output: &Path, report: Option<&Path>) -> ExitCode {
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    // Every output checked before anything is written: none may be an input.
    let checked = dacum_store::check_output(output, &paths).and_then(|()| match report {
        Some(report) => dacum_store::check_output(report, &[paths.as_slice(), &[output]].concat()),
        None => Ok(()),
    });
    if let Err(error) = checked {
        eprintln!("error: {error}");
        return ExitCode::from(2);
    }
    let Some(sessions) = load_all(&paths) else {
        say!("nothing was written");
        return ExitCode::from(2);
    };
    let merged = merge::merge(&sessions);
    if let Err(error) = dacum_store::save_merged_session(output, &merged.session, &paths) {
        eprintln!("error: {error}");
        return ExitCode::from(2);
    }
    let _ = write!(io::stdout().lock(), "{}", merged.report.summary());
    say!("wrote {}", output.display());
    if let Some(report) = report {
        let text = merged.report.details(&merged.session);
        if let Err(error) = dacum_store::write_file_atomically(report, text.as_bytes()) {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
        say!("wrote {}", report.display());
    }
    if merged.report.conflicts > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn merge_driver(base: &Path, ours: &Path, theirs: &Path, name: Option<&Path>) -> ExitCode {
    // Git's files are temporary (".merge_file_a1B2c3"): messages name the file as
    // git does (%P) and say which version was unreadable.
    let load = |path: &Path, side: &str| {
        dacum_store::load_session(path).map_err(|mut error| {
            if let Some(name) = name {
                error.path = name.to_owned();
            }
            (error, side.to_owned())
        })
    };
    let report = |(error, side): (LoadError, String)| {
        say!("{} (in {side})", load_error_line(&error));
        ExitCode::from(2)
    };
    let ours_session = match load(ours, "our version") {
        Ok(session) => session,
        Err(failed) => return report(failed),
    };
    let theirs_session = match load(theirs, "their version") {
        Ok(session) => session,
        Err(failed) => return report(failed),
    };
    let (ours_session, theirs_session) = (&ours_session, &theirs_session);
    // Git passes an empty base when both branches added the file.
    let base_session = match load(base, "the common ancestor") {
        Ok(session) => session,
        Err((error, _)) if matches!(error.kind, dacum_store::LoadErrorKind::Empty) => Session {
            id: ours_session.id,
            ..Session::default()
        },
        Err(failed) => return report(failed),
    };
    let base_session = &base_session;
    let merged = merge::merge3(base_session, ours_session, theirs_session);
    if let Err(error) = dacum_store::save_session_without_backup(ours, &merged.session) {
        say!("{}: error: {error}", name.unwrap_or(ours).display());
        return ExitCode::from(2);
    }
    if merged.conflicts > 0 {
        say!(
            "{}: {} conflicting {} recorded in the file; open it in DACUM Studio to resolve {}",
            name.unwrap_or(ours).display(),
            merged.conflicts,
            if merged.conflicts == 1 {
                "change"
            } else {
                "changes"
            },
            if merged.conflicts == 1 { "it" } else { "them" },
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn open_app(file: Option<PathBuf>) -> ExitCode {
    // A file that cannot be opened still opens the app, with the reason in a
    // window (a double-click in a file manager has no terminal); it is also
    // printed here for whoever started the app from one.
    let opening = match &file {
        Some(path) => ui::Opening::file(path),
        None => ui::Opening::example(),
    };
    if let ui::Opening::Failed(error) = &opening {
        eprintln!("{}", load_error_line(error));
    }
    match ui::run(opening) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
