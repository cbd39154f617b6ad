//! A funder's report as the server computes it and the coordinator pages, the exports and the
//! print view show it: for each project, reach against the application's expected numbers,
//! occasions and hours, tables by gender for area, topic, venue type and language, and the
//! referrals made and questions asked, whose small cells may have been suppressed for
//! publication; the project's outcome counters against their targets and its partners; and in
//! the annual compilation, the development areas the occasions served.

use crate::reference::{Code, List};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod funder;

pub use funder::{AreaProjectRow, AreaTable, OutcomeRow, PartnerRow};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    /// The half-year progress report (delrapport) handed in before each payment.
    HalfYear,
    /// The final report, due one month after the project's end.
    Final,
    /// The compilation of ongoing and finished projects for the executive committee.
    Annual,
}

impl ReportKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportKind::HalfYear => "half-year",
            ReportKind::Final => "final",
            ReportKind::Annual => "annual",
        }
    }
}

/// The groups of a table by gender's cells, in order, as the ids of their names in the report
/// messages (`locales/*/report.ftl`).
pub const CELL_GROUPS: [&str; 5] = [
    "report-women",
    "report-men",
    "report-girls",
    "report-boys",
    "report-other",
];

/// What the project's application expects it to reach within the report's period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expected {
    pub girls: u64,
    pub boys: u64,
    pub women: u64,
    pub men: u64,
}

/// People reached by group, and their total, as a report publishes them: a count is `None`
/// where it was suppressed. Contacts: the same person at ten occasions counts ten times.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownReach {
    pub women: Option<u64>,
    pub men: Option<u64>,
    pub girls: Option<u64>,
    pub boys: Option<u64>,
    pub other: Option<u64>,
    pub total: Option<u64>,
}

impl ShownReach {
    /// The groups in the order of [`CELL_GROUPS`].
    pub fn cells(&self) -> [Option<u64>; 5] {
        [self.women, self.men, self.girls, self.boys, self.other]
    }
}

/// Of the people reached, those new to the project, in the groups the application promises,
/// and their total; a count is `None` where it was suppressed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewReached {
    pub girls: Option<u64>,
    pub boys: Option<u64>,
    pub women: Option<u64>,
    pub men: Option<u64>,
    pub total: Option<u64>,
}

/// One row of a table by gender: an area, topic, venue type or language. A cell is `None`
/// when it was suppressed because it is too small to publish.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrossRow {
    pub key: String,
    pub occasions: u64,
    /// The groups of [`CELL_GROUPS`], in that order.
    pub cells: [Option<u64>; 5],
    pub total: Option<u64>,
}

/// One row of a table of counts: a referral target or a question category, the occasions
/// with it, and how many referrals or questions; the count is `None` when it was suppressed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountRow {
    pub key: String,
    pub occasions: u64,
    pub count: Option<u64>,
}

/// One table of counts of a section: the id of its heading, the list its keys are codes of,
/// and its rows.
#[derive(Clone, Copy, Debug)]
pub struct CountTable<'a> {
    pub heading: &'static str,
    pub list: List,
    pub rows: &'a [CountRow],
}

/// One line of reach against what was expected: the id of the group's name in the report
/// messages, the people reached at each occasion (contacts: the same person at ten occasions
/// counts ten times), those of them new to the project, and the number expected, which is
/// compared with the new (none for other or unstated, which the application does not count).
/// A count is `None` where it was suppressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReachLine {
    pub group: &'static str,
    pub reached: Option<u64>,
    pub new: Option<u64>,
    pub expected: Option<u64>,
}

impl ReachLine {
    /// The new people as a share of those expected, in whole percent; none without a number
    /// expected.
    pub fn share_percent(&self) -> Option<u64> {
        match (self.new, self.expected) {
            (Some(new), Some(expected)) if expected > 0 => {
                Some((new * 100 + expected / 2) / expected)
            }
            _ => None,
        }
    }
}

/// One table by gender of a section: the id of its heading, the list its keys are codes of,
/// and its rows.
#[derive(Clone, Copy, Debug)]
pub struct CrossTable<'a> {
    pub heading: &'static str,
    pub list: List,
    pub rows: &'a [CrossRow],
}

/// One project's part of a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectSection {
    pub project: Code,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The project ended on or before the report's last day.
    pub finished: bool,
    pub occasions: u64,
    pub minutes: u64,
    pub reach: ShownReach,
    /// Of `reach`, the people new to the project, from the occasions that said.
    #[serde(default)]
    pub new_people: NewReached,
    /// Occasions logged without saying who was new (by an app from before the question).
    #[serde(default)]
    pub new_unknown: u64,
    pub expected: Expected,
    pub by_area: Vec<CrossRow>,
    pub by_topic: Vec<CrossRow>,
    pub by_venue_type: Vec<CrossRow>,
    pub by_language: Vec<CrossRow>,
    /// Referrals made, by target (none where the project does not record them).
    #[serde(default)]
    pub referrals: Vec<CountRow>,
    /// The contact centre's questions, by category.
    #[serde(default)]
    pub questions: Vec<CountRow>,
    /// The project's outcome counters: every active one, and a retired one that was counted.
    #[serde(default)]
    pub outcomes: Vec<OutcomeRow>,
    /// The partners the occasions were run with, the most occasions first.
    #[serde(default)]
    pub partners: Vec<PartnerRow>,
}

impl ProjectSection {
    /// Girls, boys, women, men, other and the total: contacts, new people, and what was
    /// expected.
    pub fn reach_lines(&self) -> [ReachLine; 6] {
        let (r, n, e) = (&self.reach, &self.new_people, &self.expected);
        let line = |group, reached, new, expected| ReachLine {
            group,
            reached,
            new,
            expected,
        };
        [
            line("report-girls", r.girls, n.girls, Some(e.girls)),
            line("report-boys", r.boys, n.boys, Some(e.boys)),
            line("report-women", r.women, n.women, Some(e.women)),
            line("report-men", r.men, n.men, Some(e.men)),
            line("report-other", r.other, None, None),
            line(
                "report-total",
                r.total,
                n.total,
                Some(e.girls + e.boys + e.women + e.men),
            ),
        ]
    }

    /// The four tables by gender, in the order a report shows them.
    pub fn tables(&self) -> [CrossTable<'_>; 4] {
        [
            ("report-by-area", List::Areas, &self.by_area),
            ("report-by-topic", List::Topics, &self.by_topic),
            (
                "report-by-venue-type",
                List::VenueTypes,
                &self.by_venue_type,
            ),
            ("report-by-language", List::Languages, &self.by_language),
        ]
        .map(|(heading, list, rows)| CrossTable {
            heading,
            list,
            rows,
        })
    }

    /// The referrals by target and the questions by category, in the order a report shows
    /// them.
    pub fn count_tables(&self) -> [CountTable<'_>; 2] {
        [
            ("report-referrals", List::ReferralTargets, &self.referrals),
            (
                "report-questions",
                List::QuestionCategories,
                &self.questions,
            ),
        ]
        .map(|(heading, list, rows)| CountTable {
            heading,
            list,
            rows,
        })
    }
}

/// What the coordinator writes into a report; saved with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportTexts {
    /// Which activities were done.
    #[serde(default)]
    pub done: String,
    /// An analysis of how far the goals were reached.
    #[serde(default)]
    pub analysis: String,
    /// How the experience is used afterwards.
    #[serde(default)]
    pub afterwards: String,
    /// The annual compilation's text per development area, by its code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub areas: BTreeMap<String, String>,
    /// The annual compilation's text per project, by its code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub projects: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub kind: ReportKind,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// When the report is due: the final report one month after the project's end.
    pub due: Option<NaiveDate>,
    /// Cells below this were suppressed (0: none).
    pub threshold: u32,
    pub sections: Vec<ProjectSection>,
    /// The annual compilation's tables by development area (none in other reports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub development_areas: Vec<AreaTable>,
    pub texts: ReportTexts,
    /// Who handed the report in and when: a handed-in report is shown as it was then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed_in: Option<crate::handed_in::HandedIn>,
    /// What has changed in a handed-in report's figures since.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<crate::handed_in::Change>,
}
