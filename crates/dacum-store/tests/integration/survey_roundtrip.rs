//! The survey's round trip as it happens in a project: the XLSForm goes to
//! KoboToolbox, officers answer on tablets, the coordinator downloads Kobo's
//! CSV export and imports it. Here the export is made from the form itself,
//! the way Kobo names its columns (groups before the question's name, its own
//! columns around the answers, a semicolon between cells, a byte-order mark),
//! filled with the example's generated answers; imported, it must give the
//! same respondents and the same statistics as those answers directly.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use dacum_model::survey::names::{self, Measure};
use dacum_model::survey::stats::{Filter, SurveyStats, Thresholds, Weighting};
use dacum_model::survey::{Answer, Round};
use dacum_model::{Id, Session};

fn example() -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../sessions/prison-officer.ron");
    dacum_store::load_session(&path).expect("the example loads")
}

/// The `survey` sheet's questions, each with the groups it is in, as Kobo
/// writes its column: `duty_t_…/t_…/t_…_importance`.
fn kobo_columns(form: &[u8]) -> Vec<String> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(form)).expect("an xlsx");
    let sheet = workbook.worksheet_range("survey").expect("a survey sheet");
    let mut groups: Vec<String> = Vec::new();
    let mut columns = Vec::new();
    for row in sheet.rows().skip(1) {
        let text = |i: usize| match row.get(i) {
            Some(Data::String(s)) => s.clone(),
            _ => String::new(),
        };
        let (kind, name) = (text(0), text(1));
        match kind.as_str() {
            "begin_group" => groups.push(name),
            "end_group" => {
                groups.pop();
            }
            "note" => {}
            _ => {
                let mut path = groups.clone();
                path.push(name);
                columns.push(path.join("/"));
            }
        }
    }
    columns
}

fn yes_no(value: Option<bool>) -> String {
    value.map_or(String::new(), |v| if v { "yes" } else { "no" }.to_owned())
}

fn score(value: Option<u8>) -> String {
    value.map_or(String::new(), |v| v.to_string())
}

/// Kobo's CSV export of `round`'s answers to the form with `columns`.
fn kobo_export(session: &Session, round: &Round, columns: &[String]) -> String {
    let tasks: Vec<Id> = session.chart.tasks().map(|(_, _, t)| t.id).collect();
    let stems: BTreeMap<String, Id> = names::stems(&tasks).into_iter().zip(tasks).collect();
    let duties: Vec<Id> = session.chart.duties.iter().map(|d| d.id).collect();
    let duty_stems: BTreeMap<String, Id> = names::stems(&duties).into_iter().zip(duties).collect();
    let mut header = vec!["start".to_owned(), "end".to_owned(), "today".to_owned()];
    header.extend(columns.iter().cloned());
    header.extend(
        [
            "__version__",
            "_id",
            "_uuid",
            "_submission_time",
            "_validation_status",
            "_index",
        ]
        .map(str::to_owned),
    );
    let mut text = format!("\u{feff}{}\n", header.join(";"));
    for (n, respondent) in round.respondents.iter().enumerate() {
        let profile = &respondent.profile;
        let mut cells = vec![
            "2025-04-02T09:14:03.000+02:00".to_owned(),
            "2025-04-02T09:31:40.000+02:00".to_owned(),
            "2025-04-02".to_owned(),
        ];
        for column in columns {
            let name = column.rsplit('/').next().unwrap_or(column);
            let cell = match name {
                names::CODE => respondent.code.clone(),
                names::COUNTRY => profile.country.clone(),
                names::LEVEL => profile
                    .level
                    .map(|l| l.key().to_owned())
                    .unwrap_or_default(),
                names::SECTOR => profile
                    .sector
                    .map(|s| s.key().to_owned())
                    .unwrap_or_default(),
                names::YEARS => profile.years.map(|y| y.to_string()).unwrap_or_default(),
                names::LANGUAGE => profile.language.clone(),
                _ if name.starts_with("attr_") => profile.attributes[0].clone(),
                _ if name.starts_with("missed_") => {
                    let duty = duty_stems[name.trim_start_matches("missed_")];
                    round
                        .suggestions
                        .iter()
                        .filter(|s| {
                            s.duty == Some(duty)
                                && s.respondent.as_deref() == Some(&respondent.code)
                        })
                        .map(|s| s.statement.clone())
                        .collect::<Vec<_>>()
                        .join(" / ")
                }
                _ => {
                    let (stem, measure) = name.rsplit_once('_').expect("stem_measure");
                    let task = stems[stem];
                    let index = round.tasks.iter().position(|&t| t == task).expect("asked");
                    let answer: Answer = respondent.answers[index];
                    match Measure::from_word(measure).expect("a measure") {
                        Measure::Performs => yes_no(answer.performs),
                        Measure::Importance => score(answer.importance),
                        Measure::Frequency => score(answer.frequency),
                        Measure::Difficulty => score(answer.difficulty),
                        Measure::Train => yes_no(answer.train),
                        Measure::Comment => round
                            .comments
                            .iter()
                            .find(|c| c.respondent == respondent.code && c.task == task)
                            .map(|c| c.text.clone())
                            .unwrap_or_default(),
                    }
                }
            };
            cells.push(cell);
        }
        cells.extend([
            "vQzE3gHnS2KTPkpjD5Fq8o".to_owned(),
            (1000 + n).to_string(),
            format!("uuid:{n:08}-0000-4000-8000-000000000000"),
            "2025-04-02T07:31:52".to_owned(),
            String::new(),
            (n + 1).to_string(),
        ]);
        text.push_str(&cells.join(";"));
        text.push('\n');
    }
    text
}

#[test]
fn a_kobo_export_of_the_xlsform_imports_to_the_same_answers_and_statistics() {
    let session = example();
    let original = session.survey.rounds[0].clone();
    let form = dacum_store::write_xlsform(&session, Some(&original), &[]).expect("the form");
    let columns = kobo_columns(&form);
    assert_eq!(
        columns.len(),
        7 + 6 * original.tasks.len() + session.chart.duties.len()
    );
    assert!(columns[0].starts_with("profile/"));
    let export = kobo_export(&session, &original, &columns);

    let mut fresh = session.clone();
    fresh.survey.rounds.clear();
    let table = dacum_store::Table::from_csv(export.as_bytes()).expect("a CSV");
    let plan = dacum_store::plan_survey_import(&fresh, &table, Some(&original.name), "Survey")
        .unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(plan.added, original.respondents.len());
    assert_eq!(plan.skipped_columns.len(), 9);
    fresh.apply(plan.edit.expect("an edit")).expect("applies");
    let imported = &fresh.survey.rounds[0];
    assert_eq!(imported.tasks, original.tasks);
    assert_eq!(imported.attributes, original.attributes);
    assert_eq!(imported.respondents, original.respondents);
    assert_eq!(imported.comments, original.comments);
    let statements = |r: &Round| -> Vec<(Option<Id>, String, Option<String>)> {
        r.suggestions
            .iter()
            .map(|s| (s.duty, s.statement.clone(), s.respondent.clone()))
            .collect()
    };
    let mut expected = statements(&original);
    let mut got = statements(imported);
    expected.sort();
    got.sort();
    assert_eq!(got, expected);

    for weighting in [Weighting::PerRespondent, Weighting::EqualPerCountry] {
        let thresholds = Thresholds::default();
        let direct = SurveyStats::compute(&session, &Filter::default(), weighting, &thresholds);
        let through = SurveyStats::compute(&fresh, &Filter::default(), weighting, &thresholds);
        assert_eq!(through.survey.tasks, direct.survey.tasks, "{weighting:?}");
        assert_eq!(through.survey.distribution, direct.survey.distribution);
    }
}

#[test]
fn the_form_names_every_task_of_the_round_once_and_labels_each_language() {
    let session = example();
    let round = &session.survey.rounds[0];
    let form =
        dacum_store::write_xlsform(&session, Some(round), &["cs".to_owned(), "de".to_owned()])
            .expect("the form");
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(form.as_slice())).expect("xlsx");
    let sheet = workbook.worksheet_range("survey").expect("survey");
    let header: Vec<String> = sheet
        .rows()
        .next()
        .expect("a header")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        &header[..4],
        ["type", "name", "label::Čeština (cs)", "label::Deutsch (de)"]
    );
    let names: Vec<String> = sheet
        .rows()
        .skip(1)
        .map(|r| r[1].to_string())
        .filter(|n| !n.is_empty())
        .collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "every name once");
    // A task's group is labelled with its code and its Czech statement.
    let first = session.chart.duties[0].tasks[0].id;
    let czech = session
        .text_in("cs", dacum_model::TextSlot::TaskStatement(first))
        .expect("text")
        .text
        .to_owned();
    assert!(
        sheet
            .rows()
            .any(|r| r[2].to_string() == format!("A-1 {czech}")),
        "A-1 {czech}"
    );
    let choices = workbook.worksheet_range("choices").expect("choices");
    assert!(choices.rows().any(|r| r[0] == "importance" && r[1] == "5"));
}
