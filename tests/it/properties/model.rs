//! The model the properties check `shaped` against: a `Vec` of elements in
//! C order with its dimensions, and NumPy's semantics written the plainest
//! way, by index arithmetic.

use proptest::prelude::*;

/// The C-order position of `index` in `dims`.
pub fn flat(dims: &[usize], index: &[usize]) -> usize {
    index.iter().zip(dims).fold(0, |f, (&i, &d)| f * d + i)
}

/// The index of C-order position `flat` in `dims`.
pub fn unflat(dims: &[usize], mut flat: usize) -> Vec<usize> {
    let mut index = vec![0; dims.len()];
    for (i, &d) in index.iter_mut().zip(dims).rev() {
        *i = flat % d;
        flat /= d;
    }
    index
}

/// NumPy's pairwise summation, written over a slice as NumPy's C does.
pub fn pairwise(a: &[f64]) -> f64 {
    let n = a.len();
    if n < 8 {
        let mut res = 0.0;
        for &v in a {
            res += v;
        }
        res
    } else if n <= 128 {
        let mut r = [0.0; 8];
        r.copy_from_slice(&a[..8]);
        let mut i = 8;
        while i < n - n % 8 {
            for k in 0..8 {
                r[k] += a[i + k];
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res += a[i];
            i += 1;
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise(&a[..n2]) + pairwise(&a[n2..])
    }
}

/// The lanes along `axis`, each as its elements in order, in C order of
/// the other axes.
pub fn lanes<T: Copy>(dims: &[usize], values: &[T], axis: usize) -> Vec<Vec<T>> {
    let len = dims[axis];
    let others: Vec<usize> = dims
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != axis)
        .map(|(_, &d)| d)
        .collect();
    let count: usize = others.iter().product();
    (0..count)
        .map(|lane| {
            let mut index = unflat(&others, lane);
            index.insert(axis, 0);
            (0..len)
                .map(|k| {
                    index[axis] = k;
                    values[flat(dims, &index)]
                })
                .collect()
        })
        .collect()
}

/// The maximum (`max`) or minimum of NumPy: NaN propagates (the first),
/// and of equal values the last counts; with its position, the first of
/// ties.
pub fn pick(values: &[f64], max: bool) -> (usize, f64) {
    let mut best = (0, values[0]);
    for (i, &v) in values.iter().enumerate().skip(1) {
        if best.1.is_nan() {
            break;
        }
        if v.is_nan() || (if max { v > best.1 } else { v < best.1 }) {
            best = (i, v);
        } else if v == best.1 {
            best.1 = v;
        }
    }
    best
}

/// Floats as a property sees them: mostly ordinary, often the edges.
pub fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => -1e3..1e3f64,
        1 => prop::sample::select(vec![
            0.0,
            -0.0,
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE / 4.0,
            -f64::MIN_POSITIVE / 4.0,
            f64::MAX,
            f64::MIN,
            1.0,
            -1.0,
        ]),
        1 => any::<f64>(),
    ]
}

/// Integers as a property sees them: any, and often the extremes.
pub fn int() -> impl Strategy<Value = i32> {
    prop_oneof![
        4 => any::<i32>(),
        2 => -20..20i32,
        1 => prop::sample::select(vec![i32::MIN, i32::MAX, 0, -1, 1]),
    ]
}

/// The same bits (NaN's included), for comparing floats exactly: for what
/// selects or flips bits (`abs`, `-`, `max`, sorting), where Rust defines
/// every bit.
pub fn bits(values: &[f64]) -> Vec<u64> {
    values.iter().map(|v| v.to_bits()).collect()
}

/// The bits of an arithmetic result, every NaN as one: which NaN an
/// operation on NaNs returns is not defined (IEEE 754 leaves it open, Rust
/// says so, and x86 picks by operand order, which the compiler may swap
/// for a commutative operation), so only NaN-ness is compared there.
pub fn value(v: f64) -> u64 {
    if v.is_nan() {
        f64::NAN.to_bits()
    } else {
        v.to_bits()
    }
}

/// [`value`] of each.
pub fn values(values: &[f64]) -> Vec<u64> {
    values.iter().map(|&v| value(v)).collect()
}
