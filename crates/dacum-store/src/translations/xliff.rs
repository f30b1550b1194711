//! XLIFF 1.2, the exchange format CAT tools (`OmegaT`, memoQ, Trados) import: one
//! `trans-unit` per text, the element's id as the unit id, its DACUM code in a
//! note and as `resname`, the translation (if any) as the target with a state
//! the tools understand. Reading takes back what a tool did to the targets and
//! nothing else; the source and notes are only compared.

use std::fmt::Write as _;

use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

use dacum_model::Session;
use dacum_model::translation::State;
use dacum_model::translation::exchange::{Unit, UnitError, units_for};

use crate::load::position_of;

const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// The XLIFF 1.2 document of a session's texts for translation into `language`.
/// `original` names the session file in the document (tools show it).
pub fn write_xliff(session: &Session, language: &str, original: &str) -> String {
    let language = dacum_model::translation::canonical_language(language);
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(out, "<xliff version=\"1.2\" xmlns=\"{NAMESPACE}\">");
    let _ = writeln!(
        out,
        "  <file original=\"{}\" source-language=\"{}\" target-language=\"{}\" datatype=\"plaintext\">",
        attribute(original),
        attribute(&session.working_language()),
        attribute(&language),
    );
    out.push_str("    <header>\n");
    let _ = writeln!(
        out,
        "      <tool tool-id=\"dacum-studio\" tool-name=\"DACUM Studio\" tool-version=\"{}\"/>",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(
        out,
        "      <note>Session {} ({}). Translate the targets; leave ids, sources and notes as they are.</note>",
        session.id,
        text(&session.meta.title)
    );
    out.push_str("    </header>\n    <body>\n");
    for (slot, unit, state) in units_for(session, &language) {
        let resname = if slot.code.is_empty() {
            String::new()
        } else {
            format!(" resname=\"{}\"", attribute(&slot.code))
        };
        // XLIFF 1.2 puts `approved` on the unit: what tools read as "reviewed".
        let approved = if state == State::Reviewed {
            " approved=\"yes\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "      <trans-unit id=\"{}\"{resname}{approved} xml:space=\"preserve\">",
            attribute(&unit.key)
        );
        let _ = writeln!(out, "        <source>{}</source>", text(&unit.source));
        if !unit.target.is_empty() {
            let state = match state {
                State::Reviewed => "final",
                State::Stale => "needs-review-translation",
                State::Draft | State::Missing => "translated",
            };
            let _ = writeln!(
                out,
                "        <target state=\"{state}\">{}</target>",
                text(&unit.target)
            );
        }
        let what = match slot.kind {
            dacum_model::translation::SlotKind::Duty => "Duty",
            dacum_model::translation::SlotKind::Task => "Task",
            dacum_model::translation::SlotKind::ListItem(kind) => kind.title(),
            dacum_model::translation::SlotKind::Acronym => "Acronym meaning",
            dacum_model::translation::SlotKind::DriverTitle => "Driver",
            dacum_model::translation::SlotKind::DriverDescription => "Driver description",
            dacum_model::translation::SlotKind::Pole => "Pole of an axis",
            dacum_model::translation::SlotKind::Rationale => "Rationale of an axis",
            dacum_model::translation::SlotKind::ScenarioName => "Scenario name",
            dacum_model::translation::SlotKind::ScenarioNarrative => "Scenario narrative",
        };
        let note = if slot.code.is_empty() {
            what.to_owned()
        } else {
            format!("{} · {what}", slot.code)
        };
        let _ = writeln!(
            out,
            "        <note from=\"dacum-studio\">{}</note>",
            text(&note)
        );
        out.push_str("      </trans-unit>\n");
    }
    out.push_str("    </body>\n  </file>\n</xliff>\n");
    out
}

/// Element text: escaped, and without the control characters XML 1.0 cannot
/// hold at all (a tab and line breaks stay).
fn text(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect();
    escape(clean.as_str()).into_owned()
}

/// An attribute value: as `text`, with line breaks and tabs as character
/// references so they survive attribute normalisation.
fn attribute(value: &str) -> String {
    text(value)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

/// What an XLIFF file holds for an import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XliffFile {
    pub source_language: Option<String>,
    pub target_language: String,
    pub units: Vec<Unit>,
}

/// Which text of a unit the reader is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    Nothing,
    Source,
    Target,
    /// Something whose text is not read (a note, alt-trans, seg-source …).
    Skipped,
}

/// Reads an XLIFF 1.2 document. Errors carry the line and column.
pub fn read_xliff(xml: &str) -> Result<XliffFile, UnitError> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let at = |offset: u64| {
        Some(position_of(
            xml.as_bytes(),
            usize::try_from(offset).unwrap_or(usize::MAX),
        ))
    };
    let fail = |offset: u64, message: String| UnitError {
        position: at(offset),
        message,
    };
    let mut file = XliffFile {
        source_language: None,
        target_language: String::new(),
        units: Vec::new(),
    };
    let mut saw_root = false;
    // The elements open at this point, with where each started: a file that
    // ends inside one was cut off.
    let mut open: Vec<(String, u64)> = Vec::new();
    let mut unit: Option<Unit> = None;
    let mut inside = In::Nothing;
    // How deep the reader is inside the element whose text is being read (inline
    // elements such as <g> or <mrk> keep their text; a note inside is skipped).
    let mut depth = 0usize;
    loop {
        let start = reader.buffer_position();
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(error) => {
                return Err(fail(
                    reader.error_position(),
                    format!("this is not well-formed XML: {error}"),
                ));
            }
        };
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = local_name(e);
                if !empty {
                    open.push((name.clone(), start));
                }
                if !saw_root {
                    check_root(e, &name).map_err(|m| fail(start, m))?;
                    saw_root = true;
                    continue;
                }
                match name.as_str() {
                    "file" => {
                        read_file_languages(e, &mut file).map_err(|m| fail(start, m))?;
                    }
                    "trans-unit" => {
                        let key = attribute_of(e, "id")
                            .map_err(|m| fail(start, m))?
                            .ok_or_else(|| fail(start, "a trans-unit has no id".to_owned()))?;
                        let approved = attribute_of(e, "approved")
                            .map_err(|m| fail(start, m))?
                            .is_some_and(|a| a == "yes");
                        let position =
                            position_of(xml.as_bytes(), usize::try_from(start).unwrap_or(0));
                        let unit_in = Unit {
                            key,
                            source: String::new(),
                            target: String::new(),
                            reviewed: approved,
                            position,
                        };
                        if empty {
                            file.units.push(unit_in);
                        } else {
                            unit = Some(unit_in);
                        }
                    }
                    "source" | "target" if unit.is_some() && inside == In::Nothing => {
                        let seen = unit.as_ref().is_some_and(|u| {
                            if name == "source" {
                                !u.source.is_empty()
                            } else {
                                !u.target.is_empty()
                            }
                        });
                        if seen {
                            return Err(fail(
                                start,
                                format!("this trans-unit has a second <{name}>: a unit has one"),
                            ));
                        }
                        if name == "target" {
                            let state = attribute_of(e, "state").map_err(|m| fail(start, m))?;
                            if let (Some(state), Some(u)) = (state, unit.as_mut()) {
                                u.reviewed |= matches!(state.as_str(), "final" | "signed-off");
                            }
                        }
                        if !empty {
                            inside = if name == "source" {
                                In::Source
                            } else {
                                In::Target
                            };
                            depth = 1;
                        }
                    }
                    _ if inside != In::Nothing && !empty => depth += 1,
                    _ if inside != In::Nothing => {}
                    _ if unit.is_some() && !empty => {
                        inside = In::Skipped;
                        depth = 1;
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                open.pop();
                if inside != In::Nothing {
                    depth -= 1;
                    if depth == 0 {
                        inside = In::Nothing;
                    }
                } else if e.local_name().as_ref() == b"trans-unit"
                    && let Some(done) = unit.take()
                {
                    file.units.push(done);
                }
            }
            Event::Text(ref t) => {
                let content = t
                    .xml10_content()
                    .map_err(|e| fail(start, format!("this text cannot be read: {e}")))?;
                push_text(&mut unit, inside, &content);
            }
            Event::CData(ref t) => {
                let content = t
                    .decode()
                    .map_err(|e| fail(start, format!("this text cannot be read: {e}")))?;
                push_text(&mut unit, inside, &content);
            }
            Event::GeneralRef(ref r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => {
                        let name = r.decode().map_err(|e| fail(start, e.to_string()))?;
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .map(str::to_owned)
                            .ok_or_else(|| {
                                fail(start, format!("&{name}; is not an entity XML knows"))
                            })?
                    }
                    Err(error) => return Err(fail(start, error.to_string())),
                };
                push_text(&mut unit, inside, &resolved);
            }
            Event::Eof => {
                if let Some((name, at)) = open.last() {
                    return Err(fail(
                        *at,
                        format!("the file ends before this <{name}> is closed: it was cut off"),
                    ));
                }
                break;
            }
            _ => {}
        }
    }
    if !saw_root {
        return Err(UnitError {
            position: None,
            message: "the file is empty: an XLIFF file starts with <xliff version=\"1.2\">"
                .to_owned(),
        });
    }
    if file.target_language.is_empty() {
        return Err(UnitError {
            position: None,
            message: "the file says no target language (the target-language of <file>)".to_owned(),
        });
    }
    Ok(file)
}

fn push_text(unit: &mut Option<Unit>, inside: In, content: &str) {
    match (unit, inside) {
        (Some(u), In::Source) => u.source.push_str(content),
        (Some(u), In::Target) => u.target.push_str(content),
        _ => {}
    }
}

fn local_name(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

fn attribute_of(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for attribute in e.attributes() {
        let attribute = attribute.map_err(|error| format!("a broken attribute: {error}"))?;
        if attribute.key.local_name().as_ref() == name.as_bytes() {
            let value = attribute
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|error| format!("the {name} attribute cannot be read: {error}"))?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

fn check_root(e: &BytesStart<'_>, name: &str) -> Result<(), String> {
    if name != "xliff" {
        return Err(format!(
            "this is not an XLIFF file: it starts with <{name}>, not <xliff>"
        ));
    }
    match attribute_of(e, "version")?.as_deref() {
        Some("1.2") => Ok(()),
        Some(other) => Err(format!(
            "this is XLIFF {other}; DACUM Studio reads XLIFF 1.2 (export 1.2 from your tool)"
        )),
        None => Err("the <xliff> element says no version (DACUM Studio reads 1.2)".to_owned()),
    }
}

fn read_file_languages(e: &BytesStart<'_>, file: &mut XliffFile) -> Result<(), String> {
    let source = attribute_of(e, "source-language")?;
    let target = attribute_of(e, "target-language")?.unwrap_or_default();
    if target.trim().is_empty() {
        return Err("this <file> says no target-language".to_owned());
    }
    if !file.target_language.is_empty()
        && !dacum_model::translation::same_language(&file.target_language, &target)
    {
        return Err(format!(
            "this <file> translates into {target}, an earlier one into {}: one language per file",
            file.target_language
        ));
    }
    file.target_language = target.trim().to_owned();
    if source.is_some() {
        file.source_language = source;
    }
    Ok(())
}
