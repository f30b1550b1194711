//! Live entry through the whole app, as a fast typist (or `xdotool`, or a slow
//! frame) delivers it: every burst of keystrokes is queued into ONE frame's input
//! before one `run()`, and the tests assert on the session. One helper, one table:
//! every kind of field where Enter commits.

use egui::Key;
use egui_kittest::kittest::Queryable as _;

use super::PestleTab;
use super::test_harness::{AppHarness, app_harness};
use super::widgets::keystrokes::burst;
use dacum_model::{
    Axes, Axis, AxisSubject, Category, Driver, Duty, Participant, Person, Role, Session, Task,
};

/// A session with something in every view: a duty with a task, a panel member,
/// two drivers on the axes with named poles, a participant.
fn session() -> Session {
    let mut session = Session::default();
    let mut duty = Duty::new("Maintain security");
    duty.tasks.push(Task::new("Count prisoners"));
    session.chart.duties.push(duty);
    session.people.push(Person::new(Role::Panel, "Ana Pop"));
    let p = &mut session.pestle;
    p.drivers = vec![
        Driver::new(Category::Political, "Penal policy"),
        Driver::new(Category::Technological, "AI risk tools"),
    ];
    p.participants = vec![Participant::new("Ana")];
    let axis = |driver: &Driver, low: &str, high: &str| Axis {
        subject: AxisSubject::Driver(driver.id),
        low_pole: low.into(),
        high_pole: high.into(),
        rationale: String::new(),
    };
    p.axes = Axes {
        horizontal: Some(axis(&p.drivers[0], "", "Rehabilitative")),
        vertical: Some(axis(&p.drivers[1], "Analogue", "Digital")),
    };
    session
}

fn app(session: Session) -> AppHarness {
    app_harness(session, egui::vec2(1500.0, 1000.0), |_| {})
}

/// Where a field is and what of the session it writes.
struct Field {
    /// The tab to open, and the PESTLE part if it is in the PESTLE view.
    tab: &'static str,
    pestle: Option<PestleTab>,
    /// A button that opens the field (e.g. "Add duty"), else the field is focused.
    opened_by: Option<&'static str>,
    label: &'static str,
    /// The key that leaves it (Enter, or Tab where Enter starts a new line).
    leave: Key,
    /// Whether leaving it opens the next field to type in (the next task …).
    chained: bool,
    /// The texts the field (and the ones Enter opens after it) wrote, in order.
    read: fn(&Session) -> Vec<String>,
}

fn fields() -> Vec<Field> {
    vec![
        Field {
            tab: "DACUM chart",
            pestle: None,
            opened_by: Some("Add duty"),
            label: "Title of duty B",
            leave: Key::Enter,
            chained: true,
            // Enter on a duty opens its first task.
            read: |s| {
                let Some(duty) = s.chart.duties.get(1) else {
                    return Vec::new();
                };
                let tasks = duty.tasks.iter().map(|t| t.statement.clone());
                std::iter::once(duty.title.clone()).chain(tasks).collect()
            },
        },
        Field {
            tab: "DACUM chart",
            pestle: None,
            opened_by: Some("Add task to A"),
            label: "Statement of task A-2",
            leave: Key::Enter,
            chained: true,
            read: |s| {
                let tasks = s.chart.duties[0].tasks.iter().skip(1);
                tasks.map(|t| t.statement.clone()).collect()
            },
        },
        Field {
            tab: "Supporting lists",
            pestle: None,
            opened_by: Some("Add knowledge or skill"),
            label: "Knowledge or skill 1",
            leave: Key::Enter,
            chained: true,
            read: |s| {
                let items = &s.chart.knowledge_skills;
                items.iter().map(|i| i.text.clone()).collect()
            },
        },
        Field {
            tab: "Session",
            pestle: None,
            opened_by: None,
            label: "Title",
            leave: Key::Tab,
            chained: false,
            read: |s| vec![s.meta.title.clone()],
        },
        Field {
            tab: "Session",
            pestle: None,
            opened_by: Some("Add panel member"),
            label: "Name, panel member 2",
            leave: Key::Enter,
            chained: true,
            // Enter moves on to the member's job title.
            read: |s| {
                let added = s.people.iter().skip(1);
                added
                    .flat_map(|p| [p.name.clone(), p.job_title.clone()])
                    .collect()
            },
        },
        Field {
            tab: "PESTLE",
            pestle: Some(PestleTab::Drivers),
            opened_by: None,
            label: "New driver title",
            leave: Key::Enter,
            chained: true,
            read: |s| {
                let added = s.pestle.drivers.iter().skip(2);
                added.map(|d| d.title.clone()).collect()
            },
        },
        Field {
            tab: "PESTLE",
            pestle: Some(PestleTab::Drivers),
            opened_by: None,
            label: "New participant name",
            leave: Key::Enter,
            chained: true,
            read: |s| {
                let added = s.pestle.participants.iter().skip(1);
                added.map(|p| p.name.clone()).collect()
            },
        },
        Field {
            tab: "PESTLE",
            pestle: Some(PestleTab::Axes),
            opened_by: None,
            label: "Left pole",
            leave: Key::Enter,
            chained: false,
            read: |s| {
                let axis = s.pestle.axes.horizontal.as_ref();
                vec![axis.map(|a| a.low_pole.clone()).unwrap_or_default()]
            },
        },
        Field {
            tab: "Scenarios",
            pestle: None,
            opened_by: Some("Create scenario: Rehabilitative · Digital"),
            label: "Narrative, Rehabilitative · Digital",
            leave: Key::Tab,
            chained: false,
            read: |s| {
                let scenario = s.pestle.scenarios.first();
                vec![scenario.map(|s| s.narrative.clone()).unwrap_or_default()]
            },
        },
    ]
}

/// Opens the field, gives it the keyboard, then types the burst in one frame.
/// Returns what the field (and the fields Enter opened) wrote to the session.
fn enter_burst(field: &Field, texts: &[&str]) -> Vec<String> {
    let mut harness = app(session());
    harness.get_by_label(field.tab).click();
    harness.run();
    if let Some(part) = field.pestle {
        let english = dacum_i18n::Catalogue::new(dacum_i18n::Language::English);
        harness.get_by_label(&part.title(&english)).click();
        harness.run();
    }
    if let Some(button) = field.opened_by {
        harness.get_by_label(button).click();
        harness.run();
    }
    harness.get_by_label(field.label).focus();
    harness.run();
    burst::run(&mut harness, burst::entries(texts, field.leave));
    (field.read)(harness.state().document().session())
}

/// Cuts the trailing empty entries Enter opened and left (a new empty card).
fn written(mut texts: Vec<String>) -> Vec<String> {
    while texts.last().is_some_and(String::is_empty) {
        texts.pop();
    }
    texts
}

#[test]
fn text_then_enter_in_one_frame_keeps_every_character_in_every_field() {
    let texts = ["Preserve evidence", "Keep logs"];
    let mut wrong = Vec::new();
    for field in fields() {
        let expected: &[&str] = if field.chained { &texts } else { &texts[..1] };
        let got = written(enter_burst(&field, &texts));
        if got != expected {
            wrong.push(format!("{}: {got:?}", field.label));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Every letter of these alphabets (and their punctuation) arrives in one frame.
const SENTENCES: [&str; 5] = [
    "Înțeleg că știința și bucătăria românească îți aduc bucurie: ĂÂÎȘȚ ăâîșț.",
    "Příliš žluťoučký kůň úpěl ďábelské ódy: ÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ?",
    "Falsches Üben von Xylophonmusik quält jeden größeren Zwerg! ÄÖÜẞ „äöüß“",
    "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία· ΆΈΉΊΌΎΏ ϊϋΐΰ ς; «ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ»",
    "Įlinkdama fechtuotojo špaga sublykčiojusi pragręžė apvalų arbūzą – ĄČĘĖĮŠŲŪŽ.",
];

#[test]
fn every_character_of_five_languages_typed_in_one_frame_reaches_every_kind_of_field() {
    let mut wrong = Vec::new();
    for field in fields() {
        for sentence in SENTENCES {
            let got = written(enter_burst(&field, &[sentence]));
            if got != [sentence] {
                wrong.push(format!("{}: {got:?}", field.label));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// A mouse click at the middle of a widget: press and release.
fn click_at(rect: egui::Rect) -> Vec<egui::Event> {
    let pos = rect.center();
    let button = |pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    vec![egui::Event::PointerMoved(pos), button(true), button(false)]
}

#[test]
fn text_typed_just_before_a_click_on_another_field_stays_in_its_field() {
    let mut harness = app(session());
    harness.get_by_label("Session").click();
    harness.run();
    harness.get_by_label("Sponsor").focus();
    harness.run();
    let venue = harness.get_by_label("Venue").rect();
    let events = [
        burst::text("ANP Romania"),
        click_at(venue),
        burst::text("Bucharest"),
        burst::key(Key::Enter),
    ]
    .concat();
    burst::run(&mut harness, events);
    let meta = &harness.state().document().session().meta;
    assert_eq!(
        (meta.sponsor.as_str(), meta.venue.as_str()),
        ("ANP Romania", "Bucharest")
    );
}
