//! Elementwise arithmetic: `+ - * / %`, unary `-`, and `& | ^ !`, on every
//! kind of array.
//!
//! The left side is an array (owned or borrowed) or a view (`ArrayView`,
//! `&ArrayViewMut`); the right side is any [`Operand`]: an array or view of
//! the same dtype whose shape is the left one's or its trailing axes (NumPy
//! broadcasting of a row onto every row), or one value. A scalar may also
//! stand on the left. Each operator has its compound assignment (`+=` ...)
//! on arrays and mutable views (NumPy's `a[1:3] += b`). Anything else is a
//! type error that `cargo check` shows. Element semantics are in
//! [`Number`](crate::Number): NumPy's wrapping integers, zero for integer
//! division by zero.
//!
//! An owned array on the left is reused for the result; otherwise the
//! result is a new array in the order of the left side's copy, and one
//! bigger than a main thread's 8 MiB stack does not build: its message
//! names the heap pattern, the compound assignment on a boxed copy
//! (`let mut c = a.to_array_boxed(); *c += &b;`). Over
//! contiguous memory each loop runs over the flat block, whose length is a
//! constant, so the compiler unrolls small arrays and vectorises large ones
//! (`tests/codegen.rs` checks it).

use core::ops::{
    Add, AddAssign, BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Div, DivAssign,
    Mul, MulAssign, Neg, Not, Rem, RemAssign, Sub, SubAssign,
};

use crate::array::Array;
use crate::number::private::{Arith, BitOps, Negate};
use crate::number::{Arithmetic, Bits, Number, Signed};
use crate::operand::{Operand, assign_sides, combine_sides};
use crate::order::Order;
use crate::raw::Strides;
use crate::shape::Shape;
use crate::stack_limit::{FitsOnStackOr, OperatorInPlace};
use crate::views::{ArrayView, ArrayViewMut};

/// The operator impls for one binary operator, on every kind of left side.
macro_rules! binary_ops {
    ($($Op:ident $op:ident $OpAssign:ident $op_assign:ident $Bound:ident::$f:ident $sym:literal;)*) => {$(
        #[doc = concat!("`a ", $sym, " b`, elementwise: `a` is consumed and its memory reused; `b` is an array or view of `a`'s shape or its trailing axes, or a value.")]
        impl<T: $Bound, S: Shape, O: Order, R: Operand<T, S, O>> $Op<R> for Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(mut self, rhs: R) -> Self::Output {
                assign_sides(&mut self.view_mut(), &rhs, T::$f);
                self
            }
        }

        #[doc = concat!("`&a ", $sym, " b`, elementwise, into a new array.")]
        impl<T: $Bound, S: Shape, O: Order, R: Operand<T, S, O>> $Op<R> for &Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self, rhs: R) -> Self::Output {
                let () = FitsOnStackOr::<T, S, OperatorInPlace>::OK;
                combine_sides(&self.view(), &rhs, T::$f)
            }
        }

        #[doc = concat!("`view ", $sym, " b`, elementwise, into a new array in the order of the view's copy.")]
        impl<T: $Bound, S: Shape, L: Strides, R: Operand<T, S, L::Order>> $Op<R> for ArrayView<'_, T, S, L> {
            type Output = Array<T, S, L::Order>;
            #[inline]
            fn $op(self, rhs: R) -> Self::Output {
                let () = FitsOnStackOr::<T, S, OperatorInPlace>::OK;
                combine_sides(&self, &rhs, T::$f)
            }
        }

        #[doc = concat!("`&view ", $sym, " b`, elementwise, into a new array in the order of the view's copy.")]
        impl<T: $Bound, S: Shape, L: Strides, R: Operand<T, S, L::Order>> $Op<R> for &ArrayView<'_, T, S, L> {
            type Output = Array<T, S, L::Order>;
            #[inline]
            fn $op(self, rhs: R) -> Self::Output {
                let () = FitsOnStackOr::<T, S, OperatorInPlace>::OK;
                combine_sides(self, &rhs, T::$f)
            }
        }

        #[doc = concat!("`&view ", $sym, " b` for a mutable view, into a new array.")]
        impl<T: $Bound, S: Shape, L: Strides, R: Operand<T, S, L::Order>> $Op<R> for &ArrayViewMut<'_, T, S, L> {
            type Output = Array<T, S, L::Order>;
            #[inline]
            fn $op(self, rhs: R) -> Self::Output {
                let () = FitsOnStackOr::<T, S, OperatorInPlace>::OK;
                combine_sides(&self.view(), &rhs, T::$f)
            }
        }

        #[doc = concat!("`a ", $sym, "= b`, elementwise in place; `b` is an array or view of `a`'s shape or its trailing axes, or a value.")]
        impl<T: $Bound, S: Shape, O: Order, R: Operand<T, S, O>> $OpAssign<R> for Array<T, S, O> {
            #[inline]
            fn $op_assign(&mut self, rhs: R) {
                assign_sides(&mut self.view_mut(), &rhs, T::$f);
            }
        }

        #[doc = concat!("`v ", $sym, "= b` through a mutable view, NumPy's `a[1:3] ", $sym, "= b`.")]
        impl<T: $Bound, S: Shape, L: Strides, R: Operand<T, S, L::Order>> $OpAssign<R> for ArrayViewMut<'_, T, S, L> {
            #[inline]
            fn $op_assign(&mut self, rhs: R) {
                assign_sides(self, &rhs, T::$f);
            }
        }
    )*};
}

/// The binary operators, for the macros that generate their impls.
macro_rules! with_binary_ops {
    ($m:ident) => {
        $m! {
            Add add AddAssign add_assign Arithmetic::add "+";
            Sub sub SubAssign sub_assign Arithmetic::sub "-";
            Mul mul MulAssign mul_assign Arithmetic::mul "*";
            Div div DivAssign div_assign Arithmetic::div "/";
            Rem rem RemAssign rem_assign Number::rem "%";
            BitAnd bitand BitAndAssign bitand_assign Bits::and "&";
            BitOr bitor BitOrAssign bitor_assign Bits::or "|";
            BitXor bitxor BitXorAssign bitxor_assign Bits::xor "^";
        }
    };
}

with_binary_ops!(binary_ops);

/// `scalar op array` for one scalar type, on every kind of right side.
macro_rules! scalar_left {
    ($Op:ident $op:ident $f:path, $sym:literal: $($t:ty),*) => {$(
        #[doc = concat!("`scalar ", $sym, " a` for every element, in `a`'s memory.")]
        impl<S: Shape, O: Order> $Op<Array<$t, S, O>> for $t {
            type Output = Array<$t, S, O>;
            #[inline]
            fn $op(self, mut rhs: Array<$t, S, O>) -> Self::Output {
                rhs.map_inplace(|x| $f(self, x));
                rhs
            }
        }

        #[doc = concat!("`scalar ", $sym, " &a` for every element, into a new array.")]
        impl<S: Shape, O: Order> $Op<&Array<$t, S, O>> for $t {
            type Output = Array<$t, S, O>;
            #[inline]
            fn $op(self, rhs: &Array<$t, S, O>) -> Self::Output {
                rhs.map(|x| $f(self, x))
            }
        }

        #[doc = concat!("`scalar ", $sym, " view` for every element, into a new array.")]
        impl<S: Shape, L: Strides> $Op<ArrayView<'_, $t, S, L>> for $t {
            type Output = Array<$t, S, L::Order>;
            #[inline]
            fn $op(self, rhs: ArrayView<'_, $t, S, L>) -> Self::Output {
                rhs.map(|x| $f(self, x))
            }
        }

    )*};
}

/// `scalar_left!` for each operator and each type of the dtype table with
/// it: arithmetic for the numbers, bitwise operations for the integers and
/// `bool`.
macro_rules! scalar_left_all {
    ($($t:ident $kind:tt $numpy:tt;)*) => {$(scalar_left_all!(@ $kind $t);)*};
    (@ 'b' $t:ident) => { scalar_left_all!(@bits $t); };
    (@ 'i' $t:ident) => { scalar_left_all!(@numbers $t); scalar_left_all!(@bits $t); };
    (@ 'u' $t:ident) => { scalar_left_all!(@numbers $t); scalar_left_all!(@bits $t); };
    (@ 'f' $t:ident) => { scalar_left_all!(@numbers $t); };
    (@numbers $t:ident) => {
        scalar_left!(Add add Arith::add, "+": $t);
        scalar_left!(Sub sub Arith::sub, "-": $t);
        scalar_left!(Mul mul Arith::mul, "*": $t);
        scalar_left!(Div div Arith::div, "/": $t);
        scalar_left!(Rem rem Arith::rem, "%": $t);
    };
    (@bits $t:ident) => {
        scalar_left!(BitAnd bitand BitOps::and, "&": $t);
        scalar_left!(BitOr bitor BitOps::or, "|": $t);
        scalar_left!(BitXor bitxor BitOps::xor, "^": $t);
    };
}

crate::element::for_each_dtype!(scalar_left_all);

/// `scalar_left!` for the complex types (feature `num-complex`): `+ - * /`.
#[cfg(feature = "num-complex")]
mod complex_left {
    use super::*;
    use crate::element::Complex;
    use crate::number::private::Field;

    scalar_left!(Add add Field::add, "+": Complex<f32>, Complex<f64>);
    scalar_left!(Sub sub Field::sub, "-": Complex<f32>, Complex<f64>);
    scalar_left!(Mul mul Field::mul, "*": Complex<f32>, Complex<f64>);
    scalar_left!(Div div Field::div, "/": Complex<f32>, Complex<f64>);
}

/// A unary operator on every kind of array.
macro_rules! unary_ops {
    ($($Op:ident $op:ident $Bound:ident $f:path, $numpy:literal;)*) => {$(
        #[doc = concat!("NumPy's `", $numpy, "` of each element, in `a`'s memory.")]
        impl<T: $Bound, S: Shape, O: Order> $Op for Array<T, S, O> {
            type Output = Self;
            #[inline]
            fn $op(mut self) -> Self {
                self.map_inplace($f);
                self
            }
        }

        #[doc = concat!("NumPy's `", $numpy, "` of each element, into a new array.")]
        impl<T: $Bound, S: Shape, O: Order> $Op for &Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self) -> Array<T, S, O> {
                self.map($f)
            }
        }

        #[doc = concat!("NumPy's `", $numpy, "` of each element of a view, into a new array.")]
        impl<T: $Bound, S: Shape, L: Strides> $Op for ArrayView<'_, T, S, L> {
            type Output = Array<T, S, L::Order>;
            #[inline]
            fn $op(self) -> Self::Output {
                self.map($f)
            }
        }

        #[doc = concat!("NumPy's `", $numpy, "` of each element of a view, into a new array.")]
        impl<T: $Bound, S: Shape, L: Strides> $Op for &ArrayView<'_, T, S, L> {
            type Output = Array<T, S, L::Order>;
            #[inline]
            fn $op(self) -> Self::Output {
                self.map($f)
            }
        }

        #[doc = concat!("NumPy's `", $numpy, "` of each element of a mutable view, into a new array.")]
        impl<T: $Bound, S: Shape, L: Strides> $Op for &ArrayViewMut<'_, T, S, L> {
            type Output = Array<T, S, L::Order>;
            #[inline]
            fn $op(self) -> Self::Output {
                self.map($f)
            }
        }
    )*};
}

unary_ops! {
    Neg neg Signed Negate::neg, "negative";
    Not not Bits BitOps::not, "invert";
}
