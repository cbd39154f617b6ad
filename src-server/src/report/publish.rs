//! One section's counts of people as the report publishes them, small ones suppressed so that
//! none can be worked out again from the rest ([`super::suppress`]).
//!
//! What a section publishes is tied together by sums:
//! - the reach by group adds up to the total reached;
//! - the tables by area and by type of venue each count every occasion once, so each row's
//!   cells add up to its total and each group's column to that group's reach; these two
//!   tables and the reach make one network;
//! - the tables by topic and by language count an occasion under each of its topics or
//!   languages, so only their rows add up; each is a network of its own;
//! - the new people by group add up to their total, and each is at most that group's reach.
//!   A new count is published only where its group's reach is, and their total only where
//!   every group's new count and the total reached are: so no new count can be worked out
//!   from the rest, nor narrow down a hidden reach.
//!
//! Rows are listed by their published total, most first, then by code; rows whose total is
//! hidden come last, by code, so that their order tells nothing of it.

use super::suppress::{Figure, Network};
use brobygge_model::report::{CrossRow, NewReached, ShownReach};
use std::cmp::Reverse;

/// A row of a table by gender as counted: its cells in the order of
/// [`brobygge_model::report::CELL_GROUPS`] (women, men, girls, boys, other).
#[derive(Clone, Debug, Default)]
pub struct Row {
    pub key: String,
    pub occasions: u64,
    pub cells: [u64; 5],
}

/// A section's counts of people before anything is suppressed.
#[derive(Clone, Debug, Default)]
pub struct Counted {
    /// Women, men, girls, boys and other or unstated.
    pub reach: [u64; 5],
    /// Of them new to the project: women, men, girls and boys.
    pub new: [u64; 4],
    pub areas: Vec<Row>,
    pub venue_types: Vec<Row>,
    pub topics: Vec<Row>,
    pub languages: Vec<Row>,
}

/// A section's counts of people as published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    pub reach: ShownReach,
    pub new_people: NewReached,
    pub by_area: Vec<CrossRow>,
    pub by_venue_type: Vec<CrossRow>,
    pub by_topic: Vec<CrossRow>,
    pub by_language: Vec<CrossRow>,
}

/// The figures of one table's rows: its cells and its total.
type Figures = Vec<([Figure; 5], Figure)>;

/// Publishes `counted` with every count from 1 to below `threshold` hidden, and as many more as
/// it takes for none of them to be worked out again.
pub fn publish(counted: &Counted, threshold: u32) -> Published {
    let mut net = Network::default();
    // Occasions flow from the areas through the groups to the types of venue and back.
    let (areas, venues) = (net.node(), net.node());
    let into: [usize; 5] = std::array::from_fn(|_| net.node());
    let out_of: [usize; 5] = std::array::from_fn(|_| net.node());
    let total = net.figure(venues, areas, counted.reach.iter().sum());
    let reach: [Figure; 5] =
        std::array::from_fn(|g| net.figure(into[g], out_of[g], counted.reach[g]));
    let by_area: Figures = (counted.areas.iter())
        .map(|row| {
            let n = net.node();
            let cells = std::array::from_fn(|g| net.figure(n, into[g], row.cells[g]));
            (cells, net.figure(areas, n, row.cells.iter().sum()))
        })
        .collect();
    let by_venue_type: Figures = (counted.venue_types.iter())
        .map(|row| {
            let n = net.node();
            let cells = std::array::from_fn(|g| net.figure(out_of[g], n, row.cells[g]));
            (cells, net.figure(n, venues, row.cells.iter().sum()))
        })
        .collect();
    net.suppress(threshold);

    let [women, men, girls, boys, other] = reach.map(|f| net.shown(f));
    let reach = ShownReach {
        women,
        men,
        girls,
        boys,
        other,
        total: net.shown(total),
    };
    Published {
        new_people: new_people(counted.new, &reach, threshold),
        reach,
        by_area: rows(&net, &counted.areas, &by_area),
        by_venue_type: rows(&net, &counted.venue_types, &by_venue_type),
        by_topic: overlapping(&counted.topics, threshold),
        by_language: overlapping(&counted.languages, threshold),
    }
}

/// A table whose rows overlap: only each row's cells add up to its total.
fn overlapping(counted: &[Row], threshold: u32) -> Vec<CrossRow> {
    let mut net = Network::default();
    let free = net.free_node();
    let figures: Figures = (counted.iter())
        .map(|row| {
            let n = net.node();
            let cells = std::array::from_fn(|g| net.figure(n, free, row.cells[g]));
            (cells, net.figure(free, n, row.cells.iter().sum()))
        })
        .collect();
    net.suppress(threshold);
    rows(&net, counted, &figures)
}

fn rows(net: &Network, counted: &[Row], figures: &Figures) -> Vec<CrossRow> {
    let mut rows: Vec<CrossRow> = (counted.iter().zip(figures))
        .map(|(row, (cells, total))| CrossRow {
            key: row.key.clone(),
            occasions: row.occasions,
            cells: cells.map(|f| net.shown(f)),
            total: net.shown(*total),
        })
        .collect();
    rows.sort_by(|a, b| {
        let order = |r: &CrossRow| (r.total.is_none(), Reverse(r.total));
        order(a).cmp(&order(b)).then_with(|| a.key.cmp(&b.key))
    });
    rows
}

/// The new people by group (women, men, girls, boys), each shown where it is not small and its
/// group's reach is shown; their total where every one of them and the total reached are.
fn new_people(new: [u64; 4], reach: &ShownReach, threshold: u32) -> NewReached {
    let small = |n: u64| n > 0 && n < u64::from(threshold);
    let groups = [reach.women, reach.men, reach.girls, reach.boys];
    let [women, men, girls, boys] =
        std::array::from_fn(|g| (!small(new[g]) && groups[g].is_some()).then_some(new[g]));
    let every = [women, men, girls, boys].iter().all(Option::is_some);
    let sum: u64 = new.iter().sum();
    NewReached {
        women,
        men,
        girls,
        boys,
        total: (every && reach.total.is_some() && !small(sum)).then_some(sum),
    }
}

#[cfg(test)]
mod tests;
