//! `Rows<T, S>`, the `(n, *S)` array whose first axis is known at run
//! time, against NumPy: `golden/numpy_rows.rs` holds what NumPy says
//! (written by `golden/numpy_rows.py`, whose docstring gives the data's
//! formula, rebuilt here exactly).

use shaped::{Array1, Array2, Element, LengthError, Rows, Shape1, Shape2, Shape3};

use super::common;

/// The shape type of a row with these dimensions.
macro_rules! row_shape {
    ([$a:literal]) => { shaped::Shape1<$a> };
    ([$a:literal, $b:literal]) => { shaped::Shape2<$a, $b> };
    ([$a:literal, $b:literal, $c:literal]) => { shaped::Shape3<$a, $b, $c> };
    ([$a:literal, $b:literal, $c:literal, $d:literal]) => { shaped::Shape4<$a, $b, $c, $d> };
    ([$a:literal, $b:literal, $c:literal, $d:literal, $e:literal]) => {
        shaped::Shape5<$a, $b, $c, $d, $e>
    };
    ([$a:literal, $b:literal, $c:literal, $d:literal, $e:literal, $f:literal]) => {
        shaped::Shape6<$a, $b, $c, $d, $e, $f>
    };
    ([$a:literal, $b:literal, $c:literal, $d:literal, $e:literal, $f:literal, $g:literal]) => {
        shaped::Shape7<$a, $b, $c, $d, $e, $f, $g>
    };
}

/// The golden data's hash of C-order position `i`.
fn hash(i: usize) -> u64 {
    (i as u64).wrapping_mul(2654435761) % (1 << 32)
}

/// A value as the golden writes it: float bits, integers in two's
/// complement.
trait Golden {
    fn golden(self) -> u64;
}

macro_rules! golden_ints {
    ($($t:ty)*) => {$(
        impl Golden for $t {
            fn golden(self) -> u64 {
                self as u64
            }
        }
    )*};
}
golden_ints!(i64 u64 usize);

/// The golden data, as `numpy_rows.py` builds it, one impl per dtype.
trait Data: Element + Golden {
    fn value(i: usize) -> Self;
}

impl Data for f64 {
    fn value(i: usize) -> f64 {
        let k = hash(i);
        (k as f64 / 4294967296.0 - 0.5) * (1.0 + (k % 97) as f64 * 1000.0)
    }
}

impl Golden for f64 {
    fn golden(self) -> u64 {
        self.to_bits()
    }
}

impl Data for f32 {
    fn value(i: usize) -> f32 {
        let k = (i as u64).wrapping_mul(2654435761) % (1 << 24);
        (k as f32 / 16777216.0 - 0.5) * (1.0 + (k % 97) as f32 * 1000.0)
    }
}

impl Golden for f32 {
    fn golden(self) -> u64 {
        self.to_bits() as u64
    }
}

impl Data for i32 {
    fn value(i: usize) -> i32 {
        (hash(i) % 201) as i32 - 100
    }
}

impl Golden for i32 {
    fn golden(self) -> u64 {
        self as i64 as u64
    }
}

impl Data for u8 {
    fn value(i: usize) -> u8 {
        ((hash(i) % 201) as i32 - 100) as u8
    }
}

impl Golden for u8 {
    fn golden(self) -> u64 {
        self as u64
    }
}

/// `n` rows of the golden data.
fn rows<T: Data, S: shaped::RowShape>(n: usize) -> Rows<T, S> {
    let mut i = 0;
    Rows::from_fn(n, |_| {
        i += 1;
        T::value(i - 1)
    })
}

/// An `f64` result as the golden writes a result of dtype `T`: the
/// `float32` bits for `f32` data, the `float64` bits otherwise.
fn bits_as<T: Data>(x: f64) -> u64 {
    if T::DTYPE == f32::DTYPE {
        (x as f32).to_bits() as u64
    } else {
        x.to_bits()
    }
}

/// A golden value that is a float of dtype `T` or an integer.
fn golden_of<T: Data>(x: f64) -> u64 {
    bits_as::<T>(x)
}

#[test]
fn shapes_and_strides_are_numpys() {
    macro_rules! strides {
        ($t:ty, $row:tt, $n:literal, [$($shape:literal),*], [$($strides:literal),*]) => {{
            let rows = Rows::<$t, row_shape!($row)>::zeros($n);
            assert_eq!(rows.shape().as_ref(), &[$($shape),*]);
            assert_eq!(rows.strides().as_ref(), &[$($strides),*], "{:?}", rows.shape());
            assert_eq!(rows.len(), $n);
            assert_eq!(rows.ndim(), rows.shape().as_ref().len());
            assert_eq!(rows.size(), [$($shape),*].iter().product::<usize>());
            common::count();
        }};
    }
    macro_rules! skip {
        ($($t:tt)*) => {};
    }
    use skip as whole;
    use skip as axis0;
    use skip as inner;
    use skip as inner1;
    use skip as nans;
    use skip as zeros;
    use skip as standardised;
    use skip as masked;
    use skip as argsorted;
    use skip as argsorted_nan;
    use skip as sorted;
    use skip as split;
    use skip as matmul;
    use skip as printed;
    use skip as loaded;
    include!("../golden/numpy_rows.rs");
    assert_eq!(common::cases(), 45);
}

/// Checks `actual` against golden values, element by element.
fn same(actual: impl IntoIterator<Item = u64>, expected: &[u64], what: &str) {
    let actual: Vec<u64> = actual.into_iter().collect();
    assert_eq!(actual.len(), expected.len(), "{what}: length");
    for (k, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert_eq!(a, e, "{what}: element {k}: {a:#x} against NumPy's {e:#x}");
    }
}

#[test]
fn reductions_are_numpys_to_the_bit() {
    macro_rules! skip {
        ($($t:tt)*) => {};
    }
    use skip as strides;
    use skip as inner;
    use skip as inner1;
    use skip as nans;
    use skip as zeros;
    use skip as standardised;
    use skip as masked;
    use skip as argsorted;
    use skip as argsorted_nan;
    use skip as sorted;
    use skip as split;
    use skip as matmul;
    use skip as printed;
    macro_rules! whole {
        ($t:ident, $row:tt, $n:literal, $sum:literal, $mean:literal, $var:literal, $std:literal,
         $var1:literal, $max:literal, $min:literal, $argmax:literal, $argmin:literal) => {{
            let x = rows::<$t, row_shape!($row)>($n);
            let what = concat!(stringify!($t), " ", stringify!($row), " x ", $n);
            assert_eq!(x.sum().golden(), $sum, "{what} sum");
            assert_eq!(bits_as::<$t>(x.mean()), $mean, "{what} mean");
            assert_eq!(bits_as::<$t>(x.var()), $var, "{what} var");
            assert_eq!(bits_as::<$t>(x.std()), $std, "{what} std");
            assert_eq!(bits_as::<$t>(x.var_ddof(1)), $var1, "{what} var ddof 1");
            assert_eq!(x.max().golden(), $max, "{what} max");
            assert_eq!(x.min().golden(), $min, "{what} min");
            assert_eq!(
                (x.argmax(), x.argmin()),
                ($argmax, $argmin),
                "{what} argmax, argmin"
            );
            common::count();
        }};
    }
    macro_rules! axis0 {
        ($t:ident, $row:tt, $n:literal, [$($sum:literal),*], [$($mean:literal),*], [$($var:literal),*],
         [$($std:literal),*], [$($std1:literal),*], [$($max:literal),*], [$($min:literal),*],
         [$($argmax:literal),*], [$($argmin:literal),*]) => {{
            let x = rows::<$t, row_shape!($row)>($n);
            let what = concat!(stringify!($t), " ", stringify!($row), " x ", $n);
            same(x.sum_axis::<0>().iter().map(|&v| v.golden()), &[$($sum),*], what);
            same(x.mean_axis::<0>().iter().map(|&v| bits_as::<$t>(v)), &[$($mean),*], what);
            same(x.var_axis::<0>().iter().map(|&v| bits_as::<$t>(v)), &[$($var),*], what);
            same(x.std_axis::<0>().iter().map(|&v| bits_as::<$t>(v)), &[$($std),*], what);
            same(x.std_axis_ddof::<0>(1).iter().map(|&v| bits_as::<$t>(v)), &[$($std1),*], what);
            same(x.max_axis::<0>().iter().map(|&v| v.golden()), &[$($max),*], what);
            same(x.min_axis::<0>().iter().map(|&v| v.golden()), &[$($min),*], what);
            same(x.argmax_axis::<0>().iter().map(|&v| v as u64), &[$($argmax),*], what);
            same(x.argmin_axis::<0>().iter().map(|&v| v as u64), &[$($argmin),*], what);
            common::count();
        }};
    }
    use skip as loaded;
    include!("../golden/numpy_rows.rs");
    // 3 dtypes x 9 shapes, over everything and along axis 0.
    assert_eq!(common::cases(), 54);
}

#[test]
fn the_other_operations_are_numpys() {
    macro_rules! skip {
        ($($t:tt)*) => {};
    }
    use skip as strides;
    use skip as whole;
    use skip as axis0;
    macro_rules! inner {
        ($t:ident, $axis:literal, [$($sum:literal),*], [$($mean:literal),*], [$($max:literal),*], [$($argmin:literal),*]) => {{
            let x = rows::<$t, Shape2<2, 3>>(7);
            let sums = x.sum_axis::<$axis>();
            same(sums.as_slice().iter().map(|&v| v.golden()), &[$($sum),*], "sum");
            same(x.mean_axis::<$axis>().as_slice().iter().map(|&v| v.to_bits()), &[$($mean),*], "mean");
            same(x.max_axis::<$axis>().as_slice().iter().map(|&v| v.golden()), &[$($max),*], "max");
            same(x.argmin_axis::<$axis>().as_slice().iter().map(|&v| v as u64), &[$($argmin),*], "argmin");
            assert_eq!(sums.len(), 7);
            common::count();
        }};
    }
    macro_rules! inner1 {
        ($t:ident, [$($sum:literal),*], [$($mean:literal),*], [$($max:literal),*], [$($argmin:literal),*]) => {{
            let x = rows::<$t, Shape1<4>>(5);
            same(x.sum_axis::<1>().iter().map(|&v| v.golden()), &[$($sum),*], "sum");
            same(x.mean_axis::<1>().iter().map(|&v| v.to_bits()), &[$($mean),*], "mean");
            same(x.max_axis::<1>().iter().map(|&v| v.golden()), &[$($max),*], "max");
            same(x.argmin_axis::<1>().iter().map(|&v| v as u64), &[$($argmin),*], "argmin");
            common::count();
        }};
    }
    macro_rules! nans {
        ([$($max:literal),*], [$($argmin:literal),*], [$($sum:literal),*], $whole_max:literal, $argmax:literal) => {{
            let mut x = rows::<f64, Shape1<8>>(40);
            for (i, v) in x.as_mut_slice().iter_mut().enumerate() {
                if hash(i) % 13 == 0 {
                    *v = f64::NAN;
                }
            }
            same(x.max_axis::<0>().iter().map(|v| v.to_bits()), &[$($max),*], "max");
            same(x.argmin_axis::<0>().iter().map(|&v| v as u64), &[$($argmin),*], "argmin");
            same(x.sum_axis::<0>().iter().map(|v| v.to_bits()), &[$($sum),*], "sum");
            assert_eq!(x.max().to_bits(), $whole_max);
            assert_eq!(x.argmax(), $argmax);
            common::count();
        }};
    }
    macro_rules! zeros {
        ([$($max:literal),*], [$($min:literal),*], [$($sum:literal),*]) => {{
            let x = Rows::<f64, Shape1<3>>::from_flat(vec![0.0, -0.0, -0.0, -0.0, 0.0, -0.0, -0.0, -0.0, -0.0]).unwrap();
            same(x.max_axis::<0>().iter().map(|v| v.to_bits()), &[$($max),*], "max");
            same(x.min_axis::<0>().iter().map(|v| v.to_bits()), &[$($min),*], "min");
            same(x.sum_axis::<0>().iter().map(|v| v.to_bits()), &[$($sum),*], "sum");
            common::count();
        }};
    }
    macro_rules! standardised {
        ($t:ident, $n:literal, [$($head:literal),*], [$($tail:literal),*], $sum:literal) => {{
            let x = rows::<$t, Shape1<8>>($n);
            let mean = x.mean_axis::<0>().map(|m| m as $t);
            let std = x.std_axis::<0>().map(|s| s as $t);
            let z = (&x - &mean) / &std;
            same(z.as_slice()[..16].iter().map(|&v| v.golden()), &[$($head),*], "head");
            same(z.as_slice()[z.size() - 16..].iter().map(|&v| v.golden()), &[$($tail),*], "tail");
            assert_eq!(z.sum().golden(), $sum);
            // In place, the same bits.
            let mut w = x.clone();
            w -= &mean;
            w /= &std;
            assert_eq!(w, z);
            common::count();
        }};
    }
    macro_rules! masked {
        ($n:literal, $kept:literal, $sum:literal, [$($first:literal),*]) => {{
            let x = rows::<f64, Shape1<8>>($n);
            let mask: Vec<bool> = x.column(0).iter().map(|&v| v > 0.0).collect();
            let kept = x.select_rows(&mask);
            assert_eq!(kept.len(), $kept);
            assert_eq!(kept.sum().to_bits(), $sum);
            same(kept[0].iter().map(|v| v.to_bits()), &[$($first),*], "first kept row");
            common::count();
        }};
    }
    fn checksum(order: &[usize]) -> u64 {
        order
            .iter()
            .enumerate()
            .fold(0u64, |s, (k, &i)| s.wrapping_add(i as u64 * (k as u64 + 1)))
    }
    macro_rules! argsorted {
        ($t:ident, $n:literal, $j:literal, $checksum:literal, [$($head:literal),*]) => {{
            let x = rows::<$t, Shape1<3>>($n);
            let order = x.argsort_by_column($j);
            assert_eq!(checksum(&order), $checksum);
            same(order[..16].iter().map(|&i| i as u64), &[$($head),*], "order");
            common::count();
        }};
    }
    macro_rules! argsorted_nan {
        ($n:literal, $checksum:literal, [$($tail:literal),*]) => {{
            let mut x = rows::<f64, Shape1<2>>($n);
            for (i, v) in x.as_mut_slice().iter_mut().enumerate() {
                if hash(i) % 13 == 0 {
                    *v = f64::NAN;
                }
            }
            let order = x.argsort_by_column(0);
            assert_eq!(checksum(&order), $checksum);
            same(order[$n - 16..].iter().map(|&i| i as u64), &[$($tail),*], "NaN last");
            common::count();
        }};
    }
    macro_rules! sorted {
        ($n:literal, $dot:literal) => {{
            let x = rows::<i32, Shape1<3>>($n);
            let s = x.sorted_by_column(0);
            let dot = s
                .column(1)
                .iter()
                .enumerate()
                .fold(0i64, |d, (k, &v)| d + v as i64 * k as i64);
            assert_eq!(dot, $dot);
            assert_eq!(s, x.take_rows(&x.argsort_by_column(0)));
            common::count();
        }};
    }
    macro_rules! split {
        ([$($cut:literal),*], [$($len:literal),*], [$($all:literal),*]) => {{
            let x = rows::<i32, Shape1<2>>(10);
            let parts = x.split(&[$($cut),*]);
            assert_eq!(parts.iter().map(Rows::len).collect::<Vec<_>>(), [$($len),*]);
            let mut joined = Rows::new();
            for mut part in parts {
                joined.append(&mut part);
            }
            assert_eq!(joined.as_slice(), &[$($all),*]);
            common::count();
        }};
    }
    macro_rules! matmul {
        ([$($y:literal),*]) => {{
            let x = rows::<i32, Shape1<5>>(9);
            let w = Array2::<i32, 5, 3>::from_fn(|[i, j]| i32::value((4 - i) * 3 + j));
            let y = x.matmul(&w);
            assert_eq!(y.as_slice(), &[$($y),*]);
            common::count();
        }};
    }
    macro_rules! printed {
        ($t:ident, $row:tt, $n:literal, $str:literal, $repr:literal) => {{
            let x = rows::<$t, row_shape!($row)>($n);
            assert_eq!(x.to_string(), $str);
            assert_eq!(format!("{x:?}"), $repr);
            common::count();
        }};
    }
    use skip as loaded;
    include!("../golden/numpy_rows.rs");
    // 4 inner-axis, 2 rank-1 inner, 1 NaN, 1 zeros, 3 standardised, 2 x 4
    // mask-and-sort, 6 split, 1 matmul, 6 printed cases.
    assert_eq!(common::cases(), 32);
}

#[test]
fn typed_batches_borrow_k_rows_as_one_array() {
    let x = rows::<f64, Shape1<8>>(130);
    let mut batches = x.chunks_exact::<64>();
    assert_eq!(batches.len(), 2);
    let first: &Array2<f64, 64, 8> = batches.next().unwrap();
    assert_eq!(first.as_slice(), &x.as_slice()[..512]);
    let second = batches.next().unwrap();
    assert_eq!(second[[0, 0]], x[[64, 0]]);
    assert!(batches.next().is_none());
    assert_eq!(batches.remainder(), &x.as_rows()[128..]);
    let frames = rows::<u8, Shape2<2, 3>>(7);
    let triples: Vec<&shaped::Array3<u8, 3, 2, 3>> = frames.chunks_exact::<3>().collect();
    assert_eq!(triples.len(), 2);
    assert_eq!(triples[1][[0, 1, 2]], frames[[3, 1, 2]]);
    let mut y = rows::<i32, Shape1<3>>(5);
    for batch in y.chunks_exact_mut::<2>() {
        *batch = batch.matmul(&Array2::<i32, 3, 3>::eye()) * 2;
    }
    let x5 = rows::<i32, Shape1<3>>(5);
    assert_eq!(
        &y.as_slice()[..12],
        (&x5 * 2).as_slice()[..12].to_vec().as_slice()
    );
    assert_eq!(&y.as_slice()[12..], &x5.as_slice()[12..]);
    assert_eq!(y.chunks_exact_mut::<2>().into_remainder().len(), 1);
}

#[test]
fn elementwise_operators_broadcast_as_numpy() {
    let x = Rows::<i32, Shape1<2>>::from_flat(vec![1, 2, 3, 4]).unwrap();
    let row = Array1::from([10, 20]);
    assert_eq!((&x + &row).as_slice(), &[11, 22, 13, 24]);
    assert_eq!((&x * 3).as_slice(), &[3, 6, 9, 12]);
    assert_eq!((&x - &x).as_slice(), &[0; 4]);
    assert_eq!((x.clone() / 0).as_slice(), &[0; 4]); // as arrays: 0, not a panic
    let err = x.try_sub(&Rows::zeros(3)).unwrap_err();
    assert_eq!((err.left(), err.right()), (2, 3));
    assert!(x.try_mul(&x).is_ok() && x.try_div(&x).is_ok() && x.try_add(&x).is_ok());
    let mut y = x.clone();
    y += &x;
    y *= 2;
    assert_eq!(y.as_slice(), &[4, 8, 12, 16]);
}

#[test]
#[should_panic(expected = "cannot combine 2 rows with 3 rows elementwise")]
fn rows_of_other_lengths_do_not_combine() {
    let _ = &Rows::<f32, Shape1<2>>::zeros(2) + &Rows::zeros(3);
}

#[test]
#[should_panic(expected = "a boolean mask of 3 entries cannot select from 2 rows")]
fn a_mask_needs_one_entry_per_row() {
    let _ = Rows::<f32, Shape1<2>>::zeros(2).select_rows(&[true, false, true]);
}

#[test]
fn matmul_gives_the_array_products_bits() {
    let x = rows::<f32, Shape1<4>>(11);
    let w = Array2::<f32, 4, 4>::from_fn(|[i, j]| f32::value(100 + i * 4 + j));
    let y = x.matmul(&w);
    for (row, out) in x.iter().zip(y.iter()) {
        let single = Array2::<f32, 1, 4>::from_fn(|[_, j]| row[j]).matmul(&w);
        assert_eq!(single.as_slice(), out.as_slice());
    }
    let four = Array2::<f32, 4, 4>::from_fn(|[i, j]| x[[i, j]]).matmul(&w);
    assert_eq!(four.as_slice(), &y.as_slice()[..16]);
    let x = rows::<f64, Shape1<8>>(9);
    let w = Array2::<f64, 8, 3>::from_fn(|[i, j]| f64::value(7 * i + j));
    let y = x.matmul(&w);
    for (row, out) in x.iter().zip(y.iter()) {
        let single = Array2::<f64, 1, 8>::from_fn(|[_, j]| row[j]).matmul(&w);
        assert_eq!(single.as_slice(), out.as_slice());
    }
}

#[test]
fn columns_casts_and_maps() {
    let x = rows::<i32, Shape1<3>>(6);
    let c = x.column(2);
    assert_eq!(c.len(), 6);
    assert_eq!(c.to_vec(), x.iter().map(|r| r[2]).collect::<Vec<_>>());
    assert_eq!(c[5], x[[5, 2]]);
    assert!(c.get(6).is_none());
    let f = x.cast::<f64>();
    assert_eq!(f[[3, 1]], x[[3, 1]] as f64);
    assert_eq!(x.map(|v| v as i64 * 2).sum(), x.sum() * 2);
    assert_eq!(golden_of::<f64>(1.5), 1.5f64.to_bits());
}

#[test]
fn builds_and_grows_as_a_vec() {
    let mut rows = Rows::<i32, Shape1<3>>::with_capacity(2);
    assert!(rows.is_empty());
    for i in 0..100 {
        rows.push(Array1::from_fn(|[j]| (i * 3 + j) as i32));
    }
    assert_eq!(rows.len(), 100);
    assert_eq!(rows.as_slice(), (0..300).collect::<Vec<i32>>());
    rows.extend([Array1::from([-1, -2, -3])]);
    assert_eq!(rows.last().unwrap().as_slice(), &[-1, -2, -3]);
    rows.truncate(2);
    assert_eq!(rows.as_slice(), &[0, 1, 2, 3, 4, 5]);
    let collected: Rows<i32, Shape1<3>> = rows.iter().copied().collect();
    assert_eq!(collected, rows);
    let from_vec = Rows::from(vec![Array1::from([1, 2, 3])]);
    assert_eq!(from_vec[[0, 2]], 3);
    rows.clear();
    assert_eq!(rows.shape(), [0, 3]);
    assert_eq!(rows.strides(), [0, 0]);
}

#[test]
fn from_flat_keeps_the_allocation_and_names_the_lengths() {
    let flat: Vec<f64> = (0..24).map(f64::from).collect();
    let address = flat.as_ptr();
    let rows = Rows::<f64, Shape2<3, 4>>::from_flat(flat).unwrap();
    assert_eq!(rows.shape(), [2, 3, 4]);
    assert_eq!(rows.as_slice().as_ptr(), address);
    assert_eq!(rows[1][[2, 3]], 23.0);
    assert_eq!(rows[[1, 2, 3]], 23.0);
    let flat = rows.into_flat();
    assert_eq!(flat.as_ptr(), address);
    // A capacity that is no whole number of rows.
    let mut odd = Vec::with_capacity(13);
    odd.extend((0..12).map(|i| i as u8));
    let rows = Rows::<u8, Shape1<4>>::from_flat(odd).unwrap();
    assert_eq!(rows[2].as_slice(), &[8, 9, 10, 11]);
    let err: LengthError = Rows::<u8, Shape1<4>>::from_flat(vec![0; 13]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "rows of shape (4,) need a multiple of 4 elements, got 13"
    );
    assert_eq!((err.expected(), err.actual()), (4, 13));
    assert!(
        Rows::<u8, Shape1<4>>::from_flat(Vec::new())
            .unwrap()
            .is_empty()
    );
}

#[test]
fn from_fn_gets_the_row_index_first() {
    let rows = Rows::<u32, Shape3<2, 1, 3>>::from_fn(2, |[i, j, k, l]| {
        (1000 * i + 100 * j + 10 * k + l) as u32
    });
    assert_eq!(
        rows.as_slice(),
        &[0, 1, 2, 100, 101, 102, 1000, 1001, 1002, 1100, 1101, 1102]
    );
    let zeros = Rows::<f32, Shape2<2, 2>>::zeros(3);
    assert!(zeros.as_slice().iter().all(|&x| x == 0.0) && zeros.size() == 12);
    let full = Rows::<u8, Shape1<1>>::full(4, 9);
    assert_eq!(full.as_slice(), &[9; 4]);
}

#[test]
fn rows_look_like_arrays() {
    let mut rows = Rows::<i64, Shape1<2>>::from_fn(3, |[i, j]| (10 * i + j) as i64);
    assert_eq!(rows.get(1), Some(&Array1::from([10, 11])));
    assert_eq!(rows.get(3), None);
    assert_eq!(rows.first(), Some(&Array1::from([0, 1])));
    rows[2][0] = -5;
    rows.iter_mut().for_each(|row| row[1] += 100);
    assert_eq!(rows.as_slice(), &[0, 101, 10, 111, -5, 121]);
    let arrays: &[Array1<i64, 2>] = rows.as_rows();
    assert_eq!(arrays[1], Array1::from([10, 111]));
    assert_eq!(rows.nbytes(), 48);
    let matrix: Array2<i64, 3, 2> = Array2::from_fn(|[i, j]| rows[[i, j]]);
    assert_eq!(matrix.as_slice(), rows.as_slice());
    let owned: Vec<Array1<i64, 2>> = rows.clone().into_iter().collect();
    assert_eq!(owned.len(), 3);
}

#[test]
#[should_panic(expected = "row index 3 is out of bounds for 3 rows")]
fn indexing_past_the_last_row_names_the_index_and_length() {
    let rows = Rows::<f64, Shape1<8>>::zeros(3);
    let _ = &rows[3];
}

#[test]
#[should_panic(expected = "index [1, 8] is out of bounds for shape (3, 8)")]
fn element_indexing_names_the_shape() {
    let rows = Rows::<f64, Shape1<8>>::zeros(3);
    let _ = rows[[1, 8]];
}

#[test]
fn zero_sized_rows_hold_no_element() {
    let rows = Rows::<f64, Shape2<0, 3>>::zeros(4);
    assert_eq!((rows.len(), rows.size(), rows.shape()), (4, 0, [4, 0, 3]));
    assert_eq!(rows.strides(), [0, 0, 0]);
    assert!(rows.as_slice().is_empty());
    assert_eq!(rows.clone().len(), 4);
    assert!(rows.into_flat().is_empty());
}

fn npy_file(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("golden/npy")
        .join(name)
}

#[test]
fn files_numpy_saved_load_with_any_number_of_rows() {
    macro_rules! skip {
        ($($t:tt)*) => {};
    }
    use skip as strides;
    use skip as whole;
    use skip as axis0;
    use skip as inner;
    use skip as inner1;
    use skip as nans;
    use skip as zeros;
    use skip as standardised;
    use skip as masked;
    use skip as argsorted;
    use skip as argsorted_nan;
    use skip as sorted;
    use skip as split;
    use skip as matmul;
    use skip as printed;
    macro_rules! loaded {
        ($sum:literal, [$($mean:literal),*]) => {{
            let path = npy_file("rows_float64_1000x8.npy");
            let x = Rows::<f64, Shape1<8>>::load_npy(&path).unwrap();
            assert_eq!(x, rows::<f64, Shape1<8>>(1000));
            assert_eq!(x.sum().to_bits(), $sum);
            same(x.mean_axis::<0>().iter().map(|v| v.to_bits()), &[$($mean),*], "mean");
            // np.save's bytes, to the byte.
            let mut written = Vec::new();
            x.write_npy(&mut written).unwrap();
            assert_eq!(written, std::fs::read(&path).unwrap());
            common::count();
        }};
    }
    include!("../golden/numpy_rows.rs");
    assert_eq!(common::cases(), 1);

    let empty = Rows::<f64, Shape1<8>>::load_npy(npy_file("rows_float64_0x8.npy")).unwrap();
    assert_eq!(empty.shape(), [0, 8]);
    let mut written = Vec::new();
    empty.write_npy(&mut written).unwrap();
    assert_eq!(
        written,
        std::fs::read(npy_file("rows_float64_0x8.npy")).unwrap()
    );

    // Fortran order, and the other byte order, put in C order.
    let f = Rows::<u8, Shape2<2, 3>>::load_npy(npy_file("rows_uint8_7x2x3_F.npy")).unwrap();
    assert_eq!(f, rows::<u8, Shape2<2, 3>>(7));
    for (file, order) in [
        ("float64_3x4_C.npy", "C"),
        ("float64_3x4_F.npy", "F"),
        ("float64_3x4_C_be.npy", "C"),
    ] {
        let array = shaped::Array2::<f64, 3, 4>::load_npy(npy_file(file)).unwrap();
        let x = Rows::<f64, Shape1<4>>::load_npy(npy_file(file)).unwrap();
        assert_eq!(x.as_slice(), array.as_slice(), "{file} ({order})");
    }
    let cube = shaped::Array3::<f32, 2, 3, 4>::load_npy(npy_file("float32_2x3x4_F.npy")).unwrap();
    let x = Rows::<f32, Shape2<3, 4>>::load_npy(npy_file("float32_2x3x4_F.npy")).unwrap();
    assert_eq!(x.as_slice(), cube.as_slice());
}

#[test]
fn a_file_of_other_rows_is_an_error_naming_both_and_the_path() {
    let path = npy_file("rows_float64_1000x8.npy");
    let err = Rows::<f64, Shape1<9>>::load_npy(&path).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: file holds float64 (1000, 8); expected float64 rows of shape (9,), an array of shape (n, 9)",
            path.display()
        )
    );
    let err = Rows::<f32, Shape1<8>>::load_npy(&path)
        .unwrap_err()
        .to_string();
    assert!(err.ends_with("file holds float64 (1000, 8); expected float32 rows of shape (8,), an array of shape (n, 8)"), "{err}");
    let err = Rows::<f64, Shape2<1000, 8>>::load_npy(&path)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("rows of shape (1000, 8), an array of shape (n, 1000, 8)"),
        "{err}"
    );
    // The header alone tells what the file holds.
    let header = shaped::npy::Header::read(&path).unwrap();
    assert_eq!(
        format!("{header:?}"),
        "Header { dtype: float64 (\"<f8\"), shape: (1000, 8), order: C }"
    );
    assert_eq!(
        (header.shape(), header.fortran_order(), header.descr()),
        (&[1000, 8][..], false, "<f8")
    );
    let header = shaped::npy::Header::read(npy_file("rows_uint8_7x2x3_F.npy")).unwrap();
    assert_eq!(
        format!("{header:?}"),
        "Header { dtype: uint8 (\"|u1\"), shape: (7, 2, 3), order: F }"
    );
}

#[test]
fn saved_rows_load_back() {
    let dir = std::env::temp_dir().join(format!("shaped-rows-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("x.npy");
    let x = rows::<f32, Shape3<2, 1, 3>>(33);
    x.save_npy(&path).unwrap();
    assert_eq!(Rows::<f32, Shape3<2, 1, 3>>::load_npy(&path).unwrap(), x);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(feature = "npz")]
#[test]
fn rows_in_npz_archives() {
    let mut npz = shaped::NpzWriter::new(std::io::Cursor::new(Vec::new()));
    let x = rows::<i32, Shape1<3>>(10);
    npz.add_rows("x", &x).unwrap();
    let file = npz.finish().unwrap().into_inner();
    let mut archive = shaped::NpzReader::new(std::io::Cursor::new(file)).unwrap();
    assert_eq!(archive.rows_by_name::<i32, Shape1<3>>("x").unwrap(), x);
    assert!(archive.rows_by_name::<i32, Shape1<2>>("x").is_err());
}

#[cfg(feature = "ndarray")]
#[test]
fn ndarray_views_and_conversions() {
    let x = rows::<f64, Shape1<8>>(10);
    let view = ndarray::ArrayView2::from(&x);
    assert_eq!(view.shape(), &[10, 8]);
    assert_eq!(view[[3, 5]], x[[3, 5]]);
    assert_eq!(
        view.sum_axis(ndarray::Axis(0)).as_slice().unwrap(),
        x.sum_axis::<0>().as_slice()
    );
    let frames = rows::<u8, Shape3<2, 1, 3>>(4);
    let v4 = ndarray::ArrayView4::from(&frames);
    assert_eq!(v4.shape(), &[4, 2, 1, 3]);
    assert_eq!(
        Rows::<u8, Shape3<2, 1, 3>>::try_from(&v4.to_owned()).unwrap(),
        frames
    );
    // A transposed (Fortran-order) ndarray is read in logical order.
    let t = view.t().to_owned();
    let back = Rows::<f64, Shape1<10>>::try_from(&t).unwrap();
    assert_eq!(back[[7, 2]], x[[2, 7]]);
    let err = Rows::<f64, Shape1<9>>::try_from(&view).unwrap_err();
    assert_eq!(err.found, [10, 8]);
    assert_eq!(frames.to_ndarray_dyn().shape(), &[4, 2, 1, 3]);
    let dynamic = frames.to_ndarray_dyn().to_owned();
    assert_eq!(
        Rows::<u8, Shape3<2, 1, 3>>::try_from(&dynamic).unwrap(),
        frames
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_writes_a_list_of_rows() {
    let x = Rows::<i32, Shape2<2, 2>>::from_fn(2, |[i, j, k]| (4 * i + 2 * j + k) as i32);
    let json = serde_json::to_string(&x).unwrap();
    assert_eq!(json, "[[[0,1],[2,3]],[[4,5],[6,7]]]");
    assert_eq!(
        serde_json::from_str::<Rows<i32, Shape2<2, 2>>>(&json).unwrap(),
        x
    );
    assert_eq!(
        serde_json::from_str::<Rows<i32, Shape2<2, 2>>>("[]")
            .unwrap()
            .len(),
        0
    );
    assert!(serde_json::from_str::<Rows<i32, Shape2<2, 2>>>("[[[0,1],[2]]]").is_err());
    let bytes = postcard::to_allocvec(&x).unwrap();
    assert_eq!(
        postcard::from_bytes::<Rows<i32, Shape2<2, 2>>>(&bytes).unwrap(),
        x
    );
}

#[cfg(feature = "rayon")]
#[test]
fn rayon_walks_rows_and_batches() {
    use rayon::prelude::*;
    let x = rows::<f64, Shape1<8>>(1000);
    let sums: Vec<f64> = x.par_iter().map(|row| row.sum()).collect();
    assert_eq!(sums, x.iter().map(|row| row.sum()).collect::<Vec<_>>());
    let batches: Vec<f64> = x
        .par_chunks_exact::<64>()
        .map(|b: &Array2<f64, 64, 8>| b.sum())
        .collect();
    let serial: Vec<f64> = x.chunks_exact::<64>().map(|b| b.sum()).collect();
    assert_eq!(batches, serial);
    let mut y = x.clone();
    y.par_iter_mut()
        .for_each(|row| row.iter_mut().for_each(|v| *v *= 2.0));
    assert_eq!(y, &x * 2.0);
}

#[test]
fn files_read_in_typed_chunks() {
    let path = npy_file("rows_float64_1000x8.npy");
    let whole = Rows::<f64, Shape1<8>>::load_npy(&path).unwrap();
    let mut chunks = Rows::<f64, Shape1<8>>::chunks_from_npy::<64>(&path).unwrap();
    let mut read = Rows::<f64, Shape1<8>>::new();
    for batch in &mut chunks {
        let batch: Box<Array2<f64, 64, 8>> = batch.unwrap();
        read.extend(batch.outer_iter().map(|row| row.to_array()));
    }
    let rest = chunks.remainder().unwrap();
    assert_eq!(rest.len(), 1000 % 64);
    read.append(&mut rest.clone());
    assert_eq!(read, whole);
    assert!(Rows::<f64, Shape1<7>>::chunks_from_npy::<64>(&path).is_err());
    let fortran = npy_file("rows_uint8_7x2x3_F.npy");
    assert!(Rows::<u8, Shape2<2, 3>>::chunks_from_npy::<2>(&fortran).is_err());
}
