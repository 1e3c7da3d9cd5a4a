//! Heap twins of the constructors, for arrays too big for a stack.
//!
//! Each builds the array in its final place on the heap; the value never
//! exists on the stack, in debug or release builds. `zeros_boxed` is a single
//! zeroed allocation, so pages the program never touches cost nothing, as
//! with NumPy's `np.zeros`.

use alloc::boxed::Box;

use crate::array::Array;
use crate::element::Element;
use crate::index::IndexCounter;
use crate::order::Order;
use crate::shape::Shape;

impl<T, S: Shape, O: Order> Array<T, S, O> {
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
