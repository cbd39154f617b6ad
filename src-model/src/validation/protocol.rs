//! A problem as an older app can read it: each protocol version's app knows only the problems
//! and fields of its time.

use super::{Field, Problem};

impl Problem {
    /// The problem as a device speaking `protocol` can read it: before protocol 2 an app knew
    /// no date problem but a missing date, which makes it ask for the date again (nor new
    /// people, which it never sends); before protocol 4 no outcome counters, partners or
    /// co-hosts.
    pub fn for_protocol(self, protocol: u32) -> Problem {
        match self {
            Problem::DateInFuture
            | Problem::DateBeforeProject { .. }
            | Problem::DateAfterProject { .. }
            | Problem::DateNotKept { .. }
                if protocol < 2 =>
            {
                Problem::Missing { field: Field::Date }
            }
            // The nearest that an app of protocol 2 can say: the entry is older than allowed.
            Problem::DateNotKept { kept_from } if protocol < 3 => {
                Problem::DateBeforeProject { start: kept_from }
            }
            // An app before protocol 4 knows neither field; it never sends them, so a problem
            // with them is one of the server's kept values against the project it sent: the
            // nearest it can show is that its project does not fit.
            Problem::Unknown { field, code }
            | Problem::NotInProject { field, code }
            | Problem::BadLine { field, code }
                if protocol < 4 && matches!(field, Field::Outcomes | Field::Partners) =>
            {
                Problem::NotInProject {
                    field: Field::Project,
                    code,
                }
            }
            Problem::SectionNotUsed { field }
                if protocol < 4 && matches!(field, Field::Outcomes | Field::Partners) =>
            {
                Problem::SectionNotUsed {
                    field: Field::Project,
                }
            }
            Problem::BadCoHost { .. } if protocol < 4 => Problem::SectionNotUsed {
                field: Field::Project,
            },
            problem => problem,
        }
    }
}
