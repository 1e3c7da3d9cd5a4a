//! Linear algebra of views: each method is the array's (`np.linalg` of
//! `v.copy()`), on the array the view would copy to, read in place when the
//! view is laid out as one (every contiguous view) and copied otherwise.
//! The kernels are written over arrays, once; these are their entries for
//! `ArrayView` and `ArrayViewMut`.

use crate::array::Array;
use crate::kinds::{every_view_of_shape, with_array};
use crate::linalg::{Float, SolveRhs};
use crate::number::Number;
use crate::order::RowMajor;
use crate::shape::{Shape1, Shape2, Square};

every_view_of_shape! { <const R, const C> Shape2<R, C>, [Number]
    /// [`Array::det`] of the matrix the view would copy to.
    pub fn det(&self) -> T
    where
        T: Float,
        Shape2<R, C>: Square<R, C>,
    {
        with_array(&self.view(), |a| a.det())
    }

    /// [`Array::inv`] of the matrix the view would copy to.
    pub fn inv(&self) -> Option<Array<T, Shape2<R, C>, O>>
    where
        T: Float,
        Shape2<R, C>: Square<R, C>,
    {
        with_array(&self.view(), |a| a.inv())
    }

    /// [`Array::solve`] with the matrix the view would copy to.
    pub fn solve<B: SolveRhs<T, R, O>>(&self, b: &B) -> Option<B>
    where
        T: Float,
        Shape2<R, C>: Square<R, C>,
    {
        with_array(&self.view(), |a| a.solve(b))
    }

    /// [`Array::matrix_power`] of the matrix the view would copy to.
    pub fn matrix_power(&self, n: u32) -> Array<T, Shape2<R, C>, O>
    where
        Shape2<R, C>: Square<R, C>,
    {
        with_array(&self.view(), |a| a.matrix_power(n))
    }

    /// [`Array::trace`]: the sum of the main diagonal.
    pub fn trace(&self) -> T::Accumulator {
        with_array(&self.view(), |a| a.trace())
    }

    #[cfg(any(feature = "std", feature = "libm"))]
    /// [`Array::cholesky`] of the matrix the view would copy to.
    pub fn cholesky(&self) -> Option<Array<T, Shape2<R, C>, O>>
    where
        T: Float,
        Shape2<R, C>: Square<R, C>,
    {
        with_array(&self.view(), |a| a.cholesky())
    }

    #[cfg(any(feature = "std", feature = "libm"))]
    /// [`Array::qr`] of the matrix the view would copy to.
    #[allow(clippy::type_complexity)]
    pub fn qr(&self) -> (Array<T, Shape2<R, C>, O>, Array<T, Shape2<C, C>, O>)
    where
        T: Float,
    {
        with_array(&self.view(), |a| a.qr())
    }

    #[cfg(any(feature = "std", feature = "libm"))]
    /// [`Array::qr_complete`] of the matrix the view would copy to.
    #[allow(clippy::type_complexity)]
    pub fn qr_complete(&self) -> (Array<T, Shape2<R, R>, O>, Array<T, Shape2<R, C>, O>)
    where
        T: Float,
    {
        with_array(&self.view(), |a| a.qr_complete())
    }

    #[cfg(any(feature = "std", feature = "libm"))]
    /// [`Array::eigh`] of the symmetric matrix the view would copy to.
    pub fn eigh(&self) -> (Array<T, Shape1<R>, O>, Array<T, Shape2<R, C>, O>)
    where
        T: Float,
        Shape2<R, C>: Square<R, C>,
    {
        with_array(&self.view(), |a| a.eigh())
    }

    /// [`Array::norm_l1`] of a matrix: its largest column sum.
    pub fn norm_l1(&self) -> T
    where
        T: Float,
    {
        with_array(&self.view(), |a| a.norm_l1())
    }

    /// [`Array::norm_inf`] of a matrix: its largest row sum.
    pub fn norm_inf(&self) -> T
    where
        T: Float,
    {
        with_array(&self.view(), |a| a.norm_inf())
    }
}

every_view_of_shape! { <const N> Shape1<N>, [Float]
    /// [`Array::norm_l1`] of a vector: the sum of magnitudes.
    pub fn norm_l1(&self) -> T {
        with_array(&self.view(), |a| a.norm_l1())
    }

    /// [`Array::norm_inf`] of a vector: the largest magnitude.
    pub fn norm_inf(&self) -> T {
        with_array(&self.view(), |a| a.norm_inf())
    }
}

every_view_of_shape! { <const M> Shape1<M>, [Number]
    /// [`Array::outer`]: the outer product with a vector of the same order.
    pub fn outer<const N: usize>(&self, other: &Array<T, Shape1<N>, O>) -> Array<T, Shape2<M, N>, RowMajor> {
        with_array(&self.view(), |a| a.outer(other))
    }
}

every_view_of_shape! { <> Shape1<3>, [Number]
    /// [`Array::cross`]: the cross product with a 3-vector of the same order.
    pub fn cross(&self, other: &Array<T, Shape1<3>, O>) -> Array<T, Shape1<3>, O> {
        with_array(&self.view(), |a| a.cross(other))
    }
}

/// [`Array::norm`] for the two view kinds.
macro_rules! view_norm {
    ($($kind:ident)*) => {$(
        crate::kinds::impl_kind!(@$kind [T: Float, S: crate::shape::Shape,] T, S;
            /// [`Array::norm`] of the elements: their Euclidean length.
            #[cfg(any(feature = "std", feature = "libm"))]
            pub fn norm(&self) -> T {
                with_array(&self.view(), |a| a.norm())
            }
        );
    )*};
}

view_norm!(view view_mut);
