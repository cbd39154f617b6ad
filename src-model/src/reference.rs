//! Reference data: the projects, places, topics and lists that coordinators manage and devices
//! receive. Entries store codes, never labels, so a report reads the same whatever language an
//! entry was made in. Items are retired, never deleted.

use crate::LocaleCode;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

pub use funder::{DevelopmentArea, Outcome};

/// A stable identifier of a reference item: lowercase ASCII letters, digits and hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Code(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a code: use 1 to 64 of a-z, 0-9 and -")]
pub struct BadCode(pub String);

impl Code {
    pub fn new(s: impl Into<String>) -> Result<Code, BadCode> {
        let s = s.into();
        let valid = !s.is_empty()
            && s.len() <= 64
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if valid {
            Ok(Code(s))
        } else {
            Err(BadCode(s))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Code {
    type Error = BadCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Code::new(s)
    }
}

impl From<Code> for String {
    fn from(c: Code) -> String {
        c.0
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A label per locale; Swedish is required and is the fallback. Labels in a language this
/// version does not know are skipped when read, so a server with more languages than an older
/// app still syncs with it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "BTreeMap<String, String>")]
pub struct Labels(BTreeMap<LocaleCode, String>);

impl From<BTreeMap<String, String>> for Labels {
    fn from(all: BTreeMap<String, String>) -> Labels {
        Labels(
            all.into_iter()
                .filter_map(|(tag, label)| Some((tag.parse().ok()?, label)))
                .collect(),
        )
    }
}

impl Labels {
    /// The label written in `locale` itself, without falling back.
    pub fn own(&self, locale: LocaleCode) -> Option<&str> {
        self.0.get(&locale).map(String::as_str)
    }

    /// Sets the label in `locale`; an empty one is removed, so the Swedish one shows instead.
    pub fn set(&mut self, locale: LocaleCode, label: &str) {
        if label.trim().is_empty() {
            self.0.remove(&locale);
        } else {
            self.0.insert(locale, label.trim().to_owned());
        }
    }

    pub fn get(&self, locale: LocaleCode) -> &str {
        self.0
            .get(&locale)
            .or_else(|| self.0.get(&LocaleCode::Sv))
            .map(String::as_str)
            .unwrap_or_default()
    }
}

/// One item of a simple list: an area, venue type, format, topic, language, question category,
/// referral target or partner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub code: Code,
    pub labels: Labels,
    #[serde(default)]
    pub retired: bool,
}

/// Which optional parts of the log form a project uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sections {
    /// Questions asked by category (the contact centre).
    #[serde(default)]
    pub questions: bool,
    /// Referrals made to other services.
    #[serde(default)]
    pub referrals: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Project {
    pub code: Code,
    pub labels: Labels,
    pub sections: Sections,
    /// The topics an occasion of this project can be about, codes into `ReferenceData::topics`.
    pub topics: Vec<Code>,
    #[serde(default)]
    pub retired: bool,
    /// The first day of the project, from its application.
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// The last day of the project; its final report is due one month later.
    #[serde(default)]
    pub end: Option<NaiveDate>,
    /// How many girls, boys, women and men the project expects to reach, period by period.
    #[serde(default)]
    pub targets: Vec<ReachTarget>,
}

/// The people a project's application expects it to reach between two days, both included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReachTarget {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub girls: u32,
    pub boys: u32,
    pub women: u32,
    pub men: u32,
}

/// A known meeting place, in an area, of a usual type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Venue {
    pub code: Code,
    pub labels: Labels,
    pub area: Code,
    pub venue_type: Code,
    #[serde(default)]
    pub retired: bool,
}

/// Everything a device needs to fill in the log form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceData {
    pub projects: Vec<Project>,
    pub areas: Vec<Item>,
    pub venue_types: Vec<Item>,
    pub venues: Vec<Venue>,
    pub formats: Vec<Item>,
    pub topics: Vec<Item>,
    pub languages: Vec<Item>,
    pub question_categories: Vec<Item>,
    pub referral_targets: Vec<Item>,
    /// Outcome counters, each of one project.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    /// The municipality's development areas (målområden).
    #[serde(default)]
    pub development_areas: Vec<DevelopmentArea>,
    /// Who occasions are run with: områdesgrupper, associations, the police, family centres.
    #[serde(default)]
    pub partners: Vec<Item>,
}

impl ReferenceData {
    pub fn project(&self, code: &Code) -> Option<&Project> {
        self.projects.iter().find(|p| &p.code == code)
    }

    pub fn venue(&self, code: &Code) -> Option<&Venue> {
        self.venues.iter().find(|v| &v.code == code)
    }

    /// The label of any item by its code, in `locale`; the code itself when unknown, so an
    /// entry from newer reference data still shows something meaningful.
    pub fn label<'a>(&'a self, list: List, code: &'a Code, locale: LocaleCode) -> &'a str {
        let labels = match list {
            List::Projects => self
                .projects
                .iter()
                .find(|p| &p.code == code)
                .map(|p| &p.labels),
            List::Venues => self.venue(code).map(|v| &v.labels),
            List::Outcomes => self.outcome(code).map(|o| &o.labels),
            List::DevelopmentAreas => self.development_area(code).map(|a| &a.labels),
            _ => self
                .items(list)
                .iter()
                .find(|i| &i.code == code)
                .map(|i| &i.labels),
        };
        labels.map_or(code.as_str(), |l| l.get(locale))
    }

    /// The simple list of items named by `list` (empty for projects, venues, outcomes and
    /// development areas, which have their own types).
    pub fn items(&self, list: List) -> &[Item] {
        match list {
            List::Areas => &self.areas,
            List::VenueTypes => &self.venue_types,
            List::Formats => &self.formats,
            List::Topics => &self.topics,
            List::Languages => &self.languages,
            List::QuestionCategories => &self.question_categories,
            List::ReferralTargets => &self.referral_targets,
            List::Partners => &self.partners,
            List::Projects | List::Venues | List::Outcomes | List::DevelopmentAreas => &[],
        }
    }

    /// The active items of a simple list as (code, label) pairs in `locale`, for a picker.
    pub fn options(&self, list: List, locale: LocaleCode) -> Vec<(Code, String)> {
        self.items(list)
            .iter()
            .filter(|i| !i.retired)
            .map(|i| (i.code.clone(), i.labels.get(locale).to_owned()))
            .collect()
    }

    /// Whether `code` names an active (not retired) item of `list`.
    pub fn is_active(&self, list: List, code: &Code) -> bool {
        match list {
            List::Projects => self.project(code).is_some_and(|p| !p.retired),
            List::Venues => self.venue(code).is_some_and(|v| !v.retired),
            List::Outcomes => self.outcome(code).is_some_and(|o| !o.retired),
            List::DevelopmentAreas => self.development_area(code).is_some_and(|a| !a.retired),
            _ => self
                .items(list)
                .iter()
                .any(|i| &i.code == code && !i.retired),
        }
    }
}

/// Adds `code` to a multiple choice, or removes it when already chosen.
pub fn toggle(chosen: &mut Vec<Code>, code: Code) {
    match chosen.iter().position(|c| c == &code) {
        Some(i) => {
            chosen.remove(i);
        }
        None => chosen.push(code),
    }
}

/// Names one of the reference lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum List {
    Projects,
    Areas,
    VenueTypes,
    Venues,
    Formats,
    Topics,
    Languages,
    QuestionCategories,
    ReferralTargets,
    Outcomes,
    DevelopmentAreas,
    Partners,
}

mod edit;
mod funder;

#[cfg(test)]
mod tests;
