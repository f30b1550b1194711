//! Which view of a session is shown: the tabs (`View`) and the parts of the PESTLE
//! view (`PestleTab`), with their titles. The app, the menus and the commands that
//! switch views name them.

use serde::{Deserialize, Serialize};

/// The views of a session, in the order of the tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Session,
    Chart,
    Lists,
    Verification,
    Pestle,
    Scenarios,
    /// The texts beside their translations into another language.
    Translate,
    /// Proposed duplicates and conflicts of a merged session.
    Merge,
}

impl View {
    pub const ALL: [View; 8] = [
        View::Session,
        View::Chart,
        View::Lists,
        View::Verification,
        View::Pestle,
        View::Scenarios,
        View::Translate,
        View::Merge,
    ];

    pub fn title(self) -> &'static str {
        match self {
            View::Session => "Session",
            View::Chart => "DACUM chart",
            View::Lists => "Supporting lists",
            View::Verification => "Verification",
            View::Pestle => "PESTLE",
            View::Scenarios => "Scenarios",
            View::Translate => "Translate",
            View::Merge => "Merge",
        }
    }
}

/// The parts of the PESTLE view, in workshop order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PestleTab {
    Drivers,
    Votes,
    Matrix,
    Axes,
}

impl PestleTab {
    pub const ALL: [PestleTab; 4] = [
        PestleTab::Drivers,
        PestleTab::Votes,
        PestleTab::Matrix,
        PestleTab::Axes,
    ];

    pub fn title(self) -> &'static str {
        match self {
            PestleTab::Drivers => "Drivers",
            PestleTab::Votes => "Votes",
            PestleTab::Matrix => "Uncertainty–impact matrix",
            PestleTab::Axes => "Axes of uncertainty",
        }
    }
}
