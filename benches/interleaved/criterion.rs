//! The interleaved harness's workloads timed by criterion instead: the same
//! closures, so that every claim made from one method can be checked
//! against the other. Results go to groups named `twin.<workload>`, beside
//! `compute.rs`'s own. `cargo bench -p shaped-bench --bench twins`.

#[path = "elementwise.rs"]
mod elementwise;
#[path = "linalg.rs"]
mod linalg;
#[path = "npy.rs"]
mod npy;
#[path = "products.rs"]
mod products;
#[path = "reductions.rs"]
mod reductions;
#[path = "sequences.rs"]
mod sequences;
#[path = "stream.rs"]
mod stream;
#[path = "views.rs"]
mod views;
#[path = "workload.rs"]
mod workload;

use std::time::Duration;

use criterion::{BenchmarkId, Criterion};

pub use workload::{Workload, plain};

type Group = fn(&mut dyn FnMut(Workload<'_>));
const GROUPS: [Group; 8] = [
    sequences::all,
    reductions::all,
    elementwise::all,
    products::all,
    linalg::all,
    stream::all,
    views::all,
    npy::all,
];

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
            let mut g = c.benchmark_group(format!("twin.{}", w.name));
            for mut case in w.cases {
                g.bench_function(BenchmarkId::new(case.contender, &w.param), |b| {
                    b.iter(|| (case.run)())
                });
            }
            g.finish();
        });
    }
}
