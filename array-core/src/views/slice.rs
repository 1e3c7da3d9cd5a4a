//! Slicing views: [`ArrayView`] and [`ArrayViewMut`], NumPy's basic
//! indexing (`a[1:3, ::2]`, `a[:, 0]`) written `a.slice(s![1..3, ..;2])`.
//!
//! A view's shape and the steps of its axes are in its type, so it is one
//! pointer at run time and every fact NumPy reads from a view's header is a
//! constant here. Views of views compose, `t()` reverses the axes, and a
//! view of a `ColMajor` array steps as NumPy's F-order views do. The
//! pointer arithmetic lives in `raw::strided`; this file is safe code.

use core::ops::{Index, IndexMut};

use crate::array::Array;
use crate::element::Stored;
use crate::index::out_of_bounds;
use crate::order::Order;
use crate::raw::{Contiguous, Strides};
use crate::shape::{Shape, SliceArg, Sliced, Slicing};
use crate::views::{ArrayView, ArrayViewMut, Iter, IterMut};

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// A read-only view of part of the array, NumPy's basic indexing:
    /// `a.slice(s![1..3, .., 0])` is `a[1:3, :, 0]`, without a copy.
    ///
    /// Inside [`s!`](https://docs.rs/shaped/latest/shaped/macro.s.html):
    /// `a..b`, `a..`, `..b`, `..`, an integer (which drops that axis, as
    /// NumPy's `a[:, 0]` does), negative bounds counting from the end
    /// (`-2..`), a step `a..b;k` (negative: the same range walked
    /// backwards), and fewer entries than axes (the rest are `..`). A bound
    /// out of range fails to build, with the numbers.
    ///
    /// The view's shape is in its type. Where its length depends on the
    /// axis's (`1..`, `..-1`, `..;2`), stable Rust cannot compute it in a
    /// type: write the view's type, and the compiler checks your number.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::{Array2, ArrayView, Shape1, Shape2};
    /// let a = Array2::<f64, 4, 6>::from_fn(|[i, j]| (10 * i + j) as f64);
    /// let block: ArrayView<_, Shape2<2, 3>, _> = a.slice(s![1..3, ..;2]); // a[1:3, ::2]
    /// assert_eq!(block.shape(), [2, 3]);
    /// assert_eq!(block.strides(), [48, 16]); // NumPy's, in bytes
    /// assert_eq!(block[[1, 2]], 24.0);
    /// let column = a.slice(s![.., 0]); // a[:, 0]: the axis is dropped
    /// assert_eq!(column.to_array().as_slice(), &[0.0, 10.0, 20.0, 30.0]);
    /// let tail: ArrayView<_, Shape1<4>, _> = a.slice(s![-1, 2..]); // a[-1, 2:]
    /// assert_eq!(tail.sum(), 32.0 + 33.0 + 34.0 + 35.0);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn slice<Sp: SliceArg<S>>(
        &self,
        spec: Sp,
    ) -> ArrayView<'_, T, Sp::Shape, Sliced<S, Contiguous<S, O>, Sp>> {
        // Checked here so that a bad bound is reported at the caller's line.
        let () = Slicing::<S, Sp>::CHECK;
        self.view().slice(spec)
    }

    /// A mutable view of part of the array: `a.slice_mut(s![..540, .., 0])
    /// .fill(255)` is NumPy's `a[:540, :, 0] = 255`. See
    /// [`slice`](Self::slice) for what `s![...]` takes.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array3;
    /// let mut canvas = Array3::<u8, 4, 6, 3>::zeros();
    /// canvas.slice_mut(s![..2, .., 0]).fill(255); // the top half red
    /// assert_eq!(canvas[[1, 5, 0]], 255);
    /// assert_eq!(canvas[[2, 0, 0]], 0);
    /// assert_eq!(canvas[[0, 0, 1]], 0);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn slice_mut<Sp: SliceArg<S>>(
        &mut self,
        spec: Sp,
    ) -> ArrayViewMut<'_, T, Sp::Shape, Sliced<S, Contiguous<S, O>, Sp>> {
        // Checked here so that a bad bound is reported at the caller's line.
        let () = Slicing::<S, Sp>::CHECK;
        self.view_mut().into_slice_mut(spec)
    }
}

/// The facts NumPy reads from a view's header, as for arrays.
macro_rules! view_facts {
    ($view:ident) => {
        impl<T: Stored, S: Shape, L: Strides> $view<'_, T, S, L> {
            /// The dimensions, NumPy's `shape`.
            pub const SHAPE: S::Index = S::SHAPE;
            /// The number of dimensions, NumPy's `ndim`.
            pub const NDIM: usize = S::NDIM;
            /// The number of elements, NumPy's `size`.
            pub const SIZE: usize = S::SIZE;

            /// Bytes to step along each axis, NumPy's `v.strides`: negative
            /// where the view walks an axis backwards.
            pub fn strides(&self) -> S::Strides {
                let mut strides = S::Strides::default();
                for (s, step) in strides.as_mut().iter_mut().zip(L::STEPS) {
                    // Wrapping, as NumPy's strides do: only an axis of length 1
                    // (never stepped) can have a step whose byte count
                    // overflows, as `s![..;isize::MAX]` makes (NumPy reports
                    // `a[::sys.maxsize].strides == (-8,)` for 8-byte items).
                    *s = step.wrapping_mul(core::mem::size_of::<T>() as isize);
                }
                strides
            }
        }
    };
}

view_facts!(ArrayView);
view_facts!(ArrayViewMut);

impl<'a, T: Stored, S: Shape, L: Strides> ArrayView<'a, T, S, L> {
    /// The element at `index`, or `None` when an axis is out of range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 3, 3>::from([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    /// let v = a.slice(s![1..3, 1..3]);
    /// assert_eq!(v.get([1, 1]), Some(&9));
    /// assert_eq!(v.get([2, 0]), None);
    /// ```
    pub fn get(&self, index: S::Index) -> Option<&'a T> {
        self.at(index.as_ref())
    }
}

impl<'a, T: Stored, S: Shape, L: Strides> ArrayViewMut<'a, T, S, L> {
    /// The element at `index`, or `None` when an axis is out of range.
    pub fn get(&self, index: S::Index) -> Option<&T> {
        self.view().at(index.as_ref())
    }

    /// Iterates mutably over the elements in memory order (that of the
    /// array the view copies to).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// # use shaped_macros::s;
    /// use shaped::Array1;
    /// let mut a = Array1::<i32, 5>::from([1, 2, 3, 4, 5]);
    /// for (i, x) in a.slice_mut(s![0..5;2]).iter_mut().enumerate() {
    ///     *x = -(i as i32);
    /// }
    /// assert_eq!(a.as_slice(), &[0, 2, -1, 4, -2]);
    /// ```
    pub fn iter_mut(&mut self) -> IterMut<'_, T, S, L> {
        self.reborrow().into_iter_mut()
    }
}

/// Read access to an array or a view of shape `S`, as a view: what
/// [`ArrayViewMut::assign`] and the view operators accept.
pub trait AsView<T: Stored, S: Shape> {
    /// The steps of the view.
    type Steps: Strides;
    /// The elements as a view, free.
    fn as_view(&self) -> ArrayView<'_, T, S, Self::Steps>;
}

impl<T: Stored, S: Shape, O: Order> AsView<T, S> for Array<T, S, O> {
    type Steps = Contiguous<S, O>;
    fn as_view(&self) -> ArrayView<'_, T, S, Self::Steps> {
        self.view()
    }
}

/// A boxed array reads as the array it holds.
#[cfg(feature = "alloc")]
impl<T: Stored, S: Shape, O: Order> AsView<T, S> for alloc::boxed::Box<Array<T, S, O>> {
    type Steps = Contiguous<S, O>;
    fn as_view(&self) -> ArrayView<'_, T, S, Self::Steps> {
        self.view()
    }
}

impl<T: Stored, S: Shape, L: Strides> AsView<T, S> for ArrayView<'_, T, S, L> {
    type Steps = L;
    fn as_view(&self) -> ArrayView<'_, T, S, L> {
        *self
    }
}

impl<T: Stored, S: Shape, L: Strides> AsView<T, S> for ArrayViewMut<'_, T, S, L> {
    type Steps = L;
    fn as_view(&self) -> ArrayView<'_, T, S, L> {
        self.view()
    }
}

impl<'a, T: Stored, S: Shape, L: Strides> IntoIterator for ArrayView<'a, T, S, L> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T, S, L>;
    fn into_iter(self) -> Iter<'a, T, S, L> {
        self.iter()
    }
}

/// `v[[i, j, ...]]`: the element at a full index; out of range panics with
/// the index and the view's shape.
///
/// ```should_panic
/// # use shaped_core as shaped;
/// # use shaped_macros::s;
/// use shaped::Array2;
/// let a = Array2::<f32, 3, 3>::zeros();
/// let _ = a.slice(s![0, ..])[[3]]; // index 3 is out of bounds for shape (3,)
/// ```
impl<T: Stored, S: Shape, L: Strides> Index<S::Index> for ArrayView<'_, T, S, L> {
    type Output = T;
    #[track_caller]
    fn index(&self, index: S::Index) -> &T {
        match self.at(index.as_ref()) {
            Some(element) => element,
            None => out_of_bounds(index.as_ref(), S::DIMS),
        }
    }
}

impl<T: Stored, S: Shape, L: Strides> Index<S::Index> for ArrayViewMut<'_, T, S, L> {
    type Output = T;
    #[track_caller]
    fn index(&self, index: S::Index) -> &T {
        match self.get(index) {
            Some(element) => element,
            None => out_of_bounds(index.as_ref(), S::DIMS),
        }
    }
}

impl<T: Stored, S: Shape, L: Strides> IndexMut<S::Index> for ArrayViewMut<'_, T, S, L> {
    #[track_caller]
    fn index_mut(&mut self, index: S::Index) -> &mut T {
        match self.at_mut(index.as_ref()) {
            Some(element) => element,
            None => out_of_bounds(index.as_ref(), S::DIMS),
        }
    }
}

/// Views and arrays compare equal when their shapes are equal (checked by
/// the type) and so are their elements, index by index.
///
/// ```
/// # use shaped_core as shaped;
/// # use shaped_macros::s;
/// use shaped::{Array1, Array2};
/// let a = Array2::<i32, 2, 2>::from([[1, 2], [3, 4]]);
/// assert_eq!(a.slice(s![.., 1]), Array1::<i32, 2>::from([2, 4]));
/// assert_eq!(a.slice(s![1, ..]), a.t().slice(s![.., 1]));
/// ```
/// Whether two views hold equal elements at every index (whatever their
/// memory orders): `==` between arrays and views.
fn same_elements<T: Stored + PartialEq, S: Shape, L: Strides, L2: Strides>(
    a: &ArrayView<'_, T, S, L>,
    b: &ArrayView<'_, T, S, L2>,
) -> bool {
    if let (Some(x), Some(y)) = (a.contiguous(), b.contiguous_in::<L::Order>()) {
        return x == y;
    }
    let mut equal = true;
    a.zip_for_each_c(b, |x, y| equal &= x == y);
    equal
}

/// `==` between a view (or mutable view) and an array, a view or a mutable
/// view of the same shape: equal elements at every index, as NumPy's
/// `np.array_equal`.
macro_rules! view_equality {
    ($([$($g:tt)*] $lhs:ty, $rhs:ty;)*) => {$(
        impl<$($g)*> PartialEq<$rhs> for $lhs {
            fn eq(&self, other: &$rhs) -> bool {
                same_elements(&self.view(), &other.view())
            }
        }
    )*};
}

view_equality! {
    [T: Stored + PartialEq, S: Shape, L: Strides, L2: Strides] ArrayView<'_, T, S, L>, ArrayView<'_, T, S, L2>;
    [T: Stored + PartialEq, S: Shape, L: Strides, L2: Strides] ArrayView<'_, T, S, L>, ArrayViewMut<'_, T, S, L2>;
    [T: Stored + PartialEq, S: Shape, L: Strides, L2: Strides] ArrayViewMut<'_, T, S, L>, ArrayView<'_, T, S, L2>;
    [T: Stored + PartialEq, S: Shape, L: Strides, L2: Strides] ArrayViewMut<'_, T, S, L>, ArrayViewMut<'_, T, S, L2>;
    [T: Stored + PartialEq, S: Shape, L: Strides, O: Order] ArrayView<'_, T, S, L>, Array<T, S, O>;
    [T: Stored + PartialEq, S: Shape, L: Strides, O: Order] Array<T, S, O>, ArrayView<'_, T, S, L>;
    [T: Stored + PartialEq, S: Shape, L: Strides, O: Order] ArrayViewMut<'_, T, S, L>, Array<T, S, O>;
    [T: Stored + PartialEq, S: Shape, L: Strides, O: Order] Array<T, S, O>, ArrayViewMut<'_, T, S, L>;
}
