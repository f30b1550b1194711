use dacum_model::translation::State;
use dacum_model::{Chart, Duty, Edit, Session, Status, Task, TextSlot, Translation};

use super::*;

fn session() -> Session {
    let mut duty = Duty::new("Maintain security");
    duty.tasks.push(Task::new("Search cells"));
    duty.tasks.push(Task::new("Escort prisoners & visitors"));
    let mut s = Session {
        chart: Chart {
            duties: vec![duty],
            ..Chart::default()
        },
        ..Session::default()
    };
    s.meta.title = "Prison <officer>".to_owned();
    s
}

fn task(s: &Session, i: usize) -> TextSlot {
    TextSlot::TaskStatement(s.chart.duties[0].tasks[i].id)
}

fn plan(s: &Session, xml: &str) -> Result<Import, UnitError> {
    let file = read_xliff(xml)?;
    plan_import(
        s,
        file.source_language.as_deref(),
        &file.target_language,
        &file.units,
    )
}

/// What a CAT tool does: fills in targets and changes their state.
fn translate(xml: &str, source: &str, target: &str, state: &str) -> String {
    let from = format!("<source>{source}</source>\n");
    let to = format!("{from}        <target state=\"{state}\">{target}</target>\n");
    assert!(xml.contains(&from), "{source} not in {xml}");
    xml.replacen(&from, &to, 1)
}

#[test]
fn a_cat_tool_round_trip_brings_back_targets_and_states() {
    let mut document = Document::new(session());
    let s = document.session().clone();
    let xml = write_xliff(&s, "cs", "prison-officer.ron");
    assert!(xml.contains("source-language=\"en\" target-language=\"cs\""));
    assert!(xml.contains(&format!(
        "<trans-unit id=\"{}\" resname=\"A-1\"",
        s.chart.duties[0].tasks[0].id
    )));
    assert!(xml.contains("<note from=\"dacum-studio\">A-1 · Task</note>"));
    assert!(xml.contains("Escort prisoners &amp; visitors"));
    assert!(xml.contains("Prison &lt;officer&gt;"));
    let xml = translate(&xml, "Search cells", "Provádět prohlídky cel", "final");
    let xml = translate(
        &xml,
        "Escort prisoners &amp; visitors",
        "Doprovázet vězně &amp; návštěvy",
        "translated",
    );
    let plan = plan(&s, &xml).unwrap();
    assert_eq!((plan.imported, plan.empty, plan.unchanged), (2, 1, 0));
    document.apply(plan.edit).unwrap();
    let s = document.session();
    assert_eq!(s.translation_state("cs", task(s, 0)), State::Reviewed);
    assert_eq!(s.translation_state("cs", task(s, 1)), State::Draft);
    assert_eq!(
        s.text_in("cs", task(s, 1)).unwrap().text,
        "Doprovázet vězně & návštěvy"
    );
    // Exported again, the targets are there with their states; importing that
    // file changes nothing.
    let again = write_xliff(s, "cs", "x.ron");
    assert!(again.contains("<target state=\"final\">Provádět prohlídky cel</target>"));
    assert!(again.contains("resname=\"A-1\" approved=\"yes\" xml:space"));
    assert!(
        again.contains("<target state=\"translated\">Doprovázet vězně &amp; návštěvy</target>")
    );
    let replay = super::tests::plan(s, &again).unwrap();
    assert_eq!((replay.imported, replay.unchanged), (0, 2));
}

#[test]
fn a_unit_whose_source_changed_since_comes_in_as_a_stale_draft() {
    let mut s = session();
    let xml = write_xliff(&s, "de", "x.ron");
    let xml = translate(&xml, "Search cells", "Zellen durchsuchen", "final");
    s.chart.duties[0].tasks[0].statement = "Search cells and yards".to_owned();
    let plan = plan(&s, &xml).unwrap();
    assert_eq!(plan.source_changed, ["A-1"]);
    s.apply(plan.edit).unwrap();
    assert_eq!(
        s.translations.get("de", task(&s, 0)).unwrap().status,
        Status::Draft
    );
    assert_eq!(s.translation_state("de", task(&s, 0)), State::Stale);
}

#[test]
fn inline_markup_entities_and_cdata_in_a_target_keep_their_text() {
    let s = session();
    let xml = write_xliff(&s, "cs", "x.ron");
    let xml = translate(
        &xml,
        "Search cells",
        "<mrk mtype=\"seg\">Provádět <g id=\"1\">prohlídky</g><x id=\"2\"/> cel</mrk> &#x2013; <![CDATA[<denně>]]>",
        "translated",
    );
    let plan = plan(&s, &xml).unwrap();
    let Edit::Batch(edits) = &plan.edit else {
        panic!("a batch")
    };
    let Edit::SetTranslation {
        translation: Some(t),
        ..
    } = &edits[0]
    else {
        panic!("a translation")
    };
    assert_eq!(t.text, "Provádět prohlídky cel – <denně>");
}

/// A damaged file, where its error is, and words the message must have.
type Case = (String, Option<(usize, usize)>, &'static str);

#[test]
fn bad_files_are_refused_with_a_position_and_nothing_imported() {
    let s = session();
    let good = write_xliff(&s, "cs", "x.ron");
    let id = s.chart.duties[0].tasks[0].id.to_string();
    let cases: Vec<Case> = vec![
        (
            good.replace("</source>\n        <note", "</sourc>\n        <note"),
            Some((10, 34)),
            "not well-formed",
        ),
        (
            good.replace(&id, "5e0b7c1e-0000-4000-8000-000000000000"),
            Some((13, 7)),
            "no text of this session has the id",
        ),
        (
            good.replace("target-language=\"cs\"", "target-language=\"en\""),
            None,
            "working language",
        ),
        (
            good.replace("source-language=\"en\"", "source-language=\"de\""),
            None,
            "translates from de",
        ),
        (
            good.replace("version=\"1.2\"", "version=\"2.0\""),
            Some((2, 1)),
            "XLIFF 2.0",
        ),
        (
            "<html><body/></html>".to_owned(),
            Some((1, 1)),
            "not an XLIFF file",
        ),
        (String::new(), None, "empty"),
    ];
    for (xml, position, words) in cases {
        let error = plan(&s, &xml).expect_err(words);
        assert!(error.message.contains(words), "{words}: {}", error.message);
        if position.is_some() {
            assert_eq!(error.position, position, "{words}: {}", error.message);
        }
    }
}

#[test]
fn a_unit_twice_is_refused() {
    let s = session();
    let xml = write_xliff(&s, "cs", "x.ron");
    let start = xml.find("      <trans-unit").unwrap();
    let end = xml.find("</trans-unit>\n").unwrap() + "</trans-unit>\n".len();
    let twice = format!("{}{}{}", &xml[..end], &xml[start..end], &xml[end..]);
    let error = plan(&s, &twice).unwrap_err();
    assert!(error.message.contains("appears twice"), "{}", error.message);
}

#[test]
fn the_form_round_trips_with_formulas_escaped() {
    let mut s = session();
    s.chart.duties[0].tasks[1].statement = "=Escort prisoners".to_owned();
    let slot = task(&s, 0);
    let source = s.source_text(slot).unwrap().to_owned();
    s.apply(Edit::SetTranslation {
        language: "ro".to_owned(),
        slot,
        translation: Some(Translation::of(
            &source,
            "Percheziționează celulele",
            Status::Reviewed,
        )),
    })
    .unwrap();
    let form = write_form(&s, "ro");
    let mut lines = form.lines();
    assert_eq!(lines.next(), Some("\u{feff}id,code,en,ro,reviewed"));
    assert!(form.contains(",A-1,Search cells,Percheziționează celulele,yes"));
    assert!(form.contains(",A-2,'=Escort prisoners,,"));
    let filled = form.replace(
        ",A-2,'=Escort prisoners,,",
        ",A-2,'=Escort prisoners,Escortează deținuții,",
    );
    let form = read_form(&filled).unwrap();
    let plan = plan_import(&s, Some(&form.source), &form.target, &form.units).unwrap();
    assert_eq!((plan.imported, plan.unchanged, plan.empty), (1, 1, 1));
    assert!(plan.source_changed.is_empty(), "{:?}", plan.source_changed);
    let bad = read_form("text,translation\nx,y\n").unwrap_err();
    assert_eq!(bad.position, Some((1, 1)));
}

#[test]
fn a_file_cut_off_is_refused_where_the_open_element_starts() {
    let s = session();
    let xml = write_xliff(&s, "cs", "x.ron");
    let cut = &xml[..xml.find("</body>").unwrap()];
    let error = plan(&s, cut).unwrap_err();
    assert!(
        error.message.contains("ends before this <body> is closed"),
        "{}",
        error.message
    );
    assert_eq!(error.position, Some((8, 5)));
}

#[test]
fn a_unit_with_two_targets_is_refused() {
    let s = session();
    let xml = write_xliff(&s, "cs", "x.ron");
    let xml = translate(&xml, "Search cells", "Provádět prohlídky cel", "final");
    let xml = translate(&xml, "Search cells", "Prohledávat cely", "final");
    let error = plan(&s, &xml).unwrap_err();
    assert!(
        error.message.contains("a second <target>"),
        "{}",
        error.message
    );
}
