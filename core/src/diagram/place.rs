//! Coordinates across the page: each item's x minimises the weighted squared length of the
//! arrows' pieces, with long arrows' dummy pieces weighted most so they run straight (the
//! weights of Gansner et al., as in `dot`), subject to the order and a gap between items.
//! Each rank in turn is solved exactly with its neighbours fixed (pool-adjacent-violators
//! on the gap-shifted targets); repeating this down and up the ranks settles the whole.

use super::layers::{ItemKind, Layered};

/// The space between two items side by side.
pub(super) const ITEM_GAP: i32 = 20;
/// Passes down and up the ranks.
const PASSES: usize = 40;

/// The weight of an arrow piece between two items: 1 between boxes, 2 from a box to a dummy,
/// 8 between dummies.
fn weight(layered: &Layered, a: usize, b: usize) -> f64 {
    let dummy = |item: usize| !matches!(layered.items[item].kind, ItemKind::Node(_));
    match (dummy(a), dummy(b)) {
        (true, true) => 8.0,
        (false, false) => 1.0,
        _ => 2.0,
    }
}

/// Each item's x, as integers, with the leftmost reach at `margin`.
pub(super) fn place(layered: &Layered, margin: i32) -> Vec<i32> {
    let mut x = vec![0.0; layered.items.len()];
    for rank in &layered.ranks {
        let mut at = 0.0;
        for &item in rank {
            at += f64::from(layered.items[item].left);
            x[item] = at;
            at += f64::from(layered.items[item].right + ITEM_GAP);
        }
    }
    for pass in 0..PASSES {
        let order: Vec<usize> =
            if pass % 2 == 0 { (0..layered.ranks.len()).collect() } else { (0..layered.ranks.len()).rev().collect() };
        for rank in order {
            settle_rank(layered, &layered.ranks[rank], &mut x);
        }
    }
    for _ in 0..PASSES / 8 {
        straighten(layered, &mut x);
    }
    to_integers(layered, &x, margin)
}

/// Lines up each long arrow's dummies on one x, as far as their neighbours allow, so the
/// arrow runs straight down instead of stepping a little at every layer.
fn straighten(layered: &Layered, x: &mut [f64]) {
    let mut place = vec![(0, 0); layered.items.len()];
    for (rank, items) in layered.ranks.iter().enumerate() {
        for (index, &item) in items.iter().enumerate() {
            place[item] = (rank, index);
        }
    }
    for chain in layered.chains.iter().filter(|chain| chain.len() > 2) {
        let inner = &chain[1..chain.len() - 1];
        let mut xs: Vec<f64> = inner.iter().map(|&item| x[item]).collect();
        xs.sort_by(f64::total_cmp);
        let target = xs[xs.len() / 2];
        for &item in inner {
            let (rank, index) = place[item];
            let row = &layered.ranks[rank];
            let low = index.checked_sub(1).map_or(f64::MIN, |left| x[row[left]] + gap(layered, row[left], item));
            let high = row.get(index + 1).map_or(f64::MAX, |&right| x[right] - gap(layered, item, right));
            if low <= high {
                x[item] = target.clamp(low, high);
            }
        }
    }
}

/// The minimum distance from the x of `a` to the x of `b` when `b` is just right of `a`.
fn gap(layered: &Layered, a: usize, b: usize) -> f64 {
    f64::from(layered.items[a].right + ITEM_GAP + layered.items[b].left)
}

/// Moves one rank's items to their best places with every other rank fixed.
fn settle_rank(layered: &Layered, rank: &[usize], x: &mut [f64]) {
    // Targets shifted by the gaps before each item, so the constraint becomes "non-decreasing".
    let mut offset = 0.0;
    let mut shifted: Vec<(f64, f64)> = Vec::with_capacity(rank.len());
    for (index, &item) in rank.iter().enumerate() {
        if index > 0 {
            offset += gap(layered, rank[index - 1], item);
        }
        let neighbours = layered.preds[item].iter().chain(&layered.succs[item]);
        let (sum, total) = neighbours.fold((0.0, 0.0), |(sum, total), &other| {
            let w = weight(layered, item, other);
            (sum + w * x[other], total + w)
        });
        let (target, w) = if total > 0.0 { (sum / total, total) } else { (x[item], 1e-3) };
        shifted.push((target - offset, w));
    }
    let fitted = isotonic(&shifted);
    let mut offset = 0.0;
    for (index, &item) in rank.iter().enumerate() {
        if index > 0 {
            offset += gap(layered, rank[index - 1], item);
        }
        x[item] = fitted[index] + offset;
    }
}

/// The non-decreasing sequence nearest to the weighted targets (pool adjacent violators).
fn isotonic(targets: &[(f64, f64)]) -> Vec<f64> {
    // Blocks of (weighted sum, total weight, length).
    let mut blocks: Vec<(f64, f64, usize)> = Vec::new();
    for &(target, weight) in targets {
        blocks.push((target * weight, weight, 1));
        while let [.., before, last] = blocks[..] {
            if before.0 / before.1 <= last.0 / last.1 {
                break;
            }
            blocks.truncate(blocks.len() - 2);
            blocks.push((before.0 + last.0, before.1 + last.1, before.2 + last.2));
        }
    }
    blocks.into_iter().flat_map(|(sum, weight, length)| std::iter::repeat_n(sum / weight, length)).collect()
}

/// Rounds to whole units, keeping every gap, and shifts the leftmost reach to `margin`.
fn to_integers(layered: &Layered, x: &[f64], margin: i32) -> Vec<i32> {
    let mut placed: Vec<i32> = x.iter().map(|&at| at.round() as i32).collect();
    for rank in &layered.ranks {
        for pair in rank.windows(2) {
            let least = placed[pair[0]] + gap(layered, pair[0], pair[1]) as i32;
            placed[pair[1]] = placed[pair[1]].max(least);
        }
    }
    let leftmost = layered.items.iter().zip(&placed).map(|(item, &at)| at - item.left).min().unwrap_or(0);
    placed.iter().map(|at| at - leftmost + margin).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isotonic_pools_what_is_out_of_order() {
        assert_eq!(isotonic(&[(1.0, 1.0), (3.0, 1.0), (2.0, 1.0)]), [1.0, 2.5, 2.5]);
        assert_eq!(isotonic(&[(0.0, 1.0), (4.0, 3.0)]), [0.0, 4.0]);
        assert_eq!(isotonic(&[(4.0, 3.0), (0.0, 1.0)]), [3.0, 3.0]);
    }
}
