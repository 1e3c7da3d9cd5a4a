//! `einsum!` against the same contraction written as plain loops over
//! `[f32; N]` arrays (NumPy: `np.einsum(..., optimize=False)`): the matrix
//! product pattern, a batched product and a bilinear form.

use std::hint::black_box;

use shaped::{Array1, Array2, Array3};

use crate::Workload;

/// `benches/workloads/linalg.rs`'s matrix: `m` in [-1, 1] plus `n I`.
fn value(n: usize, i: usize, j: usize) -> f64 {
    let k = (i * n + j) as u64 * 2_654_435_761 % 4_294_967_296;
    k as f64 / 2_147_483_648.0 - 1.0 + if i == j { n as f64 } else { 0.0 }
}

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    let a = Array2::<f32, 4, 4>::from_fn(|[i, j]| value(4, i, j) as f32);
    let pa: [[f32; 4]; 4] = a.into();
    measure(
        Workload::new("einsum_matmul_f32", 4)
            .case("shaped", || {
                shaped::einsum!("ij,jk->ik", black_box(&a), black_box(&a))
            })
            .case("loop", || {
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
            }),
    );

    let batch = Array3::<f32, 8, 4, 4>::from_fn(|[b, i, j]| value(4, i, j) as f32 + b as f32);
    let plain: [[[f32; 4]; 4]; 8] = batch.into();
    measure(
        Workload::new("einsum_batched_f32", 8)
            .case("shaped", || {
                shaped::einsum!("bij,bjk->bik", black_box(&batch), black_box(&batch))
            })
            .case("loop", || {
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
            }),
    );

    let m = Array2::<f64, 16, 16>::from_fn(|[i, j]| value(16, i, j));
    let v = Array1::<f64, 16>::from_fn(|[i]| i as f64 * 0.25 - 2.0);
    let (pm, pv): ([[f64; 16]; 16], [f64; 16]) = (m.into(), v.into());
    measure(
        Workload::new("einsum_bilinear_f64", 16)
            .case("shaped", || {
                shaped::einsum!("i,ij,j->", black_box(&v), black_box(&m), black_box(&v))
            })
            .case("loop", || {
                let (u, a) = (black_box(&pv), black_box(&pm));
                let mut s = 0.0;
                for i in 0..16 {
                    for j in 0..16 {
                        s += u[i] * a[i][j] * u[j];
                    }
                }
                s
            }),
    );
}
