//! Coordinators' reads in SQLite.

use super::Sqlite;
use crate::facts::Fact;
use crate::storage::review::{
    build, build_listing, build_matching, build_rows, build_set_reviewed, ActivityFilter, Dialect,
    Param, Review, ReviewPage, ReviewQuery, ReviewRow,
};
use crate::storage::rows::fact_from_columns;
use crate::storage::StorageError;
use brobygge_model::{ActivityDraft, Code};
use rusqlite::types::Value;
use std::collections::HashMap;

struct SqliteDialect;

impl Dialect for SqliteDialect {
    fn param(&self, n: usize) -> String {
        format!("?{n}")
    }
}

fn value(p: &Param) -> Value {
    match p {
        Param::Text(s) => Value::Text(s.clone()),
        Param::Int(i) => Value::Integer(*i),
        Param::Bool(b) => Value::Integer(i64::from(*b)),
    }
}

impl Review for Sqlite {
    fn review(&self, query: &ReviewQuery) -> Result<ReviewPage, StorageError> {
        let built = build(&SqliteDialect, query);
        let all: Vec<Value> = built.params.iter().map(value).collect();
        let conn = self.read()?;
        let filter_params = &all[..all.len() - 2];
        let total: i64 = conn.query_row(
            &built.count,
            rusqlite::params_from_iter(filter_params),
            |r| r.get(0),
        )?;
        let ids = conn
            .prepare(&built.page)?
            .query_map(rusqlite::params_from_iter(&all), |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = conn.prepare(&build_rows(&SqliteDialect, ids.len()))?;
        let mut rows = stmt.query(rusqlite::params_from_iter(&ids))?;
        let mut found = HashMap::new();
        while let Some(r) = rows.next()? {
            let document: String = r.get(3)?;
            let version: i64 = r.get(2)?;
            let row = ReviewRow {
                id: r.get(0)?,
                author: r.get(1)?,
                version: u64::try_from(version).unwrap_or_default(),
                reviewed: r.get::<_, Option<i64>>(4)? == Some(version),
                activity: serde_json::from_str(&document)?,
            };
            found.insert(row.id.clone(), row);
        }
        Ok(ReviewPage {
            rows: ids.iter().filter_map(|id| found.remove(id)).collect(),
            total: u64::try_from(total).unwrap_or_default(),
        })
    }

    fn matching(
        &self,
        filter: &ActivityFilter,
        visible: &Option<Vec<Code>>,
    ) -> Result<Vec<Fact>, StorageError> {
        let (sql, params) = build_matching(&SqliteDialect, filter, visible);
        let params: Vec<Value> = params.iter().map(value).collect();
        let conn = self.read()?;
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(&params))?;
        let mut all = Vec::new();
        while let Some(r) = rows.next()? {
            let text = |i: usize| -> rusqlite::Result<&str> {
                Ok(r.get_ref(i)?.as_str_or_null()?.unwrap_or_default())
            };
            let number = |i: usize| -> rusqlite::Result<u32> { r.get(i) };
            all.push(fact_from_columns(
                r.get(0)?,
                [text(1)?, text(2)?, text(3)?, text(4)?, text(5)?],
                [
                    number(6)?,
                    number(7)?,
                    number(8)?,
                    number(9)?,
                    number(10)?,
                    number(11)?,
                ],
                [
                    text(12)?,
                    text(13)?,
                    text(14)?,
                    text(15)?,
                    text(16)?,
                    text(17)?,
                    text(18)?,
                ],
                [r.get(19)?, r.get(20)?, r.get(21)?, r.get(22)?],
            )?);
        }
        Ok(all)
    }

    fn listing(
        &self,
        filter: &ActivityFilter,
        visible: &Option<Vec<Code>>,
        each: &mut dyn FnMut(String, ActivityDraft) -> Result<(), StorageError>,
    ) -> Result<u64, StorageError> {
        let (sql, params) = build_listing(&SqliteDialect, filter, visible);
        let params: Vec<Value> = params.iter().map(value).collect();
        let conn = self.read()?;
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(&params))?;
        let mut count = 0;
        while let Some(r) = rows.next()? {
            let document = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            each(r.get(0)?, serde_json::from_str(document)?)?;
            count += 1;
        }
        Ok(count)
    }

    fn set_reviewed(
        &self,
        ids: &[String],
        reviewed: bool,
        by: &str,
        visible: &Option<Vec<Code>>,
    ) -> Result<u64, StorageError> {
        let sql = build_set_reviewed(&SqliteDialect, ids.len(), visible);
        let mut params = vec![
            Value::Integer(i64::from(reviewed)),
            Value::Text(by.to_owned()),
        ];
        params.extend(ids.iter().map(|i| Value::Text(i.clone())));
        params.extend(visible.iter().flatten().map(|c| Value::Text(c.to_string())));
        let changed = self
            .conn()?
            .execute(&sql, rusqlite::params_from_iter(&params))?;
        Ok(changed as u64)
    }
}
