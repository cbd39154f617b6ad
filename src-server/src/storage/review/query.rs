//! The SQL that reads and marks coordinators' activities, built once for both backends from a
//! filter, the projects the asker may see, a sort and a page.

use super::{ActivityFilter, ReviewQuery, SortKey, MAX_PAGE};
use brobygge_model::Code;

/// A value bound to a parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Param {
    Text(String),
    Int(i64),
    Bool(bool),
}

/// How a backend's SQL says the one thing that differs.
pub trait Dialect {
    /// The `n`th parameter, from 1.
    fn param(&self, n: usize) -> String;
}

/// The columns of `activity_facts` that make a [`Fact`](crate::facts::Fact), in the order its
/// readers expect: user, project, date, area, venue, venue type, minutes, the five counts,
/// topics, languages, referrals, questions, outcomes, partners and co-hosts (as JSON text), and
/// the four counts of people new to the project.
pub const FACT_COLUMNS: &str = "f.user_id, f.project, f.date, f.area, f.venue, f.venue_type,
    f.minutes, f.women, f.men, f.girls, f.boys, f.other, f.topics, f.languages, f.referrals,
    f.questions, f.outcomes, f.partners, f.co_hosts, f.new_women, f.new_men, f.new_girls,
    f.new_boys";

/// The SQL for the count of all that match, for the ids of one page in order, and for the
/// rows of given ids, with the parameters of the first two (the page's limit and offset are
/// the last two).
pub struct Built {
    pub count: String,
    pub page: String,
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
    let mut conditions = vec!["TRUE".to_owned()];
    let f = filter;
    if let Some(from) = f.from {
        let p = bind(Param::Text(from.to_string()));
        conditions.push(format!("f.date >= {p}"));
    }
    if let Some(to) = f.to {
        let p = bind(Param::Text(to.to_string()));
        conditions.push(format!("f.date <= {p}"));
    }
    for (column, value) in [
        ("project", &f.project),
        ("area", &f.area),
        ("venue", &f.venue),
    ] {
        if let Some(code) = value {
            let p = bind(Param::Text(code.as_str().to_owned()));
            conditions.push(format!("f.{column} = {p}"));
        }
    }
    // The arrays are JSON text of codes, which are plain ASCII without quotes: a code is in
    // the array exactly when its quoted form is in the text.
    for (name, value) in [("topics", &f.topic), ("languages", &f.language)] {
        if let Some(code) = value {
            let p = bind(Param::Text(format!("%\"{}\"%", code.as_str())));
            conditions.push(format!("f.{name} LIKE {p}"));
        }
    }
    if let Some(author) = f.author {
        let p = bind(Param::Int(author));
        conditions.push(format!("f.user_id = {p}"));
    }
    if let Some(reviewed) = f.reviewed {
        let p = bind(Param::Bool(reviewed));
        conditions.push(format!("f.reviewed = {p}"));
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
        conditions.push(format!("f.project IN ({list})"));
    }
    conditions.join(" AND ")
}

/// The facts of every matching activity, for the figures of an overview or a report.
pub fn build_matching(
    dialect: &impl Dialect,
    filter: &ActivityFilter,
    visible: &Option<Vec<Code>>,
) -> (String, Vec<Param>) {
    let mut params = Vec::new();
    let filter = conditions(dialect, filter, visible, &mut params);
    (
        format!("SELECT {FACT_COLUMNS} FROM activity_facts f WHERE {filter}"),
        params,
    )
}

/// Every matching activity's id and document, by date, for an export.
pub fn build_listing(
    dialect: &impl Dialect,
    filter: &ActivityFilter,
    visible: &Option<Vec<Code>>,
) -> (String, Vec<Param>) {
    let mut params = Vec::new();
    let filter = conditions(dialect, filter, visible, &mut params);
    (
        format!(
            "SELECT a.id, a.document FROM activity_facts f JOIN activities a ON a.id = f.id
             WHERE {filter} ORDER BY f.date, f.start_time, f.id"
        ),
        params,
    )
}

/// The statement that marks (`$1` true) or unmarks reviewed the activities whose ids follow
/// `$1` and `$2` (who), within the visible projects; `ids` and `visible` count the parameters.
pub fn build_set_reviewed(
    dialect: &impl Dialect,
    ids: usize,
    visible: &Option<Vec<Code>>,
) -> String {
    let list = |from: usize, n: usize| {
        (from..from + n)
            .map(|i| dialect.param(i))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut sql = format!(
        "UPDATE activities AS a SET
             reviewed_version = CASE WHEN {mark} THEN a.version ELSE NULL END,
             reviewed_by = CASE WHEN {mark} THEN {by} ELSE NULL END
         WHERE NOT a.deleted AND a.id IN ({ids})",
        mark = dialect.param(1),
        by = dialect.param(2),
        ids = if ids == 0 {
            "NULL".into()
        } else {
            list(3, ids)
        },
    );
    if let Some(visible) = visible {
        let projects = if visible.is_empty() {
            "NULL".into()
        } else {
            list(3 + ids, visible.len())
        };
        sql.push_str(&format!(" AND a.project IN ({projects})"));
    }
    sql
}

/// The rows of the activities whose ids are the `n` parameters from the first: their author's
/// name, version, document and review mark.
pub fn build_rows(dialect: &impl Dialect, n: usize) -> String {
    let ids = if n == 0 {
        "NULL".to_owned()
    } else {
        (1..=n)
            .map(|i| dialect.param(i))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "SELECT a.id, u.name, a.version, a.document, a.reviewed_version FROM activities a
         JOIN users u ON u.id = a.user_id WHERE a.id IN ({ids})"
    )
}

pub fn build(dialect: &impl Dialect, query: &ReviewQuery) -> Built {
    let mut params = Vec::new();
    let filter = conditions(dialect, &query.filter, &query.visible, &mut params);
    let order = match query.sort {
        SortKey::Date => "f.date {dir}, f.start_time {dir}",
        SortKey::Project => "f.project {dir}",
        SortKey::Area => "f.area {dir}",
        SortKey::Venue => "f.venue {dir}",
        SortKey::Author => "u.name {dir}",
    }
    .replace("{dir}", if query.descending { "DESC" } else { "ASC" });
    let count = format!("SELECT count(*) FROM activity_facts f WHERE {filter}");
    params.push(Param::Int(i64::from(query.paging.limit.min(MAX_PAGE))));
    let limit = dialect.param(params.len());
    params.push(Param::Int(i64::from(query.paging.offset)));
    let offset = dialect.param(params.len());
    // The author's name is needed only to sort by it.
    let users = if query.sort == SortKey::Author {
        "JOIN users u ON u.id = f.user_id"
    } else {
        ""
    };
    let page = format!(
        "SELECT f.id FROM activity_facts f {users}
         WHERE {filter} ORDER BY {order}, f.id LIMIT {limit} OFFSET {offset}"
    );
    Built {
        count,
        page,
        params,
    }
}
