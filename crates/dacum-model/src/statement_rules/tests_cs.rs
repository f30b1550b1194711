//! Czech statements as a panel of the Prison Service of the Czech Republic
//! dictates them: for each word rule, statements where it fires and near-misses
//! where it must not.

use super::Rule::*;
use super::StatementKind::{Duty as D, Task as T};
use super::tests::{Case, check, message};
use super::{RuleSet, WordRules, cs, grammar};

const CS: RuleSet = RuleSet::of(WordRules::Czech);

#[test]
fn the_czech_lists_are_sorted_folded_and_consistent() {
    grammar::check_grammar("cs", &cs::GRAMMAR);
}

#[test]
fn good_czech_statements_have_no_findings() {
    let cases: &[Case] = &[
        ("Provádět prohlídky cel", &[]),
        ("Kontrolovat vězně", &[]),
        ("Provadet prohlidky cel", &[]),
        ("PROVÁDĚT PROHLÍDKY CEL", &[]),
        ("Zkontrolovat zámky a mříže", &[]),
        ("Eskortovat odsouzené k soudu", &[]),
        ("Vést evidenci vězňů", &[]),
        ("Provést osobní prohlídku", &[]),
        ("Zamknout cely na noc", &[]),
        ("Kontrolovat cely a chodby", &[]),
        ("Provádět prohlídky cel a vycházkových dvorů", &[]),
        ("Zapsat počet a totožnost vězňů", &[]),
        ("Ověřovat znalosti odsouzených", &[]),
        ("Pravidelně kontrolovat cely", &[]),
        ("Zajistit místo mimořádné události", &[]),
        ("Zajišťovat bezpečnost při eskortě", &[]),
        ("Spolupracovat se sociálními pracovníky", &[]),
        ("Říci vězňům pravidla", &[]),
        ("Prováděti prohlídky", &[]),
        ("Dohlížet na vězně při vycházkách", &[]),
        ("Poskytnout první pomoc", &[]),
        ("Sepisovat úřední záznam", &[]),
        ("Číst korespondenci vězňů", &[]),
        ("Střežit vnější perimetr", &[]),
    ];
    check(T, CS, cases);
    let duties: &[Case] = &[
        ("Zajišťovat bezpečnost věznice", &[]),
        ("Zajištění bezpečnosti věznice", &[]),
        ("Provádění eskort", &[]),
        ("Hlídání vnějšího perimetru", &[]),
    ];
    check(D, CS, duties);
}

#[test]
fn czech_statements_begin_with_the_infinitive() {
    let cases: &[Case] = &[
        ("[Provádí] prohlídky cel", &[NotActionVerb]),
        ("[Kontroluje] vězně", &[NotActionVerb]),
        ("[Provádění] prohlídek cel", &[NotActionVerb]),
        ("[Prohlídky] cel", &[NotActionVerb]),
        ("[Znalecký] posudek vyžádat", &[NotActionVerb]),
        ("[Počet] vězňů hlásit", &[NotActionVerb]),
        ("[Bezpečnost] věznice", &[NotActionVerb]),
        ("Pravidelně [prohlídky] cel", &[NotActionVerb]),
    ];
    check(T, CS, cases);
    check(D, CS, &[("[Bezpečnost] věznice", &[NotActionVerb])]);
    assert_eq!(
        message("Prohlídky cel", CS),
        "“Prohlídky” does not read as an action verb: start with what the worker does, in \
         the infinitive, e.g. “Provádět prohlídky cel” or “Kontrolovat vězně”"
    );
    let hints = [
        ("Kontroluje vězně", "Kontrolovat", "Kontroluje"),
        ("Eskortuje vězně", "Eskortovat", "Eskortuje"),
        ("Hlídání perimetru", "Hlídat", "Hlídání"),
        ("Kontrolování cel", "Kontrolovat", "Kontrolování"),
    ];
    for (text, verb, typed) in hints {
        let expected = format!("Use the infinitive: “{verb} …” rather than “{typed} …”");
        assert_eq!(message(text, CS), expected);
    }
}

#[test]
fn czech_knowing_verbs_are_not_observable() {
    let cases: &[Case] = &[
        ("[Znát] vnitřní řád věznice", &[NotObservable]),
        ("[Znat] vnitrni rad", &[NotObservable]),
        ("[Rozumět] právům vězňů", &[NotObservable]),
        ("[Chápat] rizika sebevražd", &[NotObservable]),
        ("[Vědět], kde jsou hasicí přístroje", &[NotObservable]),
        ("[Orientovat se] v předpisech", &[NotObservable]),
        ("[Uvědomovat si] rizika", &[NotObservable]),
        ("[Znalost] trestního řádu", &[NotObservable]),
        ("[Být] dochvilný", &[NotObservable]),
        (
            "[Být schopen] použít donucovací prostředky",
            &[NotObservable],
        ),
        ("[Seznámit se] s poplachovým systémem", &[NotObservable]),
    ];
    check(T, CS, cases);
    assert!(message("Znát vnitřní řád", CS).starts_with("“Znát” cannot be observed"));
}

#[test]
fn czech_vague_verbs_are_named() {
    let cases: &[Case] = &[
        ("[Podílet se] na výchovné činnosti", &[VagueVerb]),
        ("[Starat se] o nově příchozí", &[VagueVerb]),
        ("[Zabývat se] stížnostmi vězňů", &[VagueVerb]),
        ("[Dbát] na dodržování řádu", &[VagueVerb]),
        ("[Zajistit, aby] vězni dodržovali řád", &[VagueVerb]),
        ("[Pomáhat] novým kolegům", &[VagueVerb]),
        ("[Mít na starosti] klíče", &[VagueVerb]),
        ("[Odpovídat za] klíče", &[VagueVerb]),
    ];
    check(T, CS, cases);
    let near: &[Case] = &[
        ("Odpovídat na dotazy vězňů", &[]),
        ("Učit vězně první pomoc", &[]),
        ("Poznat příznaky předávkování", &[]),
    ];
    check(T, CS, near);
}

#[test]
fn czech_two_actions_are_two_verbs_joined() {
    let cases: &[Case] = &[
        (
            "Prohledat cely [a zajistit] nalezené předměty",
            &[TwoActions],
        ),
        ("Kontrolovat vězně [a zapisovat] výsledky", &[TwoActions]),
        ("Provádět prohlídky [nebo vést] eskortu", &[TwoActions]),
        ("Zkontrolovat dveře [a pak zamknout]", &[TwoActions]),
        ("Prohledat cely [či zabavit] předměty", &[TwoActions]),
    ];
    check(T, CS, cases);
    let near: &[Case] = &[
        ("Kontrolovat cely a chodby", &[]),
        ("Eskortovat vězně k soudu a k lékaři", &[]),
        ("Vést evidenci a počet vězňů", &[]),
        ("Kontrolovat elektroinstalaci a síť", &[]),
        ("Provádět prohlídky a zajištění cel", &[]),
    ];
    check(T, CS, near);
}
