//! `translate export` / `translate import` and `export --language` run as a
//! process: a round trip through a file edited as a CAT tool edits it and
//! through the .xlsx form filled in a spreadsheet, a bad file refused with its
//! place (line, or sheet cell) and the session untouched, a report in a
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

/// The translator's copy of the form: the exported rows as they were, with
/// `fill` (a source text, its translation, "yes" or "") put in, saved by a
/// spreadsheet program (here `rust_xlsxwriter`, unprotected, no formats).
fn filled_workbook(
    form: &dacum_store::Form,
    fill: &[(&str, &str, &str)],
    id: &dyn Fn(usize, &str) -> String,
) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Translations").expect("name");
    let header = ["id", "code", &form.source, &form.target, "reviewed"];
    for (column, text) in (0u16..).zip(header) {
        sheet.write_string(0, column, text).expect("header");
    }
    for ((row, i), unit) in (1u32..).zip(0..).zip(&form.units) {
        let (target, reviewed) = fill
            .iter()
            .find(|(source, _, _)| *source == unit.source)
            .map_or(("", ""), |(_, target, reviewed)| (*target, *reviewed));
        let id = id(i, &unit.key);
        let cells = [id.as_str(), "", &unit.source, target, reviewed];
        for (column, text) in (0u16..).zip(cells) {
            if !text.is_empty() {
                sheet.write_string(row, column, text).expect("cell");
            }
        }
    }
    workbook.save_to_buffer().expect("saved")
}

#[test]
fn an_xlsx_form_filled_in_a_spreadsheet_comes_back_and_a_wrong_id_names_its_cell() {
    let dir = tempfile::tempdir().expect("temp dir");
    let session = session_in(dir.path());
    let xlsx = dir.path().join("ro.xlsx");
    let out = export_for_translators(&session, "--language", "ro", &xlsx);
    assert!(
        out.contains("texts to translate from en into ro, 0 already translated"),
        "{out}"
    );
    let (_, form) =
        dacum_store::read_form_xlsx(&fs::read(&xlsx).expect("written")).expect("a form");
    assert_eq!((form.source.as_str(), form.target.as_str()), ("en", "ro"));
    let fill = [
        (
            "Conduct cell searches",
            "Efectuează percheziții\nîn celule",
            "yes",
        ),
        (
            "Maintain security of the facility",
            "=Menține securitatea unității",
            "",
        ),
    ];
    let same_id = |_: usize, key: &str| key.to_owned();
    fs::write(&xlsx, filled_workbook(&form, &fill, &same_id)).expect("filled");
    let (code, out, err) = run(&[Path::new("translate"), Path::new("import"), &session, &xlsx]);
    assert_eq!(code, Some(0), "{err}");
    let empty = form.units.len() - 2;
    assert!(
        out.contains(&format!(
            "2 translations into ro imported, 0 unchanged, {empty} left empty"
        )),
        "{out}"
    );
    let loaded = dacum_store::load_session(&session).expect("loads");
    let task = dacum_model::TextSlot::TaskStatement(loaded.chart.duties[0].tasks[0].id);
    assert_eq!(
        loaded.text_in("ro", task).map(|s| s.text),
        Some("Efectuează percheziții\nîn celule")
    );
    assert_eq!(
        loaded.translation_state("ro", task),
        dacum_model::translation::State::Reviewed
    );
    let duty = dacum_model::TextSlot::DutyTitle(loaded.chart.duties[0].id);
    assert_eq!(
        loaded.text_in("ro", duty).map(|s| s.text),
        Some("=Menține securitatea unității")
    );
    assert_eq!(
        loaded.translation_state("ro", duty),
        dacum_model::translation::State::Draft
    );

    // An id the session does not have, in the third row: refused with that
    // cell, and the session stays as it was.
    let before = fs::read(&session).expect("read");
    let wrong_id = |i: usize, key: &str| {
        if i == 1 {
            "00000000-0000-4000-8000-00000000beef".to_owned()
        } else {
            key.to_owned()
        }
    };
    fs::write(&xlsx, filled_workbook(&form, &fill, &wrong_id)).expect("filled");
    let (code, _, err) = run(&[Path::new("translate"), Path::new("import"), &session, &xlsx]);
    assert_eq!(code, Some(2));
    let expected = format!(
        "{}: sheet Translations, row 3, column A: error: no text of this session has the id",
        xlsx.display()
    );
    assert!(err.contains(&expected), "{err}");
    assert!(err.contains("error: nothing was imported"), "{err}");
    assert_eq!(fs::read(&session).expect("read"), before);

    // A file that is no workbook, and a kind of file not exchanged at all.
    fs::write(&xlsx, "id,code,en,ro,reviewed\n").expect("text");
    let (code, _, err) = run(&[Path::new("translate"), Path::new("import"), &session, &xlsx]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("ro.xlsx: error: the file is text, not an Excel workbook"),
        "{err}"
    );
    let ods = dir.path().join("ro.ods");
    let (code, _, err) = run(&[
        Path::new("translate"),
        Path::new("export"),
        &session,
        Path::new("-l"),
        Path::new("ro"),
        Path::new("-o"),
        &ods,
    ]);
    assert_eq!(code, Some(2));
    assert!(err.contains("two-column form (.csv, .xlsx)"), "{err}");
    assert!(!ods.exists());
}

/// File › Translations in the app: export for translators writes the Translate
/// view's language (as XLIFF, or the form as a workbook), an edited file comes
/// back as one undo step with a notice, and a broken file is refused with its
/// line and nothing imported.
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
    // The same export with an .xlsx name writes the form as a workbook.
    let xlsx = dir.path().join("for-translator.xlsx");
    harness
        .state_mut()
        .apply(Command::ExportTranslationsTo(xlsx.clone()));
    harness.run();
    let (_, form) =
        dacum_store::read_form_xlsx(&fs::read(&xlsx).expect("written")).expect("a form");
    assert_eq!(form.target, "cs");
    assert!(
        form.units
            .iter()
            .any(|u| u.target == "Provádět prohlídky cel" && u.reviewed)
    );
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
