//! The workbook's parts that are not people reached: a project's outcome counters against
//! their targets and its partners, and the annual compilation's development areas with their
//! texts and the texts per project.

use super::{label, Styles};
use crate::export::{ExportError, Words};
use crate::report::{ProjectSection, Report};
use brobygge_model::{List, ReferenceData};
use rust_xlsxwriter::Worksheet;

/// Writes a bold header of message ids at `row`.
fn header(
    sheet: &mut Worksheet,
    row: u32,
    ids: &[&str],
    words: Words,
    styles: &Styles,
) -> Result<(), ExportError> {
    for (col, id) in (0u16..).zip(ids) {
        sheet.write_string_with_format(row, col, words.t(id), &styles.bold)?;
    }
    Ok(())
}

/// The section's outcome counters and partners from `row` on, where it has any.
pub(super) fn outcomes_and_partners(
    sheet: &mut Worksheet,
    s: &ProjectSection,
    reference: &ReferenceData,
    words: Words,
    styles: &Styles,
    mut row: u32,
) -> Result<(), ExportError> {
    let hidden = words.t("report-suppressed");
    if !s.outcomes.is_empty() {
        sheet.write_string_with_format(row, 0, words.t("report-outcomes"), &styles.bold)?;
        let ids = [
            "report-group",
            "report-occasions",
            "report-count",
            "report-target",
            "report-target-share",
        ];
        header(sheet, row + 1, &ids, words, styles)?;
        row += 2;
        for line in &s.outcomes {
            sheet.write_string(row, 0, label(reference, List::Outcomes, &line.key, words))?;
            sheet.write_number(row, 1, line.occasions as f64)?;
            match line.count {
                Some(n) => sheet.write_number(row, 2, n as f64)?,
                None => sheet.write_string(row, 2, hidden.as_str())?,
            };
            if let Some(target) = line.target {
                sheet.write_number(row, 3, target as f64)?;
            }
            if let Some(share) = line.share_percent() {
                sheet.write_number_with_format(row, 4, share as f64 / 100.0, &styles.percent)?;
            }
            row += 1;
        }
        row += 1;
    }
    if !s.partners.is_empty() {
        sheet.write_string_with_format(row, 0, words.t("report-partners"), &styles.bold)?;
        header(
            sheet,
            row + 1,
            &["report-group", "report-occasions"],
            words,
            styles,
        )?;
        row += 2;
        for line in &s.partners {
            sheet.write_string(row, 0, label(reference, List::Partners, &line.key, words))?;
            sheet.write_number(row, 1, line.occasions as f64)?;
            row += 1;
        }
    }
    Ok(())
}

/// The annual compilation's development areas from `row` on: each area's projects with their
/// occasions and hours, the area's text, and then the text of each project.
pub(super) fn development_areas(
    sheet: &mut Worksheet,
    report: &Report,
    reference: &ReferenceData,
    words: Words,
    styles: &Styles,
    mut row: u32,
) -> Result<(), ExportError> {
    if report.development_areas.is_empty() {
        return Ok(());
    }
    sheet.write_string_with_format(row, 0, words.t("report-development-areas"), &styles.bold)?;
    row += 1;
    for area in &report.development_areas {
        let name = reference.label(List::DevelopmentAreas, &area.area, words.0);
        sheet.write_string_with_format(row, 0, name, &styles.bold)?;
        let ids = ["report-project", "report-occasions", "report-hours"];
        header(sheet, row + 1, &ids, words, styles)?;
        row += 2;
        for line in &area.projects {
            let project = reference.label(List::Projects, &line.project, words.0);
            sheet.write_string(row, 0, project)?;
            sheet.write_number(row, 1, line.occasions as f64)?;
            sheet.write_number_with_format(row, 2, line.minutes as f64 / 60.0, &styles.hours)?;
            row += 1;
        }
        sheet.write_string(row, 0, words.t("report-total"))?;
        sheet.write_number(row, 1, area.occasions as f64)?;
        sheet.write_number_with_format(row, 2, area.minutes as f64 / 60.0, &styles.hours)?;
        if let Some(text) = report.texts.areas.get(area.area.as_str()) {
            sheet.write_string(row + 1, 0, text.as_str())?;
            row += 1;
        }
        row += 2;
    }
    for s in &report.sections {
        if let Some(text) = report.texts.projects.get(s.project.as_str()) {
            let project = reference.label(List::Projects, &s.project, words.0);
            sheet.write_string_with_format(row, 0, project, &styles.bold)?;
            sheet.write_string(row + 1, 0, text.as_str())?;
            row += 3;
        }
    }
    Ok(())
}
