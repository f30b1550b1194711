use super::*;
use crate::pestle::{Axis, AxisSubject};
use dacum_i18n::{Catalogue, Language};

/// A value in English as the command line and the merge report print it,
/// and in the reader's language where it has words of its own.
#[test]
fn values_read_in_english_and_in_the_readers_language() {
    let axes = Axes {
        horizontal: Some(Axis {
            subject: AxisSubject::Driver(Id::new()),
            low_pole: "Punitive".to_owned(),
            high_pole: "Rehabilitative".to_owned(),
            rationale: String::new(),
        }),
        ..Axes::default()
    };
    let cases = [
        (
            Value::Text("Search cells".to_owned()),
            "\"Search cells\"",
            true,
        ),
        (Value::Number(Some(12)), "12", false),
        (Value::Number(None), "blank", true),
        (Value::Flag(Some(true)), "yes", true),
        (Value::Flag(Some(false)), "no", true),
        (
            Value::Date(Date::new(2025, 3, 10).ok()),
            "2025-03-10",
            false,
        ),
        (Value::Role(Role::Respondent), "Survey respondent", true),
        (Value::Category(Category::Legal), "Legal", true),
        (Value::Quadrant(Quadrant::BottomRight), "bottom right", true),
        (
            Value::List(ListKind::Tools),
            "Tools, equipment, supplies and materials",
            true,
        ),
        (
            Value::Formula(PriorityFormula::ImportanceFrequency),
            "mean importance × mean frequency (1–25)",
            true,
        ),
        (
            Value::Axes(Box::new(axes)),
            "horizontal Punitive – Rehabilitative, vertical none",
            true,
        ),
        (Value::Present, "kept", true),
        (Value::Removed, "removed", true),
    ];
    let czech = Catalogue::new(Language::Czech);
    for (value, english, translated) in cases {
        assert_eq!(value.to_string(), english);
        let words = czech.text(&value.words());
        assert_eq!(words != english, translated, "{english} → {words}");
    }
}

/// A field's name is a message: English for the report, the reader's
/// language in the app.
#[test]
fn a_fields_name_is_a_message() {
    use Field::{MetaTitle, Presence, TaskStatement};
    assert_eq!(TaskStatement.label().to_string(), "task statement");
    assert_eq!(MetaTitle.label().to_string(), "session title");
    assert_eq!(Presence.label().to_string(), "removed on one side");
    let czech = Catalogue::new(Language::Czech);
    assert_eq!(czech.text(&TaskStatement.label()), "znění úkolu");
}

fn wording(text: &str) -> Alternative {
    Alternative {
        value: Value::Text(text.to_owned()),
        sources: BTreeSet::new(),
        note: String::new(),
    }
}

/// Records out of order, and two of one field, as a hand-edited file may
/// have them: afterwards every lookup finds its record, and no wording is lost.
#[test]
fn put_in_order_sorts_and_joins_records_without_losing_any() {
    let (a, b) = (Id::from_u128(1), Id::from_u128(2));
    let record = |element, texts: &[&str]| Variants {
        element,
        field: Field::TaskStatement,
        variants: texts.iter().map(|t| wording(t)).collect(),
    };
    let mut provenance = Provenance {
        variants: vec![
            record(b, &["Search cells"]),
            record(b, &["search cells", "Search cells"]),
            record(a, &["Patrol the fence"]),
        ],
        ..Provenance::default()
    };
    // Out of order, the lookup misses a's record.
    assert!(provenance.variants_of(a, Field::TaskStatement).is_empty());
    provenance.put_in_order();
    assert_eq!(
        provenance.variants_of(a, Field::TaskStatement),
        [wording("Patrol the fence")]
    );
    assert_eq!(
        provenance.variants_of(b, Field::TaskStatement),
        [wording("Search cells"), wording("search cells")]
    );
    assert_eq!(provenance.variants.len(), 2);
}

fn source(country: &str) -> SourceSession {
    SourceSession {
        id: Id::new(),
        title: format!("Workshop {country}"),
        country: country.to_owned(),
        language: String::new(),
        ..SourceSession::default()
    }
}

#[test]
fn a_quadrant_value_is_said_in_words() {
    assert_eq!(
        Value::Quadrant(crate::Quadrant::BottomRight).to_string(),
        "bottom right"
    );
}

#[test]
fn source_labels_tell_sources_of_one_country_apart() {
    let provenance = Provenance {
        sources: ["RO", "CZ", "RO", "", " DE "].map(source).to_vec(),
        ..Provenance::default()
    };
    assert_eq!(
        provenance.source_labels(),
        ["RO 1", "CZ", "RO 2", "#4", "DE"]
    );
}

#[test]
fn labels_of_an_element_name_only_the_sources_that_hold_it_sorted() {
    let sources = ["RO", "CZ", "LT"].map(source).to_vec();
    let task = Id::new();
    let elements = BTreeMap::from([(task, BTreeSet::from([sources[0].id, sources[1].id]))]);
    let provenance = Provenance {
        sources,
        elements,
        ..Provenance::default()
    };
    let labels = provenance.source_labels();
    assert_eq!(provenance.labels_of(task, &labels), ["CZ", "RO"]);
    assert_eq!(provenance.shared_by(task), (2, 3));
    assert!(provenance.labels_of(Id::new(), &labels).is_empty());
}
