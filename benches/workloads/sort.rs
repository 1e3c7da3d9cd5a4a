//! `sort` and `argsort` of 1M random values (uniform in [0, 1) for the
//! floats, over the whole range for the integers): NumPy's `np.sort(a)`
//! (a sorted copy) and `np.argsort(a)` (default kind; `shaped`'s argsort is
//! the stable one). The plain contender is the standard library's sort of a
//! copy (`sort_unstable_by`, and the stable `sort_by` of positions for
//! argsort). ndarray has no sort.

use std::hint::black_box;

use shaped::{Array1, Element};

use crate::{Workload, plain};

const N: usize = 1 << 20;

/// SplitMix64: the `i`th of a fixed sequence of random words.
fn random(i: u64) -> u64 {
    let mut z = i.wrapping_add(1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn one<T: Element>(
    measure: &mut dyn FnMut(Workload<'_>),
    names: [&'static str; 2],
    value: impl Fn(u64) -> T,
    order: fn(&T, &T) -> std::cmp::Ordering,
) {
    let data: Vec<T> = (0..N as u64).map(|i| value(random(i))).collect();
    let mut a = Array1::<T, N>::zeros_boxed();
    a.as_mut_slice().copy_from_slice(&data);
    let mut work = a.clone();
    let p = plain::<T, N>(&data);
    let mut q = p.clone();
    measure(
        Workload::new(names[0], N)
            .case("shaped", || black_box(&*a).sorted_boxed())
            .case("shaped_inplace", || {
                work.as_mut_slice().copy_from_slice(black_box(a.as_slice()));
                work.sort();
            })
            .case("loop", || {
                q.copy_from_slice(black_box(&*p));
                q.sort_unstable_by(order);
            }),
    );
    let mut out = Array1::<usize, N>::zeros_boxed();
    let mut positions = vec![0usize; N];
    measure(
        Workload::new(names[1], N)
            .case("shaped", || black_box(&*a).argsort_into(&mut out))
            .case("shaped_boxed", || black_box(&*a).argsort_boxed())
            .case("loop", || {
                positions.iter_mut().enumerate().for_each(|(i, o)| *o = i);
                let values = black_box(&*p);
                positions.sort_by(|&i, &j| order(&values[i], &values[j]));
            }),
    );
}

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    let unit = |w: u64| (w >> 11) as f64 / (1u64 << 53) as f64;
    one(measure, ["sorted_f64", "argsort_f64"], unit, f64::total_cmp);
    let unit32 = |w: u64| (w >> 40) as f32 / (1u32 << 24) as f32;
    one(
        measure,
        ["sorted_f32", "argsort_f32"],
        unit32,
        f32::total_cmp,
    );
    one(
        measure,
        ["sorted_i64", "argsort_i64"],
        |w| w as i64,
        i64::cmp,
    );
    one(
        measure,
        ["sorted_i32", "argsort_i32"],
        |w| (w >> 32) as i32,
        i32::cmp,
    );
}
