//! Linear algebra for fixed sizes: shaped against glam (3x3 and 4x4 `f32`)
//! and nalgebra (every size), NumPy's per-call cost added by
//! `benches/report.py` (`numpy_bench.py`). Every matrix is `m + n I` with
//! `m` in [-1, 1], well conditioned and the same for all contenders.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use nalgebra::SMatrix;
use shaped::{Array1, Array2};

/// The test matrix: a fixed pseudo-random `m` in [-1, 1] plus `n I`.
fn value(n: usize, i: usize, j: usize) -> f64 {
    let k = (i * n + j) as u64 * 2_654_435_761 % 4_294_967_296;
    k as f64 / 2_147_483_648.0 - 1.0 + if i == j { n as f64 } else { 0.0 }
}

type Group<'a> = criterion::BenchmarkGroup<'a, criterion::measurement::WallTime>;

/// glam's `determinant` (`inverse` when `inv`) of the column-major copy of
/// row-major `a` (3x3 or 4x4).
fn glam_square(g: &mut Group<'_>, n: usize, a: &[f32], inv: bool) {
    // glam takes columns: the transpose of the row-major data.
    let cols: Vec<f32> = (0..n * n).map(|k| a[(k % n) * n + k / n]).collect();
    match (n, inv) {
        (3, false) => {
            let m = glam::Mat3::from_cols_slice(&cols);
            g.bench_function(BenchmarkId::new("glam", n), |b| {
                b.iter(|| black_box(&m).determinant())
            });
        }
        (3, true) => {
            let m = glam::Mat3::from_cols_slice(&cols);
            g.bench_function(BenchmarkId::new("glam", n), |b| {
                b.iter(|| black_box(&m).inverse())
            });
        }
        (4, false) => {
            let m = glam::Mat4::from_cols_slice(&cols);
            g.bench_function(BenchmarkId::new("glam", n), |b| {
                b.iter(|| black_box(&m).determinant())
            });
        }
        (4, true) => {
            let m = glam::Mat4::from_cols_slice(&cols);
            g.bench_function(BenchmarkId::new("glam", n), |b| {
                b.iter(|| black_box(&m).inverse())
            });
        }
        _ => unreachable!("glam has 3x3 and 4x4 matrices"),
    }
}

/// `det` and `inv` of `f32` matrices of size 3 and 4: shaped, glam, nalgebra.
macro_rules! small_f32 {
    ($c:expr, $($n:literal),*) => {$({
        let a = Array2::<f32, $n, $n>::from_fn(|[i, j]| value($n, i, j) as f32);
        let m = SMatrix::<f32, $n, $n>::from_row_slice(a.as_slice());
        let mut g = $c.benchmark_group("det_f32");
        g.bench_function(BenchmarkId::new("shaped", $n), |b| b.iter(|| black_box(&a).det()));
        g.bench_function(BenchmarkId::new("nalgebra", $n), |b| b.iter(|| black_box(&m).determinant()));
        glam_square(&mut g, $n, a.as_slice(), false);
        g.finish();
        let mut g = $c.benchmark_group("inv_f32");
        g.bench_function(BenchmarkId::new("shaped", $n), |b| b.iter(|| black_box(&a).inv()));
        g.bench_function(BenchmarkId::new("nalgebra", $n), |b| b.iter(|| black_box(&m).try_inverse()));
        glam_square(&mut g, $n, a.as_slice(), true);
        g.finish();
    })*};
}

/// `det`, `inv`, `solve` and `cholesky` of `f64` matrices: shaped and
/// nalgebra (`determinant`, `try_inverse`, `lu().solve`, `cholesky()`).
macro_rules! square_f64 {
    ($c:expr, $($n:literal),*) => {$({
        let a = Array2::<f64, $n, $n>::from_fn(|[i, j]| value($n, i, j));
        let rhs = Array1::<f64, $n>::from_fn(|[i]| i as f64 - 1.5);
        let spd = a.matmul(a.t());
        let m = SMatrix::<f64, $n, $n>::from_row_slice(a.as_slice());
        let mv = nalgebra::SVector::<f64, $n>::from_row_slice(rhs.as_slice());
        let ms = SMatrix::<f64, $n, $n>::from_row_slice(spd.as_slice());
        let mut g = $c.benchmark_group("det_f64");
        g.bench_function(BenchmarkId::new("shaped", $n), |b| b.iter(|| black_box(&a).det()));
        g.bench_function(BenchmarkId::new("nalgebra", $n), |b| b.iter(|| black_box(&m).determinant()));
        g.finish();
        let mut g = $c.benchmark_group("inv_f64");
        g.bench_function(BenchmarkId::new("shaped", $n), |b| b.iter(|| black_box(&a).inv()));
        g.bench_function(BenchmarkId::new("nalgebra", $n), |b| b.iter(|| black_box(&m).try_inverse()));
        g.finish();
        let mut g = $c.benchmark_group("solve_f64");
        g.bench_function(BenchmarkId::new("shaped", $n), |b| b.iter(|| black_box(&a).solve(black_box(&rhs))));
        g.bench_function(BenchmarkId::new("nalgebra", $n), |b| b.iter(|| black_box(&m).lu().solve(black_box(&mv))));
        g.finish();
        let mut g = $c.benchmark_group("cholesky_f64");
        g.bench_function(BenchmarkId::new("shaped", $n), |b| b.iter(|| black_box(&spd).cholesky()));
        g.bench_function(BenchmarkId::new("nalgebra", $n), |b| b.iter(|| black_box(ms).cholesky()));
        g.finish();
        let mut g = $c.benchmark_group("eigh_f64");
        g.bench_function(BenchmarkId::new("shaped", $n), |b| b.iter(|| black_box(&spd).eigh()));
        g.bench_function(BenchmarkId::new("nalgebra", $n), |b| b.iter(|| black_box(ms).symmetric_eigen()));
        g.finish();
    })*};
}

/// `einsum!` against the same contraction written as plain loops over
/// `[f32; N]` arrays (and `np.einsum` in `numpy_bench.py`).
fn einsums(c: &mut Criterion) {
    let a = Array2::<f32, 4, 4>::from_fn(|[i, j]| value(4, i, j) as f32);
    let pa: [[f32; 4]; 4] = a.into();
    let mut g = c.benchmark_group("einsum_matmul_f32");
    g.bench_function(BenchmarkId::new("shaped", 4), |b| {
        b.iter(|| shaped::einsum!("ij,jk->ik", black_box(&a), black_box(&a)))
    });
    // `a.matmul(&b)` in the same group, for the claim that the matrix
    // product pattern costs what `matmul` costs (report.py lists it apart).
    g.bench_function(BenchmarkId::new("matmul", 4), |b| {
        b.iter(|| black_box(&a).matmul(black_box(&a)))
    });
    g.bench_function(BenchmarkId::new("loop", 4), |b| {
        b.iter(|| {
            let (x, y) = (black_box(&pa), black_box(&pa));
            let mut out = [[0.0f32; 4]; 4];
            for i in 0..4 {
                for k in 0..4 {
                    for j in 0..4 {
                        out[i][k] += x[i][j] * y[j][k];
                    }
                }
            }
            out
        })
    });
    g.finish();

    let batch =
        shaped::Array3::<f32, 8, 4, 4>::from_fn(|[b, i, j]| value(4, i, j) as f32 + b as f32);
    let plain: [[[f32; 4]; 4]; 8] = batch.into();
    let mut g = c.benchmark_group("einsum_batched_f32");
    g.bench_function(BenchmarkId::new("shaped", 8), |b| {
        b.iter(|| shaped::einsum!("bij,bjk->bik", black_box(&batch), black_box(&batch)))
    });
    g.bench_function(BenchmarkId::new("loop", 8), |b| {
        b.iter(|| {
            let (x, y) = (black_box(&plain), black_box(&plain));
            let mut out = [[[0.0f32; 4]; 4]; 8];
            for n in 0..8 {
                for i in 0..4 {
                    for k in 0..4 {
                        for j in 0..4 {
                            out[n][i][k] += x[n][i][j] * y[n][j][k];
                        }
                    }
                }
            }
            out
        })
    });
    g.finish();

    let m = Array2::<f64, 16, 16>::from_fn(|[i, j]| value(16, i, j));
    let v = Array1::<f64, 16>::from_fn(|[i]| i as f64 * 0.25 - 2.0);
    let (pm, pv): ([[f64; 16]; 16], [f64; 16]) = (m.into(), v.into());
    let mut g = c.benchmark_group("einsum_bilinear_f64");
    g.bench_function(BenchmarkId::new("shaped", 16), |b| {
        b.iter(|| shaped::einsum!("i,ij,j->", black_box(&v), black_box(&m), black_box(&v)))
    });
    g.bench_function(BenchmarkId::new("loop", 16), |b| {
        b.iter(|| {
            let (u, a) = (black_box(&pv), black_box(&pm));
            let mut s = 0.0;
            for i in 0..16 {
                for j in 0..16 {
                    s += u[i] * a[i][j] * u[j];
                }
            }
            s
        })
    });
    g.finish();
}

fn linalg(c: &mut Criterion) {
    small_f32!(c, 3, 4);
    square_f64!(c, 3, 4, 6, 8);
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30)
}

criterion_group! { name = benches; config = config(); targets = linalg, einsums }
criterion_main!(benches);
