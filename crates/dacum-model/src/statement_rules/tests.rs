use super::Rule::*;
use super::StatementKind::{Duty as D, Task as T};
use super::*;
use crate::chart::{Duty, Task};

pub(super) const EN: RuleSet = RuleSet::of(WordRules::English);
/// A language without word rules.
pub(super) const OTHER: RuleSet = RuleSet::NEUTRAL;

/// A statement with each expected finding's span in [brackets], and the rules of
/// those findings in reading order.
pub(super) type Case<'a> = (&'a str, &'a [Rule]);

/// Checks every case. Spans are compared in characters, so a byte-based span in a
/// statement with ș, ř or α would show up as wrong.
pub(super) fn check(kind: StatementKind, language: RuleSet, cases: &[Case]) {
    for (marked, rules) in cases {
        let (text, spans) = unmark(marked);
        assert_eq!(rules.len(), spans.len(), "{marked:?}: one rule per [span]");
        let findings = check_statement(&text, kind, language);
        let got: Vec<_> = findings.iter().map(|f| (f.rule, f.span.clone())).collect();
        let expected: Vec<_> = rules.iter().copied().zip(spans).collect();
        let language = language.primary_tag();
        assert_eq!(got, expected, "{marked:?} ({kind:?}, {language:?})");
        for finding in &findings {
            let words = finding.message.to_string();
            assert!(
                !words.is_empty() && !words.contains('{') && words != finding.message.id,
                "{marked:?}: {words:?} is not a worded message"
            );
        }
    }
}

/// Removes the [brackets] and returns their character ranges, ordered by start.
fn unmark(marked: &str) -> (String, Vec<Range<usize>>) {
    let (mut text, mut open, mut spans) = (String::new(), Vec::new(), Vec::new());
    for c in marked.chars() {
        let position = text.chars().count();
        match c {
            '[' => open.push(position),
            ']' => spans.extend(open.pop().map(|start| start..position)),
            _ => text.push(c),
        }
    }
    spans.sort_by_key(|span| span.start);
    (text, spans)
}

/// The first finding's message.
pub(super) fn message(text: &str, rules: RuleSet) -> String {
    let findings = check_statement(text, T, rules);
    findings
        .into_iter()
        .map(|f| f.message.to_string())
        .next()
        .unwrap_or_default()
}

#[test]
fn empty_statements_get_one_finding_only() {
    for rules in [EN, OTHER] {
        let cases: &[Case] = &[("[]", &[Empty]), ("[   ]", &[Empty]), ("[\t\n]", &[Empty])];
        check(T, rules, cases);
        check(D, rules, cases);
    }
    assert_eq!(
        check_statement(" ", D, EN)[0].message.to_string(),
        "This duty has no title yet"
    );
}

#[test]
fn long_tasks_are_flagged_from_the_ninth_word() {
    let ten = "Search the cells of the prisoners on the upper landing";
    let cases: &[Case] = &[
        (
            "Search the cells of the prisoners on the [upper landing]",
            &[TooLong],
        ),
        (
            "Search the cells of the prisoners on the [upper landing.] ",
            &[TooLong],
        ),
        ("Search the cells of the prisoners every morning", &[]),
        ("Search the cells – of the prisoners every morning", &[]),
    ];
    check(T, EN, cases);
    check(D, EN, &[(ten, &[])]);
    let romanian = "Percheziționează celulele deținuților de pe secția de la [etajul superior]";
    check(T, OTHER, &[(romanian, &[TooLong])]);
    assert_eq!(check_statement(ten, T, EN)[0].span, 41..54);
    assert!(message(ten, EN).starts_with("10 words"));
}

#[test]
fn joined_statements_are_flagged_in_every_language() {
    let cases: &[Case] = &[
        ("Search cells[; record] findings", &[TwoActions]),
        ("Search cells [/ record] findings", &[TwoActions]),
        ("Search cells[. Record] findings.", &[TwoActions]),
        ("Search cells[!  Record] findings", &[TwoActions]),
        ("Search cells/corridors", &[]),
        ("Search cells. record findings", &[]),
        ("Search cells;", &[]),
    ];
    check(T, EN, cases);
    check(T, OTHER, cases);
    check(
        T,
        EN,
        &[(
            "[Understand] rules[; apply] them",
            &[NotObservable, TwoActions],
        )],
    );
    let cases: &[Case] = &[
        ("Zellen durchsuchen[; Befunde] dokumentieren", &[TwoActions]),
        (
            "Efectuează percheziții[. Întocmește] raportul",
            &[TwoActions],
        ),
        ("Zellen durchsuchen, z. B. Hafträume", &[]),
        ("Zellen durchsuchen bzw. Hafträume kontrollieren", &[]),
        ("Verifică deținuții conform art. 12", &[]),
        ("Kontrolovat cely, tj. prostory", &[]),
    ];
    check(T, OTHER, cases);
    let joined = message("Search cells; record findings", OTHER);
    assert!(
        joined.starts_with("Two statements joined by “;”"),
        "{joined}"
    );
}

#[test]
fn languages_without_word_rules_get_only_neutral_checks() {
    let cases: &[Case] = &[
        ("Efectuează percheziții în celule", &[]),
        ("Zellen durchsuchen und sichern", &[]),
        ("Provádět prohlídky cel a chodeb", &[]),
        ("Atlikti kamerų kratas ir užrakinti duris", &[]),
        ("Koğuşları aramak ve kilitlemek", &[]),
        ("Διενεργεί ελέγχους κελιών και καταγράφει ευρήματα", &[]),
        ("Understand prison rules", &[]),
        ("Handle complaints and record outcomes", &[]),
    ];
    check(T, OTHER, cases);
    check(D, OTHER, cases);
}

#[test]
fn unicode_spans_count_characters() {
    let cases: &[Case] = &[
        (
            "Percheziționează celulele[; întocmește] raportul",
            &[TwoActions],
        ),
        ("Prohlížet cely[; zajistit] dveře řádně", &[TwoActions]),
        (
            "Türen prüfen und Gänge überwachen in der frühen [Schicht]",
            &[TooLong],
        ),
        (
            "Patikrinti kameras ir pėdsakus[; užrakinti] duris",
            &[TwoActions],
        ),
        ("Koğuşları ara [/ değerlendir]", &[TwoActions]),
        ("Ελέγχει κελιά[. Καταγράφει] ευρήματα", &[TwoActions]),
    ];
    check(T, OTHER, cases);
    check(
        T,
        EN,
        &[(
            "Search Mărgineanu's cell [and record] findings",
            &[TwoActions],
        )],
    );
    // The same as numbers: "Percheziționează celulele" is 25 characters but 27 bytes.
    let text = "Percheziționează celulele; întocmește raportul";
    assert_eq!(check_statement(text, T, OTHER)[0].span, 25..37);
}

proptest::proptest! {
    /// Whatever is typed, checking never panics and every span lies inside the
    /// statement, so an editor can always underline it.
    #[test]
    fn spans_stay_inside_any_statement(
        text in "[a-zA-Zșțăřüėğαβ;./&'’ -]{0,80}|\\PC{0,40}",
        language in 0..6usize,
        task: bool,
    ) {
        let kind = if task { T } else { D };
        let rules = WordRules::ALL.get(language).map_or(OTHER, |&w| RuleSet::of(w));
        let length = text.chars().count();
        for finding in check_statement(&text, kind, rules) {
            proptest::prop_assert!(finding.span.start <= finding.span.end, "{finding:?}");
            proptest::prop_assert!(finding.span.end <= length, "{finding:?}");
        }
    }
}

#[test]
fn rule_ids_are_stable_kebab_case() {
    let ids = Rule::ALL.map(Rule::id).join(" ");
    let expected = "empty not-action-verb not-observable vague-verb too-long two-actions \
                    duplicate near-duplicate";
    assert_eq!(ids, expected);
}

fn chart(duties: &[(&str, &[&str])]) -> Chart {
    let mut chart = Chart::default();
    for (title, tasks) in duties {
        let mut duty = Duty::new(title);
        duty.tasks = tasks.iter().map(|s| Task::new(s)).collect();
        chart.duties.push(duty);
    }
    chart
}

/// Code, rule id and message of each finding, one line each.
fn lines(findings: &[ChartFinding]) -> Vec<String> {
    let line =
        |f: &ChartFinding| format!("{} {} {}", f.code, f.finding.rule.id(), f.finding.message);
    findings.iter().map(line).collect()
}

#[test]
fn duplicates_name_each_other_across_the_chart() {
    let chart = chart(&[
        ("Maintain security", &["Search cells", "Escort prisoners"]),
        (
            "Supervise prisoners",
            &["Count prisoners", "search  CELLS.", "Escort prisoners"],
        ),
        ("Escort prisoners", &[]),
    ]);
    let findings = check_chart(&chart, EN);
    let expected = [
        "A-1 duplicate Same as B-2",
        "A-2 duplicate Same as B-3, C",
        "B-2 duplicate Same as A-1",
        "B-3 duplicate Same as A-2, C",
        "C duplicate Same as A-2, B-3",
    ];
    assert_eq!(lines(&findings), expected);
    let b2 = findings.iter().find(|f| f.code == "B-2");
    let b2 = b2.map(|f| (f.element, f.finding.span.clone()));
    assert_eq!(b2, Some((chart.duties[1].tasks[1].id, 0..14)));
}

#[test]
fn chart_findings_come_in_chart_order() {
    let chart = chart(&[
        ("Security", &["Handle complaints", "Search cells", ""]),
        ("Supervise prisoners", &["Understand prison rules"]),
    ]);
    let found = check_chart(&chart, EN);
    let found: Vec<(&str, Rule)> = found
        .iter()
        .map(|f| (f.code.as_str(), f.finding.rule))
        .collect();
    let expected = [
        ("A", NotActionVerb),
        ("A-1", VagueVerb),
        ("A-3", Empty),
        ("B-1", NotObservable),
    ];
    assert_eq!(found, expected);
}

#[test]
fn charts_in_languages_without_word_rules_get_only_neutral_checks() {
    let tasks: &[&str] = &["Efectuează percheziții", "efectuează  percheziții.", ""];
    let chart = chart(&[
        ("Menținerea securității", tasks),
        ("Zellen durchsuchen und sichern", &[]),
    ]);
    let expected = [
        "A-1 duplicate Same as A-2",
        "A-2 duplicate Same as A-1",
        "A-3 empty This task has no statement yet",
    ];
    assert_eq!(lines(&check_chart(&chart, OTHER)), expected);
}
