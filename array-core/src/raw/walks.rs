//! Reaching the elements of a view: one element, all of them in a memory
//! order, all of them as one slice when the view is contiguous, and new
//! arrays built from them. Every operation on every kind of array (an
//! `Array` is read through its whole view) goes through these.
//!
//! They rest on the view invariant of [`strided`](super::strided) (every
//! index of the shape reaches a valid element through the steps, a distinct
//! one for a mutable view) and on the facts of [`steps`](super::steps):
//! `offset_of` gives an offset only for an index of the shape, and the walks
//! visit each index of the shape once. One more fact makes the slices: a
//! view whose steps are those of a contiguous array of its shape in order
//! `O` (`Memory::contiguous_in::<O>`) reaches, from index `i`, offset
//! `Σ i[k] * step[k]`, which is `i`'s position in that array: the offsets
//! `0..S::SIZE`, each once.

use core::marker::PhantomData;
use core::ptr::NonNull;
use core::slice;

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use super::layouts::Memory;
use super::layouts::Strides;
use super::steps::{next_index, offset_of, walk, walk_in};
use super::strided::{ArrayView, ArrayViewMut};
use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::raw::Contiguous;
use crate::shape::MAX_RANK;
use crate::shape::Shape;

impl<'a, T: Stored, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// The element at `index` (one position per axis), or `None` when the
    /// index does not have one position per axis or one is out of range.
    #[inline]
    pub(crate) fn at(&self, index: &[usize]) -> Option<&'a T> {
        let offset = offset_of::<S>(index, &L::STEPS)?;
        // SAFETY: `offset_of` returned an offset, so `index` is an index of
        // `S`; by the invariant its element is valid, borrowed for `'a`.
        Some(unsafe { &*self.ptr.as_ptr().offset(offset) })
    }

    /// The elements as the slice of a contiguous `Array<T, S, O>`, when the
    /// steps are that array's (known while compiling: the test folds away).
    #[inline(always)]
    pub(crate) fn contiguous_in<O: Order>(&self) -> Option<&'a [T]> {
        if !Memory::<S, L>::contiguous_in::<O>() {
            return None;
        }
        // SAFETY: the steps are those of a contiguous array of shape `S` in
        // order `O`, so the indices of `S` reach the offsets `0..S::SIZE`,
        // each once (module docs): by the invariant, `S::SIZE` consecutive
        // valid elements from `ptr`, in one allocation, borrowed for `'a`.
        // (An empty view gives an empty slice at an aligned non-null
        // pointer.)
        Some(unsafe { slice::from_raw_parts(self.ptr.as_ptr(), S::SIZE) })
    }

    /// The elements as one slice in the memory order of `L::Order`, the
    /// order of the array the view copies to, when the view is contiguous.
    #[inline(always)]
    pub(crate) fn contiguous(&self) -> Option<&'a [T]> {
        self.contiguous_in::<L::Order>()
    }

    /// Calls `f` on every element, in C order of the indices (NumPy's
    /// logical order: printing, flat positions).
    #[inline]
    pub(crate) fn for_each_c(&self, mut f: impl FnMut(&'a T)) {
        if let Some(elements) = self.contiguous_in::<crate::RowMajor>() {
            elements.iter().for_each(f);
            return;
        }
        let ptr = self.ptr.as_ptr();
        walk::<S, 1>([L::STEPS], |[offset]| {
            // SAFETY: `walk` gives the offset of each index of `S`, each of
            // which reaches a valid element (the invariant).
            f(unsafe { &*ptr.offset(offset) })
        });
    }

    /// Calls `f` on every element and the element of `other` at the same
    /// index, in C order of the indices.
    #[inline]
    pub(crate) fn zip_for_each_c<U: Stored, L2: Strides>(
        &self,
        other: &ArrayView<'_, U, S, L2>,
        mut f: impl FnMut(&'a T, &U),
    ) {
        let (ptr, src) = (self.ptr.as_ptr(), other.ptr.as_ptr());
        walk::<S, 2>([L::STEPS, L2::STEPS], |[a, b]| {
            // SAFETY: `walk` gives the offsets of one index of `S` in each
            // view, both of shape `S`: valid elements (the invariant).
            f(unsafe { &*ptr.offset(a) }, unsafe { &*src.offset(b) })
        });
    }

    /// Calls `f` on every element, in the memory order of `L::Order`: the
    /// order of the elements of the array the view copies to.
    #[inline]
    pub(crate) fn for_each(&self, mut f: impl FnMut(&'a T)) {
        if let Some(elements) = self.contiguous() {
            elements.iter().for_each(f);
            return;
        }
        let ptr = self.ptr.as_ptr();
        walk_in::<S, L::Order, 1>([L::STEPS], |[offset]| {
            // SAFETY: as in `for_each_c`: each offset is an index's.
            f(unsafe { &*ptr.offset(offset) })
        });
    }
}

impl<'a, T: Stored, S: Shape, L: Strides> ArrayViewMut<'a, T, S, L> {
    /// The element at `index`, mutably, or `None` when out of range.
    #[inline]
    pub(crate) fn at_mut(&mut self, index: &[usize]) -> Option<&mut T> {
        let offset = offset_of::<S>(index, &L::STEPS)?;
        // SAFETY: `index` is an index of `S` (checked by `offset_of`), so
        // the element is valid and uniquely borrowed through `self`.
        Some(unsafe { &mut *self.ptr.as_ptr().offset(offset) })
    }

    /// The element at `index`, mutably for the rest of `'a`, or `None` when
    /// out of range.
    #[inline]
    pub(crate) fn into_at_mut(self, index: &[usize]) -> Option<&'a mut T> {
        let offset = offset_of::<S>(index, &L::STEPS)?;
        // SAFETY: as in `at_mut`; the unique borrow of the view, consumed
        // here, carries over to the one element for `'a`.
        Some(unsafe { &mut *self.ptr.as_ptr().offset(offset) })
    }

    /// The elements as the mutable slice of a contiguous `Array<T, S, O>`,
    /// when the steps are that array's.
    #[inline(always)]
    pub(crate) fn contiguous_mut_in<O: Order>(&mut self) -> Option<&mut [T]> {
        if !Memory::<S, L>::contiguous_in::<O>() {
            return None;
        }
        // SAFETY: as in `ArrayView::contiguous_in`: exactly the view's
        // `S::SIZE` elements, each once, which this view borrows uniquely
        // (the invariant), for as long as `self` is borrowed.
        Some(unsafe { slice::from_raw_parts_mut(self.ptr.as_ptr(), S::SIZE) })
    }

    /// [`contiguous_mut_in`](Self::contiguous_mut_in) in the view's own order.
    #[inline(always)]
    pub(crate) fn contiguous_mut(&mut self) -> Option<&mut [T]> {
        self.contiguous_mut_in::<L::Order>()
    }

    /// Calls `f` on every element, mutably, in the memory order of
    /// `L::Order`.
    #[inline]
    pub(crate) fn for_each_mut(&mut self, mut f: impl FnMut(&mut T)) {
        if let Some(elements) = self.contiguous_mut() {
            elements.iter_mut().for_each(f);
            return;
        }
        let ptr = self.ptr.as_ptr();
        walk_in::<S, L::Order, 1>([L::STEPS], |[offset]| {
            // SAFETY: each index of `S` reaches a distinct valid element
            // (the invariant), so each `&mut` is the only one to its element
            // while `f` runs, all within the unique borrow of `self`.
            f(unsafe { &mut *ptr.offset(offset) })
        });
    }

    /// Calls `f` on every element of this view and the element of `other`
    /// at the same index, in this view's memory order.
    #[inline]
    pub(crate) fn zip_for_each_mut<U: Stored, L2: Strides>(
        &mut self,
        other: &ArrayView<'_, U, S, L2>,
        mut f: impl FnMut(&mut T, &U),
    ) {
        let (ptr, src) = (self.ptr.as_ptr(), other.ptr.as_ptr());
        walk_in::<S, L::Order, 2>([L::STEPS, L2::STEPS], |[a, b]| {
            // SAFETY: as in `for_each_mut`: a distinct valid element of this
            // view, uniquely borrowed.
            let x = unsafe { &mut *ptr.offset(a) };
            // SAFETY: `b` is the offset of the same index of `other`, which
            // has the same shape: a valid element. It cannot alias this
            // view: it would have to borrow from it, which the unique borrow
            // of `self` here rules out.
            let y = unsafe { &*src.offset(b) };
            f(x, y)
        });
    }

    /// Calls `f` on every element of this view and the elements of `a`
    /// and `b` at the same index, in this view's memory order.
    #[inline]
    pub(crate) fn zip2_for_each_mut<U: Stored, V: Stored, L1: Strides, L2: Strides>(
        &mut self,
        a: &ArrayView<'_, U, S, L1>,
        b: &ArrayView<'_, V, S, L2>,
        mut f: impl FnMut(&mut T, &U, &V),
    ) {
        let (out, x, y) = (self.ptr.as_ptr(), a.ptr.as_ptr(), b.ptr.as_ptr());
        walk_in::<S, L::Order, 3>([L::STEPS, L1::STEPS, L2::STEPS], |[o, i, j]| {
            // SAFETY: as in `for_each_mut`: a distinct valid element of this
            // view, uniquely borrowed.
            let target = unsafe { &mut *out.offset(o) };
            // SAFETY: as in `zip_for_each_mut`, for `a` and `b`, which have
            // this view's shape and cannot alias it.
            let (u, v) = unsafe { (&*x.offset(i), &*y.offset(j)) };
            f(target, u, v)
        });
    }

    /// Every element, mutably, in the memory order of `L::Order`, for the
    /// rest of `'a`.
    pub fn into_iter_mut(self) -> IterMut<'a, T, S, L> {
        IterMut {
            ptr: self.ptr,
            index: [0; MAX_RANK],
            remaining: S::SIZE,
            life: PhantomData,
            layout: PhantomData,
        }
    }
}

/// A new `Array<T, S, O>` of `f(a[i])` for every index `i` of view `a`,
/// visited in the memory order of `O`: a copy that walks the view's steps
/// as a hand-written loop would, or maps the slice when `a` is laid out as
/// the new array.
#[inline]
pub(crate) fn collect_map<T: Stored, U: Stored + Copy, S: Shape, L: Strides, O: Order>(
    a: &ArrayView<'_, U, S, L>,
    mut f: impl FnMut(U) -> T,
) -> Array<T, S, O> {
    if let Some(elements) = a.contiguous_in::<O>() {
        return Array::from_map(elements, f);
    }
    let mut out = Array::<T, S, O>::uninit();
    let (dst, src) = (out.as_mut_slice().as_mut_ptr(), a.ptr.as_ptr());
    walk_in::<S, O, 2>([Contiguous::<S, O>::STEPS, L::STEPS], |[o, x]| {
        // SAFETY: `o` is the position of an index of `S` in `out` (`S::SIZE`
        // slots, steps of its own order); `x` reaches that index's element
        // of `a` (the view invariant).
        unsafe { (*dst.offset(o)).write(f(*src.offset(x))) };
    });
    // SAFETY: the walk visited every index of `S` once, so every slot of
    // `out` was written. (If `f` panics, the written ones leak.)
    unsafe { out.assume_init() }
}

/// A new `Array<T, S, O>` of `f(a[i], b[i])` for every index `i`.
#[inline]
pub(crate) fn collect_zip<T, U, V, S, L1, L2, O>(
    a: &ArrayView<'_, U, S, L1>,
    b: &ArrayView<'_, V, S, L2>,
    mut f: impl FnMut(U, V) -> T,
) -> Array<T, S, O>
where
    T: Stored,
    U: Stored + Copy,
    V: Stored + Copy,
    S: Shape,
    L1: Strides,
    L2: Strides,
    O: Order,
{
    if let (Some(x), Some(y)) = (a.contiguous_in::<O>(), b.contiguous_in::<O>()) {
        return Array::from_zip(x, y, f);
    }
    let mut out = Array::<T, S, O>::uninit();
    let (dst, x, y) = (
        out.as_mut_slice().as_mut_ptr(),
        a.ptr.as_ptr(),
        b.ptr.as_ptr(),
    );
    walk_in::<S, O, 3>(
        [Contiguous::<S, O>::STEPS, L1::STEPS, L2::STEPS],
        |[o, i, j]| {
            // SAFETY: as in `collect_map`, for both views of shape `S`.
            unsafe { (*dst.offset(o)).write(f(*x.offset(i), *y.offset(j))) };
        },
    );
    // SAFETY: as in `collect_map`: every slot was written.
    unsafe { out.assume_init() }
}

/// [`collect_map`] into a new heap allocation, never on the stack.
#[cfg(feature = "alloc")]
pub(crate) fn collect_map_boxed<T: Stored, U: Stored + Copy, S: Shape, L: Strides, O: Order>(
    a: &ArrayView<'_, U, S, L>,
    mut f: impl FnMut(U) -> T,
) -> Box<Array<T, S, O>> {
    let mut out = Array::<T, S, O>::uninit_boxed();
    if let Some(elements) = a.contiguous_in::<O>() {
        for (slot, &x) in out.as_mut_slice().iter_mut().zip(elements) {
            slot.write(f(x));
        }
    } else {
        let (dst, src) = (out.as_mut_slice().as_mut_ptr(), a.ptr.as_ptr());
        walk_in::<S, O, 2>([Contiguous::<S, O>::STEPS, L::STEPS], |[o, x]| {
            // SAFETY: as in `collect_map`.
            unsafe { (*dst.offset(o)).write(f(*src.offset(x))) };
        });
    }
    // SAFETY: both branches wrote every one of the `S::SIZE` slots (the
    // slice has `S::SIZE` elements; the walk visits every index).
    unsafe { out.assume_init_boxed() }
}

/// Iterator over the elements of a view in the memory order of its copy
/// (`L::Order`).
pub struct Iter<'a, T: Stored, S: Shape, L: Strides> {
    view: ArrayView<'a, T, S, L>,
    index: [usize; MAX_RANK],
    remaining: usize,
}

impl<'a, T: Stored, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// Iterates over the elements in memory order: the order of the
    /// elements of the array the view copies to ([`to_array`](Self::to_array)),
    /// which is C order for views of `RowMajor` arrays.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let v: Vec<i32> = a.slice(s![.., 0..3;-1]).iter().copied().collect();
    /// assert_eq!(v, [3, 2, 1, 6, 5, 4]);
    /// ```
    pub fn iter(&self) -> Iter<'a, T, S, L> {
        Iter {
            view: *self,
            index: [0; MAX_RANK],
            remaining: S::SIZE,
        }
    }
}

impl<T: Stored, S: Shape, L: Strides> ArrayViewMut<'_, T, S, L> {
    /// Iterates over the elements in memory order, as
    /// [`ArrayView::iter`] does.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<i32, 3>::from([1, 2, 3]);
    /// assert_eq!(a.view_mut().iter().sum::<i32>(), 6);
    /// ```
    pub fn iter(&self) -> Iter<'_, T, S, L> {
        self.view().iter()
    }
}

impl<'a, T: Stored, S: Shape, L: Strides> Iterator for Iter<'a, T, S, L> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let element = self.view.at(&self.index[..S::NDIM]);
        next_index::<S, L::Order>(&mut self.index[..S::NDIM]);
        element
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T: Stored, S: Shape, L: Strides> ExactSizeIterator for Iter<'_, T, S, L> {}

impl<T: Stored, S: Shape, L: Strides> Clone for Iter<'_, T, S, L> {
    fn clone(&self) -> Self {
        Iter {
            view: self.view,
            index: self.index,
            remaining: self.remaining,
        }
    }
}

/// Iterator over the elements of an [`ArrayViewMut`], mutably, in the
/// memory order of its copy (`L::Order`).
pub struct IterMut<'a, T: Stored, S: Shape, L: Strides> {
    /// Holds the view invariant for `S` and `L`; the indices visited before
    /// `index` (in `L::Order`'s memory order) have been handed out.
    ptr: NonNull<T>,
    index: [usize; MAX_RANK],
    remaining: usize,
    life: PhantomData<&'a mut T>,
    layout: PhantomData<fn() -> (S, L)>,
}

impl<'a, T: Stored, S: Shape, L: Strides> Iterator for IterMut<'a, T, S, L> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let offset = offset_of::<S>(&self.index[..S::NDIM], &L::STEPS)?;
        next_index::<S, L::Order>(&mut self.index[..S::NDIM]);
        // SAFETY: the index is in range (checked by `offset_of`) and each
        // index is visited once (`remaining` counts the `S::SIZE` indices of
        // one pass), so by the invariant each `&mut` returned reaches a
        // distinct valid element, borrowed for `'a`.
        Some(unsafe { &mut *self.ptr.as_ptr().offset(offset) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl<T: Stored, S: Shape, L: Strides> ExactSizeIterator for IterMut<'_, T, S, L> {}
