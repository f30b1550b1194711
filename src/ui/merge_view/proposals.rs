//! The proposed duplicates: two statements from different partners that are
//! nearly the same, side by side. Accept merges the second into the first (one
//! element, shared by both partners; the other wording stays as an alternative);
//! Reject records that they differ, so they are not proposed again.

use egui::RichText;

use super::{CardList, ProposalRow, Side, source_names};
use crate::ui::command::Command;
use dacum_model::merge::{Kind, Places, proposals};
use dacum_model::{Edit, Id, Session, duty_code, task_code};

/// The proposals of a session with the words to show them.
pub(super) fn rows(session: &Session) -> Vec<ProposalRow> {
    let places = Places::of(session);
    proposals(session)
        .into_iter()
        .map(|p| ProposalRow {
            keep: p.keep,
            absorb: p.absorb,
            kind: p.kind,
            similarity: p.similarity,
            keep_side: side(&places, session, p.kind, p.keep, p.keep_text),
            absorb_side: side(&places, session, p.kind, p.absorb, p.absorb_text),
        })
        .collect()
}

fn side(places: &Places, session: &Session, kind: Kind, id: Id, text: String) -> Side {
    let place = match kind {
        Kind::Task => places
            .task(id)
            .map(|(d, t)| format!("task {}", task_code(d, t))),
        Kind::Duty => places.duty(id).map(|d| format!("duty {}", duty_code(d))),
        Kind::ListItem => places
            .list_item(id)
            .map(|(list, _)| list.title().to_owned()),
        Kind::Driver => session
            .pestle
            .driver(id)
            .map(|d| format!("{} driver", d.category.name())),
        other => Some(other.label().to_owned()),
    };
    let empty = std::collections::BTreeSet::default();
    let provenance = &session.provenance;
    Side {
        place: place.unwrap_or_default(),
        text,
        sources: source_names(
            provenance,
            provenance.elements.get(&id).unwrap_or(&empty),
            "",
        ),
    }
}

pub(super) fn list_ui(ui: &mut egui::Ui, rows: &[ProposalRow], commands: &mut Vec<Command>) {
    let texts = CardList {
        heading: "Proposed duplicates",
        empty: "No proposed duplicates are waiting: no two partners' wordings are near \
                enough to ask, or every pair was accepted or rejected.",
        explanation: "Partners wrote these nearly the same. Accept makes them one element held by \
                      both partners (the right-hand wording is kept as an alternative below, so \
                      nothing is lost); Reject marks them as different, and they are not \
                      proposed again.",
    };
    texts.show(ui, rows, |ui, row| row_ui(ui, row, commands));
}

fn row_ui(ui: &mut egui::Ui, row: &ProposalRow, commands: &mut Vec<Command>) {
    let kind = row.kind.label();
    ui.label(
        RichText::new(format!(
            "Two {kind}s, {:.0} % alike",
            (row.similarity * 100.0).floor()
        ))
        .strong(),
    )
    .on_hover_text(
        "How many words the two have in common, counting inflected forms (search, \
         searches) and one typing slip as the same word",
    );
    ui.columns(2, |columns| {
        side_ui(&mut columns[0], "Keep", &row.keep_side);
        side_ui(&mut columns[1], "Merge into it", &row.absorb_side);
    });
    ui.horizontal(|ui| {
        // Screen readers hear which pair each button is for.
        let (keep, absorb) = (&row.keep_side.place, &row.absorb_side.place);
        let accept = ui
            .button("Accept")
            .on_hover_text(format!(
                "The same {kind}: merge “{}” into “{}”",
                row.absorb_side.text, row.keep_side.text
            ))
            .accessible_name(format!("Accept: merge {absorb} into {keep}"));
        if accept.clicked() {
            commands.push(Command::Edit(Edit::MergeDuplicate {
                keep: row.keep,
                absorb: row.absorb,
            }));
        }
        let reject = ui
            .button("Reject")
            .on_hover_text(format!(
                "Different {kind}s: keep both, never propose them again"
            ))
            .accessible_name(format!("Reject: {keep} and {absorb} differ"));
        if reject.clicked() {
            commands.push(Command::Edit(Edit::SetDistinct {
                a: row.keep,
                b: row.absorb,
                distinct: true,
            }));
        }
    });
}

fn side_ui(ui: &mut egui::Ui, heading: &str, side: &Side) {
    ui.label(RichText::new(format!("{heading} · {}", side.place)).weak());
    ui.label(RichText::new(&side.text).size(16.0));
    ui.label(RichText::new(format!("held by {}", side.sources)).weak());
}
