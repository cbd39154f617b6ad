//! What the figures of an overview or a report need of one activity, and nothing more: who
//! logged it, where and when, for how long, whom it reached (and how many of them were new to
//! the project), its topics and languages, the referrals made and questions asked, the
//! project's outcomes it counted and its partners.
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
    /// Of them, the women, men, girls and boys new to the project; none when not asked.
    pub new_people: Option<[u32; 4]>,
    pub topics: Vec<Key>,
    pub languages: Vec<Key>,
    /// Referrals made, by target: each target once, with a count above zero.
    pub referrals: Vec<(Key, u32)>,
    /// Questions asked, by category: each category once, with a count above zero.
    pub questions: Vec<(Key, u32)>,
    /// The project's outcome counters added to: each once, with a count above zero.
    pub outcomes: Vec<(Key, u32)>,
    pub partners: Vec<Key>,
    /// The other users who ran it, each with their minutes (none: the occasion's).
    pub co_hosts: Vec<(i64, Option<u32>)>,
}

/// The co-hosts of a JSON array of them (`[{"user":7,"minutes":60}]`, either database's way);
/// nothing from text that is not such an array.
pub fn hosts_of(json: &str) -> Vec<(i64, Option<u32>)> {
    if json == "[]" {
        return Vec::new();
    }
    (serde_json::from_str::<Vec<brobygge_model::CoHost>>(json))
        .map(|hosts| hosts.into_iter().map(|h| (h.user, h.minutes)).collect())
        .unwrap_or_default()
}

/// The codes of a JSON array of codes (`["diet","sleep"]`): codes are plain ASCII without
/// quotes, so they are the text between each pair of quotes.
pub fn codes_of(json: &str) -> Vec<Key> {
    json.split('"').skip(1).step_by(2).map(Key::from).collect()
}

/// The lines of a JSON array of referral, question or outcome lines (`[{"target":
/// "vardcentral","count":2}]`, or `"category"` for a question, `"outcome"` for an outcome), as
/// code and count; nothing from text that is not such an array (the columns hold what the
/// server's own validation let through).
pub fn lines_of(json: &str) -> Vec<(Key, u32)> {
    #[derive(serde::Deserialize)]
    struct Line {
        #[serde(alias = "category", alias = "outcome")]
        target: Key,
        count: u32,
    }
    if json == "[]" {
        return Vec::new();
    }
    serde_json::from_str::<Vec<Line>>(json)
        .map(|lines| lines.into_iter().map(|l| (l.target, l.count)).collect())
        .unwrap_or_default()
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
            new_people: (a.new_people).map(|n| [n.women, n.men, n.girls, n.boys].map(|c| c.get())),
            topics: a.topics.iter().map(|c| Key::from(c.as_str())).collect(),
            languages: a.languages.iter().map(|c| Key::from(c.as_str())).collect(),
            referrals: (a.referrals.iter())
                .map(|r| (Key::from(r.target.as_str()), r.count.get()))
                .collect(),
            questions: (a.questions.iter())
                .map(|q| (Key::from(q.category.as_str()), q.count.get()))
                .collect(),
            outcomes: (a.outcomes.iter())
                .map(|o| (Key::from(o.outcome.as_str()), o.count.get()))
                .collect(),
            partners: a.partners.iter().map(|c| Key::from(c.as_str())).collect(),
            co_hosts: a.co_hosts.iter().map(|h| (h.user, h.minutes)).collect(),
        }
    }

    pub fn total(&self) -> u32 {
        self.people.iter().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::{codes_of, lines_of, once, Key};

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

    #[test]
    fn lines_come_out_of_their_json_array_as_either_database_writes_it() {
        let sqlite = r#"[{"target":"vardcentral","count":2},{"target":"1177","count":1}]"#;
        let postgres = r#"[{"count": 2, "target": "vardcentral"}, {"count": 1, "target": "1177"}]"#;
        let expected = [(Key::from("vardcentral"), 2), (Key::from("1177"), 1)];
        assert_eq!(lines_of(sqlite), expected);
        assert_eq!(lines_of(postgres), expected);
        assert_eq!(
            lines_of(r#"[{"category":"housing","count":3}]"#),
            [(Key::from("housing"), 3)]
        );
        assert!(lines_of("[]").is_empty());
        assert!(lines_of("not json").is_empty());
    }
}
