//! The extremes: `max`, `min`, `argmax`, `argmin` (whole, as an index, and
//! along an axis), and `any`/`all`.

use crate::array::Array;
use crate::element::{Element, Stored};
use crate::kinds::every_kind;
use crate::order::Order;
use crate::raw::Strides;
use crate::raw::unravel;
use crate::shape::{NonEmpty, NonEmptyLanes, RemoveAxis, Shape};
use crate::views::ArrayView;

use super::{axis_blocks, fold_rows, is_inner_axis, lane_index, step};

impl<'a, T: Element, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// `(C-order position, value)` of the maximum or minimum.
    fn pick(&self, max: bool) -> (usize, T) {
        let () = NonEmpty::<S>::OK;
        let mut best: Option<(usize, T)> = None;
        let mut position = 0;
        self.for_each_c(|&value| {
            best = Some(match best {
                None => (0, value),
                Some(best) => step(best, (position, value), max),
            });
            position += 1;
        });
        best.unwrap_or((0, T::ZERO))
    }

    /// The lane along `AXIS` through output index `out`, as values.
    pub(super) fn lane_values<'s, const AXIS: usize>(
        &'s self,
        out: &'s [usize],
    ) -> impl Iterator<Item = T> + 's
    where
        S: RemoveAxis<AXIS>,
    {
        (0..S::DIMS[AXIS]).map(move |k| {
            let index = lane_index::<S, AXIS>(out, k);
            self.at(index.as_ref()).copied().unwrap_or(T::ZERO)
        })
    }

    /// `pick((position in the lane, value))` of the maximum or minimum of
    /// each lane along `AXIS`, into an array in order `O`.
    fn pick_axis<const AXIS: usize, U: Stored, O: Order>(
        &self,
        max: bool,
        pick: impl Fn((usize, T)) -> U,
    ) -> Array<U, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        let () = NonEmptyLanes::<S, AXIS>::OK;
        if let Some(memory) = self.contiguous_in::<O>() {
            return pick_in_memory::<T, S, U, O, AXIS>(memory, max, pick);
        }
        Array::from_fn(|i: <<S as RemoveAxis<AXIS>>::Output as Shape>::Index| {
            let mut lane = self.lane_values::<AXIS>(i.as_ref()).enumerate();
            let first = lane.next().unwrap_or((0, T::ZERO));
            pick(lane.fold(first, |best, next| step(best, next, max)))
        })
    }
}

/// `pick_axis` over the memory of a contiguous array in order `O`: lanes
/// along the fast axis one after another, along a slow axis row by row
/// (the same steps in the same lane order, so the same result).
fn pick_in_memory<T: Element, S, U: Stored, O: Order, const AXIS: usize>(
    memory: &[T],
    max: bool,
    pick: impl Fn((usize, T)) -> U,
) -> Array<U, <S as RemoveAxis<AXIS>>::Output, O>
where
    S: RemoveAxis<AXIS>,
{
    let (_, len, inner) = axis_blocks::<S, O>(AXIS);
    if is_inner_axis::<S, O>(AXIS) {
        return Array::from_flat_fn(|i| {
            let lane = &memory[i * len..(i + 1) * len];
            let first = (0, lane[0]);
            let best = lane
                .iter()
                .enumerate()
                .skip(1)
                .fold(first, |best, (k, &x)| step(best, (k, x), max));
            pick(best)
        });
    }
    crate::raw::dispatch::widest(
        S::SIZE,
        #[inline(always)]
        || pick_rows(memory, (len, inner), max, pick),
    )
}

/// The slow-axis case of [`pick_in_memory`], inlined into the vector copy
/// `dispatch::widest` compiles.
#[inline(always)]
fn pick_rows<T: Element, S2: Shape, U: Stored, O: Order>(
    memory: &[T],
    (len, inner): (usize, usize),
    max: bool,
    pick: impl Fn((usize, T)) -> U,
) -> Array<U, S2, O> {
    let mut values = Array::<T, S2, O>::from_flat_fn(|_| T::ZERO);
    let mut positions = Array::<usize, S2, O>::from_flat_fn(|_| 0);
    let positions_flat = positions.as_mut_slice();
    fold_rows(
        memory,
        values.as_mut_slice(),
        (len, inner),
        |_, best, row| best.copy_from_slice(row),
        |o, k, best, row| {
            let at = &mut positions_flat[o * inner..(o + 1) * inner];
            for ((b, p), &x) in best.iter_mut().zip(at).zip(row) {
                (*p, *b) = step((*p, *b), (k, x), max);
            }
        },
    );
    let (values, positions) = (values.as_slice(), positions.as_slice());
    Array::from_flat_fn(|i| pick((positions[i], values[i])))
}

every_kind! { [Element]
    /// Whether any element is non-zero (`true` for `bool`), NumPy's `any`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert!(Array1::<bool, 3>::from([false, true, false]).any());
    /// assert!(!Array1::<f32, 2>::zeros().any());
    /// ```
    pub fn any(&self) -> bool {
        let mut any = false;
        self.view().for_each(|&x| any |= x != T::ZERO);
        any
    }

    /// Whether every element is non-zero, NumPy's `all` (`true` when empty).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert!(Array1::<u8, 3>::from([1, 2, 3]).all());
    /// assert!(!Array1::<bool, 2>::from([true, false]).all());
    /// ```
    pub fn all(&self) -> bool {
        let mut all = true;
        self.view().for_each(|&x| all &= x != T::ZERO);
        all
    }

    /// The largest element, NumPy's `max`; NaN if any element is NaN. Of
    /// equal values the last counts, as in NumPy (`max` of `[0.0, -0.0]`
    /// is `-0.0`). An empty shape does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<i16, 2, 2>::from([[3, -7], [9, 0]]).max(), 9);
    /// assert!(Array2::<f64, 1, 2>::from([[1.0, f64::NAN]]).max().is_nan());
    /// ```
    pub fn max(&self) -> T {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        self.view().pick(true).1
    }

    /// The smallest element, NumPy's `min`; NaN if any element is NaN. Of
    /// equal values the last counts, as in NumPy.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<i16, 2, 2>::from([[3, -7], [9, 0]]).min(), -7);
    /// ```
    pub fn min(&self) -> T {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        self.view().pick(false).1
    }

    /// The position of the largest element in row-major (C) order, NumPy's
    /// `argmax`: the first one on ties, the first NaN if any.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [9, 0, 2]]);
    /// assert_eq!(a.argmax(), 1);
    /// assert_eq!(a.to_order::<ColMajor>().argmax(), 1); // logical order
    /// ```
    pub fn argmax(&self) -> usize {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        self.view().pick(true).0
    }

    /// The position of the smallest element in row-major order, NumPy's
    /// `argmin`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// assert_eq!(Array1::<f32, 4>::from([2.0, -1.0, 5.0, -1.0]).argmin(), 1);
    /// ```
    pub fn argmin(&self) -> usize {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        self.view().pick(false).0
    }

    /// The full index of the largest element,
    /// `np.unravel_index(np.argmax(a), a.shape)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 50, 6]]);
    /// assert_eq!(a.argmax_index(), [1, 1]);
    /// ```
    pub fn argmax_index(&self) -> S::Index {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        unravel::<S>(self.argmax())
    }

    /// The full index of the smallest element.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 3>::from([[1, 2, 3], [4, 0, 6]]);
    /// assert_eq!(a.argmin_index(), [1, 1]);
    /// ```
    pub fn argmin_index(&self) -> S::Index {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        unravel::<S>(self.argmin())
    }

    /// The largest element along `AXIS`, NumPy's `max(axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [4, 0, 6]]);
    /// assert_eq!(a.max_axis::<0>(), Array1::from([4, 9, 6]));
    /// assert_eq!(a.max_axis::<1>(), Array1::from([9, 6]));
    /// ```
    pub fn max_axis<const AXIS: usize>(&self) -> Array<T, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        self.view().pick_axis::<AXIS, _, O>(true, |(_, value)| value)
    }

    /// The smallest element along `AXIS`, NumPy's `min(axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [4, 0, 6]]);
    /// assert_eq!(a.min_axis::<0>(), Array1::from([1, 0, 3]));
    /// ```
    pub fn min_axis<const AXIS: usize>(&self) -> Array<T, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        self.view().pick_axis::<AXIS, _, O>(false, |(_, value)| value)
    }

    /// The position of the largest element of each lane along `AXIS`,
    /// NumPy's `argmax(axis=AXIS)`: the first one on ties, the first NaN if
    /// any. Positions are `usize`, for indexing; NumPy's are `int64`
    /// (`.map(|i| i as i64)` gives that dtype).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 9, 3], [4, 9, 6]]);
    /// assert_eq!(a.argmax_axis::<0>().as_slice(), &[1, 0, 1]);
    /// assert_eq!(a.argmax_axis::<1>().as_slice(), &[1, 1]);
    /// ```
    pub fn argmax_axis<const AXIS: usize>(&self) -> Array<usize, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        self.view().pick_axis::<AXIS, _, O>(true, |(position, _)| position)
    }

    /// The position of the smallest element of each lane along `AXIS`,
    /// NumPy's `argmin(axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 3>::from([[1.0, 0.5, 3.0], [f64::NAN, 0.0, -2.0]]);
    /// assert_eq!(a.argmin_axis::<0>().as_slice(), &[1, 1, 1]);
    /// assert_eq!(a.argmin_axis::<1>().as_slice(), &[1, 0]); // NaN wins
    /// ```
    pub fn argmin_axis<const AXIS: usize>(&self) -> Array<usize, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        self.view().pick_axis::<AXIS, _, O>(false, |(position, _)| position)
    }
}
