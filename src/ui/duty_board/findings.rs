//! The statement findings of every card, checked once per change of the chart rather
//! than once per frame: the board is redrawn on every mouse move, while the chart
//! changes only when someone types or moves a card.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use dacum_model::statement_rules::{Finding, RuleSet, check_chart};
use dacum_model::{Chart, Id};

#[derive(Default)]
pub(super) struct FindingsCache {
    /// A hash of what the checks read (every title and statement, with its place,
    /// and the language); `None` before the first check.
    key: Option<u64>,
    by_element: HashMap<Id, Vec<Finding>>,
}

impl FindingsCache {
    /// Rechecks the chart if it changed since the last call.
    pub(super) fn update(&mut self, chart: &Chart, rules: RuleSet) {
        let key = chart_key(chart, rules);
        if self.key == Some(key) {
            return;
        }
        self.by_element.clear();
        for placed in check_chart(chart, rules) {
            self.by_element
                .entry(placed.element)
                .or_default()
                .push(placed.finding);
        }
        self.key = Some(key);
    }

    /// The findings of one duty or task, in reading order.
    pub(super) fn of(&self, id: Id) -> &[Finding] {
        self.by_element.get(&id).map_or(&[], Vec::as_slice)
    }
}

/// Hashing the texts costs a few microseconds for a large chart; checking them costs
/// far more, so the hash decides whether to check again.
fn chart_key(chart: &Chart, rules: RuleSet) -> u64 {
    let mut hasher = DefaultHasher::new();
    rules.hash(&mut hasher);
    chart.duties.len().hash(&mut hasher);
    for duty in &chart.duties {
        duty.id.hash(&mut hasher);
        duty.title.hash(&mut hasher);
        duty.tasks.len().hash(&mut hasher);
        for task in &duty.tasks {
            task.id.hash(&mut hasher);
            task.statement.hash(&mut hasher);
        }
    }
    hasher.finish()
}
