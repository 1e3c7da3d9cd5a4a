//! Shape facts against NumPy: every `case!` line in `golden/numpy_layout.rs`
//! was written by real NumPy (see `golden/numpy_layout.py`), and each one is
//! checked here in three ways: as a constant (usable in `const` items), via
//! the same-named method on a value, and against the real memory layout.

use crate::common;

use core::mem::{align_of, size_of};
use shaped::{
    Array1, Array2, Array3, Array4, Array6, Array8, ColMajor, Element, RowMajor, ShapeTuple,
};

macro_rules! case {
    ($array:ty, shape [$($dim:expr),*], ndim $ndim:expr, size $size:expr,
     itemsize $itemsize:expr, nbytes $nbytes:expr, strides [$($stride:expr),*],
     name $name:expr, str $str:expr) => {{
        type A = $array;
        // As constants, evaluated while compiling this test.
        const SHAPE: [usize; $ndim] = A::SHAPE;
        const STRIDES: [usize; $ndim] = A::STRIDES;
        const _: () = assert!(A::NDIM == $ndim && A::SIZE == $size);
        const _: () = assert!(A::ITEMSIZE == $itemsize && A::NBYTES == $nbytes);
        let what = stringify!($array);
        assert_eq!(SHAPE, [$($dim),*], "{what}: shape");
        assert_eq!(STRIDES, [$($stride),*], "{what}: strides");
        assert_eq!((A::DTYPE.name(), A::DTYPE.str()), ($name, $str), "{what}: dtype");
        // As methods on a value (on the heap: the canvas is 47 MB as f64).
        let a = A::zeros_boxed();
        assert_eq!(a.shape(), [$($dim),*], "{what}: shape()");
        assert_eq!(a.ndim(), $ndim, "{what}: ndim()");
        assert_eq!(a.size(), $size, "{what}: size()");
        assert_eq!(a.itemsize(), $itemsize, "{what}: itemsize()");
        assert_eq!(a.nbytes(), $nbytes, "{what}: nbytes()");
        assert_eq!(a.strides(), [$($stride),*], "{what}: strides()");
        assert_eq!(a.dtype(), A::DTYPE, "{what}: dtype()");
        // The memory itself: no header, no padding, aligned as the element.
        assert_eq!(size_of::<A>(), $nbytes, "{what}: size_of");
        assert_eq!(align_of::<A>(), align_of::<<A as HasElement>::Elem>(), "{what}: align_of");
        assert_eq!(a.as_slice().len(), $size, "{what}: as_slice().len()");
        common::count();
    }};
}

/// Names the element type of an array type, for the `align_of` check.
trait HasElement {
    type Elem;
}
impl<T: shaped::Stored, S: shaped::Shape, O: shaped::Order> HasElement for shaped::Array<T, S, O> {
    type Elem = T;
}

#[test]
fn every_fact_matches_numpy() {
    include!("../golden/numpy_layout.rs");
    // 11 dtypes x 10 shapes x 2 orders: a truncated golden file must fail.
    assert_eq!(common::cases(), 220);
}

#[test]
fn strides_step_to_the_next_element_along_each_axis() {
    // Walking STRIDES bytes along an axis from [0, 0, 0] lands on [1, 0, 0]
    // etc. in the real memory, for both orders.
    fn check<O: shaped::Order>() {
        let a = Array3::<i64, 2, 3, 4, O>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as i64);
        let base = a.as_slice().as_ptr() as usize;
        let strides = a.strides();
        for (axis, expected) in [100i64, 10, 1].into_iter().enumerate() {
            let offset = strides[axis] / a.itemsize();
            assert_eq!(a.as_slice()[offset], expected, "axis {axis}");
        }
        assert_eq!(
            &a[[1, 2, 3]] as *const i64 as usize - base,
            strides[0] + 2 * strides[1] + 3 * strides[2]
        );
    }
    check::<RowMajor>();
    check::<ColMajor>();
}

#[test]
fn facts_are_usable_in_const_items() {
    const CANVAS_BYTES: usize = Array3::<u8, 1080, 1920, 3>::NBYTES;
    static BUFFER: [u8; Array1::<u16, 8>::NBYTES] = [0; 16];
    const T: [usize; 2] = Array2::<i64, 3, 3, ColMajor>::STRIDES;
    assert_eq!(CANVAS_BYTES, 6_220_800);
    assert_eq!(BUFFER.len(), 16);
    assert_eq!(T, [8, 24]);
    assert_eq!(Array8::<u8, 1, 2, 1, 2, 1, 2, 1, 2>::SIZE, 16);
    assert_eq!(Array6::<f32, 1, 1, 1, 1, 1, 7>::NBYTES, 28);
}

#[test]
fn shapes_print_as_numpy_tuples() {
    assert_eq!(
        Array3::<u8, 1080, 1920, 3>::zeros_boxed()
            .shape_tuple()
            .to_string(),
        "(1080, 1920, 3)"
    );
    assert_eq!(Array1::<u8, 7>::zeros().shape_tuple().to_string(), "(7,)");
    let t: ShapeTuple = Array4::<u8, 0, 1, 2, 3>::zeros().shape_tuple();
    assert_eq!(format!("{t:?}"), "(0, 1, 2, 3)");
    assert_eq!(t.dims(), &[0, 1, 2, 3]);
}

#[test]
fn element_dtypes() {
    assert_eq!(u8::DTYPE.kind(), 'u');
    assert_eq!(i32::DTYPE.kind(), 'i');
    assert_eq!(f64::DTYPE.kind(), 'f');
    assert_eq!(bool::DTYPE.kind(), 'b');
    assert_eq!(f32::DTYPE.itemsize(), 4);
    assert_eq!(u16::DTYPE.to_string(), "uint16");
    assert!(f64::ZERO.to_bits() == 0 && f32::ONE == 1.0 && !bool::ZERO && bool::ONE);
}
