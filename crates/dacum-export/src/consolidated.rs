//! What a consolidated (merged) session adds to the chart and the profile: for each
//! task, how many of the merged sessions hold it and which ("7 of 9 · CZ DE RO"),
//! a table of the merged sessions with their labels, and a summary of how widely
//! the tasks are shared. A session that was never merged gets none of it.

use super::flow::{Align, Flow, Style};
use super::table::{Cell, Column, Table};
use super::title_block::date_range;
use dacum_i18n::Catalogue;
use dacum_model::{Field, Id, Provenance, Session};

/// The merged sessions of a consolidated session and their short labels.
pub struct Sharing<'s> {
    provenance: &'s Provenance,
    /// One per source, in `provenance.sources` order.
    labels: Vec<String>,
}

impl<'s> Sharing<'s> {
    /// `None` for a session that was never merged.
    pub fn of(session: &'s Session) -> Option<Sharing<'s>> {
        let provenance = &session.provenance;
        if provenance.sources.is_empty() {
            return None;
        }
        Some(Sharing {
            provenance,
            labels: provenance.source_labels(),
        })
    }

    /// How many sessions were merged.
    pub fn sources(&self) -> usize {
        self.labels.len()
    }

    /// "7 of 9 · CZ DE RO", "all 9", or "added after the merge" for a task no
    /// source holds (the coordinator wrote it into the consolidated session);
    /// followed by "· 2 other wordings" while the sessions' wordings of the
    /// statement are still to be settled.
    pub fn describe(&self, tr: &Catalogue, task: Id) -> String {
        let (k, n) = self.provenance.shared_by(task);
        let mut text = if k == 0 {
            tr.tr("report-shared-added")
        } else if k == n {
            tr.tr_args("report-shared-all", &[("count", n.into())])
        } else {
            let labels = self.provenance.labels_of(task, &self.labels);
            let held = tr.tr_args(
                "report-shared-some",
                &[("held", k.into()), ("count", n.into())],
            );
            format!("{held} · {}", labels.join(" "))
        };
        if let Some(conflict) = self.provenance.conflict(task, Field::TaskStatement) {
            let others = conflict.alternatives.len();
            text.push_str(" · ");
            text.push_str(&tr.tr_args("report-shared-other-wordings", &[("count", others.into())]));
        }
        text
    }

    /// How many sources hold an element.
    fn count(&self, element: Id) -> usize {
        self.provenance.shared_by(element).0
    }

    /// The key printed near the top of a report.
    /// `place` is where the report prints the sharing: `chart` (the foot of
    /// each task box) or `profile` (the column "Shared by").
    pub fn key(&self, tr: &Catalogue, place: &str) -> String {
        let mut labels = self.labels.clone();
        labels.sort();
        tr.tr_args(
            "report-sharing-key",
            &[
                ("count", self.sources().into()),
                ("labels", labels.join(", ").into()),
                ("place", place.into()),
            ],
        )
    }

    /// The "Merged sessions" section: one row per source with what it contributed,
    /// then how widely the tasks are shared and how many conflicts are open.
    pub fn section(&self, flow: &mut Flow, session: &Session) {
        let tr = flow.tr;
        flow.gap(10.0);
        let heading = tr.tr("report-merged-sessions");
        flow.bookmark(&heading, 1);
        flow.heading(&heading, Style::H1, 60.0);
        let tasks: Vec<Id> = session
            .chart
            .duties
            .iter()
            .flat_map(|d| d.tasks.iter().map(|t| t.id))
            .collect();
        flow.paragraph(&self.summary(tr, &tasks, session), Style::BODY);
        flow.y += 4.0;
        let columns = [
            Column::new(tr.tr("report-column-label"), 0.9, Align::Left),
            Column::new(tr.tr("report-column-workshop"), 5.3, Align::Left),
            Column::new(tr.tr("report-column-language"), 1.0, Align::Left),
            Column::new(tr.tr("report-column-dates"), 2.2, Align::Left),
            Column::new(tr.tr("report-column-tasks"), 0.8, Align::Right),
        ];
        let mut rows: Vec<(String, Vec<Cell>)> = self
            .provenance
            .sources
            .iter()
            .zip(&self.labels)
            .map(|(source, label)| {
                let held = tasks
                    .iter()
                    .filter(|&&t| {
                        self.provenance
                            .elements
                            .get(&t)
                            .is_some_and(|s| s.contains(&source.id))
                    })
                    .count();
                let cells = vec![
                    Cell::new(label.clone(), Style::STRONG),
                    Cell::new(source.title.clone(), Style::BODY),
                    Cell::new(source.language.clone(), Style::BODY),
                    Cell::new(date_range(tr, source.start, source.end), Style::BODY),
                    Cell::new(held.to_string(), Style::BODY),
                ];
                (label.clone(), cells)
            })
            .collect();
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        let cells: Vec<Vec<Cell>> = rows.into_iter().map(|(_, cells)| cells).collect();
        let table = Table {
            columns: &columns,
            show_header: true,
            zebra: true,
        };
        table.draw(flow, &cells);
        self.details(flow);
        self.other_wordings(flow, session);
    }

    /// The labels of a set of sources, sorted: "CZ RO".
    fn labels_in(&self, ids: &std::collections::BTreeSet<Id>) -> String {
        let mut held: Vec<&str> = self
            .provenance
            .sources
            .iter()
            .zip(&self.labels)
            .filter(|(source, _)| ids.contains(&source.id))
            .map(|(_, label)| label.as_str())
            .collect();
        held.sort_unstable();
        held.join(" ")
    }

    /// Wordings the sessions spelt differently but that are the same after
    /// normalisation: the reports print the plainest, and list the others here
    /// with the sessions that wrote them.
    fn other_wordings(&self, flow: &mut Flow, session: &Session) {
        let records = &self.provenance.variants;
        if records.is_empty() {
            return;
        }
        flow.gap(6.0);
        let tr = flow.tr;
        flow.heading(&tr.tr("report-also-written-as"), Style::H2, 40.0);
        let places = dacum_model::merge::Places::of(session);
        for record in records {
            let wordings: Vec<String> = record
                .variants
                .iter()
                .map(|v| {
                    let who = self.labels_in(&v.sources);
                    let value = match &v.value {
                        dacum_model::Value::Text(text) => format!("“{text}”"),
                        other => tr.text(&other.words()),
                    };
                    if who.is_empty() {
                        value
                    } else {
                        format!("{value} ({who})")
                    }
                })
                .collect();
            let what = tr.text(&places.describe(record.element));
            let line = tr.tr_args(
                "report-also-written-as-line",
                &[
                    ("field", capitalised(&tr.text(&record.field.label())).into()),
                    ("element", what.into()),
                    ("wordings", join(tr, &wordings).into()),
                ],
            );
            flow.paragraph(&line, Style::BODY);
        }
    }

    /// What else each merged session recorded about itself (organisation,
    /// sponsor, venue, notes), by label, under the table: free text of any
    /// length does not fit a table cell.
    fn details(&self, flow: &mut Flow) {
        let mut lines: Vec<(&String, String)> = self
            .provenance
            .sources
            .iter()
            .zip(&self.labels)
            .filter_map(|(source, label)| {
                let details = source.details();
                (!details.is_empty()).then(|| (label, format!("{label}: {details}")))
            })
            .collect();
        lines.sort();
        if lines.is_empty() {
            return;
        }
        flow.y += 6.0;
        for (_, line) in lines {
            flow.paragraph(&line, Style::BODY);
        }
    }

    /// "Tasks: 240. In all 9 sessions: 180; in more than half of them: 40 …".
    fn summary(&self, tr: &Catalogue, tasks: &[Id], session: &Session) -> String {
        let n = self.sources();
        let mut all = 0;
        let mut most = 0;
        let mut some = 0;
        let mut one = 0;
        let mut added = 0;
        for &task in tasks {
            match self.count(task) {
                0 => added += 1,
                k if k == n => all += 1,
                1 => one += 1,
                k if 2 * k > n => most += 1,
                _ => some += 1,
            }
        }
        let mut parts = vec![tr.tr_args(
            "report-summary-all",
            &[("count", all.into()), ("sessions", n.into())],
        )];
        for (count, place) in [
            (most, "most"),
            (some, "some"),
            (one, "single"),
            (added, "added"),
        ] {
            if count > 0 {
                parts.push(tr.tr_args(
                    "report-summary-part",
                    &[("count", count.into()), ("place", place.into())],
                ));
            }
        }
        let mut text = tr.tr_args(
            "report-summary",
            &[
                ("tasks", tasks.len().into()),
                ("parts", parts.join("; ").into()),
            ],
        );
        let open = session.provenance.conflicts.len();
        if open > 0 {
            text.push(' ');
            text.push_str(&tr.tr_args("report-summary-open", &[("count", open.into())]));
        }
        text
    }
}

/// "Task statement" for "task statement".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "a, b and c", with the report language's "and".
fn join(tr: &Catalogue, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr.tr_args(
            "report-and",
            &[
                ("first", rest.join(", ").into()),
                ("last", last.as_str().into()),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_i18n::Language;
    use dacum_model::merge;
    use dacum_model::{Duty, Task};

    fn partner(country: &str, statements: &[&str]) -> Session {
        let mut session = Session::default();
        session.meta.country = country.to_owned();
        session.meta.title = format!("DACUM workshop {country}");
        let mut duty = Duty::new("Maintain security");
        duty.tasks = statements.iter().map(|s| Task::new(s)).collect();
        session.chart.duties.push(duty);
        session
    }

    fn task_id(session: &Session, statement: &str) -> Id {
        let task = session
            .chart
            .duties
            .iter()
            .flat_map(|d| &d.tasks)
            .find(|t| t.statement == statement);
        task.map_or_else(Id::new, |t| t.id)
    }

    #[test]
    fn a_task_says_how_many_sessions_hold_it_and_which() {
        let merged = merge::merge(&[
            partner("RO", &["Conduct cell searches", "Patrol the fence"]),
            partner("CZ", &["Conduct cell searches", "Escort prisoners"]),
            partner("LT", &["Conduct cell searches", "Patrol the fence"]),
        ])
        .session;
        let mut reworded = merged.clone();
        let fence = task_id(&merged, "Patrol the fence");
        reworded.provenance.conflicts.push(dacum_model::Conflict {
            element: fence,
            field: Field::TaskStatement,
            alternatives: vec![dacum_model::Alternative {
                value: dacum_model::Value::Text("Patrol the wall".to_owned()),
                sources: std::collections::BTreeSet::default(),
                note: String::new(),
            }],
        });
        assert_eq!(
            Sharing::of(&reworded)
                .map(|s| s.describe(&english(), fence))
                .as_deref(),
            Some("2 of 3 · LT RO · 1 other wording")
        );
        let czech = Catalogue::new(Language::Czech);
        assert_eq!(
            Sharing::of(&reworded)
                .map(|s| s.describe(&czech, fence))
                .as_deref(),
            Some("2 z 3 · LT RO · 1 jiné znění")
        );
        let sharing = Sharing::of(&merged).map(|s| {
            (
                s.describe(&english(), task_id(&merged, "Conduct cell searches")),
                s.describe(&english(), task_id(&merged, "Patrol the fence")),
                s.describe(&english(), task_id(&merged, "Escort prisoners")),
                s.describe(&english(), Id::new()),
            )
        });
        assert_eq!(
            sharing,
            Some((
                "all 3".to_owned(),
                "2 of 3 · LT RO".to_owned(),
                "1 of 3 · CZ".to_owned(),
                "added after the merge".to_owned(),
            ))
        );
    }

    #[test]
    fn the_summary_counts_tasks_by_how_widely_they_are_shared() {
        let merged = merge::merge(&[
            partner("RO", &["Conduct cell searches", "Patrol the fence"]),
            partner("CZ", &["Conduct cell searches", "Escort prisoners"]),
            partner("LT", &["Conduct cell searches", "Patrol the fence"]),
        ])
        .session;
        let tasks: Vec<Id> = merged.chart.duties[0].tasks.iter().map(|t| t.id).collect();
        let summary = Sharing::of(&merged).map(|s| s.summary(&english(), &tasks, &merged));
        assert_eq!(
            summary.as_deref(),
            Some(
                "Of the 3 tasks: 1 in all 3 sessions; 1 in more than half of them; 1 in one \
                 session only."
            )
        );
    }

    #[test]
    fn merged_sessions_lists_every_detail_of_every_source() {
        let mut ro = partner("RO", &["Conduct cell searches"]);
        ro.meta.organisation = "Administrația Națională a Penitenciarelor".to_owned();
        ro.meta.sponsor = "Erasmus+ KA2".to_owned();
        ro.meta.venue = "Penitenciarul Rahova, București".to_owned();
        ro.meta.notes = "Day two moved to the training centre.".to_owned();
        let mut cz = partner("CZ", &["Conduct cell searches"]);
        cz.meta.venue = "Vězeňská služba, Praha".to_owned();
        let merged = merge::merge(&[ro, cz]).session;
        let text = report_words(&merged);
        for expected in [
            "CZ: Venue: Vězeňská služba, Praha",
            "RO: Organisation: Administrația Națională a Penitenciarelor · Sponsor: Erasmus+ \
             KA2 · Venue: Penitenciarul Rahova, București · Notes: Day two moved to the \
             training centre.",
        ] {
            assert!(text.contains(expected), "{expected:?} in {text:?}");
        }
    }

    fn english() -> Catalogue {
        Catalogue::new(Language::English)
    }

    /// The laid-out reports' text with white space folded to single spaces.
    fn report_words(session: &Session) -> String {
        let options = crate::ExportOptions::default();
        crate::lay_out(session, &options)
            .map(|layout| {
                layout
                    .text()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    }

    #[test]
    fn merged_sessions_lists_the_other_wordings_with_who_wrote_them() {
        let merged = merge::merge(&[
            partner("RO", &["Efectuează percheziții", "Patrol the fence"]),
            partner("CZ", &["EFECTUEAZA PERCHEZITII", "Patrol the fence"]),
            partner("LT", &["Efectueaza perchezitii", "Patrol the fence"]),
        ])
        .session;
        let text = report_words(&merged);
        let expected = "Task statement of task A-1 \"Efectuează percheziții\": also written as \
                        “EFECTUEAZA PERCHEZITII” (CZ) and “Efectueaza perchezitii” (LT).";
        assert!(text.contains("Also written as"), "{text:?}");
        assert!(text.contains(expected), "{expected:?} in {text:?}");
    }

    #[test]
    fn a_session_never_merged_has_no_sharing() {
        assert!(Sharing::of(&partner("RO", &["Conduct cell searches"])).is_none());
    }
}
