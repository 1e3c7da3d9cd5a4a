//! `Rows` with the crates users already have, each behind the feature of
//! the crate's name: `serde` (a list of rows, NumPy's `x.tolist()`),
//! `ndarray` (an `ArrayView` of the `(n, *S)` array without a copy, and
//! rows from any `ndarray` array whose trailing axes are a row), `rayon`
//! (the rows and typed batches on all threads).

#[cfg(feature = "ndarray")]
mod ndarray_views {
    use ndarray::{ArrayBase, Data, Dimension, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

    use crate::element::Element;
    use crate::interop::ShapeMismatch;
    use crate::shape::{RowShape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7};

    use super::super::Rows;

    /// Rows from the elements of `source`, whose shape must be `(n, *S)`.
    fn copy_from<T: Element, S: RowShape, D: Dimension, Src: Data<Elem = T>>(
        source: &ArrayBase<Src, D>,
    ) -> Result<Rows<T, S>, ShapeMismatch> {
        let shape = source.shape();
        if shape.len() != S::NDIM + 1 || shape[1..] != *S::DIMS {
            return Err(ShapeMismatch {
                found: shape.to_vec(),
                expected: S::DIMS,
            });
        }
        // Both walk the elements in logical C order.
        let flat: alloc::vec::Vec<T> = source.iter().copied().collect();
        Ok(Rows::from_elements(flat, shape[0]))
    }

    impl<T: Element, S: RowShape> Rows<T, S> {
        /// The `(n, *S)` array as an `ndarray` view of any rank (`IxDyn`),
        /// without a copy.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::{Rows, Shape3};
        /// let x = Rows::<u8, Shape3<2, 3, 4>>::zeros(5);
        /// assert_eq!(x.to_ndarray_dyn().shape(), &[5, 2, 3, 4]);
        /// ```
        pub fn to_ndarray_dyn(&self) -> ndarray::ArrayViewD<'_, T> {
            ndarray::ArrayView::from_shape(IxDyn(self.shape().as_ref()), self.as_slice())
                .expect("the same element count")
        }
    }

    macro_rules! ranks {
        ($($shape:ident $ix:ident [$($d:ident),+];)*) => {$(
            /// The `(n, *S)` array as an `ndarray` view of rank `R + 1`,
            /// without a copy.
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::{Rows, Shape1};
            /// let x = Rows::<f64, Shape1<8>>::zeros(3);
            /// let view = ndarray::ArrayView2::from(&x);
            /// assert_eq!(view.shape(), &[3, 8]);
            /// let back = Rows::<f64, Shape1<8>>::try_from(&view)?;
            /// assert_eq!(back, x);
            /// assert!(Rows::<f64, Shape1<9>>::try_from(&view).is_err());
            /// # Ok::<(), shaped::ShapeMismatch>(())
            /// ```
            impl<'a, T: Element, $(const $d: usize),+> From<&'a Rows<T, $shape<$($d),+>>>
                for ndarray::ArrayView<'a, T, $ix>
            {
                fn from(rows: &'a Rows<T, $shape<$($d),+>>) -> Self {
                    ndarray::ArrayView::from_shape((rows.len(), $($d),+), rows.as_slice())
                        .expect("the same element count")
                }
            }

            /// Rows from an `ndarray` array or view of shape `(n, *S)`, any
            /// `n`; another row shape is a [`ShapeMismatch`] (whose
            /// `expected` is the row's shape).
            impl<T: Element, Src: Data<Elem = T>, $(const $d: usize),+> TryFrom<&ArrayBase<Src, $ix>>
                for Rows<T, $shape<$($d),+>>
            {
                type Error = ShapeMismatch;
                fn try_from(source: &ArrayBase<Src, $ix>) -> Result<Self, ShapeMismatch> {
                    copy_from(source)
                }
            }
        )*};
    }

    ranks! {
        Shape1 Ix2 [A];
        Shape2 Ix3 [A, B];
        Shape3 Ix4 [A, B, C];
        Shape4 Ix5 [A, B, C, D];
        Shape5 Ix6 [A, B, C, D, E];
    }

    macro_rules! dynamic {
        ($($shape:ident [$($d:ident),+];)*) => {$(
            /// Rows from a dynamic-rank `ndarray` array of shape `(n, *S)`.
            impl<T: Element, Src: Data<Elem = T>, $(const $d: usize),+> TryFrom<&ArrayBase<Src, IxDyn>>
                for Rows<T, $shape<$($d),+>>
            {
                type Error = ShapeMismatch;
                fn try_from(source: &ArrayBase<Src, IxDyn>) -> Result<Self, ShapeMismatch> {
                    copy_from(source)
                }
            }
        )*};
    }

    dynamic! {
        Shape1 [A];
        Shape2 [A, B];
        Shape3 [A, B, C];
        Shape4 [A, B, C, D];
        Shape5 [A, B, C, D, E];
        Shape6 [A, B, C, D, E, F];
        Shape7 [A, B, C, D, E, F, G];
    }
}

#[cfg(feature = "serde")]
mod serde_rows {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::de::{SeqAccess, Visitor};
    use serde::ser::SerializeSeq;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::array::Array;
    use crate::element::Element;
    use crate::shape::RowShape;

    use super::super::Rows;

    /// A list of rows, each as its array serialises (nested sequences):
    /// NumPy's `x.tolist()`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<i32, Shape1<2>>::from_flat(vec![1, 2, 3, 4])?;
    /// let json = serde_json::to_string(&x)?;
    /// assert_eq!(json, "[[1,2],[3,4]]");
    /// let back: Rows<i32, Shape1<2>> = serde_json::from_str(&json)?;
    /// assert_eq!(back, x);
    /// assert!(serde_json::from_str::<Rows<i32, Shape1<2>>>("[[1,2],[3]]").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    impl<T: Element + Serialize, S: RowShape> Serialize for Rows<T, S> {
        fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
            let mut seq = serializer.serialize_seq(Some(self.len()))?;
            for row in self.iter() {
                seq.serialize_element(row)?;
            }
            seq.end()
        }
    }

    /// A list of rows of any length, each checked as an array is.
    impl<'de, T: Element + Deserialize<'de>, S: RowShape> Deserialize<'de> for Rows<T, S> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct List<T, S>(PhantomData<(T, S)>);

            impl<'de, T: Element + Deserialize<'de>, S: RowShape> Visitor<'de> for List<T, S> {
                type Value = Rows<T, S>;

                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    write!(f, "a list of rows of shape ")?;
                    fmt::Display::fmt(&crate::shape::ShapeTuple(S::DIMS), f)
                }

                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Rows<T, S>, A::Error> {
                    let mut rows = Rows::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
                    while let Some(row) = seq.next_element::<Array<T, S>>()? {
                        rows.push(row);
                    }
                    Ok(rows)
                }
            }

            deserializer.deserialize_seq(List(PhantomData))
        }
    }
}

#[cfg(feature = "rayon")]
mod threads {
    use rayon::prelude::*;

    use crate::array::Array;
    use crate::element::Element;
    use crate::shape::RowShape;

    use super::super::Rows;

    impl<T: Element, S: RowShape> Rows<T, S> {
        /// The rows on all threads, `rayon`'s `par_iter` over the rows.
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use rayon::prelude::*;
        /// use shaped::{Rows, Shape1};
        /// let x = Rows::<f64, Shape1<8>>::full(1000, 0.5);
        /// let sums: Vec<f64> = x.par_iter().map(|row| row.sum()).collect();
        /// assert!(sums.iter().all(|&s| s == 4.0));
        /// ```
        pub fn par_iter(&self) -> rayon::slice::Iter<'_, Array<T, S>>
        where
            Array<T, S>: Sync,
        {
            self.as_rows().par_iter()
        }

        /// The rows mutably on all threads.
        pub fn par_iter_mut(&mut self) -> rayon::slice::IterMut<'_, Array<T, S>>
        where
            Array<T, S>: Send,
        {
            self.as_rows_mut().par_iter_mut()
        }

        /// [`chunks_exact`](Rows::chunks_exact) on all threads: batches of
        /// `K` rows as `&Array<T, S::Prepend<K>>` (the remainder left
        /// out, as there).
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use rayon::prelude::*;
        /// use shaped::{Array2, Rows, Shape1};
        /// let x = Rows::<f32, Shape1<8>>::full(1000, 1.0);
        /// let total: f32 = x.par_chunks_exact::<64>().map(|b: &Array2<f32, 64, 8>| b.sum()).sum();
        /// assert_eq!(total, 15.0 * 512.0); // 15 whole batches
        /// ```
        pub fn par_chunks_exact<const K: usize>(
            &self,
        ) -> impl IndexedParallelIterator<Item = &Array<T, S::Prepend<K>>> + '_
        where
            Array<T, S>: Sync,
            Array<T, S::Prepend<K>>: Sync,
        {
            let () = super::super::batches::NonZero::<K>::OK;
            self.as_rows()
                .par_chunks_exact(K)
                .map(super::super::batches::batch::<T, S, K>)
        }
    }
}
