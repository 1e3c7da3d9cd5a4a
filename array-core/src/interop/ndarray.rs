//! `ndarray` (feature `ndarray`): `ndarray::ArrayView` of a `shaped` array
//! without copying (strides for both orders), and typed arrays from
//! `ndarray` arrays and views, their shape checked.

use alloc::vec::Vec;
use core::fmt;

use ndarray::{ArrayBase, Data, Dimension, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, ShapeBuilder};

use crate::array::Array;
use crate::element::Element;
use crate::order::Order;
use crate::shape::{Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, ShapeTuple};

/// An `ndarray` array whose shape is not the typed array's.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let dynamic = ndarray::Array2::<f32>::zeros((3, 5));
/// let err = Array2::<f32, 3, 4>::try_from(&dynamic).unwrap_err();
/// assert_eq!(err.to_string(), "an ndarray of shape (3, 5) does not fit an array of shape (3, 4)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
// Repeats the module's cfg: on the item, it labels the item in the docs.
#[cfg(feature = "ndarray")]
pub struct ShapeMismatch {
    /// The `ndarray` array's shape.
    pub found: Vec<usize>,
    /// The typed array's shape.
    pub expected: &'static [usize],
}

impl fmt::Display for ShapeMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let found = if self.found.len() == 1 {
            alloc::format!("({},)", self.found[0])
        } else {
            let dims: Vec<alloc::string::String> =
                self.found.iter().map(|d| alloc::format!("{d}")).collect();
            alloc::format!("({})", dims.join(", "))
        };
        write!(
            f,
            "an ndarray of shape {found} does not fit an array of shape {}",
            ShapeTuple(self.expected)
        )
    }
}

impl core::error::Error for ShapeMismatch {}

/// Copies `source` (any `ndarray` with the same element count and shape)
/// into a typed array, index by index.
fn copy_from<T: Element, S: Shape, O: Order, D: Dimension, Src: Data<Elem = T>>(
    source: &ArrayBase<Src, D>,
) -> Result<Array<T, S, O>, ShapeMismatch> {
    if source.shape() != S::DIMS {
        return Err(ShapeMismatch {
            found: source.shape().to_vec(),
            expected: S::DIMS,
        });
    }
    // Both walk the elements in logical C order.
    let mut elements = source.iter();
    let row_major = Array::<T, S, crate::order::RowMajor>::from_flat_fn(|_| {
        *elements.next().expect("same count")
    });
    Ok(row_major.to_order())
}

macro_rules! ndarray_ranks {
    ($($shape:ident $ix:ident [$($d:ident),+];)*) => {$(
        /// A view of the array as an `ndarray::ArrayView`, without copying:
        /// the same memory, with the strides of its order.
        #[cfg(feature = "ndarray")]
        impl<'a, T: Element, O: Order, $(const $d: usize),+> From<&'a Array<T, $shape<$($d),+>, O>>
            for ndarray::ArrayView<'a, T, $ix>
        {
            fn from(array: &'a Array<T, $shape<$($d),+>, O>) -> Self {
                let shape = ($($d),+).set_f(!O::IS_ROW_MAJOR);
                ndarray::ArrayView::from_shape(shape, array.as_slice()).expect("the same element count")
            }
        }

        /// A typed array from an `ndarray` array or view of the same shape
        /// (a copy), or the shapes in words.
        #[cfg(feature = "ndarray")]
        impl<T: Element, O: Order, Src: Data<Elem = T>, $(const $d: usize),+> TryFrom<&ArrayBase<Src, $ix>>
            for Array<T, $shape<$($d),+>, O>
        {
            type Error = ShapeMismatch;
            fn try_from(source: &ArrayBase<Src, $ix>) -> Result<Self, ShapeMismatch> {
                copy_from(source)
            }
        }

        /// A typed array from a dynamic-rank `ndarray` (`ArrayD`): the
        /// rank and every length checked.
        #[cfg(feature = "ndarray")]
        impl<T: Element, O: Order, Src: Data<Elem = T>, $(const $d: usize),+> TryFrom<&ArrayBase<Src, ndarray::IxDyn>>
            for Array<T, $shape<$($d),+>, O>
        {
            type Error = ShapeMismatch;
            fn try_from(source: &ArrayBase<Src, ndarray::IxDyn>) -> Result<Self, ShapeMismatch> {
                copy_from(source)
            }
        }
    )*};
}

ndarray_ranks! {
    Shape1 Ix1 [A];
    Shape2 Ix2 [A, B];
    Shape3 Ix3 [A, B, C];
    Shape4 Ix4 [A, B, C, D];
    Shape5 Ix5 [A, B, C, D, E];
    Shape6 Ix6 [A, B, C, D, E, F];
}
