//! Romanian: a task begins with its action in the 3rd person present, as a job
//! description (fișa postului) writes it ("Efectuează percheziții", "Supraveghează
//! deținuții"), or in the infinitive, with or without "a" ("A efectua", "Verifica");
//! a duty may also begin with a long infinitive ("Supravegherea deținuților").
//! The endings -ează and -ește/-ăște show a verb; the verbs whose 3rd person ends
//! otherwise ("verifică", "conduce", "închide") are listed with their infinitive.
//!
//! Verbs to avoid: those of knowing (cunoaște, știe, înțelege, își însușește, a fi
//! conștient de, a fi familiarizat cu), being (este, a fi), and the vague ones
//! (se ocupă de, se îngrijește de, participă, ia parte la, contribuie la, ajută,
//! răspunde de, este responsabil, se asigură, încearcă să). "Asigură" without "se"
//! is not among them: it is also the concrete "provides" ("Asigură paza").
//! "Recunoaște" (recognises) is an action, not "cunoaște".

use super::grammar::{
    ABILITY, ATTEMPT, AWARE, Avoid, CHARGE, FAMILIAR, Grammar, HELP, KNOW, KNOWLEDGE, OVERSEE,
    PART, QUALITY, RESOLVE, RESULT, VerbPlace, noun, unseen, vague,
};

/// Verbs in the 3rd person present and the infinitive, where the ending does not
/// show them (folded: ă → a, ș → s, ț → t). Infinitives that are also nouns
/// ("escorta", "patrula", "vizita", "prezența", "nota") are left out: their 3rd
/// person ends in -ează, and after "a" any infinitive is read as one.
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "acorda", "aduce", "anunta", "apara", "aplica", "aproba", "arata", "asculta", "asigura",
    "cauta", "cere", "cheama", "comunica", "conduce", "consemna", "consulta", "controla", "da",
    "deschide", "descuie", "desface", "desfasura", "distribui", "distribuie", "duce", "efectua",
    "elibera", "emite", "evacua", "evalua", "executa", "explica", "face", "folosi", "ia",
    "identifica", "imobiliza", "inchide", "incuia", "incuie", "indica", "informa", "inregistra",
    "insoti", "instrui", "interveni", "intervine", "interzice", "intocmi", "intretine",
    "introduce", "inventaria", "mentine", "monitoriza", "muta", "numara", "observa", "obtine",
    "opri", "organiza", "pazi", "perchezitiona", "permite", "preda", "pregati", "preia", "prelua",
    "previne", "prezinta", "primi", "pune", "raporta", "raspunde", "redacta", "retine", "ridica",
    "scoate", "scrie", "semna", "semnala", "separa", "sesiza", "solicita", "sprijina", "spune",
    "stinge", "suna", "supraveghea", "sustine", "tine", "transmite", "transporta", "trimite",
    "utiliza", "verifica",
];

/// Words ending in -ește/-ăște that are not verbs.
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &[
    "coaste", "peste", "poveste", "teste", "veste",
];

/// Long infinitives in -area, -erea, -irea that name no action.
#[rustfmt::skip]
const NOT_NOMINAL: &[&str] = &[
    "culoarea", "inchisoarea", "marea", "sarea", "starea", "valoarea",
];

#[rustfmt::skip]
const LEAD_INS: &[&str] = &[
    "a", "corect", "imediat", "periodic", "permanent", "se", "zilnic",
];

const AVOID: &[Avoid] = &[
    unseen(&["cunoaste"], KNOW),
    unseen(&["stie"], KNOW),
    unseen(&["sti"], KNOW),
    unseen(&["intelege"], KNOW),
    unseen(&["isi", "insuseste"], KNOW),
    unseen(&["isi", "insusi"], KNOW),
    unseen(&["este", "constient", "de"], AWARE),
    unseen(&["fi", "constient", "de"], AWARE),
    unseen(&["este", "familiarizat", "cu"], FAMILIAR),
    unseen(&["fi", "familiarizat", "cu"], FAMILIAR),
    unseen(&["se", "familiarizeaza"], FAMILIAR),
    unseen(&["este", "capabil"], ABILITY),
    unseen(&["fi", "capabil"], ABILITY),
    noun(unseen(&["este"], QUALITY)),
    noun(unseen(&["fi"], QUALITY)),
    noun(unseen(&["cunostinte"], KNOWLEDGE)),
    noun(unseen(&["cunostintele"], KNOWLEDGE)),
    noun(unseen(&["cunoasterea"], KNOWLEDGE)),
    noun(unseen(&["intelegerea"], KNOWLEDGE)),
    noun(unseen(&["notiuni"], KNOWLEDGE)),
    vague(&["se", "ocupa"], RESOLVE),
    vague(&["se", "ingrijeste"], OVERSEE),
    vague(&["participa"], PART),
    vague(&["ia", "parte"], PART),
    vague(&["contribuie", "la"], PART),
    vague(&["ajuta"], HELP),
    vague(&["raspunde", "de"], CHARGE),
    vague(&["este", "responsabil"], CHARGE),
    vague(&["fi", "responsabil"], CHARGE),
    vague(&["se", "asigura"], RESULT),
    vague(&["incearca", "sa"], ATTEMPT),
];

pub(super) const GRAMMAR: Grammar = Grammar {
    place: VerbPlace::First,
    verbs: VERBS,
    verb_endings: &["aste", "eaza", "este"],
    not_verbs: NOT_VERBS,
    not_verb_endings: &[],
    lowercase_verbs: false,
    nominal_endings: &["area", "erea", "irea"],
    not_nominal: NOT_NOMINAL,
    lead_ins: LEAD_INS,
    infinitive_marker: "a",
    avoid: AVOID,
    conjunctions: &["&", "apoi", "ori", "sau", "si", "si/sau"],
    after_conjunction: &["apoi", "ii", "il", "isi", "le", "o", "se"],
    verb_form: "check-form-third-person-or-infinitive",
    task_form_hints: &[],
    task_example: ["Efectuează percheziții", "Supraveghează deținuții"],
    duty_example: ["Asigură paza penitenciarului", "Supravegherea deținuților"],
};
