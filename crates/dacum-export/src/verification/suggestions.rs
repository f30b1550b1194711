//! "Suggested tasks": the tasks respondents say the chart misses, by duty in
//! chart order (those given without a duty last). Within a duty, suggestions
//! alike by the merge's duplicate measure (`text::similarity` at
//! `DUPLICATE_THRESHOLD`) are one row: the first wording, the others under
//! "Similar", and everyone who suggested them, by code (never by name).

use dacum_i18n::Catalogue;
use dacum_model::survey::{Review, Round, Suggestion};
use dacum_model::text::{DUPLICATE_THRESHOLD, similarity};
use dacum_model::{Id, Session, task_code};

use crate::flow::{Align, Flow, Style};
use crate::table::{Cell, Column, Table};

/// Groups of alike suggestions, each in the order they were made.
fn grouped<'s>(suggestions: &[&'s Suggestion]) -> Vec<Vec<&'s Suggestion>> {
    let mut groups: Vec<Vec<&Suggestion>> = Vec::new();
    for &suggestion in suggestions {
        let alike = groups.iter_mut().find(|group| {
            group
                .iter()
                .any(|s| similarity(&s.statement, &suggestion.statement) >= DUPLICATE_THRESHOLD)
        });
        match alike {
            Some(group) => group.push(suggestion),
            None => groups.push(vec![suggestion]),
        }
    }
    groups
}

/// The code of the task a suggestion was added as, if the chart still has it.
fn code_of(session: &Session, id: Id) -> Option<String> {
    session
        .chart
        .tasks()
        .find(|(_, _, t)| t.id == id)
        .map(|(d, t, _)| task_code(d, t))
}

fn decision(tr: &Catalogue, session: &Session, review: &Review) -> String {
    let (key, code, reason) = match review {
        Review::Open => ("open", String::new(), String::new()),
        Review::Accepted(id) => (
            "accepted",
            code_of(session, *id).unwrap_or_else(|| "—".to_owned()),
            String::new(),
        ),
        Review::Rejected(reason) => ("rejected", String::new(), reason.clone()),
    };
    tr.tr_args(
        "report-decision",
        &[
            ("decision", key.into()),
            ("code", code.into()),
            ("reason", reason.into()),
        ],
    )
}

pub fn suggestions(flow: &mut Flow, session: &Session, rounds: &[&Round]) {
    let tr = flow.tr;
    let heading = tr.tr("report-suggested-tasks");
    flow.bookmark(&heading, 1);
    flow.heading(&heading, Style::H1, 90.0);
    let all: Vec<&Suggestion> = rounds.iter().flat_map(|r| &r.suggestions).collect();
    if all.is_empty() {
        flow.paragraph(&tr.tr("report-no-suggestions"), Style::BODY);
        return;
    }
    flow.paragraph(
        &tr.tr_args("report-suggested-intro", &[("count", all.len().into())]),
        Style::SMALL,
    );
    flow.y += 4.0;
    let duties = &session.chart.duties;
    // Chart order, then suggestions under a duty no longer there or none.
    let place = |s: &Suggestion| {
        s.duty
            .and_then(|id| duties.iter().position(|d| d.id == id))
            .unwrap_or(duties.len())
    };
    let mut rows = Vec::new();
    for slot in 0..=duties.len() {
        let here: Vec<&Suggestion> = all.iter().copied().filter(|s| place(s) == slot).collect();
        for group in grouped(&here) {
            let duty = duties.get(slot).map_or_else(
                || tr.tr("report-no-duty"),
                |d| format!("{}  {}", dacum_model::duty_code(slot), d.title),
            );
            let mut statement = group[0].statement.clone();
            if group.len() > 1 {
                let others: Vec<String> = group[1..]
                    .iter()
                    .map(|s| format!("“{}”", s.statement))
                    .collect();
                statement.push('\n');
                statement.push_str(&tr.tr_args(
                    "report-similar",
                    &[("statements", others.join("; ").into())],
                ));
            }
            let by: Vec<String> = group
                .iter()
                .map(|s| {
                    s.respondent
                        .clone()
                        .unwrap_or_else(|| tr.tr("report-anonymous"))
                })
                .collect();
            let decisions: Vec<String> = group
                .iter()
                .map(|s| decision(tr, session, &s.review))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            rows.push(vec![
                Cell::new(duty, Style::BODY),
                Cell::new(statement, Style::BODY),
                Cell::new(by.join(", "), Style::BODY),
                Cell::new(decisions.join("; "), Style::BODY),
            ]);
        }
    }
    let column = |id: &str, share: f32| Column::new(tr.tr(id), share, Align::Left);
    let columns = [
        column("report-column-duty", 2.4),
        column("report-column-suggested-task", 3.6),
        column("report-column-suggested-by", 1.3),
        column("report-column-decision", 1.6),
    ];
    let table = Table {
        columns: &columns,
        show_header: true,
        zebra: true,
    };
    table.draw(flow, &rows);
}
