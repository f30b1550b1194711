//! How the paper questionnaire looks, chosen for a page that is photocopied
//! in black and white, often more than once: text in black or the reports'
//! dark navy and never under 9 pt, no grey text, no shading, every box and
//! rule in black and thick enough to survive a copier. Nothing is told by
//! colour alone: a column is named in words, a scale point by its number.

use crate::flow::Style;
use crate::page::{Colour, Stroke};
use crate::typography::{Face, Pt};

/// The smallest text the questionnaire sets: its readers may have only a
/// third-generation copy in a dim room.
pub const MIN_TEXT: Pt = 9.0;

pub const TITLE: Style = Style::new(Face::Bold, 17.0, Colour::ACCENT);
pub const SUBTITLE: Style = Style::new(Face::Regular, 11.0, Colour::TEXT);
pub const HEADING: Style = Style::new(Face::Bold, 12.5, Colour::ACCENT);
pub const DUTY: Style = Style::new(Face::Bold, 11.0, Colour::ACCENT);
pub const BODY: Style = Style::new(Face::Regular, 10.0, Colour::TEXT);
pub const STRONG: Style = Style::new(Face::Bold, 10.0, Colour::TEXT);
pub const SMALL: Style = Style::new(Face::Regular, MIN_TEXT, Colour::TEXT);
pub const SMALL_STRONG: Style = Style::new(Face::Bold, MIN_TEXT, Colour::TEXT);

/// The side of a box to tick.
pub const TICK_BOX: Pt = 10.0;
/// The height of a box to write in (a code, a country, a number).
pub const WRITE_BOX: Pt = 22.0;

/// The outline of every box.
pub fn box_line() -> Stroke {
    Stroke::solid(Colour::BLACK, 0.9)
}

/// The rule between two rows of a table, and a line to write on.
pub fn rule() -> Stroke {
    Stroke::solid(Colour::BLACK, 0.6)
}

/// The rules that frame a table's header and separate its groups of boxes.
pub fn thick() -> Stroke {
    Stroke::solid(Colour::BLACK, 1.2)
}
