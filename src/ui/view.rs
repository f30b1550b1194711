//! Which view of a session is shown: the tabs (`View`) and the parts of the PESTLE
//! view (`PestleTab`), with their titles. The app, the menus and the commands that
//! switch views name them.

use dacum_i18n::Catalogue;
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

    /// The tab's title in the catalogue's language.
    pub fn title(self, texts: &Catalogue) -> String {
        texts.tr(match self {
            View::Session => "view-session",
            View::Chart => "view-chart",
            View::Lists => "view-lists",
            View::Verification => "view-verification",
            View::Pestle => "view-pestle",
            View::Scenarios => "view-scenarios",
            View::Translate => "view-translate",
            View::Merge => "view-merge",
        })
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

    /// The part's title in the catalogue's language.
    pub fn title(self, texts: &Catalogue) -> String {
        texts.tr(match self {
            PestleTab::Drivers => "pestle-drivers",
            PestleTab::Votes => "pestle-votes",
            PestleTab::Matrix => "pestle-matrix",
            PestleTab::Axes => "pestle-axes",
        })
    }
}

/// The parts of the Verification view: the panel's own ratings, typed in one
/// rater at a time, and what the survey rounds say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VerificationTab {
    #[default]
    Panel,
    Survey,
}

impl VerificationTab {
    pub const ALL: [VerificationTab; 2] = [VerificationTab::Panel, VerificationTab::Survey];

    /// The part's title in the catalogue's language.
    pub fn title(self, texts: &Catalogue) -> String {
        texts.tr(match self {
            VerificationTab::Panel => "verify-tab-panel",
            VerificationTab::Survey => "verify-tab-survey",
        })
    }
}
