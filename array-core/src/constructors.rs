//! Building arrays: `zeros`, `ones`, `full`, `from_fn`, `eye`, each beside
//! its heap twin (`zeros_boxed` ..., feature `alloc`).
//!
//! `zeros`, `ones`, `full` and `eye` are `const fn`, so they build `static`
//! and `const` items; `uninit` lives with the other raw primitives in
//! the raw module.
//!
//! The heap twins build each array in its final place on the heap; the
//! value never exists on the stack, in debug or release builds, so big
//! arrays work on any stack. `zeros_boxed` is a single zeroed allocation,
//! so pages the program never touches cost nothing, as with NumPy's
//! `np.zeros`.
//!
//! Two habits keep their compile errors readable: the `Element` bound sits on
//! each method (so a wrong type reports "`&str` is not an array element type"
//! rather than "method not found"), and each starts with `Self::LAYOUT`, so
//! an oversized shape is reported at the caller's line.

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::index::IndexCounter;
use crate::order::Order;
use crate::shape::{Shape, Shape2};

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// Every element zero, NumPy's `np.zeros(shape, dtype)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// static TABLE: Array2<u16, 4, 4> = Array2::zeros();
    /// assert!(TABLE.iter().all(|&x| x == 0));
    /// ```
    pub const fn zeros() -> Self
    where
        T: Element,
    {
        let () = Self::LAYOUT;
        // In a debug build with `std`, a copy of shared zero memory straight
        // into the caller's slot: building the value at run time moves it
        // through temporaries, and the seed's 6 MB canvas overflowed the
        // 8 MiB main stack. Optimised builds have no such copies and fill
        // directly.
        #[cfg(feature = "std")]
        if cfg!(debug_assertions) && Self::fits_zero_buffer() {
            return Self::read_zero_buffer();
        }
        Self::zeroed()
    }

    #[cfg(feature = "alloc")]
    /// [`zeros`](Self::zeros) on the heap, through one zeroed allocation.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// // The seed's canvas: np.zeros((1080, 1920, 3), dtype=np.uint8)
    /// let canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();
    /// assert_eq!(canvas.nbytes(), 6_220_800);
    /// ```
    pub fn zeros_boxed() -> Box<Self>
    where
        T: Element,
    {
        let () = Self::LAYOUT;
        Self::boxed_zeroed()
    }

    /// Every element one (`true` for `bool`), NumPy's `np.ones`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// const ONES: Array2<f64, 2, 5> = Array2::ones();
    /// assert_eq!(ONES.iter().sum::<f64>(), 10.0);
    /// ```
    pub const fn ones() -> Self
    where
        T: Element,
    {
        let () = Self::LAYOUT;
        Self::filled(T::ONE)
    }

    #[cfg(feature = "alloc")]
    /// [`ones`](Self::ones) on the heap.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f32, 64, 64>::ones_boxed();
    /// assert_eq!(a[[63, 63]], 1.0);
    /// ```
    pub fn ones_boxed() -> Box<Self>
    where
        T: Element,
    {
        let () = Self::LAYOUT;
        Self::full_boxed(T::ONE)
    }

    /// Every element `value`, NumPy's `np.full(shape, value)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// static GAINS: Array1<f32, 8> = Array1::full(0.5);
    /// assert_eq!(GAINS[7], 0.5);
    /// ```
    pub const fn full(value: T) -> Self
    where
        T: Element,
    {
        let () = Self::LAYOUT;
        Self::filled(value)
    }

    #[cfg(feature = "alloc")]
    /// [`full`](Self::full) on the heap.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i16, 30, 30>::full_boxed(-1);
    /// assert!(a.iter().all(|&x| x == -1));
    /// ```
    pub fn full_boxed(value: T) -> Box<Self>
    where
        T: Element,
    {
        let () = Self::LAYOUT;
        Self::boxed_from_flat_fn(|_| value)
    }

    /// Each element computed from its index, NumPy's `np.fromfunction`.
    /// The closure receives the full index `[i, j, ...]` and is called once
    /// per element, in memory order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let table = Array2::<u32, 3, 4>::from_fn(|[i, j]| (i * 10 + j) as u32);
    /// assert_eq!(table[[2, 3]], 23);
    /// ```
    ///
    /// A result bigger than a main thread's 8 MiB stack does not build; its
    /// message names [`from_fn_boxed`](Self::from_fn_boxed).
    pub fn from_fn(f: impl FnMut(S::Index) -> T) -> Self {
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = crate::stack_limit::FitsOnStackOr::<T, S, crate::stack_limit::FromFnBoxed>::OK;
        Self::from_fn_by_value(f)
    }

    /// [`from_fn`](Self::from_fn) without the stack check, for the
    /// operations that check their result with the name of their own heap
    /// form.
    pub(crate) fn from_fn_by_value(mut f: impl FnMut(S::Index) -> T) -> Self {
        let () = Self::LAYOUT;
        let mut counter = IndexCounter::<S, O>::new();
        Self::from_flat_fn(|_| f(counter.next_index()))
    }

    #[cfg(feature = "alloc")]
    /// [`from_fn`](Self::from_fn) on the heap; the closure gets the index.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let ramp = Array2::<u16, 16, 16>::from_fn_boxed(|[i, j]| (i + j) as u16);
    /// assert_eq!(ramp[[15, 15]], 30);
    /// ```
    pub fn from_fn_boxed(mut f: impl FnMut(S::Index) -> T) -> Box<Self> {
        let () = Self::LAYOUT;
        let mut counter = IndexCounter::<S, O>::new();
        Self::boxed_from_flat_fn(|_| f(counter.next_index()))
    }
}

impl<T: Stored, O: Order, const A: usize, const B: usize> Array<T, Shape2<A, B>, O> {
    /// Ones on the main diagonal and zeros elsewhere, NumPy's
    /// `np.eye(A, B)`; also for non-square shapes.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// const I: Array2<f32, 3, 3> = Array2::eye();
    /// assert_eq!(I.iter().sum::<f32>(), 3.0);
    /// assert_eq!(I[[1, 1]], 1.0);
    /// let wide = Array2::<i32, 2, 3>::eye();
    /// assert_eq!(wide.as_slice(), &[1, 0, 0, 0, 1, 0]);
    /// ```
    pub const fn eye() -> Self
    where
        T: Element,
    {
        let () = Self::LAYOUT;
        let mut out = Self::zeroed();
        let flat = out.as_mut_slice();
        // Element [i, i] sits at i * B + i (row-major) or i + i * A.
        let step = if O::IS_ROW_MAJOR { B + 1 } else { A + 1 };
        let mut i = 0;
        while i < A && i < B {
            flat[i * step] = T::ONE;
            i += 1;
        }
        out
    }
}

mod numpy_names {
    /// Implemented for no type: the bound of the NumPy names that have no
    /// function here, so that calling one says what to write instead.
    #[diagnostic::on_unimplemented(
        message = "there is no `empty()`: an array here is always initialised",
        label = "NumPy's `np.empty`",
        note = "use `zeros()` (a zeroed block costs next to nothing), or `uninit()`, write every element, then `assume_init()` once every element is written"
    )]
    pub trait NoEmpty {}
}

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// Not a constructor: NumPy's `np.empty` hands out whatever bytes were
    /// in memory, which safe Rust cannot. Calling it fails to compile with
    /// a message naming [`zeros`](Self::zeros) and
    /// [`uninit`](Self::uninit).
    ///
    /// ```compile_fail
    /// # use shaped_core as shaped;
    /// let a = shaped::Array2::<f64, 3, 3>::empty();
    /// ```
    #[doc(hidden)]
    pub fn empty() -> Self
    where
        T: numpy_names::NoEmpty,
    {
        unreachable!("`NoEmpty` has no implementation, so this cannot be called")
    }
}
