//! The interface language: which catalogue the views read their texts from.
//!
//! The app owns the catalogue of the chosen language (`DacumApp::catalogue`)
//! and puts it into egui's context data at the start of every frame
//! ([`install`]). A view reaches it through its `ui`, the one thing every view
//! already has: `ui.tr("board-add-duty")`, `ui.tr_args("status-tasks",
//! &[("count", n.into())])`, or `catalogue(ui.ctx())` for code that formats
//! many texts or has only a context. So no view signature changes with the
//! language, and a widget drawn outside the app (a test's own `Harness`) reads
//! English.

use std::sync::{Arc, LazyLock};

use dacum_i18n::{Catalogue, Language, Text, Value};
use dacum_model::Category;
use dacum_model::pestle_stats::Zone;

/// English, for a context the app has not installed a catalogue into.
static ENGLISH: LazyLock<Arc<Catalogue>> =
    LazyLock::new(|| Arc::new(Catalogue::new(Language::English)));

/// The English catalogue (shared, built once).
pub fn english() -> Arc<Catalogue> {
    Arc::clone(&ENGLISH)
}

/// Makes `catalogue` the one views read from (once per frame: it is an `Arc`).
pub fn install(ctx: &egui::Context, catalogue: &Arc<Catalogue>) {
    ctx.data_mut(|data| data.insert_temp(egui::Id::NULL, Arc::clone(catalogue)));
}

/// The catalogue of the interface language.
pub fn catalogue(ctx: &egui::Context) -> Arc<Catalogue> {
    ctx.data(|data| data.get_temp::<Arc<Catalogue>>(egui::Id::NULL))
        .unwrap_or_else(|| Arc::clone(&ENGLISH))
}

/// The language the system asks for (its preferred locales, in order), or
/// English if it names none we have.
pub fn system_language() -> Language {
    Language::from_locales(
        sys_locale::get_locales()
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
    )
}

/// Texts of the interface language, from anything that reaches the context.
pub trait Tr {
    /// The message `id` in the interface language.
    fn tr(&self, id: &str) -> String;
    /// The message `id` with its variables (a number picks the plural form).
    fn tr_args(&self, id: &str, args: &[(&str, Value<'_>)]) -> String;
    /// A message the model made (a finding, a rule summary), in the interface
    /// language.
    fn text(&self, text: &Text) -> String;
}

impl Tr for egui::Context {
    fn tr(&self, id: &str) -> String {
        catalogue(self).tr(id)
    }

    fn tr_args(&self, id: &str, args: &[(&str, Value<'_>)]) -> String {
        catalogue(self).tr_args(id, args)
    }

    fn text(&self, text: &Text) -> String {
        catalogue(self).text(text)
    }
}

impl Tr for egui::Ui {
    fn tr(&self, id: &str) -> String {
        self.ctx().tr(id)
    }

    fn tr_args(&self, id: &str, args: &[(&str, Value<'_>)]) -> String {
        self.ctx().tr_args(id, args)
    }

    fn text(&self, text: &Text) -> String {
        self.ctx().text(text)
    }
}

/// A PESTLE category's name in the interface language (the model's
/// `Category::name` is the English one that files and reports use).
pub fn category_name(texts: &Catalogue, category: Category) -> String {
    texts.text(&category.label())
}

/// A matrix zone's name inside a sentence ("predetermined elements"; in
/// German still with capitals, hence a message of its own).
pub fn zone_in_sentence(texts: &Catalogue, zone: Zone) -> String {
    let key = match zone {
        Zone::CriticalUncertainty => "critical",
        Zone::PredeterminedElement => "predetermined",
        Zone::Secondary => "secondary",
    };
    texts.tr_args("zone-in-sentence", &[("zone", key.into())])
}

/// A matrix zone's name in the interface language ("Critical uncertainties").
pub fn zone_name(texts: &Catalogue, zone: Zone) -> String {
    texts.tr(match zone {
        Zone::CriticalUncertainty => "zone-critical",
        Zone::PredeterminedElement => "zone-predetermined",
        Zone::Secondary => "zone-secondary",
    })
}
