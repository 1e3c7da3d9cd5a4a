//! Compile-time guards: facts about shapes that need arithmetic on their
//! dimensions, which stable Rust can only check while evaluating a
//! constant. Each guard is an associated constant (`Guard::<..>::OK`) that
//! an operation forces at its first line, so a failure is reported where the
//! user called it, with the numbers in the message.

use core::marker::PhantomData;

use crate::const_fmt::Msg;

use super::Shape;

/// The element count of `dims`, or a compile-time error with the numbers
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
                None => Msg::new()
                    .str("the array shape ")
                    .shape(dims)
                    .str(" has more elements than usize can count (at most ")
                    .num(usize::MAX)
                    .str(")")
                    .raise(),
            };
        }
        i += 1;
    }
    if empty { 0 } else { product }
}

/// The byte size of an array of `dims` with `itemsize`-byte elements, or a
/// compile-time error when it exceeds `isize::MAX`, the most any Rust value
/// may occupy.
pub(crate) const fn checked_nbytes(dims: &[usize], itemsize: usize) -> usize {
    let size = checked_size(dims);
    // NumPy sizes even an empty array by its non-zero axes.
    let span = if size == 0 {
        size_of_nonzero(dims)
    } else {
        size
    };
    match span.checked_mul(itemsize) {
        Some(bytes) if bytes <= isize::MAX as usize => size * itemsize,
        _ => Msg::new()
            .str("the array shape ")
            .shape(dims)
            .str(" of ")
            .num(itemsize)
            .str("-byte elements needs more than isize::MAX (")
            .num(isize::MAX as usize)
            .str(") bytes, the most a Rust value may occupy")
            .raise(),
    }
}

/// Product of the non-zero dimensions (already known not to overflow).
const fn size_of_nonzero(dims: &[usize]) -> usize {
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

/// Whether two shapes hold the same number of elements: the condition for
/// viewing one array as the other. A mismatch can only come from a reshape
/// (a transpose keeps the count), so the message speaks of reshaping.
pub(crate) struct SameSize<S, S2>(PhantomData<(S, S2)>);

impl<S: Shape, S2: Shape> SameSize<S, S2> {
    pub(crate) const OK: () = if S::SIZE != S2::SIZE {
        Msg::new()
            .str("cannot reshape ")
            .num(S::SIZE)
            .str(" elements ")
            .shape(S::DIMS)
            .str(" into ")
            .num(S2::SIZE)
            .str(" elements ")
            .shape(S2::DIMS)
            .raise()
    };
}

/// Shapes with at least one element: `min` and `max` need one, as NumPy's
/// raise for an empty array; here the shape is known, so it is checked
/// while compiling.
pub(crate) struct NonEmpty<S>(PhantomData<S>);

impl<S: Shape> NonEmpty<S> {
    pub(crate) const OK: () = if S::SIZE == 0 {
        Msg::new()
            .str("an empty array (shape ")
            .shape(S::DIMS)
            .str(") has no minimum, maximum or position of one")
            .raise()
    };
}

/// Lanes along `AXIS` with at least one element, unless there are no lanes
/// at all: NumPy's `max(axis=...)` fails on `np.zeros((3, 0))` along axis 1,
/// and returns an empty array for `np.zeros((0, 3))`.
pub(crate) struct NonEmptyLanes<S, const AXIS: usize>(PhantomData<S>);

impl<S: Shape, const AXIS: usize> NonEmptyLanes<S, AXIS> {
    pub(crate) const OK: () = {
        let mut lanes = 1;
        let mut k = 0;
        while k < S::NDIM {
            if k != AXIS {
                lanes *= S::DIMS[k];
            }
            k += 1;
        }
        if S::DIMS[AXIS] == 0 && lanes > 0 {
            Msg::new()
                .str("the lanes along axis ")
                .num(AXIS)
                .str(" of shape ")
                .shape(S::DIMS)
                .str(" are empty: they have no minimum, maximum or position of one")
                .raise()
        }
    };
}

/// An index known while compiling (`a.at::<3, 0>()`), written as the shape
/// `I` whose dimensions are the positions: each must be below the length of
/// its axis in `S`, as plain Rust rejects `x[3]` on a `[f64; 3]`.
pub(crate) struct InBounds<S, I>(PhantomData<(S, I)>);

impl<S: Shape, I: Shape> InBounds<S, I> {
    pub(crate) const OK: () = {
        let mut k = 0;
        while k < S::NDIM {
            if I::DIMS[k] >= S::DIMS[k] {
                Msg::new()
                    .str("index ")
                    .shape(I::DIMS)
                    .str(" is out of bounds for shape ")
                    .shape(S::DIMS)
                    .str(": axis ")
                    .num(k)
                    .str(" has length ")
                    .num(S::DIMS[k])
                    .raise()
            }
            k += 1;
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(checked_size(&[1080, 1920, 3]), 6_220_800);
        assert_eq!(checked_size(&[4, 0, 7]), 0);
        assert_eq!(checked_nbytes(&[1080, 1920, 3], 8), 49_766_400);
        assert_eq!(checked_nbytes(&[0, 1 << 40], 8), 0);
    }
}
