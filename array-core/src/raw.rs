//! The only module with `unsafe` code.
//!
//! Everything else in the crate is safe code over these few primitives:
//!
//! - the flat view: [`Array::as_slice`] / [`Array::as_mut_slice`], and the
//!   reverse casts from a nested array or a slice to an `&Array`;
//! - building an array in place: zero-filled, filled with one value, or one
//!   element at a time through `MaybeUninit`, on the stack or on the heap;
//! - [`Array::assume_init`] for callers who fill `MaybeUninit` themselves;
//! - calling loops compiled for wider vector instructions than the build
//!   targets, after checking that the CPU has them (`dispatch`).
//!
//! The one fact all of them rely on is the layout invariant, checked at
//! compile time by [`Array::LAYOUT`]: `Array<T, S, O>` is
//! `#[repr(transparent)]` over `S::Raw<T>`, a nested Rust array (`Shape` is
//! sealed), so it is exactly `S::SIZE` values of `T` back to back with no
//! padding, aligned as `T`.

use core::mem::{MaybeUninit, align_of, size_of};
use core::ptr;
use core::slice;

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::element::Element;
use crate::order::Order;
use crate::shape::Shape;

/// Whether two shapes hold the same number of elements: the condition for
/// viewing one array as the other. A mismatch can only come from a reshape
/// (a transpose keeps the count), so the message speaks of reshaping.
pub(crate) struct SameSize<S, S2>(core::marker::PhantomData<(S, S2)>);

impl<S: Shape, S2: Shape> SameSize<S, S2> {
    pub(crate) const OK: () = if S::SIZE != S2::SIZE {
        let msg = Msg::new()
            .str("cannot reshape ")
            .num(S::SIZE)
            .str(" elements ")
            .shape(S::DIMS)
            .str(" into ")
            .num(S2::SIZE)
            .str(" elements ")
            .shape(S2::DIMS);
        panic!("{}", msg.as_str())
    };
}

impl<T, S: Shape, O: Order> Array<T, S, O> {
    /// The layout invariant every primitive below relies on, checked when
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

    /// An array whose elements are not initialised yet: the safe form of
    /// NumPy's `np.empty`. Write every element, then call
    /// [`assume_init`](Self::assume_init).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<u32, 4>::uninit();
    /// for (i, slot) in a.as_mut_slice().iter_mut().enumerate() {
    ///     slot.write(i as u32 * 10);
    /// }
    /// // SAFETY: the loop wrote all four elements.
    /// let a = unsafe { a.assume_init() };
    /// assert_eq!(a.as_slice(), &[0, 10, 20, 30]);
    /// ```
    #[expect(
        clippy::uninit_assumed_init,
        reason = "the target is an array of MaybeUninit, which clippy cannot see through S::Raw"
    )]
    pub const fn uninit() -> Array<MaybeUninit<T>, S, O> {
        let () = Array::<MaybeUninit<T>, S, O>::LAYOUT;
        // SAFETY: an array of `MaybeUninit<T>` is valid uninitialised.
        unsafe { MaybeUninit::<Array<MaybeUninit<T>, S, O>>::uninit().assume_init() }
    }

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
    #[cfg(feature = "alloc")]
    pub fn uninit_boxed() -> Box<Array<MaybeUninit<T>, S, O>> {
        let () = Array::<MaybeUninit<T>, S, O>::LAYOUT;
        let mut block = Box::<Array<MaybeUninit<T>, S, O>>::new_uninit();
        advise_huge_pages(block.as_mut_ptr().cast(), Self::NBYTES);
        // SAFETY: an array of `MaybeUninit<T>` is valid uninitialised.
        unsafe { block.assume_init() }
    }

    /// Views a nested Rust array as an `Array` of the same shape.
    pub(crate) const fn from_raw_ref(raw: &S::Raw<T>) -> &Self {
        // SAFETY: `Array` is `repr(transparent)` over `S::Raw<T>` (the other
        // field is a zero-sized `PhantomData`), so the pointee types have the
        // same layout and validity; the lifetime is carried over unchanged.
        unsafe { &*ptr::from_ref(raw).cast::<Self>() }
    }

    /// Mutable twin of [`from_raw_ref`](Self::from_raw_ref).
    pub(crate) const fn from_raw_mut(raw: &mut S::Raw<T>) -> &mut Self {
        // SAFETY: as in `from_raw_ref`; the unique borrow is carried over.
        unsafe { &mut *ptr::from_mut(raw).cast::<Self>() }
    }

    /// The same elements as an array of shape `S2` and order `O2`, borrowed.
    /// Fails to compile unless both shapes hold the same number of elements.
    pub(crate) const fn view<S2: Shape, O2: Order>(&self) -> &Array<T, S2, O2> {
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

    /// Mutable twin of [`view`](Self::view).
    pub(crate) const fn view_mut<S2: Shape, O2: Order>(&mut self) -> &mut Array<T, S2, O2> {
        let ((), (), ()) = (
            SameSize::<S, S2>::OK,
            Self::LAYOUT,
            Array::<T, S2, O2>::LAYOUT,
        );
        // SAFETY: as in `view`; the unique borrow carries over.
        unsafe { &mut *ptr::from_mut(self).cast::<Array<T, S2, O2>>() }
    }

    /// Owned twin of [`view`](Self::view).
    pub(crate) const fn into_view<S2: Shape, O2: Order>(self) -> Array<T, S2, O2> {
        let ((), (), ()) = (
            SameSize::<S, S2>::OK,
            Self::LAYOUT,
            Array::<T, S2, O2>::LAYOUT,
        );
        // SAFETY: same layout and validity as argued in `view`; `self` is
        // forgotten right after, so its elements are owned once, by `out`.
        let out = unsafe { ptr::read(ptr::from_ref(&self).cast::<Array<T, S2, O2>>()) };
        core::mem::forget(self);
        out
    }

    /// Boxed twin of [`view`](Self::view): keeps the allocation.
    #[cfg(feature = "alloc")]
    pub(crate) fn boxed_view<S2: Shape, O2: Order>(self: Box<Self>) -> Box<Array<T, S2, O2>> {
        let ((), (), ()) = (
            SameSize::<S, S2>::OK,
            Self::LAYOUT,
            Array::<T, S2, O2>::LAYOUT,
        );
        // SAFETY: the allocation holds a `Self`, which has the layout of the
        // target type (see `view`), so the target box may own and free it.
        unsafe { Box::from_raw(Box::into_raw(self).cast::<Array<T, S2, O2>>()) }
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

    /// Every element set to `value`; usable in `const` items.
    pub(crate) const fn filled(value: T) -> Self
    where
        T: Copy,
    {
        let () = Self::LAYOUT;
        let mut out = MaybeUninit::<Self>::uninit();
        let first = out.as_mut_ptr().cast::<T>();
        let mut i = 0;
        while i < S::SIZE {
            // SAFETY: by LAYOUT the allocation of `out` holds `S::SIZE`
            // aligned slots of `T`, and `i < S::SIZE`.
            unsafe { first.add(i).write(value) };
            i += 1;
        }
        // SAFETY: the loop wrote all `S::SIZE` elements, which is all of
        // `Self` (LAYOUT: no padding).
        unsafe { out.assume_init() }
    }

    /// Element `i` (in memory order) set to `f(i)`, for every `i`.
    ///
    /// If `f` panics, the elements written so far are leaked, never dropped
    /// twice or read uninitialised.
    #[inline]
    pub(crate) fn from_flat_fn(mut f: impl FnMut(usize) -> T) -> Self {
        let mut out = Self::uninit();
        for (i, slot) in out.as_mut_slice().iter_mut().enumerate() {
            slot.write(f(i));
        }
        // SAFETY: the loop above wrote every element of `out`.
        unsafe { out.assume_init() }
    }

    /// `f(a[i])` for every element: [`from_flat_fn`](Self::from_flat_fn)
    /// over a source of the same length, without indexing, so that small
    /// arrays compile to a few vector instructions.
    ///
    /// # Panics
    ///
    /// If `a` does not have `S::SIZE` elements (the callers pass arrays of
    /// shape `S`, so the check folds away).
    #[inline]
    pub(crate) fn from_map<U: Copy>(a: &[U], mut f: impl FnMut(U) -> T) -> Self {
        assert!(a.len() == S::SIZE);
        let mut out = Self::uninit();
        for (slot, &x) in out.as_mut_slice().iter_mut().zip(a) {
            slot.write(f(x));
        }
        // SAFETY: `a` has as many elements as `out` (asserted above), so
        // the loop wrote every element of `out`.
        unsafe { out.assume_init() }
    }

    /// `f(a[i], b[i])` for every element, like [`from_map`](Self::from_map).
    ///
    /// # Panics
    ///
    /// If `a` or `b` does not have `S::SIZE` elements.
    #[inline]
    pub(crate) fn from_zip<U: Copy, V: Copy>(
        a: &[U],
        b: &[V],
        mut f: impl FnMut(U, V) -> T,
    ) -> Self {
        assert!(a.len() == S::SIZE && b.len() == S::SIZE);
        let mut out = Self::uninit();
        for ((slot, &x), &y) in out.as_mut_slice().iter_mut().zip(a).zip(b) {
            slot.write(f(x, y));
        }
        // SAFETY: `a` and `b` have as many elements as `out` (asserted
        // above), so the loop wrote every element of `out`.
        unsafe { out.assume_init() }
    }

    /// Heap twin of [`from_flat_fn`](Self::from_flat_fn): the array is built
    /// in its final place and never exists on the stack.
    #[cfg(feature = "alloc")]
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
    #[cfg(feature = "alloc")]
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

impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    /// Every element zero; usable in `const` items and free of any loop.
    pub(crate) const fn zeroed() -> Self {
        let () = Self::LAYOUT;
        // SAFETY: every `Element` type (bool, the integers, the floats) is
        // valid with all bits zero, and that value is its `ZERO`; by LAYOUT
        // `Self` is nothing but such elements.
        unsafe { MaybeUninit::<Self>::zeroed().assume_init() }
    }

    /// Heap twin of [`zeroed`](Self::zeroed): one zeroed allocation (the
    /// allocator's `alloc_zeroed`, so untouched pages cost nothing).
    #[cfg(feature = "alloc")]
    pub(crate) fn boxed_zeroed() -> Box<Self> {
        let () = Self::LAYOUT;
        let mut block = Box::<Self>::new_zeroed();
        advise_huge_pages(block.as_mut_ptr().cast(), Self::NBYTES);
        // SAFETY: as in `zeroed`: all-zero bits are a valid `Self`.
        unsafe { block.assume_init() }
    }
}

impl<T, S: Shape, O: Order> Array<MaybeUninit<T>, S, O> {
    /// Declares every element initialised.
    ///
    /// # Safety
    ///
    /// Every element must have been written (e.g. through
    /// [`as_mut_slice`](Array::as_mut_slice)) with a valid `T`. Reading an
    /// uninitialised element is undefined behaviour.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<bool, 2>::uninit();
    /// a.as_mut_slice()[0].write(true);
    /// a.as_mut_slice()[1].write(false);
    /// // SAFETY: both elements were written.
    /// assert_eq!(unsafe { a.assume_init() }.as_slice(), &[true, false]);
    /// ```
    pub const unsafe fn assume_init(self) -> Array<T, S, O> {
        let () = Array::<T, S, O>::LAYOUT;
        // SAFETY: `MaybeUninit<T>` has the size and alignment of `T`, so by
        // LAYOUT both array types are `S::SIZE` such slots with no padding;
        // the caller guarantees each slot holds a valid `T`. `self` is then
        // forgotten, which drops nothing (`MaybeUninit` never drops).
        let out = unsafe { ptr::read(ptr::from_ref(&self).cast::<Array<T, S, O>>()) };
        core::mem::forget(self);
        out
    }

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
    #[cfg(feature = "alloc")]
    pub unsafe fn assume_init_boxed(self: Box<Self>) -> Box<Array<T, S, O>> {
        let () = Array::<T, S, O>::LAYOUT;
        // SAFETY: same layout as argued in `assume_init`, so the allocation
        // fits `Array<T, S, O>`; the caller guarantees every element is valid.
        unsafe { Box::from_raw(Box::into_raw(self).cast::<Array<T, S, O>>()) }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Array2, Array3, ColMajor};
    use core::mem::MaybeUninit;

    #[test]
    fn flat_views_cover_every_element() {
        let mut a = Array3::<u16, 2, 3, 4>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as u16);
        assert_eq!(a.as_slice().len(), 24);
        assert_eq!(a.as_slice()[23], 123);
        a.as_mut_slice()[0] = 7;
        assert_eq!(a[[0, 0, 0]], 7);
    }

    #[test]
    fn slice_casts_check_length() {
        let flat = [1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0];
        let a = Array2::<f32, 2, 3>::ref_from_slice(&flat).unwrap();
        assert_eq!(a[[1, 0]], 4.0);
        assert!(Array2::<f32, 2, 2>::ref_from_slice(&flat).is_none());
        let mut flat = flat;
        let m = Array2::<f32, 3, 2, ColMajor>::mut_from_slice(&mut flat).unwrap();
        m[[0, 1]] = 40.0;
        assert_eq!(flat[3], 40.0);
    }

    #[test]
    fn nested_views_alias_the_parent() {
        let mut a = Array3::<u8, 2, 2, 3>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as u8);
        let plane: &Array2<u8, 2, 3> = Array2::from_raw_ref(&a.data[1]);
        assert_eq!(plane[[1, 2]], 112);
        let row = Array2::<u8, 2, 3>::from_raw_mut(&mut a.data[0]);
        row[[0, 0]] = 255;
        row.as_mut_slice()[5] = 254;
        assert_eq!(a.as_slice()[..6], [255, 1, 2, 10, 11, 254]);
        // Through the public Index impls, reads and writes at every depth.
        a[1][0][2] = 7;
        assert_eq!(a[[1, 0, 2]], 7);
    }

    #[test]
    fn filled_zeroed_and_uninit() {
        const F: Array2<i8, 2, 3> = Array2::filled(-3);
        assert!(F.iter().all(|&x| x == -3));
        const Z: Array2<f64, 2, 3> = Array2::zeroed();
        assert!(Z.iter().all(|&x| x.to_bits() == 0));
        let mut u = Array2::<bool, 2, 2>::uninit();
        for slot in u.as_mut_slice() {
            slot.write(true);
        }
        // SAFETY: every element was written just above.
        let u = unsafe { u.assume_init() };
        assert!(u.iter().all(|&b| b));
    }

    #[test]
    fn panicking_fill_leaks_nothing_it_should_not() {
        let result = std::panic::catch_unwind(|| {
            Array2::<u64, 3, 3>::from_fn(|[i, j]| if i == 2 && j == 1 { panic!("stop") } else { 1 })
        });
        assert!(result.is_err());
    }

    #[cfg(feature = "alloc")]
    #[test]
    fn boxed_primitives() {
        let z = Array3::<f32, 4, 5, 6>::boxed_zeroed();
        assert!(z.iter().all(|&x| x == 0.0));
        let b = Array2::<u32, 3, 3>::boxed_from_flat_fn(|i| i as u32);
        assert_eq!(b[[2, 2]], 8);
        let mut u = Array2::<i64, 2, 2>::uninit_boxed();
        for (i, slot) in u.as_mut_slice().iter_mut().enumerate() {
            slot.write(i as i64);
        }
        // SAFETY: every element was written just above.
        let u = unsafe { u.assume_init_boxed() };
        assert_eq!(u.as_slice(), &[0, 1, 2, 3]);

        let v: alloc::boxed::Box<[i32]> = (0..6).collect();
        let ptr = v.as_ptr();
        let boxed = Array2::<i32, 2, 3>::boxed_from_boxed_slice(v).unwrap();
        assert_eq!(boxed.as_slice().as_ptr(), ptr, "no copy");
        let short: alloc::boxed::Box<[i32]> = (0..5).collect();
        assert_eq!(
            Array2::<i32, 2, 3>::boxed_from_boxed_slice(short)
                .unwrap_err()
                .len(),
            5
        );
    }

    #[test]
    fn zero_sized_arrays() {
        let a = Array2::<u8, 0, 3>::zeros();
        assert!(a.as_slice().is_empty());
        let _: Array2<MaybeUninit<u8>, 3, 0> = Array2::<u8, 3, 0>::uninit();
        #[cfg(feature = "alloc")]
        {
            let b = Array2::<f64, 5, 0>::boxed_zeroed();
            assert_eq!(b.size(), 0);
            let e: alloc::boxed::Box<[f64]> = alloc::boxed::Box::new([]);
            assert!(Array2::<f64, 0, 0>::boxed_from_boxed_slice(e).is_ok());
        }
    }
}

/// Asks Linux to back a heap array of 4 MiB or more with transparent huge
/// pages, as NumPy does for its arrays: streaming through it then misses
/// the TLB far less often, and first touch is cheaper. Call it before the
/// memory is first written. Elsewhere, and under Miri, it does nothing.
#[cfg(feature = "alloc")]
#[inline]
fn advise_huge_pages(start: *mut u8, len: usize) {
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

/// Elementwise loops compiled for the widest vector instructions the
/// running CPU has (x86-64 with `std`: AVX-512F, else AVX2), chosen once per
/// call by cached feature detection, as NumPy does. Builds with default flags
/// target only SSE2; this recovers the rest. Short loops skip the check.
pub(crate) mod dispatch {
    /// Loops shorter than this run as compiled: the wide path's setup and
    /// the feature check would cost more than they save.
    #[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
    const WIDE_FROM: usize = 4096;

    /// Runs `kernel`, a loop over `len` elements, inlined into a copy
    /// compiled for the widest vector unit the CPU has, when `len` is long
    /// enough to pay for the check.
    #[inline(always)]
    pub(crate) fn widest<R>(len: usize, kernel: impl FnOnce() -> R) -> R {
        #[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
        if len >= WIDE_FROM {
            if std::is_x86_feature_detected!("avx512f") {
                // SAFETY: the running CPU has AVX-512F (checked just above),
                // the only precondition of calling a function compiled for it.
                return unsafe { avx512(kernel) };
            }
            if std::is_x86_feature_detected!("avx2") {
                // SAFETY: the running CPU has AVX2 (checked just above).
                return unsafe { avx2(kernel) };
            }
        }
        #[cfg(not(all(feature = "std", target_arch = "x86_64", not(miri))))]
        let _ = len;
        kernel()
    }

    #[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
    #[target_feature(enable = "avx512f")]
    fn avx512<R>(kernel: impl FnOnce() -> R) -> R {
        kernel()
    }

    #[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
    #[target_feature(enable = "avx2")]
    fn avx2<R>(kernel: impl FnOnce() -> R) -> R {
        kernel()
    }

    /// How many leading elements of a loop over `len` elements starting at
    /// `start` to run before the wide path, so that the wide path writes
    /// whole 64-byte cache lines: a 64-byte vector store that straddles two
    /// lines costs nearly twice as much, and big heap blocks start 16 bytes
    /// into a page. Measured on a 4M `f32` add: 564 -> 477-505 us over six
    /// runs. Short loops are not split.
    #[inline(always)]
    fn head<T>(start: *const T, len: usize) -> usize {
        #[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
        if len >= WIDE_FROM {
            // `align_offset` is usize::MAX when no offset aligns; then the
            // whole loop is the head.
            return start.align_offset(64).min(len);
        }
        let _ = (start, len);
        0
    }

    /// `a[i] = f(a[i], b[i])` for every `i`.
    #[inline]
    pub(crate) fn zip_assign<T: Copy, U: Copy>(a: &mut [T], b: &[U], f: impl Fn(T, U) -> T) {
        let kernel = |a: &mut [T], b: &[U]| {
            for (x, &y) in a.iter_mut().zip(b) {
                *x = f(*x, y);
            }
        };
        let (a_head, a) = a.split_at_mut(head(a.as_ptr(), a.len()));
        let (b_head, b) = b.split_at(a_head.len().min(b.len()));
        kernel(a_head, b_head);
        widest(a.len(), || kernel(a, b));
    }

    /// `a[i] = f(a[i])` for every `i`.
    #[inline]
    pub(crate) fn map_assign<T: Copy>(a: &mut [T], f: impl Fn(T) -> T) {
        let kernel = |a: &mut [T]| {
            for x in a {
                *x = f(*x);
            }
        };
        let (a_head, a) = a.split_at_mut(head(a.as_ptr(), a.len()));
        kernel(a_head);
        widest(a.len(), || kernel(a));
    }

    /// `out[i] = f(a[i])` for every `i`.
    #[inline]
    pub(crate) fn map_into<T, U: Copy>(out: &mut [T], a: &[U], f: impl Fn(U) -> T) {
        let kernel = |out: &mut [T], a: &[U]| {
            for (x, &y) in out.iter_mut().zip(a) {
                *x = f(y);
            }
        };
        let (out_head, out) = out.split_at_mut(head(out.as_ptr(), out.len()));
        let (a_head, a) = a.split_at(out_head.len().min(a.len()));
        kernel(out_head, a_head);
        widest(out.len(), || kernel(out, a));
    }

    /// `out[i] = f(a[i], b[i])` for every `i`.
    #[inline]
    pub(crate) fn zip_into<T, U: Copy, V: Copy>(
        out: &mut [T],
        a: &[U],
        b: &[V],
        f: impl Fn(U, V) -> T,
    ) {
        let kernel = |out: &mut [T], a: &[U], b: &[V]| {
            for ((x, &y), &z) in out.iter_mut().zip(a).zip(b) {
                *x = f(y, z);
            }
        };
        let (out_head, out) = out.split_at_mut(head(out.as_ptr(), out.len()));
        let n = out_head.len();
        let ((a_head, a), (b_head, b)) = (a.split_at(n.min(a.len())), b.split_at(n.min(b.len())));
        kernel(out_head, a_head, b_head);
        widest(out.len(), || kernel(out, a, b));
    }
}
