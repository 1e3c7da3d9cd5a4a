//! Joining and splitting: which shapes concatenate, stack and split into
//! which. Stable Rust cannot add two dimensions in a type, so the result's
//! shape comes from the caller's annotation; these guards check it while
//! compiling, with the numbers in the message.

use core::marker::PhantomData;

use crate::const_fmt::Msg;

use super::Shape;

/// `S` and `S2` concatenated along `AXIS` make `S3` (NumPy's
/// `np.concatenate`): the same rank, equal lengths on every other axis, and
/// the lengths along `AXIS` adding up. With `SPLIT`, the same relation read
/// the other way (`np.split` of `S3` into `S` and `S2`), worded so.
pub(crate) struct Concat<S, S2, S3, const AXIS: usize, const SPLIT: bool = false>(
    PhantomData<(S, S2, S3)>,
);

impl<S: Shape, S2: Shape, S3: Shape, const AXIS: usize, const SPLIT: bool>
    Concat<S, S2, S3, AXIS, SPLIT>
{
    const fn what() -> Msg {
        if SPLIT {
            Msg::new()
                .str("cannot split ")
                .shape(S3::DIMS)
                .str(" along axis ")
                .num(AXIS)
                .str(" into ")
                .shape(S::DIMS)
                .str(" and ")
                .shape(S2::DIMS)
                .str(": ")
        } else {
            Msg::new()
                .str("cannot concatenate ")
                .shape(S::DIMS)
                .str(" and ")
                .shape(S2::DIMS)
                .str(" along axis ")
                .num(AXIS)
                .str(" into ")
                .shape(S3::DIMS)
                .str(": ")
        }
    }

    pub(crate) const OK: () = {
        let what = Self::what;
        if S::NDIM != S2::NDIM || S::NDIM != S3::NDIM {
            what()
                .str("all three must have the same number of axes")
                .raise()
        }
        if AXIS >= S::NDIM {
            what()
                .str("there is no axis ")
                .num(AXIS)
                .str(" in a ")
                .num(S::NDIM)
                .str("-axis array")
                .raise()
        }
        let mut k = 0;
        while k < S::NDIM {
            if k == AXIS {
                if S::DIMS[k] + S2::DIMS[k] != S3::DIMS[k] {
                    if SPLIT {
                        what()
                            .str("the parts' lengths along axis ")
                            .num(AXIS)
                            .str(" add up to ")
                            .num(S::DIMS[k] + S2::DIMS[k])
                            .str(", not ")
                            .num(S3::DIMS[k])
                            .raise()
                    }
                    what()
                        .str("axis ")
                        .num(AXIS)
                        .str(" would have length ")
                        .num(S::DIMS[k] + S2::DIMS[k])
                        .raise()
                }
            } else if S::DIMS[k] != S2::DIMS[k] || S::DIMS[k] != S3::DIMS[k] {
                what()
                    .str("axis ")
                    .num(k)
                    .str(" must have the same length in all three")
                    .raise()
            }
            k += 1;
        }
    };
}

/// `N` arrays of shape `S` stacked along a new axis `AXIS` make `S3`
/// (NumPy's `np.stack`).
pub(crate) struct Stack<S, S3, const N: usize, const AXIS: usize>(PhantomData<(S, S3)>);

impl<S: Shape, S3: Shape, const N: usize, const AXIS: usize> Stack<S, S3, N, AXIS> {
    const fn what() -> Msg {
        Msg::new()
            .str("cannot stack ")
            .num(N)
            .str(" arrays of shape ")
            .shape(S::DIMS)
            .str(" along a new axis ")
            .num(AXIS)
            .str(" into ")
            .shape(S3::DIMS)
            .str(": ")
    }

    pub(crate) const OK: () = {
        let what = Self::what;
        if S3::NDIM != S::NDIM + 1 {
            what()
                .str("the result has one axis more than each array")
                .raise()
        }
        if AXIS > S::NDIM {
            what()
                .str("the new axis can be at most ")
                .num(S::NDIM)
                .raise()
        }
        if S3::DIMS[AXIS] != N {
            what()
                .str("axis ")
                .num(AXIS)
                .str(" would have length ")
                .num(N)
                .raise()
        }
        let mut k = 0;
        while k < S::NDIM {
            let k3 = if k < AXIS { k } else { k + 1 };
            if S::DIMS[k] != S3::DIMS[k3] {
                what().str("the other axes must be the arrays' own").raise()
            }
            k += 1;
        }
    };
}
