//! Romanian statements as a panel of the National Administration of Penitentiaries
//! dictates them: for each word rule, statements where it fires and near-misses
//! where it must not.

use super::Rule::*;
use super::StatementKind::{Duty as D, Task as T};
use super::tests::{Case, check, message};
use super::{RuleSet, WordRules, grammar, ro};

const RO: RuleSet = RuleSet::of(WordRules::Romanian);

#[test]
fn the_romanian_lists_are_sorted_folded_and_consistent() {
    grammar::check_grammar("ro", &ro::GRAMMAR);
}

#[test]
fn good_romanian_statements_have_no_findings() {
    let cases: &[Case] = &[
        ("Efectuează percheziții", &[]),
        ("Supraveghează deținuții", &[]),
        ("Efectueaza perchezitii in celule", &[]),
        ("Efectuează percheziţii", &[]),
        ("Verifică documentele vizitatorilor", &[]),
        ("Întocmește procesul-verbal", &[]),
        ("Păzește perimetrul penitenciarului", &[]),
        ("A efectua percheziții corporale", &[]),
        ("Efectua percheziții", &[]),
        ("Conduce deținuții la instanță", &[]),
        ("Recunoaște semnele de risc suicidar", &[]),
        ("Verifică cunoștințele deținuților despre regulament", &[]),
        ("Evaluează înțelegerea regulilor de către deținuți", &[]),
        ("Percheziționează celulele și camerele de vizită", &[]),
        ("Supraveghează deținuții la plimbare și la masă", &[]),
        ("Patrulează și în timpul nopții", &[]),
        ("Asigură paza exterioară", &[]),
        ("Răspunde la solicitările deținuților", &[]),
        ("Numără deținuții de trei ori pe zi", &[]),
        ("Se prezintă la program", &[]),
        ("Zilnic verifică gratiile", &[]),
        ("Distribuie hrana deținuților", &[]),
        ("Ține evidența obiectelor personale", &[]),
        ("Pune cătușele deținutului", &[]),
        ("Ia măsuri de prevenire a evadărilor", &[]),
        ("Previne evadările", &[]),
        ("Citește corespondența deținuților", &[]),
    ];
    check(T, RO, cases);
    let duties: &[Case] = &[
        ("Asigurarea pazei penitenciarului", &[]),
        ("Supravegherea deținuților", &[]),
        ("Menținerea ordinii și disciplinei", &[]),
        ("Asigură siguranța locului de deținere", &[]),
    ];
    check(D, RO, duties);
}

#[test]
fn romanian_statements_begin_with_a_verb() {
    let cases: &[Case] = &[
        ("[Percheziții] în celule", &[NotActionVerb]),
        ("[Paza] perimetrului", &[NotActionVerb]),
        ("[Supravegherea] deținuților", &[NotActionVerb]),
        ("[Deținuții] sunt numărați", &[NotActionVerb]),
    ];
    check(T, RO, cases);
    let duties: &[Case] = &[
        ("[Starea] de sănătate a deținuților", &[NotActionVerb]),
        ("[Paza] penitenciarului", &[NotActionVerb]),
    ];
    check(D, RO, duties);
    assert_eq!(
        message("Paza perimetrului", RO),
        "“Paza” does not read as an action verb: start with what the worker does, in the 3rd \
         person or the infinitive, e.g. “Efectuează percheziții” or “Supraveghează deținuții”"
    );
}

#[test]
fn romanian_knowing_verbs_are_not_observable() {
    let cases: &[Case] = &[
        (
            "[Cunoaște] regulamentul de ordine interioară",
            &[NotObservable],
        ),
        ("[Cunoaste] regulamentul", &[NotObservable]),
        ("[Știe] să acorde primul ajutor", &[NotObservable]),
        ("A [ști] procedurile de urgență", &[NotObservable]),
        ("[Înțelege] drepturile deținuților", &[NotObservable]),
        ("[Își însușește] procedurile", &[NotObservable]),
        ("[Este conștient de] riscuri", &[NotObservable]),
        ("[Cunoștințe] de legislație penitenciară", &[NotObservable]),
        ("[Cunoașterea] legislației", &[NotObservable]),
        ("[Este] punctual", &[NotObservable]),
        ("[Este capabil] să intervină", &[NotObservable]),
    ];
    check(T, RO, cases);
    check(D, RO, &[("[Cunoașterea] legislației", &[NotObservable])]);
    assert!(message("Cunoaște regulamentul", RO).starts_with("“Cunoaște” cannot be observed"));
}

#[test]
fn romanian_vague_verbs_are_named() {
    let cases: &[Case] = &[
        ("[Se ocupă] de deținuții nou depuși", &[VagueVerb]),
        ("[Participă] la ședințele de analiză", &[VagueVerb]),
        ("[Ia parte] la exerciții", &[VagueVerb]),
        ("[Ajută] colegii noi", &[VagueVerb]),
        ("[Răspunde de] chei", &[VagueVerb]),
        ("[Se asigură] că ușile sunt încuiate", &[VagueVerb]),
        ("[Este responsabil] de armament", &[VagueVerb]),
    ];
    check(T, RO, cases);
}

#[test]
fn romanian_two_actions_are_two_verbs_joined() {
    let cases: &[Case] = &[
        (
            "Percheziționează celulele [și întocmește] procesul-verbal",
            &[TwoActions],
        ),
        ("Verifică ușile [și încuie] camerele", &[TwoActions]),
        ("Percheziționează celulele [și le sigilează]", &[TwoActions]),
        (
            "Escortează deținuții [sau supraveghează] vizitele",
            &[TwoActions],
        ),
        ("Verifică ușile [apoi închide] camerele", &[TwoActions]),
        (
            "[Cunoaște] [și aplică] regulamentul",
            &[NotObservable, TwoActions],
        ),
        ("Deschide [și închide] ușile", &[TwoActions]),
    ];
    check(T, RO, cases);
    let near: &[Case] = &[
        ("Percheziționează celulele și camerele", &[]),
        ("Efectuează percheziții și controale", &[]),
        ("Verifică apelul și prezența deținuților", &[]),
        ("Pregătește autovehiculul și escorta", &[]),
        ("Verifică registrul și nota de predare", &[]),
        ("Controlează pachetele și vizita", &[]),
        ("Supraveghează deținuții la plimbare și la masă", &[]),
        ("Numără deținuții de trei ori pe zi", &[]),
    ];
    check(T, RO, near);
}
