//! What coordinators read: synced activities filtered by period, project, area, venue, topic,
//! language and author, sorted and paged. The query is built once here for both backends,
//! which differ only in how they name a JSON field, test an array for a value and number
//! their parameters ([`Dialect`]).

use super::StorageError;
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
    /// Every activity that matches `filter` within `visible` projects (none: all), with the
    /// user who logged it.
    fn matching(
        &self,
        filter: &ActivityFilter,
        visible: &Option<Vec<Code>>,
    ) -> Result<Vec<(i64, ActivityDraft)>, StorageError>;
}

/// A value bound to a parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Param {
    Text(String),
    Int(i64),
}

/// How a backend's SQL says the few things that differ.
pub trait Dialect {
    /// The text of a top-level field of the document.
    fn field(&self, name: &str) -> String;
    /// Whether the array field `name` holds the value of parameter `param`.
    fn contains(&self, name: &str, param: &str) -> String;
    /// The `n`th parameter, from 1.
    fn param(&self, n: usize) -> String;
}

/// The SQL for one page and for the count of all that match, with their parameters (the
/// page's limit and offset are the last two).
pub struct Built {
    pub page: String,
    pub count: String,
    pub params: Vec<Param>,
}

/// The conditions for `filter` within `visible` projects, binding their values to `params`.
fn conditions(
    dialect: &impl Dialect,
    filter: &ActivityFilter,
    visible: &Option<Vec<Code>>,
    params: &mut Vec<Param>,
) -> String {
    let mut bind = |p: Param| {
        params.push(p);
        dialect.param(params.len())
    };
    let mut conditions = vec!["NOT a.deleted".to_owned()];
    let f = filter;
    if let Some(from) = f.from {
        let p = bind(Param::Text(from.to_string()));
        conditions.push(format!("{} >= {p}", dialect.field("date")));
    }
    if let Some(to) = f.to {
        let p = bind(Param::Text(to.to_string()));
        conditions.push(format!("{} <= {p}", dialect.field("date")));
    }
    for (name, value) in [
        ("project", &f.project),
        ("area", &f.area),
        ("venue", &f.venue),
    ] {
        if let Some(code) = value {
            let p = bind(Param::Text(code.as_str().to_owned()));
            conditions.push(format!("{} = {p}", dialect.field(name)));
        }
    }
    for (name, value) in [("topics", &f.topic), ("languages", &f.language)] {
        if let Some(code) = value {
            let p = bind(Param::Text(code.as_str().to_owned()));
            conditions.push(dialect.contains(name, &p));
        }
    }
    if let Some(author) = f.author {
        let p = bind(Param::Int(author));
        conditions.push(format!("a.user_id = {p}"));
    }
    if let Some(visible) = visible {
        let list: Vec<String> = visible
            .iter()
            .map(|c| bind(Param::Text(c.as_str().to_owned())))
            .collect();
        let list = if list.is_empty() {
            "NULL".to_owned()
        } else {
            list.join(", ")
        };
        conditions.push(format!("{} IN ({list})", dialect.field("project")));
    }
    conditions.join(" AND ")
}

/// Every matching activity's author and document, for the figures of an overview or report.
pub fn build_matching(
    dialect: &impl Dialect,
    filter: &ActivityFilter,
    visible: &Option<Vec<Code>>,
) -> (String, Vec<Param>) {
    let mut params = Vec::new();
    let filter = conditions(dialect, filter, visible, &mut params);
    (
        format!("SELECT a.user_id, a.document FROM activities a WHERE {filter}"),
        params,
    )
}

pub fn build(dialect: &impl Dialect, query: &ReviewQuery) -> Built {
    let mut params = Vec::new();
    let filter = conditions(dialect, &query.filter, &query.visible, &mut params);
    let order = match query.sort {
        SortKey::Date => format!(
            "{} {{dir}}, {} {{dir}}",
            dialect.field("date"),
            dialect.field("start_time")
        ),
        SortKey::Project => format!("{} {{dir}}", dialect.field("project")),
        SortKey::Area => format!("{} {{dir}}", dialect.field("area")),
        SortKey::Venue => format!("{} {{dir}}", dialect.field("venue")),
        SortKey::Author => "u.name {dir}".to_owned(),
    }
    .replace("{dir}", if query.descending { "DESC" } else { "ASC" });
    let count = format!("SELECT count(*) FROM activities a WHERE {filter}");
    params.push(Param::Int(i64::from(query.paging.limit.min(MAX_PAGE))));
    let limit = dialect.param(params.len());
    params.push(Param::Int(i64::from(query.paging.offset)));
    let offset = dialect.param(params.len());
    let page = format!(
        "SELECT a.id, u.name, a.version, a.document FROM activities a
         JOIN users u ON u.id = a.user_id
         WHERE {filter} ORDER BY {order}, a.id LIMIT {limit} OFFSET {offset}"
    );
    Built {
        page,
        count,
        params,
    }
}
