//! The workloads of `lib.rs` timed by criterion: the same closures the
//! interleaved harness times, so that every claim made from one method can
//! be checked against the other. One criterion group per workload, one
//! benchmark per contender and size.
//! `cargo bench -p shaped-bench --bench twins [filter]`.

use std::time::Duration;

use criterion::{BenchmarkId, Criterion};
use shaped_bench::{GROUPS, Workload};

fn main() {
    let filter = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_default();
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(20);
    for group in GROUPS {
        group(&mut |w: Workload<'_>| {
            if !format!("{}/{}", w.name, w.param).contains(filter.as_str()) {
                return;
            }
            let mut g = c.benchmark_group(w.name);
            for mut case in w.cases {
                g.bench_function(BenchmarkId::new(case.contender, &w.param), |b| {
                    b.iter(|| (case.run)())
                });
            }
            g.finish();
        });
    }
}
