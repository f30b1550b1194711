//! The pure geometry of a report: pages of positioned text, boxes, lines and
//! dots, in points from the top-left corner of the page, and a `Sheet` that flows
//! content down pages, breaking to a new page where the next block does not fit.
//! Nothing here knows the PDF format, so layouts are tested without writing one.

use super::fonts::line_height;
use super::fonts::{Weight, ascent};
use super::text::{LEADING, block_height, wrap};

pub type Rgb = [u8; 3];

pub const INK: Rgb = [0x1a, 0x1a, 0x1a];
pub const GREY: Rgb = [0x66, 0x66, 0x66];
pub const RULE: Rgb = [0xbb, 0xbb, 0xbb];
pub const WHITE: Rgb = [0xff, 0xff, 0xff];

/// Paper sizes in points (1/72 inch), portrait.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Paper {
    A4,
    A3,
    Letter,
}

impl Paper {
    pub fn portrait(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::A3 => (841.89, 1190.55),
            Paper::Letter => (612.0, 792.0),
        }
    }

    pub fn landscape(self) -> (f32, f32) {
        let (w, h) = self.portrait();
        (h, w)
    }

    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
            Paper::Letter => "Letter",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One line of text; `y` is its baseline.
    Text {
        x: f32,
        y: f32,
        size: f32,
        weight: Weight,
        colour: Rgb,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Rgb>,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        colour: Rgb,
        width: f32,
    },
    Dot {
        centre: (f32, f32),
        radius: f32,
        fill: Rgb,
        stroke: Option<Rgb>,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

impl Page {
    /// Every text on the page, in drawing order (for tests and the page count).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// A bookmark in the PDF's outline.
#[derive(Clone, Debug, PartialEq)]
pub struct Bookmark {
    pub title: String,
    pub page: usize,
}

/// The margins of every page.
pub const MARGIN: f32 = 36.0;
/// Room kept at the top for the running header and at the bottom for the page
/// number.
pub const HEADER: f32 = 22.0;
pub const FOOTER: f32 = 22.0;

/// Content flowing down pages of one size.
pub struct Sheet {
    pub pages: Vec<Page>,
    pub bookmarks: Vec<Bookmark>,
    size: (f32, f32),
    /// Where the next block starts on the current page.
    pub y: f32,
}

impl Sheet {
    pub fn new(size: (f32, f32)) -> Sheet {
        let mut sheet = Sheet {
            pages: Vec::new(),
            bookmarks: Vec::new(),
            size,
            y: 0.0,
        };
        sheet.new_page();
        sheet
    }

    pub fn left(&self) -> f32 {
        MARGIN
    }

    pub fn width(&self) -> f32 {
        self.size.0 - 2.0 * MARGIN
    }

    pub fn top(&self) -> f32 {
        MARGIN + HEADER
    }

    pub fn bottom(&self) -> f32 {
        self.size.1 - MARGIN - FOOTER
    }

    /// Starts a new page, unless the current one is still empty (it then just
    /// takes the sheet's current size).
    pub fn new_page(&mut self) {
        if let Some(page) = self.pages.last_mut()
            && page.items.is_empty()
        {
            (page.width, page.height) = self.size;
            self.y = self.top();
            return;
        }
        self.pages.push(Page {
            width: self.size.0,
            height: self.size.1,
            items: Vec::new(),
        });
        self.y = self.top();
    }

    /// Continues on a landscape page.
    pub fn turn_landscape(&mut self) {
        let (w, h) = self.size;
        self.size = (w.max(h), w.min(h));
        self.new_page();
    }

    /// Continues on a portrait page.
    pub fn turn_portrait(&mut self) {
        let (w, h) = self.size;
        self.size = (w.min(h), w.max(h));
        self.new_page();
    }

    /// Starts a new page unless `height` still fits below the cursor. Returns
    /// whether a page was started.
    pub fn ensure(&mut self, height: f32) -> bool {
        let fresh = (self.y - self.top()).abs() < 0.01;
        if self.y + height > self.bottom() && !fresh {
            self.new_page();
            return true;
        }
        false
    }

    pub fn page_index(&self) -> usize {
        self.pages.len() - 1
    }

    pub fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
    }

    pub fn bookmark(&mut self, title: &str) {
        self.bookmarks.push(Bookmark {
            title: title.to_owned(),
            page: self.page_index(),
        });
    }

    /// A heading on a page of its own or below the current content, kept with
    /// at least `keep` points of what follows it; bookmarked when `bookmark`.
    pub fn heading(&mut self, title: &str, size: f32, keep: f32, bookmark: bool) {
        let lines = wrap(title, self.width(), size, Weight::Bold);
        let height = block_height(lines.len(), size);
        self.ensure(height + keep);
        if bookmark {
            self.bookmark(title);
        }
        let x = self.left();
        self.y = lines_at(self, x, self.y, &lines, size, Weight::Bold, INK) + 0.5 * size;
    }

    /// A paragraph across the text width, broken across pages line by line.
    pub fn paragraph(&mut self, text: &str, size: f32, weight: Weight, colour: Rgb) {
        let width = self.width();
        for line in wrap(text, width, size, weight) {
            let height = line_height(size);
            self.ensure(height);
            let x = self.left();
            self.y =
                lines_at(self, x, self.y, &[line], size, weight, colour) + (LEADING - 1.0) * height;
        }
        self.y += 0.4 * size;
    }

    pub fn space(&mut self, height: f32) {
        self.y += height;
    }
}

/// Draws `lines` from `top` down at `x` and returns the bottom of the block.
pub fn lines_at(
    sheet: &mut Sheet,
    x: f32,
    top: f32,
    lines: &[String],
    size: f32,
    weight: Weight,
    colour: Rgb,
) -> f32 {
    for item in text_items(x, top, lines, size, weight, colour) {
        sheet.push(item);
    }
    top + block_height(lines.len(), size)
}

/// Text items for lines placed in a block: the same as `lines_at` without a
/// sheet, for layouts that place blocks themselves.
pub fn text_items(
    x: f32,
    top: f32,
    lines: &[String],
    size: f32,
    weight: Weight,
    colour: Rgb,
) -> Vec<Item> {
    let step = line_height(size) * LEADING;
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, line)| Item::Text {
            x,
            y: top + ascent(size) + i as f32 * step,
            size,
            weight,
            colour,
            text: line.clone(),
        })
        .collect()
}
