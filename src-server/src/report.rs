//! The funder's reports, computed from the logged activities: the half-year progress report
//! (delrapport) and the final report of one project, and the annual compilation of every
//! ongoing and finished project. Each shows reach against the project's expected numbers,
//! occasions and hours, reach by area, topic, venue type and language as tables by gender, and
//! the referrals made and questions asked by their target and category, the project's outcome
//! counters against their targets and its partners, and (in the annual compilation) the
//! development areas its occasions served ([`funder`]). Small counts of people can be
//! suppressed for publication, so that none can be worked out again from the rest
//! ([`publish`], [`suppress`]).

mod funder;
pub mod period;
pub mod publish;
pub mod suppress;

use crate::facts::{once, Fact};
pub use brobygge_model::report::{
    CountRow, CrossRow, Expected, NewReached, ProjectSection, Report, ReportKind, ReportTexts,
    ShownReach,
};
use brobygge_model::{Project, ReachTarget, ReferenceData};
use chrono::NaiveDate;
pub use period::ReportPeriod;
use publish::{Counted, Row};
use std::cmp::Reverse;
use std::collections::BTreeMap;

/// The expected reach of `targets` within `from..=to`: each target counts in proportion to
/// the days of its period that fall within, rounded to whole people at the end.
pub fn expected(targets: &[ReachTarget], from: NaiveDate, to: NaiveDate) -> Expected {
    let mut sums = [0f64; 4];
    for t in targets {
        let start = t.from.max(from);
        let end = t.to.min(to);
        if start > end || t.from > t.to {
            continue;
        }
        let share = ((end - start).num_days() + 1) as f64 / ((t.to - t.from).num_days() + 1) as f64;
        for (sum, value) in sums.iter_mut().zip([t.girls, t.boys, t.women, t.men]) {
            *sum += f64::from(value) * share;
        }
    }
    let [girls, boys, women, men] = sums.map(|s| s.round() as u64);
    Expected {
        girls,
        boys,
        women,
        men,
    }
}

#[derive(Default)]
struct Table(BTreeMap<String, (u64, [u64; 5])>);

impl Table {
    /// Counts one occasion under `key`; the key is copied only the first time it is seen.
    fn add(&mut self, key: &str, people: [u64; 5]) {
        if !self.0.contains_key(key) {
            self.0.insert(key.to_owned(), Default::default());
        }
        let Some(row) = self.0.get_mut(key) else {
            return;
        };
        row.0 += 1;
        for (cell, n) in row.1.iter_mut().zip(people) {
            *cell += n;
        }
    }

    /// The rows as counted, in the order of their codes.
    fn counted(self) -> Vec<Row> {
        (self.0.into_iter())
            .map(|(key, (occasions, cells))| Row {
                key,
                occasions,
                cells,
            })
            .collect()
    }
}

/// Referrals or questions by their target or category: occasions and the count of each.
#[derive(Default)]
struct Counts(BTreeMap<String, (u64, u64)>);

impl Counts {
    fn add(&mut self, lines: &[(crate::facts::Key, u32)]) {
        for (key, count) in lines {
            let row = self.0.entry(key.to_string()).or_default();
            row.0 += 1;
            row.1 += u64::from(*count);
        }
    }

    /// The rows with a count from 1 to below the threshold suppressed (no total is published,
    /// so nothing else need be), the most first, then by code; those suppressed last, by code.
    fn rows(self, threshold: u32) -> Vec<CountRow> {
        let mut rows: Vec<CountRow> = (self.0.into_iter())
            .map(|(key, (occasions, count))| CountRow {
                key,
                occasions,
                count: (count >= u64::from(threshold)).then_some(count),
            })
            .collect();
        rows.sort_by(|a, b| {
            let order = |r: &CountRow| (r.count.is_none(), Reverse(r.count));
            order(a).cmp(&order(b)).then_with(|| a.key.cmp(&b.key))
        });
        rows
    }
}

/// The section of `project` from the entries of that project within the report's period.
pub fn section<'a>(
    reference: &ReferenceData,
    project: &Project,
    period: &ReportPeriod,
    entries: impl IntoIterator<Item = &'a Fact> + Clone,
    threshold: u32,
) -> ProjectSection {
    let outcomes = funder::outcomes(reference, project, entries.clone(), threshold);
    let partners = funder::partners(entries.clone());
    let mut occasions = 0;
    let mut minutes = 0;
    let (mut reach, mut new, mut new_unknown) = ([0u64; 5], [0u64; 4], 0);
    let (mut areas, mut topics, mut venue_types, mut languages) = Default::default();
    let (mut referrals, mut questions) = (Counts::default(), Counts::default());
    for a in entries {
        let people = a.people.map(u64::from);
        occasions += 1;
        minutes += u64::from(a.minutes);
        for (sum, n) in reach.iter_mut().zip(people) {
            *sum += n;
        }
        // Women, men, girls and boys, as the groups of `people`.
        match a.new_people {
            Some(people) => {
                for (sum, n) in new.iter_mut().zip(people) {
                    *sum += u64::from(n);
                }
            }
            None => new_unknown += 1,
        }
        Table::add(&mut areas, &a.area, people);
        Table::add(&mut venue_types, &a.venue_type, people);
        // An occasion counts once under each topic and language it had.
        for topic in once(&a.topics) {
            Table::add(&mut topics, topic, people);
        }
        for language in once(&a.languages) {
            Table::add(&mut languages, language, people);
        }
        referrals.add(&a.referrals);
        questions.add(&a.questions);
    }
    let published = publish::publish(
        &Counted {
            reach,
            new,
            areas: areas.counted(),
            venue_types: venue_types.counted(),
            topics: topics.counted(),
            languages: languages.counted(),
        },
        threshold,
    );
    ProjectSection {
        project: project.code.clone(),
        start: project.start,
        end: project.end,
        finished: project.end.is_some_and(|end| end <= period.to),
        occasions,
        minutes,
        reach: published.reach,
        new_people: published.new_people,
        new_unknown,
        expected: expected(&project.targets, period.from, period.to),
        by_area: published.by_area,
        by_topic: published.by_topic,
        by_venue_type: published.by_venue_type,
        by_language: published.by_language,
        referrals: referrals.rows(threshold),
        questions: questions.rows(threshold),
        outcomes,
        partners,
    }
}

/// The report for `period` from `entries` (all within the period and the projects it covers),
/// with one section per project in the order of the reference data.
pub fn report(
    period: &ReportPeriod,
    reference: &ReferenceData,
    entries: &[Fact],
    threshold: u32,
    texts: ReportTexts,
) -> Report {
    let projects = period.projects(reference);
    let sections = (projects.iter())
        .map(|project| {
            let own = entries
                .iter()
                .filter(|a| a.project == project.code.as_str());
            section(reference, project, period, own, threshold)
        })
        .collect();
    let development_areas = match period.kind {
        ReportKind::Annual => funder::development_areas(reference, &projects, entries),
        ReportKind::HalfYear | ReportKind::Final => Vec::new(),
    };
    Report {
        kind: period.kind,
        from: period.from,
        to: period.to,
        due: period.due,
        threshold,
        sections,
        development_areas,
        texts,
        handed_in: None,
        changes: Vec::new(),
    }
}

#[cfg(test)]
mod audit_tests;
#[cfg(test)]
mod tests;
