//! The reports in another language: their fixed texts (headings, labels, page
//! numbers, outline, metadata) come from the report language's catalogue, and
//! the longer German and Czech words still stay inside their boxes.

use dacum_export::{ExportOptions, Paper, Report, VerificationOptions};
use dacum_i18n::Language;

use crate::export::assert_text_stays_in_its_boxes;
use crate::helpers::{consolidated_example, prison_officer};
use crate::pdf_reading::{self, info, outline, squeeze, text};

fn in_language(language: Language) -> ExportOptions {
    ExportOptions {
        language,
        ..ExportOptions::default()
    }
}

/// Fixed texts of every report that an English report prints and the
/// example's own texts never contain.
const ENGLISH: &[&str] = &[
    "Page 1 of",
    "Duties and tasks",
    "Supporting lists",
    "Competency profile",
    "Most critical tasks",
    "Uncertainty–impact matrix",
    "Axes of uncertainty",
    "Contains personal data",
    "Produced for",
];

#[test]
fn the_fixed_texts_of_the_reports_come_out_in_the_report_language() {
    let session = prison_officer();
    let cases: [(Language, &[&str]); 2] = [
        (
            Language::Czech,
            &[
                "Strana 1 z",
                "Oblasti činností a úkoly",
                "Doplňkové seznamy",
                "Profil kompetencí",
                "Nejdůležitější úkoly",
                "Matice nejistoty a dopadu",
                "Osy nejistoty",
                "Obsahuje osobní údaje",
                "11.–13. března 2025",
                "Kritické nejistoty",
            ],
        ),
        (
            Language::German,
            &[
                "Seite 1 von",
                "Handlungsfelder und Aufgaben",
                "Ergänzende Listen",
                "Kompetenzprofil",
                "Wichtigste Aufgaben",
                "Unsicherheits-Wirkungs-Matrix",
                "Achsen der Unsicherheit",
                "Enthält personenbezogene Daten",
                "11.–13. März 2025",
                "Kritische Unsicherheiten",
            ],
        ),
    ];
    for (language, expected) in cases {
        let pdf = dacum_export::render_pdf(&session, &in_language(language)).expect("renders");
        let found = squeeze(&text(&pdf));
        for phrase in expected {
            assert!(found.contains(&squeeze(phrase)), "{language:?}: {phrase}");
        }
        for phrase in ENGLISH {
            assert!(!found.contains(&squeeze(phrase)), "{language:?}: {phrase}");
        }
        let pages = pdf_reading::page_count(&pdf);
        let last = match language {
            Language::Czech => format!("Strana {pages} z {pages}"),
            _ => format!("Seite {pages} von {pages}"),
        };
        assert!(found.contains(&squeeze(&last)), "{language:?}: {last}");
        // The outline and the metadata speak the report language too.
        let titles: Vec<String> = outline(&pdf).into_iter().map(|(_, t)| t).collect();
        for english in ["Duties and tasks", "Competency profile", "Scenario matrix"] {
            assert!(
                !titles.iter().any(|t| t == english),
                "{language:?}: {english}"
            );
        }
        let profile = match language {
            Language::Czech => "Profil kompetencí",
            _ => "Kompetenzprofil",
        };
        assert!(
            titles.iter().any(|t| t == profile),
            "{language:?}: {titles:?}"
        );
        assert!(info(&pdf, "Subject").contains(profile), "{language:?}");
        let lang = pdf_reading::parse(&pdf)
            .catalog()
            .and_then(|c| c.get(b"Lang"))
            .and_then(lopdf::Object::as_str)
            .map(<[u8]>::to_vec)
            .expect("Lang");
        let tag: Vec<u8> = language.tag().bytes().flat_map(|b| [0, b]).collect();
        assert_eq!(
            lang,
            [[0xFE, 0xFF].as_slice(), &tag].concat(),
            "{language:?}"
        );
    }
}

#[test]
fn a_stakeholder_copy_says_so_in_the_report_language() {
    let options = ExportOptions {
        include_names: false,
        ..in_language(Language::Czech)
    };
    let pdf = dacum_export::render_pdf(&prison_officer(), &options).expect("renders");
    let found = squeeze(&text(&pdf));
    assert!(found.contains(&squeeze("Kopie pro partnery: bez osobních jmen.")));
    assert!(found.contains(&squeeze("Osobní jména jsou v této kopii vynechána.")));
    assert!(!found.contains(&squeeze("Stakeholder copy")));
}

#[test]
fn every_report_language_keeps_every_text_inside_its_box() {
    let sessions = [prison_officer(), consolidated_example()];
    for &language in Language::ALL {
        for (i, session) in sessions.iter().enumerate() {
            for paper in Paper::ALL {
                for include_names in [true, false] {
                    let options = ExportOptions {
                        paper,
                        reports: Report::ALL.to_vec(),
                        include_names,
                        language,
                        verification: Some(VerificationOptions::default()),
                    };
                    let layout = dacum_export::lay_out(session, &options).expect("lays out");
                    let what = format!("{language:?}, session {i} {paper:?}");
                    assert_text_stays_in_its_boxes(&layout, &what);
                }
            }
        }
    }
}

/// The title block's labels and the tables' headings are short; a word of
/// them too wide for its column shrinks, so none is ever broken in two.
#[test]
fn no_label_or_column_heading_is_broken_inside_a_word_in_any_language() {
    let ids = [
        "report-fact-date",
        "report-fact-venue",
        "report-fact-produced-for",
        "report-fact-produced-by",
        "report-fact-workshop",
        "report-fact-language",
        "report-column-rank",
        "report-column-code",
        "report-column-task",
        "report-column-importance",
        "report-column-frequency",
        "report-column-difficulty",
        "report-column-priority",
        "report-column-train",
        "report-column-number",
        "report-column-driver",
        "report-column-description",
        "report-column-uncertainty",
        "report-column-impact",
        "report-column-zone",
        "report-column-name",
        "report-column-role",
        "report-column-job-title",
        "report-column-organisation",
        "report-column-country",
        "report-column-years",
        "report-fact-survey",
        "report-fact-respondents",
        "report-fact-weighting",
        "report-column-n",
        "report-column-perform",
        "report-column-train-share",
        "report-column-total",
        "report-column-supervisors",
        "report-column-job-holders",
        "report-column-difference",
        "report-column-rank-there",
        "report-column-rank-elsewhere",
        "report-column-mean-there",
        "report-column-mean-elsewhere",
        "report-column-panel",
        "report-column-survey",
        "report-column-panel-rank",
        "report-column-survey-rank",
        "report-column-duty",
        "report-column-suggested-task",
        "report-column-suggested-by",
        "report-column-decision",
    ];
    let session = prison_officer();
    for &language in Language::ALL {
        let tr = dacum_i18n::Catalogue::new(language);
        for paper in Paper::ALL {
            let options = ExportOptions {
                paper,
                verification: Some(VerificationOptions::default()),
                ..in_language(language)
            };
            let layout = dacum_export::lay_out(&session, &options).expect("lays out");
            let words: Vec<String> = ids
                .iter()
                .flat_map(|id| {
                    tr.tr(id)
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect();
            for page in &layout.pages {
                for pair in page.texts.windows(2) {
                    let (line, next) = (pair[0].text.as_str(), pair[1].text.as_str());
                    for word in &words {
                        assert!(
                            !broken_between(word, line, next),
                            "{language:?} {paper:?}: {word:?} broken into {line:?} / {next:?}"
                        );
                    }
                }
            }
        }
    }
}

/// Whether `word` ends one line and goes on at the start of the next.
fn broken_between(word: &str, line: &str, next: &str) -> bool {
    let last = line.split_whitespace().last().unwrap_or_default();
    let first = next.split_whitespace().next().unwrap_or_default();
    !last.is_empty() && last != word && word.starts_with(last) && word[last.len()..] == *first
}
