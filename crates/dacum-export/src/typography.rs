//! What page geometry and text measurement share: sizes in points and the faces
//! text is set in. A module of its own so that `page` (the laid-out data) and
//! `metrics` (the glyph advances) both build on it without needing each other.

/// A point size on the page.
pub type Pt = f32;

/// The two faces every report uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
}
