//! A small Rust tokenizer, enough to read module declarations and paths: it skips
//! comments (nested block comments too), string, byte-string, raw-string and
//! character literals, lifetimes and numbers, and keeps identifiers, `::` and the
//! punctuation that shapes items. String literals are kept as one token with
//! their text, for `#[path = "…"]`.

/// One token and the line it starts on (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub line: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Ident(String),
    /// `::`
    PathSep,
    /// A string literal's text between its quotes, escapes left as written.
    Str(String),
    /// Any other punctuation character.
    Punct(char),
}

impl Token {
    pub fn ident(&self) -> Option<&str> {
        match &self.kind {
            Kind::Ident(name) => Some(name),
            _ => None,
        }
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub fn is_path_sep(&self) -> bool {
        self.kind == Kind::PathSep
    }
}

/// The tokens of a source text.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut lexer = Lexer {
        chars: &chars,
        at: 0,
        line: 1,
    };
    let mut tokens = Vec::new();
    while let Some(c) = lexer.peek(0) {
        let line = lexer.line;
        if c.is_whitespace() {
            lexer.bump();
        } else if c == '/' && lexer.peek(1) == Some('/') {
            while lexer.peek(0).is_some_and(|c| c != '\n') {
                lexer.bump();
            }
        } else if c == '/' && lexer.peek(1) == Some('*') {
            lexer.block_comment();
        } else if c == '"' {
            let text = lexer.string();
            tokens.push(Token {
                kind: Kind::Str(text),
                line,
            });
        } else if c == '\'' {
            lexer.quote();
        } else if c.is_ascii_digit() {
            while lexer
                .peek(0)
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
            {
                lexer.bump();
            }
        } else if c.is_alphabetic() || c == '_' {
            let name = lexer.ident();
            match lexer.literal_after_prefix(&name) {
                Prefixed::Token(kind) => tokens.push(Token { kind, line }),
                Prefixed::Skipped => {}
                Prefixed::Ident => tokens.push(Token {
                    kind: Kind::Ident(name),
                    line,
                }),
            }
        } else if c == ':' && lexer.peek(1) == Some(':') {
            lexer.bump();
            lexer.bump();
            tokens.push(Token {
                kind: Kind::PathSep,
                line,
            });
        } else {
            lexer.bump();
            tokens.push(Token {
                kind: Kind::Punct(c),
                line,
            });
        }
    }
    tokens
}

struct Lexer<'a> {
    chars: &'a [char],
    at: usize,
    line: usize,
}

impl Lexer<'_> {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn bump(&mut self) {
        if self.peek(0) == Some('\n') {
            self.line += 1;
        }
        self.at += 1;
    }

    fn ident(&mut self) -> String {
        let mut name = String::new();
        while let Some(c) = self.peek(0).filter(|c| c.is_alphanumeric() || *c == '_') {
            name.push(c);
            self.bump();
        }
        name
    }

    fn block_comment(&mut self) {
        let mut depth = 0;
        while let Some(c) = self.peek(0) {
            if c == '/' && self.peek(1) == Some('*') {
                depth += 1;
                self.bump();
            } else if c == '*' && self.peek(1) == Some('/') {
                depth -= 1;
                self.bump();
                if depth == 0 {
                    self.bump();
                    return;
                }
            }
            self.bump();
        }
    }

    /// A `"…"` string from its opening quote; returns its text.
    fn string(&mut self) -> String {
        self.bump();
        let mut text = String::new();
        while let Some(c) = self.peek(0) {
            self.bump();
            match c {
                '\\' => {
                    text.push(c);
                    if let Some(escaped) = self.peek(0) {
                        text.push(escaped);
                        self.bump();
                    }
                }
                '"' => break,
                _ => text.push(c),
            }
        }
        text
    }

    /// A raw string from its first `#` or quote, with `hashes` hashes.
    fn raw_string(&mut self, hashes: usize) -> String {
        for _ in 0..=hashes {
            self.bump();
        }
        let mut text = String::new();
        while let Some(c) = self.peek(0) {
            if c == '"' && (1..=hashes).all(|i| self.peek(i) == Some('#')) {
                for _ in 0..=hashes {
                    self.bump();
                }
                break;
            }
            text.push(c);
            self.bump();
        }
        text
    }

    /// A character literal or a lifetime, from its quote.
    fn quote(&mut self) {
        self.bump();
        if self.peek(0) == Some('\\') {
            // An escaped character: up to the closing quote.
            self.bump();
            self.bump();
            while self.peek(0).is_some_and(|c| c != '\'') {
                self.bump();
            }
            self.bump();
        } else if self.peek(1) == Some('\'') {
            self.bump();
            self.bump();
        } else {
            // A lifetime or a label.
            self.ident();
        }
    }

    /// After an identifier `b`, `r`, `br`, `c` or `cr`: the literal it prefixes,
    /// if any. `r#name` is a raw identifier.
    fn literal_after_prefix(&mut self, name: &str) -> Prefixed {
        let Some(next) = self.peek(0) else {
            return Prefixed::Ident;
        };
        match (name, next) {
            ("b" | "c", '"') => Prefixed::Token(Kind::Str(self.string())),
            ("b", '\'') => {
                self.quote();
                Prefixed::Skipped
            }
            ("r" | "br" | "cr", '"' | '#') => {
                let hashes = (0..).take_while(|&i| self.peek(i) == Some('#')).count();
                if self.peek(hashes) == Some('"') {
                    Prefixed::Token(Kind::Str(self.raw_string(hashes)))
                } else if name == "r" && hashes == 1 {
                    self.bump();
                    Prefixed::Token(Kind::Ident(self.ident()))
                } else {
                    Prefixed::Ident
                }
            }
            _ => Prefixed::Ident,
        }
    }
}

/// What an identifier that may prefix a literal turned out to be.
enum Prefixed {
    /// A string literal or a raw identifier.
    Token(Kind),
    /// A byte literal, which says nothing about modules.
    Skipped,
    /// Just the identifier.
    Ident,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idents(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .filter_map(|t| t.ident().map(str::to_owned))
            .collect()
    }

    #[test]
    fn comments_strings_chars_and_lifetimes_are_skipped() {
        let text = r##"
            // use crate::hidden;
            /* use crate::hidden; /* nested */ use crate::hidden; */
            let s = "use crate::hidden; \" still hidden";
            let r = r#"use crate::hidden; "hidden""#;
            let b = b"hidden"; let c = '"'; let d = '\''; let e = b'x';
            fn f<'hidden>(x: &'hidden str) -> &'hidden str { x }
            use crate::real;
        "##;
        let found = idents(text);
        assert!(!found.contains(&"hidden".to_owned()), "{found:?}");
        assert!(found.ends_with(&["use".into(), "crate".into(), "real".into()]));
    }

    #[test]
    fn paths_strings_and_lines() {
        let tokens = tokenize("#[path = \"x.rs\"]\nmod y;\nr#type::z");
        assert_eq!(tokens[4].kind, Kind::Str("x.rs".into()));
        assert_eq!(tokens[7].ident(), Some("y"));
        assert_eq!(tokens[7].line, 2);
        assert_eq!(tokens[9].ident(), Some("type"));
        assert!(tokens[10].is_path_sep());
        assert_eq!(tokens[11].ident(), Some("z"));
        assert_eq!(tokens[11].line, 3);
    }
}
