//! Static shapes: the dimensions of an array, as types.
//!
//! `Shape3<1080, 1920, 3>` is the shape NumPy would print as
//! `(1080, 1920, 3)`. Users rarely name these types: the aliases
//! [`Array1`](crate::Array1) ... [`Array8`](crate::Array8) spell them.
//!
//! Every count is checked while compiling: a shape whose element count or
//! byte size does not fit the target is a compile error with the numbers in
//! it, never a wrapped number.

use core::fmt;
use core::hash::Hash;
use core::marker::PhantomData;

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::order::{Order, RowMajor};

mod sealed {
    pub trait Sealed {}
}

/// A static shape of rank 1 to 8: [`Shape1`] ... [`Shape8`]. Sealed.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Shape, Shape3};
/// type Canvas = Shape3<1080, 1920, 3>;
/// assert_eq!(Canvas::NDIM, 3);
/// assert_eq!(Canvas::SHAPE, [1080, 1920, 3]);
/// assert_eq!(Canvas::SIZE, 6_220_800);
/// ```
pub trait Shape:
    Copy + Default + fmt::Debug + Eq + Hash + Send + Sync + 'static + sealed::Sealed
{
    /// A full index into the shape: `[usize; NDIM]`.
    type Index: Copy
        + Eq
        + Hash
        + fmt::Debug
        + Default
        + AsRef<[usize]>
        + AsMut<[usize]>
        + Send
        + Sync
        + 'static;
    /// The shape with its axes in reverse order, for a transpose:
    /// `Shape3<C, B, A>` for `Shape3<A, B, C>`.
    type Reversed: Shape<Index = Self::Index, Reversed = Self>;
    /// The nested Rust array with this shape: `[[T; B]; A]` for `Shape2<A, B>`.
    /// It holds `SIZE` values of `T` back to back, with no padding.
    type Raw<T>;
    #[doc(hidden)]
    type Layout<T, O: Order>: Layout<Index = Self::Index>;
    /// Number of dimensions, NumPy's `ndim`.
    const NDIM: usize;
    /// The dimensions, NumPy's `shape`.
    const SHAPE: Self::Index;
    /// The dimensions as a slice, for code generic over the rank.
    const DIMS: &'static [usize];
    /// Number of elements, NumPy's `size`: the product of the dimensions.
    const SIZE: usize;
}

/// Byte strides of a shape for one element type and order; internal.
#[doc(hidden)]
pub trait Layout {
    type Index;
    const STRIDES: Self::Index;
}

#[doc(hidden)]
pub struct LayoutOf<T, O, S>(PhantomData<T>, PhantomData<O>, PhantomData<S>);

/// Prints a shape the way NumPy prints `a.shape`: `(1080, 1920, 3)`, `(5,)`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array3;
/// let canvas = Array3::<u8, 4, 5, 3>::zeros();
/// assert_eq!(canvas.shape_tuple().to_string(), "(4, 5, 3)");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShapeTuple(pub(crate) &'static [usize]);

impl ShapeTuple {
    /// The dimensions.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<f32, 2, 7>::zeros().shape_tuple().dims(), &[2, 7]);
    /// ```
    pub const fn dims(self) -> &'static [usize] {
        self.0
    }
}

impl fmt::Display for ShapeTuple {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{d}")?;
        }
        if self.0.len() == 1 {
            f.write_str(",")?;
        }
        f.write_str(")")
    }
}

impl fmt::Debug for ShapeTuple {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// The element count of `dims`, or a compile-time panic with the numbers
/// when it does not fit in `usize`.
///
/// Zero-length axes are skipped for the overflow check, as in NumPy, which
/// rejects `np.empty((0, 2**62, 8), np.int8)` ("array is too big").
pub(crate) const fn checked_size(dims: &[usize]) -> usize {
    let mut product: usize = 1;
    let mut empty = false;
    let mut i = 0;
    while i < dims.len() {
        if dims[i] == 0 {
            empty = true;
        } else {
            product = match product.checked_mul(dims[i]) {
                Some(p) => p,
                None => {
                    let msg = Msg::new()
                        .str("the array shape ")
                        .shape(dims)
                        .str(" has more elements than usize can count (at most ")
                        .num(usize::MAX)
                        .str(")");
                    panic!("{}", msg.as_str())
                }
            };
        }
        i += 1;
    }
    if empty { 0 } else { product }
}

/// The byte size of an array of `dims` with `itemsize`-byte elements, or a
/// compile-time panic when it exceeds `isize::MAX`, the most any Rust value
/// may occupy.
pub(crate) const fn checked_nbytes(dims: &[usize], itemsize: usize) -> usize {
    let size = checked_size(dims);
    // NumPy sizes even an empty array by its non-zero axes.
    let span = if size == 0 {
        checked_size_nonzero(dims)
    } else {
        size
    };
    match span.checked_mul(itemsize) {
        Some(bytes) if bytes <= isize::MAX as usize => size * itemsize,
        _ => {
            let msg = Msg::new()
                .str("the array shape ")
                .shape(dims)
                .str(" of ")
                .num(itemsize)
                .str("-byte elements needs more than isize::MAX (")
                .num(isize::MAX as usize)
                .str(") bytes, the most a Rust value may occupy");
            panic!("{}", msg.as_str())
        }
    }
}

/// Product of the non-zero dimensions (already known not to overflow).
const fn checked_size_nonzero(dims: &[usize]) -> usize {
    let mut product = 1;
    let mut i = 0;
    while i < dims.len() {
        if dims[i] != 0 {
            product *= dims[i];
        }
        i += 1;
    }
    product
}

/// NumPy's strides in bytes. An array with a zero-length axis holds no
/// element to step to, and NumPy reports all its strides as 0
/// (`np.zeros((3, 0, 2)).strides == (0, 0, 0)`), so this does too.
const fn strides<const N: usize>(dims: [usize; N], itemsize: usize, row_major: bool) -> [usize; N] {
    let mut out = [0; N];
    if checked_nbytes(&dims, itemsize) == 0 {
        return out;
    }
    let mut step = itemsize;
    let mut k = 0;
    while k < N {
        let axis = if row_major { N - 1 - k } else { k };
        out[axis] = step;
        step *= dims[axis];
        k += 1;
    }
    out
}

macro_rules! nested {
    ($t:ty; $d:ident) => { [$t; $d] };
    ($t:ty; $d:ident, $($rest:ident),+) => { [nested!($t; $($rest),+); $d] };
}

macro_rules! shapes {
    ($($shape:ident $alias:ident $n:literal [$($d:ident),+] ($($ex:literal),+) [$($r:ident),+];)*) => {$(
        #[doc = concat!("The static shape of a rank-", stringify!($n), " array: ")]
        #[doc = concat!("`(", stringify!($($d),+), ")`.")]
        ///
        /// ```
        /// # use shaped_core as shaped;
        #[doc = concat!("use shaped::{Shape, ", stringify!($shape), "};")]
        #[doc = concat!("assert_eq!(<", stringify!($shape), "<", stringify!($($ex),+), ">>::NDIM, ", stringify!($n), ");")]
        /// ```
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct $shape<$(const $d: usize),+>;

        impl<$(const $d: usize),+> sealed::Sealed for $shape<$($d),+> {}

        impl<$(const $d: usize),+> Shape for $shape<$($d),+> {
            type Index = [usize; $n];
            type Reversed = $shape<$($r),+>;
            type Raw<T> = nested!(T; $($d),+);
            type Layout<T, O: Order> = LayoutOf<T, O, Self>;
            const NDIM: usize = $n;
            const SHAPE: [usize; $n] = [$($d),+];
            const DIMS: &'static [usize] = &[$($d),+];
            const SIZE: usize = checked_size(Self::DIMS);
        }

        impl<T, O: Order, $(const $d: usize),+> Layout for LayoutOf<T, O, $shape<$($d),+>> {
            type Index = [usize; $n];
            const STRIDES: [usize; $n] =
                strides([$($d),+], core::mem::size_of::<T>(), O::IS_ROW_MAJOR);
        }

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

shapes! {
    Shape1 Array1 1 [A] (5) [A];
    Shape2 Array2 2 [A, B] (2, 3) [B, A];
    Shape3 Array3 3 [A, B, C] (2, 3, 4) [C, B, A];
    Shape4 Array4 4 [A, B, C, D] (2, 1, 3, 2) [D, C, B, A];
    Shape5 Array5 5 [A, B, C, D, E] (1, 2, 1, 3, 2) [E, D, C, B, A];
    Shape6 Array6 6 [A, B, C, D, E, F] (2, 1, 1, 2, 1, 3) [F, E, D, C, B, A];
    Shape7 Array7 7 [A, B, C, D, E, F, G] (1, 2, 1, 2, 1, 2, 1) [G, F, E, D, C, B, A];
    Shape8 Array8 8 [A, B, C, D, E, F, G, H] (2, 1, 2, 1, 2, 1, 2, 1) [H, G, F, E, D, C, B, A];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strides_follow_numpy() {
        assert_eq!(strides([3, 3], 8, true), [24, 8]);
        assert_eq!(strides([3, 3], 8, false), [8, 24]);
        assert_eq!(strides([3, 0, 2], 8, true), [0, 0, 0]);
        assert_eq!(strides([3, 0, 2], 8, false), [0, 0, 0]);
    }

    #[test]
    fn sizes() {
        assert_eq!(checked_size(&[1080, 1920, 3]), 6_220_800);
        assert_eq!(checked_size(&[4, 0, 7]), 0);
        assert_eq!(checked_nbytes(&[1080, 1920, 3], 8), 49_766_400);
    }
}
