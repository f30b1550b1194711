//! Numbers as the report language writes them: one decimal place, with the
//! language's decimal mark ("4.5" in English, "4,5" in Czech or German), and a
//! rating's mean with its spread.

use dacum_i18n::Catalogue;
use dacum_model::verification::Summary;

/// `value` to one decimal place with the report language's decimal mark.
pub fn decimal(tr: &Catalogue, value: f64) -> String {
    format!("{value:.1}").replacen('.', &tr.tr("report-decimal-mark"), 1)
}

/// A mean with its standard deviation, and ▲ where the votes disagree
/// strongly: "4.5 ±0.6", "3.3 ±2.1 ▲"; "—" without votes.
pub fn spread(tr: &Catalogue, summary: Option<Summary>) -> String {
    match summary {
        None => "—".to_owned(),
        Some(s) => {
            let flag = if s.disagreement() { " ▲" } else { "" };
            let (mean, deviation) = (decimal(tr, s.mean), decimal(tr, s.std_dev));
            format!("{mean} ±{deviation}{flag}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dacum_i18n::Language;

    #[test]
    fn a_spread_shows_mean_deviation_and_disagreement_with_the_languages_mark() {
        let english = Catalogue::new(Language::English);
        assert_eq!(spread(&english, Summary::of([4, 5, 4, 5])), "4.5 ±0.6");
        assert_eq!(spread(&english, Summary::of([1, 5, 4])), "3.3 ±2.1 ▲");
        assert_eq!(spread(&english, None), "—");
        let czech = Catalogue::new(Language::Czech);
        assert_eq!(spread(&czech, Summary::of([1, 5, 4])), "3,3 ±2,1 ▲");
        assert_eq!(decimal(&czech, 17.25), "17,2");
    }
}
