//! Choosing, ordering, joining and splitting rows: NumPy's `x[mask]`,
//! `x[idx]`, `x[:, j].argsort()`, `np.concatenate` along axis 0 and
//! `np.split`.

use alloc::vec::Vec;

use crate::element::Element;
use crate::shape::{RowShape, Shape1};
use crate::sort::numpy_order;

use super::Rows;
use super::build::with_room;
use super::look::out_of_range;

impl<T: Element, S: RowShape> Rows<T, S> {
    /// The rows where `mask` is `true`, NumPy's `x[mask]` with a boolean
    /// mask of one entry per row. Panics when the mask's length is not
    /// the number of rows, naming both (NumPy raises an `IndexError`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<i32, Shape1<2>>::from_fn(4, |[i, j]| (i * 2 + j) as i32);
    /// let mask: Vec<bool> = x.iter().map(|row| row[0] % 4 == 0).collect();
    /// assert_eq!(x.select_rows(&mask).as_slice(), &[0, 1, 4, 5]);
    /// ```
    #[track_caller]
    pub fn select_rows(&self, mask: &[bool]) -> Self {
        if mask.len() != self.len() {
            panic!(
                "a boolean mask of {} entries cannot select from {} rows: it needs one entry per row",
                mask.len(),
                self.len()
            );
        }
        let kept = mask.iter().filter(|&&keep| keep).count();
        let mut flat = with_room(kept * S::SIZE);
        for (row, _) in self.iter().zip(mask).filter(|(_, keep)| **keep) {
            flat.extend_from_slice(row.as_slice());
        }
        Self::from_elements(flat, kept)
    }

    /// The rows at `indices`, in that order (repeats allowed), NumPy's
    /// `x[idx]`. Panics on an index past the last row, naming it and the
    /// number of rows.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<i32, Shape1<2>>::from_fn(3, |[i, j]| (i * 2 + j) as i32);
    /// assert_eq!(x.take_rows(&[2, 0, 2]).as_slice(), &[4, 5, 0, 1, 4, 5]);
    /// ```
    #[track_caller]
    pub fn take_rows(&self, indices: &[usize]) -> Self {
        let mut flat = with_room(indices.len() * S::SIZE);
        for &i in indices {
            match self.get(i) {
                Some(row) => flat.extend_from_slice(row.as_slice()),
                None => out_of_range(i, self.len()),
            }
        }
        Self::from_elements(flat, indices.len())
    }

    /// Moves all rows of `other` to the end of `self`, leaving `other`
    /// empty, as `Vec::append` (NumPy's `np.concatenate([a, b])`, in
    /// place).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut a = Rows::<u8, Shape1<2>>::full(1, 1);
    /// let mut b = Rows::<u8, Shape1<2>>::full(2, 2);
    /// a.append(&mut b);
    /// assert_eq!((a.as_slice(), b.len()), (&[1, 1, 2, 2, 2, 2][..], 0));
    /// ```
    pub fn append(&mut self, other: &mut Self) {
        self.rows.append(&mut other.rows);
    }

    /// `self`'s rows then `other`'s, as new rows: NumPy's
    /// `np.concatenate([a, b])` (axis 0).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let a = Rows::<u8, Shape1<2>>::full(1, 1);
    /// let b = Rows::<u8, Shape1<2>>::full(1, 2);
    /// assert_eq!(a.concat_rows(&b).as_slice(), &[1, 1, 2, 2]);
    /// ```
    pub fn concat_rows(&self, other: &Self) -> Self {
        let mut flat = with_room(self.size() + other.size());
        flat.extend_from_slice(self.as_slice());
        flat.extend_from_slice(other.as_slice());
        Self::from_elements(flat, self.len() + other.len())
    }

    /// The rows cut before each of `indices`, NumPy's
    /// `np.split(x, [i, j])`: `x[:i]`, `x[i:j]`, `x[j:]`. As in NumPy, an
    /// index past the end gives empty parts, and a smaller index than the
    /// one before it an empty part.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<i32, Shape1<1>>::from_fn(5, |[i, _]| i as i32);
    /// let parts = x.split(&[2, 3]);
    /// let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    /// assert_eq!(lens, [2, 1, 2]);
    /// assert_eq!(parts[2].as_slice(), &[3, 4]);
    /// ```
    pub fn split(&self, indices: &[usize]) -> Vec<Self> {
        let n = self.len();
        let mut parts = Vec::with_capacity(indices.len() + 1);
        let mut start = 0;
        for &end in indices.iter().chain(core::iter::once(&n)) {
            let (from, to) = (start.min(n), end.min(n));
            let rows = if to > from {
                &self.as_rows()[from..to]
            } else {
                &[][..]
            };
            let mut flat = Vec::with_capacity(rows.len() * S::SIZE);
            for row in rows {
                flat.extend_from_slice(row.as_slice());
            }
            parts.push(Self::from_elements(flat, rows.len()));
            start = end;
        }
        parts
    }
}

impl<T: Element, const C: usize> Rows<T, Shape1<C>> {
    /// The order of the rows by column `j`, NumPy's
    /// `x[:, j].argsort(kind='stable')`: ascending, equal values in their
    /// rows' order, NaN last. `x.take_rows(&order)` is NumPy's
    /// `x[x[:, j].argsort()]`. Panics when `j` is not a column.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<f64, Shape1<2>>::from_flat(vec![3.0, 0.0, f64::NAN, 1.0, -1.0, 2.0, 3.0, 3.0])?;
    /// assert_eq!(x.argsort_by_column(0), [2, 0, 3, 1]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    #[track_caller]
    pub fn argsort_by_column(&self, j: usize) -> Vec<usize> {
        if j >= C {
            panic!("column {j} is out of bounds for rows of {C} columns");
        }
        let mut keyed: Vec<(T, usize)> = self.iter().map(|row| row[j]).zip(0..).collect();
        keyed.sort_by(|a, b| numpy_order(&a.0, &b.0));
        keyed.into_iter().map(|(_, i)| i).collect()
    }

    /// The rows sorted by column `j`, NumPy's `x[x[:, j].argsort(kind='stable')]`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<i32, Shape1<2>>::from_flat(vec![3, 0, 1, 1, 2, 2])?;
    /// assert_eq!(x.sorted_by_column(0).as_slice(), &[1, 1, 2, 2, 3, 0]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    #[track_caller]
    pub fn sorted_by_column(&self, j: usize) -> Self {
        self.take_rows(&self.argsort_by_column(j))
    }
}
