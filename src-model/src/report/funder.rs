//! The parts of a report that are not people reached: each project's outcome counters against
//! their targets and the partners its occasions were run with, and, in the annual compilation,
//! how the occasions served the municipality's development areas (målområden).

use crate::reference::Code;
use serde::{Deserialize, Serialize};

/// One outcome counter of a project: the occasions that added to it, its count (`None` where
/// it was suppressed as too small to publish) and the application's target, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeRow {
    pub key: String,
    pub occasions: u64,
    pub count: Option<u64>,
    pub target: Option<u64>,
}

impl OutcomeRow {
    /// The count as a share of the target, in whole percent; none without both.
    pub fn share_percent(&self) -> Option<u64> {
        match (self.count, self.target) {
            (Some(count), Some(target)) if target > 0 => Some((count * 100 + target / 2) / target),
            _ => None,
        }
    }
}

/// A partner and the occasions of the project run with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRow {
    pub key: String,
    pub occasions: u64,
}

/// One project's occasions that served a development area (its project or one of its topics
/// tagged with the area), and their minutes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaProjectRow {
    pub project: Code,
    pub occasions: u64,
    pub minutes: u64,
}

/// A development area in the annual compilation: the projects whose occasions served it,
/// and all of them together. No people are counted here: an occasion serves several areas,
/// and overlapping sums of people would let a suppressed count be worked out again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaTable {
    pub area: Code,
    pub projects: Vec<AreaProjectRow>,
    pub occasions: u64,
    pub minutes: u64,
}
