//! The document-level parts of the PDF that printpdf 0.12 does not write the way a
//! publication needs them, added to its lopdf document before saving: the
//! document information (title, author, subject, keywords), the language of the
//! text, a nested outline (report › section › duty) and viewer preferences.

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use super::page::Layout;

/// What the PDF's metadata says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct DocInfo {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// BCP 47 language tag, e.g. "en" or "ro".
    pub language: String,
}

/// A PDF text string: UTF-16BE with a byte-order mark, so every script survives.
fn text(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Adds metadata, language and outline, compresses, and returns the file's bytes.
pub fn finish(doc: &mut Document, layout: &Layout, info: &DocInfo) -> Result<Vec<u8>, String> {
    doc.version = "1.7".to_owned();
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let outline = outline(doc, layout, &pages);
    let created = jiff::Timestamp::now()
        .strftime("D:%Y%m%d%H%M%SZ")
        .to_string();
    let mut meta = Dictionary::new();
    meta.set("Title", text(&info.title));
    meta.set("Author", text(&info.author));
    meta.set("Subject", text(&info.subject));
    meta.set("Keywords", text(&info.keywords.join(", ")));
    meta.set("Creator", text("DACUM Studio"));
    meta.set("Producer", text("DACUM Studio (printpdf)"));
    meta.set("CreationDate", Object::string_literal(created.clone()));
    meta.set("ModDate", Object::string_literal(created));
    // Replace printpdf's information dictionary rather than leave a second one.
    match doc.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => {
            doc.objects.insert(id, Object::Dictionary(meta));
        }
        Err(_) => {
            let id = doc.add_object(meta);
            doc.trailer.set("Info", id);
        }
    }
    let catalog = doc
        .catalog_mut()
        .map_err(|e| format!("the PDF has no catalog: {e}"))?;
    catalog.set("Lang", text(&info.language));
    let mut preferences = Dictionary::new();
    preferences.set("DisplayDocTitle", true);
    catalog.set("ViewerPreferences", preferences);
    if let Some(outline) = outline {
        catalog.set("Outlines", outline);
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    doc.compress();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|e| format!("the PDF could not be written: {e}"))?;
    Ok(bytes)
}

/// One outline entry and the entries under it.
struct Node {
    title: String,
    page: usize,
    level: u8,
    children: Vec<usize>,
}

/// Builds the outline tree from the layout's bookmarks: an entry belongs under the
/// nearest earlier entry of a lower level. Reports start open; sections with
/// entries under them (the duties) start closed.
fn outline(doc: &mut Document, layout: &Layout, pages: &[ObjectId]) -> Option<ObjectId> {
    let mut nodes: Vec<Node> = Vec::new();
    let mut roots: Vec<usize> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for bookmark in &layout.bookmarks {
        if pages.get(bookmark.page).is_none() {
            continue;
        }
        let index = nodes.len();
        nodes.push(Node {
            title: bookmark.title.clone(),
            page: bookmark.page,
            level: bookmark.level,
            children: Vec::new(),
        });
        while stack
            .last()
            .is_some_and(|&top| nodes[top].level >= bookmark.level)
        {
            stack.pop();
        }
        match stack.last() {
            Some(&parent) => nodes[parent].children.push(index),
            None => roots.push(index),
        }
        stack.push(index);
    }
    if roots.is_empty() {
        return None;
    }
    let root_id = doc.new_object_id();
    let ids: Vec<ObjectId> = nodes.iter().map(|_| doc.new_object_id()).collect();
    let visible = link(doc, &nodes, &ids, &roots, root_id, pages);
    let mut root = Dictionary::new();
    root.set("Type", Object::Name(b"Outlines".to_vec()));
    root.set("First", ids[roots[0]]);
    root.set("Last", ids[roots[roots.len() - 1]]);
    root.set("Count", visible as i64);
    doc.objects.insert(root_id, Object::Dictionary(root));
    Some(root_id)
}

/// Writes the entries `siblings` under `parent`; returns how many entries are
/// visible when the outline opens.
fn link(
    doc: &mut Document,
    nodes: &[Node],
    ids: &[ObjectId],
    siblings: &[usize],
    parent: ObjectId,
    pages: &[ObjectId],
) -> usize {
    let mut visible = 0;
    for (i, &index) in siblings.iter().enumerate() {
        let node = &nodes[index];
        let mut entry = Dictionary::new();
        entry.set("Title", text(&node.title));
        entry.set("Parent", parent);
        let page = pages[node.page];
        let destination = vec![
            Object::Reference(page),
            Object::Name(b"XYZ".to_vec()),
            Object::Null,
            Object::Null,
            Object::Null,
        ];
        entry.set("Dest", destination);
        if i > 0 {
            entry.set("Prev", ids[siblings[i - 1]]);
        }
        if let Some(&next) = siblings.get(i + 1) {
            entry.set("Next", ids[next]);
        }
        visible += 1;
        if !node.children.is_empty() {
            let below = link(doc, nodes, ids, &node.children, ids[index], pages);
            entry.set("First", ids[node.children[0]]);
            entry.set("Last", ids[node.children[node.children.len() - 1]]);
            if node.level == 0 {
                entry.set("Count", below as i64);
                visible += below;
            } else {
                entry.set("Count", -(node.children.len() as i64));
            }
        }
        doc.objects.insert(ids[index], Object::Dictionary(entry));
    }
    visible
}
