//! `Rows<f64, Shape1<8>>` against ndarray on NumPy's everyday table work,
//! a (1_000_000, 8) float64 array: loading the `.npy` file, the column
//! means, the standardisation `(x - x.mean(axis=0)) / x.std(axis=0)`, a
//! boolean mask of rows, and the rows sorted by a column. Prints one line
//! per workload and library, the median of 15 runs; `benches/rows_numpy.py`
//! times NumPy on the same file.
//!
//! `cargo run --release --manifest-path benches/Cargo.toml --bin rows [file.npy]`

use std::hint::black_box;
use std::time::{Duration, Instant};

use ndarray::{Array2, Axis};
use shaped::{Rows, Shape1};

const N: usize = 1_000_000;

/// The median time of `runs` calls of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn report(workload: &str, library: &str, time: Duration) {
    println!(
        "{workload:<28} {library:<8} {:>10.3} ms",
        time.as_secs_f64() * 1e3
    );
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            let path = std::env::temp_dir().join("shaped-rows-bench.npy");
            let x = Rows::<f64, Shape1<8>>::from_fn(N, |[i, j]| {
                let k = ((i * 8 + j) as u64).wrapping_mul(2654435761) % (1 << 32);
                (k as f64 / 4294967296.0 - 0.5) * (1.0 + (k % 97) as f64)
            });
            x.save_npy(&path).unwrap();
            path
        });

    report(
        "load_npy",
        "shaped",
        median(15, || {
            black_box(Rows::<f64, Shape1<8>>::load_npy(&path).unwrap());
        }),
    );
    report(
        "load_npy",
        "ndarray",
        median(15, || {
            black_box(ndarray_npy::read_npy::<_, Array2<f64>>(&path).unwrap());
        }),
    );

    let x = Rows::<f64, Shape1<8>>::load_npy(&path).unwrap();
    let nd: Array2<f64> = ndarray_npy::read_npy(&path).unwrap();

    report(
        "mean(axis=0)",
        "shaped",
        median(15, || {
            black_box(x.mean_axis::<0>());
        }),
    );
    report(
        "mean(axis=0)",
        "ndarray",
        median(15, || {
            black_box(nd.mean_axis(Axis(0)).unwrap());
        }),
    );

    report(
        "(x - mean) / std",
        "shaped",
        median(15, || {
            black_box((&x - &x.mean_axis::<0>()) / &x.std_axis::<0>());
        }),
    );
    report(
        "(x - mean) / std",
        "ndarray",
        median(15, || {
            let mean = nd.mean_axis(Axis(0)).unwrap();
            let std = nd.std_axis(Axis(0), 0.0);
            black_box((&nd - &mean) / &std);
        }),
    );

    let mask: Vec<bool> = x.column(0).iter().map(|&v| v > 0.0).collect();
    report(
        "x[mask]",
        "shaped",
        median(15, || {
            black_box(x.select_rows(&mask));
        }),
    );
    report(
        "x[mask]",
        "ndarray",
        median(15, || {
            let kept: Vec<usize> = mask
                .iter()
                .enumerate()
                .filter(|(_, k)| **k)
                .map(|(i, _)| i)
                .collect();
            black_box(nd.select(Axis(0), &kept));
        }),
    );

    report(
        "x[x[:, 0].argsort()]",
        "shaped",
        median(15, || {
            black_box(x.take_rows(&x.argsort_by_column(0)));
        }),
    );
    report(
        "x[x[:, 0].argsort()]",
        "ndarray",
        median(15, || {
            let column = nd.column(0);
            let mut order: Vec<usize> = (0..column.len()).collect();
            order.sort_by(|&a, &b| column[a].total_cmp(&column[b]));
            black_box(nd.select(Axis(0), &order));
        }),
    );
}
