// The guide, one file per part (rustdoc joins them into one page).
#![doc = include_str!("guide/1_numpy_users.md")]
#![doc = include_str!("guide/2_the_type.md")]
#![doc = include_str!("guide/3_unknown_length.md")]
#![doc = include_str!("guide/4_computing.md")]
#![doc = include_str!("guide/5_linear_algebra.md")]
#![doc = include_str!("guide/6_views.md")]
#![doc = include_str!("guide/7_data_in_and_out.md")]
#![doc = include_str!("guide/8_printing_errors_features.md")]
#![no_std]
// docs.rs (and `--cfg docsrs` on nightly) labels each item with the
// features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![deny(unsafe_code)]

pub use shaped_core::*;
/// Builds an array from a nested literal, like `vec!` builds a `Vec`.
///
/// The shape comes from the nesting and the element type from the literals,
/// as in a Rust array literal; the result is a row-major [`Array`] of rank
/// 1 to 8, usable in `const` and `static` items.
///
/// ```
/// use shaped::{array, Array1, Array2, Array3, Array6};
///
/// let a = array![1, 2, 3]; // Array1<i32, 3>
/// let m: Array2<u8, 2, 2> = array![[1, 2], [3, 4]]; // the annotation picks u8
/// let deep: Array6<i32, 1, 1, 1, 1, 1, 1> = array![[[[[[7]]]]]];
/// static LUT: Array1<u16, 4> = array![1, 2, 4, 8];
/// assert_eq!((a[2], m[[1, 0]], deep[[0, 0, 0, 0, 0, 0]], LUT[3]), (3, 3, 7, 8));
/// ```
///
/// # Repeat and dtype forms
///
/// `[value; n]` repeats a value, as in Rust. When the innermost item is a
/// dtype name instead of a value, the result is zeros of that dtype: the
/// tutorial's `np.zeros((1080, 1920, 3), dtype=np.uint8)` is
/// `array![[[u8; 3]; 1920]; 1080]`.
///
/// ```
/// use shaped::{array, Array2, Array3};
///
/// let halves = array![0.5; 8]; // Array1<f64, 8>
/// let rows: Array2<u8, 4, 16> = array![[0u8; 16]; 4];
/// let canvas: Array3<u8, 108, 192, 3> = array![[[u8; 3]; 192]; 108];
/// const N: usize = 4;
/// let square = array![[f32; N]; N]; // lengths may be constants
/// assert_eq!((halves[7], rows.size(), canvas.nbytes(), square.size()), (0.5, 64, 62_208, 16));
/// ```
///
/// # On the heap: `array![box ...]`
///
/// `Box::new(array![...])` builds the array on the stack, then moves it; a
/// full-size canvas overflows a thread's stack that way. Start the literal
/// with `box` and every form is built in its final place on the heap instead
/// and returns `Box<Array<...>>`: the dtype form is one zeroed allocation
/// ([`zeros_boxed`](Array::zeros_boxed)), a repeated value is filled in place
/// ([`full_boxed`](Array::full_boxed)), and a literal with rows is filled
/// element by element ([`from_fn_boxed`](Array::from_fn_boxed)), each element
/// expression evaluated once.
///
/// ```
/// use shaped::{array, Array3};
///
/// let canvas: Box<Array3<u8, 1080, 1920, 3>> = array![box [[u8; 3]; 1920]; 1080];
/// let white = array![box [[255u8; 3]; 1920]; 1080];
/// let orange = array![box [[255u8, 165, 0]; 1920]; 1080];
/// assert_eq!((canvas[[0, 0, 0]], white[[1079, 1919, 2]], orange[[5, 5, 1]]), (0, 255, 165));
/// ```
///
/// # Checked while expanding
///
/// Mistakes are compile errors pointing at the offending token, shown by
/// `cargo check` and the IDE: rows of different lengths at any depth ("row 1
/// has 2 elements, expected 3 like row 0"), integers mixed with floats
/// ("write `1.0`"), numbers mixed with strings, chars or bools (there is no
/// object dtype), conflicting suffixes (`1u8` with `2i32`), suffixes and
/// dtype names that are not element types (`1i128`, `float64`).
///
/// ```compile_fail
/// // error: `"Dog"` is a string, but `1` is an integer: an array holds one
/// //        element type, and there is no object dtype
/// let a = shaped::array![1, 2, "Dog"];
/// ```
///
/// Elements may be any expressions; the type checker judges those
/// (`array![x, x * 2.0]`). An element with a comma outside brackets or
/// parentheses, other than in a turbofish or qualified path, must be wrapped
/// in parentheses.
pub use shaped_macros::array;

/// NumPy's `np.arange(start, stop, step)` with literal arguments; the length
/// is computed while compiling, with NumPy's rule, and is part of the type.
///
/// `arange!(stop)` counts from 0 and `arange!(start, stop)` in steps of 1.
/// Integer arguments give an integer array (`i32` unless a suffix or the
/// context says otherwise); any float makes it a float array, as in NumPy.
/// The values are those of [`Array::arange`], NumPy's to the bit.
///
/// ```
/// use shaped::{arange, Array1};
///
/// let evens = arange!(0, 10, 2);
/// let _: &Array1<i32, 5> = &evens;
/// assert_eq!(evens.as_slice(), &[0, 2, 4, 6, 8]);
///
/// let tenths = arange!(0.0, 1.0, 0.1); // 10 elements, like NumPy
/// assert_eq!(tenths.size(), 10);
/// assert_eq!(tenths[3], 0.30000000000000004);
///
/// let bytes: Array1<u8, 4> = arange!(4);
/// assert_eq!(bytes.as_slice(), &[0, 1, 2, 3]);
/// assert_eq!(arange!(10, 0, -3).as_slice(), &[10, 7, 4, 1]);
/// assert_eq!(arange!(5, 1).size(), 0); // empty, as in NumPy
/// ```
///
/// A zero step or a non-literal argument is a compile error; with values
/// known only at run time, name the length: `Array1::<T, N>::arange_step(start, step)`.
pub use shaped_macros::arange;

/// NumPy's `np.linspace(start, stop, num)`: `num` evenly spaced `f64`
/// values, both ends included, from [`Array::linspace`]. Integer literals
/// are taken as floats; `num` may be a literal or a constant. Usable in
/// `const` items.
///
/// ```
/// use shaped::{linspace, Array1};
///
/// const QUARTERS: Array1<f64, 5> = linspace!(0, 1, 5);
/// assert_eq!(QUARTERS.as_slice(), &[0.0, 0.25, 0.5, 0.75, 1.0]);
/// const N: usize = 3;
/// assert_eq!(linspace!(-1.0, 1.0, N).as_slice(), &[-1.0, 0.0, 1.0]);
/// ```
pub use shaped_macros::linspace;

/// NumPy's `np.logspace(start, stop, num, base=10.0)`: `base` raised to
/// `num` evenly spaced powers, from [`Array::logspace`] (feature `std` or `libm`).
///
/// ```
/// use shaped::logspace;
///
/// assert_eq!(logspace!(0, 3, 4).as_slice(), &[1.0, 10.0, 100.0, 1000.0]);
/// assert_eq!(logspace!(0, 3, 4, 2).as_slice(), &[1.0, 2.0, 4.0, 8.0]);
/// ```
pub use shaped_macros::logspace;

/// NumPy's `np.geomspace(start, stop, num)`: a geometric progression with
/// exact endpoints, from [`Array::geomspace`] (feature `std` or
/// `libm`). A literal zero
/// endpoint is a compile error.
///
/// ```
/// use shaped::geomspace;
///
/// assert_eq!(geomspace!(1, 1000, 4).as_slice(), &[1.0, 10.0, 100.0, 1000.0]);
/// ```
pub use shaped_macros::geomspace;

/// A slice of an array, NumPy's basic indexing: `a.slice(s![1..3, .., 0])`
/// is `a[1:3, :, 0]`, a view without a copy (see [`Array::slice`]).
///
/// | `s![...]` entry | NumPy | keeps the axis? |
/// |---|---|---|
/// | `a..b`, `a..`, `..b`, `..` | `a:b`, `a:`, `:b`, `:` | yes |
/// | `a..b;k`, `..;k` | `a:b:k`, `::k` | yes |
/// | `..;-1` (negative step) | `::-1` | yes, walked backwards |
/// | `i` | `i` | no (dropped) |
/// | `-2..`, `..-1`, `-1` | `-2:`, `:-1`, `-1` | counted from the end |
///
/// Bounds are integer literals, `const` items or `{ const expressions }`,
/// so the view's shape and steps are part of its type and a bound out of
/// range is a compile error with the numbers. A negative step walks the
/// same range backwards (ndarray's rule): `s![1..4;-1]` is positions 3, 2,
/// 1, where NumPy's `a[1:4:-1]` is empty; NumPy's `a[::-1]` is `..;-1`.
/// Fewer entries than axes keep the remaining axes whole.
///
/// ```
/// use shaped::{Array2, ArrayView, Shape1, s};
/// let a = Array2::<i32, 3, 4>::from_fn(|[i, j]| (10 * i + j) as i32);
/// assert_eq!(a.slice(s![1, ..2]).to_array().as_slice(), &[10, 11]); // a[1, :2]
/// let last: ArrayView<_, Shape1<3>, _> = a.slice(s![.., -1]); // a[:, -1]
/// assert_eq!(last.to_array().as_slice(), &[3, 13, 23]);
/// let rev: ArrayView<_, Shape1<4>, _> = a.slice(s![2, ..;-1]); // a[2, ::-1]
/// assert_eq!(rev.to_array().as_slice(), &[23, 22, 21, 20]);
/// ```
pub use shaped_macros::s;

/// An `.npy` file embedded in the binary as a typed array, checked while
/// compiling: `static WEIGHTS: Array2<f32, 128, 64> = include_npy!("model/w1.npy");`
///
/// The path is relative to the crate's directory (`CARGO_MANIFEST_DIR`).
/// The file's header gives the array's type, so without an annotation the
/// macro has the file's own type (`include_npy!("lut.npy")` is an
/// `Array1<u16, 256>` for a 256-element `uint16` file; a Fortran-order
/// file gives a `ColMajor` array). Works in `const` and `static` items and
/// without `std` (the data is embedded by `include_bytes!`, so editing the
/// file rebuilds the crate).
///
/// Everything wrong is a compile error at the macro call: a missing file
/// (with the path it resolved to), a malformed header, a dtype an array
/// cannot hold, truncated data; an annotation that differs from the file's
/// type is a type mismatch showing both shapes.
///
/// ```
/// use shaped::{Array2, include_npy};
/// // NumPy: np.save("float64_3x4_C.npy", (np.arange(12) - 5) * 0.25 ...)
/// static TABLE: Array2<f64, 3, 4> = include_npy!("tests/golden/npy/float64_3x4_C.npy");
/// assert_eq!(TABLE[[0, 0]], -1.25);
/// let bytes = include_npy!("tests/golden/npy/uint8_5_C.npy"); // an Array1<u8, 5>
/// assert_eq!(bytes.shape(), [5]);
/// ```
pub use shaped_macros::include_npy;

/// NumPy's `np.einsum`, with the subscripts read while compiling and every
/// index checked by the type system: `einsum!("ij,jk->ik", a, b)`.
///
/// Each letter is one length, taken from the operands' types: an index
/// that has two lengths, an operand of the wrong rank, or malformed
/// subscripts do not compile, with the subscripts, the letter and the
/// operand in the message. The result's type follows from the output
/// letters (`Array2<T, I, K>` here), and with no output letters it is one
/// value. The operands are arrays or references to arrays of one element
/// type, in either memory order; the result is row-major.
///
/// | NumPy | `shaped` |
/// |---|---|
/// | `np.einsum('ij,jk->ik', a, b)` | `einsum!("ij,jk->ik", a, b)` (the `matmul` kernel) |
/// | `np.einsum('ij,jk', a, b)` | the same: the implicit output is the letters seen once, alphabetically |
/// | `np.einsum('ii->', a)`, `'ii->i'` | trace, diagonal |
/// | `np.einsum('ij->ji', a)` | transpose (a copy) |
/// | `np.einsum('ij->', a)`, `'ij->j'` | sums |
/// | `np.einsum('i,j->ij', u, v)` | outer product |
/// | `np.einsum('bij,bjk->bik', a, b)` | batched matrix product |
/// | `np.einsum('i,ij,j->', u, m, v)` | bilinear form |
///
/// Every output element is a sum that starts at zero and adds, for each
/// combination of the summed letters in order of first appearance (the
/// last letter fastest), the product of the operands' elements left to
/// right: NumPy's `optimize=False` arithmetic, so integer results equal
/// NumPy's exactly (wrapping on overflow), and float results equal it
/// where NumPy's loop adds in the same order. The matrix-product pattern
/// runs `matmul`'s kernel, whose rows start from their first product
/// instead of zero. `...` (broadcast dimensions) is not supported: every
/// axis has a letter.
///
/// ```
/// use shaped::{array, einsum, Array2};
///
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let b = array![[7, 8], [9, 10], [11, 12]];
/// let c: Array2<i32, 2, 2> = einsum!("ij,jk->ik", a, b);
/// assert_eq!(c, a.matmul(&b));
/// let m = array![[1.0, 2.0], [3.0, 4.0]];
/// assert_eq!(einsum!("ii->", &m), 5.0); // trace
/// assert_eq!(einsum!("ij->ji", &m), array![[1.0, 3.0], [2.0, 4.0]]);
/// let (u, v) = (array![1, 2], array![3, 4, 5]);
/// assert_eq!(einsum!("i,j", u, v), array![[3, 4, 5], [6, 8, 10]]); // outer
/// ```
pub use shaped_macros::einsum;

/// What the macros expand to. Not public API: no stability promise.
#[doc(hidden)]
pub mod __private {
    pub use shaped_core::einsum_support as einsum;
    pub use shaped_core::slicing;
    pub use shaped_core::slicing::Strides;
    pub use shaped_core::{
        Array, Array1, Array2, Array3, Array4, Array5, Array6, Array7, Array8, Shape1, Shape2,
        Shape3, Shape4, Shape5, Shape6, Shape7, Shape8,
    };
    pub use shaped_core::{ArrayView, ArrayViewMut, ColMajor, Order, RowMajor};
    #[cfg(feature = "half")]
    pub use shaped_core::{bf16, f16};
    #[cfg(feature = "num-complex")]
    pub use shaped_core::{c32, c64};

    /// Stands in for an `array!` whose literal has errors, typed like the
    /// array that was meant so no follow-on errors appear. Never runs: the
    /// crate does not compile.
    pub const fn fallback<T: shaped_core::Stored, S: shaped_core::Shape>(
        example: T,
    ) -> Array<T, S> {
        core::mem::forget(example);
        panic!("array! literal had errors")
    }

    /// Like [`fallback`], for a literal with nothing to take a type from.
    pub const fn fallback_any<T>() -> T {
        panic!("array! literal had errors")
    }
}

/// The README's code runs as a doctest, so its taste of the API stays true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
