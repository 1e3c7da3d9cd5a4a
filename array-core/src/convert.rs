//! Conversions: nested Rust arrays, slices, `Vec`s, and the other order.

use core::fmt;
use core::marker::PhantomData;

#[cfg(feature = "alloc")]
use alloc::{boxed::Box, vec::Vec};

use crate::array::Array;
use crate::element::Stored;
use crate::kinds::every_kind;
use crate::order::{ColMajor, Order, RowMajor};
use crate::raw::collect_map;
#[cfg(feature = "alloc")]
use crate::raw::collect_map_boxed;
use crate::shape::{
    Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, for_each_rank, nested,
};
use crate::stack_limit::{FitsOnStackOr, ToArrayBoxed};

/// A flat sequence of the wrong length for the array's shape.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let err = Array2::<f32, 3, 3>::try_from(&[1.0; 8][..]).unwrap_err();
/// assert_eq!((err.expected(), err.actual()), (9, 8));
/// assert_eq!(err.to_string(), "an array of shape (3, 3) needs 9 elements, got 8");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LengthError {
    shape: &'static [usize],
    actual: usize,
    /// Whether any multiple of the shape's size would do (the flat
    /// elements of a [`Rows`](crate::Rows)), not only the size itself.
    rows: bool,
}

impl LengthError {
    fn new<S: Shape>(actual: usize) -> Self {
        LengthError {
            shape: S::DIMS,
            actual,
            rows: false,
        }
    }

    /// `actual` elements are no whole number of rows of shape `S`.
    #[cfg(feature = "alloc")]
    pub(crate) fn rows_of<S: Shape>(actual: usize) -> Self {
        LengthError {
            shape: S::DIMS,
            actual,
            rows: true,
        }
    }

    /// The number of elements the shape needs (for the rows of a
    /// [`Rows`](crate::Rows), the multiple of which is needed).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<u8, 4>::try_from(&[1u8][..]).unwrap_err().expected(), 4);
    /// ```
    pub fn expected(&self) -> usize {
        self.shape.iter().product()
    }

    /// The number of elements given.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<u8, 4>::try_from(&[1u8][..]).unwrap_err().actual(), 1);
    /// ```
    pub fn actual(&self) -> usize {
        self.actual
    }

    /// The shape of the array that was to be built.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let err = Array2::<u8, 2, 2>::try_from(&[1u8][..]).unwrap_err();
    /// assert_eq!(err.shape(), &[2, 2]);
    /// ```
    pub fn shape(&self) -> &'static [usize] {
        self.shape
    }
}

impl fmt::Display for LengthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.rows {
            return write!(
                f,
                "rows of shape {} need a multiple of {} elements, got {}",
                crate::ShapeTuple(self.shape),
                self.expected(),
                self.actual
            );
        }
        write!(
            f,
            "an array of shape {} needs {} elements, got {}",
            crate::ShapeTuple(self.shape),
            self.expected(),
            self.actual
        )
    }
}

impl core::error::Error for LengthError {}

/// A `Vec` of the wrong length for the array's shape; gives the `Vec` back.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// let values: Vec<i64> = (0..99).collect(); // one short
/// let err = Array1::<i64, 100>::try_from(values).unwrap_err();
/// assert_eq!(err.to_string(), "an array of shape (100,) needs 100 elements, got 99");
/// let mut values = err.into_vec(); // nothing is lost
/// values.push(99);
/// assert_eq!(Array1::<i64, 100>::try_from(values).unwrap()[99], 99);
/// ```
#[cfg(feature = "alloc")]
#[derive(Clone, PartialEq, Eq)]
pub struct VecLengthError<T> {
    error: LengthError,
    vec: Vec<T>,
}

#[cfg(feature = "alloc")]
impl<T: Stored> VecLengthError<T> {
    /// The lengths involved.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let err = Array1::<u8, 4>::try_from(vec![1u8, 2]).unwrap_err();
    /// assert_eq!(err.length_error().actual(), 2);
    /// ```
    pub fn length_error(&self) -> LengthError {
        self.error
    }

    /// The `Vec` that was given, unchanged.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let err = Array1::<u8, 4>::try_from(vec![1u8, 2]).unwrap_err();
    /// assert_eq!(err.into_vec(), [1, 2]);
    /// ```
    pub fn into_vec(self) -> Vec<T> {
        self.vec
    }
}

#[cfg(feature = "alloc")]
impl<T: Stored> fmt::Debug for VecLengthError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VecLengthError")
            .field("shape", &self.error.shape)
            .field("actual", &self.error.actual)
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "alloc")]
impl<T: Stored> fmt::Display for VecLengthError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

#[cfg(feature = "alloc")]
impl<T: Stored> core::error::Error for VecLengthError<T> {}

every_kind! { [Copy + Stored]
    /// The same logical array laid out in order `O2`: a copy, NumPy's
    /// `np.asarray(a, order='F')` / `order='C'`. Converting to the order the
    /// array already has is a plain copy.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let c = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let f = c.to_order::<ColMajor>();
    /// assert_eq!(f.as_slice(), &[1, 4, 2, 5, 3, 6]); // column by column
    /// assert_eq!(f[[1, 2]], c[[1, 2]]); // same logical values
    /// assert_eq!(f.to_order::<shaped::RowMajor>(), c);
    /// ```
    ///
    /// A result bigger than a main thread's 8 MiB stack does not build; its
    /// message names [`to_order_boxed`](Self::to_order_boxed).
    pub fn to_order<O2: Order>(&self) -> Array<T, S, O2> {
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = FitsOnStackOr::<T, S, ToArrayBoxed>::OK;
        self.copied_in_order()
    }

    /// [`to_order`](Self::to_order) without the stack check, for the
    /// operations that check their result themselves.
    pub(crate) fn copied_in_order<O2: Order>(&self) -> Array<T, S, O2> {
        let view = self.view();
        if let (Some(source), false, 2) = (view.contiguous(), O::IS_ROW_MAJOR == O2::IS_ROW_MAJOR, S::NDIM) {
            // A matrix transpose, each element written once.
            let (rows, cols) = source_matrix::<S, O>();
            return Array::from_transposed(source, rows, cols);
        }
        collect_map(&view, |x| x)
    }

    /// [`to_order`](Self::to_order) into a new heap allocation, for arrays
    /// too big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let c = Array2::<f32, 64, 64>::from_fn_boxed(|[i, j]| (i * 64 + j) as f32);
    /// let f = c.to_order_boxed::<ColMajor>();
    /// assert_eq!(f[[3, 7]], c[[3, 7]]);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn to_order_boxed<O2: Order>(&self) -> Box<Array<T, S, O2>> {
        let view = self.view();
        if let (Some(source), false, 2) = (view.contiguous(), O::IS_ROW_MAJOR == O2::IS_ROW_MAJOR, S::NDIM) {
            let (rows, cols) = source_matrix::<S, O>();
            return Array::boxed_from_transposed(source, rows, cols);
        }
        collect_map_boxed(&view, |x| x)
    }

    /// The elements copied into a new array, NumPy's `a.copy()`: in the
    /// array's own order, or for a view the order of its array (a view of a
    /// `ColMajor` array, or the transpose `t()` of a `RowMajor` one, copies
    /// to a `ColMajor` array, as NumPy's `order='K'`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array2, ColMajor};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.slice(s![.., 1]).to_array().as_slice(), &[2, 5]);
    /// let t: Array2<i32, 3, 2, ColMajor> = a.t().to_array(); // a.T.copy()
    /// assert_eq!(t.as_slice(), a.as_slice());
    /// ```
    ///
    /// A result bigger than a main thread's 8 MiB stack does not build; its
    /// message names [`to_array_boxed`](Self::to_array_boxed).
    pub fn to_array(&self) -> Array<T, S, O> {
        // Checked here so that a result too big for the stack is reported
        // at the caller's line.
        let () = FitsOnStackOr::<T, S, ToArrayBoxed>::OK;
        self.copied_in_order::<O>()
    }

    /// [`to_array`](Self::to_array) into a new heap allocation, for views
    /// too big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array3;
    /// let canvas = Array3::<u8, 108, 192, 3>::ones_boxed();
    /// let red = canvas.slice(s![.., .., 0]).to_array_boxed();
    /// assert_eq!(red.shape(), [108, 192]);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn to_array_boxed(&self) -> Box<Array<T, S, O>> {
        self.to_order_boxed::<O>()
    }
}

/// The memory of a rank-2 array of shape `S` in order `O` as a row-major
/// matrix: (rows, columns).
fn source_matrix<S: Shape, O: Order>() -> (usize, usize) {
    let (d0, d1) = (S::DIMS[0], S::DIMS[1]);
    if O::IS_ROW_MAJOR { (d0, d1) } else { (d1, d0) }
}

impl<T: Copy + Stored, S: Shape, O: Order> Array<T, S, O> {
    /// Views `flat` (memory order, exactly `SIZE` elements) as an array,
    /// without copying: the inverse of [`as_slice`](Self::as_slice).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let pixels = [10u8, 20, 30, 40, 50, 60];
    /// let image = Array2::<u8, 2, 3>::from_slice(&pixels).unwrap();
    /// assert_eq!(image[[1, 0]], 40);
    /// assert!(Array2::<u8, 2, 2>::from_slice(&pixels).is_err());
    /// ```
    pub fn from_slice(flat: &[T]) -> Result<&Self, LengthError> {
        Self::ref_from_slice(flat).ok_or(LengthError::new::<S>(flat.len()))
    }

    /// Mutable twin of [`from_slice`](Self::from_slice).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut flat = [0.0f32; 4];
    /// Array2::<f32, 2, 2>::from_mut_slice(&mut flat).unwrap()[[1, 0]] = 3.0;
    /// assert_eq!(flat, [0.0, 0.0, 3.0, 0.0]);
    /// ```
    pub fn from_mut_slice(flat: &mut [T]) -> Result<&mut Self, LengthError> {
        let len = flat.len();
        Self::mut_from_slice(flat).ok_or(LengthError::new::<S>(len))
    }
}

/// Copies a slice in memory order (for `ColMajor`, column by column), the
/// inverse of [`as_slice`](Array::as_slice). A wrong length is an error
/// naming both lengths.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let a = Array2::<u8, 2, 2>::try_from(&[1u8, 2, 3, 4][..]).unwrap();
/// assert_eq!(a[[1, 0]], 3);
/// ```
impl<T: Copy + Stored, S: Shape, O: Order> TryFrom<&[T]> for Array<T, S, O> {
    type Error = LengthError;

    fn try_from(flat: &[T]) -> Result<Self, LengthError> {
        let flat = Self::from_slice(flat)?.as_slice();
        Ok(Self::from_flat_fn(|i| flat[i]))
    }
}

/// Collects a `Vec` in memory order: the seed's `np.append` loop becomes
/// "push into a `Vec`, then convert once". On a wrong length the error
/// gives the `Vec` back.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// let mut values = Vec::new();
/// for i in 0..100 {
///     values.push(i as f64);
/// }
/// let a = Array1::<f64, 100>::try_from(values).unwrap();
/// assert_eq!(a[99], 99.0);
/// ```
#[cfg(feature = "alloc")]
impl<T: Copy + Stored, S: Shape, O: Order> TryFrom<Vec<T>> for Array<T, S, O> {
    type Error = VecLengthError<T>;

    fn try_from(vec: Vec<T>) -> Result<Self, VecLengthError<T>> {
        match Self::try_from(vec.as_slice()) {
            Ok(array) => Ok(array),
            Err(error) => Err(VecLengthError { error, vec }),
        }
    }
}

/// Turns a `Vec` into a boxed array in memory order, reusing its allocation
/// (no copy when its capacity equals its length; otherwise one shrink).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array3;
/// let pixels = vec![0u8; 1080 * 1920 * 3];
/// let canvas: Box<Array3<u8, 1080, 1920, 3>> = pixels.try_into().unwrap();
/// assert_eq!(canvas.shape(), [1080, 1920, 3]);
/// ```
#[cfg(feature = "alloc")]
impl<T: Stored, S: Shape, O: Order> TryFrom<Vec<T>> for Box<Array<T, S, O>> {
    type Error = VecLengthError<T>;

    fn try_from(vec: Vec<T>) -> Result<Self, VecLengthError<T>> {
        if vec.len() != S::SIZE {
            return Err(VecLengthError {
                error: LengthError::new::<S>(vec.len()),
                vec,
            });
        }
        Array::boxed_from_boxed_slice(vec.into_boxed_slice())
            .map_err(|_| unreachable!("the length was checked"))
    }
}

/// A boxed array's elements as a `Vec` in memory order, keeping the
/// allocation (no copy): the inverse of `Box::<Array<..>>::try_from(vec)`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let a = Array2::<u8, 2, 3>::from_fn_boxed(|[i, j]| (3 * i + j) as u8);
/// let start = a.as_slice().as_ptr();
/// let flat = Vec::from(a);
/// assert_eq!((flat.as_ptr(), flat.len(), flat.capacity()), (start, 6, 6));
/// assert_eq!(flat, [0, 1, 2, 3, 4, 5]);
/// ```
#[cfg(feature = "alloc")]
impl<T: Stored, S: Shape, O: Order> From<Box<Array<T, S, O>>> for Vec<T> {
    fn from(array: Box<Array<T, S, O>>) -> Vec<T> {
        array.boxed_into_boxed_slice().into_vec()
    }
}

// The nested array types are the point of these impls, however deep.
#[allow(clippy::type_complexity)]
mod nested {
    use super::*;

    macro_rules! nested_conversions {
    ($($n:literal $shape:ident $alias:ident [$($d:ident),+] $ex:tt $example:tt;)*) => {$(
        nested_conversions!(@one $shape $alias [$($d),+] nested!(T; $($d),+), $example);
    )*};
    (@one $shape:ident $alias:ident [$($d:ident),+] $raw:ty, $example:tt) => {
        impl<T: Stored, $(const $d: usize),+> Array<T, $shape<$($d),+>, RowMajor> {
            /// A row-major array holding the nested Rust array `data`, free
            /// and usable in `const` and `static` items; what `array!`
            /// expands to.
            ///
            /// ```
            /// # use shaped_core as shaped;
            #[doc = concat!("use shaped::", stringify!($alias), ";")]
            #[doc = concat!("static A: ", stringify!($alias), "<u8, ", example_shape!($($d),+), "> = ", stringify!($alias), "::new(", stringify!($example), ");")]
            /// assert_eq!(A.as_slice()[0], 7);
            /// ```
            pub const fn new(data: $raw) -> Self
            where
                T: crate::Element,
            {
                Array { data, order: PhantomData }
            }
        }

        /// From a nested Rust array in logical order; free for `RowMajor`.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array2;
        /// let a = Array2::<_, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
        /// assert_eq!(a.shape(), [2, 3]);
        /// let b: Array2<i32, 2, 3> = [[1, 2, 3], [4, 5, 6]].into();
        /// assert_eq!(a, b);
        /// ```
        impl<T: Stored, $(const $d: usize),+> From<$raw> for Array<T, $shape<$($d),+>, RowMajor> {
            fn from(data: $raw) -> Self {
                Array { data, order: PhantomData }
            }
        }

        /// From a nested Rust array in logical order: `[[1, 2], [3, 4]]`
        /// means rows `[1, 2]` and `[3, 4]` in either order. For
        /// `ColMajor` this copies into column-major memory.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::{Array2, ColMajor};
        /// let a = Array2::<i32, 2, 2, ColMajor>::from([[1, 2], [3, 4]]);
        /// assert_eq!(a[[0, 1]], 2);
        /// assert_eq!(a.as_slice(), &[1, 3, 2, 4]);
        /// ```
        impl<T: Copy + Stored, $(const $d: usize),+> From<$raw> for Array<T, $shape<$($d),+>, ColMajor> {
            fn from(data: $raw) -> Self {
                Array::<T, $shape<$($d),+>, RowMajor>::from(data).to_order()
            }
        }

        /// Back to a nested Rust array; free.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array2;
        /// let raw: [[u8; 2]; 2] = Array2::<u8, 2, 2>::ones().into();
        /// assert_eq!(raw, [[1, 1], [1, 1]]);
        /// ```
        impl<T: Stored, $(const $d: usize),+> From<Array<T, $shape<$($d),+>, RowMajor>> for $raw {
            fn from(array: Array<T, $shape<$($d),+>, RowMajor>) -> Self {
                array.data
            }
        }

        /// Back to a nested Rust array in logical order; copies for
        /// `ColMajor`.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::{Array2, ColMajor};
        /// let a = Array2::<u8, 2, 2, ColMajor>::from([[1, 2], [3, 4]]);
        /// let raw: [[u8; 2]; 2] = a.into();
        /// assert_eq!(raw, [[1, 2], [3, 4]]);
        /// ```
        impl<T: Copy + Stored, $(const $d: usize),+> From<Array<T, $shape<$($d),+>, ColMajor>> for $raw {
            fn from(array: Array<T, $shape<$($d),+>, ColMajor>) -> Self {
                array.to_order::<RowMajor>().data
            }
        }
    };
}

    /// The shape of the example value in each rank's docs: `1, ..., 1, 2`.
    macro_rules! example_shape {
        ($last:ident) => { "2" };
        ($first:ident, $($rest:ident),+) => { concat!("1, ", example_shape!($($rest),+)) };
    }

    for_each_rank!(nested_conversions);
}
