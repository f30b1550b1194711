//! Architecture invariants, checked on the source text of every crate as
//! rust-analyzer's "tidy" tests do, so that `cargo test` keeps them:
//!
//! - no file-level import cycle in any crate: no file imports a file that
//!   imports it back (see `imports` for what counts as an import);
//! - each layer names only what it may know: the model no files, RON, PDF or
//!   egui; the store no egui or PDF; the export no egui, RON or files.
//!
//! - the interface text of `src/ui` comes from the catalogues of `dacum-i18n`:
//!   no literal with words given to a widget, and every id looked up exists.
//!
//! The crates' Cargo.toml files already stop a wrong dependency; these catch
//! what they cannot: `std::fs` in the model or the export, and cycles inside a
//! crate.

mod imports;
mod mentions;
mod tokens;
mod ui_texts;

use std::fs;
use std::path::Path;

use dacum_i18n::{Catalogue, Language};
use imports::{Source, import_cycles};
use mentions::mentions;
use ui_texts::{looked_up_ids, named_message_ids, shown_literals};

/// Every `.rs` file under `dir` (relative to the workspace root), with paths
/// relative to `dir`.
fn sources(dir: &str) -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    let mut folders = vec![root.clone()];
    while let Some(folder) = folders.pop() {
        let entries = fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
                let relative = path.strip_prefix(&root).unwrap_or(&path);
                let parts: Vec<String> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                found.push(Source {
                    path: parts.join("/"),
                    text,
                });
            }
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    assert!(!found.is_empty(), "no sources in {dir}");
    found
}

fn assert_no_import_cycles(dir: &str, roots: &[&str]) {
    let report = import_cycles(&sources(dir), roots);
    assert!(
        report.unreached.is_empty(),
        "files of {dir} no crate root declares, so they escape this check: {:?}",
        report.unreached
    );
    let chains: Vec<String> = report
        .cycles
        .iter()
        .map(|cycle| {
            let chain: Vec<String> = cycle.chain.iter().map(|f| format!("{dir}/{f}")).collect();
            format!(
                "  {}\n  (one of the cycles among {})",
                chain.join("\n    -> "),
                cycle.files.join(", ")
            )
        })
        .collect();
    assert!(
        chains.is_empty(),
        "import cycles in {dir} (each file imports the next; give what they \
         share a module of its own):\n{}",
        chains.join("\n")
    );
}

fn assert_never_mentions(dir: &str, banned: &[&str]) {
    let mut found = Vec::new();
    for source in sources(dir) {
        for (line, what) in mentions(&source.text, banned) {
            found.push(format!("{dir}/{}:{line}: {what}", source.path));
        }
    }
    assert!(
        found.is_empty(),
        "{dir} names what its layer must not know:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_import_cycles_in_dacum_model() {
    assert_no_import_cycles("crates/dacum-model/src", &["lib.rs"]);
}

#[test]
fn no_import_cycles_in_dacum_store() {
    assert_no_import_cycles("crates/dacum-store/src", &["lib.rs"]);
}

#[test]
fn no_import_cycles_in_dacum_export() {
    assert_no_import_cycles("crates/dacum-export/src", &["lib.rs"]);
}

#[test]
fn no_import_cycles_in_dacum_studio() {
    assert_no_import_cycles("src", &["lib.rs", "main.rs"]);
}

#[test]
fn the_model_knows_no_files_ron_pdf_or_egui() {
    assert_never_mentions(
        "crates/dacum-model/src",
        &["std::fs", "egui", "eframe", "ron::", "printpdf"],
    );
}

#[test]
fn the_store_knows_no_egui_or_pdf() {
    assert_never_mentions("crates/dacum-store/src", &["egui", "eframe", "printpdf"]);
}

#[test]
fn the_export_knows_no_egui_ron_or_files() {
    assert_never_mentions(
        "crates/dacum-export/src",
        &["egui", "eframe", "ron::", "std::fs"],
    );
}

/// Files of `src/ui` whose interface text is not all in the catalogues yet,
/// each with what is left; any other file with a literal shown to the user
/// fails `the_interface_text_of_src_ui_comes_from_the_catalogues`.
const NOT_YET_IN_THE_CATALOGUES: &[&str] = &[];

/// Literals shown as they are in every language: example paths in the typed
/// path field's hint, and key names (egui writes "Ctrl" and "Alt" itself).
const THE_SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "/home/me/workshops/ro.ron\\n/home/me/workshops/cz.ron",
    "/home/me/workshops/session.{}",
    "Alt+{}",
];

/// Tests drive the interface by its English labels; they are not interface.
fn is_test_file(path: &str) -> bool {
    path.ends_with("tests.rs") || path.ends_with("test_harness.rs")
}

#[test]
fn the_interface_text_of_src_ui_comes_from_the_catalogues() {
    let mut found = Vec::new();
    let mut clean_but_listed = Vec::new();
    for source in sources("src/ui") {
        if is_test_file(&source.path) {
            continue;
        }
        let shown = shown_literals(&source.text);
        if NOT_YET_IN_THE_CATALOGUES.contains(&source.path.as_str()) {
            if shown.is_empty() {
                clean_but_listed.push(source.path);
            }
            continue;
        }
        for literal in shown {
            if THE_SAME_IN_EVERY_LANGUAGE.contains(&literal.text.as_str()) {
                continue;
            }
            found.push(format!(
                "src/ui/{}:{}: {:?}",
                source.path, literal.line, literal.text
            ));
        }
    }
    assert!(
        found.is_empty(),
        "interface text written into the code: give it a message id in \
         assets/i18n/*/*.ftl and show `ui.tr(id)`:\n{}",
        found.join("\n")
    );
    assert!(
        clean_but_listed.is_empty(),
        "these files are translated now: take them off NOT_YET_IN_THE_CATALOGUES: {clean_but_listed:?}"
    );
}

/// The interface's views and the reports' fixed texts alike.
#[test]
fn every_message_id_src_ui_or_the_export_looks_up_is_in_the_catalogues() {
    let english = Catalogue::new(Language::English);
    let mut missing = Vec::new();
    for dir in ["src/ui", "crates/dacum-export/src"] {
        for source in sources(dir) {
            for (line, id) in looked_up_ids(&source.text) {
                if !english.has(&id) {
                    missing.push(format!("{dir}/{}:{line}: {id}", source.path));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "message ids not in assets/i18n/en (the other languages are checked \
         against English by dacum-i18n's tests):\n{}",
        missing.join("\n")
    );
}

/// What the model says (findings, rule summaries, undo labels, the merge's
/// fields, kinds, elements and values, where a text is) is a message id of the
/// catalogues, worded where it is shown; each must be there. The export names
/// a few too (the paper sizes).
#[test]
fn every_message_id_the_model_names_is_in_the_catalogues() {
    let english = Catalogue::new(Language::English);
    let mut named = 0;
    let mut missing = Vec::new();
    for dir in ["crates/dacum-model/src", "crates/dacum-export/src"] {
        for source in sources(dir) {
            for (line, id) in named_message_ids(&source.text) {
                named += 1;
                if !english.has(&id) {
                    missing.push(format!("{dir}/{}:{line}: {id}", source.path));
                }
            }
        }
    }
    // Statement rules, session checks, undo labels and the merge's words:
    // well over two hundred.
    assert!(
        named > 200,
        "only {named} message ids found: is the scan broken?"
    );
    assert!(
        missing.is_empty(),
        "message ids not in assets/i18n/en:\n{}",
        missing.join("\n")
    );
}

/// The checker itself, on small crates held in memory: it must be able to fail.
mod checker {
    use super::imports::{Source, import_cycles};
    use super::mentions::mentions;

    fn crate_of(files: &[(&str, &str)]) -> Vec<Source> {
        files
            .iter()
            .map(|(path, text)| Source {
                path: (*path).to_owned(),
                text: (*text).to_owned(),
            })
            .collect()
    }

    /// The chain of each cycle found.
    fn cycles(files: &[(&str, &str)]) -> Vec<Vec<String>> {
        let report = import_cycles(&crate_of(files), &["lib.rs"]);
        assert!(report.unreached.is_empty(), "{:?}", report.unreached);
        report.cycles.into_iter().map(|c| c.chain).collect()
    }

    #[test]
    fn a_sibling_using_a_sibling_that_uses_it_back_is_a_cycle() {
        let found = cycles(&[
            ("lib.rs", "mod a;\nmod b;\nmod c;"),
            ("a.rs", "use super::b::B;\npub struct A;"),
            ("b.rs", "pub struct B(crate::a::A);"),
            ("c.rs", "use crate::a::A;"),
        ]);
        assert_eq!(found, [["a.rs", "b.rs", "a.rs"]]);
    }

    #[test]
    fn a_longer_cycle_is_printed_as_the_chain_of_its_files() {
        let found = cycles(&[
            ("lib.rs", "mod a;\nmod b;\nmod c;"),
            ("a.rs", "fn f() { crate::b::g() }"),
            ("b.rs", "use crate::c::{self, H};"),
            ("c.rs", "use super::{a::A, d};"),
        ]);
        assert_eq!(found, [["a.rs", "b.rs", "c.rs", "a.rs"]]);
    }

    #[test]
    fn the_same_crate_without_the_edge_back_has_no_cycle() {
        let found = cycles(&[
            ("lib.rs", "mod a;\nmod b;\nmod c;"),
            ("a.rs", "fn f() { crate::b::g() }"),
            ("b.rs", "use crate::c::{self, H};"),
            // Comments and strings are not imports.
            (
                "c.rs",
                "// use super::a::A;\nconst S: &str = \"crate::a::A\";",
            ),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_module_and_its_children_are_not_a_cycle() {
        let found = cycles(&[
            ("lib.rs", "pub mod merge;"),
            (
                "merge/mod.rs",
                "mod text;\npub fn f() { text::g() }\npub struct M;",
            ),
            ("merge/text.rs", "use super::M;\npub fn g() {}"),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_re_export_is_followed_to_the_file_that_defines_the_item() {
        // chart uses merge::normalise, re-exported by merge/mod.rs from
        // merge/text.rs, which uses chart: a cycle through the re-export.
        let files = [
            ("lib.rs", "mod chart;\nmod merge;"),
            (
                "chart.rs",
                "use crate::merge::normalise;\npub struct Chart;",
            ),
            (
                "merge/mod.rs",
                "mod text;\npub use text::{normalise, Other as Renamed};",
            ),
            ("merge/text.rs", "use crate::chart::Chart;"),
        ];
        assert_eq!(cycles(&files), [["chart.rs", "merge/text.rs", "chart.rs"]]);
    }

    #[test]
    fn inline_modules_and_path_attributes_are_followed() {
        let found = cycles(&[
            ("lib.rs", "mod rules;\nmod chart;"),
            ("rules.rs", "#[path = \"verbs.rs\"]\npub mod verbs;"),
            // verbs.rs is rules::verbs; from its inline module `tests`,
            // super::super::super is the crate root.
            (
                "verbs.rs",
                "use super::Rule;\nmod tests { use super::super::super::chart::C; }",
            ),
            ("chart.rs", "fn f() { crate::rules::verbs::check() }"),
        ]);
        assert_eq!(found, [["chart.rs", "verbs.rs", "chart.rs"]]);
    }

    #[test]
    fn a_file_no_root_declares_is_reported() {
        let files = crate_of(&[("lib.rs", "mod a;"), ("a.rs", ""), ("stray.rs", "")]);
        assert_eq!(import_cycles(&files, &["lib.rs"]).unreached, ["stray.rs"]);
    }

    #[test]
    fn banned_names_are_found_in_code_only() {
        let text = "//! No egui here, nor std::fs.\n\
                    use std::{fs, io};\n\
                    fn f() -> ron::Result<()> { let s = \"printpdf\"; }\n\
                    use egui_kittest::Harness;\n\
                    let environ = ron; let x = std::fsx::y;";
        let found = mentions(text, &["std::fs", "ron::", "egui", "printpdf"]);
        let lines: Vec<usize> = found.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 3, 4], "{found:?}");
        assert!(mentions("use std::fs::File;", &["std::fs"]).len() == 1);
        assert!(mentions("use std::io;", &["std::fs"]).is_empty());
    }
}
