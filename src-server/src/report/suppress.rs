//! Suppressing small cells for publication: a count of people from 1 to below the threshold
//! could point at someone in a small group, so it is not shown. When a row would then have
//! just one hidden cell, its total minus the others would give it away, so the next smallest
//! count is hidden too. Zeros are shown: they reveal no one.

/// The cells of one row and its total, with `None` for each suppressed value.
pub fn row(cells: [u64; 5], threshold: u32) -> ([Option<u64>; 5], Option<u64>) {
    let total: u64 = cells.iter().sum();
    let small = |n: u64| n > 0 && n < u64::from(threshold);
    let mut shown = cells.map(|n| (!small(n)).then_some(n));
    let hidden = shown.iter().filter(|c| c.is_none()).count();
    let total = (!small(total)).then_some(total);
    if hidden == 1 && total.is_some() {
        let next = shown
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.filter(|n| *n > 0).map(|n| (n, i)))
            .min();
        match next {
            Some((_, i)) => shown[i] = None,
            // No other count to hide: hide the total instead.
            None => return (shown, None),
        }
    }
    (shown, total)
}

#[cfg(test)]
mod tests {
    use super::row;

    #[test]
    fn nothing_is_hidden_without_a_threshold() {
        assert_eq!(
            row([1, 2, 0, 0, 0], 0),
            ([Some(1), Some(2), Some(0), Some(0), Some(0)], Some(3))
        );
    }

    #[test]
    fn small_counts_are_hidden_and_zeros_shown() {
        assert_eq!(
            row([3, 2, 0, 12, 0], 5),
            ([None, None, Some(0), Some(12), Some(0)], Some(17))
        );
    }

    #[test]
    fn a_lone_hidden_cell_takes_the_next_smallest_with_it() {
        assert_eq!(
            row([3, 20, 0, 12, 0], 5),
            ([None, Some(20), Some(0), None, Some(0)], Some(35))
        );
    }

    #[test]
    fn a_lone_hidden_cell_with_nothing_else_hides_the_total() {
        assert_eq!(
            row([0, 0, 0, 3, 0], 2),
            ([Some(0), Some(0), Some(0), Some(3), Some(0)], Some(3))
        );
        assert_eq!(
            row([0, 0, 0, 3, 0], 5),
            ([Some(0), Some(0), Some(0), None, Some(0)], None)
        );
        assert_eq!(
            row([0, 0, 0, 8, 0], 5),
            ([Some(0), Some(0), Some(0), Some(8), Some(0)], Some(8))
        );
    }
}
