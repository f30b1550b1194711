//! Words for an element in a list of conflicts or proposals ("task B-3 \"Conduct
//! cell searches\""), for the report and the app's merge view.

use crate::model::chart::{duty_code, task_code};
use crate::model::id::Id;
use crate::model::session::Session;

/// Describes an element of a session by its code or text; the session's own id
/// is "the session".
pub fn describe(session: &Session, id: Id) -> String {
    if id == session.id {
        return "the session".to_owned();
    }
    let chart = &session.chart;
    let pestle = &session.pestle;
    if let Some(d) = chart.find_duty(id) {
        return format!("duty {} \"{}\"", duty_code(d), chart.duties[d].title);
    }
    if let Some((d, t)) = chart.find_task(id) {
        let statement = &chart.duties[d].tasks[t].statement;
        return format!("task {} \"{statement}\"", task_code(d, t));
    }
    if let Some((list, i)) = chart.find_list_item(id) {
        let text = &chart.list(list)[i].text;
        return format!("{} item \"{text}\"", list.title());
    }
    if let Some(a) = chart.acronyms.iter().find(|a| a.id == id) {
        return format!("acronym {}", a.term);
    }
    if let Some(p) = session.person(id) {
        return format!("{} {}", p.role.label().to_lowercase(), p.name);
    }
    if let Some(r) = session.verification.ratings.iter().find(|r| r.id == id) {
        let rater = session.person(r.rater).map_or("?", |p| p.name.as_str());
        return format!("{rater}'s rating of {}", describe(session, r.task));
    }
    if let Some(p) = pestle.participants.iter().find(|p| p.id == id) {
        return format!("participant {}", p.name);
    }
    if let Some(d) = pestle.driver(id) {
        return format!("driver \"{}\"", d.title);
    }
    if let Some(v) = pestle.votes.iter().find(|v| v.id == id) {
        let who = pestle.participants.iter().find(|p| p.id == v.participant);
        let who = who.map_or("?", |p| p.name.as_str());
        return format!("{who}'s vote on {}", describe(session, v.driver));
    }
    if let Some(g) = pestle.groups.iter().find(|g| g.id == id) {
        return format!("driver group \"{}\"", g.name);
    }
    if let Some(s) = pestle.scenarios.iter().find(|s| s.id == id) {
        return format!("scenario \"{}\"", s.name);
    }
    format!("element {}", id.short())
}
