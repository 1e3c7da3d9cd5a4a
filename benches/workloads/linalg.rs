//! Linear algebra for fixed sizes: shaped against glam (3x3 and 4x4 `f32`)
//! and nalgebra (every size), the test matrices `m + n I`
//! with a fixed pseudo-random `m` in [-1, 1]. NumPy's side is in
//! `numpy_interleaved.py`.

use std::hint::black_box;

use nalgebra::SMatrix;
use shaped::{Array1, Array2};

use crate::Workload;

/// The test matrix: a fixed pseudo-random `m` in [-1, 1] plus `n I`.
fn value(n: usize, i: usize, j: usize) -> f64 {
    let k = (i * n + j) as u64 * 2_654_435_761 % 4_294_967_296;
    k as f64 / 2_147_483_648.0 - 1.0 + if i == j { n as f64 } else { 0.0 }
}

/// glam's column-major copy of row-major data.
fn columns(a: &[f32], n: usize) -> Vec<f32> {
    (0..n * n).map(|k| a[(k % n) * n + k / n]).collect()
}

macro_rules! small_f32 {
    ($measure:expr, $($n:literal => $glam:ty),*) => {$({
        const N: usize = $n;
        let a = Array2::<f32, N, N>::from_fn(|[i, j]| value(N, i, j) as f32);
        let m = SMatrix::<f32, N, N>::from_row_slice(a.as_slice());
        let g = <$glam>::from_cols_slice(&columns(a.as_slice(), N));
        $measure(
            Workload::new("det_f32", N)
                .case("shaped", || black_box(&a).det())
                .case("nalgebra", || black_box(&m).determinant())
                .case("glam", || black_box(&g).determinant()),
        );
        $measure(
            Workload::new("inv_f32", N)
                .case("shaped", || black_box(&a).inv())
                .case("nalgebra", || black_box(&m).try_inverse())
                .case("glam", || black_box(&g).inverse()),
        );
    })*};
}

macro_rules! square_f64 {
    ($measure:expr, $($n:literal),*) => {$({
        const N: usize = $n;
        let a = Array2::<f64, N, N>::from_fn(|[i, j]| value(N, i, j));
        let rhs = Array1::<f64, N>::from_fn(|[i]| i as f64 - 1.5);
        let spd = a.matmul(a.t());
        let m = SMatrix::<f64, N, N>::from_row_slice(a.as_slice());
        let mv = nalgebra::SVector::<f64, N>::from_row_slice(rhs.as_slice());
        let ms = SMatrix::<f64, N, N>::from_row_slice(spd.as_slice());
        $measure(
            Workload::new("det_f64", N)
                .case("shaped", || black_box(&a).det())
                .case("nalgebra", || black_box(&m).determinant()),
        );
        $measure(
            Workload::new("inv_f64", N)
                .case("shaped", || black_box(&a).inv())
                .case("nalgebra", || black_box(&m).try_inverse()),
        );
        $measure(
            Workload::new("solve_f64", N)
                .case("shaped", || black_box(&a).solve(black_box(&rhs)))
                .case("nalgebra", || black_box(&m).lu().solve(black_box(&mv))),
        );
        $measure(
            Workload::new("cholesky_f64", N)
                .case("shaped", || black_box(&spd).cholesky())
                .case("nalgebra", || black_box(ms).cholesky()),
        );
        $measure(
            Workload::new("eigh_f64", N)
                .case("shaped", || black_box(&spd).eigh())
                .case("nalgebra", || black_box(ms).symmetric_eigen()),
        );
    })*};
}

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    small_f32!(measure, 3 => glam::Mat3, 4 => glam::Mat4);
    square_f64!(measure, 3, 4, 6, 8);
}
