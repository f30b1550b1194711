//! Whether a source text names something its layer must not know: a crate
//! (`egui`, any identifier `egui` or `egui_…`) or a path (`std::fs`, `ron::`),
//! in code — comments and string literals may talk about them.

use super::tokens::{Token, tokenize};

/// The places (line and what was found) where `text` names one of `banned`:
/// `"egui"` bans the identifier and its `egui_…` relatives, `"std::fs"` bans
/// any path that starts so (also inside a `use std::{fs, …}` tree), and a
/// trailing `::` (`"ron::"`) bans only paths that go on after the name.
pub fn mentions(text: &str, banned: &[&str]) -> Vec<(usize, String)> {
    let tokens = tokenize(text);
    let mut found = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let Some(name) = token.ident() else {
            continue;
        };
        let path = path_from(&tokens[i..], name);
        for ban in banned {
            if is_banned(&path, ban) {
                found.push((token.line, format!("{ban} (in `{}`)", path.join("::"))));
            }
        }
    }
    found
}

/// The path from `tokens[0]` on; a `use` group after `::` becomes one last
/// segment `{a,b}` of the names directly inside it.
fn path_from(tokens: &[Token], first: &str) -> Vec<String> {
    let mut path = vec![first.to_owned()];
    let mut i = 1;
    while tokens.get(i).is_some_and(Token::is_path_sep) {
        match tokens.get(i + 1) {
            Some(t) if t.ident().is_some() => {
                path.push(t.ident().unwrap_or_default().to_owned());
                i += 2;
            }
            Some(t) if t.is_punct('{') => {
                // A group: the names directly inside it, each after the prefix.
                let mut depth = 0;
                let mut members = Vec::new();
                for t in &tokens[i + 1..] {
                    if t.is_punct('{') {
                        depth += 1;
                    } else if t.is_punct('}') {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    } else if depth == 1
                        && let Some(member) = t.ident()
                    {
                        members.push(member.to_owned());
                    }
                }
                path.push(format!("{{{}}}", members.join(",")));
                break;
            }
            _ => break,
        }
    }
    path
}

fn is_banned(path: &[String], ban: &str) -> bool {
    let must_go_on = ban.ends_with("::");
    let segments: Vec<&str> = ban.trim_end_matches("::").split("::").collect();
    if segments.len() == 1 && !must_go_on {
        let name = &path[0];
        return name == ban || name.starts_with(&format!("{ban}_"));
    }
    for (k, wanted) in segments.iter().enumerate() {
        let Some(segment) = path.get(k) else {
            return false;
        };
        let in_group = segment
            .strip_prefix('{')
            .and_then(|g| g.strip_suffix('}'))
            .is_some_and(|g| g.split(',').any(|m| m == *wanted));
        if segment != wanted && !in_group {
            return false;
        }
        if in_group {
            // `std::{fs, …}`: the group member ends the path.
            return !must_go_on && k + 1 == segments.len();
        }
    }
    !must_go_on || path.len() > segments.len()
}
