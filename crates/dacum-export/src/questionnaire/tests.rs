//! The questionnaire's parts on their own: the catalogue's words it names and
//! the grid of boxes. The whole questionnaire is tested on the example in
//! `tests/integration/questionnaire.rs`.

use dacum_i18n::{Catalogue, Language};

use super::scales;
use super::tick_table::Grid;
use crate::metrics::FontSet;

#[test]
fn every_word_the_scales_name_is_in_every_catalogue() {
    for &language in Language::ALL {
        let tr = Catalogue::new(language);
        for id in scales::message_ids() {
            assert!(tr.has(id), "{}: {id}", language.tag());
        }
    }
}

#[test]
fn a_task_row_has_nineteen_boxes_and_the_statement_most_of_the_width() {
    let fonts = FontSet::uniform(0.55);
    for &language in Language::ALL {
        let tr = Catalogue::new(language);
        let codes = ["A-1", "L-20"];
        let grid = Grid::new(&fonts, &tr, 36.0, 770.0, codes.into_iter());
        assert_eq!(grid.boxes_per_task(), 19, "{}", language.tag());
        assert!(grid.statement_width() > 300.0, "{}", language.tag());
    }
}
