//! Coordinators' reads in PostgreSQL: fields of the document as `jsonb`.

use super::Postgres;
use crate::storage::review::{
    build, build_matching, ActivityFilter, Dialect, Param, Review, ReviewPage, ReviewQuery,
    ReviewRow,
};
use crate::storage::StorageError;
use brobygge_model::{ActivityDraft, Code};
use postgres::types::ToSql;

struct PgDialect;

impl Dialect for PgDialect {
    fn field(&self, name: &str) -> String {
        format!("(a.document::jsonb ->> '{name}')")
    }

    fn contains(&self, name: &str, param: &str) -> String {
        format!("((a.document::jsonb -> '{name}') ? {param}::text)")
    }

    fn param(&self, n: usize) -> String {
        format!("${n}")
    }
}

fn value(p: &Param) -> Box<dyn ToSql + Sync> {
    match p {
        Param::Text(s) => Box::new(s.clone()),
        Param::Int(i) => Box::new(*i),
    }
}

impl Review for Postgres {
    fn review(&self, query: &ReviewQuery) -> Result<ReviewPage, StorageError> {
        let built = build(&PgDialect, query);
        let owned: Vec<Box<dyn ToSql + Sync>> = built.params.iter().map(value).collect();
        let all: Vec<&(dyn ToSql + Sync)> = owned.iter().map(|b| b.as_ref()).collect();
        let mut client = self.client()?;
        let total: i64 = client
            .query_one(&built.count, &all[..all.len() - 2])?
            .get(0);
        let rows = client
            .query(&built.page, &all)?
            .iter()
            .map(|r| {
                Ok(ReviewRow {
                    id: r.get(0),
                    author: r.get(1),
                    version: u64::try_from(r.get::<_, i64>(2)).unwrap_or_default(),
                    activity: serde_json::from_str(r.get::<_, &str>(3))?,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        Ok(ReviewPage {
            rows,
            total: u64::try_from(total).unwrap_or_default(),
        })
    }

    fn matching(
        &self,
        filter: &ActivityFilter,
        visible: &Option<Vec<Code>>,
    ) -> Result<Vec<(i64, ActivityDraft)>, StorageError> {
        let (sql, params) = build_matching(&PgDialect, filter, visible);
        let owned: Vec<Box<dyn ToSql + Sync>> = params.iter().map(value).collect();
        let params: Vec<&(dyn ToSql + Sync)> = owned.iter().map(|b| b.as_ref()).collect();
        self.client()?
            .query(&sql, &params)?
            .iter()
            .map(|r| Ok((r.get(0), serde_json::from_str(r.get::<_, &str>(1))?)))
            .collect()
    }
}
