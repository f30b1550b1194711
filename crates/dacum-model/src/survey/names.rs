//! The names a survey's forms give their questions and columns, shared by the
//! writers of the forms (the `XLSForm`, the data-entry workbook, CSV template) and the
//! importer of the answers, so what one writes the other reads.
//!
//! A task's questions are named after its identity, not its code, so that they
//! stay the same when the chart is reordered after the form went out:
//! `t_3fa2c1d0_importance`. Files made by hand may name a task by its code
//! instead (`A-3 importance`, `A-3_importance`), which the importer also reads.

use crate::id::Id;

/// One of the five answers to a task, and the comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    Performs,
    Importance,
    Frequency,
    Difficulty,
    Train,
    Comment,
}

impl Measure {
    /// The measures in the order the forms ask them.
    pub const ALL: [Measure; 6] = [
        Measure::Performs,
        Measure::Importance,
        Measure::Frequency,
        Measure::Difficulty,
        Measure::Train,
        Measure::Comment,
    ];

    /// The suffix of the question's name: "importance".
    pub fn key(self) -> &'static str {
        match self {
            Measure::Performs => "performs",
            Measure::Importance => "importance",
            Measure::Frequency => "frequency",
            Measure::Difficulty => "difficulty",
            Measure::Train => "train",
            Measure::Comment => "comment",
        }
    }

    /// The measure a column name ends with, also in the short forms people
    /// type ("imp", "freq", "diff", "training").
    pub fn from_word(word: &str) -> Option<Measure> {
        Some(match word {
            "performs" | "perform" | "performed" => Measure::Performs,
            "importance" | "imp" => Measure::Importance,
            "frequency" | "freq" => Measure::Frequency,
            "difficulty" | "diff" => Measure::Difficulty,
            "train" | "training" => Measure::Train,
            "comment" | "comments" => Measure::Comment,
            _ => return None,
        })
    }
}

/// The profile questions' names, first in every form.
pub const CODE: &str = "respondent_code";
pub const COUNTRY: &str = "country";
pub const LEVEL: &str = "level";
pub const SECTOR: &str = "sector";
pub const YEARS: &str = "years";
pub const LANGUAGE: &str = "language";

/// The stem of an element's question names: `t_` and the first eight hex
/// digits of its id (`t_3fa2c1d0`), or `length` digits when a form needs more
/// to tell two ids apart (see [`stems`]).
pub fn stem(id: Id, length: usize) -> String {
    let hex = id.to_string().replace('-', "");
    format!("t_{}", &hex[..length.min(hex.len())])
}

/// The shortest stems, at least eight digits, that tell `ids` apart.
pub fn stems(ids: &[Id]) -> Vec<String> {
    let mut length = 8;
    loop {
        let named: Vec<String> = ids.iter().map(|&id| stem(id, length)).collect();
        let mut sorted = named.clone();
        sorted.sort();
        sorted.dedup();
        if sorted.len() == named.len() || length >= 32 {
            return named;
        }
        length += 4;
    }
}

/// A task's question: `t_3fa2c1d0_importance`.
pub fn question(stem: &str, measure: Measure) -> String {
    format!("{stem}_{}", measure.key())
}

/// The question of a round's own profile attribute: "Night shift" →
/// `attr_night_shift` (letters and digits kept, lower case, anything else
/// `_`, so that it is a name every form tool takes).
pub fn attribute(name: &str) -> String {
    let safe: String = name
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    format!("attr_{safe}")
}

/// The free "missed tasks" question of a duty: `missed_t_5b0e91aa`.
pub fn missed(stem: &str) -> String {
    format!("missed_{stem}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_xml_names_and_stems_tell_ids_apart() {
        let a = Id::from_u128(0x3fa2_c1d0_0000_0000_0000_0000_0000_0001);
        let b = Id::from_u128(0x3fa2_c1d0_0000_0000_0000_0000_0000_0002);
        let c = Id::from_u128(0x1111_2222_0000_0000_0000_0000_0000_0000);
        assert_eq!(stems(&[c]), ["t_11112222"]);
        let told_apart = stems(&[a, b]);
        assert_ne!(told_apart[0], told_apart[1]);
        assert_eq!(
            question(&stems(&[c])[0], Measure::Importance),
            "t_11112222_importance"
        );
        assert_eq!(missed("t_11112222"), "missed_t_11112222");
        assert_eq!(attribute(" Night shift/Prison "), "attr_night_shift_prison");
        assert_eq!(attribute("Věznice"), "attr_věznice");
        for measure in Measure::ALL {
            assert_eq!(Measure::from_word(measure.key()), Some(measure));
        }
    }
}
