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
