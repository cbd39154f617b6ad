//! The figures of a coordinator's overview, from the activities that match a period and
//! project: people reached by gender, by month and by area; occasions and hours; the topics,
//! languages and venues; referrals and questions; how many guides were active; and each
//! person's volunteer hours. Computed here, the same for both backends, so that a test can
//! check them against numbers worked out by hand.
use crate::facts::{once, Fact};
use chrono::Datelike;
use std::collections::{BTreeMap, BTreeSet};

pub use brobygge_model::overview::{HoursLine, Overview, Reach, Tally};

#[derive(Default)]
struct Counter(BTreeMap<String, (u64, u64)>);

impl Counter {
    /// Counts one occasion under `key`; the key is copied only the first time it is seen.
    fn add(&mut self, key: &str, people: u64) {
        match self.0.get_mut(key) {
            Some(entry) => {
                entry.0 += 1;
                entry.1 += people;
            }
            None => {
                self.0.insert(key.to_owned(), (1, people));
            }
        }
    }

    fn in_order(self) -> Vec<Tally> {
        self.0
            .into_iter()
            .map(|(key, (occasions, people))| Tally {
                key,
                occasions,
                people,
            })
            .collect()
    }

    fn most_first(self) -> Vec<Tally> {
        let mut tallies = self.in_order();
        tallies.sort_by(|a, b| b.people.cmp(&a.people).then(a.key.cmp(&b.key)));
        tallies
    }
}

/// The overview of `entries`.
pub fn overview(entries: &[Fact]) -> Overview {
    let mut o = Overview::default();
    let mut by_month = BTreeMap::<(i32, u32), (u64, u64)>::new();
    let mut areas = Counter::default();
    let mut topics = Counter::default();
    let mut languages = Counter::default();
    let mut venues = Counter::default();
    let (mut referrals, mut questions) = (Counter::default(), Counter::default());
    let mut guides = BTreeSet::new();
    for a in entries {
        let [women, men, girls, boys, other] = a.people.map(u64::from);
        let people = u64::from(a.total());
        o.occasions += 1;
        o.minutes += u64::from(a.minutes);
        o.people.women += women;
        o.people.men += men;
        o.people.girls += girls;
        o.people.boys += boys;
        o.people.other += other;
        o.people.total += people;
        o.new_people += a
            .new_people
            .map_or(0, |n| n.iter().map(|&n| u64::from(n)).sum());
        if let Some(date) = a.date {
            let month = by_month
                .entry((date.year(), date.month()))
                .or_insert((0, 0));
            month.0 += 1;
            month.1 += people;
        }
        if !a.area.is_empty() {
            areas.add(a.area.as_str(), people);
        }
        if !a.venue.is_empty() {
            venues.add(a.venue.as_str(), people);
        }
        // An occasion counts once for each topic and language it had.
        for topic in once(&a.topics) {
            topics.add(topic, people);
        }
        for language in once(&a.languages) {
            languages.add(language, people);
        }
        for (target, count) in &a.referrals {
            referrals.add(target, u64::from(*count));
        }
        for (category, count) in &a.questions {
            questions.add(category, u64::from(*count));
        }
        guides.insert(a.user);
    }
    o.by_month = by_month
        .into_iter()
        .map(|((year, month), (occasions, people))| Tally {
            key: format!("{year:04}-{month:02}"),
            occasions,
            people,
        })
        .collect();
    o.by_area = areas.most_first();
    o.topics = topics.most_first();
    o.languages = languages.most_first();
    o.venues = venues.most_first();
    o.referrals = referrals.most_first();
    o.questions = questions.most_first();
    o.active_guides = guides.len() as u64;
    o
}

/// Each person's occasions and minutes in `entries`, by name, as the one who logged it or as
/// a co-host (for their own time): every one of `people` (their id and name), with nothing
/// logged too, and anyone else who logged or co-hosted one of them (named by `name_of`).
pub fn hours(
    entries: &[Fact],
    people: &[(i64, String)],
    name_of: impl Fn(i64) -> String,
) -> Vec<HoursLine> {
    let mut lines: BTreeMap<i64, HoursLine> = people
        .iter()
        .map(|(user, name)| {
            let line = HoursLine {
                user: *user,
                name: name.clone(),
                occasions: 0,
                minutes: 0,
            };
            (*user, line)
        })
        .collect();
    // Whoever logged an occasion, and each co-host, for their own time.
    for a in entries {
        let hosts =
            (a.co_hosts.iter()).map(|(user, minutes)| (*user, minutes.unwrap_or(a.minutes)));
        for (user, minutes) in [(a.user, a.minutes)].into_iter().chain(hosts) {
            let line = lines.entry(user).or_insert_with(|| HoursLine {
                user,
                name: name_of(user),
                occasions: 0,
                minutes: 0,
            });
            line.occasions += 1;
            line.minutes += u64::from(minutes);
        }
    }
    let mut lines: Vec<HoursLine> = lines.into_values().collect();
    lines.sort_by(|a, b| {
        (a.name.to_lowercase().cmp(&b.name.to_lowercase())).then(a.user.cmp(&b.user))
    });
    lines
}

#[cfg(test)]
mod tests;
