//! Coordinators' reads in SQLite: fields of the JSON document through `json_extract`.

use super::Sqlite;
use crate::storage::review::{
    build, build_matching, ActivityFilter, Dialect, Param, Review, ReviewPage, ReviewQuery,
    ReviewRow,
};
use crate::storage::StorageError;
use brobygge_model::{ActivityDraft, Code};
use rusqlite::types::Value;

struct SqliteDialect;

impl Dialect for SqliteDialect {
    fn field(&self, name: &str) -> String {
        format!("json_extract(a.document, '$.{name}')")
    }

    fn contains(&self, name: &str, param: &str) -> String {
        format!("EXISTS (SELECT 1 FROM json_each(a.document, '$.{name}') WHERE value = {param})")
    }

    fn param(&self, n: usize) -> String {
        format!("?{n}")
    }
}

fn value(p: &Param) -> Value {
    match p {
        Param::Text(s) => Value::Text(s.clone()),
        Param::Int(i) => Value::Integer(*i),
    }
}

impl Review for Sqlite {
    fn review(&self, query: &ReviewQuery) -> Result<ReviewPage, StorageError> {
        let built = build(&SqliteDialect, query);
        let all: Vec<Value> = built.params.iter().map(value).collect();
        let conn = self.conn()?;
        let filter_params = &all[..all.len() - 2];
        let total: i64 = conn.query_row(
            &built.count,
            rusqlite::params_from_iter(filter_params),
            |r| r.get(0),
        )?;
        let mut stmt = conn.prepare(&built.page)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(&all))?;
        let mut page = Vec::new();
        while let Some(r) = rows.next()? {
            let document: String = r.get(3)?;
            page.push(ReviewRow {
                id: r.get(0)?,
                author: r.get(1)?,
                version: u64::try_from(r.get::<_, i64>(2)?).unwrap_or_default(),
                activity: serde_json::from_str(&document)?,
            });
        }
        Ok(ReviewPage {
            rows: page,
            total: u64::try_from(total).unwrap_or_default(),
        })
    }

    fn matching(
        &self,
        filter: &ActivityFilter,
        visible: &Option<Vec<Code>>,
    ) -> Result<Vec<(i64, ActivityDraft)>, StorageError> {
        let (sql, params) = build_matching(&SqliteDialect, filter, visible);
        let params: Vec<Value> = params.iter().map(value).collect();
        let conn = self.conn()?;
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(&params))?;
        let mut all = Vec::new();
        while let Some(r) = rows.next()? {
            let document = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            all.push((r.get(0)?, serde_json::from_str(document)?));
        }
        Ok(all)
    }
}
