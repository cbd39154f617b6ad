//! The list of occasions that match a coordinator's filter, one row per occasion. Who logged
//! each is left out: the file travels further than the page.

use super::{csv_writer, ExportError, Format, Words};
use brobygge_model::{ActivityDraft, Code, List, ReferenceData};
use rust_xlsxwriter::{Format as CellFormat, Workbook};

const COLUMNS: [&str; 26] = [
    "export-column-date",
    "export-column-start",
    "export-column-minutes",
    "export-column-project",
    "export-column-area",
    "export-column-venue",
    "export-column-venue-type",
    "export-column-format",
    "export-column-languages",
    "export-column-topics",
    "export-column-women",
    "export-column-men",
    "export-column-girls",
    "export-column-boys",
    "export-column-other",
    "export-column-total",
    "export-column-referrals",
    "export-column-questions",
    "export-column-new-women",
    "export-column-new-men",
    "export-column-new-girls",
    "export-column-new-boys",
    "export-column-outcomes",
    "export-column-partners",
    "export-column-note",
    "export-column-id",
];

/// One cell of a row: text, or a number kept as a number.
enum Cell {
    Text(String),
    Number(u32),
}

fn row(id: &str, a: &ActivityDraft, reference: &ReferenceData, words: Words) -> Vec<Cell> {
    let locale = words.0;
    let label = |list: List, code: &Option<Code>| {
        Cell::Text(code.as_ref().map_or(String::new(), |c| {
            reference.label(list, c, locale).to_owned()
        }))
    };
    let labels = |list: List, codes: &[Code]| {
        Cell::Text(
            codes
                .iter()
                .map(|c| reference.label(list, c, locale))
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    // Each line as "label: count", the lines apart by semicolons (labels may hold commas).
    let lines = |list: List, lines: Vec<(&Code, u32)>| {
        Cell::Text(
            lines
                .into_iter()
                .map(|(c, n)| format!("{}: {n}", reference.label(list, c, locale)))
                .collect::<Vec<_>>()
                .join("; "),
        )
    };
    let p = &a.people;
    let mut cells = vec![
        Cell::Text(a.date.map(|d| d.to_string()).unwrap_or_default()),
        Cell::Text(
            a.start_time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
        ),
        Cell::Number(a.duration_minutes.unwrap_or(0)),
        label(List::Projects, &a.project),
        label(List::Areas, &a.area),
        label(List::Venues, &a.venue),
        label(List::VenueTypes, &a.venue_type),
        label(List::Formats, &a.format),
        labels(List::Languages, &a.languages),
        labels(List::Topics, &a.topics),
        Cell::Number(p.women.get()),
        Cell::Number(p.men.get()),
        Cell::Number(p.girls.get()),
        Cell::Number(p.boys.get()),
        Cell::Number(p.other.get()),
        Cell::Number(p.total()),
        lines(
            List::ReferralTargets,
            a.referrals
                .iter()
                .map(|r| (&r.target, r.count.get()))
                .collect(),
        ),
        lines(
            List::QuestionCategories,
            a.questions
                .iter()
                .map(|q| (&q.category, q.count.get()))
                .collect(),
        ),
    ];
    // Of those reached, the new to the project; empty cells when the entry did not say.
    cells.extend(match a.new_people {
        Some(n) => [n.women, n.men, n.girls, n.boys].map(|c| Cell::Number(c.get())),
        None => std::array::from_fn(|_| Cell::Text(String::new())),
    });
    let outcomes = a.outcomes.iter().map(|o| (&o.outcome, o.count.get()));
    cells.extend([
        lines(List::Outcomes, outcomes.collect()),
        labels(List::Partners, &a.partners),
        Cell::Text(a.note.clone()),
        Cell::Text(id.to_owned()),
    ]);
    cells
}

/// The file of `entries` (id and activity) in `format`.
pub fn export(
    entries: &[(String, ActivityDraft)],
    reference: &ReferenceData,
    words: Words,
    format: Format,
) -> Result<Vec<u8>, ExportError> {
    let rows = entries.iter().map(|(id, a)| row(id, a, reference, words));
    match format {
        Format::Xlsx => {
            let mut book = Workbook::new();
            // Rows go to the file as they are written: a hundred thousand of them take
            // neither the memory nor the time of a sheet held whole.
            let sheet = book.add_worksheet_with_constant_memory();
            sheet.set_name(words.t("export-sheet-activities"))?;
            let bold = CellFormat::new().set_bold();
            for (col, id) in (0u16..).zip(COLUMNS) {
                sheet.write_string_with_format(0, col, words.t(id), &bold)?;
            }
            for (r, cells) in (1u32..).zip(rows) {
                for (col, cell) in (0u16..).zip(cells) {
                    match cell {
                        Cell::Text(s) if s.is_empty() => {}
                        Cell::Text(s) => {
                            sheet.write_string(r, col, s)?;
                        }
                        Cell::Number(n) => {
                            sheet.write_number(r, col, n)?;
                        }
                    }
                }
            }
            sheet.set_freeze_panes(1, 0)?;
            Ok(book.save_to_buffer()?)
        }
        Format::Csv => {
            let mut out = csv_writer();
            out.write_record(COLUMNS.iter().map(|id| words.t(id)))?;
            for cells in rows {
                out.write_record(cells.into_iter().map(|c| match c {
                    Cell::Text(s) => s,
                    Cell::Number(n) => n.to_string(),
                }))?;
            }
            out.into_inner()
        }
    }
}
