//! N-dimensional arrays whose dtype, shape and memory order live in the type.
//!
//! NumPy reads an array's shape, strides, itemsize and nbytes from a header at
//! run time. `shaped` knows all of them while compiling: an
//! [`Array3<u8, 1080, 1920, 3>`](Array3) is exactly 6,220,800 bytes of `u8`,
//! with no header, no pointer and no padding, and its facts are constants.
//!
//! # For NumPy users
//!
//! | NumPy | `shaped` |
//! |---|---|
//! | `np.zeros((3, 3))` | `Array2::<f64, 3, 3>::zeros()` |
//! | `np.ones((2, 5))` | `Array2::<f64, 2, 5>::ones()` |
//! | `np.full((4,), 7)` | `Array1::<i32, 4>::full(7)` |
//! | `np.eye(3)` | `Array2::<f64, 3, 3>::eye()` |
//! | `np.fromfunction(f, (2, 3))` | `Array2::<T, 2, 3>::from_fn(\|[i, j]\| ...)` |
//! | `np.empty((4, 4))` | `Array2::<f64, 4, 4>::uninit()`, then `unsafe { a.assume_init() }` |
//! | `np.zeros((1080, 1920, 3), np.uint8)` (big) | `Array3::<u8, 1080, 1920, 3>::zeros_boxed()` |
//! | `np.ones((5, 5), order='F')` | `Array2::<f64, 5, 5, ColMajor>::ones()` |
//! | `a.shape`, `a.ndim`, `a.size` | `a.shape()`, `a.ndim()`, `a.size()` (or `Array2::<..>::SHAPE` ...) |
//! | `a.itemsize`, `a.nbytes`, `a.strides` | `a.itemsize()`, `a.nbytes()`, `a.strides()` |
//! | `a.dtype.name`, `a.dtype.str` | `a.dtype().name()`, `a.dtype().str()` |
//! | `a[i, j]` | `a[[i, j]]` (panics out of range), `a.get([i, j])` (returns `Option`) |
//! | `a[i]` (a row) | `a[i]`, a borrowed sub-array, for row-major arrays |
//! | `np.asarray(a, order='F')` | `a.to_order::<ColMajor>()` |
//! | `a.reshape(9, 1)` (no copy) | `a.reshape::<Shape2<9, 1>>()`, or let an annotation pick the shape |
//! | `a.T` (no copy) | `a.t()`: a `(A, B)` `RowMajor` array becomes a `(B, A)` `ColMajor` one |
//! | `np.arange(0, 10, 2)` | `arange!(0, 10, 2)` (an `Array1<i32, 5>`) |
//! | `np.linspace(0, 1, 10)` | `linspace!(0, 1, 10)` or `Array1::<f64, 10>::linspace(0.0, 1.0)` |
//! | `np.array([[1, 2], [3, 4]])` | `array![[1, 2], [3, 4]]` |
//! | `a.ravel(order='K')` | `a.as_slice()` |
//! | `np.array(list)` after appending | `Array1::<f64, N>::try_from(vec)` |
//! | `np.ndenumerate(a)` | `a.indexed_iter()` |
//! | `a + b`, `a * 2`, `a += b` | the same; shapes must match, or `b` must match `a`'s trailing axes |
//! | `a.sum()`, `a.max()`, `a.argmax()` | the same; `a.sum_axis::<1>()` for `a.sum(axis=1)` |
//! | `a @ b`, `np.dot(a, v)` | `a.matmul(&b)`, `a.dot(&v)` |
//! | `a.astype(np.float32)` | `a.cast::<f32>()` |
//! | `a < b` (a bool array) | `a.lt_elem(&b)` |
//!
//! # The type is the header
//!
//! ```
//! use shaped::{Array2, Array3, ColMajor};
//!
//! // image_canvas = np.zeros(shape=(1080, 1920, 3), dtype=np.uint8)
//! let canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();
//! assert_eq!(canvas.shape(), [1080, 1920, 3]);
//! assert_eq!(canvas.size(), 6_220_800);
//! assert_eq!(canvas.nbytes(), 6_220_800); // 5.93 MB, not 47.46 MB of float64
//!
//! // A 3x3 int64 matrix: 9 numbers in a row; step 24 bytes down, 8 across.
//! assert_eq!(Array2::<i64, 3, 3>::STRIDES, [24, 8]);
//! // The same in Fortran order: step 8 bytes down, 24 across.
//! assert_eq!(Array2::<i64, 3, 3, ColMajor>::STRIDES, [8, 24]);
//!
//! // Every fact is a constant, usable where Rust needs one.
//! static FRAME: [u8; Array3::<u8, 2, 4, 3>::NBYTES] = [0; 24];
//! assert_eq!(FRAME.len(), 24);
//! ```
//!
//! The type aliases [`Array1`] ... [`Array8`] name arrays of rank 1 to 8; the
//! last parameter is the memory order and defaults to [`RowMajor`] (NumPy's
//! `order='C'`). [`ColMajor`] is `order='F'`, the layout of Fortran, R,
//! MATLAB, BLAS and LAPACK.
//!
//! # One dtype per array
//!
//! The element type is one of NumPy's fixed-size dtypes: `bool`, `i8` ...
//! `i64`, `u8` ... `u64`, `f32`, `f64` (see [`Element`]). There is no object
//! fallback: where NumPy silently turns `np.array([1, 2, "Dog"])` into a slow
//! array of pointers, here such an array does not compile, and neither does
//! an array of any other Rust type (the set is closed, see [`Stored`]).
//!
//! ```
//! use shaped::{Array1, Element};
//! assert_eq!(Array1::<u8, 3>::DTYPE.str(), "|u1");
//! assert_eq!(f64::DTYPE.name(), "float64");
//! ```
//!
//! ```compile_fail
//! // error: `String` is not an array element type ... there is no object dtype
//! let names: shaped::Array1<String, 2> = shaped::Array1::from([String::new(), String::new()]);
//! ```
//!
//! # Building arrays
//!
//! `zeros`, `ones`, `full` and `eye` are `const fn`: tables for firmware are
//! built while compiling and live in flash as `static` items, without an
//! allocator.
//!
//! ```
//! use shaped::{Array1, Array2};
//!
//! static GAINS: Array1<f32, 8> = Array1::full(0.5);
//! const IDENTITY: Array2<f32, 4, 4> = Array2::eye();
//!
//! let ramp = Array2::<u16, 3, 4>::from_fn(|[i, j]| (i * 4 + j) as u16);
//! assert_eq!(ramp[[2, 3]], 11);
//! assert_eq!(GAINS[7] * IDENTITY[[3, 3]], 0.5);
//! ```
//!
//! Big arrays go straight to the heap with the `_boxed` twins
//! (`zeros_boxed`, `ones_boxed`, `full_boxed`, `from_fn_boxed`,
//! `uninit_boxed`, feature `alloc`): they never build the array on the stack
//! first, and `zeros_boxed` is one zeroed allocation whose untouched pages
//! cost nothing, like `np.zeros`.
//!
//! NumPy's `np.empty` hands out whatever bytes were there. Here
//! [`uninit`](Array::uninit) gives an array of [`MaybeUninit`](core::mem::MaybeUninit):
//! you write every element, then promise so with `unsafe { assume_init() }`.
//! No safe function ever shows uninitialised memory.
//!
//! ```
//! use shaped::Array2;
//! let mut a = Array2::<f64, 2, 2>::uninit();
//! for slot in a.as_mut_slice() {
//!     slot.write(4.34e-310); // whatever you like, but written
//! }
//! // SAFETY: every element was written above.
//! let a = unsafe { a.assume_init() };
//! assert_eq!(a[[1, 1]], 4.34e-310);
//! ```
//!
//! # Arrays never grow
//!
//! There is no `append`: NumPy's `np.append` in a loop copies the whole array
//! each time. Collect into a `Vec`, then convert once; a wrong length is an
//! error that names both lengths and hands the `Vec` back.
//!
//! ```
//! use shaped::Array1;
//! let mut values = Vec::new();
//! for i in 0..100 {
//!     values.push(i as f64);
//! }
//! let a = Array1::<f64, 100>::try_from(values).unwrap();
//! assert_eq!(a[99], 99.0);
//!
//! let err = Array1::<f64, 100>::try_from(vec![0.0; 99]).unwrap_err();
//! assert_eq!(err.to_string(), "an array of shape (100,) needs 100 elements, got 99");
//! ```
//!
//! # Memory order
//!
//! Logical indices are the same in both orders; only the memory differs.
//! `as_slice` and iteration follow memory, `to_order` copies into the other
//! layout with the same logical values.
//!
//! ```
//! use shaped::{Array2, ColMajor};
//! let c = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
//! let f = c.to_order::<ColMajor>();
//! assert_eq!(c.as_slice(), &[1, 2, 3, 4, 5, 6]);
//! assert_eq!(f.as_slice(), &[1, 4, 2, 5, 3, 6]);
//! assert_eq!(c[[1, 2]], f[[1, 2]]);
//! ```
//!
//! # Reshape and transpose move nothing
//!
//! NumPy rewrites the strides in the header; here the shape is the type, so
//! `reshape` and `t` return the same memory under a new type, in zero
//! instructions (`tests/codegen.rs` checks the optimised assembly).
//!
//! ```
//! use shaped::{Array1, Array2, ColMajor, Shape2};
//!
//! let a = Array1::<i32, 6>::arange(0, 1);
//! let m = a.reshape::<Shape2<2, 3>>(); // [[0, 1, 2], [3, 4, 5]]
//! let t: &Array2<i32, 3, 2, ColMajor> = m.t();
//! assert_eq!(t[[2, 1]], 5);
//! assert_eq!(t.as_slice().as_ptr(), a.as_slice().as_ptr());
//! ```
//!
//! # Arithmetic and reductions
//!
//! Operators work elementwise on arrays of the same shape, owned or
//! borrowed, with scalars on either side; a lower-rank right-hand array
//! broadcasts over the trailing axes, as in NumPy. Integers wrap on overflow
//! as NumPy's do (in debug builds too), and integer division by zero gives 0.
//! Float sums use NumPy's pairwise summation and match it bit for bit.
//! Every loop runs over the flat block with a length the compiler knows, so
//! small arrays unroll and large ones vectorise (`tests/codegen.rs`).
//!
//! ```
//! use shaped::{array, Array1, Array2};
//!
//! let m = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
//! let centred = &m - &array![2.5, 3.5, 4.5]; // subtract the column means
//! assert_eq!(centred.sum_axis::<0>(), Array1::zeros());
//! assert_eq!(m.max(), 6.0);
//! assert_eq!(m.argmax_index(), [1, 2]);
//!
//! let rot = array![[0.0, -1.0], [1.0, 0.0]];
//! let twice: Array2<f64, 2, 2> = rot.matmul(&rot); // (2, 2) @ (2, 2)
//! assert_eq!(twice, array![[-1.0, 0.0], [0.0, -1.0]]);
//! assert_eq!(array![200u8, 100].sum(), 300); // accumulated in u64, like NumPy
//! ```
//!
//! Size-1 axes stretch through an explicit view, NumPy's `np.broadcast_to`:
//! `broadcast_to::<S>()` borrows the array as shape `S` (stride 0 along each
//! stretched axis, nothing copied), and a view is an operand like an array.
//! A pair of shapes that does not broadcast fails to build, naming the axis.
//! For big arrays, the in-place forms write into an existing (boxed) array
//! with no temporary: `out.assign_zip_map(&b, &c, |b, c| b + s * c)` is
//! NumPy's `np.add(b, s * c, out=out)` in one pass.
//!
//! ```
//! use shaped::{array, Array2, Shape2};
//!
//! let col = array![[1], [2], [3]]; // shape (3, 1)
//! let row = array![[10, 20]]; // shape (1, 2)
//! // NumPy's col + row, the outer sum:
//! let table = col.broadcast_to::<Shape2<3, 2>>() + row.broadcast_to();
//! assert_eq!(table, array![[11, 21], [12, 22], [13, 23]]);
//! assert_eq!(col.broadcast_to::<Shape2<3, 2>>().strides(), [4, 0]);
//!
//! let mut out = Array2::<i32, 3, 2>::zeros();
//! out.assign_zip_map(&table, &table, |a, b| a * b);
//! assert_eq!(out[[2, 1]], 23 * 23);
//! ```
//!
//! # Printing
//!
//! `{}` prints what NumPy's `str(a)` prints and `{:?}` what `repr(a)` prints,
//! character for character: the same number formats (shortest digits, at most
//! 8 decimals, the switch to scientific notation), column alignment, wrapping
//! at 75 columns and `...` summaries above 1000 elements.
//!
//! ```
//! use shaped::{array, Array1};
//!
//! let a = array![[1.0, 2.5], [-3.0, 0.125]];
//! assert_eq!(a.to_string(), "[[ 1.     2.5  ]\n [-3.     0.125]]");
//! assert_eq!(format!("{:?}", array![1u8, 2, 3]), "array([1, 2, 3], dtype=uint8)");
//! assert_eq!(format!("{:?}", array![1e-5, 1.0]), "array([1.e-05, 1.e+00])");
//! let big = Array1::<i64, 2000>::arange(0, 1);
//! assert_eq!(format!("{big:?}"), "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))");
//! ```
//!
//! # Mistakes the compiler catches
//!
//! A shape whose element count or byte size overflows, a reshape to another
//! element count, or an element type that is not a dtype does not compile,
//! with a message that says so in words and numbers (`tests/ui/` pins each):
//!
//! ```text
//! error[E0080]: evaluation panicked: cannot reshape 9 elements (3, 3) into 8 elements (4, 2)
//! error[E0277]: `&str` is not an array element type
//! error[E0080]: evaluation panicked: the array shape (4611686018427387904,) of
//!               8-byte elements needs more than isize::MAX (9223372036854775807)
//!               bytes, the most a Rust value may occupy
//! ```
//!
//! # Features
//!
//! - `std` (default): implies `alloc`; float math (`sqrt`, `exp`, `ln`,
//!   `sin` ..., `logspace`, `geomspace`) from the platform's math library.
//! - `alloc`: the boxed constructors and conversions from `Vec`.
//! - `libm`: the same float math without `std`, from the pure-Rust
//!   [`libm`](https://docs.rs/libm) crate (musl's algorithms: exact for
//!   `sqrt`, `floor`, `ceil`, `round`, and possibly one ulp from glibc for
//!   `exp`, `ln`, `sin` and the other transcendental functions). Ignored when
//!   `std` is on.
//!
//! With `default-features = false` the library is `#![no_std]` and builds
//! for bare-metal targets such as `thumbv7em-none-eabihf`.
#![no_std]
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
/// dtype names that are not element types (`1usize`, `float64`).
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
/// known only at run time, name the length: `Array1::<T, N>::arange(start, step)`.
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

/// What the macros expand to. Not public API: no stability promise.
#[doc(hidden)]
pub mod __private {
    pub use shaped_core::slicing;
    pub use shaped_core::{
        Array, Array1, Array2, Array3, Array4, Array5, Array6, Array7, Array8, Shape1, Shape2,
        Shape3, Shape4, Shape5, Shape6, Shape7, Shape8,
    };

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
