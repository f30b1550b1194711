//! Which statement rules apply to a language, so that nothing switches off
//! silently: a session in a language with word lists gets every rule, any other
//! language the language-neutral ones, and [`RuleSet::summary`] says which in a
//! sentence the app shows beside the language field and above the findings.
//!
//! A language is named by its BCP 47 tag; only the primary subtag counts, in any
//! case and with "-" or "_" before the region: "cs", "cs-CZ", "de-AT" and "`ro_RO`"
//! all name their language.

use dacum_i18n::Text;

use super::Rule;

/// The languages with word rules (action verbs, verbs to avoid, two actions joined).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WordRules {
    English,
    German,
    Czech,
    Slovenian,
    Romanian,
}

impl WordRules {
    pub const ALL: [WordRules; 5] = [
        WordRules::English,
        WordRules::German,
        WordRules::Czech,
        WordRules::Slovenian,
        WordRules::Romanian,
    ];

    /// The primary language subtag: "en", "de", "cs", "sl", "ro".
    pub const fn tag(self) -> &'static str {
        match self {
            WordRules::English => "en",
            WordRules::German => "de",
            WordRules::Czech => "cs",
            WordRules::Slovenian => "sl",
            WordRules::Romanian => "ro",
        }
    }

    /// The words for "and" and "or" in this language, which the summary quotes.
    fn joining_words(self) -> [&'static str; 2] {
        match self {
            WordRules::English => ["and", "or"],
            WordRules::German => ["und", "oder"],
            WordRules::Czech => ["a", "nebo"],
            WordRules::Slovenian => ["in", "ali"],
            WordRules::Romanian => ["și", "sau"],
        }
    }
}

/// A BCP 47 primary language subtag has 2 to 8 letters.
const SUBTAG_MAX: usize = 8;

/// The statement rules of one language: which rules run, and a sentence saying so.
/// Small and `Copy`, so the checks take it by value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RuleSet {
    /// The primary subtag in lower case, padded with zeros; all zeros when no
    /// language is set or the tag is not one.
    primary: [u8; SUBTAG_MAX],
    words: Option<WordRules>,
}

impl RuleSet {
    /// No language: the language-neutral rules only.
    pub const NEUTRAL: RuleSet = RuleSet {
        primary: [0; SUBTAG_MAX],
        words: None,
    };

    /// Every rule, for a language with word rules.
    pub const fn of(language: WordRules) -> RuleSet {
        let tag = language.tag().as_bytes();
        let mut primary = [0; SUBTAG_MAX];
        let mut i = 0;
        while i < tag.len() {
            primary[i] = tag[i];
            i += 1;
        }
        RuleSet {
            primary,
            words: Some(language),
        }
    }

    /// The rules for a BCP 47 language tag ("cs", "de-AT", "`ro_RO`"; case does not
    /// matter). A blank or malformed tag gets [`RuleSet::NEUTRAL`].
    pub fn for_language(tag: &str) -> RuleSet {
        let subtag = tag.trim().split(['-', '_']).next().unwrap_or_default();
        let well_formed = (2..=SUBTAG_MAX).contains(&subtag.len())
            && subtag.bytes().all(|b| b.is_ascii_alphabetic());
        if !well_formed {
            return RuleSet::NEUTRAL;
        }
        let mut primary = [0; SUBTAG_MAX];
        for (slot, byte) in primary.iter_mut().zip(subtag.bytes()) {
            *slot = byte.to_ascii_lowercase();
        }
        let words = WordRules::ALL
            .into_iter()
            .find(|w| w.tag().as_bytes() == &primary[..subtag.len()]);
        RuleSet { primary, words }
    }

    /// The language whose word rules run, if any.
    pub fn word_rules(self) -> Option<WordRules> {
        self.words
    }

    /// Whether `rule` is checked: the word rules (action verb, verbs that cannot be
    /// observed, vague verbs) need a language with word lists; the others run in
    /// every language. Two actions joined by "and" need the word lists too, but
    /// two statements joined by ";" share their rule, so it always applies.
    pub fn applies(self, rule: Rule) -> bool {
        match rule {
            Rule::NotActionVerb | Rule::NotObservable | Rule::VagueVerb => self.words.is_some(),
            Rule::Empty
            | Rule::TooLong
            | Rule::TwoActions
            | Rule::Duplicate
            | Rule::NearDuplicate => true,
        }
    }

    /// The primary subtag as set, lower case; empty when none is.
    pub fn primary_tag(&self) -> &str {
        let end = self
            .primary
            .iter()
            .position(|&b| b == 0)
            .unwrap_or(SUBTAG_MAX);
        std::str::from_utf8(&self.primary[..end]).unwrap_or_default()
    }

    /// The language's name as a message (`language-name`: "Lithuanian", or the
    /// tag quoted when the catalogues do not name it); `None` when no language is
    /// set.
    pub fn language_name(&self) -> Option<Text> {
        let tag = self.primary_tag();
        (!tag.is_empty()).then(|| Text::new("language-name").with("tag", tag))
    }

    /// One plain sentence saying which rules apply, for the session view and the
    /// findings list: "Statement rules for Czech: …" or "No verb rules for
    /// Lithuanian yet: …".
    pub fn summary(&self) -> Text {
        match (self.words, self.language_name()) {
            (Some(words), Some(name)) => {
                let [and, or] = words.joining_words();
                Text::new("rules-summary-words")
                    .with("language", name)
                    .with("and", and)
                    .with("or", or)
            }
            (_, Some(name)) => Text::new("rules-summary-neutral").with("language", name),
            (_, None) => Text::new("rules-summary-none"),
        }
    }
}

/// The rules for a BCP 47 language tag: [`RuleSet::for_language`].
pub fn rules_for(language_tag: &str) -> RuleSet {
    RuleSet::for_language(language_tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_resolve_by_their_primary_subtag_in_any_case() {
        let cases = [
            ("en", Some(WordRules::English)),
            ("en-GB", Some(WordRules::English)),
            ("en_IE", Some(WordRules::English)),
            ("cs", Some(WordRules::Czech)),
            ("cs-CZ", Some(WordRules::Czech)),
            ("CS", Some(WordRules::Czech)),
            ("de-AT", Some(WordRules::German)),
            ("de_CH", Some(WordRules::German)),
            ("sl-SI", Some(WordRules::Slovenian)),
            ("ro_RO", Some(WordRules::Romanian)),
            (" Ro ", Some(WordRules::Romanian)),
            ("lt", None),
            ("el-GR", None),
            ("sk", None),
            ("ces", None),
            ("", None),
            ("r", None),
            ("ro1", None),
            ("enlongertagx", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(rules_for(tag).word_rules(), expected, "{tag:?}");
        }
        assert_eq!(rules_for("de-AT"), RuleSet::of(WordRules::German));
        assert_eq!(rules_for("DE"), rules_for("de_DE"));
        assert_eq!(rules_for(""), RuleSet::NEUTRAL);
        assert_eq!(rules_for("x-private"), RuleSet::NEUTRAL);
    }

    /// The names of `WordRules::ALL`, as the English catalogue gives them.
    const NAMES: [&str; 5] = ["English", "German", "Czech", "Slovenian", "Romanian"];

    #[test]
    fn summaries_say_which_rules_apply() {
        let cases = [
            (
                "cs-CZ",
                "Statement rules for Czech: action verb, knowing and vague verbs, two actions \
                 joined by “a”, “nebo”, length, two statements joined, duplicates",
            ),
            (
                "lt",
                "No verb rules for Lithuanian yet: only length, two statements joined and \
                 duplicates are checked",
            ),
            (
                "xq",
                "No verb rules for the language “xq” yet: only length, two statements joined \
                 and duplicates are checked",
            ),
            (
                "",
                "No statement language set: only length, two statements joined and duplicates \
                 are checked",
            ),
        ];
        for (tag, expected) in cases {
            assert_eq!(rules_for(tag).summary().to_string(), expected, "{tag:?}");
        }
        for (words, name) in WordRules::ALL.into_iter().zip(NAMES) {
            let summary = RuleSet::of(words).summary().to_string();
            assert!(summary.starts_with("Statement rules for "), "{summary}");
            assert!(summary.contains(name), "{summary}");
        }
    }

    #[test]
    fn word_rules_apply_only_with_word_lists() {
        let word_rules = [Rule::NotActionVerb, Rule::NotObservable, Rule::VagueVerb];
        for rule in Rule::ALL {
            let is_word_rule = word_rules.contains(&rule);
            assert!(rules_for("ro").applies(rule), "{rule:?}");
            assert_eq!(rules_for("lt").applies(rule), !is_word_rule, "{rule:?}");
            assert_eq!(RuleSet::NEUTRAL.applies(rule), !is_word_rule, "{rule:?}");
        }
    }
}
