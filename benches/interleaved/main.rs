//! The interleaved harness: every contender of a workload in one process,
//! timed in rotating order, so that a slow phase of the shared machine (or
//! of the allocator) falls on all of them alike. `benches/report.py` runs it
//! beside criterion and prints both.
//!
//! Method, per workload: each case is calibrated to batches of at least
//! 2 ms; 15 rounds, each visiting the cases in an order rotated by one;
//! each batch is preceded by one untimed call; a case's time is the median
//! of its rounds, and the reported time the median of 3 such passes. Run it
//! with glibc's allocator pinned (`report.py` sets `GLIBC_TUNABLES`), or
//! multi-MB cases swing with the order in which earlier cases freed memory.
//!
//! `cargo run --release -p shaped-bench --bin interleaved [filter] [--passes
//! N]` prints `{"workload/contender/param": median_ns, ...}` as JSON (the
//! median of N passes, 3 by default; `report.py` runs single passes,
//! alternating with NumPy's, and takes the median itself).

mod elementwise;
mod products;
mod reductions;
mod sequences;

use std::hint::black_box;
use std::time::{Duration, Instant};

/// One contender's call, boxed so that every case of a workload sits in one
/// list. Each call's result goes through `black_box`.
pub struct Case<'a> {
    contender: &'static str,
    run: Box<dyn FnMut() + 'a>,
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
}

const BATCH: Duration = Duration::from_millis(2);
const ROUNDS: usize = 15;

/// Calls per batch so that one batch takes at least [`BATCH`].
fn calibrate(run: &mut dyn FnMut()) -> u32 {
    run();
    let mut calls = 1u32;
    loop {
        let start = Instant::now();
        for _ in 0..calls {
            run();
        }
        if start.elapsed() >= BATCH || calls >= 1 << 30 {
            return calls;
        }
        calls *= 2;
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// One pass: the median time per call of each case, in nanoseconds.
fn pass(cases: &mut [Case<'_>], calls: &[u32]) -> Vec<f64> {
    let mut times = vec![Vec::with_capacity(ROUNDS); cases.len()];
    for round in 0..ROUNDS {
        for k in 0..cases.len() {
            let i = (k + round) % cases.len();
            let run = &mut cases[i].run;
            run();
            let start = Instant::now();
            for _ in 0..calls[i] {
                run();
            }
            times[i].push(start.elapsed().as_nanos() as f64 / f64::from(calls[i]));
        }
    }
    times.into_iter().map(median).collect()
}

fn measure(mut workload: Workload<'_>, passes: usize, out: &mut Vec<(String, f64)>) {
    let calls: Vec<u32> = workload
        .cases
        .iter_mut()
        .map(|c| calibrate(&mut c.run))
        .collect();
    let passes: Vec<Vec<f64>> = (0..passes)
        .map(|_| pass(&mut workload.cases, &calls))
        .collect();
    for (i, case) in workload.cases.iter().enumerate() {
        let ns = median(passes.iter().map(|p| p[i]).collect());
        let key = format!("{}/{}/{}", workload.name, case.contender, workload.param);
        eprintln!("{key}: {ns:.1} ns");
        out.push((key, ns));
    }
}

fn main() {
    let (mut filter, mut passes) = (String::new(), 3);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--passes" => {
                passes = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--passes N")
            }
            _ => filter = arg,
        }
    }
    let mut out = Vec::new();
    type Group = fn(&mut dyn FnMut(Workload<'_>));
    let groups: [Group; 4] = [
        sequences::all,
        reductions::all,
        elementwise::all,
        products::all,
    ];
    for group in groups {
        group(&mut |w: Workload<'_>| {
            if w.name.contains(filter.as_str()) {
                measure(w, passes, &mut out);
            }
        });
    }
    let body: Vec<String> = out.iter().map(|(k, v)| format!("{k:?}: {v}")).collect();
    println!("{{{}}}", body.join(", "));
}

/// A boxed `[T; N]` holding `data`, the plain contender's input.
pub fn plain<T: Copy, const N: usize>(data: &[T]) -> Box<[T; N]> {
    data.to_vec()
        .into_boxed_slice()
        .try_into()
        .ok()
        .expect("length N")
}
