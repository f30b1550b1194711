//! Running text down pages: a cursor that starts a new page when the next block
//! does not fit, headings kept with what follows, paragraphs and bullet lists that
//! break between lines, and the outline entries that point at them. The chart, the
//! profile and the PESTLE report all lay out their prose and tables through it.

use dacum_i18n::Catalogue;

use super::metrics::FontSet;
use super::page::{Bookmark, Colour, Layout, Page, Rect, TextRun};
use super::typography::{Face, Pt};
use super::wrap::{LEADING, wrap};

/// White space around the printed area, on every side (a half inch).
pub const MARGIN: Pt = 36.0;
/// Room at the top of every page for the running header.
pub const HEADER: Pt = 22.0;
/// Room at the bottom of every page for the footer with the page number.
pub const FOOTER: Pt = 20.0;

/// How a piece of text is set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub face: Face,
    pub size: Pt,
    pub colour: Colour,
}

impl Style {
    pub const TITLE: Style = Style::new(Face::Bold, 20.0, Colour::ACCENT);
    pub const SUBTITLE: Style = Style::new(Face::Regular, 12.0, Colour::TEXT);
    pub const H1: Style = Style::new(Face::Bold, 14.0, Colour::ACCENT);
    pub const H2: Style = Style::new(Face::Bold, 11.0, Colour::ACCENT);
    pub const BODY: Style = Style::new(Face::Regular, 9.0, Colour::TEXT);
    pub const STRONG: Style = Style::new(Face::Bold, 9.0, Colour::TEXT);
    pub const SMALL: Style = Style::new(Face::Regular, 7.5, Colour::MUTED);

    pub const fn new(face: Face, size: Pt, colour: Colour) -> Style {
        Style { face, size, colour }
    }

    pub fn line_height(&self) -> Pt {
        self.size * LEADING
    }

    pub fn with_colour(self, colour: Colour) -> Style {
        Style { colour, ..self }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Centre,
    Right,
}

/// What a page keeps clear around its printed area: the side margins, and
/// above and below it the margin with the band of the running header or the
/// footer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub side: Pt,
    pub top: Pt,
    pub bottom: Pt,
}

impl Frame {
    /// The reports' frame: a half-inch margin, the running header above and
    /// the footer with the page number below.
    pub const REPORT: Frame = Frame {
        side: MARGIN,
        top: MARGIN + HEADER,
        bottom: MARGIN + FOOTER,
    };

    /// The printed area of a page of this size.
    pub fn area(self, width: Pt, height: Pt) -> Rect {
        Rect::new(
            self.side,
            self.top,
            width - 2.0 * self.side,
            height - self.top - self.bottom,
        )
    }
}

/// The printed area of a report's page of this size: inside the margins, below
/// the header and above the footer.
#[cfg(test)]
pub fn content_area(width: Pt, height: Pt) -> Rect {
    Frame::REPORT.area(width, height)
}

/// Puts wrapped lines into `rect` from its top, one `line_height` apart, and
/// records `rect` as their bounds. Returns the height used.
pub fn draw_lines(
    page: &mut Page,
    fonts: &FontSet,
    lines: &[String],
    rect: Rect,
    style: Style,
    line_height: Pt,
    align: Align,
) -> Pt {
    let offset = fonts.baseline_offset(style.face, style.size, line_height);
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        let top = rect.y + i as f32 * line_height;
        let width = fonts.width(line, style.face, style.size);
        let x = match align {
            Align::Left => rect.x,
            Align::Centre => rect.x + (rect.w - width) / 2.0,
            Align::Right => rect.right() - width,
        };
        page.texts.push(TextRun {
            x,
            baseline: top + offset,
            text: line.clone(),
            face: style.face,
            size: style.size,
            colour: style.colour,
            bounds: rect,
        });
    }
    lines.len() as f32 * line_height
}

/// A cursor running down the pages of one report.
pub struct Flow<'a> {
    pub fonts: &'a FontSet,
    /// The report language's messages, for every fixed text of the report.
    pub tr: &'a Catalogue,
    pub layout: &'a mut Layout,
    size: (Pt, Pt),
    frame: Frame,
    header: String,
    /// Where the next block starts on the current page, from the page's top.
    pub y: Pt,
}

impl<'a> Flow<'a> {
    /// Starts a report on a new page of `size` (width, height).
    pub fn new(
        fonts: &'a FontSet,
        tr: &'a Catalogue,
        layout: &'a mut Layout,
        size: (Pt, Pt),
        header: &str,
    ) -> Self {
        Self::framed(fonts, tr, layout, size, header, Frame::REPORT)
    }

    /// Starts a document on a new page of `size` that keeps `frame` clear
    /// (the paper questionnaire's header holds a box to write in).
    pub fn framed(
        fonts: &'a FontSet,
        tr: &'a Catalogue,
        layout: &'a mut Layout,
        size: (Pt, Pt),
        header: &str,
        frame: Frame,
    ) -> Self {
        let mut flow = Flow {
            fonts,
            tr,
            layout,
            size,
            frame,
            header: header.to_owned(),
            y: 0.0,
        };
        flow.new_page();
        flow
    }

    pub fn area(&self) -> Rect {
        self.frame.area(self.size.0, self.size.1)
    }

    pub fn page(&mut self) -> &mut Page {
        if self.layout.pages.is_empty() {
            self.new_page();
        }
        let last = self.layout.pages.len() - 1;
        &mut self.layout.pages[last]
    }

    pub fn page_index(&self) -> usize {
        self.layout.pages.len().saturating_sub(1)
    }

    pub fn new_page(&mut self) {
        let page = Page::new(self.size.0, self.size.1, &self.header);
        self.layout.pages.push(page);
        self.y = self.area().y;
    }

    /// Continues on a page of another size (a landscape page in a portrait report).
    pub fn new_page_sized(&mut self, size: (Pt, Pt)) {
        self.size = size;
        self.new_page();
    }

    pub fn remaining(&self) -> Pt {
        self.area().bottom() - self.y
    }

    pub fn at_top(&self) -> bool {
        self.y <= self.area().y + 0.01
    }

    /// Starts a new page unless `height` still fits on this one (or the page is
    /// still empty, where a new page would not help).
    pub fn ensure(&mut self, height: Pt) {
        if height > self.remaining() + 0.01 && !self.at_top() {
            self.new_page();
        }
    }

    pub fn gap(&mut self, height: Pt) {
        if !self.at_top() {
            self.y = (self.y + height).min(self.area().bottom());
        }
    }

    pub fn bookmark(&mut self, title: &str, level: u8) {
        let page = self.page_index();
        self.layout.bookmarks.push(Bookmark {
            title: title.to_owned(),
            page,
            level,
        });
    }

    /// A heading, kept on one page with at least `keep` points of what follows.
    pub fn heading(&mut self, text: &str, style: Style, keep: Pt) {
        let width = self.area().w;
        let lines = wrap(text, width, self.fonts, style.face, style.size).lines;
        let height = lines.len() as f32 * style.line_height();
        self.ensure(height + keep + style.size * 0.7);
        self.gap(style.size * 0.4);
        self.block(&lines, self.area().x, width, style);
        self.y += style.size * 0.3;
    }

    /// A paragraph across the full width, broken between lines across pages.
    pub fn paragraph(&mut self, text: &str, style: Style) {
        let area = self.area();
        self.paragraph_at(text, style, area.x, area.w);
    }

    /// A paragraph in a column from `x`, `width` wide.
    pub fn paragraph_at(&mut self, text: &str, style: Style, x: Pt, width: Pt) {
        let lines = wrap(text, width, self.fonts, style.face, style.size).lines;
        self.block(&lines, x, width, style);
    }

    /// Places already wrapped lines, continuing on a new page when the page is full.
    pub fn block(&mut self, lines: &[String], x: Pt, width: Pt, style: Style) {
        let lh = style.line_height();
        let mut rest = lines;
        while !rest.is_empty() {
            let room = (self.remaining() / lh).floor().max(0.0) as usize;
            if room == 0 {
                if self.at_top() {
                    // Cannot happen with the sizes used, but never loop forever.
                    return;
                }
                self.new_page();
                continue;
            }
            let (now, later) = rest.split_at(room.min(rest.len()));
            let rect = Rect::new(x, self.y, width, now.len() as f32 * lh);
            let fonts = self.fonts;
            let used = draw_lines(self.page(), fonts, now, rect, style, lh, Align::Left);
            self.y += used;
            rest = later;
        }
    }

    /// A bulleted list, each item wrapped under its own first line.
    pub fn bullets(&mut self, items: &[String], style: Style) {
        let area = self.area();
        let indent = style.size * 1.2;
        for item in items {
            let lines = wrap(item, area.w - indent, self.fonts, style.face, style.size).lines;
            self.ensure(
                style
                    .line_height()
                    .min(lines.len() as f32 * style.line_height()),
            );
            let bullet_rect = Rect::new(area.x, self.y, indent, style.line_height());
            let fonts = self.fonts;
            let bullet = ["•".to_owned()];
            let lh = style.line_height();
            draw_lines(
                self.page(),
                fonts,
                &bullet,
                bullet_rect,
                style,
                lh,
                Align::Left,
            );
            self.block(&lines, area.x + indent, area.w - indent, style);
            self.y += style.size * 0.2;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_i18n::Language;

    #[test]
    fn a_long_paragraph_breaks_across_pages_between_lines() {
        let fonts = FontSet::uniform(0.5);
        let mut layout = Layout::default();
        let text = "word ".repeat(3000);
        {
            let english = Catalogue::new(Language::English);
            let mut flow = Flow::new(&fonts, &english, &mut layout, (595.0, 842.0), "Test");
            flow.paragraph(&text, Style::BODY);
        }
        assert!(layout.pages.len() > 1);
        let area = content_area(595.0, 842.0);
        for page in &layout.pages {
            for run in &page.texts {
                assert!(area.contains(&run.bounds), "{:?}", run.bounds);
            }
        }
        let words: usize = layout
            .pages
            .iter()
            .flat_map(|p| &p.texts)
            .map(|r| r.text.split_whitespace().count())
            .sum();
        assert_eq!(words, 3000);
    }

    #[test]
    fn a_heading_moves_to_the_next_page_with_what_follows() {
        let fonts = FontSet::uniform(0.5);
        let mut layout = Layout::default();
        {
            let english = Catalogue::new(Language::English);
            let mut flow = Flow::new(&fonts, &english, &mut layout, (595.0, 842.0), "Test");
            let area = flow.area();
            flow.y = area.bottom() - 20.0;
            flow.heading("Supporting lists", Style::H1, 30.0);
        }
        assert_eq!(layout.pages.len(), 2);
        assert!(layout.pages[0].texts.is_empty());
        assert_eq!(layout.pages[1].texts[0].text, "Supporting lists");
    }
}
