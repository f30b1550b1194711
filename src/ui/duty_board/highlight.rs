//! The text of a card as egui lays it out: the words a statement check complains
//! about are underlined on a warning-tinted background. Findings count characters,
//! egui counts bytes; this is where one becomes the other.

use std::ops::Range;

use egui::Stroke;
use egui::text::{LayoutJob, TextFormat};

use super::look::Look;
use dacum_model::statement_rules::{Finding, Rule};

/// The card text as a layout job, with the words of each finding underlined. Whole-
/// statement findings (empty, duplicate) are left to the badge: underlining every word
/// would hide which words the other findings mean. An empty statement shows
/// `placeholder` (the card's "(empty)"; none in the editor, which has its hint).
pub(super) fn statement_job(
    text: &str,
    findings: &[Finding],
    look: &Look,
    wrap_width: f32,
    placeholder: Option<&str>,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let plain = TextFormat::simple(look.text_font.clone(), look.text);
    if text.is_empty() {
        if let Some(placeholder) = placeholder {
            job.append(
                placeholder,
                0.0,
                TextFormat::simple(look.text_font.clone(), look.weak),
            );
        }
        return job;
    }
    let marked = TextFormat {
        underline: Stroke::new(2.0, look.warn),
        background: look.warn.gamma_multiply(0.2),
        ..plain.clone()
    };
    let mut marks: Vec<Range<usize>> = findings
        .iter()
        .filter(|f| !matches!(f.rule, Rule::Duplicate | Rule::NearDuplicate | Rule::Empty))
        .filter_map(|f| byte_range(text, &f.span))
        .collect();
    marks.sort_by_key(|r| r.start);
    let mut at = 0;
    for mark in marks {
        let start = mark.start.max(at);
        if start >= mark.end {
            continue;
        }
        if at < start {
            job.append(&text[at..start], 0.0, plain.clone());
        }
        job.append(&text[start..mark.end], 0.0, marked.clone());
        at = mark.end;
    }
    if at < text.len() {
        job.append(&text[at..], 0.0, plain);
    }
    job
}

/// A finding's character span as a byte range of `text`; `None` if it does not fit
/// (the text can be a keystroke ahead of the findings while typing).
fn byte_range(text: &str, span: &Range<usize>) -> Option<Range<usize>> {
    if span.start >= span.end {
        return None;
    }
    let mut indices = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    let start = indices.nth(span.start)?;
    let end = indices.nth(span.end - span.start - 1)?;
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::byte_range;

    #[test]
    fn character_spans_become_byte_ranges() {
        let text = "Efectuează percheziții";
        let range = byte_range(text, &(11..22)).unwrap_or_default();
        assert_eq!(&text[range], "percheziții");
        assert_eq!(
            byte_range(text, &(0..10)).map(|r| &text[r]),
            Some("Efectuează")
        );
        assert_eq!(byte_range(text, &(20..40)), None);
        assert_eq!(byte_range("", &(0..0)), None);
    }
}
