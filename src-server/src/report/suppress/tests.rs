use super::{Figure, Network};

/// A row of cells and its total, the way a table with only row sums is laid out.
fn row(net: &mut Network, free: usize, cells: &[u64]) -> (Vec<Figure>, Figure) {
    let n = net.node();
    let figures = cells.iter().map(|&c| net.figure(n, free, c)).collect();
    (figures, net.figure(free, n, cells.iter().sum()))
}

fn shown(net: &Network, figures: &[Figure]) -> Vec<Option<u64>> {
    figures.iter().map(|f| net.shown(*f)).collect()
}

#[test]
fn nothing_is_hidden_without_a_threshold() {
    let mut net = Network::default();
    let free = net.free_node();
    let (cells, total) = row(&mut net, free, &[1, 2, 0, 0, 0]);
    net.suppress(0);
    assert_eq!(
        shown(&net, &cells),
        [Some(1), Some(2), Some(0), Some(0), Some(0)]
    );
    assert_eq!(net.shown(total), Some(3));
}

#[test]
fn a_lone_small_cell_takes_the_smallest_count_above_zero_beside_it() {
    let mut net = Network::default();
    let free = net.free_node();
    let (cells, total) = row(&mut net, free, &[3, 20, 0, 12, 0]);
    net.suppress(5);
    assert_eq!(
        shown(&net, &cells),
        [None, Some(20), Some(0), None, Some(0)]
    );
    assert_eq!(net.shown(total), Some(35));
}

#[test]
fn two_small_cells_protect_each_other() {
    let mut net = Network::default();
    let free = net.free_node();
    let (cells, total) = row(&mut net, free, &[3, 2, 0, 12, 0]);
    net.suppress(5);
    assert_eq!(
        shown(&net, &cells),
        [None, None, Some(0), Some(12), Some(0)]
    );
    assert_eq!(net.shown(total), Some(17));
}

#[test]
fn a_row_of_one_small_count_hides_its_total() {
    let mut net = Network::default();
    let free = net.free_node();
    let (cells, total) = row(&mut net, free, &[0, 0, 0, 3, 0]);
    net.suppress(5);
    assert_eq!(
        shown(&net, &cells),
        [Some(0), Some(0), Some(0), None, Some(0)]
    );
    assert_eq!(net.shown(total), None);
}

/// Two rows whose columns add up to published totals: hiding two cells in one row is not
/// enough, since each column's total gives them away; a second row's cells must go too.
#[test]
fn a_published_column_total_is_protected_against_too() {
    let mut net = Network::default();
    let (top, columns) = (net.node(), [net.node(), net.node()]);
    let bottom = net.node();
    let rows = [[3u64, 4], [10, 12]];
    let mut cells = Vec::new();
    for r in rows {
        let n = net.node();
        net.figure(top, n, r.iter().sum());
        cells.extend((0..2).map(|c| net.figure(n, columns[c], r[c])));
    }
    for (c, column) in columns.iter().enumerate() {
        net.figure(*column, bottom, rows.iter().map(|r| r[c]).sum());
    }
    net.figure(bottom, top, 29);
    net.suppress(5);
    assert_eq!(shown(&net, &cells), [None, None, None, None]);
}

#[test]
fn a_figure_no_sum_ties_is_never_exposed() {
    let mut net = Network::default();
    let free = net.free_node();
    let alone = net.figure(free, free, 2);
    net.suppress(5);
    assert_eq!(net.shown(alone), None);
}
