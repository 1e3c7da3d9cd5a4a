//! `tile` and `repeat` (NumPy's `np.tile`, `np.repeat(a, r, axis=K)`):
//! the repetitions are read off the result's type, which the caller
//! writes (as for `concat`: stable Rust cannot multiply a length in a
//! type), and checked while compiling, with the numbers in the message.

use core::marker::PhantomData;

#[cfg(feature = "alloc")]
use alloc::boxed::Box;

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::element::Stored;
use crate::kinds::every_kind;
use crate::raw::Strides;
use crate::shape::{Axis, HasAxis, Shape};
use crate::stack_limit::{FitsOnStackOr, TileBoxed};
use crate::views::ArrayView;

/// Each element of `v` tiled into `S3`, by its index there.
fn tiled<'a, T: Copy + Stored, S: Shape, L: Strides + 'a, S3: Shape>(
    v: ArrayView<'a, T, S, L>,
) -> impl FnMut(S3::Index) -> T + 'a {
    let lead = S3::NDIM - S::NDIM;
    let mut from = S::Index::default();
    move |out: S3::Index| {
        for (k, (f, &d)) in from.as_mut().iter_mut().zip(S::DIMS).enumerate() {
            *f = out.as_ref()[lead + k] % d;
        }
        v[from]
    }
}

/// Each element of `v` repeated along axis `K` into `S3`, by its index
/// there.
fn repeated<'a, T: Copy + Stored, S: Shape, L: Strides + 'a, S3: Shape, const K: usize>(
    v: ArrayView<'a, T, S, L>,
) -> impl FnMut(S3::Index) -> T + 'a {
    // An empty axis has no position to repeat: any count will do.
    let reps = S3::DIMS[K].checked_div(S::DIMS[K]).unwrap_or(1);
    let mut from = S::Index::default();
    move |out: S3::Index| {
        from.as_mut().copy_from_slice(out.as_ref());
        from.as_mut()[K] /= reps;
        v[from]
    }
}

/// `S` tiled makes `S3`: `S3` has at least `S`'s axes; on `S`'s axes (the
/// trailing ones of `S3`) each length of `S3` is a whole multiple of `S`'s.
struct Tiles<S, S3>(PhantomData<(S, S3)>);

impl<S: Shape, S3: Shape> Tiles<S, S3> {
    const fn what() -> Msg {
        Msg::new()
            .str("cannot tile ")
            .shape(S::DIMS)
            .str(" into ")
            .shape(S3::DIMS)
    }

    const OK: () = {
        let what = Self::what;
        if S3::NDIM < S::NDIM {
            what()
                .str(": the result needs at least as many axes")
                .raise()
        }
        let lead = S3::NDIM - S::NDIM;
        let mut k = 0;
        while k < S::NDIM {
            let (d, out) = (S::DIMS[k], S3::DIMS[lead + k]);
            if (d == 0 && out != 0) || (d != 0 && out % d != 0) {
                what()
                    .str(": axis ")
                    .num(lead + k)
                    .str(" has length ")
                    .num(out)
                    .str(", which is not a multiple of ")
                    .num(d)
                    .raise()
            }
            k += 1;
        }
    };
}

/// `S` with each position along `AXIS` repeated makes `S3`: the same
/// lengths, but along `AXIS` a whole multiple of `S`'s.
struct Repeats<S, S3, const AXIS: usize>(PhantomData<(S, S3)>);

impl<S: Shape, S3: Shape, const AXIS: usize> Repeats<S, S3, AXIS> {
    const fn what() -> Msg {
        Msg::new()
            .str("cannot repeat ")
            .shape(S::DIMS)
            .str(" along axis ")
            .num(AXIS)
            .str(" into ")
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
            let (d, out) = (S::DIMS[k], S3::DIMS[k]);
            if k != AXIS && d != out {
                what()
                    .str(": axis ")
                    .num(k)
                    .str(" must keep its length ")
                    .num(d)
                    .raise()
            }
            if k == AXIS && ((d == 0 && out != 0) || (d != 0 && out % d != 0)) {
                what()
                    .str(": ")
                    .num(out)
                    .str(" is not a multiple of ")
                    .num(d)
                    .raise()
            }
            k += 1;
        }
    };
}

every_kind! { [Copy + Stored]
    /// The array repeated to fill the shape the caller writes, NumPy's
    /// `np.tile(a, reps)`: `reps` is the result's length over the array's
    /// on each axis, and result axes in front of the array's repeat it
    /// whole (NumPy's `reps` longer than the rank). A result length that is
    /// not a whole multiple fails to build, with the numbers.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array1::<i32, 3>::from([1, 2, 3]);
    /// let row: Array1<i32, 6> = a.tile(); // np.tile(a, 2)
    /// assert_eq!(row.as_slice(), &[1, 2, 3, 1, 2, 3]);
    /// let grid: Array2<i32, 2, 6> = a.tile(); // np.tile(a, (2, 2))
    /// assert_eq!(grid.as_slice(), &[1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]);
    /// ```
    pub fn tile<S3: Shape>(&self) -> Array<T, S3, O> {
        // Checked here so that a wrong shape, or one too big for the stack,
        // is reported at the caller's line.
        let () = Tiles::<S, S3>::OK;
        let () = FitsOnStackOr::<T, S3, TileBoxed>::OK;
        Array::from_fn_by_value(tiled::<T, S, _, S3>(self.view()))
    }

    /// [`tile`](Self::tile) into a new heap allocation, for results too
    /// big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array3};
    /// let rgb = Array1::<u8, 3>::from([255, 128, 0]);
    /// let canvas: Box<Array3<u8, 1080, 1920, 3>> = rgb.tile_boxed();
    /// assert_eq!(canvas[[1079, 1919, 1]], 128);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn tile_boxed<S3: Shape>(&self) -> Box<Array<T, S3, O>> {
        // Checked here so that a wrong shape is reported at the caller's line.
        let () = Tiles::<S, S3>::OK;
        Array::from_fn_boxed(tiled::<T, S, _, S3>(self.view()))
    }

    /// Each position along axis `K` repeated in place to fill the shape the
    /// caller writes, NumPy's `np.repeat(a, reps, axis=K)`: `reps` is the
    /// result's length along `K` over the array's. A result that changes
    /// another axis, or whose length is not a whole multiple, fails to
    /// build, with the numbers.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let a = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
    /// let wide: Array2<i32, 2, 6> = a.repeat(Axis::<1>); // np.repeat(a, 3, axis=1)
    /// assert_eq!(wide, Array2::from([[1, 1, 1, 2, 2, 2], [3, 3, 3, 4, 4, 4]]));
    /// let tall: Array2<i32, 4, 2> = a.repeat(Axis::<0>);
    /// assert_eq!(tall, Array2::from([[1, 2], [1, 2], [3, 4], [3, 4]]));
    /// ```
    pub fn repeat<const K: usize, S3: Shape>(&self, axis: Axis<K>) -> Array<T, S3, O>
    where
        S: HasAxis<K>,
    {
        // Checked here so that a wrong shape, or one too big for the stack,
        // is reported at the caller's line.
        let ((), _) = (Repeats::<S, S3, K>::OK, axis);
        let () = FitsOnStackOr::<T, S3, TileBoxed>::OK;
        Array::from_fn_by_value(repeated::<T, S, _, S3, K>(self.view()))
    }

    /// [`repeat`](Self::repeat) into a new heap allocation, for results
    /// too big for the stack (feature `alloc`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Axis};
    /// let small = Array2::<f32, 270, 480>::full_boxed(0.5);
    /// let tall: Box<Array2<f32, 1080, 480>> = small.repeat_boxed(Axis::<0>);
    /// assert_eq!(tall[[1079, 479]], 0.5);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn repeat_boxed<const K: usize, S3: Shape>(&self, axis: Axis<K>) -> Box<Array<T, S3, O>>
    where
        S: HasAxis<K>,
    {
        // Checked here so that a wrong shape is reported at the caller's line.
        let ((), _) = (Repeats::<S, S3, K>::OK, axis);
        Array::from_fn_boxed(repeated::<T, S, _, S3, K>(self.view()))
    }
}
