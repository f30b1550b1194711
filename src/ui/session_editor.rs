//! The "Session" view: the workshop's details (title, occupation, place, dates,
//! country, language, notes) and the people who took part, grouped by role.
//!
//! Like every view it draws from a borrowed `&Session` and pushes `Command`s. The
//! text being typed lives in [`Typing`] (a shared widget in `ui::widgets`),
//! because the session changes only after the frame, and a half-typed date is not
//! a date yet. The people tables are in [`people`].

mod people;

use super::language::{Tr, catalogue};
use dacum_i18n::Catalogue;
use jiff::civil::Date;

use super::command::Command;
use super::widgets::{FieldName, Lines, Look, Typing, em};
use dacum_model::{Edit, Id, Meta, Role, Session};
use people::{people_summary, role_ui};

/// European countries (EU, EEA, candidates and neighbours) by ISO 3166-1 alpha-2
/// code, sorted by name, as "CODE Name;…". XK (Kosovo) is the code the EU uses.
const COUNTRIES: &str = "\
    AL Albania;AD Andorra;AM Armenia;AT Austria;AZ Azerbaijan;BE Belgium;\
    BA Bosnia and Herzegovina;BG Bulgaria;HR Croatia;CY Cyprus;CZ Czechia;\
    DK Denmark;EE Estonia;FI Finland;FR France;GE Georgia;DE Germany;GR Greece;\
    HU Hungary;IS Iceland;IE Ireland;IT Italy;XK Kosovo;LV Latvia;LI Liechtenstein;\
    LT Lithuania;LU Luxembourg;MT Malta;MD Moldova;MC Monaco;ME Montenegro;\
    NL Netherlands;MK North Macedonia;NO Norway;PL Poland;PT Portugal;RO Romania;\
    SM San Marino;RS Serbia;SK Slovakia;SI Slovenia;ES Spain;SE Sweden;\
    CH Switzerland;TR Türkiye;UA Ukraine;GB United Kingdom";

/// Common language tags of European workshops, with their names in English and
/// in the language itself, as "tag Name;…".
const LANGUAGES: &str = "\
    en English;sq Albanian (shqip);bs Bosnian (bosanski);bg Bulgarian (български);\
    hr Croatian (hrvatski);cs Czech (čeština);da Danish (dansk);\
    nl Dutch (Nederlands);et Estonian (eesti);fi Finnish (suomi);\
    fr French (français);de German (Deutsch);el Greek (ελληνικά);\
    hu Hungarian (magyar);is Icelandic (íslenska);ga Irish (Gaeilge);\
    it Italian (italiano);lv Latvian (latviešu);lt Lithuanian (lietuvių);\
    lb Luxembourgish (Lëtzebuergesch);mk Macedonian (македонски);mt Maltese (Malti);\
    nb Norwegian (norsk bokmål);pl Polish (polski);pt Portuguese (português);\
    ro Romanian (română);sr Serbian (srpski);sk Slovak (slovenčina);\
    sl Slovenian (slovenščina);es Spanish (español);sv Swedish (svenska);\
    tr Turkish (Türkçe);uk Ukrainian (українська)";

/// The entries of a table written as "CODE Name;CODE Name;…".
fn table(entries: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries.split(';').filter_map(|entry| entry.split_once(' '))
}

fn country_name(code: &str) -> Option<&'static str> {
    let code = code.trim();
    table(COUNTRIES)
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, name)| name)
}

fn language_name(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
    table(LANGUAGES)
        .find(|(t, _)| t.eq_ignore_ascii_case(primary))
        .map(|(_, name)| name)
}

/// A word about a country code that is not what the file should hold.
fn country_warning(texts: &Catalogue, code: &str) -> Option<String> {
    let code = code.trim();
    match code.to_ascii_uppercase().as_str() {
        "" => None,
        "UK" => Some(texts.tr("session-country-uk")),
        "EL" => Some(texts.tr("session-country-el")),
        _ if country_name(code).is_some() => None,
        _ => Some(texts.tr_args("session-country-unknown", &[("code", code.into())])),
    }
}

/// Why a typed date is not one, in words.
fn date_error(texts: &Catalogue, error: &DateError) -> String {
    match error {
        DateError::Shape => texts.tr("session-date-shape"),
        DateError::NoSuchDay(text) => texts.tr_args(
            "session-date-no-such-day",
            &[("date", text.as_str().into())],
        ),
    }
}

/// What is wrong with a typed date.
#[derive(Debug, PartialEq, Eq)]
enum DateError {
    /// Not written as YYYY-MM-DD.
    Shape,
    /// Shaped like a date, but no day of the calendar (2025-02-30).
    NoSuchDay(String),
}

/// A date as typed: empty is no date; anything else must be YYYY-MM-DD and exist.
fn parse_date(text: &str) -> Result<Option<Date>, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return Err(DateError::Shape);
    }
    text.parse::<Date>()
        .map(Some)
        .map_err(|_| DateError::NoSuchDay(text.to_owned()))
}

/// What the session view keeps between frames.
#[derive(Default)]
pub struct SessionEditorState {
    typing: Typing,
    /// A person added with "Add …" or Enter who has not been given any text yet:
    /// leaving them empty with Enter or Escape removes them again.
    fresh: Option<Id>,
    reveal: Option<Id>,
}

impl SessionEditorState {
    /// Scrolls to a person and focuses their name (from the findings list).
    pub fn reveal(&mut self, id: Id) {
        self.reveal = Some(id);
    }
}

pub fn session_editor_ui(
    ui: &mut egui::Ui,
    session: &Session,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    state.typing.begin_frame();
    egui::ScrollArea::both()
        .id_salt("session_editor")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.heading(ui.tr("session-details"));
            meta_ui(ui, &session.meta, state, commands);
            ui.add_space(em(ui));
            ui.heading(ui.tr("session-people"));
            ui.label(people_summary(&catalogue(ui.ctx()), &session.people));
            for role in Role::ALL {
                role_ui(ui, session, role, state, commands);
            }
        });
    state.reveal = None;
    state.typing.end_frame(ui);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum MetaText {
    Title,
    Occupation,
    Organisation,
    Sponsor,
    Venue,
    Country,
    Language,
    Notes,
}

impl MetaText {
    /// The message id of the field's label.
    fn label(self) -> &'static str {
        match self {
            MetaText::Title => "session-title",
            MetaText::Occupation => "session-occupation",
            MetaText::Organisation => "session-organisation",
            MetaText::Sponsor => "session-sponsor",
            MetaText::Venue => "session-venue",
            MetaText::Country => "session-country",
            MetaText::Language => "session-language",
            MetaText::Notes => "session-notes",
        }
    }

    fn slot(self, meta: &mut Meta) -> &mut String {
        match self {
            MetaText::Title => &mut meta.title,
            MetaText::Occupation => &mut meta.occupation,
            MetaText::Organisation => &mut meta.organisation,
            MetaText::Sponsor => &mut meta.sponsor,
            MetaText::Venue => &mut meta.venue,
            MetaText::Country => &mut meta.country,
            MetaText::Language => &mut meta.language,
            MetaText::Notes => &mut meta.notes,
        }
    }
}

fn meta_ui(
    ui: &mut egui::Ui,
    meta: &Meta,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    let em = em(ui);
    let wide = (ui.available_width() - 10.0 * em).clamp(12.0 * em, 40.0 * em);
    egui::Grid::new("session_meta")
        .num_columns(2)
        .spacing([em, 0.4 * em])
        .show(ui, |ui| {
            use MetaText::{
                Country, Language, Notes, Occupation, Organisation, Sponsor, Title, Venue,
            };
            for (field, hint) in [
                (Title, ui.tr("session-title-hint")),
                (Occupation, ui.tr("session-occupation-hint")),
                (Organisation, String::new()),
                (Sponsor, String::new()),
                (Venue, String::new()),
            ] {
                meta_text_row(ui, meta, field, &hint, wide, state, commands);
            }
            meta_code_row(ui, meta, Country, 4.0 * em, state, commands);
            meta_code_row(ui, meta, Language, 4.0 * em, state, commands);
            date_row(ui, meta, false, state, commands);
            date_row(ui, meta, true, state, commands);
            meta_text_row(ui, meta, Notes, "", wide, state, commands);
        });
}

/// The field of one meta text, labelled by `label`; returns the text it shows.
/// `normalise` turns the typed text into what is stored (country codes in capitals).
#[allow(clippy::too_many_arguments)]
fn meta_field(
    ui: &mut egui::Ui,
    meta: &Meta,
    field: MetaText,
    label: egui::Id,
    look: Look<'_>,
    normalise: fn(&str) -> String,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) -> String {
    let mut edited = meta.clone();
    let current = field.slot(&mut edited).clone();
    let output = state.typing.show(
        ui,
        egui::Id::unique(("session_meta", field)),
        &current,
        FieldName::LabelledBy(label),
        look,
        |text| {
            let value = normalise(text);
            *field.slot(&mut edited) = value.clone();
            Some((Edit::SetMeta(edited), value))
        },
        commands,
    );
    output.text
}

fn meta_text_row(
    ui: &mut egui::Ui,
    meta: &Meta,
    field: MetaText,
    hint: &str,
    width: f32,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    let lines = match field {
        MetaText::Notes => Lines::Paragraph(3),
        _ => Lines::One,
    };
    let label = ui.label(ui.tr(field.label())).id;
    let look = Look { width, hint, lines };
    meta_field(ui, meta, field, label, look, str::to_owned, state, commands);
    ui.end_row();
}

/// Country or language: a short code typed freely, or picked from a list by name.
fn meta_code_row(
    ui: &mut egui::Ui,
    meta: &Meta,
    field: MetaText,
    width: f32,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    let country = field == MetaText::Country;
    let (hint, entries, normalise): (_, _, fn(&str) -> String) = if country {
        ("RO", COUNTRIES, str::to_uppercase)
    } else {
        ("en", LANGUAGES, str::to_owned)
    };
    let label = ui.label(ui.tr(field.label())).id;
    let texts = catalogue(ui.ctx());
    let typed = ui.horizontal(|ui| {
        let look = Look {
            width,
            hint,
            lines: Lines::One,
        };
        let shown = meta_field(ui, meta, field, label, look, normalise, state, commands);
        let name = if country {
            country_name(&shown)
        } else {
            language_name(&shown)
        };
        let combo = egui::ComboBox::from_id_salt(("session_meta_pick", field))
            .selected_text(name.map_or_else(|| texts.tr("session-pick"), str::to_owned))
            .width(14.0 * em(ui))
            .show_ui(ui, |ui| {
                for (code, name) in table(entries) {
                    let chosen = if country {
                        meta.country.eq_ignore_ascii_case(code)
                    } else {
                        meta.language.eq_ignore_ascii_case(code)
                    };
                    if ui
                        .selectable_label(chosen, format!("{code} — {name}"))
                        .clicked()
                    {
                        let mut edited = meta.clone();
                        *field.slot(&mut edited) = code.to_owned();
                        commands.push(Command::Edit(Edit::SetMeta(edited)));
                    }
                }
            });
        let what = if country {
            "session-pick-country"
        } else {
            "session-pick-language"
        };
        combo.response.accessible_name(texts.tr(what));
        if country && let Some(warning) = country_warning(&texts, &shown) {
            ui.colored_label(ui.visuals().warn_fg_color, warning);
        }
        shown
    });
    ui.end_row();
    if !country {
        // Which statement rules the typed language gets, so none switch off silently.
        ui.label("");
        ui.weak(ui.text(&dacum_model::statement_rules::rules_for(&typed.inner).summary()));
        ui.end_row();
    }
}

/// The start or end date: stored only once it is a real date; until then the
/// field keeps the text and says what is wrong.
fn date_row(
    ui: &mut egui::Ui,
    meta: &Meta,
    end: bool,
    state: &mut SessionEditorState,
    commands: &mut Vec<Command>,
) {
    let label = ui
        .label(ui.tr(if end {
            "session-end-date"
        } else {
            "session-start-date"
        }))
        .id;
    let value = if end { meta.end } else { meta.start };
    let current = value.map(|d| d.to_string()).unwrap_or_default();
    ui.horizontal(|ui| {
        let look = Look {
            width: 7.0 * em(ui),
            hint: "YYYY-MM-DD",
            lines: Lines::One,
        };
        let output = state.typing.show(
            ui,
            egui::Id::unique(("session_meta_date", end)),
            &current,
            FieldName::LabelledBy(label),
            look,
            |text| {
                let date = parse_date(text).ok()?;
                let mut edited = meta.clone();
                *(if end {
                    &mut edited.end
                } else {
                    &mut edited.start
                }) = date;
                let stored = date.map(|d| d.to_string()).unwrap_or_default();
                Some((Edit::SetMeta(edited), stored))
            },
            commands,
        );
        match parse_date(&output.text) {
            Err(error) => {
                let error = date_error(&catalogue(ui.ctx()), &error);
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            Ok(Some(date)) if end && meta.start.is_some_and(|start| date < start) => {
                let warning = ui.tr("session-ends-before-start");
                ui.colored_label(ui.visuals().warn_fg_color, warning);
            }
            Ok(_) => {}
        }
    });
    ui.end_row();
}

#[cfg(test)]
mod tests;
