//! The texts of a session that can be translated, in chart order, and reading or
//! writing one of them by its [`TextSlot`].

use super::{AxisSide, TextSlot};
use crate::chart::{ListKind, duty_code, task_code};
use crate::session::Session;

/// What kind of text a slot holds, for progress counts ("57 of 74 tasks") and for
/// the Translate view's groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SlotKind {
    Duty,
    Task,
    ListItem(ListKind),
    Acronym,
    DriverTitle,
    DriverDescription,
    Pole,
    Rationale,
    ScenarioName,
    ScenarioNarrative,
}

/// One translatable text of a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    pub slot: TextSlot,
    pub kind: SlotKind,
    /// The DACUM code ("B", "B-3", "KS-2"), an acronym's term, or empty.
    pub code: String,
}

impl Session {
    /// Every translatable text that is not empty, in the order of the chart, the
    /// lists, the acronyms, the drivers, the axes and the scenarios.
    pub fn text_slots(&self) -> Vec<Slot> {
        let chart = &self.chart;
        let mut slots = Vec::new();
        let mut push = |slot: TextSlot, kind: SlotKind, code: String, text: &str| {
            if !text.trim().is_empty() {
                slots.push(Slot { slot, kind, code });
            }
        };
        for (d, duty) in chart.duties.iter().enumerate() {
            push(
                TextSlot::DutyTitle(duty.id),
                SlotKind::Duty,
                duty_code(d),
                &duty.title,
            );
            for (t, task) in duty.tasks.iter().enumerate() {
                let code = task_code(d, t);
                push(
                    TextSlot::TaskStatement(task.id),
                    SlotKind::Task,
                    code,
                    &task.statement,
                );
            }
        }
        for kind in ListKind::ALL {
            for (i, item) in chart.list(kind).iter().enumerate() {
                let code = match kind {
                    ListKind::KnowledgeSkills => crate::chart::knowledge_code(i),
                    _ => String::new(),
                };
                push(
                    TextSlot::ListItem(item.id),
                    SlotKind::ListItem(kind),
                    code,
                    &item.text,
                );
            }
        }
        for acronym in &chart.acronyms {
            let slot = TextSlot::AcronymMeaning(acronym.id);
            push(
                slot,
                SlotKind::Acronym,
                acronym.term.clone(),
                &acronym.meaning,
            );
        }
        for driver in &self.pestle.drivers {
            let code = driver.category.short().to_owned();
            push(
                TextSlot::DriverTitle(driver.id),
                SlotKind::DriverTitle,
                code.clone(),
                &driver.title,
            );
            let description = TextSlot::DriverDescription(driver.id);
            push(
                description,
                SlotKind::DriverDescription,
                code,
                &driver.description,
            );
        }
        for side in AxisSide::BOTH {
            if let Some(axis) = side.of(&self.pestle.axes) {
                push(
                    TextSlot::AxisLowPole(side),
                    SlotKind::Pole,
                    String::new(),
                    &axis.low_pole,
                );
                push(
                    TextSlot::AxisHighPole(side),
                    SlotKind::Pole,
                    String::new(),
                    &axis.high_pole,
                );
                let rationale = TextSlot::AxisRationale(side);
                push(
                    rationale,
                    SlotKind::Rationale,
                    String::new(),
                    &axis.rationale,
                );
            }
        }
        for scenario in &self.pestle.scenarios {
            let name = TextSlot::ScenarioName(scenario.id);
            push(name, SlotKind::ScenarioName, String::new(), &scenario.name);
            let narrative = TextSlot::ScenarioNarrative(scenario.id);
            push(
                narrative,
                SlotKind::ScenarioNarrative,
                String::new(),
                &scenario.narrative,
            );
        }
        slots
    }

    /// The working-language text of a slot; `None` when it names nothing here.
    pub fn source_text(&self, slot: TextSlot) -> Option<&str> {
        let chart = &self.chart;
        let pestle = &self.pestle;
        let text = match slot {
            TextSlot::DutyTitle(id) => &chart.duties.get(chart.find_duty(id)?)?.title,
            TextSlot::TaskStatement(id) => {
                let (d, t) = chart.find_task(id)?;
                &chart.duties.get(d)?.tasks.get(t)?.statement
            }
            TextSlot::ListItem(id) => {
                let (kind, i) = chart.find_list_item(id)?;
                &chart.list(kind).get(i)?.text
            }
            TextSlot::AcronymMeaning(id) => &chart.acronyms.iter().find(|a| a.id == id)?.meaning,
            TextSlot::DriverTitle(id) => &pestle.driver(id)?.title,
            TextSlot::DriverDescription(id) => &pestle.driver(id)?.description,
            TextSlot::ScenarioName(id) => &pestle.scenarios.iter().find(|s| s.id == id)?.name,
            TextSlot::ScenarioNarrative(id) => {
                &pestle.scenarios.iter().find(|s| s.id == id)?.narrative
            }
            TextSlot::AxisLowPole(side) => &side.of(&pestle.axes)?.low_pole,
            TextSlot::AxisHighPole(side) => &side.of(&pestle.axes)?.high_pole,
            TextSlot::AxisRationale(side) => &side.of(&pestle.axes)?.rationale,
        };
        Some(text)
    }

    /// The working-language text of a slot, to change (for a copy of the session
    /// shown in another language; edits of a document go through `apply`).
    pub(crate) fn source_text_mut(&mut self, slot: TextSlot) -> Option<&mut String> {
        let chart = &mut self.chart;
        let pestle = &mut self.pestle;
        let text = match slot {
            TextSlot::DutyTitle(id) => &mut chart.duties.iter_mut().find(|d| d.id == id)?.title,
            TextSlot::TaskStatement(id) => {
                let task = chart.duties.iter_mut().flat_map(|d| d.tasks.iter_mut());
                &mut task.into_iter().find(|t| t.id == id)?.statement
            }
            TextSlot::ListItem(id) => {
                let (kind, i) = chart.find_list_item(id)?;
                &mut chart.list_mut(kind).get_mut(i)?.text
            }
            TextSlot::AcronymMeaning(id) => {
                &mut chart.acronyms.iter_mut().find(|a| a.id == id)?.meaning
            }
            TextSlot::DriverTitle(id) => &mut pestle.drivers.iter_mut().find(|d| d.id == id)?.title,
            TextSlot::DriverDescription(id) => {
                &mut pestle.drivers.iter_mut().find(|d| d.id == id)?.description
            }
            TextSlot::ScenarioName(id) => {
                &mut pestle.scenarios.iter_mut().find(|s| s.id == id)?.name
            }
            TextSlot::ScenarioNarrative(id) => {
                &mut pestle.scenarios.iter_mut().find(|s| s.id == id)?.narrative
            }
            TextSlot::AxisLowPole(side) => &mut axis(&mut pestle.axes, side)?.low_pole,
            TextSlot::AxisHighPole(side) => &mut axis(&mut pestle.axes, side)?.high_pole,
            TextSlot::AxisRationale(side) => &mut axis(&mut pestle.axes, side)?.rationale,
        };
        Some(text)
    }
}

fn axis(axes: &mut crate::pestle::Axes, side: AxisSide) -> Option<&mut crate::pestle::Axis> {
    match side {
        AxisSide::Horizontal => axes.horizontal.as_mut(),
        AxisSide::Vertical => axes.vertical.as_mut(),
    }
}
