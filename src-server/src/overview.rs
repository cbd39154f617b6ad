//! The figures of a coordinator's overview, from the activities that match a period and
//! project: people reached by gender, by month and by area; occasions and hours; the topics,
//! languages and venues; and how many guides were active. Computed here, the same for both
//! backends, so that a test can check them against numbers worked out by hand.

use brobygge_model::{ActivityDraft, Code};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Reach {
    pub women: u64,
    pub men: u64,
    pub girls: u64,
    pub boys: u64,
    pub other: u64,
    pub total: u64,
}

/// One bar of a chart: a month (`2026-03`) or a code, with its occasions and people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub key: String,
    pub occasions: u64,
    pub people: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Overview {
    pub occasions: u64,
    /// Total duration, in minutes.
    pub minutes: u64,
    pub people: Reach,
    /// Month by month, in order.
    pub by_month: Vec<Tally>,
    /// The rest most people first, then by code.
    pub by_area: Vec<Tally>,
    pub topics: Vec<Tally>,
    pub languages: Vec<Tally>,
    pub venues: Vec<Tally>,
    pub active_guides: u64,
}

#[derive(Default)]
struct Counter(BTreeMap<String, (u64, u64)>);

impl Counter {
    fn add(&mut self, key: impl Into<String>, people: u64) {
        let entry = self.0.entry(key.into()).or_default();
        entry.0 += 1;
        entry.1 += people;
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

fn codes<'a>(list: impl IntoIterator<Item = &'a Code>) -> BTreeSet<&'a str> {
    list.into_iter().map(Code::as_str).collect()
}

/// The overview of `entries`: each is the user who logged it and the activity.
pub fn overview(entries: &[(i64, ActivityDraft)]) -> Overview {
    let mut o = Overview::default();
    let mut months = Counter::default();
    let mut areas = Counter::default();
    let mut topics = Counter::default();
    let mut languages = Counter::default();
    let mut venues = Counter::default();
    let mut guides = BTreeSet::new();
    for (user, a) in entries {
        let p = &a.people;
        let people = u64::from(p.total());
        o.occasions += 1;
        o.minutes += u64::from(a.duration_minutes.unwrap_or(0));
        o.people.women += u64::from(p.women.get());
        o.people.men += u64::from(p.men.get());
        o.people.girls += u64::from(p.girls.get());
        o.people.boys += u64::from(p.boys.get());
        o.people.other += u64::from(p.other.get());
        o.people.total += people;
        if let Some(date) = a.date {
            months.add(date.format("%Y-%m").to_string(), people);
        }
        if let Some(area) = &a.area {
            areas.add(area.as_str(), people);
        }
        if let Some(venue) = &a.venue {
            venues.add(venue.as_str(), people);
        }
        // An occasion counts once for each topic and language it had.
        for topic in codes(&a.topics) {
            topics.add(topic, people);
        }
        for language in codes(&a.languages) {
            languages.add(language, people);
        }
        guides.insert(*user);
    }
    o.by_month = months.in_order();
    o.by_area = areas.most_first();
    o.topics = topics.most_first();
    o.languages = languages.most_first();
    o.venues = venues.most_first();
    o.active_guides = guides.len() as u64;
    o
}

#[cfg(test)]
mod tests;
