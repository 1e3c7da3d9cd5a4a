//! Tests and picks, elementwise: `isnan`, `isinf`, `isfinite`, `signbit`
//! (to `bool` arrays), `maximum`/`minimum` (a NaN wins) and `fmax`/`fmin`
//! (a number wins), and `array_equal`, on every kind of array.

use super::scalar::private::Ufunc;
use crate::array::Array;
use crate::element::Element;
use crate::kinds::every_kind;
use crate::number::Number;
use crate::operand::{Operand, combine_sides};
use crate::views::AsView;

/// The four tests, each NumPy's function of the same name.
macro_rules! tests {
    ($($name:ident $f:ident $what:literal [$($x:expr),*] => [$($y:expr),*];)*) => {$(
        #[doc = concat!("Whether each element ", $what, ", NumPy's `np.", stringify!($name), "`, as a `bool` array; defined for integers too, as NumPy's.")]
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array1;
        #[doc = concat!("let a = Array1::<f64, 5>::from([", $(stringify!($x), ", ",)* "]);")]
        #[doc = concat!("assert_eq!(a.", stringify!($name), "().as_slice(), &[", $(stringify!($y), ", ",)* "]);")]
        /// ```
        pub fn $name(&self) -> Array<bool, S, O> {
            self.map(|x| $f(x))
        }
    )*};
}

#[inline(always)]
fn isnan<T: Ufunc>(x: T) -> bool {
    x.is_nan()
}

#[inline(always)]
fn isinf<T: Ufunc>(x: T) -> bool {
    x.is_inf()
}

#[inline(always)]
fn isfinite<T: Ufunc>(x: T) -> bool {
    !x.is_nan() && !x.is_inf()
}

#[inline(always)]
fn signbit<T: Ufunc>(x: T) -> bool {
    x.signbit()
}

/// The four picks between two operands.
macro_rules! picks {
    ($($name:ident $what:literal [$($y:expr),*] $int:literal;)*) => {$(
        #[doc = concat!("NumPy's `np.", stringify!($name), "(a, b)`: ", $what, " `other` is an array of the same shape (or its trailing axes), a view, or one number.")]
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array1;
        /// let a = Array1::<f64, 4>::from([1.0, 5.0, f64::NAN, 2.0]);
        /// let b = Array1::<f64, 4>::from([3.0, 4.0, 0.0, f64::NAN]);
        #[doc = concat!("let r = a.", stringify!($name), "(&b);")]
        #[doc = concat!("let expected: [f64; 4] = [", $(stringify!($y), ", ",)* "];")]
        /// assert!(r.iter().zip(&expected).all(|(x, y)| x == y || (x.is_nan() && y.is_nan())));
        #[doc = concat!("assert_eq!(Array1::<i32, 3>::from([1, 5, 3]).", stringify!($name), "(3).as_slice(), &", $int, "); // a number")]
        /// ```
        pub fn $name(&self, other: impl Operand<T, S, O>) -> Array<T, S, O> {
            combine_sides(&self.view(), &other, T::$name)
        }
    )*};
}

every_kind! { [Number]
    tests! {
        isnan isnan "is NaN" [0.0, -0.0, f64::NAN, f64::INFINITY, 1.0] => [false, false, true, false, false];
        isinf isinf "is an infinity of either sign" [0.0, f64::NEG_INFINITY, f64::NAN, f64::INFINITY, 1.0] => [false, true, false, true, false];
        isfinite isfinite "is neither infinite nor NaN" [0.0, f64::NEG_INFINITY, f64::NAN, f64::INFINITY, -1.0] => [true, false, false, false, true];
        signbit signbit "has its sign bit set (`-0.0` and a negative NaN included)" [0.0, -0.0, -f64::NAN, f64::INFINITY, -1.0] => [false, true, true, false, true];
    }

    picks! {
        maximum "the larger of each pair; a NaN on either side gives NaN (of two equal zeros, `other`'s)." [3.0, 5.0, f64::NAN, f64::NAN] "[3, 5, 3]";
        minimum "the smaller of each pair; a NaN on either side gives NaN (of two equal zeros, `other`'s)." [1.0, 4.0, f64::NAN, f64::NAN] "[1, 3, 3]";
        fmax "the larger of each pair, ignoring a NaN: NaN only where both are NaN." [3.0, 5.0, 0.0, 2.0] "[3, 5, 3]";
        fmin "the smaller of each pair, ignoring a NaN: NaN only where both are NaN." [1.0, 4.0, 0.0, 2.0] "[1, 3, 3]";
    }
}

every_kind! { [Element]
    /// Whether `other` (an array or a view of the same shape, any order)
    /// holds the same values, NumPy's `np.array_equal(a, b)`: a NaN equals
    /// nothing, `-0.0` equals `0.0`. Shapes that differ do not compile
    /// (NumPy returns `False`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let a = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
    /// assert!(a.array_equal(&a.to_order::<ColMajor>()));
    /// assert!(!a.array_equal(a.t()));
    /// let nan = Array2::<f64, 2, 2>::full(f64::NAN);
    /// assert!(!nan.array_equal(&nan));
    /// ```
    pub fn array_equal(&self, other: &impl AsView<T, S>) -> bool {
        let mut equal = true;
        self.view().zip_for_each_c(&other.as_view(), |a, b| equal &= a == b);
        equal
    }
}
