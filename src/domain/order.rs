//! Sorting through one shared copy of the standard library's stable sort.
//!
//! `slice::sort_by` is generic over the element and the comparison, so each call site with its
//! own closure compiles its own copy of the sort (~3 KB of WASM each; thirty of them were ~110 KB
//! of the bundle). These helpers sort a list of positions with one comparison type, so the sort
//! itself is compiled once, then move the elements into that order. Same result as `sort_by`:
//! stable, equal elements keep their order.

use std::cmp::Ordering;

/// Positions `0..len` in the order `cmp` gives (stable). Not generic: one sort in the binary.
fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|a, b| cmp(*a, *b));
    order
}

/// Sort `v` stably by `cmp`, like `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = positions(v.len(), &|a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sort `v` stably by a key, like `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` in its natural order, like `v.sort()`.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_elements_in_order() {
        let words = [
            "pear", "fig", "apple", "kiwi", "plum", "date", "lime", "", "fig",
        ];
        let mut ours: Vec<(usize, &str)> = words.iter().copied().enumerate().collect();
        let mut std = ours.clone();
        sort_by_key(&mut ours, |(_, w)| w.len());
        std.sort_by_key(|(_, w)| w.len());
        assert_eq!(ours, std);
        // Stable: "fig" (1) before "fig" (8); four-letter words keep their order.
        assert_eq!(
            ours.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            [7, 1, 8, 0, 3, 4, 5, 6, 2]
        );
        let mut plain: Vec<&str> = words.to_vec();
        sort(&mut plain);
        assert_eq!(
            plain,
            ["", "apple", "date", "fig", "fig", "kiwi", "lime", "pear", "plum"]
        );
        let mut down = vec![3, 1, 2];
        sort_by(&mut down, |a, b| b.cmp(a));
        assert_eq!(down, [3, 2, 1]);
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}
