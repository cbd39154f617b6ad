//! A report as a workbook (a summary sheet with the coordinator's texts, and in the annual
//! compilation the development areas, and one sheet per project) or as one CSV table.
//! Suppressed cells read as the word for "hidden".

mod csv_file;
mod funder_sheets;

use super::{ExportError, Format, Words};
use crate::report::{ProjectSection, Report};
use brobygge_model::report::{CountTable, CrossTable, CELL_GROUPS};
use brobygge_model::{Code, List, ReferenceData};
use rust_xlsxwriter::{Format as CellFormat, Workbook, Worksheet};

fn label(reference: &ReferenceData, list: List, key: &str, words: Words) -> String {
    match Code::new(key) {
        Ok(code) => reference.label(list, &code, words.0).to_owned(),
        Err(_) => key.to_owned(),
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, neither starting
/// nor ending with an apostrophe, not blank, unique in the book regardless of case.
fn sheet_name(label: &str, taken: &mut Vec<String>) -> String {
    let clean: String = label
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(28)
        .collect();
    let clean = match clean.trim_matches(|c: char| c == '\'' || c.is_whitespace()) {
        "" => (taken.len() + 1).to_string(),
        clean => clean.to_owned(),
    };
    let mut name = clean.clone();
    let mut n = 2;
    while taken
        .iter()
        .any(|t| t.to_lowercase() == name.to_lowercase())
    {
        name = format!("{clean} {n}");
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// The report in `format`, with headings and labels in `words`' locale.
pub fn export(
    report: &Report,
    reference: &ReferenceData,
    words: Words,
    format: Format,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Xlsx => xlsx(report, reference, words),
        Format::Csv => csv_file::csv(report, reference, words),
    }
}

pub(super) struct Styles {
    bold: CellFormat,
    percent: CellFormat,
    hours: CellFormat,
}

fn xlsx(report: &Report, reference: &ReferenceData, words: Words) -> Result<Vec<u8>, ExportError> {
    let styles = Styles {
        bold: CellFormat::new().set_bold(),
        percent: CellFormat::new().set_num_format("0%"),
        hours: CellFormat::new().set_num_format("0.0"),
    };
    let mut book = Workbook::new();
    let mut taken = Vec::new();
    let summary = book.add_worksheet();
    summary.set_name(sheet_name(&words.t("report-summary"), &mut taken))?;
    summary_sheet(summary, report, reference, words, &styles)?;
    for section in &report.sections {
        let title = reference.label(List::Projects, &section.project, words.0);
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(title, &mut taken))?;
        section_sheet(sheet, section, report, reference, words, &styles)?;
    }
    Ok(book.save_to_buffer()?)
}

fn summary_sheet(
    sheet: &mut Worksheet,
    report: &Report,
    reference: &ReferenceData,
    words: Words,
    styles: &Styles,
) -> Result<(), ExportError> {
    let kind = words.t(&format!("report-kind-{}", report.kind.as_str()));
    sheet.write_string_with_format(0, 0, kind, &styles.bold)?;
    sheet.write_string(1, 0, words.t("report-period"))?;
    sheet.write_string(1, 1, format!("{} – {}", report.from, report.to))?;
    if let Some(due) = report.due {
        sheet.write_string(2, 0, words.t("report-due"))?;
        sheet.write_string(2, 1, due.to_string())?;
    }
    if report.threshold > 0 {
        let note = words.t_num(
            "report-suppressed-note",
            "threshold",
            report.threshold.into(),
        );
        let more = words.t("report-suppressed-more");
        sheet.write_string(3, 0, format!("{note} {more}"))?;
    }
    let texts = [
        ("report-text-done", &report.texts.done),
        ("report-text-analysis", &report.texts.analysis),
        ("report-text-afterwards", &report.texts.afterwards),
    ];
    for (row, (id, text)) in (5u32..).step_by(2).zip(texts) {
        sheet.write_string_with_format(row, 0, words.t(id), &styles.bold)?;
        sheet.write_string(row + 1, 0, text.as_str())?;
    }
    let header = [
        "report-project",
        "report-status",
        "report-occasions",
        "report-hours",
    ]
    .into_iter()
    .chain(CELL_GROUPS)
    .chain(["report-total"]);
    for (col, id) in (0u16..).zip(header) {
        sheet.write_string_with_format(12, col, words.t(id), &styles.bold)?;
    }
    for (row, s) in (13u32..).zip(&report.sections) {
        let status = if s.finished {
            "report-status-finished"
        } else {
            "report-status-ongoing"
        };
        sheet.write_string(row, 0, reference.label(List::Projects, &s.project, words.0))?;
        sheet.write_string(row, 1, words.t(status))?;
        sheet.write_number(row, 2, s.occasions as f64)?;
        sheet.write_number_with_format(row, 3, s.minutes as f64 / 60.0, &styles.hours)?;
        let r = &s.reach;
        for (col, n) in (4u16..).zip(r.cells().into_iter().chain([r.total])) {
            match n {
                Some(n) => sheet.write_number(row, col, n as f64)?,
                None => sheet.write_string(row, col, words.t("report-suppressed"))?,
            };
        }
    }
    let below = 14 + report.sections.len() as u32;
    funder_sheets::development_areas(sheet, report, reference, words, styles, below)?;
    sheet.set_column_width(0, 40)?;
    Ok(())
}

fn section_sheet(
    sheet: &mut Worksheet,
    s: &ProjectSection,
    report: &Report,
    reference: &ReferenceData,
    words: Words,
    styles: &Styles,
) -> Result<(), ExportError> {
    let title = reference.label(List::Projects, &s.project, words.0);
    sheet.write_string_with_format(0, 0, title, &styles.bold)?;
    sheet.write_string(1, 0, format!("{} – {}", report.from, report.to))?;
    for (col, id) in (0u16..).zip([
        "report-group",
        "report-reached",
        "report-new",
        "report-expected",
        "report-share",
    ]) {
        sheet.write_string_with_format(3, col, words.t(id), &styles.bold)?;
    }
    for (row, line) in (4u32..).zip(s.reach_lines()) {
        sheet.write_string(row, 0, words.t(line.group))?;
        match line.reached {
            Some(reached) => sheet.write_number(row, 1, reached as f64)?,
            None => sheet.write_string(row, 1, words.t("report-suppressed"))?,
        };
        match (line.new, line.expected) {
            (Some(new), _) => sheet.write_number(row, 2, new as f64)?,
            (None, Some(_)) => sheet.write_string(row, 2, words.t("report-suppressed"))?,
            // Other or unstated: the application asks for no new count.
            (None, None) => sheet,
        };
        if let Some(expected) = line.expected {
            sheet.write_number(row, 3, expected as f64)?;
            if let (Some(new), true) = (line.new, expected > 0) {
                let share = new as f64 / expected as f64;
                sheet.write_number_with_format(row, 4, share, &styles.percent)?;
            }
        }
    }
    sheet.write_string(10, 0, words.t("report-occasions"))?;
    sheet.write_number(10, 1, s.occasions as f64)?;
    sheet.write_string(11, 0, words.t("report-hours"))?;
    sheet.write_number_with_format(11, 1, s.minutes as f64 / 60.0, &styles.hours)?;
    sheet.write_string(12, 0, words.t("report-new-note"))?;
    let mut row = 13u32;
    let hidden = words.t("report-suppressed");
    for CrossTable {
        heading,
        list,
        rows,
    } in s.tables()
    {
        sheet.write_string_with_format(row, 0, words.t(heading), &styles.bold)?;
        let header = ["report-group", "report-occasions"]
            .into_iter()
            .chain(CELL_GROUPS)
            .chain(["report-total"]);
        for (col, id) in (0u16..).zip(header) {
            sheet.write_string_with_format(row + 1, col, words.t(id), &styles.bold)?;
        }
        row += 2;
        for line in rows {
            sheet.write_string(row, 0, label(reference, list, &line.key, words))?;
            sheet.write_number(row, 1, line.occasions as f64)?;
            let cells = line.cells.iter().chain([&line.total]);
            for (col, cell) in (2u16..).zip(cells) {
                match cell {
                    Some(n) => sheet.write_number(row, col, *n as f64)?,
                    None => sheet.write_string(row, col, hidden.as_str())?,
                };
            }
            row += 1;
        }
        row += 1;
    }
    // Referrals and questions: a count each, where the project has any.
    for CountTable {
        heading,
        list,
        rows,
    } in s.count_tables()
    {
        if rows.is_empty() {
            continue;
        }
        sheet.write_string_with_format(row, 0, words.t(heading), &styles.bold)?;
        let header = ["report-group", "report-occasions", "report-count"];
        for (col, id) in (0u16..).zip(header) {
            sheet.write_string_with_format(row + 1, col, words.t(id), &styles.bold)?;
        }
        row += 2;
        for line in rows {
            sheet.write_string(row, 0, label(reference, list, &line.key, words))?;
            sheet.write_number(row, 1, line.occasions as f64)?;
            match line.count {
                Some(n) => sheet.write_number(row, 2, n as f64)?,
                None => sheet.write_string(row, 2, hidden.as_str())?,
            };
            row += 1;
        }
        row += 1;
    }
    funder_sheets::outcomes_and_partners(sheet, s, reference, words, styles, row)?;
    sheet.set_column_width(0, 36)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::sheet_name;

    /// Found while fuzzing the XLSX export (`xlsx_writer` failed on a blank sheet name): a
    /// project's label, which a coordinator edits, that is blank once cleaned, starts or ends
    /// with an apostrophe, or equals another sheet's name but for case broke Excel's rules
    /// for sheet names, and the whole report failed.
    #[test]
    fn every_label_makes_a_sheet_name_excel_accepts() {
        let mut taken = Vec::new();
        for (label, name) in [
            ("Підсумок", "Підсумок"),
            ("Гіди з питань здоров'я", "Гіди з питань здоров'я"),
            ("Hälsoguider", "Hälsoguider"),
            ("hälsoguider", "hälsoguider 2"),
            ("'Språk' ", "Språk"),
            (" [] ", "6"),
            ("a/b", "ab"),
        ] {
            assert_eq!(sheet_name(label, &mut taken), name, "{label:?}");
        }
    }
}
