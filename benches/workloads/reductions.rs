//! `sum` of `f64`: cache-sized (1K) and memory-bound (4M, 32 MiB). The plain
//! reference keeps 16 running sums (a different order than NumPy's pairwise
//! one, so not the same bits, but the fastest simple loop). At 4M, the
//! threaded sums of shaped (`par_sum`) and ndarray (rayon) too.

use std::hint::black_box;

use shaped::Array1;

use crate::{Workload, plain};

/// Sixteen running sums over chunks of 16, then the rest.
fn sum16(a: &[f64]) -> f64 {
    let mut acc = [0.0f64; 16];
    let chunks = a.chunks_exact(16);
    let rest = chunks.remainder();
    for chunk in chunks {
        for k in 0..16 {
            acc[k] += chunk[k];
        }
    }
    acc.iter().sum::<f64>() + rest.iter().sum::<f64>()
}

macro_rules! sums {
    ($measure:expr, $($n:expr),*) => {$({
        const N: usize = $n;
        let data: Vec<f64> = (0..N).map(|i| (i % 7) as f64 * 0.25).collect();
        let mut a = Array1::<f64, N>::zeros_boxed();
        a.as_mut_slice().copy_from_slice(&data);
        let p = plain::<f64, N>(&data);
        let na = ndarray::Array1::from(data.clone());
        let ga = nalgebra::DVector::from_vec(data.clone());
        $measure(
            Workload::new("sum_f64", N)
                .case("shaped", || black_box(&*a).sum())
                .case("loop", || sum16(black_box(&p[..])))
                .case("ndarray", || black_box(&na).sum())
                .case("nalgebra", || black_box(&ga).sum())
                // On all threads (feature `rayon`): shaped's has NumPy's
                // bits, ndarray's its own order.
                .case_if(N >= 1 << 20, "shaped_rayon", || black_box(&*a).par_sum())
                .case_if(N >= 1 << 20, "ndarray_rayon", || {
                    use ndarray::parallel::prelude::*;
                    black_box(&na).as_slice().unwrap().par_iter().sum::<f64>()
                }),
        );
    })*};
}

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    sums!(measure, 1024, 4 << 20);
}

/// `sum_axis` of a 1024x1024 `f64` matrix along each axis, in each order.
/// The plain references: whole rows added into an accumulator row along
/// the slow axis (NumPy's order), `sum16` of each contiguous lane along the
/// fast one.
pub fn axes(measure: &mut dyn FnMut(Workload<'_>)) {
    const N: usize = 1024;
    use ndarray::Axis;
    use shaped::{Array2, ColMajor};
    let data: Vec<f64> = (0..N * N).map(|i| (i % 13) as f64 * 0.25).collect();
    let mut c = Array2::<f64, N, N>::zeros_boxed();
    c.as_mut_slice().copy_from_slice(&data);
    let f = c.to_order_boxed::<ColMajor>();
    let p = plain::<f64, { N * N }>(&data);
    let pf = plain::<f64, { N * N }>(f.as_slice());
    let nc = ndarray::Array2::from_shape_vec((N, N), data.clone()).expect("N x N");
    let nf = nc.t().as_standard_layout().reversed_axes().to_owned();
    assert!(nf.t().is_standard_layout());
    fn rows(m: &[f64; N * N]) -> [f64; N] {
        let mut acc = [0.0; N];
        acc.copy_from_slice(&m[..N]);
        for row in m[N..].chunks_exact(N) {
            for (a, x) in acc.iter_mut().zip(row) {
                *a += x;
            }
        }
        acc
    }
    fn lanes(m: &[f64; N * N]) -> [f64; N] {
        let mut out = [0.0; N];
        for (o, lane) in out.iter_mut().zip(m.chunks_exact(N)) {
            *o = sum16(lane);
        }
        out
    }
    measure(
        Workload::new("sum_axis_f64", "axis0_C")
            .case("shaped", || black_box(&*c).sum_axis::<0>())
            .case("loop", || rows(black_box(&p)))
            .case("ndarray", || black_box(&nc).sum_axis(Axis(0))),
    );
    measure(
        Workload::new("sum_axis_f64", "axis1_C")
            .case("shaped", || black_box(&*c).sum_axis::<1>())
            .case("loop", || lanes(black_box(&p)))
            .case("ndarray", || black_box(&nc).sum_axis(Axis(1))),
    );
    measure(
        Workload::new("sum_axis_f64", "axis0_F")
            .case("shaped", || black_box(&*f).sum_axis::<0>())
            .case("loop", || lanes(black_box(&pf)))
            .case("ndarray", || black_box(&nf).sum_axis(Axis(0))),
    );
    measure(
        Workload::new("sum_axis_f64", "axis1_F")
            .case("shaped", || black_box(&*f).sum_axis::<1>())
            .case("loop", || rows(black_box(&pf)))
            .case("ndarray", || black_box(&nf).sum_axis(Axis(1))),
    );
}

/// `cumsum` of 1M `f64` into an existing boxed output (NumPy's
/// `np.cumsum(a, out=c)`), in place, and into a new box; the plain
/// reference is the running-sum loop NumPy's `add.accumulate` runs.
pub fn cumulative(measure: &mut dyn FnMut(Workload<'_>)) {
    const N: usize = 1 << 20;
    let data: Vec<f64> = (0..N).map(|i| (i % 7) as f64 * 0.25).collect();
    let mut a = Array1::<f64, N>::zeros_boxed();
    a.as_mut_slice().copy_from_slice(&data);
    let mut out = Array1::<f64, N>::zeros_boxed();
    let mut inplace = a.clone();
    let p = plain::<f64, N>(&data);
    let mut plain_out = plain::<f64, N>(&data);
    // In place (ndarray has no cumsum into an output); values grow to
    // infinity over the calls, as the in-place cases' do, at the same speed.
    let mut na = ndarray::Array1::from(data.clone());
    measure(
        Workload::new("cumsum_f64", N)
            .case("shaped", || black_box(&*a).cumsum_into(&mut out))
            .case("shaped_boxed", || black_box(&*a).cumsum_boxed())
            .case("shaped_inplace", || inplace.cumsum_inplace())
            .case("loop", || {
                let (input, out) = (black_box(&p), &mut plain_out);
                let mut running = 0.0;
                for (o, &x) in out.iter_mut().zip(input.iter()) {
                    running += x;
                    *o = running;
                }
            })
            .case("ndarray", || {
                na.accumulate_axis_inplace(ndarray::Axis(0), |&prev, x| *x += prev)
            }),
    );
}
