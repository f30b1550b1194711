//! The file-level import graph of one crate, and its cycles.
//!
//! The modules are found as the compiler finds them: from the crate roots
//! (`lib.rs`, `main.rs`) through every `mod name;` (with its `#[path]`), so each
//! file knows its module path, and inline modules (`mod tests { … }`) belong to
//! their file. A file imports another when one of its paths names a module the
//! other file defines: a `use` tree, or an inline path starting with `crate::`,
//! `super::`, `self::` or the name of a child module (`child::Item`). A path
//! through a `lib.rs` or `mod.rs` to an item it re-exports (`pub use
//! text::same_text_key;`) is followed to the file that defines the module the
//! item comes from. Edges between a module and its own descendants are not
//! cycles (a parent declares its children, which may use what it holds).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use super::tokens::{Kind, Token, tokenize};

/// A source file: its path relative to the crate's source folder, with `/`
/// between folders, and its text.
pub struct Source {
    pub path: String,
    pub text: String,
}

/// What the graph found: the cycles, and the files no crate root reaches.
pub struct Report {
    pub cycles: Vec<Cycle>,
    pub unreached: Vec<String>,
}

/// Files that import each other round: one chain of file paths that ends where
/// it starts, and every file of the tangle (a strongly connected component) it
/// was taken from, in path order.
#[derive(Debug, PartialEq, Eq)]
pub struct Cycle {
    pub chain: Vec<String>,
    pub files: Vec<String>,
}

type ModPath = Vec<String>;

/// A path written in a file, in the module it is written in (`inline`: the
/// inline modules around it).
struct Written {
    inline: Vec<String>,
    path: Vec<String>,
}

/// What one file declares and writes.
#[derive(Default)]
struct Items {
    /// `mod name;` (not inline): the inline modules around it, its name and
    /// its `#[path]`.
    children: Vec<(Vec<String>, String, Option<String>)>,
    /// Inline `mod name { … }`, by their full inline path.
    inline_modules: Vec<Vec<String>>,
    paths: Vec<Written>,
    /// Re-exported names of the file's top level (`pub use a::b as c;` gives
    /// `c` → `a::b`).
    reexports: BTreeMap<String, Vec<String>>,
}

struct File {
    path: String,
    root: usize,
    module: ModPath,
    items: Items,
}

/// The import cycles of a crate: `sources` are all its files, `roots` the paths
/// of its crate roots among them.
pub fn import_cycles(sources: &[Source], roots: &[&str]) -> Report {
    let texts: HashMap<&str, &str> = sources
        .iter()
        .map(|s| (s.path.as_str(), s.text.as_str()))
        .collect();
    let mut files: Vec<File> = Vec::new();
    let mut modules: HashMap<(usize, ModPath), usize> = HashMap::new();
    for (root, &root_path) in roots.iter().enumerate() {
        let mut queue = VecDeque::from([(root_path.to_owned(), ModPath::new())]);
        while let Some((path, module)) = queue.pop_front() {
            let Some(text) = texts.get(path.as_str()) else {
                continue;
            };
            if files.iter().any(|f| f.path == path) {
                continue;
            }
            let items = scan(&tokenize(text));
            let index = files.len();
            modules.insert((root, module.clone()), index);
            for inline in &items.inline_modules {
                modules.insert((root, [module.clone(), inline.clone()].concat()), index);
            }
            for (inline, name, path_attr) in &items.children {
                let child = [module.clone(), inline.clone(), vec![name.clone()]].concat();
                if let Some(child_path) =
                    child_file(&path, inline, name, path_attr.as_deref(), &texts)
                {
                    queue.push_back((child_path, child));
                }
            }
            files.push(File {
                path,
                root,
                module,
                items,
            });
        }
    }
    let graph = Graph { files, modules };
    let edges: Vec<BTreeSet<usize>> = (0..graph.files.len()).map(|f| graph.imports(f)).collect();
    let reached: BTreeSet<&str> = graph.files.iter().map(|f| f.path.as_str()).collect();
    let unreached = sources
        .iter()
        .filter(|s| !reached.contains(s.path.as_str()))
        .map(|s| s.path.clone())
        .collect();
    Report {
        cycles: graph.cycles(&edges),
        unreached,
    }
}

/// The file of `mod name;` declared in `parent` (inside the inline modules
/// `inline`), if it exists.
fn child_file(
    parent: &str,
    inline: &[String],
    name: &str,
    path_attr: Option<&str>,
    texts: &HashMap<&str, &str>,
) -> Option<String> {
    let (dir, file) = parent.rsplit_once('/').unwrap_or(("", parent));
    let join = |a: &str, b: &str| {
        if a.is_empty() {
            b.to_owned()
        } else {
            format!("{a}/{b}")
        }
    };
    if let Some(attr) = path_attr {
        return Some(normalise_path(&join(dir, attr)));
    }
    let stem = file.strip_suffix(".rs").unwrap_or(file);
    let mut children_dir = if matches!(stem, "lib" | "main" | "mod") {
        dir.to_owned()
    } else {
        join(dir, stem)
    };
    for module in inline {
        children_dir = join(&children_dir, module);
    }
    let flat = join(&children_dir, &format!("{name}.rs"));
    let nested = join(&children_dir, &format!("{name}/mod.rs"));
    [flat, nested]
        .into_iter()
        .find(|p| texts.contains_key(p.as_str()))
}

/// `a/./b/../c` as `a/c`.
fn normalise_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// Reads the module declarations, `use` trees and inline paths of a file.
fn scan(tokens: &[Token]) -> Items {
    let mut items = Items::default();
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut pending_inline: Option<String> = None;
    let mut path_attr: Option<String> = None;
    let names = |stack: &[(String, usize)]| stack.iter().map(|(n, _)| n.clone()).collect();
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let after_sep = i > 0 && tokens[i - 1].is_path_sep();
        match (&token.kind, token.ident()) {
            (Kind::Punct('#'), _) => {
                if let Some(attr) = path_attribute(&tokens[i..]) {
                    path_attr = Some(attr);
                    i += 6;
                    continue;
                }
            }
            (Kind::Punct('{'), _) => {
                depth += 1;
                if let Some(name) = pending_inline.take() {
                    inline.push((name, depth));
                    items.inline_modules.push(names(&inline));
                }
                path_attr = None;
            }
            (Kind::Punct('}'), _) => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                path_attr = None;
            }
            (Kind::Punct(';'), _) => path_attr = None,
            (_, Some("mod")) if !after_sep => {
                if let Some(name) = tokens.get(i + 1).and_then(Token::ident) {
                    match tokens.get(i + 2) {
                        Some(t) if t.is_punct(';') => {
                            items.children.push((
                                names(&inline),
                                name.to_owned(),
                                path_attr.take(),
                            ));
                        }
                        Some(t) if t.is_punct('{') => pending_inline = Some(name.to_owned()),
                        _ => {}
                    }
                    i += 2;
                    continue;
                }
            }
            (_, Some("use")) if !after_sep => {
                let public = is_public(&tokens[..i]);
                let end = (i..tokens.len())
                    .find(|&j| tokens[j].is_punct(';'))
                    .unwrap_or(tokens.len());
                let mut trees = Vec::new();
                use_tree(&tokens[i + 1..end], &mut 0, &[], &mut trees);
                for (path, alias) in trees {
                    if public && inline.is_empty() {
                        let name = alias.or_else(|| path.last().cloned());
                        if let Some(name) = name.filter(|n| n != "*") {
                            items.reexports.insert(name, path.clone());
                        }
                    }
                    items.paths.push(Written {
                        inline: names(&inline),
                        path,
                    });
                }
                i = end;
                continue;
            }
            (_, Some(_)) if !after_sep => {
                let path = path_at(&tokens[i..]);
                if path.len() >= 2 {
                    i += 2 * path.len() - 1;
                    items.paths.push(Written {
                        inline: names(&inline),
                        path,
                    });
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    items
}

/// `#[path = "…"]` at the start of `tokens`: its file.
fn path_attribute(tokens: &[Token]) -> Option<String> {
    let [hash, open, name, eq, value, close, ..] = tokens else {
        return None;
    };
    let shaped = hash.is_punct('#')
        && open.is_punct('[')
        && name.ident() == Some("path")
        && eq.is_punct('=')
        && close.is_punct(']');
    match &value.kind {
        Kind::Str(file) if shaped => Some(file.clone()),
        _ => None,
    }
}

/// Whether the item ending just before `use` is `pub` or `pub(…)`.
fn is_public(before: &[Token]) -> bool {
    let Some(last) = before.last() else {
        return false;
    };
    if last.ident() == Some("pub") {
        return true;
    }
    if last.is_punct(')') {
        let open = before.iter().rposition(|t| t.is_punct('('));
        return open.is_some_and(|o| o > 0 && before[o - 1].ident() == Some("pub"));
    }
    false
}

/// The path `a::b::c` starting at `tokens[0]`.
fn path_at(tokens: &[Token]) -> Vec<String> {
    let mut path = Vec::new();
    let mut i = 0;
    while let Some(name) = tokens.get(i).and_then(Token::ident) {
        path.push(name.to_owned());
        if tokens.get(i + 1).is_some_and(Token::is_path_sep)
            && tokens.get(i + 2).and_then(Token::ident).is_some()
        {
            i += 2;
        } else {
            break;
        }
    }
    path
}

/// Expands one `use` tree, from `tokens[*at]`, into its paths below `prefix`,
/// each with its `as` name.
fn use_tree(
    tokens: &[Token],
    at: &mut usize,
    prefix: &[String],
    out: &mut Vec<(Vec<String>, Option<String>)>,
) {
    let mut path = prefix.to_vec();
    let alias = |at: &mut usize| {
        if tokens.get(*at).and_then(Token::ident) != Some("as") {
            return None;
        }
        *at += 2;
        tokens
            .get(*at - 1)
            .and_then(Token::ident)
            .map(str::to_owned)
    };
    while let Some(token) = tokens.get(*at) {
        if token.is_path_sep() {
            *at += 1;
        } else if token.is_punct('{') {
            *at += 1;
            loop {
                match tokens.get(*at) {
                    None => return,
                    Some(t) if t.is_punct('}') => {
                        *at += 1;
                        return;
                    }
                    _ => {}
                }
                let before = *at;
                use_tree(tokens, at, &path, out);
                match tokens.get(*at) {
                    Some(t) if t.is_punct(',') => *at += 1,
                    _ if *at == before => *at += 1,
                    _ => {}
                }
            }
        } else if token.is_punct('*') {
            *at += 1;
            path.push("*".to_owned());
            out.push((path, None));
            return;
        } else if let Some(name) = token.ident() {
            *at += 1;
            // `a::{self, …}` is `a` itself.
            let itself = name == "self" && !prefix.is_empty() && path.len() == prefix.len();
            if !itself {
                path.push(name.to_owned());
                if tokens.get(*at).is_some_and(Token::is_path_sep) {
                    continue;
                }
            }
            let name = alias(at);
            out.push((path, name));
            return;
        } else {
            break;
        }
    }
    if path.len() > prefix.len() {
        out.push((path, None));
    }
}

struct Graph {
    files: Vec<File>,
    modules: HashMap<(usize, ModPath), usize>,
}

impl Graph {
    /// The other files file `from` imports.
    fn imports(&self, from: usize) -> BTreeSet<usize> {
        let file = &self.files[from];
        let mut targets = BTreeSet::new();
        for written in &file.items.paths {
            let here = [file.module.clone(), written.inline.clone()].concat();
            if let Some(target) = self.resolve(file.root, &here, &written.path, 0)
                && target != from
            {
                targets.insert(target);
            }
        }
        targets
    }

    /// The file defining what `path`, written in module `here`, names.
    fn resolve(
        &self,
        root: usize,
        here: &[String],
        path: &[String],
        depth: usize,
    ) -> Option<usize> {
        let (first, rest) = path.split_first()?;
        let full: ModPath = match first.as_str() {
            "crate" => rest.to_vec(),
            "self" => [here, rest].concat(),
            "super" => {
                let supers = path.iter().take_while(|s| *s == "super").count();
                let base = here.get(..here.len().checked_sub(supers)?)?;
                [base, &path[supers..]].concat()
            }
            _ => {
                let child = [here, &path[..1]].concat();
                if !self.modules.contains_key(&(root, child)) {
                    return None;
                }
                [here, path].concat()
            }
        };
        let known = (0..=full.len())
            .rev()
            .find(|&k| self.modules.contains_key(&(root, full[..k].to_vec())))?;
        let file = self.modules[&(root, full[..known].to_vec())];
        let defining = &self.files[file];
        let is_hub = defining.module == full[..known]
            && ["lib.rs", "main.rs", "mod.rs"]
                .iter()
                .any(|hub| defining.path == *hub || defining.path.ends_with(&format!("/{hub}")));
        let reexport = full
            .get(known)
            .and_then(|n| defining.items.reexports.get(n))
            .filter(|_| is_hub && depth < 8);
        if let Some(target) = reexport {
            let onward = [target.as_slice(), &full[known + 1..]].concat();
            if let Some(found) = self.resolve(root, &full[..known], &onward, depth + 1) {
                return Some(found);
            }
        }
        Some(file)
    }

    /// Whether an edge is between a module and one of its descendants.
    fn related(&self, a: usize, b: usize) -> bool {
        let (a, b) = (&self.files[a], &self.files[b]);
        a.root == b.root && (a.module.starts_with(&b.module) || b.module.starts_with(&a.module))
    }

    /// The strongly connected components of more than one file, each as a
    /// chain of files that leads back to its start.
    fn cycles(&self, edges: &[BTreeSet<usize>]) -> Vec<Cycle> {
        let next = |v: usize| {
            edges[v]
                .iter()
                .copied()
                .filter(move |&w| !self.related(v, w))
        };
        let mut tarjan = Tarjan {
            index: vec![None; edges.len()],
            low: vec![0; edges.len()],
            stack: Vec::new(),
            on_stack: vec![false; edges.len()],
            counter: 0,
            components: Vec::new(),
        };
        for v in 0..edges.len() {
            if tarjan.index[v].is_none() {
                tarjan.visit(v, &next);
            }
        }
        let mut chains = Vec::new();
        for component in tarjan.components {
            let members: BTreeSet<usize> = component.iter().copied().collect();
            let Some(&start) = members.iter().min_by_key(|&&v| &self.files[v].path) else {
                continue;
            };
            // Breadth first from the start back to it, within the component.
            let mut came_from: HashMap<usize, usize> = HashMap::new();
            let mut queue = VecDeque::from([start]);
            let mut end = None;
            while let Some(v) = queue.pop_front() {
                for w in next(v).filter(|w| members.contains(w)) {
                    if w == start {
                        end = Some(v);
                        break;
                    }
                    if let std::collections::hash_map::Entry::Vacant(e) = came_from.entry(w) {
                        e.insert(v);
                        queue.push_back(w);
                    }
                }
                if end.is_some() {
                    break;
                }
            }
            let mut back = Vec::new();
            let mut at = end;
            while let Some(v) = at.filter(|&v| v != start) {
                back.push(v);
                at = came_from.get(&v).copied();
            }
            back.reverse();
            let chain = [vec![start], back, vec![start]].concat();
            let path = |&v: &usize| self.files[v].path.clone();
            let mut files: Vec<String> = members.iter().map(path).collect();
            files.sort();
            chains.push(Cycle {
                chain: chain.iter().map(path).collect(),
                files,
            });
        }
        chains
    }
}

struct Tarjan {
    index: Vec<Option<usize>>,
    low: Vec<usize>,
    stack: Vec<usize>,
    on_stack: Vec<bool>,
    counter: usize,
    components: Vec<Vec<usize>>,
}

impl Tarjan {
    fn visit<I: Iterator<Item = usize>>(&mut self, v: usize, next: &impl Fn(usize) -> I) {
        self.index[v] = Some(self.counter);
        self.low[v] = self.counter;
        self.counter += 1;
        self.stack.push(v);
        self.on_stack[v] = true;
        for w in next(v) {
            match self.index[w] {
                None => {
                    self.visit(w, next);
                    self.low[v] = self.low[v].min(self.low[w]);
                }
                Some(index) if self.on_stack[w] => self.low[v] = self.low[v].min(index),
                Some(_) => {}
            }
        }
        if Some(self.low[v]) == self.index[v] {
            let mut component = Vec::new();
            while let Some(w) = self.stack.pop() {
                self.on_stack[w] = false;
                component.push(w);
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                self.components.push(component);
            }
        }
    }
}
