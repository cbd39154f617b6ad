//! Per-field resolution of a device's edit against the versions made since the version the
//! device last saw. A field is a path to a value that is not an object (`people.women`,
//! `topics`, `note`). A field only the device changed takes the device's value; a field only
//! someone else changed keeps theirs; a field both changed to different values is a conflict:
//! a coordinator's correction wins over the device, otherwise the later edit (the device's)
//! wins, and the losing value is reported so that it can be kept for review. A field missing
//! from the device's document is one its app does not know, and keeps the server's value.

use crate::storage::Author;
use serde_json::{Map, Value};

/// A version of the document and who made it.
pub struct Version<'a> {
    pub document: &'a Value,
    pub author: &'a Author,
}

/// A field both sides changed.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldConflict {
    pub field: String,
    pub kept: Value,
    pub lost: Value,
    pub lost_author: Author,
}

/// Merges `incoming` (by `device`) into the history `versions`, whose first element is the
/// version the device last saw and whose last is the server's current one.
pub fn merge(
    versions: &[Version<'_>],
    incoming: &Value,
    device: &Author,
) -> (Value, Vec<FieldConflict>) {
    let (Some(base), Some(current)) = (versions.first(), versions.last()) else {
        return (incoming.clone(), Vec::new());
    };
    let mut conflicts = Vec::new();
    let merged = merge_at(
        "",
        &Context { versions, device },
        Some(base.document),
        Some(current.document),
        Some(incoming),
        &mut conflicts,
    );
    (merged.unwrap_or(Value::Null), conflicts)
}

struct Context<'a, 'v> {
    versions: &'a [Version<'v>],
    device: &'a Author,
}

fn merge_at(
    path: &str,
    cx: &Context<'_, '_>,
    base: Option<&Value>,
    current: Option<&Value>,
    incoming: Option<&Value>,
    conflicts: &mut Vec<FieldConflict>,
) -> Option<Value> {
    if let (Some(Value::Object(c)), Some(Value::Object(i))) = (current, incoming) {
        let b = base.and_then(Value::as_object);
        let mut out = Map::new();
        let keys = c.keys().chain(i.keys().filter(|k| !c.contains_key(*k)));
        for key in keys.cloned().collect::<Vec<_>>() {
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            let value = merge_at(
                &child,
                cx,
                b.and_then(|b| b.get(&key)),
                c.get(&key),
                i.get(&key),
                conflicts,
            );
            if let Some(v) = value {
                out.insert(key, v);
            }
        }
        return Some(Value::Object(out));
    }
    // A field the device's document lacks altogether is one its app does not know (an app
    // from before the field): the device did not change it.
    if incoming.is_none() || incoming == base || current == incoming {
        return current.cloned();
    }
    if current == base {
        return incoming.cloned();
    }
    let (kept, lost, lost_author) = if corrected_by(path, cx.versions) {
        (current, incoming, cx.device.clone())
    } else {
        (incoming, current, last_author(path, cx.versions).clone())
    };
    conflicts.push(FieldConflict {
        field: path.to_owned(),
        kept: kept.cloned().unwrap_or(Value::Null),
        lost: lost.cloned().unwrap_or(Value::Null),
        lost_author,
    });
    kept.cloned()
}

/// The value at a dotted path, if there is one.
pub fn at<'v>(document: &'v Value, path: &str) -> Option<&'v Value> {
    path.split('.').try_fold(document, |v, key| v.get(key))
}

/// The value at a dotted path, to change it.
pub fn at_mut<'v>(document: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    path.split('.').try_fold(document, |v, key| v.get_mut(key))
}

/// Whether a coordinator changed the field in one of the versions after the base.
fn corrected_by(path: &str, versions: &[Version<'_>]) -> bool {
    versions.windows(2).any(|pair| {
        matches!(pair[1].author, Author::Coordinator(_))
            && at(pair[0].document, path) != at(pair[1].document, path)
    })
}

/// Who last changed the field after the base.
fn last_author<'a>(path: &str, versions: &'a [Version<'_>]) -> &'a Author {
    versions
        .windows(2)
        .rev()
        .find(|pair| at(pair[0].document, path) != at(pair[1].document, path))
        .map_or(versions[versions.len() - 1].author, |pair| pair[1].author)
}

#[cfg(test)]
mod tests;
