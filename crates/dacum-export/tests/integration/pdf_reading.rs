//! Reading produced PDFs back with lopdf, as a stakeholder's viewer would: the text
//! of the pages, every string anywhere in the file (metadata, outline), and the
//! decompressed content of every stream.

use lopdf::{Document, Object};

pub fn parse(bytes: &[u8]) -> Document {
    Document::load_mem(bytes).expect("the PDF parses")
}

pub fn page_count(bytes: &[u8]) -> usize {
    parse(bytes).get_pages().len()
}

/// The text of every page, as a viewer extracts it.
pub fn text(bytes: &[u8]) -> String {
    let doc = parse(bytes);
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text extracts")
}

/// The text with every kind of white space removed, so a statement that wraps over
/// lines (or is broken inside a long word) is still found.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A PDF string as text: UTF-16BE when it starts with a byte-order mark, else
/// the bytes as UTF-8 (lossy) — good enough to search for a name.
fn decode(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

fn strings_in(object: &Object, out: &mut Vec<String>) {
    match object {
        Object::String(bytes, _) | Object::Name(bytes) => out.push(decode(bytes)),
        Object::Array(items) => items.iter().for_each(|o| strings_in(o, out)),
        Object::Dictionary(dict) => dict.iter().for_each(|(_, o)| strings_in(o, out)),
        Object::Stream(stream) => {
            stream.dict.iter().for_each(|(_, o)| strings_in(o, out));
            out.push(String::from_utf8_lossy(&stream.content).into_owned());
        }
        _ => {}
    }
}

/// Everything in the file a name could hide in: page text, every string and name
/// object (metadata, outline titles, font names), and every decompressed stream.
pub fn everything(bytes: &[u8]) -> String {
    let mut doc = parse(bytes);
    let mut out = vec![text(bytes), String::from_utf8_lossy(bytes).into_owned()];
    doc.decompress();
    for object in doc.objects.values() {
        strings_in(object, &mut out);
    }
    strings_in(&Object::Dictionary(doc.trailer.clone()), &mut out);
    out.join("\n")
}

/// The document information entry `key` (Title, Author …), decoded.
pub fn info(bytes: &[u8], key: &str) -> String {
    let doc = parse(bytes);
    doc.trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .and_then(|d| d.get(key.as_bytes()))
        .and_then(Object::as_str)
        .map(decode)
        .unwrap_or_default()
}

/// The titles of the outline, depth-first, each with its depth.
pub fn outline(bytes: &[u8]) -> Vec<(usize, String)> {
    let doc = parse(bytes);
    let mut out = Vec::new();
    let first = doc
        .catalog()
        .and_then(|c| c.get(b"Outlines"))
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .and_then(|d| d.get(b"First"))
        .and_then(Object::as_reference)
        .ok();
    walk(&doc, first, 0, &mut out);
    out
}

fn walk(
    doc: &Document,
    mut item: Option<lopdf::ObjectId>,
    depth: usize,
    out: &mut Vec<(usize, String)>,
) {
    while let Some(id) = item {
        let Ok(dict) = doc.get_dictionary(id) else {
            return;
        };
        let title = dict
            .get(b"Title")
            .and_then(Object::as_str)
            .map(decode)
            .unwrap_or_default();
        out.push((depth, title));
        let child = dict.get(b"First").and_then(Object::as_reference).ok();
        walk(doc, child, depth + 1, out);
        item = dict.get(b"Next").and_then(Object::as_reference).ok();
    }
}
