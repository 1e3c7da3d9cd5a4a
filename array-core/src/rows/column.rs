//! One column of rank-1 rows, NumPy's `x[:, j]`: a strided view of run-time
//! length.

use core::iter::FusedIterator;
use core::ops::Index;

use alloc::vec::Vec;

use crate::element::Element;
use crate::shape::Shape1;

use super::Rows;

impl<T: Element, const C: usize> Rows<T, Shape1<C>> {
    /// Column `j`, NumPy's `x[:, j]`: a view with one element per row,
    /// stepping `C` elements in memory. Panics when `j` is not a column.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<i32, Shape1<3>>::from_fn(4, |[i, j]| (10 * i + j) as i32);
    /// let c = x.column(1);
    /// assert_eq!((c.len(), c[2]), (4, 21));
    /// assert_eq!(c.iter().sum::<i32>(), 64);
    /// assert_eq!(c.to_vec(), [1, 11, 21, 31]);
    /// ```
    #[track_caller]
    pub fn column(&self, j: usize) -> Column<'_, T> {
        if j >= C {
            panic!("column {j} is out of bounds for rows of {C} columns");
        }
        Column {
            elements: self.as_slice(),
            first: j,
            step: C,
            len: self.len(),
        }
    }
}

/// A column of a [`Rows`] of rank-1 rows, from [`Rows::column`]: `len()`
/// elements, one per row, `step` apart in memory.
#[derive(Clone, Copy)]
pub struct Column<'a, T> {
    elements: &'a [T],
    first: usize,
    step: usize,
    len: usize,
}

impl<'a, T: Element> Column<'a, T> {
    /// The number of elements (rows).
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Element `i`, or `None` past the last.
    pub fn get(&self, i: usize) -> Option<&'a T> {
        if i < self.len {
            self.elements.get(self.first + i * self.step)
        } else {
            None
        }
    }

    /// Iterates over the elements, row by row.
    pub fn iter(&self) -> ColumnIter<'a, T> {
        ColumnIter {
            column: *self,
            next: 0,
        }
    }

    /// The elements, copied.
    pub fn to_vec(&self) -> Vec<T> {
        self.iter().copied().collect()
    }
}

/// Element `i`; panics past the last row, naming the index and length.
impl<T: Element> Index<usize> for Column<'_, T> {
    type Output = T;

    #[track_caller]
    fn index(&self, i: usize) -> &T {
        match self.get(i) {
            Some(x) => x,
            None => panic!(
                "index {i} is out of bounds for a column of {} rows",
                self.len
            ),
        }
    }
}

impl<T: Element> core::fmt::Debug for Column<'_, T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The iterator of [`Column::iter`].
pub struct ColumnIter<'a, T> {
    column: Column<'a, T>,
    next: usize,
}

impl<'a, T: Element> Iterator for ColumnIter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        let x = self.column.get(self.next)?;
        self.next += 1;
        Some(x)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.column.len - self.next;
        (left, Some(left))
    }
}

impl<T: Element> ExactSizeIterator for ColumnIter<'_, T> {}
impl<T: Element> FusedIterator for ColumnIter<'_, T> {}

impl<'a, T: Element> IntoIterator for Column<'a, T> {
    type Item = &'a T;
    type IntoIter = ColumnIter<'a, T>;

    fn into_iter(self) -> ColumnIter<'a, T> {
        self.iter()
    }
}
