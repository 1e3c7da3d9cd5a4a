//! Arithmetic ufuncs with NumPy's rules on every kind of array: `square`,
//! `reciprocal`, `sign`, `remainder` (`np.mod`), `fmod`, `floor_divide`,
//! and integer `power`.

use crate::array::Array;
use crate::kinds::{every_kind, impl_kind};
use crate::number::Number;
use crate::operand::{Operand, combine_sides};

/// The one-operand ufuncs.
macro_rules! unary {
    ($($name:ident $what:literal [$($x:expr),*] => [$($y:expr),*], [$($i:expr),*] => [$($j:expr),*];)*) => {$(
        #[doc = concat!("NumPy's `np.", stringify!($name), "` of each element: ", $what)]
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array1;
        #[doc = concat!("let a = Array1::<f64, 4>::from([", $(stringify!($x), ", ",)* "]);")]
        #[doc = concat!("assert_eq!(a.", stringify!($name), "().as_slice(), &[", $(stringify!($y), ", ",)* "]);")]
        #[doc = concat!("let i = Array1::<i32, 4>::from([", $(stringify!($i), ", ",)* "]);")]
        #[doc = concat!("assert_eq!(i.", stringify!($name), "().as_slice(), &[", $(stringify!($j), ", ",)* "]);")]
        /// ```
        pub fn $name(&self) -> Array<T, S, O> {
            self.map(T::$name)
        }
    )*};
}

/// The two-operand ufuncs.
macro_rules! binary {
    ($($name:ident $what:literal [$($x:expr),*] [$($y:expr),*] => [$($z:expr),*], $ix:literal $iy:literal => $iz:literal;)*) => {$(
        #[doc = concat!("NumPy's `np.", stringify!($name), "(a, b)`: ", $what, " `other` is an array of the same shape (or its trailing axes), a view, or one number.")]
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array1;
        #[doc = concat!("let a = Array1::<f64, 4>::from([", $(stringify!($x), ", ",)* "]);")]
        #[doc = concat!("let b = Array1::<f64, 4>::from([", $(stringify!($y), ", ",)* "]);")]
        #[doc = concat!("assert_eq!(a.", stringify!($name), "(&b).as_slice(), &[", $(stringify!($z), ", ",)* "]);")]
        #[doc = concat!("assert_eq!(Array1::<i8, 1>::from([", stringify!($ix), "]).", stringify!($name), "(", stringify!($iy), ")[0], ", stringify!($iz), ");")]
        /// ```
        pub fn $name(&self, other: impl Operand<T, S, O>) -> Array<T, S, O> {
            combine_sides(&self.view(), &other, T::$name)
        }
    )*};
}

every_kind! { [Number]
    unary! {
        square "`x * x` (wrapping for integers, as NumPy's)."
            [1.5, -3.0, -0.0, 1e200] => [2.25, 9.0, 0.0, f64::INFINITY],
            [3, -4, 0, 65536] => [9, 16, 0, 0];
        reciprocal "`1 / x`. For integers NumPy's: `1.0 / x` truncated, so 0 for every `|x| > 1`; `1 / 0` is NumPy's x86-64 result, the most negative value for 32- and 64-bit signed integers and 0 for the others (with no panic)."
            [2.0, -0.5, 0.0, -0.0] => [0.5, -2.0, f64::INFINITY, f64::NEG_INFINITY],
            [1, -1, 2, 0] => [1, -1, 0, i32::MIN];
        sign "-1, 0 or 1 (unsigned integers 0 or 1); NaN stays NaN and `-0.0` gives `0.0`, as NumPy's."
            [-2.5, 0.0, -0.0, f64::INFINITY] => [-1.0, 0.0, 0.0, 1.0],
            [-7, 0, 3, i32::MIN] => [-1, 0, 1, -1];
    }

    binary! {
        remainder "the remainder with the sign of the divisor, NumPy's `np.mod` and Python's `%` (Rust's `%` keeps the dividend's sign: that is [`fmod`](Self::fmod)). Integer division by zero gives 0 with no panic; for floats `x % 0` and `inf % y` are NaN, as NumPy's."
            [7.0, -7.0, 7.0, -0.0] [3.0, 3.0, -3.0, 2.0] => [1.0, 2.0, -2.0, 0.0], -7 2 => 1;
        fmod "the remainder with the sign of the dividend, C's `fmod` (and Rust's `%`). Integer division by zero gives 0 with no panic."
            [7.0, -7.0, 7.0, 5.5] [3.0, 3.0, -3.0, 2.0] => [1.0, -1.0, 1.0, 1.5], -7 2 => -1;
        floor_divide "the quotient rounded toward minus infinity, Python's `//`, computed as NumPy's (`(a - np.mod(a, b)) / b`, then floored). Integer division by zero gives 0 with no panic, and `MIN // -1` wraps to `MIN`, as NumPy's; for floats `1.0 // 0.0` is infinity and `0.0 // 0.0` NaN."
            [7.0, -7.0, 1.0, 0.0] [2.0, 2.0, 0.0, -1.0] => [3.0, -4.0, f64::INFINITY, -0.0], -7 2 => -4;
    }
}

/// Integer `power`, for one integer type: the exponent is unsigned, so a
/// negative one does not compile (NumPy raises "Integers to negative
/// integer powers are not allowed").
macro_rules! integer_power {
    ($($t:ident)*) => {$(
        impl_kind!(@array [S: crate::shape::Shape,] $t, S; integer_power!(@item $t););
        impl_kind!(@view [S: crate::shape::Shape,] $t, S; integer_power!(@item $t););
        impl_kind!(@view_mut [S: crate::shape::Shape,] $t, S; integer_power!(@item $t););
    )*};
    (@item $t:ident) => {
        /// Each element to the power `n`, NumPy's `np.power(a, n)` for
        /// integers: by repeated squaring in the element type, wrapping on
        /// overflow as NumPy's does (`x ** 0` is 1, `0 ** 0` too). The
        /// exponent is a `u32`, so a negative one is a compile error where
        /// NumPy raises "Integers to negative integer powers are not
        /// allowed". Float arrays have `powf`.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array1;
        /// let a = Array1::<i8, 4>::from([2, 3, -2, 0]);
        /// assert_eq!(a.power(3).as_slice(), &[8, 27, -8, 0]);
        /// assert_eq!(a.power(7).as_slice(), &[-128, -117, -128, 0]); // wraps, as NumPy's int8
        /// assert_eq!(a.power(0).as_slice(), &[1; 4]);
        /// ```
        pub fn power(&self, n: u32) -> Array<$t, S, O> {
            self.map(|x| x.wrapping_pow(n))
        }
    };
}

integer_power!(i8 i16 i32 i64 isize u8 u16 u32 u64 usize);
