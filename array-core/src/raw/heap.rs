//! Arrays on the heap, built in their final place.
//!
//! The invariant: a `Box<X>` frees its memory with `X`'s layout, so a box is
//! only ever re-typed to a type of the same size and alignment (by the
//! layout invariant, any array with the same element type and count), and a
//! boxed slice becomes a boxed array only when its length is `S::SIZE`.
//! The value is never built on the stack and moved: big arrays work on a
//! small stack, in debug builds too.
//!
//! Heap arrays of 4 MiB or more are also advised to use transparent huge
//! pages (`madvise`, Linux with `std`), as NumPy does.

use alloc::boxed::Box;
use core::mem::MaybeUninit;

use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::shape::{SameSize, Shape};

use super::ZeroValid;

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// Heap twin of [`uninit`](Self::uninit): allocates and initialises
    /// nothing, NumPy's `np.empty` for big arrays.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<f64, 100, 100>::uninit_boxed();
    /// a.as_mut_slice().iter_mut().for_each(|slot| { slot.write(0.5); });
    /// // SAFETY: every element was written.
    /// let a = unsafe { a.assume_init_boxed() };
    /// assert_eq!(a[[99, 99]], 0.5);
    /// ```
    pub fn uninit_boxed() -> Box<Array<MaybeUninit<T>, S, O>> {
        let () = Array::<MaybeUninit<T>, S, O>::LAYOUT;
        let mut block = Box::<Array<MaybeUninit<T>, S, O>>::new_uninit();
        advise_huge_pages(block.as_mut_ptr().cast(), Self::NBYTES);
        // SAFETY: an array of `MaybeUninit<T>` is valid uninitialised.
        unsafe { block.assume_init() }
    }

    /// Boxed twin of `recast`: keeps the allocation.
    pub(crate) fn boxed_recast<S2: Shape, O2: Order>(self: Box<Self>) -> Box<Array<T, S2, O2>> {
        let ((), (), ()) = (
            SameSize::<S, S2>::OK,
            Self::LAYOUT,
            Array::<T, S2, O2>::LAYOUT,
        );
        // SAFETY: the allocation holds a `Self`, which by LAYOUT and
        // SameSize has the size and alignment of the target type, so the
        // target box may own and free it.
        unsafe { Box::from_raw(Box::into_raw(self).cast::<Array<T, S2, O2>>()) }
    }

    /// Heap twin of `from_flat_fn`: the array is built in its final place
    /// and never exists on the stack.
    #[inline]
    pub(crate) fn boxed_from_flat_fn(mut f: impl FnMut(usize) -> T) -> Box<Self> {
        let mut out = Self::uninit_boxed();
        for (i, slot) in out.as_mut_slice().iter_mut().enumerate() {
            slot.write(f(i));
        }
        // SAFETY: the loop above wrote every element of `out`.
        unsafe { out.assume_init_boxed() }
    }

    /// Reuses a boxed slice of exactly `S::SIZE` elements as a boxed array,
    /// without copying; gives the slice back otherwise.
    pub(crate) fn boxed_from_boxed_slice(flat: Box<[T]>) -> Result<Box<Self>, Box<[T]>> {
        let () = Self::LAYOUT;
        if flat.len() != S::SIZE {
            return Err(flat);
        }
        // SAFETY: the allocation was made by the global allocator for
        // `S::SIZE` values of `T` with `T`'s alignment, which by LAYOUT is
        // the layout of `Self`, so `Box<Self>` may own and free it. (When the
        // size is zero, neither box deallocates and the dangling pointer is
        // aligned for `T`, hence for `Self`.)
        Ok(unsafe { Box::from_raw(Box::into_raw(flat).cast::<Self>()) })
    }
}

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The inverse of [`boxed_from_boxed_slice`](Self::boxed_from_boxed_slice):
    /// the allocation as a boxed slice of `S::SIZE` elements in memory
    /// order, without copying.
    pub(crate) fn boxed_into_boxed_slice(self: Box<Self>) -> Box<[T]> {
        let () = Self::LAYOUT;
        let start = Box::into_raw(self).cast::<T>();
        // SAFETY: by LAYOUT the allocation is `S::SIZE` initialised,
        // contiguous `T`s aligned as `T`, allocated by the global allocator
        // with `Self`'s layout, which is the layout of `[T; S::SIZE]`, so a
        // `Box<[T]>` of that length may own and free it. (When the size is
        // zero, neither box deallocates and the pointer is aligned for `T`.)
        unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(start, S::SIZE)) }
    }
}

impl<T: ZeroValid, S: Shape, O: Order> Array<T, S, O> {
    /// Heap twin of `zeroed`: one zeroed allocation (the allocator's
    /// `alloc_zeroed`, so untouched pages cost nothing).
    pub(crate) fn boxed_zeroed() -> Box<Self> {
        let () = Self::LAYOUT;
        let mut block = Box::<Self>::new_zeroed();
        advise_huge_pages(block.as_mut_ptr().cast(), Self::NBYTES);
        // SAFETY: `T: ZeroValid`, so all-zero bits are a valid `Self`.
        unsafe { block.assume_init() }
    }
}

impl<T: Stored, S: Shape, O: Order> Array<MaybeUninit<T>, S, O> {
    /// Heap twin of [`assume_init`](Self::assume_init): keeps the allocation.
    ///
    /// # Safety
    ///
    /// As for [`assume_init`](Self::assume_init): every element must have
    /// been written with a valid `T`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<u8, 3>::uninit_boxed();
    /// a.as_mut_slice().iter_mut().for_each(|slot| { slot.write(7); });
    /// // SAFETY: every element was written.
    /// assert_eq!(unsafe { a.assume_init_boxed() }.as_slice(), &[7, 7, 7]);
    /// ```
    pub unsafe fn assume_init_boxed(self: Box<Self>) -> Box<Array<T, S, O>> {
        let () = Array::<T, S, O>::LAYOUT;
        // SAFETY: `MaybeUninit<T>` has the size and alignment of `T`, so by
        // LAYOUT the allocation fits `Array<T, S, O>`; the caller guarantees
        // every element is valid.
        unsafe { Box::from_raw(Box::into_raw(self).cast::<Array<T, S, O>>()) }
    }
}

/// Asks Linux to back a heap array of 4 MiB or more with transparent huge
/// pages, as NumPy does for its arrays: streaming through it then misses
/// the TLB far less often, and first touch is cheaper. Call it before the
/// memory is first written. Elsewhere, and under Miri, it does nothing.
#[inline]
pub(crate) fn advise_huge_pages(start: *mut u8, len: usize) {
    #[cfg(all(feature = "std", target_os = "linux", not(miri)))]
    {
        const HUGE_FROM: usize = 4 << 20;
        const PAGE: usize = 4096;
        const MADV_HUGEPAGE: i32 = 14;
        unsafe extern "C" {
            fn madvise(addr: *mut core::ffi::c_void, len: usize, advice: i32) -> i32;
        }
        if len < HUGE_FROM {
            return;
        }
        // The whole pages inside the allocation.
        let address = start as usize;
        let first = address.next_multiple_of(PAGE) - address;
        let whole = (address + len) / PAGE * PAGE - (address + first);
        // SAFETY: `start + first .. + whole` lies inside an allocation the
        // caller owns, page-aligned; MADV_HUGEPAGE only changes how the
        // kernel backs those pages, never their contents or validity, and a
        // failure (no THP support) is harmless, so the result is ignored.
        unsafe {
            madvise(start.wrapping_add(first).cast(), whole, MADV_HUGEPAGE);
        }
    }
    #[cfg(not(all(feature = "std", target_os = "linux", not(miri))))]
    let _ = (start, len);
}
