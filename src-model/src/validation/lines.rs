//! Lists of codes on an occasion (languages, topics) and its referral and question lines: each
//! code known and active, listed once, and a line only where the project uses its section.

use super::{Field, Problem};
use crate::reference::{Code, List, ReferenceData};

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
