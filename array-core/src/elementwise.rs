//! Elementwise functions: `map`, `zip_map`, `fill`, `cast`, comparisons,
//! `clamp`, `abs`, and float math (`sqrt`, `exp`, ...; feature `std`).

use crate::array::Array;
use crate::element::Element;
use crate::number::Signed;
use crate::order::Order;
use crate::shape::Shape;

mod sealed {
    pub trait Sealed<U> {}
}

/// Element types that convert to `U` with [`Array::cast`]: every pair of
/// element types. Numbers convert with Rust's `as` (floats to integers
/// truncate toward zero and saturate, NaN becomes 0); to `bool`, non-zero
/// is `true`, as NumPy's `astype(bool)`; `bool` becomes 0 or 1.
pub trait CastTo<U: Element>: Element + sealed::Sealed<U> {
    #[doc(hidden)]
    fn cast(self) -> U;
}

macro_rules! cast_numbers {
    ($($from:ty),*) => {$(
        cast_numbers!(@to $from: i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);
        impl sealed::Sealed<bool> for $from {}
        impl CastTo<bool> for $from {
            #[inline(always)]
            fn cast(self) -> bool {
                self != 0 as $from
            }
        }
        impl sealed::Sealed<$from> for bool {}
        impl CastTo<$from> for bool {
            #[inline(always)]
            fn cast(self) -> $from {
                u8::from(self) as $from
            }
        }
    )*};
    (@to $from:ty: $($to:ty),*) => {$(
        impl sealed::Sealed<$to> for $from {}
        impl CastTo<$to> for $from {
            #[inline(always)]
            fn cast(self) -> $to {
                self as $to
            }
        }
    )*};
}

cast_numbers!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);

impl sealed::Sealed<bool> for bool {}
impl CastTo<bool> for bool {
    #[inline(always)]
    fn cast(self) -> bool {
        self
    }
}

impl<T: Copy, S: Shape, O: Order> Array<T, S, O> {
    /// `f` applied to each element, as a new array of the same shape.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<u8, 3>::from([1, 2, 3]);
    /// assert_eq!(a.map(|x| u16::from(x) * 300).as_slice(), &[300, 600, 900]);
    /// ```
    #[inline]
    pub fn map<U>(&self, mut f: impl FnMut(T) -> U) -> Array<U, S, O> {
        let a = self.as_slice();
        Array::from_flat_fn(|i| f(a[i]))
    }

    /// `f` applied to each pair of elements of two arrays of the same shape.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let x = Array1::<f32, 2>::from([3.0, 5.0]);
    /// let y = Array1::<f32, 2>::from([4.0, 12.0]);
    /// assert_eq!(x.zip_map(&y, f32::hypot).as_slice(), &[5.0, 13.0]);
    /// ```
    #[inline]
    pub fn zip_map<U: Copy, V>(
        &self,
        other: &Array<U, S, O>,
        mut f: impl FnMut(T, U) -> V,
    ) -> Array<V, S, O> {
        let (a, b) = (self.as_slice(), other.as_slice());
        Array::from_flat_fn(|i| f(a[i], b[i]))
    }

    /// Sets every element to `value`, NumPy's `a.fill(value)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<i8, 2, 2>::zeros();
    /// a.fill(-1);
    /// assert_eq!(a.as_slice(), &[-1; 4]);
    /// ```
    pub fn fill(&mut self, value: T) {
        self.as_mut_slice().fill(value);
    }
}

macro_rules! comparisons {
    ($($name:ident $op:tt $numpy:literal;)*) => {$(
        #[doc = concat!("`self ", stringify!($op), " other` for each pair of elements, NumPy's `", $numpy, "`.")]
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array1;
        /// let a = Array1::<i32, 3>::from([1, 2, 3]);
        /// let b = Array1::<i32, 3>::from([2, 2, 2]);
        #[doc = concat!("let mask = a.", stringify!($name), "(&b);")]
        #[doc = concat!("assert_eq!(mask.as_slice(), &[1 ", stringify!($op), " 2, 2 ", stringify!($op), " 2, 3 ", stringify!($op), " 2]);")]
        /// ```
        pub fn $name(&self, other: &Self) -> Array<bool, S, O> {
            self.zip_map(other, |a, b| a $op b)
        }
    )*};
}

impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    comparisons! {
        eq_elem == "a == b";
        ne_elem != "a != b";
        lt_elem < "a < b";
        le_elem <= "a <= b";
        gt_elem > "a > b";
        ge_elem >= "a >= b";
    }

    /// Each element converted to `U`, NumPy's `astype(U)`, with the
    /// semantics of [`CastTo`]: Rust's `as` between numbers.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 4>::from([1.9, -1.9, 300.0, f64::NAN]);
    /// assert_eq!(a.cast::<u8>().as_slice(), &[1, 0, 255, 0]);
    /// assert_eq!(a.cast::<bool>().as_slice(), &[true, true, true, true]);
    /// ```
    pub fn cast<U: Element>(&self) -> Array<U, S, O>
    where
        T: CastTo<U>,
    {
        self.map(CastTo::cast)
    }

    /// Each element limited to `[min, max]`, NumPy's `clip(min, max)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<i32, 4>::from([-5, 0, 5, 10]);
    /// assert_eq!(a.clamp(0, 6).as_slice(), &[0, 0, 5, 6]);
    /// ```
    pub fn clamp(&self, min: T, max: T) -> Self {
        self.map(|x| {
            if x < min {
                min
            } else if x > max {
                max
            } else {
                x
            }
        })
    }
}

impl<T: Signed, S: Shape, O: Order> Array<T, S, O> {
    /// The absolute value of each element, NumPy's `abs` (wrapping for the
    /// most negative integer, as NumPy's).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<i8, 3>::from([-3, 4, -128]).abs().as_slice(), &[3, 4, -128]);
    /// ```
    pub fn abs(&self) -> Self {
        self.map(|x| if x < T::ZERO { x.neg() } else { x })
    }
}

#[cfg(any(feature = "std", feature = "libm"))]
macro_rules! float_math {
    ($t:ty: $($name:ident = $f:ident $numpy:literal $x:literal => $y:literal,)*) => {
        impl<S: Shape, O: Order> Array<$t, S, O> {
            $(
                #[doc = concat!("NumPy's `", $numpy, "` of each element (feature `std` or `libm`).")]
                ///
                /// ```
                /// # use shaped_core as shaped;
                /// use shaped::Array1;
                #[doc = concat!("let a = Array1::<", stringify!($t), ", 2>::from([", stringify!($x), ", ", stringify!($t), "::NAN]);")]
                #[doc = concat!("assert_eq!(a.", stringify!($name), "()[0], ", stringify!($y), ");")]
                #[doc = concat!("assert!(a.", stringify!($name), "()[1].is_nan());")]
                /// ```
                pub fn $name(&self) -> Self {
                    self.map(crate::math::Float::$f)
                }
            )*
        }
    };
}

/// The float functions, each with an example whose answer is exact, so it
/// holds for the platform's math library and for `libm` alike.
#[cfg(any(feature = "std", feature = "libm"))]
macro_rules! float_math_both {
    ($($rest:tt)*) => {
        float_math!(f32: $($rest)*);
        float_math!(f64: $($rest)*);
    };
}

#[cfg(any(feature = "std", feature = "libm"))]
float_math_both!(sqrt = sqrt "np.sqrt" 2.25 => 1.5, exp = exp "np.exp" 0.0 => 1.0,
    ln = ln "np.log" 1.0 => 0.0, log10 = log10 "np.log10" 1000.0 => 3.0,
    log2 = log2 "np.log2" 0.125 => -3.0, sin = sin "np.sin" 0.0 => 0.0,
    cos = cos "np.cos" 0.0 => 1.0, tan = tan "np.tan" 0.0 => 0.0,
    floor = floor "np.floor" -2.5 => -3.0, ceil = ceil "np.ceil" -2.5 => -2.0,
    round = round_ties_even "np.round (halves to even)" 2.5 => 2.0,);
