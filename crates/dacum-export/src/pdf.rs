//! Turning laid-out pages into a PDF with printpdf: shapes and text runs become
//! page operations (flipping y, since PDF measures from the bottom), the two fonts
//! are embedded as subsets, and `pdf_document.rs` adds what printpdf does not
//! write (metadata, language, a nested outline). This and `fonts.rs` are the only
//! files that know the PDF crate.

use printpdf::{
    Color, FontId, LinePoint, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt as PdfPt, Rect as PdfRect, Rgb, TextItem,
    TextMatrix, WindingOrder,
};

use super::ExportError;
use super::fonts::LoadedFonts;
use super::page::{Colour, Layout, Page, Rect, Shape, Stroke, TextRun};
use super::pdf_document::{DocInfo, finish};
use super::typography::{Face, Pt};

// Six capital letters: printpdf takes a font's subset tag ("ABCDEF+DejaVuSans")
// from the first six characters of its id.
const REGULAR: &str = "DJVREG";
const BOLD: &str = "DJVBLD";

/// The PDF file of a layout.
pub fn write_pdf(
    layout: &Layout,
    info: &DocInfo,
    fonts: &LoadedFonts,
) -> Result<Vec<u8>, ExportError> {
    let mut doc = PdfDocument::new("");
    let fonts_map = &mut doc.resources.fonts.map;
    fonts_map.insert(
        FontId(REGULAR.to_owned()),
        PdfFont::new(fonts.regular.clone()),
    );
    fonts_map.insert(FontId(BOLD.to_owned()), PdfFont::new(fonts.bold.clone()));
    let pages: Vec<PdfPage> = layout.pages.iter().map(page).collect();
    doc.with_pages(pages);
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lopdf = doc.to_lopdf_document(&options, &mut warnings);
    finish(&mut lopdf, layout, info).map_err(ExportError::Pdf)
}

fn page(page: &Page) -> PdfPage {
    let size = PdfRect::from_wh(PdfPt(page.width), PdfPt(page.height));
    let mut ops = Vec::with_capacity(page.shapes.len() * 4 + page.texts.len() * 3 + 4);
    for shape in &page.shapes {
        shape_ops(&mut ops, shape, page.height);
    }
    text_ops(&mut ops, &page.texts, page.height);
    PdfPage {
        media_box: size.clone(),
        trim_box: size.clone(),
        crop_box: size,
        ops,
    }
}

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb::new(c.r, c.g, c.b, None))
}

fn point(x: Pt, y: Pt) -> LinePoint {
    LinePoint {
        p: Point {
            x: PdfPt(x),
            y: PdfPt(y),
        },
        bezier: false,
    }
}

fn control(x: Pt, y: Pt) -> LinePoint {
    LinePoint {
        bezier: true,
        ..point(x, y)
    }
}

fn paint(fill: Option<Colour>, stroke: Option<Stroke>, ops: &mut Vec<Op>) -> Option<PaintMode> {
    if let Some(fill) = fill {
        ops.push(Op::SetFillColor { col: colour(fill) });
    }
    if let Some(stroke) = stroke {
        set_stroke(ops, stroke);
    }
    match (fill.is_some(), stroke.is_some()) {
        (true, true) => Some(PaintMode::FillStroke),
        (true, false) => Some(PaintMode::Fill),
        (false, true) => Some(PaintMode::Stroke),
        (false, false) => None,
    }
}

fn set_stroke(ops: &mut Vec<Op>, stroke: Stroke) {
    ops.push(Op::SetOutlineColor {
        col: colour(stroke.colour),
    });
    ops.push(Op::SetOutlineThickness {
        pt: PdfPt(stroke.width),
    });
}

fn shape_ops(ops: &mut Vec<Op>, shape: &Shape, height: Pt) {
    match shape {
        Shape::Rect { rect, fill, stroke } => {
            let Some(mode) = paint(*fill, *stroke, ops) else {
                return;
            };
            let Rect { x, y, w, h } = *rect;
            let mut rectangle =
                PdfRect::from_xywh(PdfPt(x), PdfPt(height - y - h), PdfPt(w), PdfPt(h));
            rectangle.mode = Some(mode);
            ops.push(Op::DrawRectangle { rectangle });
        }
        Shape::Line { from, to, stroke } => {
            ops.push(Op::SaveGraphicsState);
            set_stroke(ops, *stroke);
            if stroke.dashed {
                let dash = printpdf::LineDashPattern::new(0.0, &[3.0, 2.0]);
                ops.push(Op::SetLineDashPattern { dash });
            }
            let line = printpdf::Line {
                points: vec![point(from.0, height - from.1), point(to.0, height - to.1)],
                is_closed: false,
            };
            ops.push(Op::DrawLine { line });
            ops.push(Op::RestoreGraphicsState);
        }
        Shape::Circle {
            centre,
            radius,
            fill,
            stroke,
        } => {
            let Some(mode) = paint(*fill, *stroke, ops) else {
                return;
            };
            let (cx, cy, r) = (centre.0, height - centre.1, *radius);
            // Four cubic Béziers, the usual close approximation of a circle.
            let k = 0.552_284_8 * r;
            let points = vec![
                point(cx + r, cy),
                control(cx + r, cy + k),
                control(cx + k, cy + r),
                point(cx, cy + r),
                control(cx - k, cy + r),
                control(cx - r, cy + k),
                point(cx - r, cy),
                control(cx - r, cy - k),
                control(cx - k, cy - r),
                point(cx, cy - r),
                control(cx + k, cy - r),
                control(cx + r, cy - k),
                point(cx + r, cy),
            ];
            let polygon = Polygon {
                rings: vec![PolygonRing { points }],
                mode,
                winding_order: WindingOrder::NonZero,
            };
            ops.push(Op::DrawPolygon { polygon });
        }
    }
}

fn text_ops(ops: &mut Vec<Op>, texts: &[TextRun], height: Pt) {
    if texts.is_empty() {
        return;
    }
    ops.push(Op::StartTextSection);
    let mut font: Option<(Face, Pt)> = None;
    let mut fill: Option<Colour> = None;
    for run in texts {
        if font != Some((run.face, run.size)) {
            let id = match run.face {
                Face::Regular => REGULAR,
                Face::Bold => BOLD,
            };
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(FontId(id.to_owned())),
                size: PdfPt(run.size),
            });
            font = Some((run.face, run.size));
        }
        if fill != Some(run.colour) {
            ops.push(Op::SetFillColor {
                col: colour(run.colour),
            });
            fill = Some(run.colour);
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(PdfPt(run.x), PdfPt(height - run.baseline)),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(run.text.clone())],
        });
    }
    ops.push(Op::EndTextSection);
}
