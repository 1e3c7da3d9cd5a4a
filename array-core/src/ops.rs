//! Elementwise arithmetic: `+ - * / %`, unary `-`, and `& | ^ !`.
//!
//! Both operands may be owned or borrowed; a scalar may stand on either
//! side; each operator has its compound assignment (`+=` ...). The shapes
//! must be equal, or the right-hand array must match the trailing axes of
//! the left one (NumPy broadcasting of a row onto every row). Anything
//! else is a type error that `cargo check` shows. Element semantics are in
//! [`Number`](crate::Number): NumPy's wrapping integers, zero for integer
//! division by zero.
//!
//! Each loop runs over the flat contiguous block, whose length is a
//! constant, so the compiler unrolls small arrays and vectorises large ones
//! (`tests/codegen.rs` checks it).

use core::ops::{
    Add, AddAssign, BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Div, DivAssign,
    Mul, MulAssign, Neg, Not, Rem, RemAssign, Sub, SubAssign,
};

use crate::array::Array;
use crate::element::Element;
use crate::loops;
use crate::number::private::{Arith, BitOps, Negate};
use crate::number::{Bits, Number, Signed};
use crate::order::Order;
use crate::shape::{Broadcast, Shape};

impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    /// `f(self[i], rhs[i])` for every element, broadcasting `rhs`.
    #[inline]
    fn zip_with<S2: Shape>(&self, rhs: &Array<T, S2, O>, f: impl Fn(T, T) -> T) -> Self
    where
        S: Broadcast<S2>,
    {
        let (a, b) = (self.as_slice(), rhs.as_slice());
        if S2::SIZE == S::SIZE {
            Self::from_zip(a, b, f)
        } else {
            let mut out = Self::from_map(a, |x| x);
            out.zip_assign(rhs, f);
            out
        }
    }

    /// `self[i] = f(self[i], rhs[i])` for every element, broadcasting `rhs`:
    /// in row-major order `rhs` repeats every `rhs.len()` elements; in
    /// column-major order each of its elements covers a run.
    #[inline]
    pub(crate) fn zip_assign<S2: Shape>(&mut self, rhs: &Array<T, S2, O>, f: impl Fn(T, T) -> T)
    where
        S: Broadcast<S2>,
    {
        let b = rhs.as_slice();
        let a = self.as_mut_slice();
        if S2::SIZE == S::SIZE {
            loops::zip_assign(a, b, f);
        } else if S::SIZE == 0 || S2::SIZE == 0 {
            // An empty side leaves nothing to combine (and no chunk length:
            // `(0, 3) + (3,)` in column-major order would divide 0 by 3).
        } else if O::IS_ROW_MAJOR {
            for chunk in a.chunks_exact_mut(S2::SIZE) {
                loops::zip_assign(chunk, b, &f);
            }
        } else {
            for (chunk, &y) in a.chunks_exact_mut(S::SIZE / S2::SIZE).zip(b) {
                loops::map_assign(chunk, |x| f(x, y));
            }
        }
    }

    /// `f(self[i])` for every element, as a new array of the same type.
    #[inline]
    fn map_same(&self, f: impl Fn(T) -> T) -> Self {
        Self::from_map(self.as_slice(), f)
    }
}

mod same {
    pub trait Sealed {}
}

/// The element type on the right of an elementwise operator between two
/// arrays: the left one's. Arrays of two dtypes do not combine (NumPy
/// would convert one of them), and the message says to `cast` one.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// let a = Array1::<f32, 2>::from([1.0, 2.0]);
/// let b = Array1::<f64, 2>::from([0.5, 0.25]);
/// assert_eq!((a.cast::<f64>() + b).as_slice(), &[1.5, 2.25]);
/// ```
#[diagnostic::on_unimplemented(
    message = "an array of `{T}` does not combine with an array of `{Self}`: NumPy would convert one of them, Rust does not",
    label = "`{T}` and `{Self}` arrays",
    note = "cast one side first, as NumPy does for you: `a.cast::<f64>() + b`"
)]
pub trait SameDtype<T: Element>: Element + same::Sealed {
    /// `a`, typed as the array of `T` it is.
    #[doc(hidden)]
    fn as_same<S: Shape, O: Order>(a: &Array<Self, S, O>) -> &Array<T, S, O>;
}

impl<T: Element> same::Sealed for T {}

impl<T: Element> SameDtype<T> for T {
    #[inline(always)]
    fn as_same<S: Shape, O: Order>(a: &Array<T, S, O>) -> &Array<T, S, O> {
        a
    }
}

macro_rules! binary_ops {
    ($($Op:ident $op:ident $OpAssign:ident $op_assign:ident $Bound:ident::$f:ident $sym:literal;)*) => {$(
        #[doc = concat!("`a ", $sym, " b`, elementwise: `a` is consumed and its memory reused; `b` has `a`'s shape or its trailing axes.")]
        impl<T: $Bound, T2: SameDtype<T>, S: Broadcast<S2>, S2: Shape, O: Order> $Op<Array<T2, S2, O>> for Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(mut self, rhs: Array<T2, S2, O>) -> Self::Output {
                self.zip_assign(T2::as_same(&rhs), T::$f);
                self
            }
        }

        #[doc = concat!("`a ", $sym, " &b`, elementwise: `a` is consumed and its memory reused; `b` has `a`'s shape or its trailing axes.")]
        impl<T: $Bound, T2: SameDtype<T>, S: Broadcast<S2>, S2: Shape, O: Order> $Op<&Array<T2, S2, O>> for Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(mut self, rhs: &Array<T2, S2, O>) -> Self::Output {
                self.zip_assign(T2::as_same(rhs), T::$f);
                self
            }
        }

        #[doc = concat!("`&a ", $sym, " b`, elementwise, into a new array; `b` has `a`'s shape or its trailing axes.")]
        impl<T: $Bound, T2: SameDtype<T>, S: Broadcast<S2>, S2: Shape, O: Order> $Op<Array<T2, S2, O>> for &Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self, rhs: Array<T2, S2, O>) -> Self::Output {
                self.zip_with(T2::as_same(&rhs), T::$f)
            }
        }

        #[doc = concat!("`&a ", $sym, " &b`, elementwise, into a new array; `b` has `a`'s shape or its trailing axes.")]
        impl<T: $Bound, T2: SameDtype<T>, S: Broadcast<S2>, S2: Shape, O: Order> $Op<&Array<T2, S2, O>> for &Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self, rhs: &Array<T2, S2, O>) -> Self::Output {
                self.zip_with(T2::as_same(rhs), T::$f)
            }
        }

        #[doc = concat!("`a ", $sym, " scalar` for every element, in `a`'s memory.")]
        impl<T: $Bound, S: Shape, O: Order> $Op<T> for Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(mut self, rhs: T) -> Self::Output {
                loops::map_assign(self.as_mut_slice(), |x| T::$f(x, rhs));
                self
            }
        }

        #[doc = concat!("`&a ", $sym, " scalar` for every element, into a new array.")]
        impl<T: $Bound, S: Shape, O: Order> $Op<T> for &Array<T, S, O> {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self, rhs: T) -> Self::Output {
                self.map_same(|x| T::$f(x, rhs))
            }
        }

        #[doc = concat!("`a ", $sym, "= b`, elementwise in place; `b` has `a`'s shape or its trailing axes.")]
        impl<T: $Bound, T2: SameDtype<T>, S: Broadcast<S2>, S2: Shape, O: Order> $OpAssign<Array<T2, S2, O>> for Array<T, S, O> {
            #[inline]
            fn $op_assign(&mut self, rhs: Array<T2, S2, O>) {
                self.zip_assign(T2::as_same(&rhs), T::$f);
            }
        }

        #[doc = concat!("`a ", $sym, "= &b`, elementwise in place; `b` has `a`'s shape or its trailing axes.")]
        impl<T: $Bound, T2: SameDtype<T>, S: Broadcast<S2>, S2: Shape, O: Order> $OpAssign<&Array<T2, S2, O>> for Array<T, S, O> {
            #[inline]
            fn $op_assign(&mut self, rhs: &Array<T2, S2, O>) {
                self.zip_assign(T2::as_same(rhs), T::$f);
            }
        }

        #[doc = concat!("`a ", $sym, "= scalar` for every element, in place.")]
        impl<T: $Bound, S: Shape, O: Order> $OpAssign<T> for Array<T, S, O> {
            #[inline]
            fn $op_assign(&mut self, rhs: T) {
                loops::map_assign(self.as_mut_slice(), |x| T::$f(x, rhs));
            }
        }
    )*};
}

/// Calls macro `$m` with the list of binary operators: trait, method,
/// assigning trait and method, element bound and element function, and the
/// operator's symbol for the docs. The
/// array operators here and the broadcast-view ones share it.
macro_rules! with_binary_ops {
    ($m:ident) => {
        $m! {
            Add add AddAssign add_assign Number::add "+";
            Sub sub SubAssign sub_assign Number::sub "-";
            Mul mul MulAssign mul_assign Number::mul "*";
            Div div DivAssign div_assign Number::div "/";
            Rem rem RemAssign rem_assign Number::rem "%";
            BitAnd bitand BitAndAssign bitand_assign Bits::and "&";
            BitOr bitor BitOrAssign bitor_assign Bits::or "|";
            BitXor bitxor BitXorAssign bitxor_assign Bits::xor "^";
        }
    };
}
pub(crate) use with_binary_ops;

with_binary_ops!(binary_ops);

/// `scalar ⊕ array`, for each element type (a generic impl is not allowed
/// for a foreign left-hand type).
macro_rules! scalar_left {
    ($Op:ident $op:ident $f:path, $sym:literal: $($t:ty),*) => {$(
        #[doc = concat!("`scalar ", $sym, " a` for every element, in `a`'s memory.")]
        impl<S: Shape, O: Order> $Op<Array<$t, S, O>> for $t {
            type Output = Array<$t, S, O>;
            #[inline]
            fn $op(self, mut rhs: Array<$t, S, O>) -> Self::Output {
                loops::map_assign(rhs.as_mut_slice(), |x| $f(self, x));
                rhs
            }
        }

        #[doc = concat!("`scalar ", $sym, " &a` for every element, into a new array.")]
        impl<S: Shape, O: Order> $Op<&Array<$t, S, O>> for $t {
            type Output = Array<$t, S, O>;
            #[inline]
            fn $op(self, rhs: &Array<$t, S, O>) -> Self::Output {
                rhs.map_same(|x| $f(self, x))
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

/// `-a`: each element negated (wrapping for integers, as in NumPy).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// assert_eq!((-Array1::<i8, 2>::from([1, -128])).as_slice(), &[-1, -128]);
/// ```
impl<T: Signed, S: Shape, O: Order> Neg for Array<T, S, O> {
    type Output = Self;
    #[inline]
    fn neg(mut self) -> Self {
        loops::map_assign(self.as_mut_slice(), Negate::neg);
        self
    }
}

impl<T: Signed, S: Shape, O: Order> Neg for &Array<T, S, O> {
    type Output = Array<T, S, O>;
    #[inline]
    fn neg(self) -> Array<T, S, O> {
        self.map_same(Negate::neg)
    }
}

/// `!a`: bitwise not of each element (logical not for `bool`).
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// assert_eq!((!Array1::<bool, 2>::from([true, false])).as_slice(), &[false, true]);
/// assert_eq!((!Array1::<u8, 1>::from([0b1010_0000])).as_slice(), &[0b0101_1111]);
/// ```
impl<T: Bits, S: Shape, O: Order> Not for Array<T, S, O> {
    type Output = Self;
    #[inline]
    fn not(mut self) -> Self {
        loops::map_assign(self.as_mut_slice(), BitOps::not);
        self
    }
}

impl<T: Bits, S: Shape, O: Order> Not for &Array<T, S, O> {
    type Output = Array<T, S, O>;
    #[inline]
    fn not(self) -> Array<T, S, O> {
        self.map_same(BitOps::not)
    }
}
