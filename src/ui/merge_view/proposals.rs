//! The proposed duplicates: two statements from different partners that are
//! nearly the same, side by side. Accept merges the second into the first (one
//! element, shared by both partners; the other wording stays as an alternative);
//! Reject records that they differ, so they are not proposed again.

use crate::ui::language::catalogue;
use dacum_i18n::Catalogue;
use egui::RichText;

use super::{CardList, ProposalRow, Side, source_names};
use crate::ui::command::Command;
use dacum_model::merge::{Kind, Places, proposals};
use dacum_model::{Edit, Id, Session, duty_code, task_code};

/// The proposals of a session with the words to show them.
pub(super) fn rows(session: &Session, texts: &Catalogue) -> Vec<ProposalRow> {
    let places = Places::of(session);
    proposals(session)
        .into_iter()
        .map(|p| ProposalRow {
            keep: p.keep,
            absorb: p.absorb,
            kind: p.kind,
            similarity: p.similarity,
            keep_side: side(texts, &places, session, p.kind, p.keep, p.keep_text),
            absorb_side: side(texts, &places, session, p.kind, p.absorb, p.absorb_text),
        })
        .collect()
}

fn side(
    texts: &Catalogue,
    places: &Places,
    session: &Session,
    kind: Kind,
    id: Id,
    text: String,
) -> Side {
    let place = match kind {
        Kind::Task => places
            .task(id)
            .map(|(d, t)| texts.tr_args("merge-side-task", &[("code", task_code(d, t).into())])),
        Kind::Duty => places
            .duty(id)
            .map(|d| texts.tr_args("merge-side-duty", &[("code", duty_code(d).into())])),
        Kind::ListItem => places
            .list_item(id)
            .map(|(list, _)| texts.text(&list.label())),
        Kind::Driver => session.pestle.driver(id).map(|d| {
            let category = texts.text(&d.category.label());
            texts.tr_args("merge-side-driver", &[("category", category.into())])
        }),
        other => Some(texts.text(&other.label())),
    };
    let empty = std::collections::BTreeSet::default();
    let provenance = &session.provenance;
    Side {
        place: place.unwrap_or_default(),
        text,
        sources: source_names(
            texts,
            provenance,
            provenance.elements.get(&id).unwrap_or(&empty),
            "",
        ),
    }
}

pub(super) fn list_ui(ui: &mut egui::Ui, rows: &[ProposalRow], commands: &mut Vec<Command>) {
    let texts = CardList {
        heading: "merge-proposals",
        empty: "merge-proposals-none",
        explanation: "merge-proposals-text",
    };
    texts.show(ui, rows, |ui, row| row_ui(ui, row, commands));
}

fn row_ui(ui: &mut egui::Ui, row: &ProposalRow, commands: &mut Vec<Command>) {
    // The catalogues name the kind in their own words, selecting on its key.
    let kind = row.kind.key();
    let texts = catalogue(ui.ctx());
    ui.label(
        RichText::new(texts.tr_args(
            "merge-proposal",
            &[
                ("kind", kind.into()),
                (
                    "percent",
                    format!("{:.0}", (row.similarity * 100.0).floor()).into(),
                ),
            ],
        ))
        .strong(),
    )
    .on_hover_text(texts.tr("merge-proposal-tip"));
    ui.columns(2, |columns| {
        side_ui(
            &mut columns[0],
            &texts.tr("merge-keep"),
            &texts,
            &row.keep_side,
        );
        side_ui(
            &mut columns[1],
            &texts.tr("merge-merge-into"),
            &texts,
            &row.absorb_side,
        );
    });
    ui.horizontal(|ui| {
        // Screen readers hear which pair each button is for.
        let (keep, absorb) = (&row.keep_side.place, &row.absorb_side.place);
        let accept = ui
            .button(texts.tr("merge-accept"))
            .on_hover_text(texts.tr_args(
                "merge-accept-tip",
                &[
                    ("kind", kind.into()),
                    ("absorb", row.absorb_side.text.as_str().into()),
                    ("keep", row.keep_side.text.as_str().into()),
                ],
            ))
            .accessible_name(texts.tr_args(
                "merge-accept-name",
                &[
                    ("absorb", absorb.as_str().into()),
                    ("keep", keep.as_str().into()),
                ],
            ));
        if accept.clicked() {
            commands.push(Command::Edit(Edit::MergeDuplicate {
                keep: row.keep,
                absorb: row.absorb,
            }));
        }
        let reject = ui
            .button(texts.tr("merge-reject"))
            .on_hover_text(texts.tr_args("merge-reject-tip", &[("kind", kind.into())]))
            .accessible_name(texts.tr_args(
                "merge-reject-name",
                &[
                    ("absorb", absorb.as_str().into()),
                    ("keep", keep.as_str().into()),
                ],
            ));
        if reject.clicked() {
            commands.push(Command::Edit(Edit::SetDistinct {
                a: row.keep,
                b: row.absorb,
                distinct: true,
            }));
        }
    });
}

fn side_ui(ui: &mut egui::Ui, heading: &str, texts: &Catalogue, side: &Side) {
    ui.label(RichText::new(format!("{heading} · {}", side.place)).weak());
    ui.label(RichText::new(&side.text).size(16.0));
    let held = texts.tr_args(
        "merge-held-by",
        &[("sources", side.sources.as_str().into())],
    );
    ui.label(RichText::new(held).weak());
}
