//! `translate export` / `translate import` and `export --language` run as a
//! process: a round trip through a file edited as a CAT tool edits it, a bad
//! file refused with its place and the session untouched, a report in a
//! language the session holds.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use crate::helpers::{run_cli, sessions_dir};

fn session_in(dir: &Path) -> PathBuf {
    let session = dir.join("prison-officer.ron");
    fs::copy(sessions_dir().join("prison-officer.ron"), &session).expect("copy");
    session
}

fn run(args: &[&Path]) -> (Option<i32>, String, String) {
    let args: Vec<&OsStr> = args.iter().map(|a| a.as_os_str()).collect();
    run_cli(&args)
}

/// What a CAT tool does to a unit: fills in its target and sets its state.
fn fill(xliff: &str, source: &str, target: &str, state: &str) -> String {
    let from = format!("<source>{source}</source>\n");
    let to = format!("{from}        <target state=\"{state}\">{target}</target>\n");
    assert!(xliff.contains(&from), "{source} is not in the file");
    xliff.replacen(&from, &to, 1)
}

/// `translate export SESSION FLAG LANGUAGE -o OUT`, which must succeed; its
/// standard output.
fn export_for_translators(session: &Path, flag: &str, language: &str, out: &Path) -> String {
    let (code, stdout, err) = run(&[
        Path::new("translate"),
        Path::new("export"),
        session,
        Path::new(flag),
        Path::new(language),
        Path::new("-o"),
        out,
    ]);
    assert_eq!(code, Some(0), "{err}");
    stdout
}

#[test]
fn an_xliff_file_filled_in_by_a_cat_tool_comes_back_as_translations() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = session_in(dir.path());
    let xliff = dir.path().join("sl.xlf");
    let out = export_for_translators(&session, "--language", "sl", &xliff);
    assert!(out.contains("texts to translate from en into sl"), "{out}");
    let text = fs::read_to_string(&xliff).expect("written");
    let text = fill(
        &text,
        "Conduct cell searches",
        "Izvajati preiskave celic",
        "final",
    );
    let text = fill(
        &text,
        "Maintain security of the facility",
        "Zagotavljati varnost zavoda",
        "translated",
    );
    fs::write(&xliff, text).expect("edited");
    let (code, out, err) = run(&[
        Path::new("translate"),
        Path::new("import"),
        &session,
        &xliff,
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("2 translations into sl imported"), "{out}");
    let loaded = dacum_store::load_session(&session).expect("loads");
    let task = loaded.chart.duties[0].tasks[0].id;
    let slot = dacum_model::TextSlot::TaskStatement(task);
    assert_eq!(
        loaded.text_in("sl", slot).map(|s| s.text),
        Some("Izvajati preiskave celic")
    );
    assert_eq!(
        loaded.translation_state("sl", slot),
        dacum_model::translation::State::Reviewed
    );
    let duty = dacum_model::TextSlot::DutyTitle(loaded.chart.duties[0].id);
    assert_eq!(
        loaded.translation_state("sl", duty),
        dacum_model::translation::State::Draft
    );

    // A report in Czech: translated texts in Czech, the rest marked.
    let pdf = dir.path().join("sl.pdf");
    let (code, _, err) = run(&[
        Path::new("export"),
        &session,
        Path::new("-o"),
        &pdf,
        Path::new("--language"),
        Path::new("sl"),
        Path::new("--report"),
        Path::new("chart"),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let (code, _, err) = run(&[
        Path::new("export"),
        &session,
        Path::new("-o"),
        &pdf,
        Path::new("--language"),
        Path::new("fr"),
    ]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("holds no texts in fr (it holds en, cs, de, sl)"),
        "{err}"
    );
}

#[test]
fn a_file_with_an_unknown_id_is_refused_with_its_place_and_nothing_imported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = session_in(dir.path());
    let xliff = dir.path().join("sl.xlf");
    export_for_translators(&session, "-l", "sl", &xliff);
    let loaded = dacum_store::load_session(&session).expect("loads");
    let id = loaded.chart.duties[0].tasks[0].id.to_string();
    let text = fs::read_to_string(&xliff).expect("written");
    let text = fill(
        &text,
        "Conduct cell searches",
        "Izvajati preiskave celic",
        "final",
    );
    let line = text
        .lines()
        .position(|l| l.contains(&id))
        .expect("the unit")
        + 1;
    fs::write(
        &xliff,
        text.replace(&id, "00000000-0000-4000-8000-00000000beef"),
    )
    .expect("edited");
    let before = fs::read(&session).expect("read");
    let (code, _, err) = run(&[
        Path::new("translate"),
        Path::new("import"),
        &session,
        &xliff,
    ]);
    assert_eq!(code, Some(2));
    let expected = format!(
        "{}:{line}:7: error: no text of this session has the id",
        xliff.display()
    );
    assert!(err.contains(&expected), "{err}");
    assert!(err.contains("error: nothing was imported"), "{err}");
    assert_eq!(fs::read(&session).expect("read"), before);

    // Into the working language, or a file that is not XML: refused too.
    let (code, _, err) = run(&[
        Path::new("translate"),
        Path::new("export"),
        &session,
        Path::new("-l"),
        Path::new("en"),
        Path::new("-o"),
        &xliff,
    ]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("en is the session's working language"),
        "{err}"
    );
    fs::write(
        &xliff,
        "<xliff version=\"1.2\"><file target-language=\"cs\"><body><trans-unit id=\"x\">",
    )
    .expect("write");
    let (code, _, err) = run(&[
        Path::new("translate"),
        Path::new("import"),
        &session,
        &xliff,
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("sl.xlf:1:"), "{err}");
    assert_eq!(fs::read(&session).expect("read"), before);
}

/// File › Translations in the app: export for translators writes the Translate
/// view's language, an edited file comes back as one undo step with a notice,
/// and a broken file is refused with its line and nothing imported.
#[test]
fn the_app_exports_and_imports_translations_through_the_file_menu() {
    use dacum_studio::ui::{Command, UiCommand};
    let dir = tempfile::tempdir().expect("temp dir");
    let session =
        dacum_store::load_session(&sessions_dir().join("prison-officer.ron")).expect("loads");
    let mut harness = crate::ui_app::app_harness(dacum_model::Document::new(session), None);
    let xliff = dir.path().join("for-translator.xlf");
    harness
        .state_mut()
        .apply(Command::Ui(UiCommand::ExportTranslations));
    harness.run();
    harness
        .state_mut()
        .apply(Command::ExportTranslationsTo(xliff.clone()));
    harness.run();
    let text = fs::read_to_string(&xliff).expect("written");
    assert!(
        text.contains("target-language=\"cs\""),
        "the first language held"
    );
    let edited = text.replacen(
        ">Provádět prohlídky cel</target>",
        ">Prohledávat cely</target>",
        1,
    );
    assert_ne!(edited, text);
    fs::write(&xliff, &edited).expect("edited");
    harness
        .state_mut()
        .apply(Command::ImportTranslationsFrom(xliff.clone()));
    harness.run();
    let notice = harness.state().notice().cloned().expect("a notice");
    assert!(
        notice.text.contains("1 translations into cs imported"),
        "{}",
        notice.text
    );
    let s = harness.state().document().session();
    let slot = dacum_model::TextSlot::TaskStatement(s.chart.duties[0].tasks[0].id);
    assert_eq!(
        s.text_in("cs", slot).map(|t| t.text),
        Some("Prohledávat cely")
    );
    assert_eq!(
        harness.state().document().undo_label(),
        Some("edit-edit-translation")
    );

    fs::write(&xliff, edited.replace("</body>", "</bdy>")).expect("broken");
    let mut harness = crate::ui_app::app_harness(dacum_model::Document::new(s.clone()), None);
    harness
        .state_mut()
        .apply(Command::ImportTranslationsFrom(xliff.clone()));
    harness.run();
    let notice = harness.state().notice().cloned().expect("a notice");
    assert_eq!(notice.title, "Nothing was imported");
    assert!(
        notice.text.contains("for-translator.xlf:"),
        "{}",
        notice.text
    );
    assert!(!harness.state().document().is_dirty());
}
