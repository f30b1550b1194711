//! PDF reports for stakeholders: the DACUM Research Chart, the competency profile,
//! and the PESTLE and scenario report, in one PDF with page numbers, a running
//! header, metadata and an outline.
//!
//! Layout and writing are apart. The layout modules (`chart`, `profile`, `pestle`
//! and their helpers) turn a session into [`page::Layout`] — plain rectangles and
//! text runs measured with the embedded font's real glyph advances — and only
//! `pdf`, `pdf_document` and `fonts` know the PDF crate. [`page_count`] runs the
//! layout alone, for a preview; [`render`] runs both. Both are pure functions of
//! the session and the options, safe to call from a worker thread. Writing the file
//! is the store's job (`store::write_file_atomically`).

mod chart;
mod chart_lists;
#[cfg(test)]
mod chart_tests;
mod consolidated;
mod decorate;
mod flow;
mod fonts;
mod matrix;
mod metrics;
mod numbers;
pub mod page;
mod pdf;
mod pdf_document;
mod pestle;
mod privacy;
mod profile;
mod questionnaire;
mod scenarios;
mod table;
mod title_block;
mod typography;
mod verification;
mod wrap;

use std::borrow::Cow;

use thiserror::Error;

pub use chart::ChartGeometry;
pub use metrics::FontSet;
pub use page::Layout;
pub use pdf_document::DocInfo;
pub use privacy::{WITHHELD, personal_names, stakeholder_copy};
pub use questionnaire::{Questionnaire, QuestionnaireFacts, QuestionnaireOptions};
pub use typography::Face;
pub use verification::{VerificationOptions, has_survey};
pub use wrap::{Fit, Fitted, Wrapped, fit, wrap};

use dacum_i18n::{Catalogue, Language, Text};
use dacum_model::{Role, Session, every_text};
use typography::Pt;

/// The paper the reports are printed on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Paper {
    #[default]
    A4,
    A3,
    Letter,
}

impl Paper {
    pub const ALL: [Paper; 3] = [Paper::A4, Paper::A3, Paper::Letter];

    /// Width and height of the sheet upright, in points.
    pub fn portrait(self) -> (Pt, Pt) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::A3 => (841.89, 1190.55),
            Paper::Letter => (612.0, 792.0),
        }
    }

    pub fn landscape(self) -> (Pt, Pt) {
        let (w, h) = self.portrait();
        (h, w)
    }

    /// The paper's name as a message ("A4", "Letter"), worded where it is
    /// shown.
    pub fn label(self) -> Text {
        Text::new(match self {
            Paper::A4 => "paper-a4",
            Paper::A3 => "paper-a3",
            Paper::Letter => "paper-letter",
        })
    }
}

/// One of the three reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Report {
    /// The DACUM Research Chart (landscape).
    Chart,
    /// The competency profile with verification results (portrait).
    Profile,
    /// The PESTLE and scenario report.
    Pestle,
}

impl Report {
    pub const ALL: [Report; 3] = [Report::Chart, Report::Profile, Report::Pestle];

    /// The report's name in the report language ("DACUM Research Chart").
    pub fn title(self, tr: &Catalogue) -> String {
        tr.tr(match self {
            Report::Chart => "report-chart",
            Report::Profile => "report-profile",
            Report::Pestle => "report-pestle",
        })
    }
}

/// What to export and how.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    pub paper: Paper,
    /// The reports to include; they always appear in the order of [`Report::ALL`].
    pub reports: Vec<Report>,
    /// With `false`, no name of a panel member, facilitator, observer, respondent or
    /// participant appears anywhere in the file (a stakeholder copy).
    pub include_names: bool,
    /// The language of the report's fixed texts (headings, labels, "Page N of
    /// M"); the session's own texts keep the language they are shown in.
    pub language: Language,
    /// The verification report of the survey rounds, after the chosen
    /// reports; `None` leaves it out (the default).
    pub verification: Option<VerificationOptions>,
}

impl ExportOptions {
    /// Only the verification report, weighted as given, of every survey round.
    pub fn verification_report(weighting: dacum_model::survey::stats::Weighting) -> ExportOptions {
        ExportOptions {
            reports: Vec::new(),
            verification: Some(VerificationOptions {
                weighting,
                ..VerificationOptions::default()
            }),
            ..ExportOptions::default()
        }
    }
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            paper: Paper::A4,
            reports: Report::ALL.to_vec(),
            include_names: true,
            language: Language::English,
            verification: None,
        }
    }
}

#[derive(Debug, Error)]
pub enum ExportError {
    #[error(
        "no report was chosen: choose the chart, the profile, the PESTLE report or the \
         verification report"
    )]
    NoReports,
    #[error("the session has no survey round with that id")]
    NoSuchRound,
    #[error("there is nothing to ask: the chart (or the round) has no tasks")]
    NothingToAsk,
    #[error("cannot prepare the report font: {0}")]
    Font(String),
    #[error("cannot write the PDF: {0}")]
    Pdf(String),
}

/// The session the reports are made from: every text cut to what a report prints
/// (so no layout step ever sees more, whatever was pasted into a field), and
/// without names for a stakeholder copy. Cutting comes first, so withholding
/// names works on bounded text too.
fn source<'s>(session: &'s Session, options: &ExportOptions) -> Cow<'s, Session> {
    let printed = printable(session);
    if options.include_names {
        printed
    } else {
        Cow::Owned(stakeholder_copy(&printed))
    }
}

/// The session with every text longer than a report prints cut, with a mark
/// saying how much was left out (see `model::texts`); the session itself when no
/// text is that long, which is nearly always.
fn printable(session: &Session) -> Cow<'_, Session> {
    let mut any = false;
    every_text::for_each_text(session, |_, text| {
        any |= every_text::too_long(text).is_some();
    });
    if !any {
        return Cow::Borrowed(session);
    }
    let mut copy = session.clone();
    every_text::for_each_text_mut(&mut copy, |_, text| every_text::cut_for_print(text));
    Cow::Owned(copy)
}

/// The chosen reports in their order; an error when nothing at all is chosen.
fn reports(options: &ExportOptions) -> Result<Vec<Report>, ExportError> {
    let chosen: Vec<Report> = Report::ALL
        .into_iter()
        .filter(|r| options.reports.contains(r))
        .collect();
    if chosen.is_empty() && options.verification.is_none() {
        Err(ExportError::NoReports)
    } else {
        Ok(chosen)
    }
}

/// Lays out the chosen reports with the given font measurements.
pub fn lay_out_with(
    fonts: &FontSet,
    session: &Session,
    options: &ExportOptions,
) -> Result<Layout, ExportError> {
    let session = source(session, options);
    let paper = options.paper;
    let tr = Catalogue::new(options.language);
    let mut layout = Layout::default();
    for report in reports(options)? {
        match report {
            Report::Chart => chart::chart_report(
                fonts,
                &tr,
                &mut layout,
                &session,
                paper.landscape(),
                options.include_names,
            ),
            Report::Profile => {
                profile::profile_report(fonts, &tr, &mut layout, &session, paper.portrait());
            }
            Report::Pestle => {
                let pages = pestle::Pages {
                    portrait: paper.portrait(),
                    landscape: paper.landscape(),
                };
                pestle::pestle_report(
                    fonts,
                    &tr,
                    &mut layout,
                    &session,
                    pages,
                    options.include_names,
                );
            }
        }
    }
    if let Some(verification) = &options.verification {
        verification::verification_report(
            fonts,
            &tr,
            &mut layout,
            &session,
            paper.portrait(),
            verification,
        );
    }
    // The verification report names no one: alone, it says so.
    let note = tr.tr(if options.reports.is_empty() {
        "report-verification-note"
    } else if options.include_names {
        "report-personal-data"
    } else {
        "report-stakeholder-copy"
    });
    decorate::decorate(&mut layout, fonts, &tr, &session.meta.title, &note);
    Ok(layout)
}

/// Lays out the chosen reports with the embedded fonts: every page, ready to write.
pub fn lay_out(session: &Session, options: &ExportOptions) -> Result<Layout, ExportError> {
    let fonts = fonts::fonts().map_err(ExportError::Font)?;
    lay_out_with(&fonts.metrics, session, options)
}

/// How many pages the PDF will have, without writing it (for a preview).
pub fn page_count(session: &Session, options: &ExportOptions) -> Result<usize, ExportError> {
    lay_out(session, options).map(|l| l.page_count())
}

/// The metadata of the PDF: never a personal name unless names are included.
pub fn doc_info(session: &Session, options: &ExportOptions) -> DocInfo {
    let source = source(session, options);
    let tr = Catalogue::new(options.language);
    let meta = &source.meta;
    let occupation = chart::occupation(&source, &tr);
    let chosen = reports(options).unwrap_or_default();
    let mut titles: Vec<String> = chosen.iter().map(|r| r.title(&tr)).collect();
    if options.verification.is_some() {
        titles.push(tr.tr("report-verification"));
    }
    let title = match titles.as_slice() {
        [one] => format!("{one} — {occupation}"),
        _ if options.verification.is_some() => format!("{} — {occupation}", titles.join(", ")),
        _ => tr.tr_args(
            "report-all-title",
            &[("occupation", occupation.as_str().into())],
        ),
    };
    // The verification report alone names no one, not even as its author.
    let facilitators: Vec<&str> = source
        .people
        .iter()
        .filter(|p| p.role == Role::Facilitator && !p.name.trim().is_empty())
        .filter(|_| !options.reports.is_empty())
        .map(|p| p.name.as_str())
        .collect();
    // A stakeholder copy has no names left, so its author is the organisation.
    let author = if !facilitators.is_empty() {
        facilitators.join(", ")
    } else if !meta.organisation.trim().is_empty() {
        meta.organisation.clone()
    } else {
        "DACUM Studio".to_owned()
    };
    let mut subject = titles.join(", ");
    if !meta.title.is_empty() {
        subject = format!("{subject} — {}", meta.title);
    }
    let mut keywords = vec!["DACUM".to_owned(), occupation];
    if chosen.contains(&Report::Pestle) {
        keywords.extend(["PESTLE".to_owned(), tr.tr("report-keyword-scenarios")]);
    }
    if options.verification.is_some() {
        keywords.push(tr.tr("report-keyword-survey"));
    }
    if !meta.country.is_empty() {
        keywords.push(meta.country.clone());
    }
    // The fixed texts are in the report language, so it is the document's
    // language (a reader picks its voice and hyphenation by it).
    let language = options.language.tag().to_owned();
    DocInfo {
        title,
        author,
        subject,
        keywords,
        language,
    }
}

/// A written PDF, how many pages it has, and any characters the font could not
/// draw (they print as empty boxes; worth a warning before the PDF is shared).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub missing_glyphs: Vec<char>,
}

/// The warning about characters the report font cannot draw, for the command
/// line and the app alike: "the report font has no glyph for 日 本; they print as
/// empty boxes". `None` when there are none.
pub fn missing_glyphs_warning(missing: &[char]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let chars: Vec<String> = missing.iter().map(char::to_string).collect();
    Some(format!(
        "the report font has no glyph for {}; they print as empty boxes",
        chars.join(" ")
    ))
}

/// The PDF file of the chosen reports, with its page count.
pub fn render(session: &Session, options: &ExportOptions) -> Result<Pdf, ExportError> {
    let fonts = fonts::fonts().map_err(ExportError::Font)?;
    let layout = lay_out_with(&fonts.metrics, session, options)?;
    let info = doc_info(session, options);
    let bytes = pdf::write_pdf(&layout, &info, fonts)?;
    Ok(Pdf {
        bytes,
        pages: layout.page_count(),
        missing_glyphs: fonts.metrics.missing_glyphs(&layout.text()),
    })
}

/// The PDF file of the chosen reports.
pub fn render_pdf(session: &Session, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    render(session, options).map(|pdf| pdf.bytes)
}

/// The report font's measurements (the same the layout uses), for checks and tests.
pub fn font_metrics() -> Result<&'static FontSet, ExportError> {
    fonts::fonts()
        .map(|f| &f.metrics)
        .map_err(ExportError::Font)
}

/// The paper questionnaire laid out with the embedded fonts.
pub fn lay_out_questionnaire(
    session: &Session,
    options: &QuestionnaireOptions,
) -> Result<Questionnaire, ExportError> {
    let fonts = fonts::fonts().map_err(ExportError::Font)?;
    questionnaire::lay_out_questionnaire_with(&fonts.metrics, &printable(session), options)
}

/// The PDF file of the paper questionnaire of a survey round (or of the whole
/// chart), with what it holds.
pub fn render_questionnaire(
    session: &Session,
    options: &QuestionnaireOptions,
) -> Result<(Pdf, QuestionnaireFacts), ExportError> {
    let fonts = fonts::fonts().map_err(ExportError::Font)?;
    let questionnaire =
        questionnaire::lay_out_questionnaire_with(&fonts.metrics, &printable(session), options)?;
    let layout = &questionnaire.layout;
    let bytes = pdf::write_pdf(layout, &questionnaire.info, fonts)?;
    let pdf = Pdf {
        bytes,
        pages: layout.page_count(),
        missing_glyphs: fonts.metrics.missing_glyphs(&layout.text()),
    };
    Ok((pdf, questionnaire.facts))
}
