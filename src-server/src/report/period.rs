//! Which days and projects a report covers: a project's half-year, a project's whole run for
//! its final report (due one month after its end), or a calendar year of every project that
//! ran in it for the annual compilation.

pub use brobygge_model::report::ReportKind;
use brobygge_model::{Code, Project, ReferenceData};
use chrono::{Months, NaiveDate};
use serde::Deserialize;

/// What a coordinator asks for: `project` for the half-year and final reports, `year` for the
/// half-year report and the compilation, `half` (1 or 2) for the half-year report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct PeriodQuery {
    pub project: Option<Code>,
    pub year: Option<i32>,
    pub half: Option<u8>,
}

/// A resolved report period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportPeriod {
    pub kind: ReportKind,
    /// The one project reported on; none for the compilation.
    pub project: Option<Code>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub due: Option<NaiveDate>,
    /// The projects covered, in the order of the reference data.
    pub projects: Vec<Code>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    #[error("choose a project")]
    NoProject,
    #[error("no such project: {0}")]
    UnknownProject(Code),
    #[error("choose a year, and for a half-year report the half (1 or 2)")]
    NoPeriod,
    #[error("the project's start and end are not set")]
    NoRun,
    #[error("the project does not run in that period")]
    NotRunning,
}

fn date(y: i32, m: u32, d: u32) -> Result<NaiveDate, PeriodError> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or(PeriodError::NoPeriod)
}

/// Whether the project runs on some day of `from..=to` (an unset start or end is open).
fn runs_within(p: &Project, from: NaiveDate, to: NaiveDate) -> bool {
    p.start.is_none_or(|s| s <= to) && p.end.is_none_or(|e| e >= from)
}

impl ReportPeriod {
    /// Resolves `query` for a report of `kind`, among the `visible` projects (none: all).
    pub fn resolve(
        kind: ReportKind,
        query: &PeriodQuery,
        reference: &ReferenceData,
        visible: &Option<Vec<Code>>,
    ) -> Result<ReportPeriod, PeriodError> {
        let may_see = |c: &Code| visible.as_ref().is_none_or(|v| v.contains(c));
        if kind == ReportKind::Annual {
            let year = query.year.ok_or(PeriodError::NoPeriod)?;
            let (from, to) = (date(year, 1, 1)?, date(year, 12, 31)?);
            let projects = reference
                .projects
                .iter()
                .filter(|p| may_see(&p.code) && runs_within(p, from, to))
                .map(|p| p.code.clone())
                .collect();
            return Ok(ReportPeriod {
                kind,
                project: None,
                from,
                to,
                due: None,
                projects,
            });
        }
        let code = query.project.as_ref().ok_or(PeriodError::NoProject)?;
        let project = reference
            .project(code)
            .ok_or_else(|| PeriodError::UnknownProject(code.clone()))?;
        let (from, to, due) = match kind {
            ReportKind::HalfYear => {
                let year = query.year.ok_or(PeriodError::NoPeriod)?;
                let (from, to) = match query.half {
                    Some(1) => (date(year, 1, 1)?, date(year, 6, 30)?),
                    Some(2) => (date(year, 7, 1)?, date(year, 12, 31)?),
                    _ => return Err(PeriodError::NoPeriod),
                };
                if !runs_within(project, from, to) {
                    return Err(PeriodError::NotRunning);
                }
                let from = project.start.map_or(from, |s| s.max(from));
                let to = project.end.map_or(to, |e| e.min(to));
                (from, to, None)
            }
            _ => {
                let (Some(start), Some(end)) = (project.start, project.end) else {
                    return Err(PeriodError::NoRun);
                };
                (start, end, end.checked_add_months(Months::new(1)))
            }
        };
        Ok(ReportPeriod {
            kind,
            project: Some(code.clone()),
            from,
            to,
            due,
            projects: vec![code.clone()],
        })
    }

    /// The projects covered, as the reference data holds them.
    pub fn projects<'a>(&self, reference: &'a ReferenceData) -> Vec<&'a Project> {
        self.projects
            .iter()
            .filter_map(|c| reference.project(c))
            .collect()
    }
}
