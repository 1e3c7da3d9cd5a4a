//! The interleaved harness: every contender of a workload in one process,
//! timed in rotating order, so that a slow phase of the shared machine (or
//! of the allocator) falls on all of them alike. `benches/report.py` runs it
//! beside criterion (`twins.rs`, the same workloads) and prints both.
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
//! median of N passes, 3 by default; the filter keeps the workloads whose
//! `name/param` contains it, so `sum` or `/4194304` picks some; `report.py` runs single passes,
//! alternating with NumPy's, and takes the median itself).
//!
//! `--list` prints the matching workloads, each with its group's position
//! in `GROUPS` and its contenders; `--group K` builds only that group's
//! inputs.
//! `--count CONTENDER --calls N` times nothing: it calls that contender of
//! each matching workload N times, for an instruction counter
//! (`benches/instructions.py` runs it under callgrind with N and 0 calls
//! and divides the difference by N, the second method on a loaded machine
//! where time is noise).

use std::time::{Duration, Instant};

use shaped_bench::{Case, GROUPS, Workload};

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
    let (mut count, mut calls, mut list, mut only) = (None, 1usize, false, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--count" => count = Some(args.next().expect("--count CONTENDER")),
            "--list" => list = true,
            "--group" => only = args.next().and_then(|k| k.parse::<usize>().ok()),
            "--calls" => calls = args.next().and_then(|n| n.parse().ok()).expect("--calls N"),
            "--passes" => {
                passes = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .expect("--passes N")
            }
            _ => filter = arg,
        }
    }
    if list {
        for (k, group) in GROUPS.iter().enumerate() {
            group(&mut |w: Workload<'_>| {
                let key = format!("{}/{}", w.name, w.param);
                if key.contains(filter.as_str()) {
                    let contenders: Vec<_> = w.cases.iter().map(|c| c.contender).collect();
                    println!("{k} {key} {}", contenders.join(" "));
                }
            });
        }
        return;
    }
    if let Some(contender) = count {
        let groups = GROUPS.iter().enumerate();
        for (_, group) in groups.filter(|&(k, _)| only.is_none_or(|o| o == k)) {
            group(&mut |w: Workload<'_>| {
                if format!("{}/{}", w.name, w.param).contains(filter.as_str()) {
                    for case in w.cases.into_iter().filter(|c| c.contender == contender) {
                        let mut run = case.run;
                        (0..calls).for_each(|_| run());
                    }
                }
            });
        }
        return;
    }
    let mut out = Vec::new();
    for group in GROUPS {
        group(&mut |w: Workload<'_>| {
            if format!("{}/{}", w.name, w.param).contains(filter.as_str()) {
                measure(w, passes, &mut out);
            }
        });
    }
    let body: Vec<String> = out.iter().map(|(k, v)| format!("{k:?}: {v}")).collect();
    println!("{{{}}}", body.join(", "));
}
