//! STREAM's triad `a = b + s * c` over three 64 MiB `f64` arrays, far past
//! the caches: memory bandwidth, on one thread and on all of them. NumPy
//! needs two passes (`np.multiply(c, s, out=a); np.add(a, b, out=a)`).
//! And a plain 64 MiB copy.

use std::hint::black_box;

use shaped::Array1;

use crate::{Workload, plain};

const N: usize = 8 << 20;
const S: f64 = 3.0;

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    let bs: Vec<f64> = (0..N).map(|i| i as f64).collect();
    let boxed = |data: &[f64]| {
        let mut a = Array1::<f64, N>::zeros_boxed();
        a.as_mut_slice().copy_from_slice(data);
        a
    };
    let (b, c, mut a) = (
        boxed(&bs),
        Array1::<f64, N>::full_boxed(0.5),
        Array1::<f64, N>::zeros_boxed(),
    );
    let (pb, pc, mut pa) = (
        plain::<f64, N>(&bs),
        plain::<f64, N>(&vec![0.5; N]),
        plain::<f64, N>(&vec![0.0; N]),
    );
    let (nb, nc, mut na) = (
        ndarray::Array1::from(bs.clone()),
        ndarray::Array1::from_elem(N, 0.5),
        ndarray::Array1::zeros(N),
    );
    // The threaded contenders' own outputs.
    let (mut a2, mut na2) = (Array1::<f64, N>::zeros_boxed(), na.clone());
    measure(
        Workload::new("triad_f64", N)
            .case("shaped", || {
                black_box(&mut *a).assign_zip_map(&*b, &*c, |b, c| b + S * c)
            })
            .case("loop", || {
                for ((x, &y), &z) in black_box(&mut *pa).iter_mut().zip(pb.iter()).zip(pc.iter()) {
                    *x = y + S * z;
                }
            })
            .case("ndarray", || {
                ndarray::Zip::from(black_box(&mut na))
                    .and(&nb)
                    .and(&nc)
                    .for_each(|x, &y, &z| *x = y + S * z)
            })
            .case("shaped_rayon", || {
                black_box(&mut *a2).par_assign_zip_map(&*b, &*c, |b, c| b + S * c)
            })
            .case("ndarray_rayon", || {
                ndarray::Zip::from(black_box(&mut na2))
                    .and(&nb)
                    .and(&nc)
                    .par_for_each(|x, &y, &z| *x = y + S * z)
            }),
    );
    // A 64 MiB `memcpy` (glibc's, with non-temporal stores), the other
    // bandwidth reference: 16 bytes an element.
    let mut pa = plain::<f64, N>(&bs);
    measure(
        Workload::new("copy_f64", N).case("loop", || black_box(&mut *pa).copy_from_slice(&*pb)),
    );
}
