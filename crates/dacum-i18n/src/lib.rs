//! The interface texts of DACUM Studio in every interface language, as Fluent
//! message catalogues (`assets/i18n/<tag>/*.ftl` at the workspace root), embedded
//! in the program with `include_str!`: nothing is read from disk at run time.
//!
//! A [`Catalogue`] is one language's messages. [`Catalogue::tr`] gives a message
//! by its id, [`Catalogue::tr_args`] one with variables, and Fluent picks the
//! plural form by the language's CLDR rules (`{ $count -> [one] … [few] …
//! *[other] … }`), which is what Czech, Slovenian and Lithuanian need
//! (Lithuanian through the catalogue function `PLURAL_LT`, see `lithuanian_plural`).
//!
//! Nothing here draws or touches files, so the app's views and the PDF reports
//! can both use it: the app keeps one `Catalogue` for the display language; a
//! report builds one for the report's language.
//!
//! A message missing from a language falls back to English, and one missing
//! from English to its id; a catalogue with a syntax error keeps every message
//! that parsed. The tests (`tests/integration/`) make sure neither happens:
//! every catalogue parses, and every language has every English message with
//! the same variables.

use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

mod text;

pub use text::{Arg, Text};

/// A value given to a message's variable: a number (`n.into()`, for plurals)
/// or a text (`name.into()`).
pub use fluent_bundle::FluentValue as Value;

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    English,
    German,
    Czech,
    Slovenian,
    Romanian,
    Lithuanian,
    Greek,
}

/// One catalogue file of a language: its name (`main.ftl`) and its text.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    pub file: &'static str,
    pub text: &'static str,
}

/// The files of one language, by area of the interface: every language has
/// the same list.
macro_rules! sources {
    ($tag:literal) => {
        &[
            sources!(@file $tag, "main.ftl"),
            sources!(@file $tag, "board.ftl"),
            sources!(@file $tag, "views.ftl"),
            sources!(@file $tag, "pestle.ftl"),
            sources!(@file $tag, "merge.ftl"),
            sources!(@file $tag, "report.ftl"),
            sources!(@file $tag, "checks.ftl"),
            sources!(@file $tag, "edits.ftl"),
            sources!(@file $tag, "survey.ftl"),
        ]
    };
    (@file $tag:literal, $file:literal) => {
        Source {
            file: $file,
            text: include_str!(concat!("../../../assets/i18n/", $tag, "/", $file)),
        }
    };
}

impl Language {
    /// Every interface language, in the order the language menu lists them.
    pub const ALL: &[Language] = &[
        Language::English,
        Language::German,
        Language::Czech,
        Language::Slovenian,
        Language::Romanian,
        Language::Lithuanian,
        Language::Greek,
    ];

    /// The BCP 47 tag (`cs`), also the name of the catalogue's folder.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::Czech => "cs",
            Language::Slovenian => "sl",
            Language::Romanian => "ro",
            Language::Lithuanian => "lt",
            Language::Greek => "el",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::Czech => "Čeština",
            Language::Slovenian => "Slovenščina",
            Language::Romanian => "Română",
            Language::Lithuanian => "Lietuvių",
            Language::Greek => "Ελληνικά",
        }
    }

    /// The language of a tag or a locale name: `cs`, `cs-CZ`, `cs_CZ.UTF-8`,
    /// `de_AT@euro` (only the language part counts, in any case); `None` for a
    /// language without a catalogue.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Language::ALL.iter().copied().find(|l| l.tag() == language)
    }

    /// The first of the system's preferred locales that has a catalogue, or
    /// English.
    pub fn from_locales<'a>(locales: impl IntoIterator<Item = &'a str>) -> Language {
        locales
            .into_iter()
            .find_map(Language::from_tag)
            .unwrap_or_default()
    }

    /// The catalogue files of the language, embedded in the program.
    pub fn sources(self) -> &'static [Source] {
        match self {
            Language::English => sources!("en"),
            Language::German => sources!("de"),
            Language::Czech => sources!("cs"),
            Language::Slovenian => sources!("sl"),
            Language::Romanian => sources!("ro"),
            Language::Lithuanian => sources!("lt"),
            Language::Greek => sources!("el"),
        }
    }
}

/// The messages of one language, with English behind it for any message the
/// language lacks. Shareable between threads.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    english: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Catalogue {
    /// The catalogue of `language` (parsing its embedded files: build it once
    /// and keep it, not per use).
    pub fn new(language: Language) -> Catalogue {
        Catalogue {
            language,
            bundle: bundle(language),
            english: (language != Language::English).then(|| bundle(Language::English)),
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id` ("menu-file"), or English's if the language lacks it,
    /// or the id itself if English lacks it too.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its variables: `tr_args("tasks", &[("count",
    /// 5.into())])`. A number picks the plural form by the language's rules.
    pub fn tr_args(&self, id: &str, args: &[(&str, Value<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// Whether the language itself (not English behind it) has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in std::iter::once(&self.bundle).chain(&self.english) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                // A reference to a variable not given formats as `{$name}`;
                // the tests check every caller's variables against English.
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_owned()
    }
}

/// A bundle of every file of `language`. A file with syntax errors still gives
/// the messages that parsed (the tests fail on the errors).
fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Without this, every variable would be wrapped in U+2068 … U+2069, which
    // egui draws as boxes and which would end up in copied text.
    bundle.set_use_isolating(false);
    // Lithuanian's plural selectors call this instead of selecting on the
    // number itself: intl_pluralrules 7.0.2 puts 22–29, 32–39 … in `other`
    // and 111 in `one`, against CLDR (tests/integration/plurals.rs). The
    // function is registered once per bundle, so it cannot fail here.
    let _ = bundle.add_function("PLURAL_LT", |positional, _named| match positional.first() {
        Some(Value::Number(number)) => Value::from(lithuanian_plural(number.value)),
        _ => Value::from("other"),
    });
    for source in language.sources() {
        let resource = FluentResource::try_new(source.text.to_owned())
            .unwrap_or_else(|(partial, _errors)| partial);
        // A message defined twice keeps its first definition; the tests
        // reject duplicates.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The CLDR plural category of a number in Lithuanian: `one` for 1, 21, 31 …
/// (not 11), `few` for 2–9, 22–29 … (not 12–19), `many` for fractions,
/// `other` for 0, 10–20, 30 ….
fn lithuanian_plural(number: f64) -> &'static str {
    if number.fract() != 0.0 {
        return "many";
    }
    let whole = number.abs();
    let (last, last_two) = (whole % 10.0, whole % 100.0);
    let teen = (11.0..=19.0).contains(&last_two);
    if last == 1.0 && !teen {
        "one"
    } else if (2.0..=9.0).contains(&last) && !teen {
        "few"
    } else {
        "other"
    }
}
