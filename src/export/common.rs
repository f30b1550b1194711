//! What the reports share: the title block, the supporting lists, the people
//! (or, without names, only how many came from where), colours and numbers.

use std::collections::BTreeMap;

use super::fonts::Weight;
use super::layout::{GREY, INK, Rgb, Sheet};
use crate::model::{ListKind, Role, Session};

/// What every report needs to know besides the session.
#[derive(Clone, Debug)]
pub struct Context {
    /// Whether people's names may appear (panel, facilitators, participants).
    pub include_names: bool,
}

/// `colour` mixed with white: `amount` 0 is white, 1 the colour itself.
pub fn tint(colour: Rgb, amount: f32) -> Rgb {
    colour.map(|c| (255.0 - (255.0 - f32::from(c)) * amount).round() as u8)
}

/// A score to one decimal, or a dash when there is none.
pub fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"))
}

/// "occupation" as the chart names it, falling back on the session title.
pub fn occupation(session: &Session) -> &str {
    let meta = &session.meta;
    if meta.occupation.trim().is_empty() {
        &meta.title
    } else {
        &meta.occupation
    }
}

/// The dates of the workshop, e.g. "2025-03-10 to 2025-03-11".
pub fn dates(session: &Session) -> Option<String> {
    match (session.meta.start, session.meta.end) {
        (Some(start), Some(end)) if start != end => Some(format!("{start} to {end}")),
        (Some(day), _) | (None, Some(day)) => Some(day.to_string()),
        (None, None) => None,
    }
}

/// The report's title ("DACUM Research Chart for Prison officer") and the
/// workshop's particulars below it.
pub fn title_block(session: &Session, _context: &Context, lead: &str, sheet: &mut Sheet) {
    let meta = &session.meta;
    sheet.heading(
        &format!("{lead} {}", occupation(session)),
        20.0,
        60.0,
        false,
    );
    if !meta.title.trim().is_empty() && meta.title != meta.occupation {
        sheet.paragraph(&meta.title, 12.0, Weight::Regular, INK);
    }
    let mut facts = Vec::new();
    if let Some(dates) = dates(session) {
        facts.push(format!("Date: {dates}"));
    }
    for (label, value) in [
        ("Venue", &meta.venue),
        ("Country", &meta.country),
        ("Produced for", &meta.sponsor),
        ("Produced by", &meta.organisation),
    ] {
        if !value.trim().is_empty() {
            facts.push(format!("{label}: {value}"));
        }
    }
    if !facts.is_empty() {
        sheet.paragraph(&facts.join("   ·   "), 9.5, Weight::Regular, GREY);
    }
    sheet.space(6.0);
}

/// The five supporting lists, each a heading and its items.
pub fn supporting_lists(session: &Session, sheet: &mut Sheet) {
    let chart = &session.chart;
    let mut first = true;
    for kind in ListKind::ALL {
        let items = chart.list(kind);
        if items.is_empty() {
            continue;
        }
        if first {
            sheet.bookmark("Supporting lists");
            first = false;
        }
        sheet.heading(kind.title(), 12.0, 30.0, false);
        for (i, item) in items.iter().enumerate() {
            let number = if kind == ListKind::KnowledgeSkills {
                crate::model::knowledge_code(i)
            } else {
                format!("{}", i + 1)
            };
            sheet.paragraph(
                &format!("{number}  {}", item.text),
                9.5,
                Weight::Regular,
                INK,
            );
        }
        sheet.space(4.0);
    }
    if !chart.acronyms.is_empty() {
        if first {
            sheet.bookmark("Supporting lists");
        }
        sheet.heading("Acronyms", 12.0, 30.0, false);
        for acronym in &chart.acronyms {
            sheet.paragraph(
                &format!("{}  {}", acronym.term, acronym.meaning),
                9.5,
                Weight::Regular,
                INK,
            );
        }
    }
}

/// The panel and the facilitators by name, or — for a copy without personal
/// data — only how many there were and from which countries.
pub fn people(session: &Session, context: &Context, sheet: &mut Sheet) {
    let mut by_role: BTreeMap<Role, Vec<&crate::model::Person>> = BTreeMap::new();
    for person in &session.people {
        by_role.entry(person.role).or_default().push(person);
    }
    let shown = [Role::Panel, Role::Facilitator];
    if shown.iter().all(|r| !by_role.contains_key(r)) {
        return;
    }
    sheet.heading("The DACUM panel", 12.0, 40.0, true);
    for role in shown {
        let Some(people) = by_role.get(&role) else {
            continue;
        };
        let noun = match role {
            Role::Facilitator => "Facilitators",
            _ => "Panel members",
        };
        if context.include_names {
            sheet.paragraph(noun, 10.0, Weight::Bold, INK);
            for person in people {
                let details: Vec<&str> = [
                    person.job_title.as_str(),
                    person.organisation.as_str(),
                    person.country.as_str(),
                ]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect();
                let line = if details.is_empty() {
                    person.name.clone()
                } else {
                    format!("{} — {}", person.name, details.join(", "))
                };
                sheet.paragraph(&line, 9.5, Weight::Regular, INK);
            }
        } else {
            let mut countries: Vec<&str> = people
                .iter()
                .map(|p| p.country.trim())
                .filter(|c| !c.is_empty())
                .collect();
            countries.sort_unstable();
            countries.dedup();
            let from = if countries.is_empty() {
                String::new()
            } else {
                format!(" from {}", countries.join(", "))
            };
            sheet.paragraph(
                &format!(
                    "{noun}: {}{from} (names left out of this copy)",
                    people.len()
                ),
                9.5,
                Weight::Regular,
                INK,
            );
        }
        sheet.space(4.0);
    }
}
