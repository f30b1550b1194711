//! The views of a session — the tabs, the PESTLE view's parts — and the central
//! panel that draws the chosen one and collects what it asks for.

use serde::{Deserialize, Serialize};

use super::DacumApp;
use crate::ui::axes_panel::axes_ui;
use crate::ui::command::Command;
use crate::ui::driver_matrix::driver_matrix_ui;
use crate::ui::duty_board::duty_board_ui;
use crate::ui::merge_view::merge_view_ui;
use crate::ui::pestle_drivers::drivers_ui;
use crate::ui::scenario_matrix::scenarios_ui;
use crate::ui::session_editor::session_editor_ui;
use crate::ui::supporting_lists::supporting_lists_ui;
use crate::ui::verification_grid::verification_grid_ui;
use crate::ui::voting_grid::voting_grid_ui;

/// The views of a session, in the order of the tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Session,
    Chart,
    Lists,
    Verification,
    Pestle,
    Scenarios,
    /// Proposed duplicates and conflicts of a merged session.
    Merge,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Session,
        View::Chart,
        View::Lists,
        View::Verification,
        View::Pestle,
        View::Scenarios,
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

impl DacumApp {
    /// Draws the tabs and the chosen view; returns the commands it pushed, and
    /// whether it asked to merge sessions (the Merge tab of an unmerged session).
    pub(super) fn central_ui(&mut self, ui: &mut egui::Ui) -> (Vec<Command>, bool) {
        // Every view's fields get a frame's keystrokes in the order they were typed.
        crate::ui::widgets::keystrokes::install(ui.ctx());
        let mut commands = Vec::new();
        let mut merge_asked = false;
        egui::CentralPanel::default().show(ui, |ui| {
            self.view_tabs_ui(ui);
            ui.separator();
            let session = self.document.session();
            match self.view {
                View::Session => {
                    session_editor_ui(ui, session, &mut self.session_editor, &mut commands);
                }
                View::Chart => duty_board_ui(ui, session, &mut self.board, &mut commands),
                View::Lists => supporting_lists_ui(ui, session, &mut self.lists, &mut commands),
                View::Verification => {
                    verification_grid_ui(ui, session, &mut self.grid, &mut commands);
                }
                View::Pestle => {
                    ui.horizontal(|ui| {
                        for tab in PestleTab::ALL {
                            if ui
                                .selectable_label(self.pestle_tab == tab, tab.title())
                                .clicked()
                            {
                                self.pestle_tab = tab;
                            }
                        }
                    });
                    ui.separator();
                    match self.pestle_tab {
                        PestleTab::Drivers => {
                            drivers_ui(ui, session, &mut self.drivers, &mut commands);
                        }
                        PestleTab::Votes => {
                            voting_grid_ui(ui, session, &mut self.votes, &mut commands);
                        }
                        PestleTab::Matrix => {
                            driver_matrix_ui(ui, session, &mut self.matrix, &mut commands);
                        }
                        PestleTab::Axes => axes_ui(ui, session, &mut self.axes, &mut commands),
                    }
                }
                View::Scenarios => scenarios_ui(ui, session, &mut self.scenarios, &mut commands),
                View::Merge => {
                    let review = self.merge_review.update(&self.document);
                    merge_asked = merge_view_ui(ui, review, &mut commands);
                }
            }
        });
        (commands, merge_asked)
    }

    fn view_tabs_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            for view in View::ALL {
                if ui
                    .selectable_label(self.view == view, view.title())
                    .clicked()
                {
                    self.view = view;
                }
            }
        });
    }
}
