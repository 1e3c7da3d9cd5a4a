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
    include!("../../golden/numpy_rows.rs");
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
    include!("../../golden/numpy_rows.rs");
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
    include!("../../golden/numpy_rows.rs");
    // 4 inner-axis, 2 rank-1 inner, 1 NaN, 1 zeros, 3 standardised, 2 x 4
    // mask-and-sort, 6 split, 1 matmul, 6 printed cases.
    assert_eq!(common::cases(), 32);
}

mod building;
mod files;
