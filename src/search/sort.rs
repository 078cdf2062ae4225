//! One sort for the whole search core.
//!
//! Every `sort_unstable_by` call with its own element type or comparator is a separate
//! copy of the standard library's sort in the wasm, 2–3 KB each; the search core had six.
//! Here there is one: indices are sorted through a comparator behind a reference, and
//! other element types are sorted by sorting their positions.

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

#[cfg(test)]
mod tests {
    use super::*;

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
