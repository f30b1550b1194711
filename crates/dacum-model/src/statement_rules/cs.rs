//! Czech: a task begins with its action in the infinitive, imperfective or
//! perfective ("Provádět prohlídky cel", "Zkontrolovat zámky"); a duty may also
//! begin with a verbal noun ("Zajištění bezpečnosti"). An infinitive ends in a
//! vowel and -t (-at, -et, -ět, -it, -ovat, -nout …), in the bookish -ti, or in
//! -ct/-ci ("říct", "říci"); the few in -st ("vést", "číst") are listed, since
//! most words in -st are nouns ("bezpečnost").
//!
//! Verbs to avoid: those of knowing (znát, vědět, rozumět, chápat, umět, učit se,
//! uvědomovat si, orientovat se, seznámit se), being (být), and the vague ones
//! (podílet se, účastnit se, starat se, pečovat, zabývat se, dbát, zajistit,
//! aby, pomáhat, mít na starosti, odpovídat za, snažit se). "Zajišťovat" alone is
//! not among them: it is also the concrete "secure" ("Zajistit vězně", "Zajistit
//! místo činu").

use super::grammar::{
    ABILITY, ATTEMPT, AWARE, Avoid, CHARGE, FAMILIAR, Grammar, HELP, KNOW, KNOWLEDGE, OVERSEE,
    PART, QUALITY, RESOLVE, RESULT, VerbPlace, noun, unseen, vague,
};

/// Infinitives whose ending alone does not show them (folded).
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "cist", "jist", "klast", "moci", "moct", "obleci", "odvest", "precist", "prevest", "privest",
    "provest", "rici", "uvest", "vest", "vyvest", "zavest",
];

/// Words ending as an infinitive that are nouns or numerals (folded).
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &[
    "automat", "ctyricet", "deficit", "deset", "deti", "devadesat", "dvacet", "format", "kabat",
    "kredit", "limit", "mandat", "osmdesat", "padesat", "piti", "pocet", "pouziti", "predmet",
    "prijeti", "rozpocet", "sedesat", "sedmdesat", "sit", "siti", "svet", "tricet", "ucet",
    "vycet", "zajeti",
];

#[rustfmt::skip]
const LEAD_INS: &[&str] = &[
    "denne", "dusledne", "neprodlene", "okamzite", "pravidelne", "prubezne", "radne", "samostatne",
    "spravne", "vcas",
];

const AVOID: &[Avoid] = &[
    unseen(&["znat"], KNOW),
    unseen(&["vedet"], KNOW),
    unseen(&["rozumet"], KNOW),
    unseen(&["porozumet"], KNOW),
    unseen(&["chapat"], KNOW),
    unseen(&["pochopit"], KNOW),
    unseen(&["umet"], ABILITY),
    unseen(&["ucit", "se"], KNOW),
    unseen(&["naucit", "se"], KNOW),
    unseen(&["uvedomovat", "si"], AWARE),
    unseen(&["uvedomit", "si"], AWARE),
    unseen(&["orientovat", "se"], FAMILIAR),
    unseen(&["seznamit", "se"], FAMILIAR),
    unseen(&["seznamovat", "se"], FAMILIAR),
    noun(unseen(&["byt"], QUALITY)),
    unseen(&["byt", "schopen"], ABILITY),
    noun(unseen(&["znalost"], KNOWLEDGE)),
    noun(unseen(&["znalosti"], KNOWLEDGE)),
    noun(unseen(&["povedomi"], KNOWLEDGE)),
    noun(unseen(&["porozumeni"], KNOWLEDGE)),
    vague(&["podilet", "se"], PART),
    vague(&["ucastnit", "se"], PART),
    vague(&["starat", "se"], OVERSEE),
    vague(&["pecovat"], OVERSEE),
    vague(&["zabyvat", "se"], RESOLVE),
    vague(&["dbat"], RESULT),
    vague(&["zajistit", "aby"], RESULT),
    vague(&["zajistovat", "aby"], RESULT),
    vague(&["pomahat"], HELP),
    vague(&["pomoci"], HELP),
    vague(&["mit", "na", "starosti"], CHARGE),
    vague(&["odpovidat", "za"], CHARGE),
    vague(&["byt", "odpovedny", "za"], CHARGE),
    vague(&["snazit", "se"], ATTEMPT),
];

pub(super) const GRAMMAR: Grammar = Grammar {
    place: VerbPlace::First,
    verbs: VERBS,
    verb_endings: &["at", "ct", "et", "it", "out", "ti", "yt"],
    not_verbs: NOT_VERBS,
    not_verb_endings: &["osti"],
    lowercase_verbs: false,
    nominal_endings: &["ani", "eni"],
    not_nominal: &[],
    lead_ins: LEAD_INS,
    infinitive_marker: "",
    avoid: AVOID,
    conjunctions: &["&", "a", "a/nebo", "ci", "nebo"],
    after_conjunction: &["nasledne", "pak", "pote", "potom", "take", "zaroven"],
    verb_form: "check-form-infinitive",
    task_form_hints: &[("uje", "ovat"), ("ání", "at")],
    task_example: ["Provádět prohlídky cel", "Kontrolovat vězně"],
    duty_example: ["Zajišťovat bezpečnost věznice", "Zajištění bezpečnosti"],
};
