//! PDF reports for stakeholders: the DACUM Research Chart, the competency profile
//! and the PESTLE and scenario report. Only this layer knows the PDF crate.
//!
//! A report is laid out first — pages of positioned text and shapes, in
//! `layout` — and written to PDF after (`pdf`), so the geometry is tested without
//! a PDF and the app can show the page count without writing one.

mod chart;
mod common;
pub mod fonts;
pub mod layout;
mod pdf;
mod pestle;
mod profile;
pub mod text;

use thiserror::Error;

use self::common::Context;
use self::fonts::Weight;
pub use self::layout::Paper;
use self::layout::{Bookmark, GREY, Item, MARGIN, Page, RULE, Sheet};
use crate::model::Session;

/// One of the three reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Report {
    Chart,
    Profile,
    Pestle,
}

impl Report {
    pub const ALL: [Report; 3] = [Report::Chart, Report::Profile, Report::Pestle];

    pub fn title(self) -> &'static str {
        match self {
            Report::Chart => "DACUM Research Chart",
            Report::Profile => "Competency profile",
            Report::Pestle => "PESTLE and scenario report",
        }
    }
}

/// What to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    pub paper: Paper,
    /// In the order they appear in the file.
    pub reports: Vec<Report>,
    /// Whether the names of the panel, the facilitators and the participants
    /// appear. Off for a copy that may be shared without personal data.
    pub include_names: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            paper: Paper::A4,
            reports: Report::ALL.to_vec(),
            include_names: true,
        }
    }
}

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("choose at least one report to export")]
    NothingToExport,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// The laid-out pages of the chosen reports, with their running headers and
/// "page N of M", and the outline.
#[derive(Clone, Debug, PartialEq)]
pub struct Laid {
    pub pages: Vec<Page>,
    pub bookmarks: Vec<Bookmark>,
}

/// Lays out the reports: pure geometry, no PDF.
pub fn lay_out(session: &Session, options: &ExportOptions) -> Result<Laid, ExportError> {
    if options.reports.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    let context = Context {
        include_names: options.include_names,
    };
    let mut pages = Vec::new();
    let mut bookmarks = Vec::new();
    let mut headers = Vec::new();
    for &report in &options.reports {
        let size = match report {
            Report::Chart => options.paper.landscape(),
            Report::Profile | Report::Pestle => options.paper.portrait(),
        };
        let mut sheet = Sheet::new(size);
        match report {
            Report::Chart => chart::lay_out(session, &context, &mut sheet),
            Report::Profile => profile::lay_out(session, &context, &mut sheet),
            Report::Pestle => pestle::lay_out(session, &context, &mut sheet),
        }
        // A sheet may end on a page it opened but did not use.
        if sheet.pages.len() > 1 && sheet.pages.last().is_some_and(|p| p.items.is_empty()) {
            sheet.pages.pop();
        }
        let offset = pages.len();
        bookmarks.extend(sheet.bookmarks.into_iter().map(|b| Bookmark {
            page: b.page + offset,
            ..b
        }));
        headers.extend(std::iter::repeat_n(report, sheet.pages.len()));
        pages.extend(sheet.pages);
    }
    let total = pages.len();
    let occupation = common::occupation(session).to_owned();
    for (n, (page, report)) in pages.iter_mut().zip(headers).enumerate() {
        decorate(
            page,
            &format!("{occupation} · {}", report.title()),
            n + 1,
            total,
        );
    }
    Ok(Laid { pages, bookmarks })
}

/// The running header and the page number of a page.
fn decorate(page: &mut Page, header: &str, number: usize, total: usize) {
    let size = 8.0;
    let header = text::wrap(header, page.width - 2.0 * MARGIN, size, Weight::Regular)
        .into_iter()
        .next()
        .unwrap_or_default();
    page.items.push(Item::Text {
        x: MARGIN,
        y: MARGIN + fonts::ascent(size),
        size,
        weight: Weight::Regular,
        colour: GREY,
        text: header,
    });
    let rule = MARGIN + fonts::line_height(size) + 3.0;
    page.items.push(Item::Line {
        from: (MARGIN, rule),
        to: (page.width - MARGIN, rule),
        colour: RULE,
        width: 0.5,
    });
    let number = format!("page {number} of {total}");
    let width = fonts::text_width(&number, size, Weight::Regular);
    page.items.push(Item::Text {
        x: page.width - MARGIN - width,
        y: page.height - MARGIN + fonts::ascent(size) - fonts::line_height(size),
        size,
        weight: Weight::Regular,
        colour: GREY,
        text: number,
    });
}

/// The number of pages the export will have.
pub fn page_count(session: &Session, options: &ExportOptions) -> Result<usize, ExportError> {
    Ok(lay_out(session, options)?.pages.len())
}

/// The PDF file of the chosen reports.
pub fn render_pdf(session: &Session, options: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    let laid = lay_out(session, options)?;
    pdf::write(session, options, &laid)
}
