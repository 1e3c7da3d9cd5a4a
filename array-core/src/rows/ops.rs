//! Elementwise arithmetic, with NumPy's broadcasting of the `(n, *S)`
//! array: with one row (`x - mean`, NumPy's `x - x.mean(axis=0)`), with a
//! scalar, and with other rows of the same length (a length known only at
//! run time: a mismatch panics naming both, and `try_add` ... return it as
//! an error). Integer arithmetic wraps, and dividing by zero gives 0, as
//! for arrays (`number.rs`).

use core::fmt;
use core::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Sub, SubAssign};

use crate::array::Array;
use crate::number::Number;
use crate::number::private::Arith;
use crate::shape::RowShape;

use super::Rows;
use super::build::with_room;

/// Two [`Rows`] of different lengths in an elementwise operation: NumPy's
/// "operands could not be broadcast together".
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Rows, Shape1};
/// let a = Rows::<f64, Shape1<2>>::zeros(3);
/// let b = Rows::<f64, Shape1<2>>::zeros(4);
/// let err = a.try_add(&b).unwrap_err();
/// assert_eq!((err.left(), err.right()), (3, 4));
/// assert_eq!(err.to_string(), "cannot combine 3 rows with 4 rows elementwise: the lengths differ");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowsLengthError {
    left: usize,
    right: usize,
}

impl RowsLengthError {
    /// The number of rows on the left.
    pub fn left(&self) -> usize {
        self.left
    }

    /// The number of rows on the right.
    pub fn right(&self) -> usize {
        self.right
    }
}

impl fmt::Display for RowsLengthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot combine {} rows with {} rows elementwise: the lengths differ",
            self.left, self.right
        )
    }
}

impl core::error::Error for RowsLengthError {}

impl<T: Number, S: RowShape> Rows<T, S> {
    /// `f(self[k], other[k])` for each element, or the lengths that differ.
    fn zip_with(&self, other: &Rows<T, S>, f: impl Fn(T, T) -> T) -> Result<Self, RowsLengthError> {
        if self.len() != other.len() {
            return Err(RowsLengthError {
                left: self.len(),
                right: other.len(),
            });
        }
        let mut flat = with_room(self.size());
        flat.extend(
            self.as_slice()
                .iter()
                .zip(other.as_slice())
                .map(|(&a, &b)| f(a, b)),
        );
        Ok(Self::from_elements(flat, self.len()))
    }

    /// `f(self[i][k], row[k])` for each element: the row broadcast.
    fn with_row(&self, row: &Array<T, S>, f: impl Fn(T, T) -> T) -> Self {
        let mut flat = with_room(self.size());
        for own in self.iter() {
            flat.extend(
                own.as_slice()
                    .iter()
                    .zip(row.as_slice())
                    .map(|(&a, &b)| f(a, b)),
            );
        }
        Self::from_elements(flat, self.len())
    }

    /// `f(x, value)` for each element.
    fn with_scalar(&self, value: T, f: impl Fn(T, T) -> T) -> Self {
        let mut flat = with_room(self.size());
        flat.extend(self.as_slice().iter().map(|&a| f(a, value)));
        Self::from_elements(flat, self.len())
    }

    /// In place: `*x = f(*x, row[k])` along every row.
    fn assign_row(&mut self, row: &Array<T, S>, f: impl Fn(T, T) -> T) {
        for own in self.iter_mut() {
            for (a, &b) in own.as_mut_slice().iter_mut().zip(row.as_slice()) {
                *a = f(*a, b);
            }
        }
    }

    /// In place with other rows of the same length.
    #[track_caller]
    fn assign_rows(&mut self, other: &Rows<T, S>, f: impl Fn(T, T) -> T) {
        if self.len() != other.len() {
            mismatch(self.len(), other.len());
        }
        for (a, &b) in self.as_mut_slice().iter_mut().zip(other.as_slice()) {
            *a = f(*a, b);
        }
    }
}

#[cold]
#[track_caller]
fn mismatch(left: usize, right: usize) -> ! {
    panic!("{}", RowsLengthError { left, right })
}

/// Each operator with rows (of the same length), with a row, and with a
/// scalar, by reference and in place; and its `try_` method.
macro_rules! operators {
    ($($op:ident $method:ident $assign:ident $assign_method:ident $try:ident $name:literal;)*) => {$(
        impl<T: Number, S: RowShape> Rows<T, S> {
            #[doc = concat!("`self ", $name, " other` elementwise, or the lengths when they differ")]
            /// (NumPy raises "could not be broadcast").
            ///
            /// ```
            /// # use shaped_core as shaped;
            /// use shaped::{Rows, Shape1};
            /// let a = Rows::<i32, Shape1<2>>::full(2, 6);
            /// let b = Rows::<i32, Shape1<2>>::full(2, 3);
            #[doc = concat!("assert!(a.", stringify!($try), "(&b).is_ok());")]
            #[doc = concat!("assert!(a.", stringify!($try), "(&Rows::zeros(5)).is_err());")]
            /// ```
            pub fn $try(&self, other: &Rows<T, S>) -> Result<Rows<T, S>, RowsLengthError> {
                self.zip_with(other, Arith::$method)
            }
        }

        #[doc = concat!("`&x ", $name, " &y` for rows of the same length; panics naming both")]
        /// lengths when they differ.
        impl<T: Number, S: RowShape> $op<&Rows<T, S>> for &Rows<T, S> {
            type Output = Rows<T, S>;

            #[track_caller]
            fn $method(self, other: &Rows<T, S>) -> Rows<T, S> {
                match self.zip_with(other, Arith::$method) {
                    Ok(rows) => rows,
                    Err(e) => mismatch(e.left, e.right),
                }
            }
        }

        #[doc = concat!("`x ", $name, " &y`, in `x`'s memory.")]
        impl<T: Number, S: RowShape> $op<&Rows<T, S>> for Rows<T, S> {
            type Output = Rows<T, S>;

            #[track_caller]
            fn $method(mut self, other: &Rows<T, S>) -> Rows<T, S> {
                self.assign_rows(other, Arith::$method);
                self
            }
        }

        #[doc = concat!("`&x ", $name, " &row`: the row applied to every row, NumPy's broadcast.")]
        impl<T: Number, S: RowShape> $op<&Array<T, S>> for &Rows<T, S> {
            type Output = Rows<T, S>;

            fn $method(self, row: &Array<T, S>) -> Rows<T, S> {
                self.with_row(row, Arith::$method)
            }
        }

        #[doc = concat!("`x ", $name, " &row`, in `x`'s memory.")]
        impl<T: Number, S: RowShape> $op<&Array<T, S>> for Rows<T, S> {
            type Output = Rows<T, S>;

            fn $method(mut self, row: &Array<T, S>) -> Rows<T, S> {
                self.assign_row(row, Arith::$method);
                self
            }
        }

        #[doc = concat!("`&x ", $name, " scalar`.")]
        impl<T: Number, S: RowShape> $op<T> for &Rows<T, S> {
            type Output = Rows<T, S>;

            fn $method(self, value: T) -> Rows<T, S> {
                self.with_scalar(value, Arith::$method)
            }
        }

        #[doc = concat!("`x ", $name, " scalar`, in `x`'s memory.")]
        impl<T: Number, S: RowShape> $op<T> for Rows<T, S> {
            type Output = Rows<T, S>;

            fn $method(mut self, value: T) -> Rows<T, S> {
                self.as_mut_slice().iter_mut().for_each(|a| *a = Arith::$method(*a, value));
                self
            }
        }

        #[doc = concat!("`x ", $name, "= &y` for rows of the same length; panics naming both")]
        /// lengths when they differ.
        impl<T: Number, S: RowShape> $assign<&Rows<T, S>> for Rows<T, S> {
            #[track_caller]
            fn $assign_method(&mut self, other: &Rows<T, S>) {
                self.assign_rows(other, Arith::$method);
            }
        }

        #[doc = concat!("`x ", $name, "= &row`, along every row.")]
        impl<T: Number, S: RowShape> $assign<&Array<T, S>> for Rows<T, S> {
            fn $assign_method(&mut self, row: &Array<T, S>) {
                self.assign_row(row, Arith::$method);
            }
        }

        #[doc = concat!("`x ", $name, "= scalar`.")]
        impl<T: Number, S: RowShape> $assign<T> for Rows<T, S> {
            fn $assign_method(&mut self, value: T) {
                self.as_mut_slice().iter_mut().for_each(|a| *a = Arith::$method(*a, value));
            }
        }
    )*};
}

operators! {
    Add add AddAssign add_assign try_add "+";
    Sub sub SubAssign sub_assign try_sub "-";
    Mul mul MulAssign mul_assign try_mul "*";
    Div div DivAssign div_assign try_div "/";
}
