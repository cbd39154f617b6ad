//! What coordinators read: synced activities filtered by period, project, area, venue, topic,
//! language, author and review, sorted and paged. Filters, counts and sorting read the narrow
//! `activity_facts` rows that the database keeps beside each live activity (by triggers, in
//! both backends), ordered by project and date; only the page's own rows read the whole
//! documents. The query is built once for both backends (`query.rs`), which differ only in
//! how they number their parameters ([`Dialect`]).

mod query;

pub use query::{
    build, build_listing, build_matching, build_rows, build_set_reviewed, Built, Dialect, Param,
    FACT_COLUMNS,
};

use super::StorageError;
use crate::facts::Fact;
use brobygge_model::{ActivityDraft, Code};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The most rows one page may hold.
pub const MAX_PAGE: u32 = 200;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ActivityFilter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub project: Option<Code>,
    pub area: Option<Code>,
    pub venue: Option<Code>,
    pub topic: Option<Code>,
    pub language: Option<Code>,
    /// The user who logged the entries.
    pub author: Option<i64>,
    /// Only entries whose current version a coordinator has (or has not) reviewed.
    pub reviewed: Option<bool>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SortKey {
    #[default]
    Date,
    Project,
    Area,
    Venue,
    Author,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub struct Paging {
    pub offset: u32,
    pub limit: u32,
}

/// One synced activity as a coordinator sees it in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReviewRow {
    pub id: String,
    pub author: String,
    pub version: u64,
    /// Whether a coordinator has reviewed this version; a later edit makes it unreviewed.
    pub reviewed: bool,
    pub activity: ActivityDraft,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReviewPage {
    pub rows: Vec<ReviewRow>,
    /// How many activities match the filter in all.
    pub total: u64,
}

/// The question, with the projects the asker may see: none means every project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewQuery {
    pub filter: ActivityFilter,
    pub visible: Option<Vec<Code>>,
    pub sort: SortKey,
    pub descending: bool,
    pub paging: Paging,
}

pub trait Review {
    fn review(&self, query: &ReviewQuery) -> Result<ReviewPage, StorageError>;
    /// The facts of every activity that matches `filter` within `visible` projects (none:
    /// all), for the figures of an overview or a report.
    fn matching(
        &self,
        filter: &ActivityFilter,
        visible: &Option<Vec<Code>>,
    ) -> Result<Vec<Fact>, StorageError>;
    /// Every activity that matches, with its id, by date, handed to `each` one at a time as
    /// the database gives them (an export of a hundred thousand never holds them all);
    /// answers how many.
    fn listing(
        &self,
        filter: &ActivityFilter,
        visible: &Option<Vec<Code>>,
        each: &mut dyn FnMut(String, ActivityDraft) -> Result<(), StorageError>,
    ) -> Result<u64, StorageError>;
    /// Marks the current version of each of `ids` as reviewed by `by` (or clears the mark),
    /// within `visible` projects only; answers how many were marked.
    fn set_reviewed(
        &self,
        ids: &[String],
        reviewed: bool,
        by: &str,
        visible: &Option<Vec<Code>>,
    ) -> Result<u64, StorageError>;
}
