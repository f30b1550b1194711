//! German statements as a panel of German or Austrian prison officers dictates
//! them: for each word rule, statements where it fires and near-misses where it
//! must not.

use super::Rule::*;
use super::StatementKind::{Duty as D, Task as T};
use super::tests::{Case, check, message};
use super::{RuleSet, WordRules, de, grammar};

const DE: RuleSet = RuleSet::of(WordRules::German);

#[test]
fn the_german_lists_are_sorted_folded_and_consistent() {
    grammar::check_grammar("de", &de::GRAMMAR);
}

#[test]
fn good_german_statements_have_no_findings() {
    let cases: &[Case] = &[
        ("Zellen durchsuchen", &[]),
        ("Besucher kontrollieren", &[]),
        ("Hafträume auf verbotene Gegenstände durchsuchen", &[]),
        ("Gefangene zu Gerichtsterminen begleiten", &[]),
        ("Zellen und Flure durchsuchen", &[]),
        ("Ein- und Ausgänge überwachen", &[]),
        ("Besucherinnen und Besucher kontrollieren", &[]),
        ("Kenntnisse dokumentieren", &[]),
        ("Wissen über Suizidprävention vermitteln", &[]),
        ("Kennzeichen von Fahrzeugen erfassen", &[]),
        ("Verletzte Gefangene erstversorgen", &[]),
        ("Gefangene zählen.", &[]),
        ("Haftraeume durchsuchen", &[]),
        ("Gefangene morgens und abends zählen", &[]),
        ("Konflikte zwischen Gefangenen deeskalieren", &[]),
        ("Erste Hilfe leisten", &[]),
        ("Mit Gefangenen Gespräche führen", &[]),
        ("Suizidgefahr erkennen", &[]),
        ("ZELLEN DURCHSUCHEN", &[]),
        ("Zellen durchsuchen (täglich)", &[]),
        ("Post und Pakete prüfen usw.", &[]),
        ("Besucher kontrollieren (Ausweis, Taschen)", &[]),
    ];
    check(T, DE, cases);
    let duties: &[Case] = &[
        ("Sicherheit und Ordnung der Anstalt aufrechterhalten", &[]),
        ("Gefangene beaufsichtigen", &[]),
        ("Durchsuchung der Hafträume", &[]),
        ("Betreuung der Gefangenen", &[]),
        ("Durchführen von Kontrollen", &[]),
    ];
    check(D, DE, duties);
}

#[test]
fn german_statements_end_with_the_infinitive() {
    let cases: &[Case] = &[
        ("Durchsuchung der [Hafträume]", &[NotActionVerb]),
        ("Durchsucht die [Zellen]", &[NotActionVerb]),
        ("Zellen werden täglich [durchsucht]", &[NotActionVerb]),
        ("Zellen müssen durchsucht [werden]", &[NotActionVerb]),
        ("Kontrolle der [Besucher]", &[NotActionVerb]),
        ("Zugang zu den Akten [haben]", &[NotActionVerb]),
        ("Durchsuchung der [Zellen] (täglich)", &[NotActionVerb]),
        ("Die Hausordnung [kennen] (Pflicht)", &[NotObservable]),
    ];
    check(T, DE, cases);
    check(
        D,
        DE,
        &[
            ("Sicherheit der [Anstalt]", &[NotActionVerb]),
            ("[Ordnung]", &[NotActionVerb]),
        ],
    );
    assert_eq!(
        message("Kontrolle der Besucher", DE),
        "“Besucher” does not read as an action verb: end with what the worker does, in the \
         infinitive, e.g. “Zellen durchsuchen” or “Besucher kontrollieren”"
    );
}

#[test]
fn german_knowing_verbs_are_not_observable() {
    let cases: &[Case] = &[
        ("Die Hausordnung [kennen]", &[NotObservable]),
        ("Über Notfallpläne [Bescheid wissen]", &[NotObservable]),
        ("Die Rechte der Gefangenen [verstehen]", &[NotObservable]),
        ("Die Gefahr [begreifen]", &[NotObservable]),
        ("Deeskalationstechniken [beherrschen]", &[NotObservable]),
        ("Sich der Suizidgefahr [bewusst sein]", &[NotObservable]),
        ("Mit der Alarmanlage [vertraut sein]", &[NotObservable]),
        ("Pünktlich [sein]", &[NotObservable]),
        ("Fesseltechniken anwenden [können]", &[NotObservable]),
        ("[Kenntnisse] der Vollzugsgesetze", &[NotObservable]),
        ("[Wissen] über Drogen", &[NotObservable]),
    ];
    check(T, DE, cases);
    assert!(message("Die Hausordnung kennen", DE).starts_with("“Kennen” cannot be observed"));
}

#[test]
fn german_vague_verbs_are_named() {
    let cases: &[Case] = &[
        ("Sich um neue Gefangene [kümmern]", &[VagueVerb]),
        ("Mit aggressiven Gefangenen [umgehen]", &[VagueVerb]),
        ("An Fallkonferenzen [teilnehmen]", &[VagueVerb]),
        ("Die Sicherheit [gewährleisten]", &[VagueVerb]),
        ("Für Ordnung [sorgen]", &[VagueVerb]),
        ("Für die Schlüssel [verantwortlich sein]", &[VagueVerb]),
        ("Neuen Kollegen [helfen]", &[VagueVerb]),
    ];
    check(T, DE, cases);
    // Concrete verbs that a list of vague ones might wrongly catch.
    let near: &[Case] = &[
        ("Verletzungen behandeln", &[]),
        ("Gefangene betreuen", &[]),
        ("Anträge bearbeiten", &[]),
        ("Fachdienste unterstützen", &[]),
        // To seize, in the prison and police register.
        ("Unerlaubte Gegenstände sicherstellen", &[]),
    ];
    check(T, DE, near);
}

#[test]
fn german_two_actions_need_an_infinitive_before_und() {
    let cases: &[Case] = &[
        ("Zellen durchsuchen [und sichern]", &[TwoActions]),
        (
            "Zellen durchsuchen [und Befunde dokumentieren]",
            &[TwoActions],
        ),
        ("Besucher kontrollieren [oder abweisen]", &[TwoActions]),
        ("Gefangene zählen [sowie Ergebnisse melden]", &[TwoActions]),
        ("Türen prüfen [und/oder verschließen]", &[TwoActions]),
        ("Durchsuchen [und sichern]", &[TwoActions]),
    ];
    check(T, DE, cases);
    let near: &[Case] = &[
        ("Zellen und Flure durchsuchen", &[]),
        ("Verletzte und kranke Gefangene versorgen", &[]),
        ("Post und Pakete kontrollieren", &[]),
        ("Gefangene beim Essen und Duschen beaufsichtigen", &[]),
        ("Zahlen und Fakten prüfen", &[]),
        ("Melden und Berichten üben", &[]),
    ];
    check(T, DE, near);
}
