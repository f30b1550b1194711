//! The central panel: the tabs of the views, and the chosen view (`ui::view`)
//! drawn and what it asks for collected.

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
use crate::ui::survey_view::survey_view_ui;
use crate::ui::translate_view::translate_ui;
use crate::ui::verification_grid::verification_grid_ui;
use crate::ui::view::{PestleTab, VerificationTab, View};
use crate::ui::voting_grid::voting_grid_ui;

impl DacumApp {
    /// Draws the tabs and the chosen view; returns the commands it pushed.
    pub(super) fn central_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        // Every view's fields get a frame's keystrokes in the order they were typed.
        crate::ui::widgets::keystrokes::install(ui.ctx());
        let mut commands = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| {
            self.view_tabs_ui(ui);
            ui.separator();
            let session = self.document.session();
            match self.view {
                View::Session => {
                    session_editor_ui(ui, session, &mut self.session_editor, &mut commands);
                }
                View::Chart => {
                    let texts_in = self.texts_in.as_deref();
                    duty_board_ui(ui, session, texts_in, &mut self.board, &mut commands);
                }
                View::Lists => {
                    let texts_in = self.texts_in.as_deref();
                    supporting_lists_ui(ui, session, texts_in, &mut self.lists, &mut commands);
                }
                View::Verification => {
                    ui.horizontal(|ui| {
                        for tab in VerificationTab::ALL {
                            let title = tab.title(&self.catalogue);
                            if ui
                                .selectable_label(self.verification_tab == tab, title)
                                .clicked()
                            {
                                self.verification_tab = tab;
                            }
                        }
                    });
                    ui.separator();
                    let texts_in = self.texts_in.as_deref();
                    match self.verification_tab {
                        VerificationTab::Panel => {
                            verification_grid_ui(
                                ui,
                                session,
                                texts_in,
                                &mut self.grid,
                                &mut commands,
                            );
                        }
                        VerificationTab::Survey => {
                            let serial = self.document.state();
                            let survey = &mut self.survey;
                            survey_view_ui(ui, session, serial, texts_in, survey, &mut commands);
                        }
                    }
                }
                View::Pestle => {
                    ui.horizontal(|ui| {
                        for tab in PestleTab::ALL {
                            if ui
                                .selectable_label(
                                    self.pestle_tab == tab,
                                    tab.title(&self.catalogue),
                                )
                                .clicked()
                            {
                                self.pestle_tab = tab;
                            }
                        }
                    });
                    ui.separator();
                    match self.pestle_tab {
                        PestleTab::Drivers => {
                            let texts_in = self.texts_in.as_deref();
                            drivers_ui(ui, session, texts_in, &mut self.drivers, &mut commands);
                        }
                        PestleTab::Votes => {
                            let texts_in = self.texts_in.as_deref();
                            voting_grid_ui(ui, session, texts_in, &mut self.votes, &mut commands);
                        }
                        PestleTab::Matrix => {
                            let texts_in = self.texts_in.as_deref();
                            let matrix = &mut self.matrix;
                            driver_matrix_ui(ui, session, texts_in, matrix, &mut commands);
                        }
                        PestleTab::Axes => {
                            let texts_in = self.texts_in.as_deref();
                            axes_ui(ui, session, texts_in, &mut self.axes, &mut commands);
                        }
                    }
                }
                View::Scenarios => {
                    let texts_in = self.texts_in.as_deref();
                    scenarios_ui(ui, session, texts_in, &mut self.scenarios, &mut commands);
                }
                View::Translate => {
                    let serial = self.document.state();
                    translate_ui(ui, session, serial, &mut self.translate, &mut commands);
                }
                View::Merge => {
                    let review = self.merge_review.update(&self.document, &self.catalogue);
                    merge_view_ui(ui, review, &mut commands);
                }
            }
        });
        commands
    }

    fn view_tabs_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            for view in View::ALL {
                if ui
                    .selectable_label(self.view == view, view.title(&self.catalogue))
                    .clicked()
                {
                    self.view = view;
                }
            }
        });
    }
}
