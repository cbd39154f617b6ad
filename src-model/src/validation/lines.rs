//! Lists of codes on an occasion (languages, topics, partners) and its referral, question and
//! outcome lines: each code known and active, listed once, and a line only where the project
//! uses its section or counts that outcome.

use super::{Field, Problem};
use crate::activity::ActivityDraft;
use crate::reference::{Code, List, Project, ReferenceData};

pub(super) fn check_codes(
    problems: &mut Vec<Problem>,
    reference: &ReferenceData,
    field: Field,
    list: List,
    codes: &[Code],
) {
    for (i, c) in codes.iter().enumerate() {
        if !reference.is_active(list, c) {
            problems.push(Problem::Unknown {
                field,
                code: c.clone(),
            });
        } else if codes[..i].contains(c) {
            problems.push(Problem::BadLine {
                field,
                code: c.clone(),
            });
        }
    }
}

/// Referral and question lines: only where the project uses the section, each code known,
/// listed once, and counted at least once.
pub(super) fn check_lines<'a>(
    problems: &mut Vec<Problem>,
    reference: &ReferenceData,
    (field, list, used): (Field, List, bool),
    lines: impl Iterator<Item = (&'a Code, u32)>,
) {
    let lines: Vec<_> = lines.collect();
    if lines.is_empty() {
        return;
    }
    if !used {
        problems.push(Problem::SectionNotUsed { field });
        return;
    }
    let codes: Vec<Code> = lines.iter().map(|(c, _)| (*c).clone()).collect();
    check_codes(problems, reference, field, list, &codes);
    for (c, _) in lines.iter().filter(|(_, n)| *n == 0) {
        problems.push(Problem::BadLine {
            field,
            code: (*c).clone(),
        });
    }
}

/// The outcome lines (each one of the project's own counters, counted at least once), the
/// partners and the co-hosts (each once, for a time within an occasion's) of `draft`.
pub(super) fn check_funder(
    problems: &mut Vec<Problem>,
    reference: &ReferenceData,
    draft: &ActivityDraft,
    project: Option<&Project>,
) {
    let outcomes = draft.outcomes.iter().map(|o| (&o.outcome, o.count.get()));
    check_lines(
        problems,
        reference,
        (Field::Outcomes, List::Outcomes, true),
        outcomes,
    );
    if let Some(p) = project {
        let foreign = (draft.outcomes.iter()).filter(|o| {
            reference
                .outcome(&o.outcome)
                .is_some_and(|x| x.project != p.code)
        });
        for o in foreign {
            problems.push(Problem::NotInProject {
                field: Field::Outcomes,
                code: o.outcome.clone(),
            });
        }
    }
    check_codes(
        problems,
        reference,
        Field::Partners,
        List::Partners,
        &draft.partners,
    );
    let range = super::MIN_DURATION_MINUTES..=super::MAX_DURATION_MINUTES;
    for (i, host) in draft.co_hosts.iter().enumerate() {
        let twice = draft.co_hosts[..i].iter().any(|h| h.user == host.user);
        if twice || host.minutes.is_some_and(|m| !range.contains(&m)) {
            problems.push(Problem::BadCoHost { user: host.user });
        }
    }
}
