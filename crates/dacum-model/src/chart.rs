//! The DACUM chart: ordered duties with ordered tasks, and the supporting lists.
//!
//! Codes (A, B … Z, AA …; …) are derived from position and never stored,
//! so reordering recodes at once and a file can never hold a stale code.

use dacum_i18n::Text;
use serde::{Deserialize, Serialize};

use super::id::{HasId, Id};
use super::text::matches_search;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub duties: Vec<Duty>,
    pub knowledge_skills: Vec<ListItem>,
    pub behaviours: Vec<ListItem>,
    pub tools: Vec<ListItem>,
    pub trends: Vec<ListItem>,
    pub acronyms: Vec<Acronym>,
}

/// A general area of responsibility, e.g. "Maintain security of the facility".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    pub id: Id,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub tasks: Vec<Task>,
}

impl Duty {
    pub fn new(title: &str) -> Self {
        Duty {
            id: Id::new(),
            title: title.to_owned(),
            tasks: Vec::new(),
        }
    }
}

/// An observable unit of work: action verb + object (+ qualifier).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub id: Id,
    #[serde(default)]
    pub statement: String,
}

impl Task {
    pub fn new(statement: &str) -> Self {
        Task {
            id: Id::new(),
            statement: statement.to_owned(),
        }
    }
}

/// An entry of one of the four plain supporting lists.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    pub id: Id,
    #[serde(default)]
    pub text: String,
}

impl ListItem {
    pub fn new(text: &str) -> Self {
        ListItem {
            id: Id::new(),
            text: text.to_owned(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acronym {
    pub id: Id,
    #[serde(default)]
    pub term: String,
    #[serde(default)]
    pub meaning: String,
}

impl Acronym {
    pub fn new(term: &str, meaning: &str) -> Self {
        Acronym {
            id: Id::new(),
            term: term.to_owned(),
            meaning: meaning.to_owned(),
        }
    }
}

impl HasId for Duty {
    fn id(&self) -> Id {
        self.id
    }
}
impl HasId for Task {
    fn id(&self) -> Id {
        self.id
    }
}
impl HasId for ListItem {
    fn id(&self) -> Id {
        self.id
    }
}
impl HasId for Acronym {
    fn id(&self) -> Id {
        self.id
    }
}

/// The four supporting lists that hold plain text items (acronyms have two fields
/// and are edited on their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ListKind {
    KnowledgeSkills,
    Behaviours,
    Tools,
    Trends,
}

impl ListKind {
    pub const ALL: [ListKind; 4] = [
        ListKind::KnowledgeSkills,
        ListKind::Behaviours,
        ListKind::Tools,
        ListKind::Trends,
    ];

    /// The list's title in English, for files made for translators.
    pub fn title(self) -> &'static str {
        match self {
            ListKind::KnowledgeSkills => "General knowledge and skills",
            ListKind::Behaviours => "Worker behaviours",
            ListKind::Tools => "Tools, equipment, supplies and materials",
            ListKind::Trends => "Future trends and concerns",
        }
    }

    /// The key the catalogues select on: "knowledge", "behaviour", "tool",
    /// "trend".
    pub fn key(self) -> &'static str {
        match self {
            ListKind::KnowledgeSkills => "knowledge",
            ListKind::Behaviours => "behaviour",
            ListKind::Tools => "tool",
            ListKind::Trends => "trend",
        }
    }

    /// The list's title as a message ("General knowledge and skills").
    pub fn label(self) -> Text {
        Text::new("list-name").with("kind", self.key())
    }
}

impl Chart {
    pub fn list(&self, kind: ListKind) -> &Vec<ListItem> {
        match kind {
            ListKind::KnowledgeSkills => &self.knowledge_skills,
            ListKind::Behaviours => &self.behaviours,
            ListKind::Tools => &self.tools,
            ListKind::Trends => &self.trends,
        }
    }

    pub fn list_mut(&mut self, kind: ListKind) -> &mut Vec<ListItem> {
        match kind {
            ListKind::KnowledgeSkills => &mut self.knowledge_skills,
            ListKind::Behaviours => &mut self.behaviours,
            ListKind::Tools => &mut self.tools,
            ListKind::Trends => &mut self.trends,
        }
    }

    pub fn task_count(&self) -> usize {
        self.duties.iter().map(|d| d.tasks.len()).sum()
    }

    /// Every task with its duty index and position within the duty, in chart order.
    pub fn tasks(&self) -> impl Iterator<Item = (usize, usize, &Task)> {
        self.duties.iter().enumerate().flat_map(|(d, duty)| {
            duty.tasks
                .iter()
                .enumerate()
                .map(move |(t, task)| (d, t, task))
        })
    }

    /// Where a task is: (duty index, task index).
    pub fn find_task(&self, id: Id) -> Option<(usize, usize)> {
        self.tasks()
            .find(|(_, _, t)| t.id == id)
            .map(|(d, t, _)| (d, t))
    }

    pub fn find_duty(&self, id: Id) -> Option<usize> {
        self.duties.iter().position(|d| d.id == id)
    }

    /// The code of a duty or task by identity ("B" or "B-4").
    pub fn code_of(&self, id: Id) -> Option<String> {
        if let Some(d) = self.find_duty(id) {
            return Some(duty_code(d));
        }
        self.find_task(id).map(|(d, t)| task_code(d, t))
    }

    /// The list (if any) that holds an item.
    pub fn find_list_item(&self, id: Id) -> Option<(ListKind, usize)> {
        ListKind::ALL
            .into_iter()
            .find_map(|k| self.list(k).iter().position(|i| i.id == id).map(|i| (k, i)))
    }
}

/// The code of the duty at `index`: A … Z, then AA, AB … (bijective base 26, as
/// spreadsheet columns are numbered).
pub fn duty_code(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// The code of the task at `task` within the duty at `duty`, e.g. "A-1".
pub fn task_code(duty: usize, task: usize) -> String {
    format!("{}-{}", duty_code(duty), task + 1)
}

/// The hue of the duty at `index`, as sRGB, one per duty in turn: the board
/// mixes it into the theme, the PDF chart fills the duty box with it.
pub fn duty_rgb(index: usize) -> [u8; 3] {
    const HUES: [[u8; 3]; 8] = [
        [66, 133, 244],
        [52, 168, 83],
        [251, 140, 0],
        [142, 68, 173],
        [0, 150, 136],
        [233, 30, 99],
        [158, 157, 36],
        [96, 125, 139],
    ];
    HUES[index % HUES.len()]
}

/// The code of the item at `index` of the general knowledge and skills list,
/// e.g. "KS-3", so a scenario can cite it as it cites a task.
pub fn knowledge_code(index: usize) -> String {
    format!("KS-{}", index + 1)
}

/// Something the job requires that a scenario can name: a task, or an item of the
/// general knowledge and skills list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Competency<'a> {
    pub id: Id,
    /// "B-4" for a task, "KS-3" for a knowledge item.
    pub code: String,
    pub text: &'a str,
}

impl Competency<'_> {
    /// Whether the competency matches what was typed in a search field.
    ///
    /// A code matches by its beginning ("ks", "b-") or, once the query holds a
    /// number, whole ("a-1" is A-1, not A-10). Words match the beginnings of the
    /// statement's words, in any order, ignoring case and diacritics: "rep" finds
    /// "Write reports" but not "Prepare meals", and "perchezitii cel" finds
    /// "Efectuează percheziții în celule". An empty query matches everything.
    pub fn matches(&self, query: &str) -> bool {
        let query = query.trim().to_lowercase();
        let code = self.code.to_lowercase();
        let code_matches = if query.chars().any(|c| c.is_ascii_digit()) {
            code == query
        } else {
            code.starts_with(&query)
        };
        if code_matches {
            return true;
        }
        matches_search(self.text, &query)
    }
}

impl Chart {
    /// Every task in chart order, then the general knowledge and skills.
    pub fn competencies(&self) -> impl Iterator<Item = Competency<'_>> {
        let tasks = self.tasks().map(|(d, t, task)| Competency {
            id: task.id,
            code: task_code(d, t),
            text: &task.statement,
        });
        let knowledge = self
            .knowledge_skills
            .iter()
            .enumerate()
            .map(|(i, item)| Competency {
                id: item.id,
                code: knowledge_code(i),
                text: &item.text,
            });
        tasks.chain(knowledge)
    }

    /// The task or knowledge item with this identity.
    pub fn competency(&self, id: Id) -> Option<Competency<'_>> {
        if let Some((d, t)) = self.find_task(id) {
            return Some(Competency {
                id,
                code: task_code(d, t),
                text: &self.duties[d].tasks[t].statement,
            });
        }
        let index = self.knowledge_skills.iter().position(|i| i.id == id)?;
        Some(Competency {
            id,
            code: knowledge_code(index),
            text: &self.knowledge_skills[index].text,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_takes_a_code_whole_and_words_by_their_beginnings_without_diacritics() {
        let mut chart = Chart::default();
        let mut duty = Duty::new("Securitate");
        duty.tasks = (1..=11)
            .map(|n| Task::new(&format!("Task number {n}")))
            .collect();
        duty.tasks[0].statement = "Efectuează percheziții în celule".into();
        duty.tasks[1].statement = "Prepare meals".into();
        duty.tasks[2].statement = "Write incident reports".into();
        chart.duties.push(duty);
        let found = |query: &str| -> Vec<String> {
            chart
                .competencies()
                .filter(|c| c.matches(query))
                .map(|c| c.code)
                .collect()
        };
        assert_eq!(found("a-1"), ["A-1"], "not A-10 and A-11");
        assert_eq!(found("A-1"), ["A-1"]);
        let every_task: Vec<String> = (1..=11).map(|n| format!("A-{n}")).collect();
        assert_eq!(found("a-"), every_task);
        assert_eq!(found("rep"), ["A-3"], "not \"Prepare\"");
        assert_eq!(found("perchezitii cel"), ["A-1"]);
        assert_eq!(found("PERCHEZIȚII"), ["A-1"]);
        assert_eq!(found("percheziții corporale"), Vec::<String>::new());
    }

    #[test]
    fn competencies_are_the_tasks_then_the_knowledge_items_found_by_code_or_text() {
        let mut chart = Chart::default();
        let mut duty = Duty::new("Maintain security");
        duty.tasks.push(Task::new("Conduct cell searches"));
        duty.tasks.push(Task::new("Escort prisoners"));
        chart.duties.push(duty);
        chart
            .knowledge_skills
            .push(ListItem::new("Conflict de-escalation"));
        chart.tools.push(ListItem::new("Radio"));

        let all: Vec<(String, &str)> = chart
            .competencies()
            .map(|c| (c.code.clone(), c.text))
            .collect();
        assert_eq!(
            all,
            [
                ("A-1".to_owned(), "Conduct cell searches"),
                ("A-2".to_owned(), "Escort prisoners"),
                ("KS-1".to_owned(), "Conflict de-escalation"),
            ]
        );
        let found = |query: &str| -> Vec<String> {
            chart
                .competencies()
                .filter(|c| c.matches(query))
                .map(|c| c.code)
                .collect()
        };
        assert_eq!(found("a-2"), ["A-2"]);
        assert_eq!(found("ks"), ["KS-1"]);
        assert_eq!(found("CELL"), ["A-1"]);
        assert_eq!(found("sear cond"), ["A-1"], "words in any order");
        assert_eq!(
            found("scal"),
            Vec::<String>::new(),
            "words, not inner letters"
        );
        assert_eq!(found("de-esc"), ["KS-1"]);
        assert_eq!(found(" "), ["A-1", "A-2", "KS-1"]);
        assert_eq!(
            found("radio"),
            Vec::<String>::new(),
            "tools are not competencies"
        );

        let knowledge = chart.knowledge_skills[0].id;
        assert_eq!(
            chart.competency(knowledge).map(|c| c.code),
            Some("KS-1".into())
        );
        let task = chart.duties[0].tasks[1].id;
        assert_eq!(
            chart.competency(task).map(|c| c.text),
            Some("Escort prisoners")
        );
        assert_eq!(chart.competency(chart.tools[0].id), None);
    }

    #[test]
    fn duty_codes_run_like_spreadsheet_columns() {
        let cases = [
            (0, "A"),
            (1, "B"),
            (25, "Z"),
            (26, "AA"),
            (27, "AB"),
            (51, "AZ"),
            (52, "BA"),
            (701, "ZZ"),
            (702, "AAA"),
        ];
        for (index, code) in cases {
            assert_eq!(duty_code(index), code, "index {index}");
        }
    }

    #[test]
    fn task_codes_number_from_one() {
        assert_eq!(task_code(0, 0), "A-1");
        assert_eq!(task_code(2, 11), "C-12");
        assert_eq!(task_code(26, 0), "AA-1");
    }

    #[test]
    fn codes_follow_position_after_reordering() {
        let mut chart = Chart::default();
        chart.duties.push(Duty::new("Maintain security"));
        chart.duties.push(Duty::new("Supervise prisoners"));
        let first = chart.duties[0].id;
        chart.duties.swap(0, 1);
        assert_eq!(chart.code_of(first).as_deref(), Some("B"));
    }
}
