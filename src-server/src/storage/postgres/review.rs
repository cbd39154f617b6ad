//! Coordinators' reads in PostgreSQL.

use super::Postgres;
use crate::facts::Fact;
use crate::storage::review::{
    build, build_listing, build_matching, build_rows, build_set_reviewed, ActivityFilter, Dialect,
    Param, Review, ReviewPage, ReviewQuery, ReviewRow,
};
use crate::storage::rows::fact_from_columns;
use crate::storage::StorageError;
use brobygge_model::{ActivityDraft, Code};
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use std::collections::HashMap;

struct PgDialect;

impl Dialect for PgDialect {
    fn param(&self, n: usize) -> String {
        format!("${n}")
    }
}

fn value(p: &Param) -> Box<dyn ToSql + Sync> {
    match p {
        Param::Text(s) => Box::new(s.clone()),
        Param::Int(i) => Box::new(*i),
        Param::Bool(b) => Box::new(*b),
    }
}

fn bound(params: &[Param]) -> Vec<Box<dyn ToSql + Sync>> {
    params.iter().map(value).collect()
}

fn refs(owned: &[Box<dyn ToSql + Sync>]) -> Vec<&(dyn ToSql + Sync)> {
    owned.iter().map(|b| b.as_ref()).collect()
}

impl Review for Postgres {
    fn review(&self, query: &ReviewQuery) -> Result<ReviewPage, StorageError> {
        let built = build(&PgDialect, query);
        let owned = bound(&built.params);
        let all = refs(&owned);
        let mut client = self.client()?;
        let total: i64 = client
            .query_one(&built.count, &all[..all.len() - 2])?
            .get(0);
        let ids: Vec<String> = client
            .query(&built.page, &all)?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let id_params: Vec<&(dyn ToSql + Sync)> =
            ids.iter().map(|i| i as &(dyn ToSql + Sync)).collect();
        let mut found = HashMap::new();
        for r in client.query(&build_rows(&PgDialect, ids.len()), &id_params)? {
            let version: i64 = r.get(2);
            let row = ReviewRow {
                id: r.get(0),
                author: r.get(1),
                version: u64::try_from(version).unwrap_or_default(),
                reviewed: r.get::<_, Option<i64>>(4) == Some(version),
                activity: serde_json::from_str(r.get::<_, &str>(3))?,
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
        let (sql, params) = build_matching(&PgDialect, filter, visible);
        let owned = bound(&params);
        self.client()?
            .query(&sql, &refs(&owned))?
            .iter()
            .map(|r| {
                let text = |i: usize| r.get::<_, Option<&str>>(i).unwrap_or_default();
                let number = |i: usize| u32::try_from(r.get::<_, i32>(i)).unwrap_or_default();
                fact_from_columns(
                    r.get(0),
                    [text(1), text(2), text(3), text(4), text(5)],
                    [
                        number(6),
                        number(7),
                        number(8),
                        number(9),
                        number(10),
                        number(11),
                    ],
                    [12, 13, 14, 15, 16, 17, 18].map(text),
                    [19, 20, 21, 22].map(|i| {
                        let n = r.get::<_, Option<i32>>(i);
                        n.and_then(|n| u32::try_from(n).ok())
                    }),
                )
            })
            .collect()
    }

    fn listing(
        &self,
        filter: &ActivityFilter,
        visible: &Option<Vec<Code>>,
        each: &mut dyn FnMut(String, ActivityDraft) -> Result<(), StorageError>,
    ) -> Result<u64, StorageError> {
        let (sql, params) = build_listing(&PgDialect, filter, visible);
        let owned = bound(&params);
        let mut client = self.client()?;
        // Rows as the server sends them, not a result held whole.
        let mut rows = client.query_raw(&sql, refs(&owned))?;
        let mut count = 0;
        while let Some(r) = rows.next()? {
            each(r.get(0), serde_json::from_str(r.get::<_, &str>(1))?)?;
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
        let sql = build_set_reviewed(&PgDialect, ids.len(), visible);
        let mut params: Vec<&(dyn ToSql + Sync)> = vec![&reviewed, &by];
        params.extend(ids.iter().map(|i| i as &(dyn ToSql + Sync)));
        let projects: Vec<&str> = visible.iter().flatten().map(Code::as_str).collect();
        params.extend(projects.iter().map(|p| p as &(dyn ToSql + Sync)));
        Ok(self.client()?.execute(&sql, &params)?)
    }
}
