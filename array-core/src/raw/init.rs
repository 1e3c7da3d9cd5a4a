//! Building arrays in place, and owning each element exactly once.
//!
//! The invariant: a `MaybeUninit` slot is read as a `T` only after it was
//! written, and a value that is re-typed is first wrapped in `ManuallyDrop`
//! and then read, so its elements have one owner at every moment (never
//! "read out, then move the original into `mem::forget`", which retags and
//! invalidates the copy for element types that own memory).
//!
//! If a closure panics midway, the elements written so far are leaked:
//! never dropped twice, never read uninitialised.

use core::mem::{ManuallyDrop, MaybeUninit};
use core::ptr;

use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::shape::{SameSize, Shape};

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// An array whose elements are not initialised yet: the safe form of
    /// NumPy's `np.empty`. Write every element, then call
    /// [`assume_init`](Array::assume_init).
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
    #[doc(alias = "empty")]
    pub const fn uninit() -> Array<MaybeUninit<T>, S, O> {
        let () = Array::<MaybeUninit<T>, S, O>::LAYOUT;
        // SAFETY: an array of `MaybeUninit<T>` is valid uninitialised.
        unsafe { MaybeUninit::<Array<MaybeUninit<T>, S, O>>::uninit().assume_init() }
    }

    /// The same elements, owned, as an array of shape `S2` and order `O2`.
    /// Fails to compile unless both shapes hold the same number of elements.
    pub(crate) const fn into_recast<S2: Shape, O2: Order>(self) -> Array<T, S2, O2> {
        let ((), (), ()) = (
            SameSize::<S, S2>::OK,
            Self::LAYOUT,
            Array::<T, S2, O2>::LAYOUT,
        );
        // Wrapped first, so that from here on nothing drops or moves the
        // original: the read below takes over ownership of every element.
        let this = ManuallyDrop::new(self);
        // SAFETY: `ManuallyDrop<Self>` is `repr(transparent)` over `Self`,
        // which by LAYOUT (and SameSize) has the size, alignment and
        // validity of the target type. `this` is never used again and never
        // dropped, so the elements are owned once, by the value read.
        unsafe { ptr::read(ptr::from_ref(&this).cast::<Array<T, S2, O2>>()) }
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
}

impl<T: Stored, S: Shape, O: Order> Array<MaybeUninit<T>, S, O> {
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
        let this = ManuallyDrop::new(self);
        // SAFETY: `MaybeUninit<T>` has the size and alignment of `T`, so by
        // LAYOUT both array types are `S::SIZE` such slots with no padding,
        // and `ManuallyDrop` is `repr(transparent)`; the caller guarantees
        // each slot holds a valid `T`. `this` is never used again, so the
        // value read is the elements' only owner.
        unsafe { ptr::read(ptr::from_ref(&this).cast::<Array<T, S, O>>()) }
    }
}
