//! Running sums and products written into an output, in place and into a
//! box: the same bits as the by-value `cumsum`/`cumprod` and a plain
//! one-after-another scan, for arrays and strided views (NumPy's own
//! `cumsum` bits are in `golden/numpy_array_ops.rs`, checked by
//! `array_ops`).

use shaped::{Array1, Array2, Axis, s};

fn value(i: usize) -> f64 {
    ((i as u64).wrapping_mul(2654435761) % (1 << 24)) as f64 / 16777216.0 - 0.5
}

/// The scan as NumPy's `add.accumulate` runs it: `out[0] = a[0]`, then
/// each the previous plus the next.
fn reference(a: &[f64], op: fn(f64, f64) -> f64) -> Vec<u64> {
    let mut out = Vec::with_capacity(a.len());
    let mut running = None;
    for &x in a {
        let next = running.map_or(x, |r| op(r, x));
        running = Some(next);
        out.push(f64::to_bits(next));
    }
    out
}

fn bits(a: &[f64]) -> Vec<u64> {
    a.iter().map(|x| x.to_bits()).collect()
}

macro_rules! lengths {
    ($($n:literal),*) => {$({
        const N: usize = $n;
        let a = Array1::<f64, N>::from_fn_boxed(|[i]| value(i) * 3.0);
        let add = reference(a.as_slice(), |x, y| x + y);
        let mul_input = Array1::<f64, N>::from_fn_boxed(|[i]| 1.0 + value(i) * 0.01);
        let mul = reference(mul_input.as_slice(), |x, y| x * y);
        assert_eq!(bits(a.cumsum().as_slice()), add, "cumsum {N}");
        let mut out = Array1::<f64, N>::full_boxed(7.0);
        a.cumsum_into(&mut out);
        assert_eq!(bits(out.as_slice()), add, "cumsum_into {N}");
        assert_eq!(bits(a.cumsum_boxed().as_slice()), add, "cumsum_boxed {N}");
        let mut b = a.clone();
        b.cumsum_inplace();
        assert_eq!(bits(b.as_slice()), add, "cumsum_inplace {N}");
        mul_input.cumprod_into(&mut out);
        assert_eq!(bits(out.as_slice()), mul, "cumprod_into {N}");
        let mut b = mul_input.clone();
        b.cumprod_inplace();
        assert_eq!(bits(b.as_slice()), mul, "cumprod_inplace {N}");
        assert_eq!(bits(mul_input.cumprod().as_slice()), mul, "cumprod {N}");
    })*};
}

#[test]
fn into_inplace_and_boxed_match_the_scan() {
    lengths!(0, 1, 2, 3, 7, 8, 9, 1000, 4095, 4096, 4097, 20_000);
}

#[test]
fn strided_views_scan_in_index_order() {
    let m = Array2::<f64, 6, 5>::from_fn(|[i, j]| value(i * 5 + j));
    let column = m.slice(s![.., 2]);
    let expected = reference(&[0, 1, 2, 3, 4, 5].map(|i| m[[i, 2]]), |x, y| x + y);
    let mut out = Array1::<f64, 6>::zeros();
    column.cumsum_into(&mut out);
    assert_eq!(bits(out.as_slice()), expected);
    assert_eq!(bits(column.cumsum().as_slice()), expected);
    let mut copy = m;
    let mut column = copy.slice_mut(s![.., 2]);
    column.cumsum_inplace();
    let written: Vec<f64> = (0..6).map(|i| copy[[i, 2]]).collect();
    assert_eq!(bits(&written), expected);
    // The other columns are untouched.
    assert_eq!(copy[[5, 1]].to_bits(), m[[5, 1]].to_bits());
}

#[test]
fn integers_accumulate_widened_and_wrap() {
    let a = Array1::<i32, 4>::from([i32::MAX, i32::MAX, -5, 1]);
    let mut out = Array1::<i64, 4>::zeros();
    a.cumsum_into(&mut out);
    let m = i64::from(i32::MAX);
    assert_eq!(out.as_slice(), &[m, 2 * m, 2 * m - 5, 2 * m - 4]);
    let mut w = Array1::<i64, 3>::from([i64::MAX, 1, 1]);
    w.cumsum_inplace();
    assert_eq!(w.as_slice(), &[i64::MAX, i64::MIN, i64::MIN + 1]);
    // Along a slow axis, whole rows: the same as lane by lane.
    let g = Array2::<i32, 3, 4>::from([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]);
    assert_eq!(
        g.cumsum_axis(Axis::<0>).as_slice(),
        &[1, 2, 3, 4, 6, 8, 10, 12, 15, 18, 21, 24]
    );
}
