//! German: a task names its action in the infinitive, last ("Zellen durchsuchen",
//! "Besucher kontrollieren"); a duty may also be a verbal noun ("Durchsuchung der
//! Hafträume"). German capitalises nouns, so an unlisted word counts as the verb
//! only when it is typed in lower case and ends as infinitives do (-en, -ern, -eln).
//! Two actions are joined when a listed infinitive stands before "und" or "oder"
//! and a verb follows ("Zellen durchsuchen und Befunde dokumentieren"); "Zellen und
//! Flure durchsuchen" is one.
//!
//! Verbs to avoid: those of knowing (kennen, wissen, verstehen, begreifen,
//! beherrschen, lernen), being and being able (sein, können), and the vague ones a
//! facilitator rewords (sich kümmern, umgehen mit, sich befassen, teilnehmen,
//! mitwirken, gewährleisten, sorgen für, helfen, versuchen).
//! "Behandeln" and "betreuen" are not among them: they are also the concrete
//! "treat an injury" and the care of prisoners that German prison law names.

use super::grammar::{
    ABILITY, AWARE, Avoid, CHARGE, FAMILIAR, Grammar, HELP, KNOW, KNOWLEDGE, OVERSEE, PART,
    QUALITY, RESOLVE, RESULT, VerbPlace, noun, unseen, vague,
};

/// Infinitives of the work of prison staff, folded (ä → a, ß → ss).
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "abholen", "ablegen", "ablesen", "abnehmen", "abschliessen", "absichern", "absperren",
    "abstimmen", "abwehren", "alarmieren", "analysieren", "anfordern", "anhoren", "ankundigen",
    "anlegen", "anleiten", "anmelden", "annehmen", "anordnen", "anpassen", "ansprechen",
    "anweisen", "anwenden", "archivieren", "aufbewahren", "aufklaren", "aufnehmen",
    "aufschliessen", "aufsuchen", "aufzeichnen", "ausbilden", "ausfullen", "ausgeben",
    "aushandigen", "auslosen", "ausstellen", "auswerten", "beantragen", "beantworten",
    "bearbeiten", "beaufsichtigen", "bedienen", "beenden", "befragen", "begleiten", "begrussen",
    "begutachten", "beheben", "belehren", "benachrichtigen", "beobachten", "beraten", "berechnen",
    "bereitstellen", "berichten", "beruhigen", "beschaffen", "beschlagnahmen", "beschreiben",
    "besprechen", "bestatigen", "bestellen", "besuchen", "beurteilen", "bewachen", "bewerten",
    "buchen", "deeskalieren", "dokumentieren", "dolmetschen", "durchfuhren", "durchsuchen",
    "einleiten", "einschliessen", "einsetzen", "einteilen", "eintragen", "einweisen", "empfangen",
    "entgegennehmen", "entlassen", "entnehmen", "entscheiden", "entwickeln", "erfassen", "erheben",
    "erkennen", "erklaren", "erlautern", "ermitteln", "erstellen", "erteilen", "evakuieren",
    "fesseln", "festhalten", "festnehmen", "feststellen", "fixieren", "fotografieren", "fuhren",
    "genehmigen", "gestalten", "herausgeben", "identifizieren", "informieren", "inspizieren",
    "instruieren", "intervenieren", "isolieren", "kommunizieren", "kontrollieren", "koordinieren",
    "korrigieren", "leiten", "lesen", "loschen", "melden", "messen", "moderieren", "motivieren",
    "offnen", "ordnen", "organisieren", "planen", "protokollieren", "prufen", "quittieren",
    "reagieren", "registrieren", "reinigen", "reparieren", "sammeln", "schliessen", "schreiben",
    "schulen", "schutzen", "sichern", "sichten", "sortieren", "sperren", "steuern", "suchen",
    "trainieren", "transportieren", "trennen", "uberbringen", "ubergeben", "uberprufen",
    "ubersetzen", "ubertragen", "uberwachen", "umsetzen", "unterbringen", "unterrichten",
    "unterschreiben", "unterstutzen", "untersuchen", "unterweisen", "veranlassen", "verbinden",
    "verfassen", "verhindern", "verlegen", "vermitteln", "verschliessen", "versorgen", "verteilen",
    "verwahren", "verwalten", "verwarnen", "vollziehen", "vorbereiten", "vorfuhren", "vorlegen",
    "vornehmen", "vorstellen", "warnen", "wechseln", "weiterleiten", "wiegen", "zahlen",
    "zuordnen", "zustellen", "zuteilen", "zuweisen",
];

/// Lower-case words ending in -en that end a statement without being its action:
/// auxiliaries ("… durchsucht werden"), pronouns and prepositions.
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &[
    "allen", "anderen", "aussen", "beiden", "binnen", "den", "diesen", "einen", "gegen", "haben",
    "innen", "jeden", "morgen", "mussen", "oben", "offen", "sollen", "unten", "wegen", "werden",
    "zwischen",
];

/// Nouns in -ung that name no action, so a duty cannot begin with them.
#[rustfmt::skip]
const NOT_NOMINAL: &[&str] = &[
    "abteilung", "bedingung", "erfahrung", "haltung", "hausordnung", "kleidung", "ordnung",
    "richtung", "umgebung", "wohnung", "zeitung",
];

/// Verbs at the end of the statement; nouns at its start, when no verb ends it.
const AVOID: &[Avoid] = &[
    unseen(&["kennen"], KNOW),
    unseen(&["kennenlernen"], FAMILIAR),
    unseen(&["wissen"], KNOW),
    unseen(&["bescheid", "wissen"], KNOW),
    unseen(&["verstehen"], KNOW),
    unseen(&["begreifen"], KNOW),
    unseen(&["beherrschen"], KNOW),
    unseen(&["lernen"], KNOW),
    unseen(&["bewusst", "sein"], AWARE),
    unseen(&["vertraut", "sein"], FAMILIAR),
    unseen(&["sein"], QUALITY),
    unseen(&["konnen"], ABILITY),
    unseen(&["in", "der", "lage", "sein"], ABILITY),
    noun(unseen(&["kenntnis"], KNOWLEDGE)),
    noun(unseen(&["kenntnisse"], KNOWLEDGE)),
    noun(unseen(&["wissen"], KNOWLEDGE)),
    noun(unseen(&["verstandnis"], KNOWLEDGE)),
    vague(&["kummern"], OVERSEE),
    vague(&["umgehen"], RESOLVE),
    vague(&["befassen"], RESOLVE),
    vague(&["teilnehmen"], PART),
    vague(&["mitwirken"], PART),
    vague(&["beteiligen"], PART),
    // Not "sicherstellen": in the prison and police register "Gegenstände
    // sicherstellen" is to seize them, an action an assessor can watch.
    vague(&["gewahrleisten"], RESULT),
    vague(&["sorgen"], RESULT),
    vague(&["helfen"], HELP),
    vague(&["versuchen"], super::grammar::ATTEMPT),
    vague(&["verantwortlich", "sein"], CHARGE),
    vague(&["zustandig", "sein"], CHARGE),
];

pub(super) const GRAMMAR: Grammar = Grammar {
    place: VerbPlace::Last,
    verbs: VERBS,
    verb_endings: &["eln", "ern", "en"],
    not_verbs: NOT_VERBS,
    not_verb_endings: &[],
    lowercase_verbs: true,
    nominal_endings: &["ung"],
    not_nominal: NOT_NOMINAL,
    lead_ins: &[],
    infinitive_marker: "",
    avoid: AVOID,
    conjunctions: &["&", "bzw", "oder", "sowie", "und", "und/oder"],
    after_conjunction: &[],
    verb_form: "check-form-infinitive",
    task_form_hints: &[],
    task_example: ["Zellen durchsuchen", "Besucher kontrollieren"],
    duty_example: ["Gefangene beaufsichtigen", "Durchsuchung der Hafträume"],
};
