//! Crossing reduction: the order of the items in each layer. Starting from a depth-first
//! order, sweeps down and up the layers sort each by the median position of its neighbours in
//! the layer before, then adjacent items are swapped wherever that removes crossings (the
//! median heuristic with transposition that Graphviz `dot` uses); the best order seen wins.
//! Besides the depth-first orders, a few start from the arrows followed in a shuffled order
//! (the same shuffles every time, so a chart is always drawn the same way): sweeps settle
//! into the nearest good order, and another start finds a better one where the first cannot.

use super::layers::Layered;

/// Sweeps tried from each starting order (as `dot`'s default).
const SWEEPS: usize = 24;

/// Starting orders whose arrows are followed in a shuffled order.
const SHUFFLED_STARTS: u64 = 6;

/// The order a depth-first walk follows each item's arrows in.
#[derive(Clone, Copy)]
enum Follow {
    AsGiven,
    Reversed,
    /// Shuffled by this seed.
    Shuffled(u64),
}

/// Orders every rank of `layered` to reduce crossings: sweeps from several starting orders,
/// each with and without the plateau swaps and pinning, keeping the best order any found.
pub(super) fn reduce_crossings(layered: &mut Layered) {
    let mut best: Option<(usize, Vec<Vec<usize>>)> = None;
    let starts = [Follow::AsGiven, Follow::Reversed].into_iter().chain((1..=SHUFFLED_STARTS).map(Follow::Shuffled));
    for (start, variant) in starts.flat_map(|start| (0..4).map(move |variant| (start, variant))) {
        let (plateau, pinned) = (variant & 1 == 1, variant & 2 == 2);
        layered.ranks = depth_first(layered, start);
        for sweep in 0..SWEEPS {
            let downwards = sweep % 2 == 0;
            for rank in ranks_in_sweep(layered.ranks.len(), downwards) {
                sort_by_medians(layered, rank, downwards, pinned);
            }
            // Every fourth sweep can also swap pairs that cross as often either way, to get
            // off a plateau (as `dot` does).
            transpose(layered, plateau && sweep % 4 == 1);
            let count = crossings(layered);
            if best.as_ref().is_none_or(|(fewest, _)| count < *fewest) {
                best = Some((count, layered.ranks.clone()));
            }
        }
    }
    if let Some((_, ranks)) = best {
        layered.ranks = ranks;
    }
    sift(layered);
}

/// Moves each item to the place in its rank where its arrows cross least, until none moves
/// (sifting, after Matuszewski, Schönfeld and Molitor): it finds improvements a swap of
/// neighbours cannot. Only the ranks either side matter, so each item's best place comes from
/// the crossings of each pair it would pass.
fn sift(layered: &mut Layered) {
    let mut moved = true;
    while moved {
        moved = false;
        for rank in 0..layered.ranks.len() {
            let position = positions(layered);
            for item in layered.ranks[rank].clone() {
                let others: Vec<usize> = layered.ranks[rank].iter().copied().filter(|&other| other != item).collect();
                let now = layered.ranks[rank].iter().position(|&other| other == item).unwrap_or(0);
                // Crossings with `item` at place 0, then the change as it passes each other item.
                let mut count: isize =
                    others.iter().map(|&other| pair_crossings(layered, &position, item, other) as isize).sum();
                let mut counts = vec![count];
                for &other in &others {
                    count += pair_crossings(layered, &position, other, item) as isize
                        - pair_crossings(layered, &position, item, other) as isize;
                    counts.push(count);
                }
                let best = (0..counts.len()).min_by_key(|&place| (counts[place], place != now)).unwrap_or(now);
                if counts[best] < counts[now] {
                    let mut order = others;
                    order.insert(best, item);
                    layered.ranks[rank] = order;
                    moved = true;
                }
            }
        }
    }
}

/// The ranks a sweep sorts, each against the one before it in the sweep's direction.
fn ranks_in_sweep(count: usize, downwards: bool) -> Vec<usize> {
    if downwards {
        (1..count).collect()
    } else {
        (0..count.saturating_sub(1)).rev().collect()
    }
}

/// Items in the order a depth-first walk from the first node meets them, following each
/// node's arrows as `follow` says, then anything it did not reach.
fn depth_first(layered: &Layered, follow: Follow) -> Vec<Vec<usize>> {
    let mut ranks = vec![Vec::new(); layered.ranks.len()];
    let mut seen = vec![false; layered.items.len()];
    let mut stack: Vec<usize> = (0..layered.items.len()).rev().collect();
    while let Some(item) = stack.pop() {
        if std::mem::replace(&mut seen[item], true) {
            continue;
        }
        ranks[layered.items[item].rank].push(item);
        let mut next = layered.succs[item].clone();
        match follow {
            // Pushed last, popped first: reversing here follows them as given.
            Follow::AsGiven => next.reverse(),
            Follow::Reversed => {}
            Follow::Shuffled(seed) => shuffle(&mut next, seed ^ item as u64),
        }
        stack.extend(next);
    }
    ranks
}

/// Shuffles `items` the same way for the same seed (Fisher and Yates, driven by SplitMix64:
/// layout needs spread, not secrecy, and no dependency).
fn shuffle(items: &mut [usize], seed: u64) {
    let mut state = seed;
    for last in (1..items.len()).rev() {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        items.swap(last, (z % (last as u64 + 1)) as usize);
    }
}

/// Each item's position within its rank.
fn positions(layered: &Layered) -> Vec<usize> {
    let mut position = vec![0; layered.items.len()];
    for rank in &layered.ranks {
        for (index, &item) in rank.iter().enumerate() {
            position[item] = index;
        }
    }
    position
}

/// Sorts one rank by the median position of each item's neighbours in the rank before (above
/// when sweeping down). An item with none is `pinned` in its place, the others filling in
/// around it, or else sorted as if its own position were its median.
fn sort_by_medians(layered: &mut Layered, rank: usize, downwards: bool, pinned: bool) {
    let position = positions(layered);
    let neighbours = if downwards { &layered.preds } else { &layered.succs };
    let median = |item: usize| {
        let mut seen: Vec<usize> = neighbours[item].iter().map(|&n| position[n]).collect();
        seen.sort_unstable();
        match seen.len() {
            0 => None,
            n if n % 2 == 1 => Some(seen[n / 2] as f64),
            n => Some((seen[n / 2 - 1] + seen[n / 2]) as f64 / 2.0),
        }
    };
    let current = std::mem::take(&mut layered.ranks[rank]);
    if !pinned {
        let mut keyed: Vec<(f64, usize)> =
            current.iter().enumerate().map(|(index, &item)| (median(item).unwrap_or(index as f64), item)).collect();
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
        layered.ranks[rank] = keyed.into_iter().map(|(_, item)| item).collect();
        return;
    }
    let mut movable: Vec<(f64, usize)> = current.iter().filter_map(|&item| Some((median(item)?, item))).collect();
    movable.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut movable = movable.into_iter().map(|(_, item)| item);
    layered.ranks[rank] = current
        .iter()
        .map(|&item| if median(item).is_none() { Some(item) } else { movable.next() })
        .collect::<Option<Vec<usize>>>()
        .unwrap_or(current);
}

/// Crossings between the arrows of two items side by side, left then right, counting their
/// arrows to both neighbouring ranks. Arrows sharing an end do not cross: each leaves and
/// enters its box at its own point, in order.
fn pair_crossings(layered: &Layered, position: &[usize], left: usize, right: usize) -> usize {
    let mut count = 0;
    for neighbours in [&layered.preds, &layered.succs] {
        for &a in &neighbours[left] {
            count += neighbours[right].iter().filter(|&&b| position[a] > position[b]).count();
        }
    }
    count
}

/// Swaps adjacent items wherever that removes crossings, until no swap does; with `even`,
/// also where it leaves as many (once each, so it cannot go round in circles).
fn transpose(layered: &mut Layered, even: bool) {
    let mut even = even;
    let mut improved = true;
    while improved {
        improved = false;
        for rank in 0..layered.ranks.len() {
            // Swaps within a rank move none of the neighbours the counts read.
            let position = positions(layered);
            for index in 1..layered.ranks[rank].len() {
                let (left, right) = (layered.ranks[rank][index - 1], layered.ranks[rank][index]);
                let (now, swapped) =
                    (pair_crossings(layered, &position, left, right), pair_crossings(layered, &position, right, left));
                if swapped < now {
                    layered.ranks[rank].swap(index - 1, index);
                    improved = true;
                } else if even && swapped == now && now > 0 {
                    layered.ranks[rank].swap(index - 1, index);
                }
            }
        }
        even = false;
    }
}

/// All crossings between adjacent ranks in the current order.
pub(super) fn crossings(layered: &Layered) -> usize {
    let position = positions(layered);
    (0..layered.ranks.len()).map(|rank| rank_pair_crossings(layered, &position, rank)).sum()
}

/// Crossings between the arrows from `rank` to the rank below it.
fn rank_pair_crossings(layered: &Layered, position: &[usize], rank: usize) -> usize {
    let arrows: Vec<(usize, usize)> = layered.ranks[rank]
        .iter()
        .flat_map(|&item| layered.succs[item].iter().map(move |&next| (item, next)))
        .map(|(from, to)| (position[from], position[to]))
        .collect();
    let mut count = 0;
    for (i, a) in arrows.iter().enumerate() {
        count += arrows[i + 1..].iter().filter(|b| (a.0 < b.0 && a.1 > b.1) || (a.0 > b.0 && a.1 < b.1)).count();
    }
    count
}

#[cfg(test)]
mod tests {
    use super::super::graph::{Graph, GraphEdge, GraphNode};
    use super::super::layers::layer;
    use super::*;
    use crate::pack::NodeKind;

    fn layered(edges: &[(usize, usize)], count: usize) -> Layered {
        let node = |i: usize| GraphNode::of(&format!("n{i}"), NodeKind::Info, "");
        let graph = Graph {
            nodes: (0..count).map(node).collect(),
            edges: edges.iter().map(|&(from, to)| GraphEdge { from, to, labels: Vec::new() }).collect(),
        };
        layer(&graph, &vec![(50, 20); count], &vec![None; edges.len()])
    }

    #[test]
    fn a_crossing_that_reordering_removes_is_removed() {
        // 0 → 1, 0 → 2, 1 → 4, 2 → 3: 3 and 4 start in the wrong order.
        let mut l = layered(&[(0, 1), (0, 2), (1, 4), (2, 3)], 5);
        l.ranks = vec![vec![0], l.ranks[1].clone(), vec![1, 2], l.ranks[3].clone(), vec![3, 4]];
        let dummies = l.ranks[3].clone();
        l.ranks[3] = vec![dummies[1], dummies[0]];
        assert!(crossings(&l) > 0);
        reduce_crossings(&mut l);
        assert_eq!(crossings(&l), 0);
    }

    #[test]
    fn a_graph_that_must_cross_keeps_its_one_crossing() {
        // K(3,3) minus nothing drawn in two ranks crosses; the count stays positive.
        let edges: Vec<(usize, usize)> = (0..3).flat_map(|a| (3..6).map(move |b| (a, b))).collect();
        let mut l = layered(&edges, 6);
        reduce_crossings(&mut l);
        assert!(crossings(&l) > 0);
    }
}
