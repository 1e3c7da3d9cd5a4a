//! Looking at the rows: NumPy's `len(x)`, `x.shape`, `x.strides`, `x[i]`,
//! iteration over the rows, and the memory itself.

use core::ops::{Index, IndexMut};

use crate::array::Array;
use crate::element::Element;
use crate::raw::{flat, flat_mut};
use crate::shape::RowShape;

use super::Rows;

impl<T: Element, S: RowShape> Rows<T, S> {
    /// The number of rows, NumPy's `len(x)` (`x.shape[0]`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// assert_eq!(Rows::<f64, Shape1<8>>::zeros(1000).len(), 1000);
    /// ```
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// assert!(Rows::<f64, Shape1<8>>::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The number of elements, NumPy's `x.size`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape2};
    /// assert_eq!(Rows::<u8, Shape2<2, 3>>::zeros(4).size(), 24);
    /// ```
    pub fn size(&self) -> usize {
        self.rows.len() * S::SIZE
    }

    /// The number of axes, NumPy's `x.ndim`: the row's plus one.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape2};
    /// assert_eq!(Rows::<u8, Shape2<2, 3>>::new().ndim(), 3);
    /// ```
    pub const fn ndim(&self) -> usize {
        S::NDIM + 1
    }

    /// The shape, NumPy's `x.shape`: the number of rows, then the row's
    /// shape.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape3};
    /// let video = Rows::<u8, Shape3<4, 6, 3>>::zeros(10);
    /// assert_eq!(video.shape(), [10, 4, 6, 3]);
    /// ```
    pub fn shape(&self) -> S::Outer {
        let mut shape = S::Outer::default();
        shape.as_mut()[0] = self.len();
        shape.as_mut()[1..].copy_from_slice(S::DIMS);
        shape
    }

    /// Bytes to step along each axis, NumPy's `x.strides` for the C-order
    /// `(n, *S)` array. With no element to step to (no rows, or an empty
    /// row shape) every stride is 0, as NumPy reports for
    /// `np.zeros((0, *S))`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape2};
    /// assert_eq!(Rows::<f64, Shape2<3, 4>>::zeros(2).strides(), [96, 32, 8]);
    /// assert_eq!(Rows::<f64, Shape2<3, 4>>::new().strides(), [0, 0, 0]);
    /// ```
    pub fn strides(&self) -> S::Outer {
        let mut strides = S::Outer::default();
        if self.size() == 0 {
            return strides;
        }
        let mut step = core::mem::size_of::<T>();
        let out = strides.as_mut();
        for axis in (0..=S::NDIM).rev() {
            out[axis] = step;
            step *= if axis == 0 { 0 } else { S::DIMS[axis - 1] };
        }
        strides
    }

    /// Bytes of all elements, NumPy's `x.nbytes`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// assert_eq!(Rows::<f64, Shape1<8>>::zeros(1000).nbytes(), 64_000);
    /// ```
    pub fn nbytes(&self) -> usize {
        self.size() * core::mem::size_of::<T>()
    }

    /// Row `i`, or `None` past the last.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let rows = Rows::<i32, Shape1<2>>::from_fn(2, |[i, j]| (i * 2 + j) as i32);
    /// assert_eq!(rows.get(1).map(|row| row.as_slice()), Some(&[2, 3][..]));
    /// assert!(rows.get(2).is_none());
    /// ```
    pub fn get(&self, i: usize) -> Option<&Array<T, S>> {
        self.rows.get(i)
    }

    /// Row `i` mutably, or `None` past the last.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut rows = Rows::<i32, Shape1<2>>::zeros(2);
    /// rows.get_mut(1).unwrap()[0] = 7;
    /// assert_eq!(rows.as_slice(), &[0, 0, 7, 0]);
    /// ```
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Array<T, S>> {
        self.rows.get_mut(i)
    }

    /// The first row, NumPy's `x[0]`, or `None` when empty.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let rows = Rows::<i32, Shape1<2>>::from_fn(3, |[i, _]| i as i32);
    /// assert_eq!(rows.first().unwrap()[0], 0);
    /// assert_eq!(rows.last().unwrap()[0], 2);
    /// ```
    pub fn first(&self) -> Option<&Array<T, S>> {
        self.rows.first()
    }

    /// The last row, NumPy's `x[-1]`, or `None` when empty.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// assert!(Rows::<i32, Shape1<2>>::new().last().is_none());
    /// ```
    pub fn last(&self) -> Option<&Array<T, S>> {
        self.rows.last()
    }

    /// Iterates over the rows, NumPy's `for row in x:`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let rows = Rows::<i32, Shape1<2>>::from_fn(3, |[i, j]| (i + j) as i32);
    /// let sums: Vec<i64> = rows.iter().map(|row| row.sum()).collect();
    /// assert_eq!(sums, [1, 3, 5]);
    /// ```
    pub fn iter(&self) -> core::slice::Iter<'_, Array<T, S>> {
        self.rows.iter()
    }

    /// Iterates mutably over the rows.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut rows = Rows::<i32, Shape1<2>>::zeros(2);
    /// rows.iter_mut().for_each(|row| row[1] = 9);
    /// assert_eq!(rows.as_slice(), &[0, 9, 0, 9]);
    /// ```
    pub fn iter_mut(&mut self) -> core::slice::IterMut<'_, Array<T, S>> {
        self.rows.iter_mut()
    }

    /// The elements, flat, in C order: the memory of NumPy's `(n, *S)`
    /// array (`x.ravel()` without a copy).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let rows = Rows::<u8, Shape1<2>>::from_fn(2, |[i, j]| (10 * i + j) as u8);
    /// assert_eq!(rows.as_slice(), &[0, 1, 10, 11]);
    /// ```
    pub fn as_slice(&self) -> &[T] {
        flat(&self.rows)
    }

    /// The elements, flat and mutable, in C order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut rows = Rows::<u8, Shape1<2>>::zeros(2);
    /// rows.as_mut_slice()[3] = 5;
    /// assert_eq!(rows[1][1], 5);
    /// ```
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        flat_mut(&mut self.rows)
    }

    /// The rows as a slice of arrays (the same memory).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Rows, Shape1};
    /// let rows = Rows::<u8, Shape1<2>>::full(2, 1);
    /// let arrays: &[Array1<u8, 2>] = rows.as_rows();
    /// assert_eq!(arrays.len(), 2);
    /// ```
    pub fn as_rows(&self) -> &[Array<T, S>] {
        &self.rows
    }

    /// The rows as a mutable slice of arrays (sort them, swap them ...).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut rows = Rows::<u8, Shape1<2>>::from_fn(3, |[i, _]| i as u8);
    /// rows.as_rows_mut().reverse();
    /// assert_eq!(rows.as_slice(), &[2, 2, 1, 1, 0, 0]);
    /// ```
    pub fn as_rows_mut(&mut self) -> &mut [Array<T, S>] {
        &mut self.rows
    }
}

/// Row `i`, NumPy's `x[i]`; panics past the last row, naming the index
/// and the number of rows.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Rows, Shape1};
/// let rows = Rows::<i32, Shape1<2>>::from_fn(2, |[i, j]| (i * 2 + j) as i32);
/// assert_eq!(rows[1].as_slice(), &[2, 3]);
/// assert_eq!(rows[1][0], 2);
/// ```
///
/// ```should_panic
/// # use shaped_core as shaped;
/// use shaped::{Rows, Shape1};
/// let rows = Rows::<i32, Shape1<2>>::zeros(2);
/// let _ = &rows[2]; // row index 2 is out of bounds for 2 rows
/// ```
impl<T: Element, S: RowShape> Index<usize> for Rows<T, S> {
    type Output = Array<T, S>;

    #[track_caller]
    fn index(&self, i: usize) -> &Array<T, S> {
        match self.rows.get(i) {
            Some(row) => row,
            None => out_of_range(i, self.len()),
        }
    }
}

/// Row `i` mutably; panics past the last row, naming the index and the
/// number of rows.
impl<T: Element, S: RowShape> IndexMut<usize> for Rows<T, S> {
    #[track_caller]
    fn index_mut(&mut self, i: usize) -> &mut Array<T, S> {
        let len = self.len();
        match self.rows.get_mut(i) {
            Some(row) => row,
            None => out_of_range(i, len),
        }
    }
}

/// The element at `[i, j, ...]` (row first), NumPy's `x[i, j]`, for each
/// row rank; panics naming the index and the shape when out of bounds.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Rows, Shape1};
/// let mut rows = Rows::<i32, Shape1<2>>::from_fn(2, |[i, j]| (i * 2 + j) as i32);
/// assert_eq!(rows[[1, 0]], 2);
/// rows[[0, 1]] = 7;
/// assert_eq!(rows.as_slice(), &[0, 7, 2, 3]);
/// ```
macro_rules! element_index {
    ($($n:literal $shape:ident [$($d:ident),+];)*) => {$(
        impl<T: Element, $(const $d: usize),+> Index<[usize; $n + 1]> for Rows<T, crate::shape::$shape<$($d),+>> {
            type Output = T;

            #[track_caller]
            fn index(&self, index: [usize; $n + 1]) -> &T {
                let at = self.flat_position(&index);
                &self.as_slice()[at]
            }
        }

        impl<T: Element, $(const $d: usize),+> IndexMut<[usize; $n + 1]> for Rows<T, crate::shape::$shape<$($d),+>> {
            #[track_caller]
            fn index_mut(&mut self, index: [usize; $n + 1]) -> &mut T {
                let at = self.flat_position(&index);
                &mut self.as_mut_slice()[at]
            }
        }
    )*};
}

element_index! {
    1 Shape1 [A];
    2 Shape2 [A, B];
    3 Shape3 [A, B, C];
    4 Shape4 [A, B, C, D];
    5 Shape5 [A, B, C, D, E];
    6 Shape6 [A, B, C, D, E, F];
    7 Shape7 [A, B, C, D, E, F, G];
}

impl<T: Element, S: RowShape> Rows<T, S> {
    /// The C-order position of `index` (row first); panics when out of
    /// bounds, naming the index and the shape.
    #[track_caller]
    fn flat_position(&self, index: &[usize]) -> usize {
        let shape = self.shape();
        let dims = shape.as_ref();
        if index.iter().zip(dims).any(|(i, d)| i >= d) {
            crate::index::out_of_bounds(index, dims);
        }
        index.iter().zip(dims).fold(0, |at, (&i, &d)| at * d + i)
    }
}

#[cold]
#[track_caller]
pub(crate) fn out_of_range(i: usize, len: usize) -> ! {
    panic!("row index {i} is out of bounds for {len} rows")
}

impl<'a, T: Element, S: RowShape> IntoIterator for &'a Rows<T, S> {
    type Item = &'a Array<T, S>;
    type IntoIter = core::slice::Iter<'a, Array<T, S>>;

    fn into_iter(self) -> Self::IntoIter {
        self.rows.iter()
    }
}

impl<'a, T: Element, S: RowShape> IntoIterator for &'a mut Rows<T, S> {
    type Item = &'a mut Array<T, S>;
    type IntoIter = core::slice::IterMut<'a, Array<T, S>>;

    fn into_iter(self) -> Self::IntoIter {
        self.rows.iter_mut()
    }
}

/// The rows by value, NumPy's `for row in x:` with owned rows.
impl<T: Element, S: RowShape> IntoIterator for Rows<T, S> {
    type Item = Array<T, S>;
    type IntoIter = alloc::vec::IntoIter<Array<T, S>>;

    fn into_iter(self) -> Self::IntoIter {
        self.rows.into_iter()
    }
}
