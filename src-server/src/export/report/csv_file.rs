//! A report as one CSV table: a line for reach, one for what was expected, and one for each
//! row of each table (outcome counters with a line for their target, partners, and in the
//! annual compilation each project's line per development area), the project and the table
//! named on every line.

use super::label;
use crate::export::{csv_writer, ExportError, Words};
use crate::report::Report;
use brobygge_model::report::CELL_GROUPS;
use brobygge_model::{List, ReferenceData};

pub(super) fn csv(
    report: &Report,
    reference: &ReferenceData,
    words: Words,
) -> Result<Vec<u8>, ExportError> {
    let mut out = csv_writer();
    let header = [
        "report-project",
        "report-table",
        "report-group",
        "report-occasions",
    ]
    .into_iter()
    .chain(CELL_GROUPS)
    .chain(["report-total"]);
    out.write_record(header.map(|id| words.t(id)))?;
    let hidden = words.t("report-suppressed");
    let show = |c: &Option<u64>| c.map_or(hidden.clone(), |n| n.to_string());
    for s in &report.sections {
        let project = reference.label(List::Projects, &s.project, words.0);
        let (r, e) = (&s.reach, &s.expected);
        let reached = r.cells().into_iter().chain([r.total]);
        let reached = reached.map(|n| show(&n));
        let mut line = vec![project.to_owned(), words.t("report-reached"), String::new()];
        line.push(s.occasions.to_string());
        line.extend(reached);
        out.write_record(&line)?;
        let n = &s.new_people;
        let mut line = vec![project.to_owned(), words.t("report-new"), String::new()];
        line.push(String::new());
        line.extend([n.women, n.men, n.girls, n.boys].map(|n| show(&n)));
        line.extend([String::new(), show(&n.total)]);
        out.write_record(&line)?;
        let total = e.girls + e.boys + e.women + e.men;
        let expected = [e.women, e.men, e.girls, e.boys].map(|n| n.to_string());
        let mut line = vec![
            project.to_owned(),
            words.t("report-expected"),
            String::new(),
        ];
        line.push(String::new());
        line.extend(expected);
        line.extend([String::new(), total.to_string()]);
        out.write_record(&line)?;
        for table in s.tables() {
            for row in table.rows {
                let mut line = vec![
                    project.to_owned(),
                    words.t(table.heading),
                    label(reference, table.list, &row.key, words),
                    row.occasions.to_string(),
                ];
                line.extend(row.cells.iter().chain([&row.total]).map(show));
                out.write_record(&line)?;
            }
        }
        // A referral target's or question category's count stands in the total's column.
        for table in s.count_tables() {
            for row in table.rows {
                let mut line = vec![
                    project.to_owned(),
                    words.t(table.heading),
                    label(reference, table.list, &row.key, words),
                    row.occasions.to_string(),
                ];
                line.extend(CELL_GROUPS.map(|_| String::new()));
                line.push(show(&row.count));
                out.write_record(&line)?;
            }
        }
        // An outcome counter's count and target, a partner's occasions, as a count.
        let outcome = |key: &str| label(reference, List::Outcomes, key, words);
        for row in &s.outcomes {
            let target = row.target.map(|t| t.to_string()).unwrap_or_default();
            for (table, occasions, value) in [
                (
                    "report-outcomes",
                    row.occasions.to_string(),
                    show(&row.count),
                ),
                ("report-target", String::new(), target),
            ] {
                let mut line = vec![project.to_owned(), words.t(table), outcome(&row.key)];
                line.push(occasions);
                line.extend(CELL_GROUPS.map(|_| String::new()));
                line.push(value);
                out.write_record(&line)?;
            }
        }
        for row in &s.partners {
            let mut line = vec![
                project.to_owned(),
                words.t("report-partners"),
                label(reference, List::Partners, &row.key, words),
                row.occasions.to_string(),
            ];
            line.extend(CELL_GROUPS.map(|_| String::new()));
            line.push(String::new());
            out.write_record(&line)?;
        }
    }
    // The development areas: each project's occasions that served an area.
    for area in &report.development_areas {
        let name = label(reference, List::DevelopmentAreas, area.area.as_str(), words);
        for row in &area.projects {
            let project = reference.label(List::Projects, &row.project, words.0);
            let mut line = vec![project.to_owned(), words.t("report-development-areas")];
            line.extend([name.clone(), row.occasions.to_string()]);
            line.extend(CELL_GROUPS.map(|_| String::new()));
            line.push(String::new());
            out.write_record(&line)?;
        }
    }
    out.into_inner()
}
