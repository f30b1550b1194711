//! A message as data: its id and its variables, made where the words are
//! decided (the statement rules, the session checks, the undo history) and
//! turned into words where they are shown, in the language of whoever reads
//! them: [`Catalogue::text`] for the app and the reports, `Display` (English)
//! for the command line and the tests.

use std::fmt;
use std::sync::LazyLock;

use super::{Catalogue, Language, Value};

/// A catalogue message with its variables: `Text::new("check-same-as")
/// .with("codes", "A-1, B-2")`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A variable's value: words given as they are (a statement's own words, a
/// name, a code), a number (which picks the plural form), or another message
/// put into this one in the same language ("the infinitive", a language name).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    Plain(String),
    Number(i64),
    Text(Box<Text>),
}

impl Text {
    pub fn new(id: &'static str) -> Text {
        Text {
            id,
            args: Vec::new(),
        }
    }

    /// The message with one more variable.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    /// The value of variable `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

impl From<&str> for Arg {
    fn from(words: &str) -> Arg {
        Arg::Plain(words.to_owned())
    }
}

impl From<String> for Arg {
    fn from(words: String) -> Arg {
        Arg::Plain(words)
    }
}

impl From<Text> for Arg {
    fn from(text: Text) -> Arg {
        Arg::Text(Box::new(text))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

impl From<u8> for Arg {
    fn from(n: u8) -> Arg {
        Arg::Number(i64::from(n))
    }
}

impl Catalogue {
    /// The words of `text` in this catalogue's language; a message put into it
    /// is worded first, in the same language.
    pub fn text(&self, text: &Text) -> String {
        let args: Vec<(&str, Value<'_>)> = text
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Plain(words) => Value::from(words.as_str()),
                    Arg::Number(n) => Value::from(*n),
                    Arg::Text(inner) => Value::from(self.text(inner)),
                };
                (*name, value)
            })
            .collect();
        self.tr_args(text.id, &args)
    }
}

/// The English catalogue, built once, for `Display`.
static ENGLISH: LazyLock<Catalogue> = LazyLock::new(|| Catalogue::new(Language::English));

/// English: what the command line prints and the tests read.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&ENGLISH.text(self))
    }
}
