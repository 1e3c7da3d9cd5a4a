//! Strided views: a pointer and steps known at compile time.
//!
//! The invariant, carried by the `ptr` field of [`ArrayView`] and
//! [`ArrayViewMut`]: for every index `i` of the view's shape `S`, the
//! element `ptr + Σ i[k] * L::STEPS[k]` (in elements) is an initialised `T`
//! inside one allocation, borrowed for `'a` (shared, or unique for the
//! mutable view, where distinct indices also reach distinct elements).
//!
//! Every view is made here, from something that already holds the
//! invariant: a whole array (its own contiguous steps), a slice of a view
//! whose bounds `Slicing` checked while compiling (each kept axis walks
//! inside the parent's axis; an index picks a position inside it; a
//! non-zero step never visits an element twice), or a transpose (the same
//! elements, axes reversed). The traits whose constants these rely on
//! (`Strides`, `SliceEntries`, `SliceOf`) are sealed.

use core::marker::PhantomData;
use core::ptr::NonNull;

use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::raw::{Broadcasted, Contiguous, Flipped, Only, Removed, Strides, Transposed};
use crate::shape::{BroadcastsTo, HasAxis, RemoveAxis, Shape, SliceArg, Sliced, Slicing};

/// A read-only view of an array or of part of one: NumPy's `a[1:3, ::2]`
/// without a copy. Made by [`Array::slice`] with [`s!`](https://docs.rs/shaped/latest/shaped/macro.s.html)
/// or [`Array::view`]; its shape `S` and the steps `L` of its axes are in
/// its type, so it is one pointer at run time.
pub struct ArrayView<'a, T: Stored, S: Shape, L: Strides> {
    /// See the module docs: every index of `S` reaches a valid element.
    pub(super) ptr: NonNull<T>,
    pub(super) life: PhantomData<&'a T>,
    pub(super) layout: PhantomData<fn() -> (S, L)>,
}

/// A mutable view of an array or of part of one: NumPy's
/// `a[:540, :, 0] = 255` goes through one. Made by [`Array::slice_mut`] or
/// [`Array::view_mut`].
pub struct ArrayViewMut<'a, T: Stored, S: Shape, L: Strides> {
    /// See the module docs: every index of `S` reaches a distinct valid
    /// element, borrowed uniquely.
    pub(super) ptr: NonNull<T>,
    pub(super) life: PhantomData<&'a mut T>,
    pub(super) layout: PhantomData<fn() -> (S, L)>,
}

impl<T: Stored, S: Shape, L: Strides> Clone for ArrayView<'_, T, S, L> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Stored, S: Shape, L: Strides> Copy for ArrayView<'_, T, S, L> {}

// SAFETY: a view is a shared borrow of `T`s, so it may cross threads exactly
// when `&T` may: when `T: Sync`.
unsafe impl<T: Stored + Sync, S: Shape, L: Strides> Send for ArrayView<'_, T, S, L> {}
// SAFETY: as for `Send`: sharing the view shares only `&T`s.
unsafe impl<T: Stored + Sync, S: Shape, L: Strides> Sync for ArrayView<'_, T, S, L> {}
// SAFETY: a mutable view is a unique borrow of `T`s, like `&mut T`, which is
// `Send` when `T: Send`.
unsafe impl<T: Stored + Send, S: Shape, L: Strides> Send for ArrayViewMut<'_, T, S, L> {}
// SAFETY: through `&ArrayViewMut` only `&T`s are reachable, like `&&mut T`.
unsafe impl<T: Stored + Sync, S: Shape, L: Strides> Sync for ArrayViewMut<'_, T, S, L> {}

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The whole array as a view (ndarray's `view()`): what slices are
    /// taken from, and the form operations on views accept.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.view().strides(), [12, 4]);
    /// ```
    pub const fn view(&self) -> ArrayView<'_, T, S, Contiguous<S, O>> {
        let () = Self::LAYOUT;
        ArrayView {
            // The array is `S::SIZE` contiguous elements with steps
            // `Contiguous<S, O>`, so every index reaches one of them.
            ptr: NonNull::from_ref(self).cast(),
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// The whole array as a mutable view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<i32, 2, 2>::zeros();
    /// a.view_mut().fill(7);
    /// assert_eq!(a.as_slice(), &[7; 4]);
    /// ```
    pub fn view_mut(&mut self) -> ArrayViewMut<'_, T, S, Contiguous<S, O>> {
        let () = Self::LAYOUT;
        ArrayViewMut {
            // As in `view`; the unique borrow of `self` is carried over, and
            // the contiguous steps reach each element once.
            ptr: NonNull::from(self).cast(),
            life: PhantomData,
            layout: PhantomData,
        }
    }
}

/// The start of slice `Sp` of a view at `ptr` with shape `S` and steps `L`.
///
/// # Safety
///
/// `ptr` must hold the view invariant for `S` and `L`.
unsafe fn slice_start<T, S: Shape, L: Strides, Sp: SliceArg<S>>(ptr: NonNull<T>) -> NonNull<T> {
    let offset = Sliced::<S, L, Sp>::OFFSET;
    if <Sp::Shape as Shape>::SIZE == 0 {
        // No element is ever reached; keep a pointer that is valid to hold.
        return ptr;
    }
    // SAFETY: `Slicing` checked (while compiling) that the first element
    // of the slice is an index of the parent, so by the caller's invariant
    // `ptr + offset` is inside the same allocation.
    unsafe { ptr.offset(offset) }
}

/// The start of the view at `ptr` (shape `S`, steps `L`) with axis `AXIS`
/// walked backwards: its last element along `AXIS`.
///
/// # Safety
///
/// `ptr` must hold the view invariant for `S` and `L`.
unsafe fn flip_start<T, S: Shape, L: Strides, const AXIS: usize>(ptr: NonNull<T>) -> NonNull<T> {
    if S::SIZE == 0 {
        // No element is ever reached; keep a pointer that is valid to hold.
        return ptr;
    }
    // SAFETY: the view is not empty, so the index with `DIMS[AXIS] - 1` at
    // `AXIS` and 0 elsewhere is an index of `S`, whose element lies in the
    // allocation by the invariant. Index `i` of the flipped view (steps
    // `Flipped<L, AXIS>`) is index `i` with `DIMS[AXIS] - 1 - i[AXIS]` at
    // `AXIS` of this one: the invariant carries over, each element once.
    unsafe { ptr.offset((S::DIMS[AXIS] as isize - 1) * L::STEPS[AXIS]) }
}

impl<'a, T: Stored, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// The view itself (a view is a copyable pointer): what every operation
    /// reads, on arrays and views alike.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<u8, 3>::from([1, 2, 3]);
    /// assert_eq!(a.view().view(), a);
    /// ```
    #[inline(always)]
    pub fn view(&self) -> ArrayView<'a, T, S, L> {
        *self
    }

    /// This view seen as shape `To`, without a copy: NumPy's
    /// `np.broadcast_to(v, To)` (see [`BroadcastView`](crate::BroadcastView)
    /// for the rules). A pair of shapes that does not broadcast fails to
    /// build, with the axis and lengths in the message.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array2, Shape2};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let rows = a.slice(s![1, ..]).broadcast_to::<Shape2<2, 3>>();
    /// assert_eq!(rows.to_array(), Array2::from([[4, 5, 6], [4, 5, 6]]));
    /// ```
    pub const fn broadcast_to<To: Shape>(&self) -> ArrayView<'a, T, To, Broadcasted<L, S, To>> {
        // Checked here so that a mismatch is reported at the caller's line.
        let () = BroadcastsTo::<S, To>::OK;
        // Index `i` of `To` reaches the index `j` of `S` with `j[k] = i[lead
        // + k]` where `S` keeps the axis and 0 where it is stretched from
        // length 1 (`BroadcastsTo`: each axis of `S` equals `To`'s or is 1),
        // at offset `Σ j[k] * L::STEPS[k]`, which is `Broadcasted`'s
        // `Σ i[a] * STEPS[a]`: a valid element by this view's invariant.
        // (Indices may share elements: the view is read-only.)
        ArrayView {
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// Slice `spec` of this view (a view of a view): see [`Array::slice`].
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array1, ArrayView, Shape1};
    /// let a = Array1::<i32, 6>::from([0, 1, 2, 3, 4, 5]);
    /// // Lengths that depend on the axis's length are written in the type.
    /// let tail: ArrayView<_, Shape1<5>, _> = a.slice(s![1..]);
    /// let odd: ArrayView<_, Shape1<3>, _> = tail.slice(s![..;2]);
    /// assert_eq!(odd.to_array().as_slice(), &[1, 3, 5]);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn slice<Sp: SliceArg<S>>(
        &self,
        spec: Sp,
    ) -> ArrayView<'a, T, Sp::Shape, Sliced<S, L, Sp>> {
        // Checked here so that a bad bound is reported at the caller's line.
        let ((), _) = (Slicing::<S, Sp>::CHECK, spec);
        ArrayView {
            // SAFETY: `self.ptr` holds the invariant for `S` and `L`.
            ptr: unsafe { slice_start::<T, S, L, Sp>(self.ptr) },
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// NumPy's `v.T`: the axes in reverse order, without a copy.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let t = a.slice(s![.., 1..3]).t();
    /// assert_eq!(t.shape(), [2, 2]);
    /// assert_eq!(t[[1, 0]], 3);
    /// ```
    pub fn t(&self) -> ArrayView<'a, T, S::Reversed, Transposed<L, S>> {
        // The same elements: index `i` of the transpose is index
        // `reverse(i)` of this view, at the same offset.
        ArrayView {
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// The same view with axis `AXIS` walked backwards, NumPy's
    /// `np.flip(v, axis=K)`, without a copy.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.view().flip(Axis::<1>).to_array().as_slice(), &[3, 2, 1, 6, 5, 4]);
    /// ```
    pub fn flip<const AXIS: usize>(
        &self,
        axis: crate::shape::Axis<AXIS>,
    ) -> ArrayView<'a, T, S, Flipped<L, AXIS>>
    where
        S: HasAxis<AXIS>,
    {
        let _ = axis;
        ArrayView {
            // SAFETY: `self.ptr` holds the invariant for `S` and `L`.
            ptr: unsafe { flip_start::<T, S, L, AXIS>(self.ptr) },
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// Position `i` along axis `AXIS`: the view of rank one less (NumPy's
    /// `v[:, i]` for axis 1), or `None` past the end of the axis.
    #[allow(clippy::type_complexity)]
    pub(crate) fn subview<const AXIS: usize>(
        &self,
        i: usize,
    ) -> Option<ArrayView<'a, T, <S as RemoveAxis<AXIS>>::Output, Removed<L, AXIS>>>
    where
        S: RemoveAxis<AXIS>,
    {
        if i >= S::DIMS[AXIS] {
            return None;
        }
        let ptr = if <S::Output as Shape>::SIZE == 0 {
            // Nothing is ever reached through an empty subview.
            self.ptr
        } else {
            // SAFETY: the subview is not empty, so neither is this view, and
            // `i` along `AXIS` with 0 elsewhere is an index of `S`: by the
            // invariant its element lies in the allocation.
            unsafe { self.ptr.offset(i as isize * L::STEPS[AXIS]) }
        };
        // Index `j` of the subview is index `j` with `i` inserted at `AXIS`
        // of this view, at the same offset: the invariant carries over.
        Some(ArrayView {
            ptr,
            life: PhantomData,
            layout: PhantomData,
        })
    }

    /// The lane along axis `AXIS` through `out` (an index of the shape
    /// without `AXIS`), or `None` when `out` is out of range.
    #[allow(clippy::type_complexity)]
    pub(crate) fn lane<const AXIS: usize>(
        &self,
        out: &[usize],
    ) -> Option<ArrayView<'a, T, <S as RemoveAxis<AXIS>>::Lane, Only<L, AXIS>>>
    where
        S: RemoveAxis<AXIS>,
    {
        let dims = <S::Output as Shape>::DIMS;
        if out.len() != dims.len() || out.iter().zip(dims).any(|(i, d)| i >= d) {
            return None;
        }
        let ptr = if S::DIMS[AXIS] == 0 {
            // An empty lane reaches nothing.
            self.ptr
        } else {
            let offset: isize = out
                .iter()
                .enumerate()
                .map(|(j, &i)| i as isize * L::STEPS[if j < AXIS { j } else { j + 1 }])
                .sum();
            // SAFETY: `out` with 0 inserted at `AXIS` is an index of `S`
            // (every other axis is in range, checked above, and `AXIS` is
            // not empty), so by the invariant its element, the lane's
            // first, lies in the allocation.
            unsafe { self.ptr.offset(offset) }
        };
        // Element `k` of the lane is index `out` with `k` at `AXIS`, at
        // offset `k * STEPS[AXIS]` from its first: the invariant carries over.
        Some(ArrayView {
            ptr,
            life: PhantomData,
            layout: PhantomData,
        })
    }
}

impl<'a, T: Stored, S: Shape, L: Strides> ArrayViewMut<'a, T, S, L> {
    /// A read-only view of the same elements, for as long as this borrow.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<u8, 3>::from([1, 2, 3]);
    /// let v = a.view_mut();
    /// assert_eq!(v.view().sum(), 6);
    /// ```
    pub fn view(&self) -> ArrayView<'_, T, S, L> {
        ArrayView {
            // The shared borrow of `self` keeps the unique one from being
            // used meanwhile; the elements are the same.
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// A shorter-lived mutable view of the same elements (also spelled
    /// [`reborrow`](Self::reborrow)): what every writing operation writes
    /// through, on arrays and mutable views alike.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<u8, 3>::zeros();
    /// let mut v = a.view_mut();
    /// v.view_mut().fill(4);
    /// assert_eq!(a.as_slice(), &[4, 4, 4]);
    /// ```
    pub fn view_mut(&mut self) -> ArrayViewMut<'_, T, S, L> {
        self.reborrow()
    }

    /// A shorter-lived mutable view of the same elements.
    pub fn reborrow(&mut self) -> ArrayViewMut<'_, T, S, L> {
        ArrayViewMut {
            // The unique borrow of `self` is carried over.
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// Slice `spec` of this mutable view, for as long as this borrow.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let mut a = Array2::<i32, 3, 3>::zeros();
    /// let mut rows = a.slice_mut(s![1.., ..]);
    /// # let mut rows: shaped::ArrayViewMut<_, shaped::Shape2<2, 3>, _> = rows;
    /// rows.slice_mut(s![.., 2]).fill(5);
    /// assert_eq!(a.as_slice(), &[0, 0, 0, 0, 0, 5, 0, 0, 5]);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn slice_mut<Sp: SliceArg<S>>(
        &mut self,
        spec: Sp,
    ) -> ArrayViewMut<'_, T, Sp::Shape, Sliced<S, L, Sp>> {
        self.reborrow().into_slice_mut(spec)
    }

    /// Slice `spec` of this mutable view, keeping its lifetime.
    #[allow(clippy::type_complexity)]
    pub fn into_slice_mut<Sp: SliceArg<S>>(
        self,
        spec: Sp,
    ) -> ArrayViewMut<'a, T, Sp::Shape, Sliced<S, L, Sp>> {
        // Checked here so that a bad bound is reported at the caller's line.
        let ((), _) = (Slicing::<S, Sp>::CHECK, spec);
        ArrayViewMut {
            // SAFETY: `self.ptr` holds the invariant for `S` and `L`; the
            // slice reaches a subset of those elements, each once.
            ptr: unsafe { slice_start::<T, S, L, Sp>(self.ptr) },
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// The same mutable view with axis `AXIS` walked backwards.
    pub fn into_flip<const AXIS: usize>(
        self,
        axis: crate::shape::Axis<AXIS>,
    ) -> ArrayViewMut<'a, T, S, Flipped<L, AXIS>>
    where
        S: HasAxis<AXIS>,
    {
        let _ = axis;
        ArrayViewMut {
            // SAFETY: `self.ptr` holds the invariant for `S` and `L`; the
            // flipped view reaches the same elements, each once.
            ptr: unsafe { flip_start::<T, S, L, AXIS>(self.ptr) },
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// NumPy's `v.T` of a mutable view.
    pub fn into_t(self) -> ArrayViewMut<'a, T, S::Reversed, Transposed<L, S>> {
        // The same elements, each still reached by exactly one index.
        ArrayViewMut {
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }
}
