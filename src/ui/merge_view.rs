//! The Merge tab: what a coordinator decides after merging partner sessions. A
//! summary of the sources with all their details, the proposed duplicates to
//! accept or reject, the conflicts to resolve by choosing a value, the decisions
//! taken (to reopen), and the other wordings the merge kept on record.
//! Every decision is an `Edit` pushed as a `Command`, so Ctrl+Z takes it back.
//!
//! What the tab shows is worked out once per document state and interface
//! language ([`MergeReview`]): finding the proposed duplicates is far too slow
//! to redo on every frame, and so is wording hundreds of fields and elements.
//! The model names them as messages (`Field::label`, `describe`,
//! `describe_value`), worded here in the interface language. `proposals`,
//! `conflicts`, `decisions` and `variants` draw the lists.

mod conflicts;
mod decisions;
mod proposals;
#[cfg(test)]
pub(in crate::ui) mod tests;
mod variants;

use super::language::{Tr, catalogue};
use std::collections::{BTreeMap, BTreeSet};

use egui::RichText;

use super::command::Command;
use super::ui_command::UiCommand;
use dacum_i18n::{Catalogue, Language};
use dacum_model::merge::{Kind, Places};
use dacum_model::provenance::Provenance;
use dacum_model::{Document, Field, Id, Session, Value};

/// One source session in the summary: every detail it had.
struct SourceRow {
    country: String,
    title: String,
    organisation: String,
    sponsor: String,
    venue: String,
    language: String,
    /// "2025-03-10 – 2025-03-14", blank when the source had no dates.
    dates: String,
    notes: String,
    /// How many of the chart's tasks it holds.
    tasks: usize,
}

/// One side of a proposed duplicate.
struct Side {
    /// Where it is: a task code, a duty code, a list or a driver category.
    place: String,
    text: String,
    sources: String,
}

struct ProposalRow {
    keep: Id,
    absorb: Id,
    kind: Kind,
    similarity: f64,
    keep_side: Side,
    absorb_side: Side,
}

/// A value the coordinator can choose for a field in conflict.
struct Choice {
    value: Value,
    label: String,
    sources: String,
    kept: bool,
}

/// A field of an element that a conflict or a decision is about.
struct FieldOf {
    element: Id,
    field: Field,
    /// The field's name ("task statement").
    name: String,
    /// The element in words ("task B-2 \"Escort prisoners to court\"").
    what: String,
    /// Whether "Show" can take the user to the element (not for the session's own
    /// fields).
    revealable: bool,
}

impl FieldOf {
    /// `places` finds the element without searching the whole session.
    fn new(
        texts: &Catalogue,
        places: &Places,
        session: &Session,
        element: Id,
        field: Field,
    ) -> Self {
        FieldOf {
            element,
            field,
            name: texts.text(&field.label()),
            what: texts.text(&places.describe(element)),
            revealable: element != session.id,
        }
    }

    /// "Task statement of task H-5 …", the element a link to where it is.
    fn heading_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal_wrapped(|ui| {
            let label = &self.name;
            let mut heading = String::with_capacity(label.len());
            let mut chars = label.chars();
            if let Some(first) = chars.next() {
                heading.extend(first.to_uppercase());
                heading.push_str(chars.as_str());
            }
            ui.label(RichText::new(heading).strong());
            ui.label(ui.tr("merge-of"));
            if self.revealable {
                let link = ui.link(&self.what).on_hover_text(ui.tr("merge-show-it"));
                if link.clicked() {
                    commands.push(Command::Reveal(self.element));
                }
            } else {
                ui.label(&self.what);
            }
        });
    }
}

struct ConflictRow {
    of: FieldOf,
    /// The kept value first, then the alternatives.
    choices: Vec<Choice>,
}

struct DecisionRow {
    of: FieldOf,
    /// The value the session holds.
    kept: String,
    /// Each value set aside, with the partners who wrote it.
    set_aside: Vec<(String, String)>,
}

struct VariantRow {
    of: FieldOf,
    /// Each value of the field (blank when it holds no such value now) with its
    /// other wordings and the partners who wrote them.
    groups: Vec<(String, Vec<(String, String)>)>,
}

/// The merge tab's content for one document state, in one language.
#[derive(Default)]
pub struct MergeReview {
    state: Option<(u64, Language)>,
    merged: bool,
    sources: Vec<SourceRow>,
    tasks: usize,
    tasks_shared_by_all: usize,
    merged_elements: usize,
    proposals: Vec<ProposalRow>,
    conflicts: Vec<ConflictRow>,
    decisions: Vec<DecisionRow>,
    variants: Vec<VariantRow>,
}

impl MergeReview {
    /// Works the content out again if the document or the interface language
    /// changed since the last call.
    pub fn update(&mut self, document: &Document, texts: &Catalogue) -> &Self {
        let key = (document.state(), texts.language());
        if self.state != Some(key) {
            *self = MergeReview::of(document.session(), texts);
            self.state = Some(key);
        }
        self
    }

    /// Forgets the cache (a different document was opened).
    pub fn reset(&mut self) {
        self.state = None;
    }

    fn of(session: &Session, texts: &Catalogue) -> Self {
        let provenance = &session.provenance;
        if provenance.is_empty() {
            return MergeReview::default();
        }
        let chart = &session.chart;
        let mut held: BTreeMap<Id, usize> = BTreeMap::new();
        let mut shared_by_all = 0;
        for (_, _, task) in chart.tasks() {
            if let Some(sources) = provenance.elements.get(&task.id) {
                for source in sources {
                    *held.entry(*source).or_default() += 1;
                }
            }
            let (k, n) = provenance.shared_by(task.id);
            if n > 0 && k == n {
                shared_by_all += 1;
            }
        }
        let mut sources: Vec<SourceRow> = provenance
            .sources
            .iter()
            .map(|s| SourceRow {
                country: s.country.clone(),
                title: s.title.clone(),
                organisation: s.organisation.clone(),
                sponsor: s.sponsor.clone(),
                venue: s.venue.clone(),
                language: s.language.clone(),
                dates: dates(s.start, s.end),
                notes: s.notes.clone(),
                tasks: held.get(&s.id).copied().unwrap_or(0),
            })
            .collect();
        // The file keeps them by session id; people look for a country.
        sources.sort_by(|a, b| (&a.country, &a.title).cmp(&(&b.country, &b.title)));
        MergeReview {
            state: None,
            merged: true,
            sources,
            tasks: chart.task_count(),
            tasks_shared_by_all: shared_by_all,
            merged_elements: provenance.merged.len(),
            proposals: proposals::rows(session, texts),
            conflicts: conflicts::rows(session, texts),
            decisions: decisions::rows(session, texts),
            variants: variants::rows(session, texts),
        }
    }
}

/// The sources in a set, by country (or title where a source has no country),
/// sorted, without repeats: "CZ, DE, RO". `note` names a value from outside the
/// sources (a git branch).
fn source_names(
    texts: &Catalogue,
    provenance: &Provenance,
    ids: &BTreeSet<Id>,
    note: &str,
) -> String {
    let mut names: Vec<&str> = provenance
        .sources
        .iter()
        .filter(|s| ids.contains(&s.id))
        .map(|s| {
            if s.country.is_empty() {
                s.title.as_str()
            } else {
                s.country.as_str()
            }
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    match (names.is_empty(), note.is_empty()) {
        (true, true) => texts.tr("merge-no-source"),
        (true, false) => note.to_owned(),
        (false, _) => names.join(", "),
    }
}

/// The words around one of the tab's lists of cards, as message ids.
struct CardList {
    /// "Conflicts ({ $count })": the heading with the count.
    heading: &'static str,
    /// What an empty list means.
    empty: &'static str,
    /// What the cards are and what clicking does.
    explanation: &'static str,
}

impl CardList {
    /// The heading with the count, then the explanation and a framed card per
    /// row, or what an empty list means.
    fn show<R>(&self, ui: &mut egui::Ui, rows: &[R], mut card: impl FnMut(&mut egui::Ui, &R)) {
        ui.heading(ui.tr_args(self.heading, &[("count", rows.len().into())]));
        if rows.is_empty() {
            ui.label(ui.tr(self.empty));
            return;
        }
        ui.label(ui.tr(self.explanation));
        ui.add_space(4.0);
        for row in rows {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                card(ui, row);
            });
            ui.add_space(4.0);
        }
    }
}

/// A value as the user reads it: text as it is, everything else in words.
fn value_label(texts: &Catalogue, session: &Session, value: &Value) -> String {
    match value {
        Value::Text(text) if text.trim().is_empty() => texts.tr("merge-blank"),
        Value::Text(text) => text.clone(),
        other => texts.text(&dacum_model::merge::describe_value(session, other)),
    }
}

/// Draws the tab (for a session that was never merged, an explanation with a
/// button that asks to merge sessions).
pub fn merge_view_ui(ui: &mut egui::Ui, review: &MergeReview, commands: &mut Vec<Command>) {
    if !review.merged {
        not_merged_ui(ui, commands);
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("merge-view")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Long lines are hard to read on a wide screen.
            ui.set_max_width(ui.available_width().min(1100.0));
            summary_ui(ui, review);
            ui.add_space(12.0);
            proposals::list_ui(ui, &review.proposals, commands);
            ui.add_space(12.0);
            conflicts::list_ui(ui, &review.conflicts, commands);
            ui.add_space(12.0);
            decisions::list_ui(ui, &review.decisions, commands);
            ui.add_space(12.0);
            variants::list_ui(ui, &review.variants, commands);
        });
}

/// A source's dates as the reports print them ("" for none).
fn dates(start: Option<jiff::civil::Date>, end: Option<jiff::civil::Date>) -> String {
    match (start, end) {
        (Some(start), Some(end)) if start != end => format!("{start} – {end}"),
        (Some(day), _) | (None, Some(day)) => day.to_string(),
        (None, None) => String::new(),
    }
}

/// "RO (Romanian workshop)", or the title alone for a source without a country.
fn source_label(source: &SourceRow) -> String {
    match source.country.as_str() {
        "" => source.title.clone(),
        country => format!("{country} ({})", source.title),
    }
}

fn not_merged_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.add_space(12.0);
    ui.heading(ui.tr("merge-nothing"));
    ui.label(ui.tr("merge-nothing-text"));
    ui.add_space(8.0);
    let merge = UiCommand::MergeSessions;
    if ui.button(merge.text(&catalogue(ui.ctx()))).clicked() {
        commands.push(merge.into());
    }
}

fn summary_ui(ui: &mut egui::Ui, review: &MergeReview) {
    let texts = catalogue(ui.ctx());
    ui.heading(texts.tr_args(
        "merge-consolidated",
        &[("count", review.sources.len().into())],
    ));
    egui::Grid::new("merge-sources")
        .striped(true)
        .num_columns(8)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for heading in [
                "session-country",
                "view-session",
                "session-organisation",
                "session-sponsor",
                "session-venue",
                "merge-dates",
                "session-language",
                "merge-tasks-held",
            ] {
                ui.strong(texts.tr(heading));
            }
            ui.end_row();
            for source in &review.sources {
                for text in [
                    &source.country,
                    &source.title,
                    &source.organisation,
                    &source.sponsor,
                    &source.venue,
                    &source.dates,
                    &source.language,
                ] {
                    ui.label(text);
                }
                ui.label(texts.tr_args(
                    "merge-tasks-of",
                    &[
                        ("held", source.tasks.into()),
                        ("count", review.tasks.into()),
                    ],
                ));
                ui.end_row();
            }
        });
    // Notes are free text, often several lines: under the table, not in it.
    for source in review.sources.iter().filter(|s| !s.notes.trim().is_empty()) {
        ui.horizontal_wrapped(|ui| {
            let notes = texts.tr_args("merge-notes-of", &[("source", source_label(source).into())]);
            ui.label(RichText::new(notes).weak());
            ui.label(&source.notes);
        });
    }
    ui.add_space(6.0);
    ui.label(
        [
            texts.tr_args(
                "merge-shared-by-all",
                &[
                    ("shared", review.tasks_shared_by_all.into()),
                    ("count", review.tasks.into()),
                ],
            ),
            texts.tr_args(
                "merge-merged-elements",
                &[("count", review.merged_elements.into())],
            ),
            texts.tr_args(
                "merge-proposed",
                &[("count", review.proposals.len().into())],
            ),
            texts.tr_args(
                "merge-to-resolve",
                &[("count", review.conflicts.len().into())],
            ),
        ]
        .join(" · "),
    );
    ui.label(RichText::new(texts.tr("merge-undo-note")).weak());
}
