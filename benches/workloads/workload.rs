//! A workload: a name, a size, and a list of contenders, each a closure.
//! The interleaved harness (`bin/interleaved.rs`) and criterion
//! (`bin/twins.rs`) time the same closures.

use std::hint::black_box;

/// One contender's call, boxed so that every case of a workload sits in one
/// list. Each call's result goes through `black_box`.
pub struct Case<'a> {
    pub contender: &'static str,
    pub run: Box<dyn FnMut() + 'a>,
}

/// A workload: what is computed, at which size, by whom.
pub struct Workload<'a> {
    pub name: &'static str,
    pub param: String,
    pub cases: Vec<Case<'a>>,
}

impl<'a> Workload<'a> {
    pub fn new(name: &'static str, param: impl ToString) -> Self {
        Self {
            name,
            param: param.to_string(),
            cases: Vec::new(),
        }
    }

    /// Adds a contender; `f`'s result is kept alive through `black_box` and
    /// dropped after the call, as a caller's would be.
    pub fn case<R>(mut self, contender: &'static str, mut f: impl FnMut() -> R + 'a) -> Self {
        self.cases.push(Case {
            contender,
            run: Box::new(move || drop(black_box(f()))),
        });
        self
    }

    /// [`case`](Self::case) when `when` holds (a contender for some sizes).
    pub fn case_if<R>(
        self,
        when: bool,
        contender: &'static str,
        f: impl FnMut() -> R + 'a,
    ) -> Self {
        if when { self.case(contender, f) } else { self }
    }
}

/// A boxed `[T; N]` holding `data`, the plain contender's input.
pub fn plain<T: Copy, const N: usize>(data: &[T]) -> Box<[T; N]> {
    data.to_vec()
        .into_boxed_slice()
        .try_into()
        .ok()
        .expect("length N")
}
