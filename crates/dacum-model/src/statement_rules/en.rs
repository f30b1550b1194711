//! The English word rules: the action verbs a DACUM duty or task may start with, the
//! verbs a facilitator steers the panel away from (what they describe cannot be
//! watched, or is too vague to train), and the two checks that use these lists: the
//! opening verb, and a second verb joined on with "and" or "or".
//!
//! Only English statements get these checks; the other languages with word rules
//! have their own lists (see `grammar`), since a word list of one language would
//! raise false alarms in another.

use dacum_i18n::Text;

use super::{Finding, Rule, StatementKind, Token, capitalised};

/// Action verbs in base form, lowercase, sorted bytewise so that `binary_search` works
/// (the tests hold that). British and American spellings are both listed, because
/// partner countries use either. Verbs to avoid ("know", "handle" …) are deliberately
/// absent: they are reported under their own rules instead.
#[rustfmt::skip]
const ACTION_VERBS: &[&str] = &[
    "accept", "access", "accompany", "account", "acknowledge", "acquire", "activate", "adapt",
    "add", "address", "adjudicate", "adjust", "administer", "admit", "advise", "advocate", "alert",
    "allocate", "amend", "analyse", "analyze", "announce", "answer", "appeal", "apply", "appoint",
    "appraise", "apprehend", "approve", "arbitrate", "archive", "arrange", "arrest", "ask",
    "assemble", "assess", "assign", "assist", "attach", "attend", "audit", "authenticate",
    "authorise", "authorize",
    "balance", "bandage", "block", "book", "breathalyse", "breathalyze", "brief", "budget",
    "build",
    "calculate", "calibrate", "call", "cancel", "carry", "catalog", "catalogue", "categorise",
    "categorize", "caution", "censor", "certify", "chair", "challenge", "change", "chart", "check",
    "circulate", "clarify", "classify", "clean", "clear", "close", "co-operate", "co-ordinate",
    "coach", "code", "collaborate", "collate", "collect", "command", "communicate", "compare",
    "compile", "complete", "comply", "compose", "compute", "conduct", "confer", "configure",
    "confirm", "confiscate", "confront", "connect", "consolidate", "construct", "consult",
    "contact", "contain", "control", "convene", "convert", "convey", "cooperate", "coordinate",
    "copy", "correct", "correspond", "counsel", "count", "create", "critique", "cuff",
    "de-escalate", "debrief", "decide", "decontaminate", "defend", "define", "defuse", "delegate",
    "deliver", "demonstrate", "deploy", "deposit", "describe", "design", "designate", "destroy",
    "detain", "detect", "deter", "determine", "develop", "devise", "diagnose", "direct", "disarm",
    "discharge", "discipline", "disclose", "discuss", "disinfect", "dismantle", "dispatch",
    "dispense", "display", "dispose", "distribute", "divert", "document", "draft", "draw", "dress",
    "drill", "drive",
    "edit", "educate", "eliminate", "email", "emphasise", "emphasize", "employ", "empty",
    "encourage", "endorse", "enforce", "engage", "enquire", "enrol", "enroll", "enter", "equip",
    "escalate", "escort", "establish", "estimate", "evacuate", "evaluate", "examine", "exchange",
    "execute", "exercise", "expedite", "explain", "extinguish", "extract",
    "facilitate", "fasten", "feed", "fetch", "file", "fill", "finalise", "finalize", "fingerprint",
    "fit", "fix", "flag", "follow", "forecast", "formulate", "forward", "frisk",
    "gather", "generate", "give", "grade", "grant", "greet", "guard", "guide",
    "handcuff", "highlight", "hire", "hold", "host",
    "identify", "illustrate", "immobilise", "immobilize", "implement", "improve", "induct",
    "inform", "initiate", "input", "inquire", "insert", "inspect", "install", "instruct",
    "integrate", "intercept", "interpret", "intervene", "interview", "introduce", "inventory",
    "investigate", "invite", "isolate", "issue", "itemise", "itemize",
    "keep",
    "label", "launch", "lead", "liaise", "license", "lift", "limit", "list", "listen", "load",
    "locate", "lock", "log", "lower",
    "mail", "maintain", "make", "manage", "map", "mark", "measure", "mediate", "meet", "mentor",
    "minimise", "minimize", "mobilise", "mobilize", "model", "moderate", "modify", "monitor",
    "motivate", "move", "muster",
    "negotiate", "notify", "number",
    "observe", "obtain", "offer", "open", "operate", "optimise", "optimize", "order", "organise",
    "organize", "orient", "orientate", "outline",
    "pack", "patrol", "pay", "perform", "photocopy", "photograph", "place", "plan", "position",
    "post", "practice", "practise", "prepare", "prescribe", "present", "preserve", "prevent",
    "print", "prioritise", "prioritize", "probe", "process", "procure", "produce", "profile",
    "program", "programme", "promote", "proofread", "propose", "protect", "provide", "publish",
    "purchase", "pursue",
    "query", "question",
    "radio", "raise", "rank", "rate", "read", "reassess", "reassure", "receive", "recognise",
    "recognize", "recommend", "reconcile", "record", "recruit", "rectify", "redirect", "refer",
    "refill", "refuse", "register", "regulate", "rehabilitate", "reinforce", "reintegrate",
    "relay", "release", "relieve", "relocate", "remind", "remove", "renew", "repair", "replace",
    "replenish", "reply", "report", "represent", "reprimand", "request", "reschedule", "rescue",
    "research", "reserve", "reset", "resettle", "resolve", "respond", "restock", "restore",
    "restrain", "restrict", "resuscitate", "retain", "retrieve", "return", "review", "revise",
    "revoke", "reward", "roster", "rotate", "route", "run",
    "safeguard", "sample", "sanction", "sanitise", "sanitize", "save", "scan", "schedule", "score",
    "screen", "seal", "search", "secure", "seek", "segregate", "seize", "select", "send",
    "separate", "serve", "set", "shackle", "share", "show", "shut", "sign", "signal", "simulate",
    "solve", "sort", "speak", "specify", "stabilise", "stabilize", "staff", "standardise",
    "standardize", "start", "station", "sterilise", "sterilize", "stock", "stop", "store", "strip",
    "strip-search", "structure", "submit", "suggest", "summarise", "summarize", "summon",
    "supervise", "supply", "support", "survey", "suspend", "swab", "sweep", "switch",
    "tabulate", "tag", "take", "tally", "teach", "terminate", "test", "testify", "trace", "track",
    "train", "transcribe", "transfer", "translate", "transmit", "transport", "treat", "triage",
    "troubleshoot", "type",
    "unload", "unlock", "unpack", "update", "upgrade", "uphold", "upload", "use", "utilise",
    "utilize",
    "vaccinate", "validate", "verify", "vet", "visit",
    "warn", "wash", "watch", "wear", "weigh", "welcome", "withdraw", "witness", "write",
    "x-ray",
];

/// Words a statement sometimes opens with before its verb ("To search", "Properly
/// store"); looked past so that "To fully understand" is still reported as not
/// observable rather than as a missing verb.
#[rustfmt::skip]
const LEAD_INS: &[&str] = &[
    "actively", "also", "always", "can", "carefully", "clearly", "correctly", "effectively",
    "fully", "must", "promptly", "properly", "regularly", "should", "thoroughly", "to", "will",
];

/// Words joining two actions when a verb follows: "Search and secure cells".
const CONJUNCTIONS: &[&str] = &["and", "or", "and/or", "&", "then"];

/// Verbs that are as often adjectives ("open areas", "empty cells"); after "and" they
/// count as a second action only straight after the first verb ("Lock and open …").
const ADJECTIVE_LIKE: &[&str] = &[
    "clean", "clear", "close", "complete", "empty", "open", "present", "separate",
];

/// True when `word` (lowercase) is a listed action verb.
fn is_action_verb(word: &str) -> bool {
    ACTION_VERBS.binary_search(&word).is_ok()
}

/// The listed base form of an inflected verb ("searches", "patrolling", "escorted"),
/// so the message can offer the form a task statement wants. `None` when no simple
/// English ending leads back to a listed verb.
fn base_form(word: &str) -> Option<&'static str> {
    let listed = |candidate: &str| {
        let index = ACTION_VERBS.binary_search(&candidate).ok()?;
        ACTION_VERBS.get(index).copied()
    };
    // Endings are tried from the most specific, so "classifies" becomes "classify"
    // before the plain "-s" rule can miss it.
    let endings = [
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
    ];
    for (ending, replacement) in endings {
        let Some(stem) = word.strip_suffix(ending).filter(|stem| !stem.is_empty()) else {
            continue;
        };
        if let Some(verb) = listed(&format!("{stem}{replacement}")) {
            return Some(verb);
        }
        // A doubled final consonant ("patrolling", "logged") is undone once.
        let mut last_two = stem.chars().rev();
        if let (Some(last), Some(before)) = (last_two.next(), last_two.next())
            && last == before
            && matches!(ending, "ing" | "ed")
            && let Some(verb) = listed(&stem[..stem.len() - last.len_utf8()])
        {
            return Some(verb);
        }
    }
    None
}

/// A verb or phrase to avoid, with the advice a facilitator would give for it.
struct AvoidPhrase {
    /// The phrase, lowercase, one entry a word.
    words: &'static [&'static str],
    rule: Rule,
    /// The message id of the advice, given the phrase as `words`:
    /// "“Understand” cannot be observed …".
    advice: &'static str,
    /// False for phrases that also read as nouns ("help", "value", "knowledge of"):
    /// after "and" they must not count as a second action.
    verb: bool,
}

const fn unseen(words: &'static [&'static str], advice: &'static str) -> AvoidPhrase {
    AvoidPhrase {
        words,
        rule: Rule::NotObservable,
        advice,
        verb: true,
    }
}

const fn vague(words: &'static [&'static str], advice: &'static str) -> AvoidPhrase {
    AvoidPhrase {
        words,
        rule: Rule::VagueVerb,
        advice,
        verb: true,
    }
}

/// Marks a phrase that also reads as a noun.
const fn noun(phrase: AvoidPhrase) -> AvoidPhrase {
    AvoidPhrase {
        verb: false,
        ..phrase
    }
}

// The advice for each kind of phrase to avoid: message ids (assets/i18n/*/checks.ftl).
const EXPLAIN: &str = "check-en-explain";
const APPLY: &str = "check-en-apply";
const IDENTIFY: &str = "check-en-identify";
const USE: &str = "check-en-use";
const KNOWLEDGE: &str = "check-en-knowledge";
const ATTITUDE: &str = "check-en-attitude";
const QUALITY: &str = "check-en-quality";
const ABILITY: &str = "check-en-ability";
const HANDLE: &str = "check-en-handle";
const PART: &str = "check-en-part";
const OVERSEE: &str = "check-en-oversee";
const RESOLVE: &str = "check-en-resolve";
const CHARGE: &str = "check-en-charge";
const HELP: &str = "check-en-help";
const WORK_WITH: &str = "check-en-work-with";
const RESULT: &str = "check-en-result";
const ATTEMPT: &str = "check-en-attempt";

/// Verbs and phrases to avoid. The longest phrase that matches wins, so "be
/// responsible for" is reported as vague although a plain "be" is a quality.
const AVOID_PHRASES: &[AvoidPhrase] = &[
    unseen(&["know"], APPLY),
    unseen(&["understand"], EXPLAIN),
    unseen(&["comprehend"], EXPLAIN),
    unseen(&["grasp"], EXPLAIN),
    unseen(&["believe"], EXPLAIN),
    unseen(&["think"], EXPLAIN),
    unseen(&["feel"], EXPLAIN),
    unseen(&["appreciate"], EXPLAIN),
    unseen(&["learn"], APPLY),
    unseen(&["memorise"], APPLY),
    unseen(&["memorize"], APPLY),
    unseen(&["internalise"], APPLY),
    unseen(&["internalize"], APPLY),
    unseen(&["realise"], IDENTIFY),
    unseen(&["realize"], IDENTIFY),
    unseen(&["be", "aware", "of"], IDENTIFY),
    unseen(&["become", "aware", "of"], IDENTIFY),
    unseen(&["be", "conscious", "of"], IDENTIFY),
    unseen(&["be", "familiar", "with"], USE),
    unseen(&["become", "familiar", "with"], USE),
    unseen(&["be", "acquainted", "with"], USE),
    unseen(&["familiarise"], USE),
    unseen(&["familiarize"], USE),
    unseen(&["recognise", "the", "importance", "of"], APPLY),
    unseen(&["recognize", "the", "importance", "of"], APPLY),
    unseen(&["have", "knowledge", "of"], KNOWLEDGE),
    unseen(&["have", "an", "understanding", "of"], KNOWLEDGE),
    noun(unseen(&["knowledge", "of"], KNOWLEDGE)),
    noun(unseen(&["understanding", "of"], KNOWLEDGE)),
    noun(unseen(&["awareness", "of"], KNOWLEDGE)),
    noun(unseen(&["value"], ATTITUDE)),
    noun(unseen(&["respect"], ATTITUDE)),
    unseen(&["be", "able", "to"], ABILITY),
    noun(unseen(&["be"], QUALITY)),
    vague(&["handle"], HANDLE),
    vague(&["deal", "with"], RESOLVE),
    vague(&["cope", "with"], RESOLVE),
    vague(&["participate"], PART),
    vague(&["participate", "in"], PART),
    vague(&["take", "part", "in"], PART),
    vague(&["contribute", "to"], PART),
    vague(&["be", "involved", "in"], PART),
    vague(&["get", "involved", "in"], PART),
    vague(&["oversee"], OVERSEE),
    vague(&["look", "after"], OVERSEE),
    vague(&["take", "care", "of"], OVERSEE),
    vague(&["be", "responsible", "for"], CHARGE),
    vague(&["be", "in", "charge", "of"], CHARGE),
    noun(vague(&["help"], HELP)),
    vague(&["work", "with"], WORK_WITH),
    vague(&["ensure"], RESULT),
    vague(&["make", "sure"], RESULT),
    vague(&["try", "to"], ATTEMPT),
];

/// The longest verb or phrase to avoid that `keys` (lowercase words) begins with.
fn avoid_phrase_at(keys: &[String]) -> Option<&'static AvoidPhrase> {
    AVOID_PHRASES
        .iter()
        .filter(|phrase| {
            phrase.words.len() <= keys.len()
                && phrase.words.iter().zip(keys).all(|(a, b)| *a == b.as_str())
        })
        .max_by_key(|phrase| phrase.words.len())
}

/// The statement must open with an action verb, and not with a verb or phrase to
/// avoid (looking past lead-ins such as "To" or "Properly").
pub(super) fn leading_verb(
    text: &str,
    words: &[&Token],
    kind: StatementKind,
    findings: &mut Vec<Finding>,
) {
    let Some(first) = words.first() else { return };
    let keys: Vec<String> = words.iter().map(|w| w.key()).collect();
    for start in 0..keys.len().min(3) {
        if let Some(phrase) = avoid_phrase_at(&keys[start..]) {
            let (from, to) = (words[start], words[start + phrase.words.len() - 1]);
            findings.push(Finding {
                rule: phrase.rule,
                message: Text::new(phrase.advice)
                    .with("words", capitalised(from.quote_to(text, to))),
                span: from.core_start..to.core_end,
            });
            return;
        }
        if !LEAD_INS.contains(&keys[start].as_str()) {
            break;
        }
    }
    if is_action_verb(&keys[0]) {
        return;
    }
    let typed = first.core;
    let message = match keys.get(1) {
        Some(next) if LEAD_INS.contains(&keys[0].as_str()) && is_action_verb(next) => {
            Text::new("check-en-drop-lead-in")
                .with("typed", typed)
                .with("verb", capitalised(next))
        }
        _ => match base_form(&keys[0]) {
            Some(verb) => Text::new("check-en-base-form")
                .with("verb", capitalised(verb))
                .with("typed", typed),
            None => Text::new(match kind {
                StatementKind::Duty => "check-en-not-action-verb-duty",
                StatementKind::Task => "check-en-not-action-verb-task",
            })
            .with("typed", typed),
        },
    };
    findings.push(Finding {
        rule: Rule::NotActionVerb,
        message,
        span: first.core_span(),
    });
}

/// "and", "or", "and/or", "&" or "then" followed by an action verb may join two tasks
/// ("Search and secure cells", "Check doors and record findings"). Nouns joined by
/// "and" ("Search cells and corridors") are fine, and so is a verb used as a noun:
/// before "of" ("… and search of cells"), or last after an object ("Supervise meals
/// and exercise").
pub(super) fn joined_actions(
    text: &str,
    tokens: &[Token],
    words: &[&Token],
    findings: &mut Vec<Finding>,
) {
    let is_conjunction = |token: &Token| CONJUNCTIONS.contains(&token.key().as_str());
    for (index, token) in tokens.iter().enumerate() {
        if !is_conjunction(token) {
            continue;
        }
        // "and then" is one joint, reported at "and".
        let previous = index.checked_sub(1).and_then(|i| tokens.get(i));
        if token.key() == "then" && previous.is_some_and(is_conjunction) {
            continue;
        }
        let Some(before) = tokens[..index].iter().rev().find(|t| t.is_word) else {
            continue;
        };
        let mut after = tokens[index + 1..].iter().filter(|t| t.is_word);
        let mut candidate = after.next();
        if candidate.is_some_and(|t| matches!(t.key().as_str(), "then" | "also")) {
            candidate = after.next();
        }
        let Some(candidate) = candidate else { continue };
        // The candidate and enough words after it for the longest phrase to avoid.
        let keys: Vec<String> = std::iter::once(candidate)
            .chain(after.take(4))
            .map(super::Token::key)
            .collect();
        let avoided = avoid_phrase_at(&keys).is_some_and(|phrase| phrase.verb);
        if !is_action_verb(&keys[0]) && !avoided {
            continue;
        }
        let straight_after_first_verb = words
            .first()
            .is_some_and(|w| w.core_start == before.core_start);
        let before_of = keys.get(1).is_some_and(|next| next == "of");
        let last = keys.len() == 1;
        let adjective = ADJECTIVE_LIKE.contains(&keys[0].as_str());
        if before_of || ((last || adjective) && !straight_after_first_verb) {
            continue;
        }
        findings.push(Finding {
            rule: Rule::TwoActions,
            message: Text::new("check-may-join-two").with("words", token.quote_to(text, candidate)),
            span: token.core_start..candidate.core_end,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{Case, EN, check, message};
    use super::*;
    use Rule::*;
    use StatementKind::{Duty as D, Task as T};

    #[test]
    fn verb_list_is_sorted_unique_and_long_enough() {
        for pair in ACTION_VERBS.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{:?} must come before {:?}, once",
                pair[0],
                pair[1]
            );
        }
        assert!(
            ACTION_VERBS.len() >= 300,
            "only {} verbs",
            ACTION_VERBS.len()
        );
    }

    #[test]
    fn verbs_are_lowercase_words() {
        for verb in ACTION_VERBS {
            let letters = verb.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            let hyphens_inside = !verb.starts_with('-') && !verb.ends_with('-');
            assert!(!verb.is_empty() && letters && hyphens_inside, "{verb:?}");
        }
    }

    #[test]
    fn verbs_to_avoid_are_not_action_verbs() {
        for phrase in AVOID_PHRASES {
            if let [word] = phrase.words {
                assert!(
                    !is_action_verb(word),
                    "{word:?} is both listed and to avoid"
                );
            }
        }
    }

    #[test]
    fn expected_verbs_are_listed() {
        let correctional = [
            "search",
            "escort",
            "restrain",
            "de-escalate",
            "frisk",
            "count",
            "patrol",
            "log",
            "supervise",
            "inspect",
            "interview",
            "mediate",
            "refer",
            "transport",
            "unlock",
            "lock",
            "handcuff",
            "confiscate",
            "segregate",
            "strip-search",
            "x-ray",
            "muster",
        ];
        let both_spellings = [
            "organise",
            "organize",
            "prioritise",
            "prioritize",
            "analyse",
            "analyze",
            "authorise",
            "authorize",
            "catalogue",
            "catalog",
            "enrol",
            "enroll",
            "practise",
            "practice",
            "co-ordinate",
            "coordinate",
        ];
        for verb in correctional.into_iter().chain(both_spellings) {
            assert!(is_action_verb(verb), "{verb:?} is missing");
        }
    }

    #[test]
    fn inflected_verbs_lead_back_to_their_base_form() {
        let cases = [
            ("searches", Some("search")),
            ("searching", Some("search")),
            ("supervising", Some("supervise")),
            ("patrolling", Some("patrol")),
            ("logged", Some("log")),
            ("classifies", Some("classify")),
            ("escorted", Some("escort")),
            ("records", Some("record")),
            ("uses", Some("use")),
            ("cells", None),
            ("s", None),
            ("ţine", None),
        ];
        for (word, expected) in cases {
            assert_eq!(base_form(word), expected, "{word}");
        }
    }

    #[test]
    fn clean_english_statements_have_no_findings() {
        let cases: &[Case] = &[
            ("Conduct cell searches", &[]),
            ("Search visitors' belongings", &[]),
            ("Search cells and corridors", &[]),
            ("Escort prisoners to court", &[]),
            ("De-escalate verbal conflicts", &[]),
            ("De‐escalate conflicts", &[]),
            ("Frisk prisoners returning from work", &[]),
            ("Prioritize urgent requests", &[]),
            ("Take fingerprints", &[]),
            ("Record use of force and restraint", &[]),
            ("Record use of force and search of cells", &[]),
            ("Supervise meals and exercise", &[]),
            ("Maintain order and control of movement", &[]),
            ("Patrol yards and open areas", &[]),
            ("Request advice and help from medical staff", &[]),
            ("Report damage, e.g. broken locks", &[]),
            ("Log incidents etc. in the register", &[]),
            ("Organise visits;", &[]),
            ("  Search cells.  ", &[]),
            ("- Search cells", &[]),
            ("SEARCH cells", &[]),
        ];
        check(T, EN, cases);
        let long_duty = "Supervise prisoners' daily activities in the housing units of the prison";
        check(
            D,
            EN,
            &[("Maintain security of the facility", &[]), (long_duty, &[])],
        );
    }

    #[test]
    fn first_word_must_be_an_action_verb() {
        let cases: &[Case] = &[
            ("[Cell] searches", &[NotActionVerb]),
            ("“[Searches]” of cells", &[NotActionVerb]),
            ("[Patrolling] the perimeter", &[NotActionVerb]),
            ("[To] search cells", &[NotActionVerb]),
            ("[Ţine] registrul", &[NotActionVerb]),
        ];
        check(T, EN, cases);
        check(D, EN, &[("[Security] of the facility", &[NotActionVerb])]);
        let cases = [
            (
                "Patrolling",
                "Use the verb's base form: “Patrol …” rather than “Patrolling …”",
            ),
            (
                "To search",
                "Start with the action verb: drop or move “To”, e.g. “Search …”",
            ),
            (
                "Cells",
                "“Cells” is not a known action verb: start with what the worker does, e.g. “Search …” or “Record …”",
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(message(text, EN), expected);
        }
    }

    #[test]
    fn unobservable_verbs_are_named_with_their_phrase() {
        let cases: &[Case] = &[
            ("[Understand] prison rules", &[NotObservable]),
            ("[Know] the emergency procedures", &[NotObservable]),
            ("[Be aware of] suicide risk signs", &[NotObservable]),
            ("[be familiar with] the alarm system", &[NotObservable]),
            ("[Appreciate] cultural differences", &[NotObservable]),
            ("[Realise] the risks", &[NotObservable]),
            ("[Familiarize] new staff", &[NotObservable]),
            ("[Recognise the importance of] hygiene", &[NotObservable]),
            ("[Knowledge of] human rights law", &[NotObservable]),
            ("To fully [understand] the regime", &[NotObservable]),
            ("[Be] punctual", &[NotObservable]),
        ];
        check(T, EN, cases);
        let explain =
            "“Understand” cannot be observed: start with what the worker does, e.g. “Explain …”";
        assert_eq!(message("Understand prison rules", EN), explain);
        assert!(message("be aware of risks", EN).starts_with("“Be aware of” cannot be observed"));
    }

    #[test]
    fn vague_verbs_are_named_with_their_phrase() {
        let cases: &[Case] = &[
            ("[Handle] complaints", &[VagueVerb]),
            ("[Participate in] case conferences", &[VagueVerb]),
            ("[Oversee] the kitchen", &[VagueVerb]),
            ("[Deal with] aggressive prisoners", &[VagueVerb]),
            ("[Be responsible for] the keys", &[VagueVerb]),
            ("[Ensure] safety", &[VagueVerb]),
            ("[Help] new arrivals", &[VagueVerb]),
            ("[Take part in] drills", &[VagueVerb]),
        ];
        check(T, EN, cases);
        assert!(message("Handle complaints", EN).starts_with("“Handle” is vague"));
    }

    #[test]
    fn joined_actions_are_flagged_but_joined_nouns_are_not() {
        let cases: &[Case] = &[
            ("Search [and secure] cells", &[TwoActions]),
            ("Check doors [and record] findings", &[TwoActions]),
            ("Restrain [or isolate] violent prisoners", &[TwoActions]),
            ("Search [and/or frisk] visitors", &[TwoActions]),
            ("Search [& secure] cells", &[TwoActions]),
            ("Search cells [and then record] findings", &[TwoActions]),
            ("Search cells [then record] findings", &[TwoActions]),
            ("Check doors, [and log] faults", &[TwoActions]),
            ("Search [and secure]", &[TwoActions]),
            ("Lock [and open] doors", &[TwoActions]),
            ("Search cells [and ensure] safety", &[TwoActions]),
            (
                "[Handle] complaints [and record] outcomes",
                &[VagueVerb, TwoActions],
            ),
        ];
        check(T, EN, cases);
        let joined = "“and record” may join two tasks: one statement should name one action; \
                      consider splitting it";
        assert_eq!(message("Check doors and record findings", EN), joined);
    }
}
