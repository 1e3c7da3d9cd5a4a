//! The axis views of an array: `permuted`, `swapaxes`, `moveaxis`,
//! `expand_dims`, `squeeze` and their `_mut` twins, each the same view of
//! the whole array (`self.view()`); the views themselves are made in
//! `raw::axes`.

use crate::array::Array;
use crate::element::Stored;
use crate::order::Order;
use crate::raw::{Contiguous, Inserted, Permuted, Removed};
use crate::shape::{
    AxisAt, InsertAxis, IsPermutation, LengthOne, Move, MoveAxis, Permute, RemoveAxis, Shape,
    Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, Swap, SwapAxes, axes,
    for_each_rank,
};
use crate::views::{ArrayView, ArrayViewMut};

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// Axes `A` and `B` traded, NumPy's `np.swapaxes(a, A, B)` (or
    /// `a.swapaxes(A, B)`): a view, nothing is copied. An axis past the
    /// rank fails to build.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let a = Array3::<i32, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i32);
    /// let v = a.swapaxes::<0, 2>();
    /// assert_eq!(v.shape(), [4, 3, 2]);
    /// assert_eq!(v[[3, 1, 0]], 13);
    /// assert_eq!(v.strides(), [4, 16, 48]); // NumPy's, in bytes
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn swapaxes<const A: usize, const B: usize>(
        &self,
    ) -> ArrayView<'_, T, <S as SwapAxes<A, B>>::Output, Permuted<Contiguous<S, O>, Swap<A, B>>>
    where
        S: SwapAxes<A, B>,
    {
        self.view().swapaxes()
    }

    /// [`swapaxes`](Self::swapaxes) as a mutable view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<i32, 2, 3>::zeros();
    /// a.swapaxes_mut::<0, 1>()[[2, 0]] = 7;
    /// assert_eq!(a[[0, 2]], 7);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn swapaxes_mut<const A: usize, const B: usize>(
        &mut self,
    ) -> ArrayViewMut<'_, T, <S as SwapAxes<A, B>>::Output, Permuted<Contiguous<S, O>, Swap<A, B>>>
    where
        S: SwapAxes<A, B>,
    {
        self.view_mut().into_swapaxes()
    }

    /// Axis `FROM` moved to position `TO`, the others keeping their order:
    /// NumPy's `np.moveaxis(a, FROM, TO)`, a view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let image = Array3::<u8, 4, 5, 3>::zeros(); // rows, columns, channels
    /// let planes = image.moveaxis::<2, 0>(); // channels first
    /// assert_eq!(planes.shape(), [3, 4, 5]);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn moveaxis<const FROM: usize, const TO: usize>(
        &self,
    ) -> ArrayView<
        '_,
        T,
        <S as MoveAxis<FROM, TO>>::Output,
        Permuted<Contiguous<S, O>, Move<FROM, TO>>,
    >
    where
        S: MoveAxis<FROM, TO>,
    {
        self.view().moveaxis()
    }

    /// [`moveaxis`](Self::moveaxis) as a mutable view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let mut image = Array3::<u8, 2, 2, 3>::zeros();
    /// image.moveaxis_mut::<2, 0>()[[0, 1, 1]] = 255; // red of pixel (1, 1)
    /// assert_eq!(image[[1, 1, 0]], 255);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn moveaxis_mut<const FROM: usize, const TO: usize>(
        &mut self,
    ) -> ArrayViewMut<
        '_,
        T,
        <S as MoveAxis<FROM, TO>>::Output,
        Permuted<Contiguous<S, O>, Move<FROM, TO>>,
    >
    where
        S: MoveAxis<FROM, TO>,
    {
        self.view_mut().into_moveaxis()
    }

    /// A new axis of length 1 at position `K` (0 to the rank): NumPy's
    /// `np.expand_dims(a, K)`, `a[np.newaxis]` for `K = 0`. A view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2};
    /// let a = Array1::<i32, 3>::from([1, 2, 3]);
    /// assert_eq!(a.expand_dims::<0>().shape(), [1, 3]);
    /// let column = a.expand_dims::<1>(); // a[:, np.newaxis]
    /// assert_eq!(column.to_array(), Array2::from([[1], [2], [3]]));
    /// ```
    pub fn expand_dims<const K: usize>(
        &self,
    ) -> ArrayView<'_, T, <S as InsertAxis<K, Shape1<1>>>::Output, Inserted<Contiguous<S, O>, K>>
    where
        S: InsertAxis<K, Shape1<1>>,
    {
        self.view().expand_dims()
    }

    /// [`expand_dims`](Self::expand_dims) as a mutable view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<i32, 2>::zeros();
    /// a.expand_dims_mut::<0>()[[0, 1]] = 5;
    /// assert_eq!(a.as_slice(), &[0, 5]);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn expand_dims_mut<const K: usize>(
        &mut self,
    ) -> ArrayViewMut<'_, T, <S as InsertAxis<K, Shape1<1>>>::Output, Inserted<Contiguous<S, O>, K>>
    where
        S: InsertAxis<K, Shape1<1>>,
    {
        self.view_mut().into_expand_dims()
    }

    /// Axis `K` removed, which must have length 1: NumPy's
    /// `np.squeeze(a, axis=K)`, a view. An axis of another length fails to
    /// build, naming the axis and its length.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array3;
    /// let a = Array3::<i32, 2, 1, 3>::from([[[1, 2, 3]], [[4, 5, 6]]]);
    /// let v = a.squeeze::<1>();
    /// assert_eq!(v.shape(), [2, 3]);
    /// assert_eq!(v[[1, 0]], 4);
    /// ```
    pub fn squeeze<const K: usize>(
        &self,
    ) -> ArrayView<'_, T, <S as RemoveAxis<K>>::Output, Removed<Contiguous<S, O>, K>>
    where
        S: RemoveAxis<K>,
    {
        // Checked here so that the length is reported at the caller's line.
        let () = LengthOne::<S, K>::OK;
        self.view().squeeze()
    }

    /// [`squeeze`](Self::squeeze) as a mutable view.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<i32, 1, 3>::zeros();
    /// a.squeeze_mut::<0>().fill(2);
    /// assert_eq!(a.as_slice(), &[2, 2, 2]);
    /// ```
    pub fn squeeze_mut<const K: usize>(
        &mut self,
    ) -> ArrayViewMut<'_, T, <S as RemoveAxis<K>>::Output, Removed<Contiguous<S, O>, K>>
    where
        S: RemoveAxis<K>,
    {
        let () = LengthOne::<S, K>::OK;
        self.view_mut().into_squeeze()
    }
}

/// For each rank, `permuted` and `permuted_mut` on arrays of that rank.
macro_rules! permuted_arrays {
    ($($n:literal $shape:ident $alias:ident [$($d:ident),+] $ex:tt $nested:tt;)*) => {$(
        permuted_arrays!(@zip $shape [$($d),+] [] [$($d),+] [P0, P1, P2, P3, P4, P5, P6, P7]);
    )*};
    (@zip $shape:ident $dims:tt [$($p:ident),*] [$d:ident $(, $rest:ident)*] [$next:ident $(, $names:ident)*]) => {
        permuted_arrays!(@zip $shape $dims [$($p,)* $next] [$($rest),*] [$($names),*]);
    };
    (@zip $shape:ident [$($d:ident),+] [$($p:ident),+] [] $names:tt) => {
        impl<T: Stored, O: Order, $(const $d: usize),+> Array<T, $shape<$($d),+>, O> {
            /// The axes in the order given, one number per axis: NumPy's
            /// `np.transpose(a, axes)` (`a.transpose(axes)`), a view.
            /// Axis `k` of the result is axis `P`*k* of the array. Numbers
            /// that are not a permutation of the axes fail to build, naming
            /// the axis that is out of range or repeated.
            ///
            /// A copy of the view keeps the array's order (NumPy's
            /// `.copy()` is C-ordered too); [`t`](Self::t) is the reversal
            /// that flips the order.
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::Array3;
            /// let a = Array3::<i32, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i32);
            /// let v = a.permuted::<2, 0, 1>(); // np.transpose(a, (2, 0, 1))
            /// assert_eq!(v.shape(), [4, 2, 3]);
            /// assert_eq!(v[[3, 1, 2]], 123);
            /// assert_eq!(v.strides(), [4, 48, 16]); // NumPy's, in bytes
            /// ```
            #[allow(clippy::type_complexity)]
            pub fn permuted<$(const $p: usize),+>(
                &self,
            ) -> ArrayView<
                '_,
                T,
                <$shape<$($d),+> as Permute<axes!($($p),+)>>::Output,
                Permuted<Contiguous<$shape<$($d),+>, O>, axes!($($p),+)>,
            >
            where
                $shape<$($d),+>: $(AxisAt<$p> +)+ Permute<axes!($($p),+)>,
            {
                // Checked here so that a repeated axis is reported at the
                // caller's line.
                let () = IsPermutation::<$shape<$($d),+>, axes!($($p),+)>::OK;
                self.view().permuted::<$($p),+>()
            }

            /// [`permuted`](Self::permuted) as a mutable view.
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::Array3;
            /// let mut a = Array3::<i32, 1, 2, 3>::zeros();
            /// a.permuted_mut::<2, 0, 1>()[[2, 0, 1]] = 9;
            /// assert_eq!(a[[0, 1, 2]], 9);
            /// ```
            #[allow(clippy::type_complexity)]
            pub fn permuted_mut<$(const $p: usize),+>(
                &mut self,
            ) -> ArrayViewMut<
                '_,
                T,
                <$shape<$($d),+> as Permute<axes!($($p),+)>>::Output,
                Permuted<Contiguous<$shape<$($d),+>, O>, axes!($($p),+)>,
            >
            where
                $shape<$($d),+>: $(AxisAt<$p> +)+ Permute<axes!($($p),+)>,
            {
                let () = IsPermutation::<$shape<$($d),+>, axes!($($p),+)>::OK;
                self.view_mut().into_permuted::<$($p),+>()
            }
        }
    };
}

for_each_rank!(permuted_arrays);
