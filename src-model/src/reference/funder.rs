//! What the funder's follow-up needs beyond people reached: outcome counters of a project
//! (people matched to work or studies, CVs written, associations supported), the
//! municipality's development areas (målområden) with the topics and projects that serve them,
//! and the partners an occasion is run with.

use super::{Code, Labels, ReferenceData};
use serde::{Deserialize, Serialize};

/// Something a project counts that is not a person reached. It belongs to one project for
/// good, so that its counts never move to another; retired, never deleted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub code: Code,
    pub project: Code,
    pub labels: Labels,
    #[serde(default)]
    pub retired: bool,
    /// What the project's application promises over its whole run, if it names a number.
    #[serde(default)]
    pub target: Option<u32>,
}

/// One of the municipality's development areas (employment, democracy, safety, housing,
/// leisure and health). An occasion serves an area when its project, or one of its topics,
/// is tagged with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevelopmentArea {
    pub code: Code,
    pub labels: Labels,
    #[serde(default)]
    pub retired: bool,
    #[serde(default)]
    pub topics: Vec<Code>,
    #[serde(default)]
    pub projects: Vec<Code>,
}

impl DevelopmentArea {
    /// Whether an occasion of `project` about `topics` serves this area.
    pub fn served_by(&self, project: &str, topics: &[impl AsRef<str>]) -> bool {
        self.projects.iter().any(|p| p.as_str() == project)
            || (topics.iter()).any(|t| self.topics.iter().any(|c| c.as_str() == t.as_ref()))
    }
}

impl ReferenceData {
    /// The outcome counters of `project` that its occasions can count (not retired).
    pub fn outcomes_of<'a>(&'a self, project: &'a Code) -> impl Iterator<Item = &'a Outcome> {
        (self.outcomes.iter()).filter(move |o| &o.project == project && !o.retired)
    }

    pub fn outcome(&self, code: &Code) -> Option<&Outcome> {
        self.outcomes.iter().find(|o| &o.code == code)
    }

    pub fn development_area(&self, code: &Code) -> Option<&DevelopmentArea> {
        self.development_areas.iter().find(|a| &a.code == code)
    }
}
