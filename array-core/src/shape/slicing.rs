//! Slicing: the entries of `s![...]` as types, and the view they make of a
//! shape, checked while compiling.
//!
//! `s![1..3, .., 0]` becomes the type-level list `SCons<Range<2, 1, 3, 1>,
//! SCons<Full, SCons<Index<0>, SNil>>>`. Applied to the dimensions of an
//! array ([`SliceOf`]), each entry keeps its axis with a length (`Range`:
//! the `LEN` the macro computed, or one the caller's annotation gives),
//! keeps it whole (`Full`: the parent's own length), or drops it (`Index`).
//! [`Slicing`] then checks every bound against the parent's lengths, with
//! the numbers in the message, and computes where the view starts and how
//! far each of its axes steps, all as constants.
//!
//! Bounds count from the end when negative, as NumPy's do. A negative step
//! walks the same range backwards (ndarray's rule): `0..6;-2` is 5, 3, 1,
//! where NumPy's `a[0:6:-2]` would be empty; NumPy's `a[::-2]` is `..;-2`.

use core::marker::PhantomData;

use crate::const_fmt::Msg;

use super::MAX_RANK;
use super::{DCons, DimList, Shape, ToShape};

/// Seals the slicing traits: the unsafe view code trusts their constants,
/// so only the types here implement them.
mod sealed {
    pub trait Sealed {}
}

/// The stop of an open range (`a..`): the length of the axis.
#[doc(hidden)]
pub const OPEN: isize = isize::MAX;

/// `START..STOP;STEP` of `s![...]`, keeping the axis with `LEN` elements.
#[doc(hidden)]
pub struct Range<const LEN: usize, const START: isize, const STOP: isize, const STEP: isize>;

/// `..` of `s![...]`: the whole axis.
#[doc(hidden)]
pub struct Full;

/// An integer of `s![...]`: one position, and the axis dropped.
#[doc(hidden)]
pub struct Index<const I: isize>;

/// One entry of `s![...]`, as constants.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum Entry {
    /// `start..stop;step` with `len` elements (`stop` may be [`OPEN`]).
    Range {
        len: usize,
        start: isize,
        stop: isize,
        step: isize,
    },
    /// `..`
    Full,
    /// An integer.
    Index(isize),
}

/// An entry type and what it makes of one dimension; internal.
#[doc(hidden)]
pub trait SliceEntry: sealed::Sealed {
    /// The entry as constants.
    const ENTRY: Entry;
    /// The dimensions of the view: this entry's, if it keeps the axis,
    /// before those of the following entries.
    type Out<const D: usize, Rest: DimList>: DimList;
}

impl<const LEN: usize, const START: isize, const STOP: isize, const STEP: isize> sealed::Sealed
    for Range<LEN, START, STOP, STEP>
{
}
impl sealed::Sealed for Full {}
impl<const I: isize> sealed::Sealed for Index<I> {}
impl sealed::Sealed for SNil {}
impl<E, Rest> sealed::Sealed for SCons<E, Rest> {}

impl<const LEN: usize, const START: isize, const STOP: isize, const STEP: isize> SliceEntry
    for Range<LEN, START, STOP, STEP>
{
    const ENTRY: Entry = Entry::Range {
        len: LEN,
        start: START,
        stop: STOP,
        step: STEP,
    };
    type Out<const D: usize, Rest: DimList> = DCons<LEN, Rest>;
}

impl SliceEntry for Full {
    const ENTRY: Entry = Entry::Full;
    type Out<const D: usize, Rest: DimList> = DCons<D, Rest>;
}

impl<const I: isize> SliceEntry for Index<I> {
    const ENTRY: Entry = Entry::Index(I);
    type Out<const D: usize, Rest: DimList> = Rest;
}

/// The end of the entries of `s![...]`.
#[doc(hidden)]
pub struct SNil;

/// Entry `E` followed by the entries `Rest`: the value `s![...]` makes.
#[doc(hidden)]
pub struct SCons<E, Rest>(PhantomData<(E, Rest)>);

impl<E, Rest> SCons<E, Rest> {
    /// The value; `s!` expands to it.
    pub const NEW: Self = SCons(PhantomData);
}

impl<E, Rest> Clone for SCons<E, Rest> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E, Rest> Copy for SCons<E, Rest> {}

/// The entries of a slice as constants; internal.
#[doc(hidden)]
pub trait SliceEntries: sealed::Sealed {
    /// How many entries.
    const COUNT: usize;
    /// The entries, then `Full` up to [`MAX_RANK`].
    const ENTRIES: [Entry; MAX_RANK];
}

impl SliceEntries for SNil {
    const COUNT: usize = 0;
    const ENTRIES: [Entry; MAX_RANK] = [Entry::Full; MAX_RANK];
}

impl<E: SliceEntry, Rest: SliceEntries> SliceEntries for SCons<E, Rest> {
    const COUNT: usize = 1 + Rest::COUNT;
    const ENTRIES: [Entry; MAX_RANK] = {
        let mut out = [Entry::Full; MAX_RANK];
        out[0] = E::ENTRY;
        let mut k = 1;
        while k < MAX_RANK {
            out[k] = Rest::ENTRIES[k - 1];
            k += 1;
        }
        out
    };
}

/// Slices that fit the dimensions `Dims`: at most one entry per axis. The
/// axes after the last entry are kept whole, as in NumPy.
#[diagnostic::on_unimplemented(
    message = "this slice has more entries than the array has axes",
    label = "one entry too many for these axes",
    note = "`s![...]` takes at most one entry per axis; the axes after the last entry are kept whole"
)]
pub trait SliceOf<Dims: DimList>: SliceEntries {
    /// The dimensions of the view.
    type Out: DimList;
}

impl<Dims: DimList> SliceOf<Dims> for SNil {
    type Out = Dims;
}

impl<const D: usize, Dims: DimList, E: SliceEntry, Rest: SliceOf<Dims>> SliceOf<DCons<D, Dims>>
    for SCons<E, Rest>
{
    type Out = E::Out<D, Rest::Out>;
}

/// Slices of shape `S` and the shape of the view they make: at most one
/// entry per axis, keeping at least one axis.
#[diagnostic::on_unimplemented(
    message = "this slice does not fit an array of shape `{S}`",
    label = "too many entries, or none that keeps an axis",
    note = "`s![...]` takes at most one entry per axis (the axes after the last entry are kept whole) and must keep at least one axis: select a single element with `a[[i, j, ...]]`"
)]
pub trait SliceArg<S: Shape>: SliceOf<S::Dims> {
    /// The shape of the view.
    type Shape: Shape;
}

impl<S: Shape, Sp: SliceOf<S::Dims>> SliceArg<S> for Sp
where
    Sp::Out: ToShape,
{
    type Shape = <Sp::Out as ToShape>::Shape;
}

/// How one axis of the parent is sliced: where it starts, how far it steps,
/// and whether it stays.
#[derive(Clone, Copy)]
pub(crate) struct Axis {
    pub(crate) first: isize,
    pub(crate) step: isize,
    pub(crate) keep: bool,
}

/// Slice `Sp` of a parent of shape `P`: each axis's first position and
/// step, checked against the parent's lengths (the steps in memory are the
/// layout's, `raw::layouts`).
pub(crate) struct Slicing<P, Sp>(PhantomData<(P, Sp)>);

impl<P: Shape, Sp: SliceEntries> Slicing<P, Sp> {
    /// Each parent axis as sliced; fails the build with the numbers when a
    /// bound is out of range or a length disagrees with the view's type.
    pub(crate) const AXES: [Axis; MAX_RANK] = {
        let mut out = [Axis {
            first: 0,
            step: 1,
            keep: true,
        }; MAX_RANK];
        let mut k = 0;
        while k < P::NDIM {
            let len = P::DIMS[k];
            let d = len as isize;
            out[k] = match Sp::ENTRIES[k] {
                Entry::Full => Axis {
                    first: 0,
                    step: 1,
                    keep: true,
                },
                Entry::Index(i) => {
                    let at = if i < 0 { i + d } else { i };
                    if at < 0 || at >= d {
                        Msg::new()
                            .str("index ")
                            .int(i)
                            .str(" is out of bounds for axis ")
                            .num(k)
                            .str(" of length ")
                            .num(len)
                            .raise()
                    }
                    Axis {
                        first: at,
                        step: 0,
                        keep: false,
                    }
                }
                Entry::Range {
                    len: view_len,
                    start,
                    stop,
                    step,
                } => {
                    let s = if start < 0 { start + d } else { start };
                    let e = if stop == OPEN {
                        d
                    } else if stop < 0 {
                        stop + d
                    } else {
                        stop
                    };
                    if s < 0 || e > d || s > e {
                        range(start, stop, step)
                            .str(if s > e && s >= 0 && e <= d {
                                " ends before it starts, on axis "
                            } else {
                                " is out of bounds for axis "
                            })
                            .num(k)
                            .str(" of length ")
                            .num(len)
                            .raise()
                    }
                    // Python's slices take `-isize::MAX` for `isize::MIN`
                    // (`PySlice_Unpack`), so NumPy's views do too.
                    let step = if step == isize::MIN {
                        -isize::MAX
                    } else {
                        step
                    };
                    let count = ((e - s) as usize).div_ceil(step.unsigned_abs());
                    if count != view_len {
                        range(start, stop, step)
                            .str(" of axis ")
                            .num(k)
                            .str(" (length ")
                            .num(len)
                            .str(") has ")
                            .num(count)
                            .str(" elements, but the view's type says ")
                            .num(view_len)
                            .raise()
                    }
                    // A negative step starts at the back of the range.
                    let first = if step < 0 && count > 0 { e - 1 } else { s };
                    Axis {
                        first,
                        step,
                        keep: true,
                    }
                }
            };
            k += 1;
        }
        out
    };

    /// Forces the checks of [`AXES`](Self::AXES); the public slicing
    /// methods evaluate it first, so that an error is reported at the
    /// caller's line.
    pub(crate) const CHECK: () = {
        let _ = Self::AXES;
    };
}

/// The range as `s![...]` writes it: `2..7`, `..7`, `-2..`, `..;2`.
const fn range(start: isize, stop: isize, step: isize) -> Msg {
    let mut msg = Msg::new().str("slice ");
    if start != 0 {
        msg = msg.int(start);
    }
    msg = msg.str("..");
    if stop != OPEN {
        msg = msg.int(stop);
    }
    if step != 1 {
        msg = msg.str(";").int(step);
    }
    msg
}

/// The steps of slice `Sp` of a parent of shape `P` with steps `PL`.
#[doc(hidden)]
pub struct Sliced<P, PL, Sp>(PhantomData<(P, PL, Sp)>);
