//! The three-way merge of one session file changed on two branches, for use as a
//! git merge driver: `base` is the common ancestor, `ours` and `theirs` the two
//! changed versions.
//!
//! - Elements are matched by id only (both sides edit the same file).
//! - Each field (see [`Field`]) is merged on its own: changed on one side only,
//!   that change is taken; changed on both sides to the same value, fine;
//!   changed on both sides differently, **a conflict**: ours is kept and theirs
//!   recorded as an alternative (note "their branch (git merge)"), exactly as
//!   the n-way merge records conflicts, so the app resolves both the same way.
//! - An element added on either side is added. One removed on one side and
//!   unchanged on the other is removed. One removed on one side and changed on
//!   the other — or still used by the other (a new rating of a removed task) —
//!   is kept, with a [`Field::Presence`] conflict whose alternative is
//!   [`Value::Removed`].
//! - Scenario links and group drivers merge as sets: an id added on either side
//!   is added, one removed on either side is removed.
//! - Order: if ours kept the base order, theirs' order is taken, else ours';
//!   elements only the other side added go after their predecessor on that side.
//! - Provenance and recorded conflicts of both sides are united.

use std::collections::{BTreeSet, HashMap, HashSet};

mod provenance;

use provenance::{merge_provenance, merge_records};

use super::element::{Element, PlacedTask};
use super::found::{session_fields, set_session_field};
use super::nway::{bare_duties, place_tasks, placed_items, placed_tasks};
use crate::chart::Chart;
use crate::id::Id;
use crate::pestle::{AxisSubject, Pestle};
use crate::provenance::{Alternative, Conflict, Field, Value};
use crate::session::Session;
use crate::verification::Verification;

/// The result of a three-way merge.
#[derive(Clone, Debug)]
pub struct ThreeWay {
    pub session: Session,
    /// How many conflicts this merge recorded (conflicts recorded before are
    /// kept but not counted).
    pub conflicts: usize,
}

const THEIRS: &str = "their branch (git merge)";
const OURS: &str = "our branch (git merge)";

struct Context {
    /// Stand-in source ids for the two branches.
    ours: Id,
    theirs: Id,
    conflicts: Vec<Conflict>,
    new: usize,
}

impl Context {
    fn record(&mut self, element: Id, field: Field, alternative: Alternative) {
        match self
            .conflicts
            .iter_mut()
            .find(|c| c.element == element && c.field == field)
        {
            Some(c) if c.alternatives.iter().any(|a| a.value == alternative.value) => {}
            Some(c) => {
                self.new += 1;
                c.alternatives.push(alternative);
            }
            None => {
                self.new += 1;
                self.conflicts.push(Conflict {
                    element,
                    field,
                    alternatives: vec![alternative],
                });
            }
        }
    }

    fn side(&self, theirs: bool) -> Alternative {
        let (id, note) = if theirs {
            (self.theirs, THEIRS)
        } else {
            (self.ours, OURS)
        };
        Alternative {
            value: Value::Removed,
            sources: BTreeSet::from([id]),
            note: note.to_owned(),
        }
    }
}

/// Merges two versions of a session against their common ancestor.
pub fn merge3(base: &Session, ours: &Session, theirs: &Session) -> ThreeWay {
    let mut cx = Context {
        ours: Id::derived("git merge: our branch", [ours.id]),
        theirs: Id::derived("git merge: their branch", [theirs.id]),
        conflicts: merge_records(base, ours, theirs),
        new: 0,
    };
    let cx = &mut cx;
    let (b, o, t) = (base, ours, theirs);
    let mut people = kind(b, o, t, |s| s.people.clone(), cx);
    let mut duties = kind(b, o, t, bare_duties, cx);
    let mut tasks = kind(b, o, t, placed_tasks, cx);
    let mut items = kind(b, o, t, placed_items, cx);
    let acronyms = kind(b, o, t, |s| s.chart.acronyms.clone(), cx);
    let ratings = kind(b, o, t, |s| s.verification.ratings.clone(), cx);
    let mut participants = kind(b, o, t, |s| s.pestle.participants.clone(), cx);
    let mut drivers = kind(b, o, t, |s| s.pestle.drivers.clone(), cx);
    let votes = kind(b, o, t, |s| s.pestle.votes.clone(), cx);
    let mut groups = kind(b, o, t, |s| s.pestle.groups.clone(), cx);
    let scenarios = kind(b, o, t, |s| s.pestle.scenarios.clone(), cx);

    let mut session = ours.clone();
    for (field, ours_value) in session_fields(ours) {
        let base_value = session_fields(base).into_iter().find(|(f, _)| *f == field);
        let theirs_value = session_fields(theirs)
            .into_iter()
            .find(|(f, _)| *f == field);
        let (Some((_, bv)), Some((_, tv))) = (base_value, theirs_value) else {
            continue;
        };
        if let Some(value) = three_way_value(cx, ours.id, field, &bv, &ours_value, &tv) {
            set_session_field(&mut session, field, value);
        }
    }

    // Restore removed elements that something kept still refers to.
    for _ in 0..4 {
        let used = references(
            &tasks.kept,
            &ratings.kept,
            &votes.kept,
            &groups.kept,
            &scenarios.kept,
            &session,
        );
        let mut restored = tasks.restore(&used, cx);
        restored |= items.restore(&used, cx);
        restored |= people.restore(&used, cx);
        restored |= participants.restore(&used, cx);
        restored |= drivers.restore(&used, cx);
        restored |= groups.restore(&used, cx);
        let duty_refs: HashSet<Id> = tasks.kept.iter().map(|t| t.duty).collect();
        restored |= duties.restore(&duty_refs, cx);
        if !restored {
            break;
        }
    }

    let mut duties = duties.kept;
    place_tasks(&mut duties, tasks.kept);
    let mut chart = Chart {
        duties,
        acronyms: acronyms.kept,
        ..Chart::default()
    };
    for placed in items.kept {
        chart.list_mut(placed.list).push(placed.item);
    }
    session.people = people.kept;
    session.chart = chart;
    session.verification = Verification {
        ratings: ratings.kept,
        ..session.verification
    };
    session.pestle = Pestle {
        participants: participants.kept,
        drivers: drivers.kept,
        votes: votes.kept,
        groups: groups.kept,
        scenarios: scenarios.kept,
        axes: session.pestle.axes,
    };
    // Rounds either branch added, and respondents either added to a round:
    // kept, never dropped (a round one branch deleted comes back from the other).
    session.survey = super::survey::merged_survey([ours, theirs], &|id| id);
    let new = cx.new;
    session.provenance =
        merge_provenance(ours, theirs, &session, std::mem::take(&mut cx.conflicts));
    ThreeWay {
        session,
        conflicts: new,
    }
}

/// The ids that kept elements refer to.
fn references(
    tasks: &[PlacedTask],
    ratings: &[crate::Rating],
    votes: &[crate::Vote],
    groups: &[crate::DriverGroup],
    scenarios: &[crate::Scenario],
    session: &Session,
) -> HashSet<Id> {
    let mut used: HashSet<Id> = tasks.iter().map(|t| t.duty).collect();
    used.extend(ratings.iter().flat_map(|r| [r.task, r.rater]));
    used.extend(votes.iter().flat_map(|v| [v.driver, v.participant]));
    used.extend(groups.iter().flat_map(|g| g.drivers.iter().copied()));
    used.extend(scenarios.iter().flat_map(|s| s.links.iter().copied()));
    let axes = &session.pestle.axes;
    for axis in [&axes.horizontal, &axes.vertical].into_iter().flatten() {
        used.insert(match axis.subject {
            AxisSubject::Driver(id) | AxisSubject::Group(id) => id,
        });
    }
    used
}

/// The merged elements of one kind, and those removed (with the side that
/// removed them) in case something still refers to them.
struct Merged3<T> {
    kept: Vec<T>,
    removed: Vec<(T, bool)>,
}

impl<T: Element> Merged3<T> {
    fn restore(&mut self, used: &HashSet<Id>, cx: &mut Context) -> bool {
        let (back, still): (Vec<_>, Vec<_>) = std::mem::take(&mut self.removed)
            .into_iter()
            .partition(|(item, _)| used.contains(&item.id()));
        self.removed = still;
        let restored = !back.is_empty();
        for (item, by_theirs) in back {
            let alternative = cx.side(by_theirs);
            cx.record(item.id(), Field::Presence, alternative);
            self.kept.push(item);
        }
        restored
    }
}

fn kind<T: Element>(
    base: &Session,
    ours: &Session,
    theirs: &Session,
    extract: impl Fn(&Session) -> Vec<T>,
    cx: &mut Context,
) -> Merged3<T> {
    let (b, o, t) = (extract(base), extract(ours), extract(theirs));
    let index = |items: &[T]| -> HashMap<Id, usize> {
        items.iter().enumerate().map(|(i, x)| (x.id(), i)).collect()
    };
    let (bi, oi, ti) = (index(&b), index(&o), index(&t));
    let ids = |items: &[T]| -> Vec<Id> { items.iter().map(super::super::id::HasId::id).collect() };
    let order = merge_order(&ids(&b), &ids(&o), &ids(&t));
    let mut result = Merged3 {
        kept: Vec::with_capacity(order.len()),
        removed: Vec::new(),
    };
    for id in order {
        let bv = bi.get(&id).map(|&i| &b[i]);
        let ov = oi.get(&id).map(|&i| &o[i]);
        let tv = ti.get(&id).map(|&i| &t[i]);
        match (bv, ov, tv) {
            (_, Some(o), Some(t)) => result.kept.push(merge_item(cx, bv, o, t)),
            (Some(b), Some(o), None) if same(b, o) => result.removed.push((o.clone(), true)),
            (Some(b), None, Some(t)) if same(b, t) => result.removed.push((t.clone(), false)),
            (Some(_), Some(kept), None) | (Some(_), None, Some(kept)) => {
                let alternative = cx.side(tv.is_none());
                cx.record(id, Field::Presence, alternative);
                result.kept.push(kept.clone());
            }
            (None, Some(added), None) | (None, None, Some(added)) => {
                result.kept.push(added.clone());
            }
            (_, None, None) => {}
        }
    }
    result
}

fn same<T: Element>(a: &T, b: &T) -> bool {
    a.fields() == b.fields() && a.id_list() == b.id_list()
}

fn merge_item<T: Element>(cx: &mut Context, base: Option<&T>, ours: &T, theirs: &T) -> T {
    let mut item = ours.clone();
    let base_fields = base.map(super::element::Element::fields);
    for ((field, ov), (_, tv)) in ours.fields().into_iter().zip(theirs.fields()) {
        let bv = base_fields
            .as_ref()
            .and_then(|f| f.iter().find(|(g, _)| *g == field))
            .map(|(_, v)| v.clone());
        let bv = bv.unwrap_or_else(|| ov.clone());
        if let Some(value) = three_way_value(cx, ours.id(), field, &bv, &ov, &tv) {
            item.set(field, value);
        }
    }
    let base_list = base.map_or(&[][..], super::element::Element::id_list);
    let (ol, tl) = (ours.id_list(), theirs.id_list());
    let mut list: Vec<Id> = ol
        .iter()
        .copied()
        .filter(|x| tl.contains(x) || !base_list.contains(x))
        .collect();
    for &x in tl {
        if !base_list.contains(&x) && !list.contains(&x) {
            list.push(x);
        }
    }
    if list != ol {
        item.set_id_list(list);
    }
    item
}

/// The value a field takes (`None`: keep ours), recording a conflict when both
/// sides changed it differently.
fn three_way_value(
    cx: &mut Context,
    element: Id,
    field: Field,
    base: &Value,
    ours: &Value,
    theirs: &Value,
) -> Option<Value> {
    if ours == theirs || theirs == base {
        None
    } else if ours == base {
        Some(theirs.clone())
    } else {
        let sources = BTreeSet::from([cx.theirs]);
        let note = THEIRS.to_owned();
        cx.record(
            element,
            field,
            Alternative {
                value: theirs.clone(),
                sources,
                note,
            },
        );
        None
    }
}

/// The order of the result: see the module documentation.
fn merge_order(base: &[Id], ours: &[Id], theirs: &[Id]) -> Vec<Id> {
    let in_ours: HashSet<Id> = ours.iter().copied().collect();
    let in_base: HashSet<Id> = base.iter().copied().collect();
    let base_kept: Vec<Id> = base
        .iter()
        .copied()
        .filter(|i| in_ours.contains(i))
        .collect();
    let ours_common: Vec<Id> = ours
        .iter()
        .copied()
        .filter(|i| in_base.contains(i))
        .collect();
    let (backbone, other) = if ours_common == base_kept {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut out: Vec<Id> = backbone.to_vec();
    let mut placed: HashSet<Id> = out.iter().copied().collect();
    for (k, &id) in other.iter().enumerate() {
        if placed.contains(&id) {
            continue;
        }
        let after = other[..k]
            .iter()
            .rev()
            .find_map(|p| out.iter().position(|x| x == p));
        out.insert(after.map_or(0, |p| p + 1), id);
        placed.insert(id);
    }
    out
}
