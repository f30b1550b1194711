//! Slovenian: a task begins with its action in the infinitive, in -ti or -či
//! ("Izvajati preiskave celic", "Nadzorovati obsojence", "Reči"); a duty may also
//! begin with a verbal noun ("Zagotavljanje varnosti", "Izvajanje nadzora"). The
//! infinitives in -či are listed, since many nouns end in -ci ("obsojenci").
//!
//! Verbs to avoid: those of knowing (vedeti, razumeti, poznati, znati, zavedati
//! se, seznaniti se, učiti se), being (biti), and the vague ones (skrbeti za,
//! poskrbeti za, sodelovati pri/v, ukvarjati se, pomagati, biti odgovoren za,
//! truditi se). "Sodelovati" alone is not among them: "sodelovati s službami" is
//! to cooperate, an action; "sodelovati pri" is to take part.

use super::grammar::{
    ABILITY, ATTEMPT, AWARE, Avoid, CHARGE, FAMILIAR, Grammar, HELP, KNOW, KNOWLEDGE, OVERSEE,
    PART, QUALITY, RESOLVE, VerbPlace, noun, unseen, vague,
};

/// Infinitives in -či (folded).
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "doseci", "obleci", "odvreci", "peci", "reci", "seci", "sleci", "teci", "vleci", "vreci",
    "zaseci",
];

/// Nouns ending in -ti (folded), among them the locatives of nouns in -ta
/// ("pošti", "zaščiti") that follow "in" as often as a verb would.
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &[
    "casti", "cesti", "ceti", "oblasti", "posti", "poti", "smrti", "zasciti",
];

#[rustfmt::skip]
const LEAD_INS: &[&str] = &[
    "dnevno", "dosledno", "pravilno", "redno", "samostojno", "sproti", "takoj",
];

/// Verbal nouns in -nje that name no action.
#[rustfmt::skip]
const NOT_NOMINAL: &[&str] = &[
    "notranje", "vedenje", "zunanje",
];

const AVOID: &[Avoid] = &[
    unseen(&["vedeti"], KNOW),
    unseen(&["razumeti"], KNOW),
    unseen(&["poznati"], KNOW),
    unseen(&["znati"], KNOW),
    unseen(&["zavedati", "se"], AWARE),
    unseen(&["seznaniti", "se"], FAMILIAR),
    unseen(&["biti", "seznanjen"], FAMILIAR),
    unseen(&["uciti", "se"], KNOW),
    unseen(&["nauciti", "se"], KNOW),
    noun(unseen(&["biti"], QUALITY)),
    unseen(&["biti", "sposoben"], ABILITY),
    noun(unseen(&["znanje"], KNOWLEDGE)),
    noun(unseen(&["poznavanje"], KNOWLEDGE)),
    noun(unseen(&["razumevanje"], KNOWLEDGE)),
    vague(&["skrbeti", "za"], OVERSEE),
    vague(&["poskrbeti", "za"], OVERSEE),
    vague(&["sodelovati", "pri"], PART),
    vague(&["sodelovati", "v"], PART),
    vague(&["ukvarjati", "se"], RESOLVE),
    vague(&["pomagati"], HELP),
    vague(&["biti", "odgovoren", "za"], CHARGE),
    vague(&["truditi", "se"], ATTEMPT),
];

pub(super) const GRAMMAR: Grammar = Grammar {
    place: VerbPlace::First,
    verbs: VERBS,
    verb_endings: &["ti"],
    not_verbs: NOT_VERBS,
    not_verb_endings: &["osti"],
    lowercase_verbs: false,
    nominal_endings: &["anje", "enje"],
    not_nominal: NOT_NOMINAL,
    lead_ins: LEAD_INS,
    infinitive_marker: "",
    avoid: AVOID,
    conjunctions: &["&", "ali", "in", "in/ali", "oz", "oziroma", "ter"],
    after_conjunction: &["nato", "potem", "tudi"],
    verb_form: "check-form-infinitive",
    task_form_hints: &[("anje", "ati"), ("ira", "irati"), ("uje", "ovati")],
    task_example: ["Izvajati preiskave celic", "Nadzorovati obsojence"],
    duty_example: ["Zagotavljati varnost zavoda", "Izvajanje nadzora"],
};
