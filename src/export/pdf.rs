//! Laid-out pages to a PDF file with printpdf: the two DejaVu faces embedded and
//! subset, shapes and text as PDF operations (y flipped: PDF counts from the
//! bottom), the outline, and the document information — title, author, subject,
//! keywords and the language of the session in the catalogue.

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect, Rgb as PdfRgb, TextItem, WindingOrder,
};

use super::fonts::{Weight, font_bytes};
use super::layout::{Item, Page, Rgb};
use super::{ExportError, ExportOptions, Laid, Report, common};
use crate::model::Session;

struct Fonts {
    regular: FontId,
    bold: FontId,
}

impl Fonts {
    fn of(&self, weight: Weight) -> PdfFontHandle {
        PdfFontHandle::External(match weight {
            Weight::Regular => self.regular.clone(),
            Weight::Bold => self.bold.clone(),
        })
    }
}

fn colour([r, g, b]: Rgb) -> Color {
    Color::Rgb(PdfRgb {
        r: f32::from(r) / 255.0,
        g: f32::from(g) / 255.0,
        b: f32::from(b) / 255.0,
        icc_profile: None,
    })
}

fn add_font(doc: &mut PdfDocument, weight: Weight) -> Result<FontId, ExportError> {
    let font = ParsedFont::from_bytes(font_bytes(weight), 0, &mut Vec::new())
        .ok_or_else(|| ExportError::Pdf("the embedded font could not be read".to_owned()))?;
    Ok(doc.add_font(&font))
}

pub fn write(
    session: &Session,
    options: &ExportOptions,
    laid: &Laid,
) -> Result<Vec<u8>, ExportError> {
    let occupation = common::occupation(session);
    let titles: Vec<&str> = options.reports.iter().map(|r| r.title()).collect();
    let title = format!("{} — {occupation}", titles.join(", "));
    let mut doc = PdfDocument::new(&title);
    let info = &mut doc.metadata.info;
    info.author = if session.meta.organisation.trim().is_empty() {
        "DACUM Studio".to_owned()
    } else {
        session.meta.organisation.clone()
    };
    info.subject = match options.reports.as_slice() {
        [Report::Pestle] => format!("PESTLE driver mapping and scenarios for {occupation}"),
        _ => format!("DACUM job analysis of {occupation}"),
    };
    info.keywords = vec![
        "DACUM".to_owned(),
        "competency profile".to_owned(),
        "PESTLE".to_owned(),
        occupation.to_owned(),
    ];
    info.creator = "DACUM Studio".to_owned();
    info.producer = format!("DACUM Studio {}", env!("CARGO_PKG_VERSION"));
    let fonts = Fonts {
        regular: add_font(&mut doc, Weight::Regular)?,
        bold: add_font(&mut doc, Weight::Bold)?,
    };
    let pages: Vec<PdfPage> = laid.pages.iter().map(|p| page(p, &fonts)).collect();
    doc.with_pages(pages);
    for bookmark in &laid.bookmarks {
        doc.add_bookmark(&bookmark.title, bookmark.page + 1);
    }
    let bytes = doc.save(&PdfSaveOptions::default(), &mut Vec::new());
    with_language(bytes, &session.meta.language)
}

/// Sets /Lang in the catalogue, so screen readers and search know the language.
fn with_language(bytes: Vec<u8>, language: &str) -> Result<Vec<u8>, ExportError> {
    let language = language.trim();
    if language.is_empty() {
        return Ok(bytes);
    }
    let mut pdf = lopdf::Document::load_mem(&bytes).map_err(|e| ExportError::Pdf(e.to_string()))?;
    let catalog = pdf
        .catalog_mut()
        .map_err(|e| ExportError::Pdf(e.to_string()))?;
    catalog.set("Lang", lopdf::Object::string_literal(language));
    let mut out = Vec::with_capacity(bytes.len() + 64);
    pdf.save_to(&mut out)
        .map_err(|e| ExportError::Pdf(e.to_string()))?;
    Ok(out)
}

fn page(page: &Page, fonts: &Fonts) -> PdfPage {
    let height = page.height;
    let point = |x: f32, y: f32| Point {
        x: Pt(x),
        y: Pt(height - y),
    };
    let mut ops = Vec::with_capacity(page.items.len() * 4);
    for item in &page.items {
        match item {
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => {
                let mode = match (fill, stroke) {
                    (Some(_), Some(_)) => PaintMode::FillStroke,
                    (Some(_), None) => PaintMode::Fill,
                    (None, Some(_)) => PaintMode::Stroke,
                    (None, None) => continue,
                };
                if let Some(fill) = fill {
                    ops.push(Op::SetFillColor { col: colour(*fill) });
                }
                if let Some(stroke) = stroke {
                    ops.push(Op::SetOutlineColor {
                        col: colour(*stroke),
                    });
                    ops.push(Op::SetOutlineThickness { pt: Pt(0.75) });
                }
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(height - y - h),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: Some(mode),
                        winding_order: Some(WindingOrder::NonZero),
                    },
                });
            }
            Item::Line {
                from,
                to,
                colour: c,
                width,
            } => {
                ops.push(Op::SetOutlineColor { col: colour(*c) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: point(from.0, from.1),
                                bezier: false,
                            },
                            LinePoint {
                                p: point(to.0, to.1),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
            Item::Dot {
                centre,
                radius,
                fill,
                stroke,
            } => {
                ops.push(Op::SetFillColor { col: colour(*fill) });
                let mode = match stroke {
                    Some(stroke) => {
                        ops.push(Op::SetOutlineColor {
                            col: colour(*stroke),
                        });
                        ops.push(Op::SetOutlineThickness { pt: Pt(1.2) });
                        PaintMode::FillStroke
                    }
                    None => PaintMode::Fill,
                };
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing {
                            points: circle(point(centre.0, centre.1), *radius),
                        }],
                        mode,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
            Item::Text {
                x,
                y,
                size,
                weight,
                colour: c,
                text,
            } => {
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont {
                    font: fonts.of(*weight),
                    size: Pt(*size),
                });
                ops.push(Op::SetFillColor { col: colour(*c) });
                ops.push(Op::SetTextCursor { pos: point(*x, *y) });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
                ops.push(Op::EndTextSection);
            }
        }
    }
    PdfPage {
        media_box: Rect::from_wh(Pt(page.width), Pt(page.height)),
        trim_box: Rect::from_wh(Pt(page.width), Pt(page.height)),
        crop_box: Rect::from_wh(Pt(page.width), Pt(page.height)),
        ops,
    }
}

/// A circle as four cubic Bézier arcs (the usual 0.5523 control distance).
fn circle(centre: Point, r: f32) -> Vec<LinePoint> {
    let k = 0.552_284_8 * r;
    let (cx, cy) = (centre.x.0, centre.y.0);
    let p = |x: f32, y: f32, bezier: bool| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier,
    };
    vec![
        p(cx + r, cy, false),
        p(cx + r, cy + k, true),
        p(cx + k, cy + r, true),
        p(cx, cy + r, false),
        p(cx - k, cy + r, true),
        p(cx - r, cy + k, true),
        p(cx - r, cy, false),
        p(cx - r, cy - k, true),
        p(cx - k, cy - r, true),
        p(cx, cy - r, false),
        p(cx + k, cy - r, true),
        p(cx + r, cy - k, true),
    ]
}
