//! Small matrix products (3x3, 4x4 and 16x16 `f32`), products into an
//! output from 32x32 to 1024x1024 (`f32` and `f64`), and the transposed
//! copy of a 1024x1024 `f32` matrix, whose reference is an 8x8-tiled kernel with
//! contiguous writes into fresh memory.

use std::hint::black_box;
use std::mem::MaybeUninit;

use shaped::{Array2, RowMajor};

use crate::Workload;

fn naive_matmul<const N: usize>(a: &[[f32; N]; N], b: &[[f32; N]; N]) -> [[f32; N]; N] {
    let mut c = [[0.0f32; N]; N];
    for i in 0..N {
        for k in 0..N {
            for j in 0..N {
                c[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    c
}

macro_rules! matmuls {
    ($measure:expr, $($n:literal),*) => {$({
        const N: usize = $n;
        let a = Array2::<f32, N, N>::from_fn(|[i, j]| (i * N + j) as f32 * 0.01);
        let b = Array2::<f32, N, N>::from_fn(|[i, j]| (i + j) as f32 * 0.5);
        let (pa, pb): ([[f32; N]; N], [[f32; N]; N]) = (a.into(), b.into());
        let na = ndarray::Array2::from_shape_vec((N, N), a.as_slice().to_vec()).unwrap();
        let nb = ndarray::Array2::from_shape_vec((N, N), b.as_slice().to_vec()).unwrap();
        let ga = nalgebra::SMatrix::<f32, N, N>::from_row_slice(a.as_slice());
        let gb = nalgebra::SMatrix::<f32, N, N>::from_row_slice(b.as_slice());
        let mut w = Workload::new("matmul_f32", N)
            .case("shaped", || black_box(&a).matmul(black_box(&b)))
            .case("loop", || naive_matmul(black_box(&pa), black_box(&pb)))
            .case("ndarray", || black_box(&na).dot(black_box(&nb)))
            .case("nalgebra", || black_box(&ga) * black_box(&gb));
        // glam is column-major; the same product on transposed data costs
        // the same.
        if N == 3 {
            let (x, y) = (glam::Mat3::from_cols_slice(a.as_slice()), glam::Mat3::from_cols_slice(b.as_slice()));
            w = w.case("glam", move || *black_box(&x) * *black_box(&y));
        }
        if N == 4 {
            let (x, y) = (glam::Mat4::from_cols_slice(a.as_slice()), glam::Mat4::from_cols_slice(b.as_slice()));
            w = w.case("glam", move || *black_box(&x) * *black_box(&y));
        }
        $measure(w);
    })*};
}

const TILE: usize = 8;

/// The reference transposed copy: 8x8 tiles, each destination row of a tile
/// written contiguously, into fresh (unzeroed) memory.
fn transpose_8x8(src: &[f32], n: usize) -> Box<[f32]> {
    let mut dst = Box::<[f32]>::new_uninit_slice(n * n);
    for j0 in (0..n).step_by(TILE) {
        for i0 in (0..n).step_by(TILE) {
            for j in j0..(j0 + TILE).min(n) {
                let row: &mut [MaybeUninit<f32>] = &mut dst[j * n..][..n];
                for i in i0..(i0 + TILE).min(n) {
                    row[i].write(src[i * n + j]);
                }
            }
        }
    }
    // SAFETY: the tiles cover every (i, j) in 0..n x 0..n once, and
    // (i, j) -> j * n + i reaches every slot of `dst`.
    unsafe { dst.assume_init() }
}

fn transposes(measure: &mut dyn FnMut(Workload<'_>)) {
    const N: usize = 1024;
    let data: Vec<f32> = (0..N * N).map(|i| i as f32).collect();
    let mut a = Array2::<f32, N, N>::zeros_boxed();
    a.as_mut_slice().copy_from_slice(&data);
    let na = ndarray::Array2::from_shape_vec((N, N), data.clone()).unwrap();
    let ga = nalgebra::DMatrix::from_row_slice(N, N, &data);
    measure(
        Workload::new("to_order_f32", N)
            .case("shaped", || black_box(&*a).t().to_order_boxed::<RowMajor>())
            .case("loop", || transpose_8x8(black_box(&data), N))
            .case("ndarray", || {
                black_box(&na).t().as_standard_layout().into_owned()
            })
            .case("nalgebra", || black_box(&ga).transpose()),
    );
}

/// `c = a b` into an existing `f32` or `f64` matrix: the reference loop
/// goes row by row (`c[i] += a[i][k] * b[k]`, which the compiler
/// vectorises), ndarray calls `general_mat_mul` (the `matrixmultiply`
/// crate), nalgebra `gemm`, NumPy `np.matmul(a, b, out=c)` (OpenBLAS).
macro_rules! matmuls_into {
    ($measure:expr, $t:ty, $name:literal, $($n:literal),*) => {$({
        const N: usize = $n;
        // Small integers and halves: every product and sum is exact, so
        // every contender computes the same matrix.
        let xs: Vec<$t> = (0..N * N).map(|i| (i % 7) as $t * 0.5 - 1.0).collect();
        let ys: Vec<$t> = (0..N * N).map(|i| (i % 5) as $t * 0.25).collect();
        let boxed = |data: &[$t]| {
            let mut a = Array2::<$t, N, N>::zeros_boxed();
            a.as_mut_slice().copy_from_slice(data);
            a
        };
        let (a, b, mut c) = (boxed(&xs), boxed(&ys), Array2::<$t, N, N>::zeros_boxed());
        let (pa, pb, mut pc) = (xs.clone(), ys.clone(), vec![0.0 as $t; N * N]);
        let na = ndarray::Array2::from_shape_vec((N, N), xs.clone()).unwrap();
        let nb = ndarray::Array2::from_shape_vec((N, N), ys.clone()).unwrap();
        let mut nc = ndarray::Array2::<$t>::zeros((N, N));
        let ga = nalgebra::DMatrix::from_row_slice(N, N, &xs);
        let gb = nalgebra::DMatrix::from_row_slice(N, N, &ys);
        let mut gc = nalgebra::DMatrix::<$t>::zeros(N, N);
        $measure(
            Workload::new($name, N)
                .case("shaped", || black_box(&*a).matmul_into(black_box(&*b), black_box(&mut *c)))
                // Seconds per call beyond 256: left out there.
                .case_if(N <= 256, "loop", || row_by_row(black_box(&pa), black_box(&pb), black_box(&mut pc), N))
                .case("ndarray", || {
                    ndarray::linalg::general_mat_mul(1.0, black_box(&na), black_box(&nb), 0.0, black_box(&mut nc))
                })
                .case("nalgebra", || black_box(&mut gc).gemm(1.0, black_box(&ga), black_box(&gb), 0.0)),
        );
    })*};
}

/// The reference loop of [`matmuls_into`]: each row of `c` accumulates
/// `a[i][k] * b[k]` over `k`, with `b`'s rows read contiguously.
fn row_by_row<T>(a: &[T], b: &[T], c: &mut [T], n: usize)
where
    T: Copy + Default + std::ops::Mul<Output = T> + std::ops::AddAssign,
{
    for (c_i, a_i) in c.chunks_exact_mut(n).zip(a.chunks_exact(n)) {
        c_i.fill(T::default());
        for (&a_ik, b_k) in a_i.iter().zip(b.chunks_exact(n)) {
            for (z, &y) in c_i.iter_mut().zip(b_k) {
                *z += a_ik * y;
            }
        }
    }
}

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    matmuls!(measure, 3, 4, 16);
    matmuls_into!(measure, f32, "matmul_into_f32", 32, 64, 128, 256, 512, 1024);
    matmuls_into!(measure, f64, "matmul_into_f64", 32, 64, 128, 256, 512, 1024);
    transposes(measure);
}
