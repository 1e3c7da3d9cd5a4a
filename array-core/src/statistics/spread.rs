//! Peak to peak, NumPy's `ptp`: the maximum minus the minimum.

use crate::array::Array;
use crate::kinds::every_kind;
use crate::number::Number;
use crate::number::private::Arith;
use crate::shape::{NonEmpty, NonEmptyLanes, RemoveAxis};

every_kind! { [Number]
    /// The range of the values, NumPy's `ptp()`: [`max`](Self::max) minus
    /// [`min`](Self::min) in the element type, so integers wrap as NumPy's
    /// do (`ptp` of the `i8` values `[100, -100]` is `-56`); NaN if any
    /// element is NaN. An empty shape does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// assert_eq!(Array2::<i32, 2, 2>::from([[4, 9], [-3, 0]]).ptp(), 12);
    /// assert_eq!(Array2::<i8, 1, 2>::from([[100, -100]]).ptp(), -56);
    /// ```
    pub fn ptp(&self) -> T {
        // Checked here so that an empty shape is reported at the caller's line.
        let () = NonEmpty::<S>::OK;
        Arith::sub(self.max(), self.min())
    }

    /// The range of each lane along `AXIS`, NumPy's `ptp(axis=AXIS)`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array2::<u8, 2, 3>::from([[1, 9, 3], [4, 0, 6]]);
    /// assert_eq!(a.ptp_axis::<0>(), Array1::from([3, 9, 3]));
    /// assert_eq!(a.ptp_axis::<1>(), Array1::from([8, 6]));
    /// ```
    pub fn ptp_axis<const AXIS: usize>(&self) -> Array<T, <S as RemoveAxis<AXIS>>::Output, O>
    where
        S: RemoveAxis<AXIS>,
    {
        // Checked here so that empty lanes are reported at the caller's line.
        let () = NonEmptyLanes::<S, AXIS>::OK;
        let (max, min) = (self.max_axis::<AXIS>(), self.min_axis::<AXIS>());
        let (max, min) = (max.as_slice(), min.as_slice());
        Array::from_flat_fn(|i| Arith::sub(max[i], min[i]))
    }
}
