//! The printable paper questionnaire of a verification survey, for staff who
//! answer on paper (many prison officers have no computer at work): one
//! language per questionnaire, the instructions and the scales' anchors from
//! the catalogue's `survey.ftl`, a profile block and the respondent's code,
//! then per duty a table of its tasks with boxes to tick, and a page for the
//! tasks the chart misses. It is laid out for black-and-white photocopies
//! (`questionnaire/look.rs`), and every page carries the round's name, the
//! code box and "Page N of M", since pages get separated.
//!
//! It asks what the `XLSForm` and the data-entry workbook ask, in the same
//! order (`dacum_store`'s survey forms): the round's tasks still in the chart
//! (or the whole chart), by duty in chart order, so what comes back on paper
//! is typed into the workbook column by column.

mod frame;
mod look;
mod missed;
mod profile_block;
mod scales;
mod tick_table;

#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use dacum_i18n::{Catalogue, Language};
use dacum_model::survey::Round;
use dacum_model::{Id, Level, Sector, Session, TextSlot, duty_code, task_code};

use super::chart::occupation;
use super::flow::Flow;
use super::metrics::FontSet;
use super::page::Layout;
use super::pdf_document::DocInfo;
use super::title_block::date_range;
use super::typography::Pt;
use super::wrap::wrap;
use super::{ExportError, Paper};
use look::{BODY, HEADING, STRONG, SUBTITLE, TITLE};
use profile_block::{Answer, Question, profile_block};
use scales::{Legend, scales_table};
use tick_table::{Duty, Grid, Task, duty_tables};

/// What to print.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionnaireOptions {
    pub paper: Paper,
    /// The round whose tasks to ask about; `None` asks about the whole chart.
    pub round: Option<Id>,
    /// The questionnaire's language (BCP 47); `None` takes the round's first
    /// language, or else the session's working language.
    pub language: Option<String>,
}

/// What a laid-out questionnaire holds, for the caller to report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionnaireFacts {
    /// The language of the chart's texts (BCP 47 tag).
    pub language: String,
    /// The language of the questionnaire's own words: `language`, or English
    /// when the app has no catalogue for it.
    pub words_in: Language,
    /// Duty titles and task statements printed in the working language, for
    /// want of a translation into `language`.
    pub untranslated: usize,
    /// The tasks asked about.
    pub tasks: usize,
}

/// A questionnaire laid out, ready to write.
pub struct Questionnaire {
    pub layout: Layout,
    pub facts: QuestionnaireFacts,
    pub info: DocInfo,
}

/// The questionnaire's language: the one asked for, the round's first, or
/// the session's working language.
fn language_of(session: &Session, round: Option<&Round>, asked: Option<&str>) -> String {
    asked
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .or_else(|| round.and_then(|r| r.languages.first().cloned()))
        .unwrap_or_else(|| session.working_language())
}

/// The duties and tasks asked about, in `language`, and how many texts had
/// no translation into it.
fn contents(
    session: &Session,
    round: Option<&Round>,
    language: &str,
    tr: &Catalogue,
) -> (Vec<Duty>, usize) {
    let mut untranslated = 0;
    let mut text = |slot: TextSlot| {
        let shown = session.text_in(language, slot);
        if shown.as_ref().is_some_and(|s| s.fallback) {
            untranslated += 1;
        }
        shown.map(|s| s.text.to_owned()).unwrap_or_default()
    };
    let asked = |id: Id| round.is_none_or(|r| r.tasks.contains(&id));
    let mut duties = Vec::new();
    for (d, duty) in session.chart.duties.iter().enumerate() {
        let tasks: Vec<Task> = duty
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, t)| asked(t.id))
            .map(|(t, task)| Task {
                code: task_code(d, t),
                statement: text(TextSlot::TaskStatement(task.id)),
            })
            .collect();
        if tasks.is_empty() {
            continue;
        }
        let title = text(TextSlot::DutyTitle(duty.id));
        let heading = tr.tr_args(
            "survey-duty",
            &[("code", duty_code(d).into()), ("title", title.into())],
        );
        duties.push(Duty { heading, tasks });
    }
    (duties, untranslated)
}

/// Lays out the questionnaire with the given font measurements.
pub fn lay_out_questionnaire_with(
    fonts: &FontSet,
    session: &Session,
    options: &QuestionnaireOptions,
) -> Result<Questionnaire, ExportError> {
    let round = match options.round {
        Some(id) => Some(session.survey.round(id).ok_or(ExportError::NoSuchRound)?),
        None => None,
    };
    let language = language_of(session, round, options.language.as_deref());
    let words_in = Language::from_tag(&language).unwrap_or(Language::English);
    let tr = Catalogue::new(words_in);
    let (duties, untranslated) = contents(session, round, &language, &tr);
    let tasks: usize = duties.iter().map(|d| d.tasks.len()).sum();
    if tasks == 0 {
        return Err(ExportError::NothingToAsk);
    }
    let occupation = occupation(session, &tr);
    let title = tr.tr_args(
        "survey-form-title",
        &[("occupation", occupation.as_str().into())],
    );
    let running = round
        .map(|r| r.name.trim())
        .filter(|n| !n.is_empty())
        .map_or_else(|| title.clone(), str::to_owned);

    // Landscape: the statement reads on one line beside nineteen boxes
    // that are far enough apart to tick the right one.
    let size = options.paper.landscape();
    let legend = Legend::new(fonts, &tr, size.0 - 2.0 * super::flow::MARGIN);
    let mut layout = Layout::default();
    let legend_pages: BTreeSet<usize>;
    {
        let frame = frame::frame(&legend);
        let mut flow = Flow::framed(fonts, &tr, &mut layout, size, &running, frame);
        first_page(&mut flow, &title, round, &tr);
        flow.new_page();
        let area = flow.area();
        let codes = duties
            .iter()
            .flat_map(|d| d.tasks.iter().map(|t| t.code.as_str()));
        let grid = Grid::new(fonts, &tr, area.x, area.w, codes);
        legend_pages = duty_tables(&mut flow, &grid, &duties);
        flow.new_page();
        let missed = tr.tr("survey-missed-page");
        flow.bookmark(&missed, 0);
        flow.heading(&missed, HEADING, 60.0);
        flow.paragraph(&tr.tr("survey-missed-hint"), BODY);
        flow.y += 10.0;
        let headings: Vec<String> = duties.iter().map(|d| d.heading.clone()).collect();
        missed::missed_tasks(&mut flow, &headings);
        flow.gap(8.0);
        flow.paragraph(&tr.tr("survey-thank-you"), STRONG);
    }
    frame::decorate(&mut layout, fonts, &tr, &running, &legend, &legend_pages);

    let meta = &session.meta;
    let author = if meta.organisation.trim().is_empty() {
        "DACUM Studio".to_owned()
    } else {
        meta.organisation.clone()
    };
    let mut keywords = vec!["DACUM".to_owned(), occupation];
    if let Some(round) = round {
        keywords.push(round.name.clone());
    }
    let info = DocInfo {
        title: title.clone(),
        author,
        subject: running,
        keywords,
        language: language.clone(),
    };
    Ok(Questionnaire {
        layout,
        facts: QuestionnaireFacts {
            language,
            words_in,
            untranslated,
            tasks,
        },
        info,
    })
}

/// The first page: the title across, then two columns — on the left what
/// the survey is, how to answer and the scales; on the right "About you".
fn first_page(flow: &mut Flow, title: &str, round: Option<&Round>, tr: &Catalogue) {
    flow.bookmark(title, 0);
    flow.paragraph(title, TITLE);
    if let Some(round) = round {
        let dates = date_range(tr, round.start, round.end);
        let line = [round.name.trim(), dates.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
        if !line.is_empty() {
            flow.y += 2.0;
            flow.paragraph(&line, SUBTITLE);
        }
    }
    flow.y += 10.0;
    let area = flow.area();
    let column = (area.w - COLUMN_GAP) / 2.0;
    let right = area.x + column + COLUMN_GAP;
    let (page, top) = (flow.page_index(), flow.y);

    flow.paragraph_at(&tr.tr("survey-intro"), BODY, area.x, column);
    heading_at(flow, &tr.tr("survey-how-to"), area.x, column);
    flow.paragraph_at(&tr.tr("survey-how-to-tick"), BODY, area.x, column);
    flow.y += 3.0;
    flow.paragraph_at(&tr.tr("survey-correct"), BODY, area.x, column);
    flow.y += 8.0;
    let yes_no = [
        (tr.tr("survey-column-performs"), tr.tr("survey-performs")),
        (tr.tr("survey-column-train"), tr.tr("survey-train")),
    ];
    scales_table(flow, area.x, column, &yes_no);

    // "About you" beside it, or after it when the left column ran over.
    if flow.page_index() == page {
        // The heading's first line level with the left column's first.
        flow.y = top - HEADING.size * 0.4;
    }
    heading_at(flow, &tr.tr("survey-profile"), right, column);
    flow.y += 4.0;
    profile_block(flow, right, column, &profile_questions(tr, round));
}

const COLUMN_GAP: Pt = 28.0;

/// A heading in a column, kept with a little of what follows.
fn heading_at(flow: &mut Flow, text: &str, x: Pt, width: Pt) {
    let lines = wrap(text, width, flow.fonts, HEADING.face, HEADING.size).lines;
    let height = lines.len() as f32 * HEADING.line_height();
    flow.ensure(height + 40.0);
    flow.y += HEADING.size * 0.4;
    flow.block(&lines, x, width, HEADING);
    flow.y += HEADING.size * 0.3;
}

/// The profile's questions, in the order the forms ask them.
fn profile_questions(tr: &Catalogue, round: Option<&Round>) -> Vec<Question> {
    let mut questions = vec![
        Question {
            label: tr.tr("survey-respondent-code"),
            answer: Answer::Write {
                width: 130.0,
                hint: tr.tr("survey-respondent-code-hint"),
            },
        },
        Question {
            label: tr.tr("survey-country"),
            answer: Answer::Letters {
                count: 2,
                hint: tr.tr("survey-country-hint"),
            },
        },
        Question {
            label: tr.tr("survey-level"),
            answer: Answer::Tick(Level::ALL.iter().map(|&l| level(tr, l)).collect()),
        },
        Question {
            label: tr.tr("survey-sector"),
            answer: Answer::Tick(Sector::ALL.iter().map(|&s| sector(tr, s)).collect()),
        },
        Question {
            label: tr.tr("survey-years"),
            answer: Answer::Write {
                width: 50.0,
                hint: String::new(),
            },
        },
    ];
    for attribute in round.map(|r| r.attributes.as_slice()).unwrap_or_default() {
        questions.push(Question {
            label: attribute.clone(),
            answer: Answer::Line,
        });
    }
    questions
}

fn level(tr: &Catalogue, level: Level) -> String {
    tr.tr(match level {
        Level::JobHolder => "survey-level-job-holder",
        Level::Supervisor => "survey-level-supervisor",
        Level::Trainer => "survey-level-trainer",
        Level::Manager => "survey-level-manager",
    })
}

fn sector(tr: &Catalogue, sector: Sector) -> String {
    tr.tr(match sector {
        Sector::Public => "survey-sector-public",
        Sector::Private => "survey-sector-private",
        Sector::Ngo => "survey-sector-ngo",
    })
}
