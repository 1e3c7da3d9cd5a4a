//! The right-hand side of an elementwise operation (`a + b`, `a += b`,
//! `a.gt_elem(b)`, `select`): an array or a view of the same dtype whose
//! shape is the left side's or its trailing axes (NumPy broadcasting), or
//! one value for every element. Every kind of array takes every kind of
//! operand, through one trait.

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::loops;
use crate::order::{Order, RowMajor};
use crate::raw::{Broadcasted, Contiguous, Strides};
use crate::raw::{collect_map, collect_zip};
use crate::shape::{Broadcast, Shape};
use crate::views::{ArrayView, ArrayViewMut};

mod sealed {
    pub trait Sealed {}
}

/// One side of an elementwise operation, as the left side sees it.
#[doc(hidden)]
pub enum Side<'a, T: Stored, S: Shape, L: Strides> {
    /// The elements, seen with the left side's shape `S`.
    Elements(ArrayView<'a, T, S, L>),
    /// One value for every element.
    Scalar(T),
}

/// The right-hand side of an elementwise operation on an array (or view)
/// of dtype `T`, shape `S` and order `O`: an array of dtype `T` and order
/// `O` whose shape is `S` or its trailing axes (NumPy's broadcasting of a
/// row onto every row), a view of dtype `T` and shape `S` (any order; a
/// smaller one through `broadcast_to`), by value or by reference, or one
/// `T` value for every element.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Array2};
/// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
/// let row = Array1::<i32, 3>::from([10, 20, 30]);
/// assert_eq!(&a + &row, Array2::from([[11, 22, 33], [14, 25, 36]])); // a + row
/// assert_eq!(&a + a.view(), &a * 2);                                 // a view, a value
/// assert_eq!(a.gt_elem(3).as_slice(), &[false, false, false, true, true, true]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not combine elementwise with an array of `{T}`",
    label = "not an array, view or value of `{T}` for this array",
    note = "the right-hand side is an array of the same dtype and order whose shape is the left one's or its trailing axes, a view of the same dtype and of the left one's shape (`v.broadcast_to()` stretches a smaller one), or one `{T}` value; NumPy would convert dtypes, Rust does not: cast the array (`a.cast::<f64>()`) or write the value in the array's type (`2.0`, not `2`, beside a float array)"
)]
pub trait Operand<T: Element, S: Shape, O: Order>: sealed::Sealed {
    /// The steps of the elements seen as shape `S`.
    #[doc(hidden)]
    type Steps: Strides;
    /// The elements seen as shape `S`, or the one value.
    #[doc(hidden)]
    fn side(&self) -> Side<'_, T, S, Self::Steps>;

    /// For an array of `S`'s trailing axes (a row broadcast onto every
    /// row), its elements in memory: one run per position of the leading
    /// axes, which the slice loops combine run by run.
    #[doc(hidden)]
    fn trailing(&self) -> Option<&[T]> {
        None
    }
}

// Arrays (owned, borrowed, boxed) on the right: their shape may be the
// left side's trailing axes. Their order is the left side's, so that `a +
// &Array2::zeros()` needs no annotation (an array of the other order enters
// as a view: `a + f.view()`).

impl<T: Element, S2: Shape, O: Order> sealed::Sealed for Array<T, S2, O> {}
impl<T: Element, S: Broadcast<S2>, S2: Shape, O: Order> Operand<T, S, O> for Array<T, S2, O> {
    type Steps = Broadcasted<Contiguous<S2, O>, S2, S>;
    #[inline]
    fn side(&self) -> Side<'_, T, S, Self::Steps> {
        Side::Elements(self.view().broadcast_to::<S>())
    }
    #[inline]
    fn trailing(&self) -> Option<&[T]> {
        (S2::SIZE != S::SIZE).then(|| self.as_slice())
    }
}

impl<T: Element, S2: Shape, O: Order> sealed::Sealed for &Array<T, S2, O> {}
impl<T: Element, S: Broadcast<S2>, S2: Shape, O: Order> Operand<T, S, O> for &Array<T, S2, O> {
    type Steps = Broadcasted<Contiguous<S2, O>, S2, S>;
    #[inline]
    fn side(&self) -> Side<'_, T, S, Self::Steps> {
        Side::Elements(self.view().broadcast_to::<S>())
    }
    #[inline]
    fn trailing(&self) -> Option<&[T]> {
        (S2::SIZE != S::SIZE).then(|| self.as_slice())
    }
}

#[cfg(feature = "alloc")]
impl<T: Element, S2: Shape, O: Order> sealed::Sealed for &alloc::boxed::Box<Array<T, S2, O>> {}
/// A boxed array on the right reads as the array it holds.
#[cfg(feature = "alloc")]
impl<T: Element, S: Broadcast<S2>, S2: Shape, O: Order> Operand<T, S, O>
    for &alloc::boxed::Box<Array<T, S2, O>>
{
    type Steps = Broadcasted<Contiguous<S2, O>, S2, S>;
    #[inline]
    fn side(&self) -> Side<'_, T, S, Self::Steps> {
        Side::Elements(self.view().broadcast_to::<S>())
    }
    #[inline]
    fn trailing(&self) -> Option<&[T]> {
        (S2::SIZE != S::SIZE).then(|| self.as_slice())
    }
}

// Views on the right: of the left side's shape (`broadcast_to` stretches a
// smaller one), in any order.

impl<T: Element, S: Shape, L2: Strides> sealed::Sealed for ArrayView<'_, T, S, L2> {}
impl<T: Element, S: Shape, O: Order, L2: Strides> Operand<T, S, O> for ArrayView<'_, T, S, L2> {
    type Steps = L2;
    #[inline]
    fn side(&self) -> Side<'_, T, S, L2> {
        Side::Elements(*self)
    }
}

impl<T: Element, S: Shape, L2: Strides> sealed::Sealed for &ArrayView<'_, T, S, L2> {}
impl<T: Element, S: Shape, O: Order, L2: Strides> Operand<T, S, O> for &ArrayView<'_, T, S, L2> {
    type Steps = L2;
    #[inline]
    fn side(&self) -> Side<'_, T, S, L2> {
        Side::Elements(**self)
    }
}

impl<T: Element, S: Shape, L2: Strides> sealed::Sealed for ArrayViewMut<'_, T, S, L2> {}
impl<T: Element, S: Shape, O: Order, L2: Strides> Operand<T, S, O> for ArrayViewMut<'_, T, S, L2> {
    type Steps = L2;
    #[inline]
    fn side(&self) -> Side<'_, T, S, L2> {
        Side::Elements(self.view())
    }
}

impl<T: Element, S: Shape, L2: Strides> sealed::Sealed for &ArrayViewMut<'_, T, S, L2> {}
impl<T: Element, S: Shape, O: Order, L2: Strides> Operand<T, S, O> for &ArrayViewMut<'_, T, S, L2> {
    type Steps = L2;
    #[inline]
    fn side(&self) -> Side<'_, T, S, L2> {
        Side::Elements(self.view())
    }
}

impl<T: Element> sealed::Sealed for T {}
/// One value for every element.
impl<T: Element, S: Shape, O: Order> Operand<T, S, O> for T {
    type Steps = Contiguous<S, RowMajor>;
    #[inline]
    fn side(&self) -> Side<'_, T, S, Self::Steps> {
        Side::Scalar(*self)
    }
}

/// `f(a[i], b[i])` for every index, into a new array in order `O`, where
/// `b` may be one value.
#[inline]
pub(crate) fn zip_sides<T: Stored, U: Element, S: Shape, L: Strides, O: Order>(
    a: &ArrayView<'_, U, S, L>,
    b: &impl Operand<U, S, O>,
    mut f: impl FnMut(U, U) -> T,
) -> Array<T, S, O> {
    match b.side() {
        Side::Elements(b) => collect_zip(a, &b, f),
        Side::Scalar(v) => collect_map(a, |x| f(x, v)),
    }
}

/// `target[i] = f(target[i], b[i])` for every index, where `b` may be one
/// value: the slice loops where both sides are laid out alike, a walk
/// otherwise.
#[inline]
pub(crate) fn assign_sides<T: Element, S: Shape, L: Strides>(
    target: &mut ArrayViewMut<'_, T, S, L>,
    b: &impl Operand<T, S, L::Order>,
    f: impl Fn(T, T) -> T,
) {
    if let (Some(rows), Some(x)) = (b.trailing(), target.contiguous_mut()) {
        assign_runs::<T, S, L::Order>(x, rows, f);
        return;
    }
    match b.side() {
        Side::Elements(b) => match (b.contiguous_in::<L::Order>(), target.contiguous_mut()) {
            (Some(y), Some(x)) => loops::zip_assign(x, y, f),
            _ => target.zip_for_each_mut(&b, |x, &y| *x = f(*x, y)),
        },
        Side::Scalar(v) => match target.contiguous_mut() {
            Some(x) => loops::map_assign(x, |x| f(x, v)),
            None => target.for_each_mut(|x| *x = f(*x, v)),
        },
    }
}

/// `x[i] = f(x[i], b[i])` where `x` is the memory of an array of shape `S`
/// in order `O` and `rows` the memory of an array of its trailing axes, in
/// the same order: in C order `rows` repeats along `x`, in F order each of
/// its elements fills a run of `x`.
#[inline]
fn assign_runs<T: Element, S: Shape, O: Order>(x: &mut [T], rows: &[T], f: impl Fn(T, T) -> T) {
    if x.is_empty() || rows.is_empty() {
        // Nothing to combine (and no run length: `(0, 3) + (3,)` in F order
        // would divide 0 by 3).
    } else if O::IS_ROW_MAJOR {
        for run in x.chunks_exact_mut(rows.len()) {
            loops::zip_assign(run, rows, &f);
        }
    } else {
        for (run, &y) in x.chunks_exact_mut(S::SIZE / rows.len()).zip(rows) {
            loops::map_assign(run, |v| f(v, y));
        }
    }
}

/// `f(a[i], b[i])` into a new array: one copy of `a` then the run loops when
/// `b` is a row broadcast onto every row, one walk otherwise.
#[inline]
pub(crate) fn combine_sides<T: Element, S: Shape, L: Strides>(
    a: &ArrayView<'_, T, S, L>,
    b: &impl Operand<T, S, L::Order>,
    f: impl Fn(T, T) -> T,
) -> Array<T, S, L::Order> {
    if b.trailing().is_some() {
        let mut out = a.copied_in_order::<L::Order>();
        assign_sides(&mut out.view_mut(), b, f);
        return out;
    }
    zip_sides(a, b, f)
}
