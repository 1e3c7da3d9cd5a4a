//! Elementwise functions: `map`, `zip_map`, their in-place forms
//! (`map_inplace`, `assign_map`, `assign_zip_map`, `zip_map_inplace`),
//! `fill`, `assign`, `cast`, comparisons, `clamp`, `abs`, and float math
//! (`sqrt`, `exp`, ...; feature `std` or `libm`): on arrays and views alike
//! (the writing ones on arrays and mutable views), written once over the
//! view. Results are new arrays in the order of the array the receiver
//! would copy to; over contiguous memory every loop is the slice loop.

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::kinds::{every_kind, every_writable_kind};
use crate::loops;
use crate::number::Signed;
use crate::operand::{Operand, zip_sides};
use crate::raw::Strides;
use crate::raw::{collect_map, collect_zip};
use crate::shape::Shape;
use crate::views::{ArrayView, ArrayViewMut, AsView};

pub(crate) mod sealed {
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

/// `CastTo` for every pair of types of the dtype table: numbers with
/// `as`, to `bool` as "not zero", from `bool` as 0 or 1.
macro_rules! casts {
    ($($t:ident $kind:tt $numpy:tt;)*) => {
        casts!(@each [$($t $kind)*] [$($t $kind)*]);
    };
    (@each [$($from:ident $kind:tt)*] $all:tt) => {$(casts!(@from $from $kind $all);)*};
    (@from $from:ident $kind:tt [$($to:ident $to_kind:tt)*]) => {$(
        impl sealed::Sealed<$to> for $from {}
        impl CastTo<$to> for $from {
            #[inline(always)]
            fn cast(self) -> $to {
                casts!(@cast self $from $kind $to $to_kind)
            }
        }
    )*};
    (@cast $v:ident $from:ident 'b' $to:ident 'b') => { $v };
    (@cast $v:ident $from:ident 'b' $to:ident $to_kind:tt) => { u8::from($v) as $to };
    // The zero is typed: with `pyo3` in the build, `0 as _` is ambiguous
    // (pyo3 compares Rust numbers with Python ones too).
    (@cast $v:ident $from:ident $kind:tt $to:ident 'b') => { $v != 0 as $from };
    (@cast $v:ident $from:ident $kind:tt $to:ident $to_kind:tt) => { $v as $to };
}

crate::element::for_each_dtype!(casts);

every_kind! { [Copy + Stored]
    /// `f` applied to each element, as a new array of the same shape.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<u8, 3>::from([1, 2, 3]);
    /// assert_eq!(a.map(|x| u16::from(x) * 300).as_slice(), &[300, 600, 900]);
    /// ```
    #[inline]
    pub fn map<U: Stored>(&self, f: impl FnMut(T) -> U) -> Array<U, S, O> {
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = crate::stack_limit::FitsOnStack::<U, S>::OK;
        collect_map(&self.view(), f)
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
    pub fn zip_map<U: Copy + Stored, V: Stored>(
        &self,
        other: &impl AsView<U, S>,
        f: impl FnMut(T, U) -> V,
    ) -> Array<V, S, O> {
        let () = crate::stack_limit::FitsOnStack::<V, S>::OK;
        collect_zip(&self.view(), &other.as_view(), f)
    }
}

/// Where the writing operations find their elements: the slice when the
/// target and the sources are laid out alike, a walk otherwise.
impl<T: Stored + Copy, S: Shape, L: Strides> ArrayViewMut<'_, T, S, L> {
    /// `out[i] = f(a[i])` for every index.
    #[inline]
    fn assign_map_view<U: Stored + Copy, L1: Strides>(
        &mut self,
        a: &ArrayView<'_, U, S, L1>,
        f: impl Fn(U) -> T,
    ) {
        match (a.contiguous_in::<L::Order>(), self.contiguous_mut()) {
            (Some(x), Some(out)) => loops::map_into(out, x, f),
            _ => self.zip_for_each_mut(a, |out, &x| *out = f(x)),
        }
    }
}

every_writable_kind! { [Copy + Stored]
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
        let mut target = self.view_mut();
        match target.contiguous_mut() {
            Some(elements) => elements.fill(value),
            None => target.for_each_mut(|x| *x = value),
        }
    }

    /// Copies `source` (an array or a view of the same shape) into this
    /// view, NumPy's `v[...] = source`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array1, Array2};
    /// let mut a = Array2::<u8, 2, 3>::zeros();
    /// a.slice_mut(s![0, ..]).assign(&Array1::<u8, 3>::from([1, 2, 3]));
    /// let b = Array2::<u8, 2, 3>::full(9);
    /// a.slice_mut(s![1, ..]).assign(&b.slice(s![0, ..]));
    /// assert_eq!(a.as_slice(), &[1, 2, 3, 9, 9, 9]);
    /// ```
    #[inline]
    pub fn assign(&mut self, source: &impl AsView<T, S>) {
        self.view_mut().assign_map_view(&source.as_view(), |x| x);
    }

    /// `self[i] = f(self[i])` for every element, in place.
    ///
    /// Like the compound operators (`+=` ...), this and the `assign_*`
    /// methods below run long loops (4096 elements and more) through a copy
    /// compiled for the widest vector unit the CPU has (AVX-512 or AVX2 on
    /// x86-64 with `std`), as NumPy's loops do; so keep `f` simple
    /// arithmetic for them to vectorise.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<i32, 3>::from([1, -2, 3]);
    /// a.map_inplace(|x| x * x);
    /// assert_eq!(a.as_slice(), &[1, 4, 9]);
    /// ```
    #[inline]
    pub fn map_inplace(&mut self, f: impl Fn(T) -> T) {
        let mut target = self.view_mut();
        match target.contiguous_mut() {
            Some(elements) => loops::map_assign(elements, f),
            None => target.for_each_mut(|x| *x = f(*x)),
        }
    }

    /// `self[i] = f(a[i])` for every element: [`map`](Self::map) written
    /// into an existing array, NumPy's `np.sqrt(a, out=self)`. Nothing is
    /// built on the stack, so it suits boxed arrays of any size.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<u8, 3>::from([1, 2, 3]);
    /// let mut out = Array1::<f32, 3>::zeros();
    /// out.assign_map(&a, |x| f32::from(x) / 2.0);
    /// assert_eq!(out.as_slice(), &[0.5, 1.0, 1.5]);
    /// ```
    #[inline]
    pub fn assign_map<U: Copy + Stored>(&mut self, a: &impl AsView<U, S>, f: impl Fn(U) -> T) {
        self.view_mut().assign_map_view(&a.as_view(), f);
    }

    /// `self[i] = f(a[i], b[i])` for every element: [`zip_map`](Self::zip_map)
    /// written into an existing array, NumPy's `np.add(a, b, out=self)`,
    /// except that `f` can fuse any arithmetic into the one pass, as in the
    /// STREAM triad `out = b + s * c` below. Nothing is built on the
    /// stack, and no temporary array is made.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let b = Array1::<f64, 3>::from([1.0, 2.0, 3.0]);
    /// let c = Array1::<f64, 3>::from([10.0, 20.0, 30.0]);
    /// let mut out = Array1::<f64, 3>::zeros();
    /// out.assign_zip_map(&b, &c, |b, c| b + 0.5 * c);
    /// assert_eq!(out.as_slice(), &[6.0, 12.0, 18.0]);
    /// ```
    #[inline]
    pub fn assign_zip_map<U: Copy + Stored, V: Copy + Stored>(
        &mut self,
        a: &impl AsView<U, S>,
        b: &impl AsView<V, S>,
        f: impl Fn(U, V) -> T,
    ) {
        let (a, b) = (a.as_view(), b.as_view());
        let mut target = self.view_mut();
        match (a.contiguous_in::<O>(), b.contiguous_in::<O>(), target.contiguous_mut()) {
            (Some(x), Some(y), Some(out)) => loops::zip_into(out, x, y, f),
            _ => target.zip2_for_each_mut(&a, &b, |out, &x, &y| *out = f(x, y)),
        }
    }

    /// `self[i] = f(self[i], a[i])` for every element, in place.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut acc = Array1::<f32, 2>::from([1.0, 2.0]);
    /// let x = Array1::<f32, 2>::from([3.0, 4.0]);
    /// acc.zip_map_inplace(&x, |acc, x| acc + x * x); // acc += x**2
    /// assert_eq!(acc.as_slice(), &[10.0, 18.0]);
    /// ```
    #[inline]
    pub fn zip_map_inplace<U: Copy + Stored>(&mut self, a: &impl AsView<U, S>, f: impl Fn(T, U) -> T) {
        let a = a.as_view();
        let mut target = self.view_mut();
        match (a.contiguous_in::<O>(), target.contiguous_mut()) {
            (Some(x), Some(out)) => loops::zip_assign(out, x, f),
            _ => target.zip_for_each_mut(&a, |out, &x| *out = f(*out, x)),
        }
    }
}

macro_rules! comparisons {
    ($($name:ident $op:tt $f:ident $numpy:literal;)*) => {$(
        #[doc = concat!("`self ", stringify!($op), " other` for each element, NumPy's `", $numpy, "`: `other` is an array of the same shape or one value.")]
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array1;
        /// let a = Array1::<i32, 3>::from([1, 2, 3]);
        /// let b = Array1::<i32, 3>::from([2, 2, 2]);
        #[doc = concat!("let mask = a.", stringify!($name), "(&b);")]
        #[doc = concat!("assert_eq!(mask.as_slice(), &[1 ", stringify!($op), " 2, 2 ", stringify!($op), " 2, 3 ", stringify!($op), " 2]);")]
        #[doc = concat!("assert_eq!(a.", stringify!($name), "(2), mask); // with a scalar")]
        /// ```
        pub fn $name(&self, other: impl Operand<T, S, O>) -> Array<bool, S, O> {
            zip_sides(&self.view(), &other, crate::element::$f)
        }
    )*};
}

every_kind! { [Element]
    comparisons! {
        eq_elem == eq "a == b";
        ne_elem != ne "a != b";
        lt_elem < lt "a < b";
        le_elem <= le "a <= b";
        gt_elem > gt "a > b";
        ge_elem >= ge "a >= b";
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
        let () = crate::stack_limit::FitsOnStack::<U, S>::OK;
        self.map(CastTo::cast)
    }

    /// Each element limited to `[min, max]`, NumPy's `clip(min, max)`
    /// (also under that name, [`clip`](Self::clip)), computed as NumPy
    /// does, `minimum(maximum(x, min), max)`: with `min > max` every
    /// element is `max`, and a NaN in the data or in a bound gives NaN.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<i32, 4>::from([-5, 0, 5, 10]);
    /// assert_eq!(a.clamp(0, 6).as_slice(), &[0, 0, 5, 6]);
    /// assert_eq!(a.clamp(1, 0).as_slice(), &[0; 4]); // np.clip(a, 1, 0)
    /// let x = Array1::<f64, 2>::from([1.0, f64::NAN]);
    /// assert!(x.clamp(0.0, f64::NAN).as_slice().iter().all(|v| v.is_nan()));
    /// ```
    #[doc(alias = "clip")]
    pub fn clamp(&self, min: T, max: T) -> Array<T, S, O> {
        self.map(|x| clamp_one(x, min, max))
    }

    /// NumPy's `np.clip(a, min, max)`: the same as [`clamp`](Self::clamp).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<f32, 3>::from([-1.5, 0.5, 9.0]).clip(0.0, 1.0).as_slice(), &[0.0, 0.5, 1.0]);
    /// ```
    pub fn clip(&self, min: T, max: T) -> Array<T, S, O> {
        self.clamp(min, max)
    }
}

every_writable_kind! { [Element]
    /// Limits each element to `[min, max]` in place, NumPy's
    /// `np.clip(a, min, max, out=a)`: [`clip`](Array::clip) without a new
    /// array, on arrays and mutable views.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array1;
    /// let mut a = Array1::<i32, 5>::from([-5, 0, 5, 10, 20]);
    /// a.slice_mut(s![1..5]).clip_inplace(1, 9);
    /// assert_eq!(a.as_slice(), &[-5, 1, 5, 9, 9]);
    /// ```
    pub fn clip_inplace(&mut self, min: T, max: T) {
        self.map_inplace(|x| clamp_one(x, min, max));
    }
}

/// `x` limited to `[min, max]` as NumPy's `clip`: `minimum(maximum(x, min),
/// max)`, each step keeping its left operand when the two are equal (so
/// `-0.0` and `0.0` stay as they are) and propagating a NaN from either
/// side. With `min > max` every element becomes `max`, as NumPy's; a NaN
/// bound makes every element NaN.
#[inline]
fn clamp_one<T: Element>(x: T, min: T, max: T) -> T {
    let raised = if is_nan(x) || !(is_nan(min) || crate::element::lt(x, min)) {
        x
    } else {
        min
    };
    if is_nan(raised) || !(is_nan(max) || crate::element::gt(raised, max)) {
        raised
    } else {
        max
    }
}

/// Whether `x` is a float NaN (never for integers and `bool`).
#[inline(always)]
#[allow(clippy::eq_op)]
fn is_nan<T: Element>(x: T) -> bool {
    x != x
}

every_kind! { [Signed]
    /// The absolute value of each element, NumPy's `abs`: wrapping for the
    /// most negative integer, as NumPy's; for floats the sign bit cleared,
    /// so `-0.0` becomes `0.0` and a NaN of either sign a positive NaN.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<i8, 3>::from([-3, 4, -128]).abs().as_slice(), &[3, 4, -128]);
    /// let z = Array1::<f64, 2>::from([-0.0, -f64::NAN]).abs();
    /// assert!(z[0].is_sign_positive() && z[1].is_sign_positive());
    /// ```
    pub fn abs(&self) -> Array<T, S, O> {
        self.map(T::abs)
    }
}

#[cfg(any(feature = "std", feature = "libm"))]
macro_rules! float_math {
    ($t:ty: $($name:ident = $f:ident $numpy:literal $x:literal => $y:literal,)*) => {
        every_kind! { type $t;
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
                pub fn $name(&self) -> Array<$t, S, O> {
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
