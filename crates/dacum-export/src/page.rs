//! Laid-out pages as plain data: rectangles, lines, circles and text runs in points,
//! measured from the *top-left* corner of the page (y grows downwards, as one reads).
//! The layout modules produce these; `pdf` turns them into PDF operations. Nothing
//! here knows the PDF crate, so the geometry can be tested on its own.

use super::typography::{Face, Pt};

/// An sRGB colour with components 0–1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Colour {
    pub r: f32,
    pub g: f32,
    pub b: f32,
}

impl Colour {
    pub const BLACK: Colour = Colour::grey(0.0);
    pub const WHITE: Colour = Colour::grey(1.0);
    /// Body text: a very dark grey prints crisper than pure black on most lasers.
    pub const TEXT: Colour = Colour::grey(0.1);
    pub const MUTED: Colour = Colour::grey(0.38);
    pub const RULE: Colour = Colour::grey(0.62);
    pub const LIGHT: Colour = Colour::grey(0.93);
    /// Headings and the chart's duty boxes: a dark navy.
    pub const ACCENT: Colour = Colour::rgb(0.11, 0.23, 0.40);
    /// Pale fill of duty boxes and table headers.
    pub const ACCENT_PALE: Colour = Colour::rgb(0.87, 0.91, 0.96);

    pub const fn grey(level: f32) -> Colour {
        Colour {
            r: level,
            g: level,
            b: level,
        }
    }

    pub const fn rgb(r: f32, g: f32, b: f32) -> Colour {
        Colour { r, g, b }
    }

    pub fn from_bytes([r, g, b]: [u8; 3]) -> Colour {
        Colour::rgb(
            f32::from(r) / 255.0,
            f32::from(g) / 255.0,
            f32::from(b) / 255.0,
        )
    }

    /// The colour mixed with white: `amount` 0 keeps it, 1 gives white.
    pub fn lighten(self, amount: f32) -> Colour {
        let mix = |c: f32| c + (1.0 - c) * amount;
        Colour::rgb(mix(self.r), mix(self.g), mix(self.b))
    }

    /// Black or white, whichever reads better on this fill.
    pub fn contrast(self) -> Colour {
        let luma = 0.299 * self.r + 0.587 * self.g + 0.114 * self.b;
        if luma > 0.6 {
            Colour::BLACK
        } else {
            Colour::WHITE
        }
    }
}

/// An axis-aligned rectangle: top-left corner, width and height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: Pt,
    pub y: Pt,
    pub w: Pt,
    pub h: Pt,
}

impl Rect {
    pub fn new(x: Pt, y: Pt, w: Pt, h: Pt) -> Rect {
        Rect { x, y, w, h }
    }

    pub fn right(&self) -> Pt {
        self.x + self.w
    }

    pub fn bottom(&self) -> Pt {
        self.y + self.h
    }

    /// The rectangle shrunk by `by` on every side.
    pub fn inset(&self, by: Pt) -> Rect {
        Rect::new(
            self.x + by,
            self.y + by,
            (self.w - 2.0 * by).max(0.0),
            (self.h - 2.0 * by).max(0.0),
        )
    }

    /// Whether `other` lies inside this rectangle (with a hair of tolerance for
    /// floating-point sums).
    pub fn contains(&self, other: &Rect) -> bool {
        const EPS: Pt = 0.01;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }

    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub colour: Colour,
    pub width: Pt,
    pub dashed: bool,
}

impl Stroke {
    pub fn solid(colour: Colour, width: Pt) -> Stroke {
        Stroke {
            colour,
            width,
            dashed: false,
        }
    }

    pub fn dashed(colour: Colour, width: Pt) -> Stroke {
        Stroke {
            colour,
            width,
            dashed: true,
        }
    }
}

/// Vector graphics drawn under the text of a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        fill: Option<Colour>,
        stroke: Option<Stroke>,
    },
    Line {
        from: (Pt, Pt),
        to: (Pt, Pt),
        stroke: Stroke,
    },
    Circle {
        centre: (Pt, Pt),
        radius: Pt,
        fill: Option<Colour>,
        stroke: Option<Stroke>,
    },
}

/// One line of text on one baseline. `bounds` is the box the layout promised to
/// keep the text inside: the tests check every run against it.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    pub x: Pt,
    pub baseline: Pt,
    pub text: String,
    pub face: Face,
    pub size: Pt,
    pub colour: Colour,
    pub bounds: Rect,
}

/// One page: its size, the shapes (drawn first) and the text (drawn on top).
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub width: Pt,
    pub height: Pt,
    /// The running header's title for this page (the report it belongs to).
    pub header: String,
    pub shapes: Vec<Shape>,
    pub texts: Vec<TextRun>,
}

impl Page {
    pub fn new(width: Pt, height: Pt, header: &str) -> Page {
        Page {
            width,
            height,
            header: header.to_owned(),
            shapes: Vec::new(),
            texts: Vec::new(),
        }
    }

    pub fn is_landscape(&self) -> bool {
        self.width > self.height
    }

    pub fn rect(&mut self, rect: Rect, fill: Option<Colour>, stroke: Option<Stroke>) {
        self.shapes.push(Shape::Rect { rect, fill, stroke });
    }

    pub fn line(&mut self, from: (Pt, Pt), to: (Pt, Pt), stroke: Stroke) {
        self.shapes.push(Shape::Line { from, to, stroke });
    }
}

/// An entry of the PDF outline (bookmarks): level 0 is a report, 1 a section of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bookmark {
    pub title: String,
    /// Index of the page, from 0.
    pub page: usize,
    pub level: u8,
}

/// Every page of an export, and the outline that points into them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub pages: Vec<Page>,
    pub bookmarks: Vec<Bookmark>,
}

impl Layout {
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// All the text of the layout, page by page, a run a line (for tests and checks).
    pub fn text(&self) -> String {
        let mut out = String::new();
        for page in &self.pages {
            for run in &page.texts {
                out.push_str(&run.text);
                out.push('\n');
            }
        }
        out
    }
}
