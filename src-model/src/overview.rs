//! A coordinator's overview of a period and project, as the server computes it and the
//! coordinator pages show it: people reached by gender, by month and by area; occasions and
//! hours; the topics, languages and venues; referrals and questions; and how many guides were
//! active.

use serde::{Deserialize, Serialize};

/// People reached, by gender and age group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reach {
    pub women: u64,
    pub men: u64,
    pub girls: u64,
    pub boys: u64,
    pub other: u64,
    pub total: u64,
}

impl Reach {
    /// The groups in the order of a table by gender's cells ([`crate::report::CELL_GROUPS`]).
    pub fn cells(&self) -> [u64; 5] {
        [self.women, self.men, self.girls, self.boys, self.other]
    }
}

/// One bar of a chart: a month (`2026-03`) or a code, with its occasions and people (for a
/// referral target or a question category: the referrals made or questions asked).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub key: String,
    pub occasions: u64,
    pub people: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub occasions: u64,
    /// Total duration, in minutes.
    pub minutes: u64,
    pub people: Reach,
    /// Of `people`, those new to the project (on the occasions that said).
    #[serde(default)]
    pub new_people: u64,
    /// Month by month, in order.
    pub by_month: Vec<Tally>,
    /// The rest most people first, then by code.
    pub by_area: Vec<Tally>,
    pub topics: Vec<Tally>,
    pub languages: Vec<Tally>,
    pub venues: Vec<Tally>,
    /// Referrals made, by target; questions asked, by category.
    #[serde(default)]
    pub referrals: Vec<Tally>,
    #[serde(default)]
    pub questions: Vec<Tally>,
    pub active_guides: u64,
}

/// One person's occasions and time in a period: their volunteer hours, as coordinators see
/// them for the guides and staff of their projects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursLine {
    pub user: i64,
    pub name: String,
    pub occasions: u64,
    /// The occasions' total duration, in minutes.
    pub minutes: u64,
}
