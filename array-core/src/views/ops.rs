//! Operators with views: a view combines with an array or another view of
//! the same shape (the result is a new array), and a mutable view takes
//! compound assignment (`+=` ...) from an array, a view or a scalar, as
//! NumPy's `a[1:3] += b` does.

use core::ops::{
    Add, AddAssign, BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Div, DivAssign,
    Mul, MulAssign, Neg, Not, Rem, RemAssign, Sub, SubAssign,
};

use crate::array::Array;
use crate::number::private::{BitOps, Negate};
use crate::number::{Bits, Number, Signed};
use crate::ops::with_binary_ops;
use crate::order::{Order, RowMajor};
use crate::shape::{Shape, Strides};
use crate::views::{ArrayView, ArrayViewMut};

macro_rules! view_slice_ops {
    ($($Op:ident $op:ident $OpAssign:ident $op_assign:ident $Bound:ident::$f:ident $sym:literal;)*) => {$(
        #[doc = concat!("`view ", $sym, " view`, elementwise, into a new row-major array.")]
        impl<T: $Bound, S: Shape, L: Strides, L2: Strides> $Op<ArrayView<'_, T, S, L2>>
            for ArrayView<'_, T, S, L>
        {
            type Output = Array<T, S, RowMajor>;
            fn $op(self, rhs: ArrayView<'_, T, S, L2>) -> Self::Output {
                crate::raw::collect_zip(&self, &rhs, |&x, &y| T::$f(x, y))
            }
        }

        #[doc = concat!("`view ", $sym, " &a`, elementwise, into a new array in `a`'s order.")]
        impl<T: $Bound, S: Shape, L: Strides, O: Order> $Op<&Array<T, S, O>> for ArrayView<'_, T, S, L> {
            type Output = Array<T, S, O>;
            fn $op(self, rhs: &Array<T, S, O>) -> Self::Output {
                self.$op(Array::from_map(rhs.as_slice(), |x| x))
            }
        }

        #[doc = concat!("`view ", $sym, " a`, elementwise, into `a`'s memory.")]
        impl<T: $Bound, S: Shape, L: Strides, O: Order> $Op<Array<T, S, O>> for ArrayView<'_, T, S, L> {
            type Output = Array<T, S, O>;
            fn $op(self, mut rhs: Array<T, S, O>) -> Self::Output {
                rhs.view_mut().zip_for_each_mut(&self, |y, &x| *y = T::$f(x, *y));
                rhs
            }
        }

        #[doc = concat!("`a ", $sym, " view`, elementwise, into `a`'s memory.")]
        impl<T: $Bound, S: Shape, L: Strides, O: Order> $Op<ArrayView<'_, T, S, L>> for Array<T, S, O> {
            type Output = Array<T, S, O>;
            fn $op(mut self, rhs: ArrayView<'_, T, S, L>) -> Self::Output {
                self.view_mut().zip_for_each_mut(&rhs, |x, &y| *x = T::$f(*x, y));
                self
            }
        }

        #[doc = concat!("`&a ", $sym, " view`, elementwise, into a new array in `a`'s order.")]
        impl<T: $Bound, S: Shape, L: Strides, O: Order> $Op<ArrayView<'_, T, S, L>> for &Array<T, S, O> {
            type Output = Array<T, S, O>;
            fn $op(self, rhs: ArrayView<'_, T, S, L>) -> Self::Output {
                Array::<T, S, O>::from_map(self.as_slice(), |x| x).$op(rhs)
            }
        }

        #[doc = concat!("`view ", $sym, " scalar` for every element, into a new row-major array.")]
        impl<T: $Bound, S: Shape, L: Strides> $Op<T> for ArrayView<'_, T, S, L> {
            type Output = Array<T, S, RowMajor>;
            fn $op(self, rhs: T) -> Self::Output {
                crate::raw::collect_map(&self, |&x| T::$f(x, rhs))
            }
        }

        #[doc = concat!("`v ", $sym, "= view`, elementwise in place through a mutable view.")]
        impl<T: $Bound, S: Shape, L: Strides, L2: Strides> $OpAssign<ArrayView<'_, T, S, L2>>
            for ArrayViewMut<'_, T, S, L>
        {
            fn $op_assign(&mut self, rhs: ArrayView<'_, T, S, L2>) {
                self.zip_for_each_mut(&rhs, |x, &y| *x = T::$f(*x, y));
            }
        }

        #[doc = concat!("`v ", $sym, "= &a`, elementwise in place through a mutable view.")]
        impl<T: $Bound, S: Shape, L: Strides, O: Order> $OpAssign<&Array<T, S, O>>
            for ArrayViewMut<'_, T, S, L>
        {
            fn $op_assign(&mut self, rhs: &Array<T, S, O>) {
                self.zip_for_each_mut(&rhs.view(), |x, &y| *x = T::$f(*x, y));
            }
        }

        #[doc = concat!("`v ", $sym, "= a`, elementwise in place through a mutable view.")]
        impl<T: $Bound, S: Shape, L: Strides, O: Order> $OpAssign<Array<T, S, O>>
            for ArrayViewMut<'_, T, S, L>
        {
            fn $op_assign(&mut self, rhs: Array<T, S, O>) {
                <Self as $OpAssign<&Array<T, S, O>>>::$op_assign(self, &rhs);
            }
        }

        #[doc = concat!("`v ", $sym, "= scalar` for every element of a mutable view.")]
        impl<T: $Bound, S: Shape, L: Strides> $OpAssign<T> for ArrayViewMut<'_, T, S, L> {
            fn $op_assign(&mut self, rhs: T) {
                self.for_each_mut(|x| *x = T::$f(*x, rhs));
            }
        }

        #[doc = concat!("`a ", $sym, "= view`, elementwise in place.")]
        impl<T: $Bound, S: Shape, L: Strides, O: Order> $OpAssign<ArrayView<'_, T, S, L>>
            for Array<T, S, O>
        {
            fn $op_assign(&mut self, rhs: ArrayView<'_, T, S, L>) {
                self.view_mut().zip_for_each_mut(&rhs, |x, &y| *x = T::$f(*x, y));
            }
        }
    )*};
}

with_binary_ops!(view_slice_ops);

/// `-v`: each element negated, into a new row-major array.
///
/// ```
/// # extern crate shaped_core as shaped;
/// # use shaped_macros::s;
/// use shaped::Array1;
/// let a = Array1::<i32, 3>::from([1, 2, 3]);
/// assert_eq!((-a.slice(s![1..3])).as_slice(), &[-2, -3]);
/// ```
impl<T: Signed, S: Shape, L: Strides> Neg for ArrayView<'_, T, S, L> {
    type Output = Array<T, S, RowMajor>;
    fn neg(self) -> Self::Output {
        let mut out = self.to_array();
        out.map_inplace(Negate::neg);
        out
    }
}

/// `!v`: bitwise (logical for `bool`) not of each element, into a new
/// row-major array.
impl<T: Bits, S: Shape, L: Strides> Not for ArrayView<'_, T, S, L> {
    type Output = Array<T, S, RowMajor>;
    fn not(self) -> Self::Output {
        let mut out = self.to_array();
        out.map_inplace(BitOps::not);
        out
    }
}
