//! The audit statistical offices run on a table before publishing it: from what a report
//! publishes alone (a section as its JSON reaches the page), every hidden count is bounded by
//! linear programming (its least and greatest value given every published sum, and no count
//! below zero); none may come out as a single value. Sections of random occasions with small
//! counts are audited at several thresholds.

use super::*;
use brobygge_model::Code;
use microlp::{ComparisonOp, OptimizationDirection, Problem, Variable};
use proptest::prelude::*;
use serde_json::Value;

/// A published count: known, or a variable of the program.
#[derive(Clone, Copy)]
enum Term {
    Known(f64),
    Hidden(usize),
}

/// The published section's sums and bounds, over its hidden counts.
#[derive(Default)]
struct Audit {
    hidden: usize,
    /// `Σ left = Σ right`.
    sums: Vec<(Vec<Term>, Vec<Term>)>,
    /// `small ≤ large`.
    at_most: Vec<(Term, Term)>,
}

impl Audit {
    fn term(&mut self, value: &Value) -> Term {
        match value.as_u64() {
            Some(n) => Term::Known(n as f64),
            None => {
                assert!(value.is_null(), "a count or null: {value}");
                self.hidden += 1;
                Term::Hidden(self.hidden - 1)
            }
        }
    }

    /// The least and greatest value of hidden count `x`.
    fn bounds(&self, x: usize) -> (f64, f64) {
        let solve = |direction| {
            let mut lp = Problem::new(direction);
            let vars: Vec<Variable> = (0..self.hidden)
                .map(|i| lp.add_var(if i == x { 1.0 } else { 0.0 }, (0.0, f64::INFINITY)))
                .collect();
            let mut add = |plus: &[Term], minus: &[Term], op| {
                let mut constant = 0.0;
                let mut expr = Vec::new();
                for (terms, sign) in [(plus, 1.0), (minus, -1.0)] {
                    for t in terms {
                        match *t {
                            Term::Known(n) => constant -= sign * n,
                            Term::Hidden(i) => expr.push((vars[i], sign)),
                        }
                    }
                }
                if !expr.is_empty() {
                    lp.add_constraint(expr, op, constant);
                }
            };
            for (left, right) in &self.sums {
                add(left, right, ComparisonOp::Eq);
            }
            for (small, large) in &self.at_most {
                add(&[*small], &[*large], ComparisonOp::Le);
            }
            match lp.solve() {
                Ok(solution) => solution.objective(),
                Err(microlp::Error::Unbounded) => f64::INFINITY,
                Err(e) => panic!("the published section has no solution: {e}"),
            }
        };
        (
            solve(OptimizationDirection::Minimize),
            solve(OptimizationDirection::Maximize),
        )
    }
}

const GROUPS: [&str; 5] = ["women", "men", "girls", "boys", "other"];

/// The sums and bounds a reader can take from a published section.
fn audit_of(section: &Value) -> Audit {
    let mut a = Audit::default();
    let reach: Vec<Term> = GROUPS.map(|g| a.term(&section["reach"][g])).to_vec();
    let total = a.term(&section["reach"]["total"]);
    a.sums.push((reach.clone(), vec![total]));
    let new: Vec<Term> = GROUPS[..4]
        .iter()
        .map(|g| a.term(&section["new_people"][*g]))
        .collect();
    let new_total = a.term(&section["new_people"]["total"]);
    a.sums.push((new.clone(), vec![new_total]));
    for (n, r) in new.iter().zip(&reach) {
        a.at_most.push((*n, *r));
    }
    a.at_most.push((new_total, total));
    for table in ["by_area", "by_venue_type", "by_topic", "by_language"] {
        let mut columns = vec![Vec::new(); 5];
        let mut totals = Vec::new();
        for row in section[table].as_array().unwrap() {
            let cells: Vec<Term> = (0..5).map(|g| a.term(&row["cells"][g])).collect();
            let row_total = a.term(&row["total"]);
            a.sums.push((cells.clone(), vec![row_total]));
            for (column, cell) in columns.iter_mut().zip(cells) {
                column.push(cell);
            }
            totals.push(row_total);
        }
        // Every occasion has one area and one type of venue: those tables add up to the
        // reach, by group and in all.
        if matches!(table, "by_area" | "by_venue_type") && !totals.is_empty() {
            for (column, group) in columns.into_iter().zip(&reach) {
                a.sums.push((column, vec![*group]));
            }
            a.sums.push((totals, vec![total]));
        }
    }
    a
}

/// The hidden counts a reader could work out: (index, value).
fn recomputable(section: &ProjectSection) -> Vec<(usize, f64)> {
    let audit = audit_of(&serde_json::to_value(section).unwrap());
    (0..audit.hidden)
        .filter_map(|x| {
            let (least, greatest) = audit.bounds(x);
            (greatest - least < 0.5).then_some((x, least))
        })
        .collect()
}

fn period() -> ReportPeriod {
    let day = |s: &str| s.parse().unwrap();
    ReportPeriod {
        kind: ReportKind::HalfYear,
        project: Some(Code::new("alpha").unwrap()),
        from: day("2025-07-01"),
        to: day("2025-12-31"),
        due: None,
        projects: vec![Code::new("alpha").unwrap()],
    }
}

fn alpha() -> Project {
    Project {
        code: Code::new("alpha").unwrap(),
        labels: Default::default(),
        sections: Default::default(),
        topics: Vec::new(),
        retired: false,
        start: None,
        end: None,
        targets: Vec::new(),
    }
}

/// An occasion of project alpha: its area, type of venue, topics and languages (indexes into
/// three codes each), people by group, and new people.
type Occasion = (usize, usize, Vec<usize>, Vec<usize>, [u32; 5], [u32; 4]);

fn fact((area, venue, topics, languages, people, new): &Occasion) -> Fact {
    let key = |prefix: &str, i: &usize| crate::facts::Key::from(format!("{prefix}{i}").as_str());
    Fact {
        project: "alpha".into(),
        area: key("area", area),
        venue_type: key("venue", venue),
        topics: topics.iter().map(|i| key("topic", i)).collect(),
        languages: languages.iter().map(|i| key("language", i)).collect(),
        people: *people,
        // New people are some of those reached, group by group.
        new_people: Some(std::array::from_fn(|g| new[g].min(people[g]))),
        ..Fact::default()
    }
}

fn occasion() -> impl Strategy<Value = Occasion> {
    (
        0..3usize,
        0..3usize,
        proptest::collection::vec(0..3usize, 0..3),
        proptest::collection::vec(0..3usize, 1..3),
        proptest::array::uniform5(prop_oneof![3 => 0..4u32, 1 => 4..30u32]),
        proptest::array::uniform4(0..4u32),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn no_hidden_count_can_be_worked_out_from_what_is_published(
        occasions in proptest::collection::vec(occasion(), 1..12),
        threshold in 2..8u32,
    ) {
        let facts: Vec<Fact> = occasions.iter().map(fact).collect();
        let section = section(&ReferenceData::default(), &alpha(), &period(), &facts, threshold);
        let exposed = recomputable(&section);
        prop_assert!(exposed.is_empty(), "{exposed:?} in {section:#?}");
    }
}

/// The audit finds what the row-by-row suppression left open: a lone hidden cell in a
/// column of the table by area, which that group's published reach gives away.
#[test]
fn the_audit_finds_a_cell_its_column_gives_away() {
    let old_way = ProjectSection {
        reach: ShownReach {
            women: Some(13),
            men: Some(0),
            girls: Some(0),
            boys: Some(0),
            other: Some(0),
            total: Some(13),
        },
        by_area: vec![
            CrossRow {
                key: "area0".into(),
                occasions: 1,
                cells: [None, Some(0), Some(0), Some(0), Some(0)],
                total: None,
            },
            CrossRow {
                key: "area1".into(),
                occasions: 1,
                cells: [Some(10), Some(0), Some(0), Some(0), Some(0)],
                total: Some(10),
            },
        ],
        ..section(&ReferenceData::default(), &alpha(), &period(), &[], 5)
    };
    let exposed = recomputable(&old_way);
    assert!(
        exposed.iter().any(|(_, value)| (value - 3.0).abs() < 1e-6),
        "{exposed:?}"
    );
}
