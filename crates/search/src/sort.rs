//! The search core's sorting.
//!
//! Every `sort_unstable_by` call with its own element type or comparator is a separate
//! copy of the standard library's sort in the wasm. Here there is one comparison sort: indices are sorted through a comparator behind a
//! reference, and other element types are sorted by sorting their positions. Ranking on
//! each keystroke has its own counting sort, [`rank_by_score`], linear in the hits.

use std::cmp::Ordering;

/// Sorts `items` (unstable) by `cmp` on the values, not the slots.
pub(crate) fn sort_u32(items: &mut [u32], cmp: &dyn Fn(u32, u32) -> Ordering) {
    items.sort_unstable_by(|&a, &b| cmp(a, b));
}

/// Sorts `items` (unstable) by `cmp`, through the same code as [`sort_u32`].
pub(crate) fn sort_by<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    sort_u32(&mut order, &|a, b| cmp(&items[a as usize], &items[b as usize]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i as usize].take()));
}

/// Orders `docs` (ascending) by `score`, highest first, ties in their given order.
///
/// The ranking on every keystroke: scores are small integers, so a counting sort is
/// linear in the hits, where a comparison sort of 10,000 hits took most of the search.
pub(crate) fn rank_by_score(docs: &[u32], score: &[u32]) -> Vec<u32> {
    let top = docs.iter().map(|&d| score[d as usize]).max().unwrap_or(0) as usize;
    // `starts[top - s]` is where score `s` begins in the output (highest scores first).
    let mut starts = vec![0usize; top + 2];
    for &d in docs {
        starts[top - score[d as usize] as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut ranked = vec![0u32; docs.len()];
    for &d in docs {
        let slot = &mut starts[top - score[d as usize] as usize];
        ranked[*slot] = d;
        *slot += 1;
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_by_score_highest_first_and_keeps_the_order_of_ties() {
        let score = [5, 0, 9, 5, 1, 9, 5];
        assert_eq!(rank_by_score(&[0, 2, 3, 4, 5, 6], &score), [2, 5, 0, 3, 6, 4]);
        assert_eq!(rank_by_score(&[1], &score), [1]);
        assert!(rank_by_score(&[], &score).is_empty());
        // Against the comparison sort it replaces, on many ties.
        let score: Vec<u32> = (0..5000u32).map(|i| (i * 7919) % 37).collect();
        let docs: Vec<u32> = (0..5000).filter(|d| d % 3 != 0).collect();
        let mut expected = docs.clone();
        sort_u32(&mut expected, &|a, b| score[b as usize].cmp(&score[a as usize]).then(a.cmp(&b)));
        assert_eq!(rank_by_score(&docs, &score), expected);
    }

    #[test]
    fn sorts_any_type_by_its_comparator_and_keeps_every_item() {
        let mut words = vec!["peer", "appel", "kers", "appel", "banaan"];
        sort_by(&mut words, &|a, b| a.cmp(b));
        assert_eq!(words, ["appel", "appel", "banaan", "kers", "peer"]);
        let mut numbers: Vec<u32> = (0..1000).map(|i| (i * 7919) % 1000).collect();
        sort_u32(&mut numbers, &|a, b| b.cmp(&a));
        assert!(numbers.windows(2).all(|w| w[0] >= w[1]) && numbers.len() == 1000);
        let mut empty: Vec<String> = Vec::new();
        sort_by(&mut empty, &|a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}
