//! Slovenian statements as a panel of the Slovenian prison administration
//! dictates them: for each word rule, statements where it fires and near-misses
//! where it must not.

use super::Rule::*;
use super::StatementKind::{Duty as D, Task as T};
use super::tests::{Case, check, message};
use super::{RuleSet, WordRules, grammar, sl};

const SL: RuleSet = RuleSet::of(WordRules::Slovenian);

#[test]
fn the_slovenian_lists_are_sorted_folded_and_consistent() {
    grammar::check_grammar("sl", &sl::GRAMMAR);
}

#[test]
fn good_slovenian_statements_have_no_findings() {
    let cases: &[Case] = &[
        ("Izvajati preiskave celic", &[]),
        ("Nadzorovati obsojence", &[]),
        ("Izvajati preiskave celic in hodnikov", &[]),
        ("Spremljati vedenje obsojencev", &[]),
        ("Preverjati znanje obsojencev", &[]),
        ("Voditi evidenco obsojencev", &[]),
        ("Redno pregledovati celice", &[]),
        ("Sodelovati s strokovnimi službami", &[]),
        ("Preveriti, ali so vrata zaklenjena", &[]),
        ("Reči obsojencu, naj se umiri", &[]),
        ("Obvestiti vodjo izmene o dogodku", &[]),
        ("Poročati o redu in varnosti", &[]),
        ("Spremljati obsojence na poti in nazaj", &[]),
        ("Izvajati preiskave celic pri obsojencih", &[]),
        ("Nuditi prvo pomoč", &[]),
        ("Zaseči prepovedane predmete", &[]),
        ("Preprečevati pobege", &[]),
    ];
    check(T, SL, cases);
    let duties: &[Case] = &[
        ("Zagotavljati varnost zavoda", &[]),
        ("Izvajanje nadzora nad obsojenci", &[]),
        ("Vodenje evidenc", &[]),
    ];
    check(D, SL, duties);
}

#[test]
fn slovenian_statements_begin_with_the_infinitive() {
    let cases: &[Case] = &[
        ("[Izvaja] preiskave celic", &[NotActionVerb]),
        ("[Nadzoruje] obsojence", &[NotActionVerb]),
        ("[Izvajanje] preiskav celic", &[NotActionVerb]),
        ("[Obsojenci] v celicah", &[NotActionVerb]),
        ("[Varnosti] zavoda", &[NotActionVerb]),
        ("[Spremstvo] obsojencev", &[NotActionVerb]),
    ];
    check(T, SL, cases);
    check(D, SL, &[("[Vedenje] obsojencev", &[NotActionVerb])]);
    assert!(
        message("Izvaja preiskave", SL).starts_with("“Izvaja” does not read as an action verb")
    );
    let hints = [
        ("Izvajanje preiskav", "Izvajati", "Izvajanje"),
        ("Nadzoruje obsojence", "Nadzorovati", "Nadzoruje"),
        ("Kontrolira vrata", "Kontrolirati", "Kontrolira"),
    ];
    for (text, verb, typed) in hints {
        let expected = format!("Use the infinitive: “{verb} …” rather than “{typed} …”");
        assert_eq!(message(text, SL), expected);
    }
}

#[test]
fn slovenian_knowing_verbs_are_not_observable() {
    let cases: &[Case] = &[
        ("[Poznati] hišni red", &[NotObservable]),
        ("[Vedeti], kje so gasilni aparati", &[NotObservable]),
        ("[Razumeti] pravice obsojencev", &[NotObservable]),
        (
            "[Znati] uporabljati sredstva za vklepanje",
            &[NotObservable],
        ),
        ("[Zavedati se] tveganja samomora", &[NotObservable]),
        ("[Poznavanje] zakonodaje", &[NotObservable]),
        ("[Biti] točen", &[NotObservable]),
        ("[Biti sposoben] ukrepati", &[NotObservable]),
    ];
    check(T, SL, cases);
}

#[test]
fn slovenian_vague_verbs_are_named() {
    let cases: &[Case] = &[
        ("[Skrbeti za] red v oddelku", &[VagueVerb]),
        ("[Sodelovati pri] obravnavi obsojencev", &[VagueVerb]),
        ("[Ukvarjati se] s pritožbami", &[VagueVerb]),
        ("[Pomagati] novim sodelavcem", &[VagueVerb]),
        ("[Biti odgovoren za] ključe", &[VagueVerb]),
    ];
    check(T, SL, cases);
    check(T, SL, &[("Učiti obsojence prve pomoči", &[])]);
}

#[test]
fn slovenian_two_actions_are_two_verbs_joined() {
    let cases: &[Case] = &[
        ("Preiskati celice [in zaseči] predmete", &[TwoActions]),
        ("Nadzorovati obsojence [ter poročati] vodji", &[TwoActions]),
        ("Zakleniti vrata [ali poklicati] pomoč", &[TwoActions]),
        ("Preveriti vrata [in nato zakleniti]", &[TwoActions]),
        ("Odkleniti [in zakleniti] celice", &[TwoActions]),
    ];
    check(T, SL, cases);
    let near: &[Case] = &[
        ("Preiskati celice in hodnike", &[]),
        ("Poročati o redu in varnosti", &[]),
        ("Poročati o redu in zaščiti obsojencev", &[]),
        ("Predati obvestilo vodji in pošti", &[]),
        ("Spremljati obsojence na poti in nazaj", &[]),
    ];
    check(T, SL, near);
}
