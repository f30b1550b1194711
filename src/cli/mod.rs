//! The command line, shaped like ripgrep's: `main` parses the arguments and calls
//! [`run`], which returns the exit code or one typed [`Error`]; `main` prints
//! that error once, on standard error, and maps it to the exit code. Each
//! command lives in a module of its own:
//! - `check.rs`: `check` and `format`, which read (and rewrite) session files;
//! - `import.rs`: `import-drivers`;
//! - `survey.rs`: `survey-form` and `import-survey`;
//! - `export.rs`: `export`, the PDF reports;
//! - `merge.rs`: `merge` and `merge-driver`;
//! - `translate.rs`: `translate export` and `translate import`;
//! - `error.rs`: the errors and the one format they are printed in;
//! - `output.rs`: standard output that ends quietly on a closed pipe.
//!
//! Exit codes: 0 success; 1 findings (`check`) or conflicts (`merge`,
//! `merge-driver`); 2 an error (a file that cannot be read or written, bad
//! arguments). Reports go to standard output, errors and warnings to standard
//! error.

mod check;
mod error;
mod export;
mod import;
mod merge;
mod output;
mod survey;
mod translate;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use dacum_export::{ExportOptions, Paper, Report, VerificationOptions};
use dacum_i18n::Language;
use dacum_model::survey::stats::Weighting;
use dacum_studio::ui;

pub use error::{Error, report};

/// DACUM Studio: run DACUM job-analysis workshops and PESTLE driver mapping.
#[derive(Parser)]
#[command(version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A session file to open in the app (without one, the example session opens).
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

/// The instruments `survey-form` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SurveyFormKind {
    /// An XLSForm for KoboToolbox and ODK Collect (.xlsx).
    Xlsform,
    /// A data-entry workbook for typing in paper answers (.xlsx).
    Workbook,
    /// The data-entry columns as a CSV template (.csv).
    Csv,
    /// A printable questionnaire (.pdf) for staff who answer on paper, in one
    /// language.
    Paper,
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
    /// Write the instrument of a verification survey.
    ///
    /// xlsform: an XLSForm (.xlsx) for KoboToolbox and ODK Collect, with
    /// labels in each language; workbook: a data-entry workbook (.xlsx) for
    /// typing in paper answers, with a drop-down list in every cell; csv: the
    /// same columns as a CSV template; paper: a printable questionnaire (.pdf)
    /// with boxes to tick, made to be photocopied in black and white. The
    /// form follows OUT's extension (.xlsx: xlsform, .csv: csv, .pdf: paper)
    /// unless --form says otherwise. The tasks asked are the round's
    /// (--round), or the whole chart's. Languages: those given with
    /// --language (repeat it for several), or the round's, or the session's
    /// working language and every language it has texts in; the paper
    /// questionnaire is in one language, the first of these. What comes back
    /// is read by import-survey. Exit code 2 on any error (OUT is then not
    /// written).
    SurveyForm {
        /// The session file (.ron).
        session: PathBuf,
        /// Where to write the instrument.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Which instrument to write.
        #[arg(long, value_enum)]
        form: Option<SurveyFormKind>,
        /// The survey round whose tasks to ask about.
        #[arg(long, value_name = "NAME")]
        round: Option<String>,
        /// A language of the instrument (BCP 47: cs, de, ro …); repeatable.
        #[arg(long = "language", value_name = "LANG")]
        languages: Vec<String>,
        /// The paper size of the paper questionnaire.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
    },
    /// Write the survey's per-task statistics for R, SPSS or a spreadsheet.
    ///
    /// One row per chart task: n, % performing, mean and sd of importance,
    /// frequency and difficulty, priority, % train, rank, the panel's
    /// importance beside the survey's, and the divergence marks. OUT's
    /// extension chooses CSV (.csv) or an Excel workbook (.xlsx, with a sheet
    /// saying how the figures were made). Exit code 2 on any error.
    SurveyStats {
        /// The session file (.ron).
        session: PathBuf,
        /// Where to write the table (.csv or .xlsx).
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Pool respondents equally per country instead of each respondent
        /// counting the same.
        #[arg(long)]
        per_country: bool,
        /// Only these countries (two-letter codes); repeatable.
        #[arg(long = "country", value_name = "CC")]
        countries: Vec<String>,
        /// Only this survey round; repeatable.
        #[arg(long = "round", value_name = "NAME")]
        rounds: Vec<String>,
    },
    /// Add the answers of a verification survey to a session file.
    ///
    /// FILE is a CSV file (comma, semicolon or tab separated, UTF-8) with a
    /// header row and one row per respondent: a KoboToolbox or ODK export of the
    /// app's form, the data-entry workbook saved as CSV, or any file whose
    /// header names the profile (respondent_code, country, level, and
    /// optionally sector, years, language, attr_NAME) and the tasks by code
    /// ("A-3 importance", "A-3 performs", "A-3 train", "A-3 comment",
    /// "missed_A"). The answers go into the round named by --round (made if
    /// the session has none of that name), or into the session's only survey
    /// round. If any cell is bad, every bad cell is reported with its row and
    /// column and nothing is imported. Respondents the round already has (by
    /// code) are not imported again. The session is saved atomically and its
    /// previous version kept as NAME.ron.bak. Exit code 2 on any error.
    #[allow(
        clippy::doc_markdown,
        reason = "clap prints this comment as the command's help, where backticks would show"
    )]
    ImportSurvey {
        /// The session file (.ron) to add to.
        session: PathBuf,
        /// The file of answers (.csv).
        file: PathBuf,
        /// The survey round the answers belong to.
        #[arg(long, value_name = "NAME")]
        round: Option<String>,
    },
    /// Write PDF reports of a session for stakeholders.
    ///
    /// The DACUM Research Chart (landscape), the competency profile and the PESTLE
    /// and scenario report, in one PDF with bookmarks and page numbers; and,
    /// when asked for, the verification report of the session's survey
    /// rounds after them. The file is
    /// written to a temporary file beside OUT and renamed into place, so OUT is
    /// never half-written. Exit code 0 on success, 2 when the session cannot be read
    /// or OUT cannot be written.
    Export {
        /// The session file (.ron).
        session: PathBuf,
        /// The PDF file to write.
        #[arg(short, long, value_name = "OUT.pdf")]
        output: PathBuf,
        /// Which report to include; repeat for several. Default: all three
        /// (chart, profile, pestle); the verification report is included
        /// only when named.
        #[arg(long, value_enum, default_value = "all")]
        report: Vec<ReportArg>,
        /// How the verification report weighs pooled figures: every
        /// respondent the same, or every country the same.
        #[arg(long, value_enum, default_value = "per-respondent")]
        weighting: WeightingArg,
        /// The paper size.
        #[arg(long, value_enum, default_value = "a4")]
        paper: PaperArg,
        /// Leave out every personal name (panel, facilitators, participants), for a
        /// copy that can be shared.
        #[arg(long)]
        no_names: bool,
        /// Show the session's texts in this language (one it holds translations
        /// in); a text not translated yet is printed in the working language,
        /// marked "[en]".
        #[arg(long, value_name = "LANG")]
        language: Option<String>,
        /// The language of the reports' own texts (headings, labels, "Page N of
        /// M"): en, de, cs, sl, ro, lt or el. Default: English.
        #[arg(long, value_name = "LANG")]
        ui_language: Option<String>,
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
    /// Exchange a session's texts with translators (XLIFF 1.2, or a form as CSV or .xlsx).
    #[command(subcommand)]
    Translate(TranslateCommand),
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

#[derive(Subcommand)]
enum TranslateCommand {
    /// Write the session's texts for translation into one language.
    ///
    /// OUT.xlf (or .xliff) is XLIFF 1.2, which CAT tools (memoQ, Trados and others)
    /// import: one unit per text, the element's id as the unit id, its
    /// DACUM code in a note; translations already made are included with their
    /// state. OUT.csv and OUT.xlsx are the two-column form (source,
    /// translation, reviewed) for a translator who works in a spreadsheet; the
    /// .xlsx workbook has only the translation cells open for typing. Exit code
    /// 2 when the session cannot be read or OUT cannot be written.
    Export {
        /// The session file (.ron).
        session: PathBuf,
        /// The language to translate into (BCP 47: cs, de, de-AT, ro …).
        #[arg(short, long)]
        language: String,
        /// The file to write: .xlf, .xliff, .csv or .xlsx.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    },
    /// Bring translations back into the session from an XLIFF file or a form.
    ///
    /// Units are matched by id. A unit whose source text changed since the file
    /// was made comes in as a draft and shows as stale. Any bad unit (an unknown
    /// id, another language, broken XML) is reported with its line (in a
    /// workbook, its sheet, row and column) and nothing is imported. The session is saved atomically, its previous version kept
    /// as NAME.ron.bak. Exit code 0 when imported, 2 on any error.
    Import {
        /// The session file (.ron).
        session: PathBuf,
        /// The translated file (.xlf, .xliff, .csv or .xlsx).
        file: PathBuf,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportArg {
    Chart,
    Profile,
    Pestle,
    /// The verification report of the survey rounds.
    Verification,
    /// The chart, the profile and the PESTLE report.
    All,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum PaperArg {
    A4,
    A3,
    Letter,
}

impl From<PaperArg> for Paper {
    fn from(paper: PaperArg) -> Paper {
        match paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::A3 => Paper::A3,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum WeightingArg {
    /// Every respondent weighs the same.
    PerRespondent,
    /// Every country weighs the same, its respondents sharing its weight.
    PerCountry,
}

/// Runs the command the arguments name (or the app, without one).
pub fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Some(Command::Check { files }) => check::check(&files),
        Some(Command::Format { files }) => check::format(&files),
        Some(Command::ImportDrivers { session, csv }) => import::import_drivers(&session, &csv),
        Some(Command::SurveyForm {
            session,
            output,
            form,
            round,
            languages,
            paper,
        }) => survey::survey_form(
            &session,
            &output,
            form,
            round.as_deref(),
            &languages,
            paper.into(),
        ),
        Some(Command::SurveyStats {
            session,
            output,
            per_country,
            countries,
            rounds,
        }) => survey::survey_stats(&session, &output, per_country, &countries, &rounds),
        Some(Command::ImportSurvey {
            session,
            file,
            round,
        }) => survey::import_survey(&session, &file, round.as_deref()),
        Some(Command::Export {
            session,
            output,
            report,
            paper,
            weighting,
            no_names,
            language,
            ui_language,
        }) => export::export_pdf(
            &session,
            &output,
            &ExportOptions {
                language: report_language(ui_language.as_deref())?,
                ..export_options(&report, paper, weighting, no_names)
            },
            language.as_deref(),
        ),
        Some(Command::Merge {
            files,
            output,
            report,
        }) => merge::merge_files(&files, &output, report.as_deref()),
        Some(Command::MergeDriver {
            base,
            ours,
            theirs,
            name,
        }) => merge::merge_driver(&base, &ours, &theirs, name.as_deref()),
        Some(Command::Translate(TranslateCommand::Export {
            session,
            language,
            output,
        })) => translate::export(&session, &language, &output),
        Some(Command::Translate(TranslateCommand::Import { session, file })) => {
            translate::import(&session, &file)
        }
        None => open_app(cli.file),
    }
}

/// The language of the reports' fixed texts: English unless `--ui-language`
/// names one with a catalogue (`cs`, `de-AT`, `sl_SI.UTF-8` …).
fn report_language(tag: Option<&str>) -> Result<Language, Error> {
    let Some(tag) = tag else {
        return Ok(Language::English);
    };
    Language::from_tag(tag).ok_or_else(|| {
        let known: Vec<&str> = Language::ALL.iter().map(|l| l.tag()).collect();
        Error::Usage(format!(
            "--ui-language {tag}: the reports have no texts in that language (they have {}); \
             nothing was written",
            known.join(", ")
        ))
    })
}

fn export_options(
    report: &[ReportArg],
    paper: PaperArg,
    weighting: WeightingArg,
    no_names: bool,
) -> ExportOptions {
    let reports = report
        .iter()
        .flat_map(|r| match r {
            ReportArg::Chart => vec![Report::Chart],
            ReportArg::Profile => vec![Report::Profile],
            ReportArg::Pestle => vec![Report::Pestle],
            ReportArg::Verification => Vec::new(),
            ReportArg::All => Report::ALL.to_vec(),
        })
        .collect();
    let verification = report
        .contains(&ReportArg::Verification)
        .then(|| VerificationOptions {
            weighting: match weighting {
                WeightingArg::PerRespondent => Weighting::PerRespondent,
                WeightingArg::PerCountry => Weighting::EqualPerCountry,
            },
            ..VerificationOptions::default()
        });
    ExportOptions {
        paper: paper.into(),
        reports,
        include_names: !no_names,
        verification,
        ..ExportOptions::default()
    }
}

fn open_app(file: Option<PathBuf>) -> Result<ExitCode, Error> {
    // A file that cannot be opened still opens the app, with the reason in a
    // window (a double-click in a file manager has no terminal); it is also
    // printed here for whoever started the app from one.
    let opening = match &file {
        Some(path) => ui::Opening::file(path),
        None => ui::Opening::example(),
    };
    if let ui::Opening::Failed(error) = &opening {
        output::warn(error::Located(error));
    }
    ui::run(opening)?;
    Ok(ExitCode::SUCCESS)
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
