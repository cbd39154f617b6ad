//! Suppressing small counts for publication so that no hidden count can be worked out again
//! from what the same report publishes.
//!
//! A count of people from 1 to below the threshold could point at someone in a small group, so
//! it is hidden (primary suppression). Hiding it is not enough: a report also publishes totals,
//! and a lone hidden cell equals its row's total minus the cells shown, or its column's. So the
//! figures a report ties together by sums are set out as a flow network ([`Network`]): each
//! figure is an edge, and at each node what flows in equals what flows out, which is the sum
//! the report publishes (a row's cells add up to its total; a table's rows, by group, add up
//! to the section's reach). A hidden figure can be worked out exactly when no change to it can
//! be balanced by changes to other hidden figures that keep every sum and leave no count below
//! zero. Then more figures are hidden (secondary suppression): those on the cheapest way round
//! from one end of the exposed figure to the other, counted in people, so that every figure on
//! that way can change with it, until no hidden figure can be worked out. Hiding a figure only
//! ever widens what the others could be, so this ends. A zero is hidden to protect another
//! figure only where no count above zero can be.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// What hiding a zero costs: more than any count, so that a count above zero is hidden with a
/// small one where it can be. A zero beside a small count tells that the two add up to the
/// small one, while a larger count leaves the small one anywhere up to their sum.
const ZERO_COST: u64 = 1 << 40;

/// How a node was reached on the way being searched: at what cost, and from which node through
/// which figure (none for the way between free nodes; none at all at the start).
type Reached = (u64, Option<(usize, Option<usize>)>);

/// One figure of a network: it flows from one node to another.
#[derive(Clone, Copy, Debug)]
struct Edge {
    from: usize,
    to: usize,
    value: u64,
    hidden: bool,
}

/// Published figures tied together by sums. A free node stands for what no published sum
/// constrains (the columns of a table whose rows overlap): all free nodes act as one node
/// without an equation.
#[derive(Debug, Default)]
pub struct Network {
    free: Vec<bool>,
    edges: Vec<Edge>,
}

/// An edge of a [`Network`]: a figure the report publishes or hides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figure(usize);

impl Network {
    /// A node whose inflow equals its outflow: a sum the report publishes.
    pub fn node(&mut self) -> usize {
        self.free.push(false);
        self.free.len() - 1
    }

    /// A node without an equation.
    pub fn free_node(&mut self) -> usize {
        self.free.push(true);
        self.free.len() - 1
    }

    /// A figure of `value` flowing from `from` to `to`, shown until suppressed.
    pub fn figure(&mut self, from: usize, to: usize, value: u64) -> Figure {
        self.edges.push(Edge {
            from,
            to,
            value,
            hidden: false,
        });
        Figure(self.edges.len() - 1)
    }

    /// The figure as published: `None` when it is hidden.
    pub fn shown(&self, figure: Figure) -> Option<u64> {
        let edge = self.edges[figure.0];
        (!edge.hidden).then_some(edge.value)
    }

    /// Hides every count from 1 to below `threshold`, then as many more as it takes for no
    /// hidden count to be worked out again.
    pub fn suppress(&mut self, threshold: u32) {
        let small = |n: u64| n > 0 && n < u64::from(threshold);
        for edge in &mut self.edges {
            edge.hidden = small(edge.value);
        }
        // Figures no change could ever free (none in the networks a report makes).
        let mut beyond_help = vec![false; self.edges.len()];
        while let Some(e) = (0..self.edges.len()).find(|&e| !beyond_help[e] && self.exposed(e)) {
            match self.cover(e) {
                Some(figures) if !figures.is_empty() => {
                    for f in figures {
                        self.edges[f].hidden = true;
                    }
                }
                _ => beyond_help[e] = true,
            }
        }
    }

    /// Whether the hidden figure `e` could be worked out: it can neither grow nor shrink while
    /// every sum holds and no count goes below zero.
    fn exposed(&self, e: usize) -> bool {
        let edge = self.edges[e];
        edge.hidden
            && self.cheapest(edge.to, edge.from, e, false).is_none()
            && !(edge.value > 0 && self.cheapest(edge.from, edge.to, e, false).is_some())
    }

    /// The shown figures to hide so that `e` can change: those on the cheapest way round from
    /// one end of `e` to the other, where hiding a figure costs its count and one more (so a
    /// few small counts go before a large one), and a zero [`ZERO_COST`]. Hiding them lets
    /// every figure on that way change with `e`, so none of them can be worked out either.
    fn cover(&self, e: usize) -> Option<Vec<usize>> {
        let edge = self.edges[e];
        let grow = self.cheapest(edge.to, edge.from, e, true);
        let shrink = (edge.value > 0)
            .then(|| self.cheapest(edge.from, edge.to, e, true))
            .flatten();
        let (_, figures) = [grow, shrink]
            .into_iter()
            .flatten()
            .min_by_key(|(cost, _)| *cost)?;
        Some(figures)
    }

    /// The cheapest way from `start` to `goal` through figures other than `without`, each
    /// taken along its flow (it could grow) or against it where it is above zero (it could
    /// shrink), with its cost and the shown figures on it; through hidden figures only unless
    /// `hiding`. Reaching a free node reaches them all.
    fn cheapest(
        &self,
        start: usize,
        goal: usize,
        without: usize,
        hiding: bool,
    ) -> Option<(u64, Vec<usize>)> {
        // The free nodes meet at one more node, `hub`.
        let hub = self.free.len();
        let mut arcs: Vec<Vec<(usize, u64, Option<usize>)>> = vec![Vec::new(); hub + 1];
        for (node, free) in self.free.iter().enumerate() {
            if *free {
                arcs[node].push((hub, 0, None));
                arcs[hub].push((node, 0, None));
            }
        }
        for (i, edge) in self.edges.iter().enumerate() {
            if i == without || !(edge.hidden || hiding) {
                continue;
            }
            let cost = match (edge.hidden, edge.value) {
                (true, _) => 0,
                (false, 0) => ZERO_COST,
                (false, n) => n + 1,
            };
            arcs[edge.from].push((edge.to, cost, Some(i)));
            if edge.value > 0 {
                arcs[edge.to].push((edge.from, cost, Some(i)));
            }
        }
        let mut best: Vec<Option<Reached>> = vec![None; hub + 1];
        let mut queue = BinaryHeap::from([Reverse((0u64, start))]);
        best[start] = Some((0, None));
        while let Some(Reverse((cost, node))) = queue.pop() {
            if best[node].is_some_and(|(known, _)| known < cost) {
                continue;
            }
            if node == goal {
                let mut figures = Vec::new();
                let mut at = goal;
                while let Some((_, Some((from, figure)))) = best[at] {
                    figures.extend(figure.filter(|&f| !self.edges[f].hidden));
                    at = from;
                }
                return Some((cost, figures));
            }
            for &(next, step, figure) in &arcs[node] {
                let reached = cost + step;
                if best[next].is_none_or(|(known, _)| reached < known) {
                    best[next] = Some((reached, Some((node, figure))));
                    queue.push(Reverse((reached, next)));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests;
