//! The array type, its compile-time facts and its basic trait impls.

use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::mem::size_of;

use crate::element::{DType, Element, Stored};
use crate::order::{Order, RowMajor};
use crate::shape::{
    Layout, Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, checked_nbytes,
    for_each_rank,
};

/// An N-dimensional array whose element type `T`, shape `S` and memory order
/// `O` are part of its type.
///
/// It owns exactly `S::SIZE` values of `T` in one contiguous block, with no
/// header, padding or pointer: it is `#[repr(transparent)]` over the nested
/// Rust array `S::Raw<T>` (`[[T; B]; A]` for two dimensions), so it can live
/// on the stack, in a `static` or in a `Box`, and is `Copy` when `T` is.
/// Users usually spell it through the aliases [`Array1`](crate::Array1) ...
/// [`Array8`](crate::Array8).
///
/// Everything NumPy reads from an array's header at run time is a constant
/// here: [`SHAPE`](Self::SHAPE), [`NDIM`](Self::NDIM), [`SIZE`](Self::SIZE),
/// [`ITEMSIZE`](Self::ITEMSIZE), [`NBYTES`](Self::NBYTES),
/// [`STRIDES`](Self::STRIDES) and [`DTYPE`](Self::DTYPE), each with a method
/// of the same name in lower case.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, ColMajor};
///
/// // np.zeros((3, 3), dtype=np.int64)
/// let a = Array2::<i64, 3, 3>::zeros();
/// assert_eq!(a.strides(), [24, 8]);
/// assert_eq!(core::mem::size_of_val(&a), 72);
///
/// // np.zeros((3, 3), dtype=np.int64, order='F')
/// const F_STRIDES: [usize; 2] = Array2::<i64, 3, 3, ColMajor>::STRIDES;
/// assert_eq!(F_STRIDES, [8, 24]);
/// ```
#[repr(transparent)]
pub struct Array<T: Stored, S: Shape, O: Order = RowMajor> {
    /// The `S::SIZE` elements, back to back. For `RowMajor` the nesting of
    /// `S::Raw` matches the logical index; for `ColMajor` only the flat
    /// sequence is meaningful (element `[i, j]` sits at `i + j * A`).
    pub(crate) data: S::Raw<T>,
    pub(crate) order: PhantomData<O>,
}

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The dimensions, NumPy's `a.shape`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// const SHAPE: [usize; 3] = Array3::<u8, 1080, 1920, 3>::SHAPE;
    /// assert_eq!(SHAPE, [1080, 1920, 3]);
    /// ```
    pub const SHAPE: S::Index = S::SHAPE;
    /// The number of dimensions, NumPy's `a.ndim`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// assert_eq!(Array3::<u8, 1080, 1920, 3>::NDIM, 3);
    /// ```
    pub const NDIM: usize = S::NDIM;
    /// The number of elements, NumPy's `a.size`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// assert_eq!(Array3::<u8, 1080, 1920, 3>::SIZE, 6_220_800);
    /// ```
    pub const SIZE: usize = S::SIZE;
    /// Bytes per element, NumPy's `a.itemsize`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<f32, 4>::ITEMSIZE, 4);
    /// ```
    pub const ITEMSIZE: usize = size_of::<T>();
    /// Bytes of the whole array, NumPy's `a.nbytes`; also its `size_of`.
    /// A shape whose bytes exceed `isize::MAX` does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// assert_eq!(Array3::<u8, 1080, 1920, 3>::NBYTES, 6_220_800);
    /// assert_eq!(Array3::<f64, 1080, 1920, 3>::NBYTES, 49_766_400);
    /// ```
    pub const NBYTES: usize = checked_nbytes(S::DIMS, size_of::<T>());
    /// Bytes to step along each axis, NumPy's `a.strides`. An array with a
    /// zero-length axis has no element to step to and, as in NumPy, all its
    /// strides are 0.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array3, ColMajor};
    /// assert_eq!(Array3::<f64, 3, 4, 2>::STRIDES, [64, 16, 8]);
    /// assert_eq!(Array3::<f64, 3, 4, 2, ColMajor>::STRIDES, [8, 24, 96]);
    /// assert_eq!(Array3::<f64, 3, 0, 2>::STRIDES, [0, 0, 0]);
    /// ```
    pub const STRIDES: S::Index = <S::Layout<T, O> as Layout>::STRIDES;

    /// [`STRIDES`](Self::STRIDES) of this array.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<u16, 2, 5>::zeros().strides(), [10, 2]);
    /// ```
    pub const fn strides(&self) -> S::Index {
        Self::STRIDES
    }

    /// Iterates over the elements in memory order (for `ColMajor`, column
    /// by column), like iterating `as_slice()`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
    /// assert_eq!(a.iter().sum::<i32>(), 10);
    /// ```
    pub fn iter(&self) -> core::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    /// Iterates mutably over the elements in memory order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<i32, 3>::from([1, 2, 3]);
    /// a.iter_mut().for_each(|x| *x *= 10);
    /// assert_eq!(a.as_slice(), &[10, 20, 30]);
    /// ```
    pub fn iter_mut(&mut self) -> core::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }
}

impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    /// The element type as NumPy describes it, `a.dtype`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// const DTYPE: shaped::DType = Array3::<u8, 1080, 1920, 3>::DTYPE;
    /// assert_eq!((DTYPE.name(), DTYPE.str()), ("uint8", "|u1"));
    /// ```
    pub const DTYPE: DType = T::DTYPE;
}

/// `for x in &a` walks the **elements**, in memory order, as iterating a
/// Rust array does. This is not NumPy's `for x in a:`, which walks the
/// first axis (the rows of a matrix): for that, write `a.outer_iter()`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let a = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
/// let elements: Vec<i32> = (&a).into_iter().copied().collect();
/// assert_eq!(elements, [1, 2, 3, 4]); // four elements, not two rows
/// assert_eq!(a.outer_iter().count(), 2); // NumPy's `for row in a:`
/// ```
impl<'a, T: Stored, S: Shape, O: Order> IntoIterator for &'a Array<T, S, O> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// `for x in &mut a` walks the elements mutably, in memory order (for the
/// rows, `a.outer_iter_mut()`).
impl<'a, T: Stored, S: Shape, O: Order> IntoIterator for &'a mut Array<T, S, O> {
    type Item = &'a mut T;
    type IntoIter = core::slice::IterMut<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

impl<T: Clone + Stored, S: Shape, O: Order> Clone for Array<T, S, O>
where
    S::Raw<T>: Clone,
{
    fn clone(&self) -> Self {
        Array {
            data: self.data.clone(),
            order: PhantomData,
        }
    }
}

impl<T: Copy + Stored, S: Shape, O: Order> Copy for Array<T, S, O> where S::Raw<T>: Copy {}

impl<T: PartialEq + Stored, S: Shape, O: Order> PartialEq for Array<T, S, O> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Eq + Stored, S: Shape, O: Order> Eq for Array<T, S, O> {}

impl<T: Hash + Stored, S: Shape, O: Order> Hash for Array<T, S, O> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

/// The default array is [`zeros`](Array::zeros), as for `np.zeros`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// assert_eq!(Array2::<f32, 2, 2>::default(), Array2::zeros());
/// ```
impl<T: Element, S: Shape, O: Order> Default for Array<T, S, O> {
    fn default() -> Self {
        Self::zeros()
    }
}

/// The aliases users spell array types with, one per rank of the rank table:
/// `Array3<u8, 1080, 1920, 3>` is `Array<u8, Shape3<1080, 1920, 3>>`.
macro_rules! aliases {
    ($($n:literal $shape:ident $alias:ident [$($d:ident),+] ($($ex:literal),+) $nested:tt;)*) => {$(
        #[doc = concat!("A rank-", stringify!($n), " array of shape `(", stringify!($($d),+), ")`.")]
        ///
        /// ```
        /// # use shaped_core as shaped;
        #[doc = concat!("use shaped::", stringify!($alias), ";")]
        #[doc = concat!("let a = ", stringify!($alias), "::<f32, ", stringify!($($ex),+), ">::zeros();")]
        #[doc = concat!("assert_eq!(a.ndim(), ", stringify!($n), ");")]
        #[doc = concat!("assert_eq!(a.shape(), [", stringify!($($ex),+), "]);")]
        /// ```
        pub type $alias<T, $(const $d: usize),+, O = RowMajor> = Array<T, $shape<$($d),+>, O>;
    )*};
}

for_each_rank!(aliases);
