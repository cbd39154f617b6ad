//! Plausible occasions made up from the reference data: for the demo that `cargo xtask run`
//! starts, and for measuring the coordinator pages at a million entries. Deterministic for a
//! seed, with no resident in them: counts, codes and an empty note.

use crate::storage::{Device, Storage, StorageError};
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::{
    ActivityDraft, ActivityId, Code, Count, NewPeople, OutcomeCount, PeopleReached, QuestionCount,
    ReferenceData, Referral,
};
use chrono::{NaiveDate, NaiveTime};

/// A small, fast generator of numbers (xorshift), enough for made-up data.
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Dice {
        Dice(seed.max(1))
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A count of people in one group: often none, usually a handful, now and then a crowd.
    fn people(&mut self) -> Count {
        let n = match self.below(10) {
            0..=3 => 0,
            4..=8 => 1 + self.below(8),
            _ => 5 + self.below(30),
        };
        Count::new(n as u32).unwrap_or(Count::ZERO)
    }
}

/// One made-up occasion of `project` on a day within `days` days from `first` and within the
/// project's run (the server refuses a day outside it).
pub fn occasion(
    dice: &mut Dice,
    reference: &ReferenceData,
    project: &Code,
    first: NaiveDate,
    days: u64,
) -> ActivityDraft {
    let run = reference.project(project).map(|p| (p.start, p.end));
    let (first, days) = within_run(first, days, run.unwrap_or_default());
    let venues: Vec<_> = reference.venues.iter().filter(|v| !v.retired).collect();
    let venue = *dice.pick(&venues);
    let topics = reference
        .project(project)
        .map(|p| p.topics.clone())
        .unwrap_or_default();
    let languages: Vec<Code> = reference.languages.iter().map(|l| l.code.clone()).collect();
    let mut chosen_topics = vec![dice.pick(&topics).clone()];
    if dice.below(3) == 0 {
        let other = dice.pick(&topics).clone();
        if !chosen_topics.contains(&other) {
            chosen_topics.push(other);
        }
    }
    // Swedish and one or two of the residents' languages.
    let mut chosen_languages =
        vec![languages[dice.below(languages.len().min(6) as u64) as usize].clone()];
    if dice.below(2) == 0 {
        let other = dice.pick(&languages).clone();
        if !chosen_languages.contains(&other) {
            chosen_languages.push(other);
        }
    }
    let mut people = PeopleReached {
        women: dice.people(),
        men: dice.people(),
        girls: dice.people(),
        boys: dice.people(),
        other: if dice.below(8) == 0 {
            Count::new(1).unwrap_or(Count::ZERO)
        } else {
            Count::ZERO
        },
    };
    if people.is_nobody() {
        people.women = Count::new(3).unwrap_or(Count::ZERO);
    }
    // Of those reached, some new to the project; now and then a referral, and where the
    // project logs them, questions.
    let mut some_of = |c: Count| Count::new(dice.below(u64::from(c.get()) + 1) as u32);
    let new_people = NewPeople {
        women: some_of(people.women).unwrap_or(Count::ZERO),
        men: some_of(people.men).unwrap_or(Count::ZERO),
        girls: some_of(people.girls).unwrap_or(Count::ZERO),
        boys: some_of(people.boys).unwrap_or(Count::ZERO),
    };
    let sections = reference
        .project(project)
        .map(|p| p.sections)
        .unwrap_or_default();
    let active = |items: &[brobygge_model::reference::Item]| -> Vec<Code> {
        items
            .iter()
            .filter(|i| !i.retired)
            .map(|i| i.code.clone())
            .collect()
    };
    let (targets, categories) = (
        active(&reference.referral_targets),
        active(&reference.question_categories),
    );
    let referrals = if sections.referrals && !targets.is_empty() && dice.below(3) == 0 {
        let count = Count::new(1 + dice.below(3) as u32).unwrap_or(Count::ZERO);
        let target = dice.pick(&targets).clone();
        vec![Referral { target, count }]
    } else {
        Vec::new()
    };
    let questions = if sections.questions && !categories.is_empty() {
        let count = Count::new(1 + dice.below(6) as u32).unwrap_or(Count::ZERO);
        let category = dice.pick(&categories).clone();
        vec![QuestionCount { category, count }]
    } else {
        Vec::new()
    };
    let date = first.checked_add_days(chrono::Days::new(dice.below(days)));
    let start_time =
        NaiveTime::from_hms_opt(9 + dice.below(9) as u32, 15 * dice.below(4) as u32, 0);
    let duration_minutes = Some(30 + 15 * dice.below(8) as u32);
    // A die of its own for what later versions added, started from where this one stands
    // without rolling it, so that the occasions drawn before stay the same occasions.
    let mut extra = Dice::new(dice.0.rotate_left(29));
    let (outcomes, partners) = funder_lines(&mut extra, reference, project);
    ActivityDraft {
        id: None,
        project: Some(project.clone()),
        date,
        start_time,
        duration_minutes,
        area: Some(venue.area.clone()),
        venue: Some(venue.code.clone()),
        venue_type: Some(venue.venue_type.clone()),
        format: Some(dice.pick(&reference.formats).code.clone()),
        languages: chosen_languages,
        topics: chosen_topics,
        people,
        new_people: Some(new_people),
        referrals,
        questions,
        outcomes,
        partners,
        co_hosts: Vec::new(),
        note: String::new(),
    }
}

/// Now and then one of the project's outcome counters, and a partner or none.
fn funder_lines(
    dice: &mut Dice,
    reference: &ReferenceData,
    project: &Code,
) -> (Vec<OutcomeCount>, Vec<Code>) {
    let counters: Vec<&Code> = reference.outcomes_of(project).map(|o| &o.code).collect();
    let outcomes = if !counters.is_empty() && dice.below(3) == 0 {
        let count = Count::new(1 + dice.below(3) as u32).unwrap_or(Count::ZERO);
        vec![OutcomeCount {
            outcome: (*dice.pick(&counters)).clone(),
            count,
        }]
    } else {
        Vec::new()
    };
    let active: Vec<&Code> = (reference.partners.iter())
        .filter(|p| !p.retired)
        .map(|p| &p.code)
        .collect();
    let partners = if !active.is_empty() && dice.below(2) == 0 {
        vec![(*dice.pick(&active)).clone()]
    } else {
        Vec::new()
    };
    (outcomes, partners)
}

/// The days from `first` on of `days` that fall within the run from `start` to `end`; the days
/// as given when none do.
fn within_run(
    first: NaiveDate,
    days: u64,
    (start, end): (Option<NaiveDate>, Option<NaiveDate>),
) -> (NaiveDate, u64) {
    let last = first + chrono::Days::new(days.saturating_sub(1));
    let from = start.map_or(first, |s| s.max(first));
    let to = end.map_or(last, |e| e.min(last));
    match u64::try_from((to - from).num_days()) {
        Ok(span) => (from, span + 1),
        Err(_) => (first, days),
    }
}

/// Logs `count` made-up occasions of `projects` through `device`, as its pushes would, spread
/// over the `days` days from `first`; `progress` hears how many are in after each batch.
pub fn load(
    storage: &dyn Storage,
    device: &Device,
    projects: &[Code],
    count: u64,
    (first, days): (NaiveDate, u64),
    mut progress: impl FnMut(u64),
) -> Result<u64, StorageError> {
    let reference = storage.reference_data()?;
    let mut dice = Dice::new(0x5eed ^ count);
    let mut seq = storage_last_seq(storage, device)?;
    let mut done = 0;
    while done < count {
        let batch: Vec<Mutation> = (0..(count - done).min(2000))
            .map(|_| {
                seq += 1;
                let project = dice.pick(projects).clone();
                let activity = occasion(&mut dice, &reference, &project, first, days);
                Mutation {
                    seq,
                    activity_id: ActivityId(uuid::Uuid::now_v7().to_string()),
                    change: Change::Upsert {
                        activity: Box::new(activity),
                        base_version: None,
                    },
                }
            })
            .collect();
        let size = batch.len() as u64;
        crate::sync::push(storage, device, batch)?;
        done += size;
        progress(done);
    }
    Ok(done)
}

/// The last mutation number the server has from `device`: an empty push answers it.
fn storage_last_seq(storage: &dyn Storage, device: &Device) -> Result<u64, StorageError> {
    Ok(crate::sync::push(storage, device, Vec::new())?.last_applied)
}
