//! `pad` (NumPy's `np.pad(a, (BEFORE, AFTER), mode)`): every axis
//! widened by `BEFORE` elements in front and `AFTER` behind, filled as the
//! mode says. The widths are constants, the result's shape is the one the
//! caller writes (stable Rust cannot add lengths in a type), checked while
//! compiling.
//!
//! Each mode maps a position of the result back to one of the array along
//! each axis on its own, so a corner takes the value NumPy's axis-by-axis
//! padding gives it; widths beyond the axis's length go on periodically, as
//! NumPy's do (`reflect` with period `2(n - 1)`, `symmetric` `2n`, `wrap`
//! `n`).

use core::marker::PhantomData;

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::element::Stored;
use crate::kinds::every_kind;
use crate::raw::Strides;
use crate::shape::Shape;
use crate::stack_limit::{FitsOnStackOr, PadBoxed};
use crate::views::ArrayView;

/// How [`pad`](crate::Array::pad) fills the new elements: NumPy's `mode`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, PadMode};
/// let a = Array1::<i32, 3>::from([1, 2, 3]);
/// let padded = |mode| -> Array1<i32, 7> { a.pad::<2, 2, _>(mode) };
/// assert_eq!(padded(PadMode::Constant(0)).as_slice(), &[0, 0, 1, 2, 3, 0, 0]);
/// assert_eq!(padded(PadMode::Edge).as_slice(), &[1, 1, 1, 2, 3, 3, 3]);
/// assert_eq!(padded(PadMode::Reflect).as_slice(), &[3, 2, 1, 2, 3, 2, 1]);
/// assert_eq!(padded(PadMode::Symmetric).as_slice(), &[2, 1, 1, 2, 3, 3, 2]);
/// assert_eq!(padded(PadMode::Wrap).as_slice(), &[2, 3, 1, 2, 3, 1, 2]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PadMode<T> {
    /// Every new element is this value (NumPy's `'constant'`, with
    /// `constant_values`).
    Constant(T),
    /// The edge element repeated (`'edge'`).
    Edge,
    /// The array mirrored about its edge element, which is not repeated
    /// (`'reflect'`): `[1, 2, 3]` goes on `2, 1, 2, 3 ...`.
    Reflect,
    /// The array mirrored with its edge element repeated
    /// (`'symmetric'`): `[1, 2, 3]` goes on `3, 3, 2, 1, 1 ...`.
    Symmetric,
    /// The array repeated from its other end (`'wrap'`).
    Wrap,
}

/// `S` padded by `BEFORE` and `AFTER` on every axis makes `S3`.
struct Pads<S, S3, const BEFORE: usize, const AFTER: usize>(PhantomData<(S, S3)>);

impl<S: Shape, S3: Shape, const BEFORE: usize, const AFTER: usize> Pads<S, S3, BEFORE, AFTER> {
    const fn what() -> Msg {
        Msg::new()
            .str("cannot pad ")
            .shape(S::DIMS)
            .str(" by ")
            .num(BEFORE)
            .str(" before and ")
            .num(AFTER)
            .str(" after into ")
            .shape(S3::DIMS)
    }

    const OK: () = {
        let what = Self::what;
        if S3::NDIM != S::NDIM {
            what()
                .str(": the result needs the same number of axes")
                .raise()
        }
        let mut k = 0;
        while k < S::NDIM {
            if S::DIMS[k] + BEFORE + AFTER != S3::DIMS[k] {
                what()
                    .str(": axis ")
                    .num(k)
                    .str(" would have length ")
                    .num(S::DIMS[k] + BEFORE + AFTER)
                    .raise()
            }
            k += 1;
        }
    };
}

/// The position along an axis of length `n` that position `p` of the
/// padded axis takes its value from, or `None` for a constant.
fn source<T>(mode: &PadMode<T>, p: usize, before: usize, n: usize) -> Option<usize> {
    if (before..before + n).contains(&p) {
        return Some(p - before);
    }
    // Signed distance from the array's first element.
    let i = p as isize - before as isize;
    let n_signed = n as isize;
    match mode {
        PadMode::Constant(_) => None,
        _ if n == 0 => {
            panic!("cannot pad an empty axis except with PadMode::Constant, as NumPy's np.pad")
        }
        PadMode::Edge => Some(if i < 0 { 0 } else { n - 1 }),
        PadMode::Wrap => Some(i.rem_euclid(n_signed) as usize),
        PadMode::Symmetric => {
            let q = i.rem_euclid(2 * n_signed);
            Some(if q < n_signed {
                q
            } else {
                2 * n_signed - 1 - q
            } as usize)
        }
        PadMode::Reflect if n == 1 => Some(0),
        PadMode::Reflect => {
            let period = 2 * (n_signed - 1);
            let q = i.rem_euclid(period);
            Some(if q < n_signed { q } else { period - q } as usize)
        }
    }
}

/// Each element of `v` padded into `S3` with `BEFORE` in front, by its
/// index there.
fn padded<'a, T: Copy + Stored, S: Shape, L: Strides + 'a, S3: Shape, const BEFORE: usize>(
    v: ArrayView<'a, T, S, L>,
    mode: PadMode<T>,
) -> impl FnMut(S3::Index) -> T + 'a {
    let mut from = S::Index::default();
    move |out: S3::Index| {
        for (k, f) in from.as_mut().iter_mut().enumerate() {
            match source(&mode, out.as_ref()[k], BEFORE, S::DIMS[k]) {
                Some(i) => *f = i,
                None => match mode {
                    PadMode::Constant(value) => return value,
                    _ => unreachable!("only a constant leaves a position unmapped"),
                },
            }
        }
        v[from]
    }
}

every_kind! { [Copy + Stored]
    /// The array with `BEFORE` new elements in front of and `AFTER` behind
    /// it on every axis, NumPy's `np.pad(a, (BEFORE, AFTER), mode)`; see
    /// [`PadMode`] for what fills them. The result's shape is the one the
    /// caller writes (`_` lets the annotation say it), checked while
    /// compiling: each axis `BEFORE + AFTER` longer.
    ///
    /// An empty axis can only be padded with a constant (NumPy raises too);
    /// other modes panic there.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, PadMode};
    /// let a = Array2::<u8, 2, 2>::from([[1, 2], [3, 4]]);
    /// let framed: Array2<u8, 4, 4> = a.pad::<1, 1, _>(PadMode::Constant(0));
    /// assert_eq!(framed.as_slice(), &[0, 0, 0, 0, 0, 1, 2, 0, 0, 3, 4, 0, 0, 0, 0, 0]);
    /// let edge: Array2<u8, 3, 3> = a.pad::<0, 1, _>(PadMode::Edge);
    /// assert_eq!(edge, Array2::from([[1, 2, 2], [3, 4, 4], [3, 4, 4]]));
    /// ```
    pub fn pad<const BEFORE: usize, const AFTER: usize, S3: Shape>(
        &self,
        mode: PadMode<T>,
    ) -> Array<T, S3, O> {
        // Checked here so that a wrong shape, or one too big for the stack,
        // is reported at the caller's line.
        let () = Pads::<S, S3, BEFORE, AFTER>::OK;
        let () = FitsOnStackOr::<T, S3, PadBoxed>::OK;
        Array::from_fn_by_value(padded::<T, S, _, S3, BEFORE>(self.view(), mode))
    }

    /// [`pad`](Self::pad) into a new heap allocation, for results too big
    /// for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array3, PadMode};
    /// let canvas = Array3::<u8, 1080, 1920, 3>::full_boxed(9);
    /// let framed: Box<Array3<u8, 1082, 1922, 5>> = canvas.pad_boxed::<1, 1, _>(PadMode::Edge);
    /// assert_eq!(framed[[0, 0, 0]], 9);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn pad_boxed<const BEFORE: usize, const AFTER: usize, S3: Shape>(
        &self,
        mode: PadMode<T>,
    ) -> Box<Array<T, S3, O>> {
        // Checked here so that a wrong shape is reported at the caller's line.
        let () = Pads::<S, S3, BEFORE, AFTER>::OK;
        Array::from_fn_boxed(padded::<T, S, _, S3, BEFORE>(self.view(), mode))
    }
}
