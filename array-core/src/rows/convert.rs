//! New rows of another element type: `cast` (NumPy's `astype`) and `map`.

use alloc::vec::Vec;

use crate::element::Element;
use crate::elementwise::CastTo;
use crate::shape::RowShape;

use super::Rows;

impl<T: Element, S: RowShape> Rows<T, S> {
    /// Each element converted to `U` as NumPy's `x.astype(U)` converts it
    /// (see [`CastTo`]).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<f64, Shape1<2>>::from_flat(vec![1.7, -2.5, 300.0, 0.0])?;
    /// assert_eq!(x.cast::<i32>().as_slice(), &[1, -2, 300, 0]);
    /// assert_eq!(x.cast::<u8>().as_slice(), &[1, 0, 255, 0]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn cast<U: Element>(&self) -> Rows<U, S>
    where
        T: CastTo<U>,
    {
        self.map(CastTo::cast)
    }

    /// `f` of each element, in C order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let x = Rows::<i32, Shape1<2>>::from_flat(vec![1, 2, 3, 4])?;
    /// assert_eq!(x.map(|v| v as f64 * 0.5).as_slice(), &[0.5, 1.0, 1.5, 2.0]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn map<U: Element>(&self, f: impl FnMut(T) -> U) -> Rows<U, S> {
        let mut flat: Vec<U> = super::build::with_room(self.size());
        flat.extend(self.as_slice().iter().copied().map(f));
        Rows::from_elements(flat, self.len())
    }

    /// `f` of each element, in place.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Rows, Shape1};
    /// let mut x = Rows::<i32, Shape1<2>>::from_flat(vec![1, 2, 3, 4])?;
    /// x.map_inplace(|v| *v *= 2);
    /// assert_eq!(x.as_slice(), &[2, 4, 6, 8]);
    /// # Ok::<(), shaped::LengthError>(())
    /// ```
    pub fn map_inplace(&mut self, f: impl FnMut(&mut T)) {
        self.as_mut_slice().iter_mut().for_each(f);
    }
}
