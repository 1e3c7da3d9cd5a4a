//! Views with their axes rearranged: NumPy's `np.transpose(a, axes)`,
//! `np.swapaxes`, `np.moveaxis`, `np.expand_dims` and `np.squeeze`, all
//! without a copy.
//!
//! It rests on the view invariant of [`strided`](super::strided), and on
//! one fact checked while compiling ([`Rearranges`]): the new view has the
//! same pointer, and each of its axes is one of the parent's, with the same
//! length and step (each of the parent's used once), or an added axis of
//! length 1, or the parent has an axis of length 1 the new view leaves
//! out. So index `i` of the new view reaches, at the same offset, the index
//! of the parent with the same positions on the same axes (0 on an axis of
//! length 1): the invariant carries over, and distinct indices still reach
//! distinct elements.

use core::marker::PhantomData;

use super::strided::{ArrayView, ArrayViewMut};
use crate::element::Stored;
use crate::raw::{Inserted, Permuted, Removed, Strides};
use crate::shape::{
    AxisAt, InsertAxis, IsPermutation, LengthOne, MAX_RANK, Move, MoveAxis, Permute, RemoveAxis,
    Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, Swap, SwapAxes, axes,
    for_each_rank,
};

/// The fact of the module docs, for a view of shape `S` with steps `L`
/// seen as shape `S2` with steps `L2`: each axis `k` of `S2` of length
/// above 1 is an axis of `S` with the same length and step, and no axis of
/// `S` of length above 1 is used twice or left out. (Axes of length 1 hold
/// one position, and the position 0 adds nothing to an offset.)
struct Rearranges<S, L, S2, L2>(PhantomData<(S, L, S2, L2)>);

impl<S: Shape, L: Strides, S2: Shape, L2: Strides> Rearranges<S, L, S2, L2> {
    /// Whether the fact holds. The constructors check what the user chose
    /// (a permutation, an axis of length 1) first, with a worded compile
    /// error; this is the proof the unsafe code rests on, folded to a
    /// constant, so a view is never made where it does not hold.
    const FITS: bool = {
        let mut fits = S::SIZE == S2::SIZE;
        let mut used = [false; MAX_RANK];
        let mut k = 0;
        while k < S2::NDIM {
            if S2::DIMS[k] != 1 {
                // The parent's axis it is: the first unused one with this
                // length and step.
                let mut j = 0;
                while j < S::NDIM
                    && (used[j] || S::DIMS[j] != S2::DIMS[k] || L::STEPS[j] != L2::STEPS[k])
                {
                    j += 1;
                }
                if j == S::NDIM {
                    fits = false;
                } else {
                    used[j] = true;
                }
            }
            k += 1;
        }
        let mut j = 0;
        while j < S::NDIM {
            if S::DIMS[j] != 1 && !used[j] && S2::SIZE > 0 {
                fits = false;
            }
            j += 1;
        }
        fits
    };
}

impl<'a, T: Stored, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// This view as shape `S2` with steps `L2`, the same pointer.
    fn rearranged<S2: Shape, L2: Strides>(self) -> ArrayView<'a, T, S2, L2> {
        assert!(
            Rearranges::<S, L, S2, L2>::FITS,
            "a rearranged view is its parent's axes"
        );
        // The module's fact, checked just above: the invariant carries over.
        ArrayView {
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// Axes `A` and `B` traded, NumPy's `np.swapaxes(v, A, B)`: a view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let a = Array3::<i32, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i32);
    /// let v = a.view().swapaxes::<0, 2>();
    /// assert_eq!(v.shape(), [4, 3, 2]);
    /// assert_eq!(v[[3, 1, 0]], 13);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn swapaxes<const A: usize, const B: usize>(
        &self,
    ) -> ArrayView<'a, T, <S as SwapAxes<A, B>>::Output, Permuted<L, Swap<A, B>>>
    where
        S: SwapAxes<A, B>,
    {
        let () = IsPermutation::<S, Swap<A, B>>::OK;
        self.rearranged()
    }

    /// Axis `FROM` moved to position `TO`, the others in their order:
    /// NumPy's `np.moveaxis(v, FROM, TO)`, a view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let a = Array3::<u8, 4, 5, 3>::zeros(); // rows, columns, channels
    /// assert_eq!(a.view().moveaxis::<2, 0>().shape(), [3, 4, 5]); // channels first
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn moveaxis<const FROM: usize, const TO: usize>(
        &self,
    ) -> ArrayView<'a, T, <S as MoveAxis<FROM, TO>>::Output, Permuted<L, Move<FROM, TO>>>
    where
        S: MoveAxis<FROM, TO>,
    {
        let () = IsPermutation::<S, Move<FROM, TO>>::OK;
        self.rearranged()
    }

    /// A new axis of length 1 at position `K`, NumPy's
    /// `np.expand_dims(v, K)` (or `v[:, np.newaxis]` for `K = 1`): a view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<f64, 3>::from([1.0, 2.0, 3.0]);
    /// let column = a.view().expand_dims::<1>();
    /// assert_eq!(column.shape(), [3, 1]);
    /// assert_eq!(column[[2, 0]], 3.0);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn expand_dims<const K: usize>(
        &self,
    ) -> ArrayView<'a, T, <S as InsertAxis<K, Shape1<1>>>::Output, Inserted<L, K>>
    where
        S: InsertAxis<K, Shape1<1>>,
    {
        self.rearranged()
    }

    /// Axis `K`, of length 1, removed: NumPy's `np.squeeze(v, axis=K)`, a
    /// view. An axis of another length fails to build, with the length.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let a = Array3::<i32, 2, 1, 3>::from([[[1, 2, 3]], [[4, 5, 6]]]);
    /// let v = a.view().squeeze::<1>();
    /// assert_eq!(v.shape(), [2, 3]);
    /// assert_eq!(v[[1, 2]], 6);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn squeeze<const K: usize>(
        &self,
    ) -> ArrayView<'a, T, <S as RemoveAxis<K>>::Output, Removed<L, K>>
    where
        S: RemoveAxis<K>,
    {
        // Checked here so that the length is reported at the caller's line.
        let () = LengthOne::<S, K>::OK;
        self.rearranged()
    }
}

impl<'a, T: Stored, S: Shape, L: Strides> ArrayViewMut<'a, T, S, L> {
    /// This mutable view as shape `S2` with steps `L2`, the same pointer.
    fn into_rearranged<S2: Shape, L2: Strides>(self) -> ArrayViewMut<'a, T, S2, L2> {
        assert!(
            Rearranges::<S, L, S2, L2>::FITS,
            "a rearranged view is its parent's axes"
        );
        // The module's fact, checked just above: the invariant carries
        // over, distinct indices still reaching distinct elements, borrowed
        // uniquely for `'a`.
        ArrayViewMut {
            ptr: self.ptr,
            life: PhantomData,
            layout: PhantomData,
        }
    }

    /// [`ArrayView::swapaxes`] of a mutable view, consuming it.
    #[allow(clippy::type_complexity)]
    pub fn into_swapaxes<const A: usize, const B: usize>(
        self,
    ) -> ArrayViewMut<'a, T, <S as SwapAxes<A, B>>::Output, Permuted<L, Swap<A, B>>>
    where
        S: SwapAxes<A, B>,
    {
        let () = IsPermutation::<S, Swap<A, B>>::OK;
        self.into_rearranged()
    }

    /// [`ArrayView::moveaxis`] of a mutable view, consuming it.
    #[allow(clippy::type_complexity)]
    pub fn into_moveaxis<const FROM: usize, const TO: usize>(
        self,
    ) -> ArrayViewMut<'a, T, <S as MoveAxis<FROM, TO>>::Output, Permuted<L, Move<FROM, TO>>>
    where
        S: MoveAxis<FROM, TO>,
    {
        let () = IsPermutation::<S, Move<FROM, TO>>::OK;
        self.into_rearranged()
    }

    /// [`ArrayView::expand_dims`] of a mutable view, consuming it.
    #[allow(clippy::type_complexity)]
    pub fn into_expand_dims<const K: usize>(
        self,
    ) -> ArrayViewMut<'a, T, <S as InsertAxis<K, Shape1<1>>>::Output, Inserted<L, K>>
    where
        S: InsertAxis<K, Shape1<1>>,
    {
        self.into_rearranged()
    }

    /// [`ArrayView::squeeze`] of a mutable view, consuming it.
    #[allow(clippy::type_complexity)]
    pub fn into_squeeze<const K: usize>(
        self,
    ) -> ArrayViewMut<'a, T, <S as RemoveAxis<K>>::Output, Removed<L, K>>
    where
        S: RemoveAxis<K>,
    {
        let () = LengthOne::<S, K>::OK;
        self.into_rearranged()
    }
}

/// For each rank, `permuted::<P0, ..., Pn>()` on views of that rank (one
/// constant per axis), and `into_permuted` on mutable ones.
macro_rules! permuted_views {
    ($($n:literal $shape:ident $alias:ident [$($d:ident),+] $ex:tt $nested:tt;)*) => {$(
        permuted_views!(@zip $shape [$($d),+] [] [$($d),+] [P0, P1, P2, P3, P4, P5, P6, P7]);
    )*};
    // Pair each axis with one name for its constant.
    (@zip $shape:ident $dims:tt [$($p:ident),*] [$d:ident $(, $rest:ident)*] [$next:ident $(, $names:ident)*]) => {
        permuted_views!(@zip $shape $dims [$($p,)* $next] [$($rest),*] [$($names),*]);
    };
    (@zip $shape:ident [$($d:ident),+] [$($p:ident),+] [] $names:tt) => {
        impl<'a, T: Stored, L: Strides, $(const $d: usize),+> ArrayView<'a, T, $shape<$($d),+>, L> {
            #[doc = concat!(
                "The axes in the order given, one number per axis: NumPy's ",
                "`np.transpose(v, axes)`, a view. Axis `k` of the result is axis `P",
                "k` of this one; numbers that are not a permutation of `0..",
                stringify!($n), "` fail to build, naming the axis out of range or repeated."
            )]
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::Array3;
            /// let a = Array3::<i32, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i32);
            /// let v = a.view().permuted::<2, 0, 1>(); // np.transpose(a, (2, 0, 1))
            /// assert_eq!(v.shape(), [4, 2, 3]);
            /// assert_eq!(v[[3, 1, 2]], 123);
            /// ```
            #[allow(clippy::type_complexity)]
            pub fn permuted<$(const $p: usize),+>(
                &self,
            ) -> ArrayView<'a, T, <$shape<$($d),+> as Permute<axes!($($p),+)>>::Output, Permuted<L, axes!($($p),+)>>
            where
                $shape<$($d),+>: $(AxisAt<$p> +)+ Permute<axes!($($p),+)>,
            {
                // Checked here so that a repeated axis is reported at the
                // caller's line.
                let () = IsPermutation::<$shape<$($d),+>, axes!($($p),+)>::OK;
                self.rearranged()
            }
        }

        impl<'a, T: Stored, L: Strides, $(const $d: usize),+> ArrayViewMut<'a, T, $shape<$($d),+>, L> {
            /// [`ArrayView::permuted`] of a mutable view, consuming it.
            #[allow(clippy::type_complexity)]
            pub fn into_permuted<$(const $p: usize),+>(
                self,
            ) -> ArrayViewMut<'a, T, <$shape<$($d),+> as Permute<axes!($($p),+)>>::Output, Permuted<L, axes!($($p),+)>>
            where
                $shape<$($d),+>: $(AxisAt<$p> +)+ Permute<axes!($($p),+)>,
            {
                let () = IsPermutation::<$shape<$($d),+>, axes!($($p),+)>::OK;
                self.into_rearranged()
            }
        }
    };
}

for_each_rank!(permuted_views);
