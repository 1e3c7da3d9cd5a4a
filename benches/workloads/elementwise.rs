//! Elementwise `f32` work at 16, 1K (L1), 64K (L2) and 4M (32 MiB, the size
//! of the performance issue's L3): `c = a + b` into an existing array, `a += b` and `a *= 2.5` in
//! place. NumPy's forms are `np.add(a, b, out=c)`, `a += b`, `a *= 2.5`.
//! At 4M, the threaded forms of shaped (feature `rayon`) and ndarray too.

use std::hint::black_box;

use shaped::Array1;

use crate::{Workload, plain};

macro_rules! elementwise {
    ($measure:expr, $($n:expr),*) => {$({
        const N: usize = $n;
        let xs: Vec<f32> = (0..N).map(|i| (i % 11) as f32 * 0.5).collect();
        let ys: Vec<f32> = (0..N).map(|i| (i % 5) as f32 * 0.25).collect();
        let boxed = |data: &[f32]| {
            let mut a = Array1::<f32, N>::zeros_boxed();
            a.as_mut_slice().copy_from_slice(data);
            a
        };
        let (mut a, b, mut c) = (boxed(&xs), boxed(&ys), Array1::<f32, N>::zeros_boxed());
        // The threaded contenders' own outputs.
        let (mut a2, mut c2) = (boxed(&xs), Array1::<f32, N>::zeros_boxed());
        let (mut pa, pb, mut pc) = (plain::<f32, N>(&xs), plain::<f32, N>(&ys), plain::<f32, N>(&ys));
        let (mut na, nb, mut nc) =
            (ndarray::Array1::from(xs.clone()), ndarray::Array1::from(ys.clone()), ndarray::Array1::<f32>::zeros(N));
        let (mut na2, mut nc2) = (na.clone(), nc.clone());
        let (mut ga, gb, mut gc) =
            (nalgebra::DVector::from_vec(xs.clone()), nalgebra::DVector::from_vec(ys.clone()), nalgebra::DVector::<f32>::zeros(N));

        $measure(
            Workload::new("add_into_f32", N)
                .case("shaped", || black_box(&mut *c).assign_zip_map(&*a, &*b, |x, y| x + y))
                .case("loop", || {
                    for ((z, x), y) in black_box(&mut *pc).iter_mut().zip(pa.iter()).zip(pb.iter()) {
                        *z = x + y;
                    }
                })
                .case("ndarray", || {
                    ndarray::Zip::from(black_box(&mut nc)).and(&na).and(&nb).for_each(|z, &x, &y| *z = x + y)
                })
                .case("nalgebra", || ga.add_to(&gb, black_box(&mut gc)))
                .case_if(N >= 1 << 20, "shaped_rayon", || black_box(&mut *c2).par_assign_zip_map(&*a, &*b, |x, y| x + y))
                .case_if(N >= 1 << 20, "ndarray_rayon", || {
                    ndarray::Zip::from(black_box(&mut nc2)).and(&na).and(&nb).par_for_each(|z, &x, &y| *z = x + y)
                }),
        );
        $measure(
            Workload::new("add_f32", N)
                .case("shaped", || *black_box(&mut *a) += &*b)
                .case("loop", || {
                    for (x, y) in black_box(&mut *pa).iter_mut().zip(pb.iter()) {
                        *x += *y;
                    }
                })
                .case("ndarray", || *black_box(&mut na) += &nb)
                .case("nalgebra", || *black_box(&mut ga) += &gb)
                .case_if(N >= 1 << 20, "shaped_rayon", || black_box(&mut *a2).par_zip_map_inplace(&*b, |x, y| x + y))
                .case_if(N >= 1 << 20, "ndarray_rayon", || {
                    ndarray::Zip::from(black_box(&mut na2)).and(&nb).par_for_each(|x, &y| *x += y)
                }),
        );
        $measure(
            Workload::new("scale_f32", N)
                .case("shaped", || *black_box(&mut *a) *= 2.5)
                .case("loop", || {
                    for x in black_box(&mut *pa).iter_mut() {
                        *x *= 2.5;
                    }
                })
                .case("ndarray", || *black_box(&mut na) *= 2.5)
                .case("nalgebra", || *black_box(&mut ga) *= 2.5)
                .case_if(N >= 1 << 20, "shaped_rayon", || black_box(&mut *a2).par_map_inplace(|x| x * 2.5))
                .case_if(N >= 1 << 20, "ndarray_rayon", || black_box(&mut na2).par_map_inplace(|x| *x *= 2.5)),
        );
    })*};
}

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    elementwise!(measure, 16, 1024, 65536, 4 << 20);
}
