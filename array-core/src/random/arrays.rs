//! Arrays of draws: NumPy's `size=` and `out=` arguments.
//!
//! `rng.random((3, 4))` is `rng.random_array()` with the shape in the
//! annotated type, as joins take theirs; each `_array` method has a
//! `_boxed` twin that fills the array in place on the heap, for arrays too
//! big for the stack. `rng.random(out=a)` is `a.fill_with(|| rng.random())`,
//! on arrays and mutable views alike.
//!
//! Draws go into memory in address order, as NumPy's `out=` fills a C- or
//! F-ordered array: a `RowMajor` array holds what `rng.random(shape)`
//! holds, a `ColMajor` one what `rng.random(out=np.empty(shape,
//! order="F"))` holds.

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use super::Generator;
use crate::array::Array;
use crate::element::Stored;
use crate::kinds::every_writable_kind;
use crate::order::Order;
use crate::shape::Shape;

/// The float dtypes [`Generator::random_array`] fills: `f64` (NumPy's
/// default) from [`Generator::random`], `f32` (`dtype=np.float32`) from
/// [`Generator::random_f32`].
pub trait RandomFloat: Stored + Copy + private::Sealed {
    /// One draw in `[0, 1)` of this dtype.
    fn random(rng: &mut Generator) -> Self;
}

impl RandomFloat for f64 {
    #[inline]
    fn random(rng: &mut Generator) -> Self {
        rng.random()
    }
}

impl RandomFloat for f32 {
    #[inline]
    fn random(rng: &mut Generator) -> Self {
        rng.random_f32()
    }
}

mod private {
    pub trait Sealed {}
    impl Sealed for f32 {}
    impl Sealed for f64 {}
}

/// The `_array` method and its `_boxed` twin for one kind of draw.
macro_rules! array_forms {
    ($(#[$doc:meta])* $name:ident, $boxed:ident, [$($g:tt)*] $t:ty, |$rng:ident $(, $arg:ident: $at:ty)*| $draw:expr) => {
        $(#[$doc])*
        pub fn $name<$($g)* S: Shape, O: Order>(&mut self $(, $arg: $at)*) -> Array<$t, S, O> {
            Array::from_flat_fn(|_| {
                let $rng = &mut *self;
                $draw
            })
        }

        #[cfg(feature = "alloc")]
        #[doc = concat!("[`", stringify!($name), "`](Self::", stringify!($name),
            ") on the heap: the array is filled in its place and never exists on the stack.")]
        pub fn $boxed<$($g)* S: Shape, O: Order>(&mut self $(, $arg: $at)*) -> Box<Array<$t, S, O>> {
            Array::boxed_from_flat_fn(|_| {
                let $rng = &mut *self;
                $draw
            })
        }
    };
}

impl Generator {
    array_forms! {
        /// An array of floats in `[0, 1)`, NumPy's `rng.random(shape)`
        /// (`f64`) or `rng.random(shape, dtype=np.float32)` (`f32`); the
        /// shape and dtype are the annotated type's.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::{Array1, Array2, random::Generator};
        /// let mut rng = Generator::new(0);
        /// let a: Array2<f64, 2, 3> = rng.random_array(); // rng.random((2, 3))
        /// assert_eq!(a[[0, 0]], 0.6369616873214543);
        /// let b: Array1<f32, 2> = Generator::new(0).random_array();
        /// assert_eq!(b.as_slice(), &[0.8506242, 0.63696164]);
        /// ```
        random_array, random_array_boxed, [T: RandomFloat,] T, |rng| T::random(rng)
    }

    array_forms! {
        /// An array of integers in `[low, high)`, NumPy's
        /// `rng.integers(low, high, size=shape)` (dtype `int64`).
        ///
        /// # Panics
        ///
        /// When `low >= high` and the array is not empty.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::{Array1, random::Generator};
        /// let mut rng = Generator::new(42);
        /// let a: Array1<i64, 5> = rng.integers_array(0, 10); // rng.integers(0, 10, 5)
        /// assert_eq!(a.as_slice(), &[0, 7, 6, 4, 4]);
        /// ```
        integers_array, integers_array_boxed, [] i64, |rng, low: i64, high: i64| rng.integers(low, high)
    }

    array_forms! {
        /// An array of floats in `[low, high)`, NumPy's
        /// `rng.uniform(low, high, shape)`.
        ///
        /// # Panics
        ///
        /// As [`uniform`](Self::uniform), when the array is not empty.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::{Array1, random::Generator};
        /// let mut rng = Generator::new(42);
        /// let a: Array1<f64, 2> = rng.uniform_array(-1.0, 1.0);
        /// assert_eq!(a[0], 0.5479120971119267);
        /// ```
        uniform_array, uniform_array_boxed, [] f64, |rng, low: f64, high: f64| rng.uniform(low, high)
    }
}

#[cfg(any(feature = "std", feature = "libm"))]
impl Generator {
    array_forms! {
        /// An array of standard normal deviates, NumPy's
        /// `rng.standard_normal(shape)`.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::{Array2, random::Generator};
        /// let mut rng = Generator::new(42);
        /// let noise: Array2<f64, 2, 2> = rng.standard_normal_array();
        /// assert_eq!(noise[[0, 1]], -1.0399841062404955);
        /// ```
        standard_normal_array, standard_normal_array_boxed, [] f64, |rng| rng.standard_normal()
    }

    array_forms! {
        /// An array of normal deviates, NumPy's
        /// `rng.normal(loc, scale, shape)`.
        ///
        /// # Panics
        ///
        /// As [`normal`](Self::normal), when the array is not empty.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::{Array1, random::Generator};
        /// let mut rng = Generator::new(42);
        /// let a: Array1<f64, 3> = rng.normal_array(10.0, 2.0);
        /// assert_eq!(a[0], 10.609434159508863);
        /// ```
        normal_array, normal_array_boxed, [] f64, |rng, loc: f64, scale: f64| rng.normal(loc, scale)
    }
}

every_writable_kind! { [Copy + Stored]
    /// Sets every element to a new `f()`, in memory order (address order):
    /// `a.fill_with(|| rng.random())` is NumPy's `rng.random(out=a)`, for
    /// any draw and any array or mutable view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array2, random::Generator};
    /// let mut rng = Generator::new(42);
    /// let mut a = Array2::<f64, 3, 4>::zeros();
    /// a.slice_mut(s![1, ..]).fill_with(|| rng.standard_normal());
    /// assert_eq!(a[[1, 0]], 0.30471707975443135);
    /// let mut count = 0.0;
    /// a.fill_with(|| { count += 1.0; count });
    /// assert_eq!(a[[2, 3]], 12.0);
    /// ```
    pub fn fill_with(&mut self, mut f: impl FnMut() -> T) {
        self.view_mut().for_each_mut(|x| *x = f());
    }
}
