//! What the figures of an overview or a report need of one activity, and nothing more: who
//! logged it, where and when, for how long, whom it reached, and its topics and languages.
//! The storage keeps these beside each activity (in `activity_facts`), so that figures for a
//! project-year read a few narrow rows in order instead of every whole document.

use brobygge_model::ActivityDraft;
use chrono::NaiveDate;
use compact_str::CompactString;

/// A code kept inline, without an allocation of its own: figures for a project-year read tens
/// of thousands of facts at a time.
pub type Key = CompactString;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fact {
    pub user: i64,
    pub project: Key,
    pub date: Option<NaiveDate>,
    pub area: Key,
    pub venue: Key,
    pub venue_type: Key,
    pub minutes: u32,
    /// Women, men, girls, boys and other or unstated, in that order.
    pub people: [u32; 5],
    pub topics: Vec<Key>,
    pub languages: Vec<Key>,
}

/// The codes of a JSON array of codes (`["diet","sleep"]`): codes are plain ASCII without
/// quotes, so they are the text between each pair of quotes.
pub fn codes_of(json: &str) -> Vec<Key> {
    json.split('"').skip(1).step_by(2).map(Key::from).collect()
}

/// `list` without repeats, in order: an occasion counts once under each of its codes.
pub fn once(list: &[Key]) -> impl Iterator<Item = &str> {
    list.iter()
        .enumerate()
        .filter(|(i, k)| !list[..*i].contains(k))
        .map(|(_, k)| k.as_str())
}

impl Fact {
    /// The facts of `activity`, logged by `user`.
    pub fn of(user: i64, a: &ActivityDraft) -> Fact {
        let text = |c: &Option<brobygge_model::Code>| {
            c.as_ref().map_or(Key::default(), |c| Key::from(c.as_str()))
        };
        let p = &a.people;
        Fact {
            user,
            project: text(&a.project),
            date: a.date,
            area: text(&a.area),
            venue: text(&a.venue),
            venue_type: text(&a.venue_type),
            minutes: a.duration_minutes.unwrap_or(0),
            people: [p.women, p.men, p.girls, p.boys, p.other].map(|c| c.get()),
            topics: a.topics.iter().map(|c| Key::from(c.as_str())).collect(),
            languages: a.languages.iter().map(|c| Key::from(c.as_str())).collect(),
        }
    }

    pub fn total(&self) -> u32 {
        self.people.iter().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::{codes_of, once, Key};

    #[test]
    fn codes_come_out_of_their_json_array() {
        assert_eq!(
            codes_of(r#"["diet","sleep"]"#),
            [Key::from("diet"), Key::from("sleep")]
        );
        assert!(codes_of("[]").is_empty());
        let twice = codes_of(r#"["ar","sv","ar"]"#);
        assert_eq!(once(&twice).collect::<Vec<_>>(), ["ar", "sv"]);
    }
}
