//! The server's exports (the list of occasions and a report, as CSV and as XLSX) fed with
//! arbitrary text wherever a cell's text comes from people: an occasion's note and id, a
//! project's label (also a report sheet's name), a report table's row key and the report's
//! texts (also those per development area and per project). The input is cut into those pieces at each 0x1F byte; its first byte picks the locale.

use brobygge_model::report::{
    AreaProjectRow, AreaTable, CountRow, CrossRow, Expected, NewReached, OutcomeRow, PartnerRow,
    ProjectSection, Report, ReportKind, ReportTexts, ShownReach,
};
use brobygge_model::{ActivityDraft, LocaleCode, ReferenceData};
use brobygge_server::export::{activities, report, Format, Words};
use chrono::NaiveDate;

pub struct Sheets {
    entries: Vec<(String, ActivityDraft)>,
    reference: ReferenceData,
    report: Report,
    words: Words,
}

impl Sheets {
    pub fn new(data: &[u8]) -> Sheets {
        let (&first, rest) = data.split_first().unwrap_or((&0, &[]));
        let locale = LocaleCode::ALL[usize::from(first) % LocaleCode::ALL.len()];
        let text = String::from_utf8_lossy(rest);
        let mut pieces = text.split('\u{1f}').map(str::to_owned);
        let mut next = || pieces.next().unwrap_or_default();
        let (note, id, label, key) = (next(), next(), next(), next());
        let texts = ReportTexts {
            done: next(),
            analysis: next(),
            afterwards: next(),
            areas: [("employment".to_owned(), next())].into(),
            projects: [(String::from("halsoguider"), next())].into(),
        };
        let mut reference = super::reference().clone();
        // As the server's reference editor: every item keeps a Swedish label.
        if locale != LocaleCode::Sv || !label.trim().is_empty() {
            reference.projects[0].labels.set(locale, &label);
        }
        let project = reference.projects[0].code.clone();
        let date = NaiveDate::from_ymd_opt(2026, 3, 12);
        let draft = ActivityDraft {
            project: Some(project.clone()),
            date,
            note,
            ..ActivityDraft::default()
        };
        let row = CrossRow {
            key,
            occasions: 1,
            cells: [Some(1), None, Some(0), Some(2), None],
            total: Some(3),
        };
        let section = |project| ProjectSection {
            project,
            start: date,
            end: None,
            finished: false,
            occasions: 1,
            minutes: 90,
            // Some counts shown, some hidden, as a published report has them.
            reach: ShownReach {
                women: Some(2),
                total: Some(3),
                ..ShownReach::default()
            },
            new_people: NewReached {
                girls: Some(1),
                ..NewReached::default()
            },
            new_unknown: 1,
            expected: Expected::default(),
            by_area: vec![row.clone()],
            by_topic: vec![row.clone()],
            by_venue_type: Vec::new(),
            by_language: vec![row.clone()],
            referrals: vec![CountRow {
                key: row.key.clone(),
                occasions: 1,
                count: None,
            }],
            questions: Vec::new(),
            outcomes: vec![OutcomeRow {
                key: row.key.clone(),
                occasions: 1,
                count: Some(4),
                target: Some(10),
            }],
            partners: vec![PartnerRow {
                key: row.key.clone(),
                occasions: 1,
            }],
        };
        let other = reference.projects[1].code.clone();
        let report = Report {
            kind: ReportKind::HalfYear,
            from: NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"),
            to: NaiveDate::from_ymd_opt(2026, 6, 30).expect("a date"),
            due: None,
            threshold: 3,
            sections: vec![section(project.clone()), section(other)],
            development_areas: vec![AreaTable {
                area: brobygge_model::Code::new("employment").expect("a code"),
                projects: vec![AreaProjectRow {
                    project,
                    occasions: 1,
                    minutes: 90,
                }],
                occasions: 1,
                minutes: 90,
            }],
            texts,
            handed_in: None,
            changes: Vec::new(),
        };
        Sheets {
            entries: vec![(id, draft)],
            reference,
            report,
            words: Words(locale),
        }
    }

    /// The list of occasions and the report in `format`; panics when either cannot be made.
    pub fn export(&self, format: Format) -> [Vec<u8>; 2] {
        let list = activities::export(&self.entries, &self.reference, self.words, format);
        let list = list.unwrap_or_else(|e| panic!("the list of occasions as {format:?}: {e}"));
        let report = report::export(&self.report, &self.reference, self.words, format);
        let report = report.unwrap_or_else(|e| panic!("the report as {format:?}: {e}"));
        [list, report]
    }
}

/// Whether a CSV cell is safe to open in a spreadsheet: it starts no formula, or it is a
/// plain number.
pub fn inert(cell: &str) -> bool {
    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || cell.parse::<f64>().is_ok()
}
