//! The list of occasions that match a coordinator's filter, one row per occasion. Who logged
//! each is left out: the file travels further than the page.

use super::{csv_writer_to, CsvWriter, ExportError, Format, Words};
use brobygge_model::{ActivityDraft, Code, List, ReferenceData};
use rust_xlsxwriter::{Format as CellFormat, Workbook};
use std::io::BufWriter;

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

/// The file of the occasions given one at a time, written into `file` as they come: an XLSX
/// sheet keeps its rows in a file of its own until it is put together, and a CSV row goes
/// straight out, so the memory taken does not grow with the number of occasions.
pub struct Exporter<'a> {
    reference: &'a ReferenceData,
    words: Words,
    out: Out,
    rows: u32,
}

enum Out {
    Xlsx(Box<Workbook>, std::fs::File),
    Csv(Box<CsvWriter<BufWriter<std::fs::File>>>),
}

impl<'a> Exporter<'a> {
    /// Starts the file in `file` with its header row.
    pub fn new(
        file: std::fs::File,
        reference: &'a ReferenceData,
        words: Words,
        format: Format,
    ) -> Result<Exporter<'a>, ExportError> {
        let out = match format {
            Format::Xlsx => {
                let mut book = Workbook::new();
                // Rows go to a temporary file as they are written: a hundred thousand of them
                // take neither the memory nor the time of a sheet held whole.
                let sheet = book.add_worksheet_with_constant_memory();
                sheet.set_name(words.t("export-sheet-activities"))?;
                let bold = CellFormat::new().set_bold();
                for (col, id) in (0u16..).zip(COLUMNS) {
                    sheet.write_string_with_format(0, col, words.t(id), &bold)?;
                }
                sheet.set_freeze_panes(1, 0)?;
                Out::Xlsx(Box::new(book), file)
            }
            Format::Csv => {
                let mut out = csv_writer_to(BufWriter::new(file))?;
                out.write_record(COLUMNS.iter().map(|id| words.t(id)))?;
                Out::Csv(Box::new(out))
            }
        };
        Ok(Exporter {
            reference,
            words,
            out,
            rows: 0,
        })
    }

    /// Adds the occasion `id` as the next row.
    pub fn add(&mut self, id: &str, activity: &ActivityDraft) -> Result<(), ExportError> {
        let cells = row(id, activity, self.reference, self.words);
        self.rows += 1;
        match &mut self.out {
            Out::Xlsx(book, _) => {
                let sheet = book.worksheet_from_index(0)?;
                for (col, cell) in (0u16..).zip(cells) {
                    match cell {
                        Cell::Text(s) if s.is_empty() => {}
                        Cell::Text(s) => {
                            sheet.write_string(self.rows, col, s)?;
                        }
                        Cell::Number(n) => {
                            sheet.write_number(self.rows, col, n)?;
                        }
                    }
                }
            }
            Out::Csv(out) => out.write_record(cells.into_iter().map(|c| match c {
                Cell::Text(s) => s,
                Cell::Number(n) => n.to_string(),
            }))?,
        }
        Ok(())
    }

    /// Finishes the file; answers it, and how many occasions it holds.
    pub fn finish(self) -> Result<(std::fs::File, u32), ExportError> {
        let file = match self.out {
            Out::Xlsx(mut book, mut file) => {
                book.save_to_writer(&mut file)?;
                file
            }
            Out::Csv(out) => out
                .into_inner()?
                .into_inner()
                .map_err(|e| ExportError::Io(e.into_error()))?,
        };
        Ok((file, self.rows))
    }
}

/// The file of `entries` (id and activity) in `format`, in memory: for a few, and for the
/// fuzz targets that read the file back.
pub fn export(
    entries: &[(String, ActivityDraft)],
    reference: &ReferenceData,
    words: Words,
    format: Format,
) -> Result<Vec<u8>, ExportError> {
    use std::io::{Read, Seek, SeekFrom};
    let mut exporter = Exporter::new(tempfile::tempfile()?, reference, words, format)?;
    for (id, activity) in entries {
        exporter.add(id, activity)?;
    }
    let (mut file, _) = exporter.finish()?;
    let mut bytes = Vec::new();
    file.seek(SeekFrom::Start(0))?;
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}
