//! Tables in the running text: a shaded header row repeated on every page the
//! table reaches, cells wrapped to their column, rows kept whole on one page (a row
//! taller than a whole page, which only absurd input makes, is split between lines).
//! A table that breaks leaves at least two rows on each side of the break: a table
//! of three rows or fewer is kept together, and a lone last row takes the row
//! before it along to the next page.

use super::flow::{Align, Flow, Style, draw_lines};
use super::metrics::FontSet;
use super::page::{Colour, Rect, Stroke};
use super::typography::{Face, Pt};
use super::wrap::wrap;

/// Space between a cell's edge and its text.
const PAD_X: Pt = 3.0;
const PAD_Y: Pt = 2.5;

pub struct Column {
    pub title: String,
    /// Share of the table's width, relative to the other columns.
    pub share: f32,
    pub align: Align,
    /// Whether a word too wide for the column shrinks its cell's text (down
    /// to 5.5 pt) instead of breaking: for short labels, whose words are
    /// longer in some languages ("Ημερομηνία").
    pub fit_words: bool,
}

impl Column {
    pub fn new(title: impl Into<String>, share: f32, align: Align) -> Column {
        Column {
            title: title.into(),
            share,
            align,
            fit_words: false,
        }
    }

    /// The column with `fit_words` on.
    pub fn fitting_words(self) -> Column {
        Column {
            fit_words: true,
            ..self
        }
    }
}

/// The smallest a header or a fitting column's text shrinks to.
const MIN_FIT_SIZE: Pt = 5.5;

/// The size at which the widest word of `text` fits in `room` (never larger
/// than `style`'s, never under `MIN_FIT_SIZE`).
fn word_fitting_size(fonts: &FontSet, text: &str, style: Style, room: Pt) -> Pt {
    let widest = text
        .split_whitespace()
        .map(|word| fonts.width(word, style.face, style.size))
        .fold(0.0, f32::max);
    if widest > room {
        // A little under the exact fit, so rounding never breaks the word.
        (style.size * room / widest * 0.98).max(MIN_FIT_SIZE.min(style.size))
    } else {
        style.size
    }
}

#[derive(Clone)]
pub struct Cell {
    pub text: String,
    pub style: Style,
}

impl Cell {
    pub fn new(text: impl Into<String>, style: Style) -> Cell {
        Cell {
            text: text.into(),
            style,
        }
    }
}

/// How the table looks.
pub struct Table<'c> {
    pub columns: &'c [Column],
    pub show_header: bool,
    /// Shade every other row.
    pub zebra: bool,
}

impl Table<'_> {
    /// Lays the rows out at the flow's cursor, across the flow's full width.
    pub fn draw(&self, flow: &mut Flow, rows: &[Vec<Cell>]) {
        let widths = self.widths(flow.area().w);
        let rows = &self.fit_words(flow.fonts, &widths, rows);
        flow.ensure(self.opening_height(flow, rows));
        if self.show_header {
            self.header(flow, &widths);
        }
        let heights: Vec<Pt> = rows
            .iter()
            .map(|r| Self::row_height(flow, &widths, r))
            .collect();
        let mut break_before = None;
        for (index, row) in rows.iter().enumerate() {
            if break_before == Some(index) {
                flow.new_page();
                if self.show_header {
                    self.header(flow, &widths);
                }
            }
            if break_before.is_none_or(|b| b <= index) {
                break_before = widow_break(flow.remaining(), &heights[index..]).map(|k| index + k);
            }
            let shade = self.zebra && index % 2 == 1;
            self.row(flow, &widths, row, shade);
        }
    }

    /// The height of the header row and the rows that must open the table on one
    /// page (all of a table of three rows or fewer, else two): what a heading above
    /// the table must keep with it.
    pub fn opening_height(&self, flow: &Flow, rows: &[Vec<Cell>]) -> Pt {
        let widths = self.widths(flow.area().w);
        let rows = &self.fit_words(flow.fonts, &widths, rows);
        let header = if self.show_header {
            self.header_height(flow, &widths)
        } else {
            0.0
        };
        let opening = if rows.len() <= 3 { rows.len() } else { 2 };
        header
            + rows[..opening]
                .iter()
                .map(|r| Self::row_height(flow, &widths, r))
                .sum::<Pt>()
    }

    fn widths(&self, total: Pt) -> Vec<Pt> {
        let shares: f32 = self.columns.iter().map(|c| c.share).sum::<f32>().max(1e-3);
        self.columns
            .iter()
            .map(|c| total * c.share / shares)
            .collect()
    }

    /// The rows with the cells of `fit_words` columns shrunk where a word
    /// would not fit.
    fn fit_words(&self, fonts: &FontSet, widths: &[Pt], rows: &[Vec<Cell>]) -> Vec<Vec<Cell>> {
        rows.iter()
            .map(|row| {
                row.iter()
                    .zip(self.columns.iter().zip(widths))
                    .map(|(cell, (column, width))| {
                        let mut cell = cell.clone();
                        if column.fit_words {
                            let room = width - 2.0 * PAD_X;
                            cell.style.size =
                                word_fitting_size(fonts, &cell.text, cell.style, room);
                        }
                        cell
                    })
                    .collect()
            })
            .collect()
    }

    /// The header's cells in bold 7.5 pt, or smaller (down to 5.5 pt) in a
    /// column too narrow for its longest word: a long German or Czech heading
    /// ("Unsicherheit") shrinks rather than breaking inside the word.
    fn header_cells(&self, fonts: &FontSet, widths: &[Pt]) -> Vec<Cell> {
        let style = Style::new(Face::Bold, 7.5, Colour::ACCENT);
        self.columns
            .iter()
            .zip(widths)
            .map(|(column, width)| {
                let room = width - 2.0 * PAD_X;
                let size = word_fitting_size(fonts, &column.title, style, room);
                Cell::new(column.title.clone(), Style { size, ..style })
            })
            .collect()
    }

    fn header_height(&self, flow: &Flow, widths: &[Pt]) -> Pt {
        Self::row_height(flow, widths, &self.header_cells(flow.fonts, widths))
    }

    fn header(&self, flow: &mut Flow, widths: &[Pt]) {
        let cells = self.header_cells(flow.fonts, widths);
        self.place(flow, widths, &cells, Some(Colour::ACCENT_PALE));
    }

    fn wrapped(flow: &Flow, widths: &[Pt], cells: &[Cell]) -> Vec<Vec<String>> {
        cells
            .iter()
            .zip(widths)
            .map(|(cell, w)| {
                let s = cell.style;
                wrap(&cell.text, w - 2.0 * PAD_X, flow.fonts, s.face, s.size).lines
            })
            .collect()
    }

    fn row_height(flow: &Flow, widths: &[Pt], cells: &[Cell]) -> Pt {
        Self::wrapped(flow, widths, cells)
            .iter()
            .zip(cells)
            .map(|(lines, cell)| lines.len() as f32 * cell.style.line_height())
            .fold(0.0, f32::max)
            + 2.0 * PAD_Y
    }

    fn row(&self, flow: &mut Flow, widths: &[Pt], cells: &[Cell], shade: bool) {
        let height = Self::row_height(flow, widths, cells);
        let header = if self.show_header {
            self.header_height(flow, widths)
        } else {
            0.0
        };
        if height > flow.remaining() + 0.01 && height <= flow.area().h - header {
            flow.new_page();
            if self.show_header {
                self.header(flow, widths);
            }
        }
        let fill = shade.then_some(Colour::LIGHT);
        if height <= flow.remaining() + 0.01 {
            self.place(flow, widths, cells, fill);
        } else {
            self.split(flow, widths, cells, fill);
        }
    }

    /// Draws a whole row at the cursor.
    fn place(&self, flow: &mut Flow, widths: &[Pt], cells: &[Cell], fill: Option<Colour>) {
        let lines = Self::wrapped(flow, widths, cells);
        self.place_lines(flow, widths, cells, &lines, fill);
    }

    fn place_lines(
        &self,
        flow: &mut Flow,
        widths: &[Pt],
        cells: &[Cell],
        lines: &[Vec<String>],
        fill: Option<Colour>,
    ) {
        let height = lines
            .iter()
            .zip(cells)
            .map(|(l, c)| l.len() as f32 * c.style.line_height())
            .fold(0.0, f32::max)
            + 2.0 * PAD_Y;
        let area = flow.area();
        let top = flow.y;
        let fonts = flow.fonts;
        let page = flow.page();
        if let Some(fill) = fill {
            page.rect(Rect::new(area.x, top, area.w, height), Some(fill), None);
        }
        let mut x = area.x;
        for ((cell, column), (width, cell_lines)) in
            cells.iter().zip(self.columns).zip(widths.iter().zip(lines))
        {
            let lh = cell.style.line_height();
            let rect = Rect::new(
                x + PAD_X,
                top + PAD_Y,
                width - 2.0 * PAD_X,
                cell_lines.len() as f32 * lh,
            );
            draw_lines(page, fonts, cell_lines, rect, cell.style, lh, column.align);
            x += width;
        }
        let rule = Stroke::solid(Colour::RULE, 0.3);
        page.line((area.x, top + height), (area.right(), top + height), rule);
        flow.y = top + height;
    }

    /// Draws a row taller than a page in pieces, breaking each cell between lines.
    fn split(&self, flow: &mut Flow, widths: &[Pt], cells: &[Cell], fill: Option<Colour>) {
        let mut rest = Self::wrapped(flow, widths, cells);
        while rest.iter().any(|l| !l.is_empty()) {
            let room = flow.remaining() - 2.0 * PAD_Y;
            let now: Vec<Vec<String>> = rest
                .iter_mut()
                .zip(cells)
                .map(|(lines, cell)| {
                    let fit = (room / cell.style.line_height()).floor().max(0.0) as usize;
                    lines.drain(..fit.min(lines.len())).collect()
                })
                .collect();
            if now.iter().all(std::vec::Vec::is_empty) {
                if flow.at_top() {
                    return;
                }
            } else {
                self.place_lines(flow, widths, cells, &now, fill);
            }
            if rest.iter().any(|l| !l.is_empty()) {
                flow.new_page();
                if self.show_header {
                    self.header(flow, widths);
                }
            }
        }
    }
}

/// Where to break before the rows of `heights` so that the last row does not
/// stand alone on the next page: `Some(k)` to start a new page before the `k`-th
/// row, when `room` holds all but one of them and at least three. `None` when
/// they all fit, or the break falls elsewhere anyway.
fn widow_break(room: Pt, heights: &[Pt]) -> Option<usize> {
    let mut used = 0.0;
    let mut fit = 0;
    for height in heights {
        used += height;
        if used > room + 0.01 {
            break;
        }
        fit += 1;
    }
    (fit >= 3 && heights.len() - fit == 1).then(|| fit - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::content_area;
    use crate::page::Layout;
    use dacum_i18n::{Catalogue, Language};

    fn columns() -> Vec<Column> {
        vec![
            Column::new("Code", 1.0, Align::Left),
            Column::new("Task", 6.0, Align::Left),
            Column::new("Priority", 1.5, Align::Right),
        ]
    }

    fn rows(n: usize, statement: &str) -> Vec<Vec<Cell>> {
        (0..n)
            .map(|i| {
                vec![
                    Cell::new(format!("A-{}", i + 1), Style::STRONG),
                    Cell::new(statement, Style::BODY),
                    Cell::new("12.5", Style::BODY),
                ]
            })
            .collect()
    }

    fn lay_out(rows: &[Vec<Cell>]) -> Layout {
        let fonts = FontSet::uniform(0.5);
        let mut layout = Layout::default();
        let columns = columns();
        {
            let english = Catalogue::new(Language::English);
            let mut flow = Flow::new(&fonts, &english, &mut layout, (595.0, 842.0), "Test");
            let table = Table {
                columns: &columns,
                show_header: true,
                zebra: true,
            };
            table.draw(&mut flow, rows);
        }
        layout
    }

    #[test]
    fn the_header_repeats_on_every_page_and_no_row_is_split() {
        let layout = lay_out(&rows(200, "Conduct cell searches"));
        assert!(layout.pages.len() >= 3, "{}", layout.pages.len());
        let area = content_area(595.0, 842.0);
        for page in &layout.pages {
            assert_eq!(page.texts[0].text, "Code");
            for run in &page.texts {
                assert!(area.contains(&run.bounds));
            }
        }
        let codes = layout
            .text()
            .lines()
            .filter(|l| l.starts_with("A-"))
            .count();
        assert_eq!(codes, 200);
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_between_lines_and_loses_nothing() {
        let statement = "word ".repeat(4000);
        let layout = lay_out(&rows(1, &statement));
        assert!(layout.pages.len() > 1);
        let words = layout
            .text()
            .split_whitespace()
            .filter(|w| *w == "word")
            .count();
        assert_eq!(words, 4000);
    }

    #[test]
    fn a_lone_last_row_takes_the_row_before_it_to_the_next_page() {
        assert_eq!(widow_break(100.0, &[20.0; 6]), Some(4));
        assert_eq!(widow_break(100.0, &[20.0; 5]), None);
        assert_eq!(widow_break(100.0, &[20.0; 7]), None);
        assert_eq!(widow_break(50.0, &[20.0; 3]), None);
    }

    #[test]
    fn a_broken_table_leaves_at_least_two_rows_on_each_page() {
        for n in 1..120 {
            let layout = lay_out(&rows(n, "Conduct cell searches"));
            let per_page: Vec<usize> = layout
                .pages
                .iter()
                .map(|p| p.texts.iter().filter(|r| r.text.starts_with("A-")).count())
                .collect();
            assert_eq!(per_page.iter().sum::<usize>(), n);
            if per_page.len() > 1 {
                assert!(per_page.iter().all(|&k| k >= 2), "{n}: {per_page:?}");
            }
        }
    }

    #[test]
    fn right_aligned_cells_end_at_the_column_edge() {
        let layout = lay_out(&rows(1, "Search"));
        let fonts = FontSet::uniform(0.5);
        let run = layout.pages[0]
            .texts
            .iter()
            .find(|r| r.text == "12.5")
            .expect("priority cell");
        let right = run.x + fonts.width("12.5", run.face, run.size);
        assert!((right - run.bounds.right()).abs() < 0.01);
    }

    #[test]
    fn a_heading_word_too_wide_for_its_column_shrinks_instead_of_breaking() {
        let fonts = FontSet::uniform(0.6);
        let mut layout = Layout::default();
        let columns = [
            Column::new("Unsicherheit", 1.0, Align::Right),
            Column::new("Beschreibung", 9.0, Align::Left),
        ];
        {
            let english = Catalogue::new(Language::English);
            let mut flow = Flow::new(&fonts, &english, &mut layout, (595.0, 842.0), "Test");
            let table = Table {
                columns: &columns,
                show_header: true,
                zebra: false,
            };
            table.draw(
                &mut flow,
                &[vec![
                    Cell::new("2,3", Style::BODY),
                    Cell::new("x", Style::BODY),
                ]],
            );
        }
        let texts = &layout.pages[0].texts;
        let narrow = texts
            .iter()
            .find(|t| t.text.starts_with("Unsich"))
            .expect("heading");
        assert_eq!(narrow.text, "Unsicherheit");
        assert!(narrow.size < 7.5 && narrow.size >= 5.5, "{}", narrow.size);
        let wide = texts
            .iter()
            .find(|t| t.text == "Beschreibung")
            .expect("heading");
        assert!((wide.size - 7.5).abs() < 1e-6);
    }
}
