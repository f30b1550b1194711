//! The command line: no arguments opens the app on the example session, a file
//! argument opens that file, and the subcommands run headless.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use dacum_studio::export::{self, ExportOptions, Paper, Report};
use dacum_studio::model::{
    Document, Session,
    integrity::{Severity, check_session},
    merge,
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

/// The example session a new user sees, shipped inside the binary.
const EXAMPLE: &[u8] = include_bytes!("../sessions/prison-officer.ron");

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { files }) => check(&files),
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

fn import_drivers(session_path: &Path, csv_path: &Path) -> ExitCode {
    let session = match store::load_session(session_path) {
        Ok(session) => session,
        Err(error) => {
            print_load_error(&error);
            return ExitCode::from(2);
        }
    };
    let rows = match store::read_drivers_csv(csv_path) {
        Ok(rows) => rows,
        Err(store::CsvFileError::Rows(errors)) => {
            for error in &errors.0 {
                println!(
                    "{}: row {}: error: {}",
                    csv_path.display(),
                    error.row,
                    error.message
                );
            }
            println!("{}: nothing was imported", session_path.display());
            return ExitCode::from(2);
        }
        Err(error) => {
            println!("{}: error: {error}", csv_path.display());
            println!("{}: nothing was imported", session_path.display());
            return ExitCode::from(2);
        }
    };
    let (edit, counts) = store::import_edit(&session, &rows);
    let mut document = Document::new(session);
    if let Err(error) = document.apply(edit) {
        println!(
            "{}: error: {error}; nothing was imported",
            session_path.display()
        );
        return ExitCode::from(2);
    }
    if let Err(error) = store::save_session(session_path, document.session()) {
        println!("{error}");
        return ExitCode::from(2);
    }
    println!(
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
    let session = match store::load_session(session_path) {
        Ok(session) => session,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let pdf = match export::render(&session, options) {
        Ok(pdf) => pdf,
        Err(error) => {
            eprintln!("{}: {error}", session_path.display());
            return ExitCode::from(2);
        }
    };
    if let Err(error) = store::write_file_atomically(output, &pdf.bytes) {
        eprintln!("{error}");
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
    println!(
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
        match store::load_session(file) {
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
    let Some(sessions) = load_all(&paths) else {
        println!("nothing was written");
        return ExitCode::from(2);
    };
    let merged = merge::merge(&sessions);
    if let Err(error) = store::save_session(output, &merged.session) {
        println!("{error}");
        return ExitCode::from(2);
    }
    print!("{}", merged.report.summary());
    println!("wrote {}", output.display());
    if let Some(report) = report {
        let text = merged.report.details(&merged.session);
        if let Err(error) = store::write_file_atomically(report, text.as_bytes()) {
            println!("{error}");
            return ExitCode::from(2);
        }
        println!("wrote {}", report.display());
    }
    if merged.report.conflicts > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn merge_driver(base: &Path, ours: &Path, theirs: &Path, name: Option<&Path>) -> ExitCode {
    let Some(sessions) = load_all(&[ours, theirs]) else {
        return ExitCode::from(2);
    };
    let [ours_session, theirs_session] = sessions.as_slice() else {
        return ExitCode::from(2);
    };
    // Git passes an empty base when both branches added the file.
    let base_session = match store::load_session(base) {
        Ok(session) => session,
        Err(error) if matches!(error.kind, store::LoadErrorKind::Empty) => Session {
            id: ours_session.id,
            ..Session::default()
        },
        Err(error) => {
            print_load_error(&error);
            return ExitCode::from(2);
        }
    };
    let base_session = &base_session;
    let merged = merge::merge3(base_session, ours_session, theirs_session);
    if let Err(error) = store::save_session_without_backup(ours, &merged.session) {
        println!("{error}");
        return ExitCode::from(2);
    }
    if merged.conflicts > 0 {
        println!(
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
