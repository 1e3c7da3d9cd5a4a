//! Casts that rely on the layout invariant: `Array<T, S, O>` is exactly
//! `S::SIZE` initialised values of `T` back to back, with no padding and
//! aligned as `T`. [`Array::LAYOUT`] checks it for each concrete type when
//! it is compiled; every function here starts by forcing that check.
//!
//! None of these casts moves or copies an element: they re-type a borrow
//! (or, in `init` and `heap`, an owned value) of the same bytes.

use core::mem::{align_of, size_of};
use core::ptr;
use core::slice;

use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::shape::{RemoveAxis, SameSize, Shape};

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The layout invariant every primitive in `raw` relies on, checked when
    /// compiling each concrete array type. It also forces
    /// [`NBYTES`](Self::NBYTES), so an oversized shape fails with its message.
    pub(crate) const LAYOUT: () = {
        assert!(Self::NBYTES == S::SIZE * size_of::<T>());
        assert!(size_of::<Self>() == Self::NBYTES);
        assert!(align_of::<Self>() == align_of::<T>());
    };

    /// The elements as one flat slice in memory order (for `ColMajor`,
    /// column by column). Free: the array *is* this block.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 2>::from([[1, 2], [3, 4]]);
    /// assert_eq!(a.as_slice(), &[1, 2, 3, 4]);
    /// ```
    pub const fn as_slice(&self) -> &[T] {
        let () = Self::LAYOUT;
        // SAFETY: by LAYOUT, `*self` is `S::SIZE` initialised, contiguous,
        // properly aligned values of `T`. The slice borrows `self`, so it
        // lives no longer than `self` and is not aliased by a `&mut`.
        unsafe { slice::from_raw_parts(ptr::from_ref(self).cast::<T>(), S::SIZE) }
    }

    /// The elements as one flat mutable slice in memory order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<u8, 2, 2>::zeros();
    /// a.as_mut_slice()[3] = 9;
    /// assert_eq!(a[[1, 1]], 9);
    /// ```
    pub const fn as_mut_slice(&mut self) -> &mut [T] {
        let () = Self::LAYOUT;
        // SAFETY: as in `as_slice`; the unique borrow of `self` makes the
        // returned slice the only access path while it lives.
        unsafe { slice::from_raw_parts_mut(ptr::from_mut(self).cast::<T>(), S::SIZE) }
    }

    /// The same elements as an array of shape `S2` and order `O2`, borrowed.
    /// Fails to compile unless both shapes hold the same number of elements.
    pub(crate) const fn recast<S2: Shape, O2: Order>(&self) -> &Array<T, S2, O2> {
        let ((), (), ()) = (
            SameSize::<S, S2>::OK,
            Self::LAYOUT,
            Array::<T, S2, O2>::LAYOUT,
        );
        // SAFETY: by LAYOUT both types are exactly S::SIZE == S2::SIZE
        // (SameSize) values of `T`, aligned as `T`, with no padding, so they
        // have the same size, alignment and validity; the borrow carries over.
        unsafe { &*ptr::from_ref(self).cast::<Array<T, S2, O2>>() }
    }

    /// Mutable twin of [`recast`](Self::recast).
    pub(crate) const fn recast_mut<S2: Shape, O2: Order>(&mut self) -> &mut Array<T, S2, O2> {
        let ((), (), ()) = (
            SameSize::<S, S2>::OK,
            Self::LAYOUT,
            Array::<T, S2, O2>::LAYOUT,
        );
        // SAFETY: as in `recast`; the unique borrow carries over.
        unsafe { &mut *ptr::from_mut(self).cast::<Array<T, S2, O2>>() }
    }

    /// Views a slice of exactly `S::SIZE` elements as an array.
    pub(crate) const fn ref_from_slice(flat: &[T]) -> Option<&Self> {
        let () = Self::LAYOUT;
        if flat.len() != S::SIZE {
            return None;
        }
        // SAFETY: the slice holds `S::SIZE` initialised `T`s, contiguous and
        // aligned as `T`, which by LAYOUT is exactly an `Array<T, S, O>`.
        Some(unsafe { &*flat.as_ptr().cast::<Self>() })
    }

    /// Mutable twin of [`ref_from_slice`](Self::ref_from_slice).
    pub(crate) const fn mut_from_slice(flat: &mut [T]) -> Option<&mut Self> {
        let () = Self::LAYOUT;
        if flat.len() != S::SIZE {
            return None;
        }
        // SAFETY: as in `ref_from_slice`; the unique borrow is carried over.
        Some(unsafe { &mut *flat.as_mut_ptr().cast::<Self>() })
    }
}

impl<T: Stored, S: RemoveAxis<0>, O: Order> Array<T, S, O> {
    /// The array is `S::DIMS[0]` blocks of the shape without axis 0.
    const BLOCKS: () = assert!(S::SIZE == S::DIMS[0] * <S::Output as Shape>::SIZE);

    /// Block `i` of the `S::DIMS[0]` consecutive blocks of
    /// `<S as RemoveAxis<0>>::Output::SIZE` elements that make up the
    /// array, as an array of that shape; `None` past the last block. For
    /// `RowMajor` arrays block `i` is row `i` (NumPy's `a[i]`).
    #[inline]
    pub(crate) fn outer_block(&self, i: usize) -> Option<&Array<T, S::Output, O>> {
        let ((), (), ()) = (Self::LAYOUT, Array::<T, S::Output, O>::LAYOUT, Self::BLOCKS);
        if i >= S::DIMS[0] {
            return None;
        }
        // SAFETY: the array is `S::DIMS[0] * Output::SIZE` contiguous `T`s
        // (LAYOUT and BLOCKS), and
        // `i < DIMS[0]`, so block `i` lies inside it, aligned as `T`, which
        // by LAYOUT is an `Array<T, Output, O>`; the borrow carries over.
        Some(unsafe { &*ptr::from_ref(self).cast::<Array<T, S::Output, O>>().add(i) })
    }

    /// Mutable twin of [`outer_block`](Self::outer_block).
    #[inline]
    pub(crate) fn outer_block_mut(&mut self, i: usize) -> Option<&mut Array<T, S::Output, O>> {
        let ((), (), ()) = (Self::LAYOUT, Array::<T, S::Output, O>::LAYOUT, Self::BLOCKS);
        if i >= S::DIMS[0] {
            return None;
        }
        // SAFETY: as in `outer_block`; the unique borrow carries over, and
        // distinct blocks never overlap.
        Some(unsafe { &mut *ptr::from_mut(self).cast::<Array<T, S::Output, O>>().add(i) })
    }
}
