//! Shared by the golden-file tests: each checked case is counted, so that a
//! golden file that lost cases (truncated, or a generator that wrote fewer)
//! fails instead of passing with less checked.

use std::cell::Cell;

std::thread_local!(static CASES: Cell<usize> = const { Cell::new(0) });

/// Records one checked case.
pub fn count() {
    CASES.with(|c| c.set(c.get() + 1));
}

/// The cases checked so far on this thread.
pub fn cases() -> usize {
    CASES.with(Cell::get)
}
