//! One API for every kind of array.
//!
//! An operation is written once, over a view: "elements of this dtype at
//! these offsets", with the shape and the steps in the type
//! ([`ArrayView`](crate::ArrayView) to read, [`ArrayViewMut`](crate::ArrayViewMut)
//! to write). An [`Array`](crate::Array) is read through its whole view
//! (`self.view()`, steps `Contiguous<S, O>`), so its operations are the
//! views' operations; where the layout is contiguous the view hands out its
//! elements as one slice (decided while compiling) and the slice kernels
//! run, so an array pays nothing for going through its view.
//!
//! The macros here put the items of one `impl` block on every kind, with
//! the same names: `O` is the memory order of the arrays an operation
//! returns — the array's own order, or for a view the order of the array it
//! copies to (`Strides::Order`: NumPy's order 'K'), so a view gives exactly
//! what the array it would copy to gives. A new kind of array implements the
//! view abstraction and is added here, once.
//!
//! Each item's documentation, example included, is the same on every kind;
//! the examples run once, on the array's copy (the views' impls are left
//! out of doctest collection, `cfg(doctest)`, not out of the build).

/// One `impl` block of the items for one kind: `@array`, `@view` or
/// `@view_mut`, with the generics given (ending in a comma), for element
/// type `$t` and shape `$s`. `O` is the order of the arrays the items
/// return: the array's own, or the view's copy's (`L: Strides<Order = O>`).
macro_rules! impl_kind {
    (@array [$($g:tt)*] $t:ty, $s:ty; $($items:tt)*) => {
        impl<$($g)* O: $crate::order::Order> $crate::array::Array<$t, $s, O> {
            $($items)*
        }
    };
    (@view [$($g:tt)*] $t:ty, $s:ty; $($items:tt)*) => {
        // The views' copies of the examples are the array's: run them once.
        #[cfg(not(doctest))]
        impl<'v, $($g)* O: $crate::order::Order, L: $crate::raw::Strides<Order = O>>
            $crate::views::ArrayView<'v, $t, $s, L>
        {
            $($items)*
        }
    };
    (@view_mut [$($g:tt)*] $t:ty, $s:ty; $($items:tt)*) => {
        #[cfg(not(doctest))]
        impl<'v, $($g)* O: $crate::order::Order, L: $crate::raw::Strides<Order = O>>
            $crate::views::ArrayViewMut<'v, $t, $s, L>
        {
            $($items)*
        }
    };
}
pub(crate) use impl_kind;

/// The items on `Array<T, S, O>`, `ArrayView` and `ArrayViewMut`, with `T`
/// bounded as given (`[Number]`), or for one element type (`type f32;`):
/// read-only operations. Each item reaches the elements through
/// `self.view()`.
macro_rules! every_kind {
    (type $t:ty; $($items:tt)*) => {
        $crate::kinds::impl_kind!(@array [S: $crate::shape::Shape,] $t, S; $($items)*);
        $crate::kinds::impl_kind!(@view [S: $crate::shape::Shape,] $t, S; $($items)*);
        $crate::kinds::impl_kind!(@view_mut [S: $crate::shape::Shape,] $t, S; $($items)*);
    };
    ([$($bounds:tt)*] $($items:tt)*) => {
        $crate::kinds::impl_kind!(@array [T: $($bounds)*, S: $crate::shape::Shape,] T, S; $($items)*);
        $crate::kinds::impl_kind!(@view [T: $($bounds)*, S: $crate::shape::Shape,] T, S; $($items)*);
        $crate::kinds::impl_kind!(@view_mut [T: $($bounds)*, S: $crate::shape::Shape,] T, S; $($items)*);
    };
}
pub(crate) use every_kind;

/// The items on `Array<T, S, O>` and `ArrayViewMut`: operations that
/// write. Each item reaches the elements through `self.view_mut()`.
macro_rules! every_writable_kind {
    ([$($bounds:tt)*] $($items:tt)*) => {
        $crate::kinds::impl_kind!(@array [T: $($bounds)*, S: $crate::shape::Shape,] T, S; $($items)*);
        $crate::kinds::impl_kind!(@view_mut [T: $($bounds)*, S: $crate::shape::Shape,] T, S; $($items)*);
    };
}
pub(crate) use every_writable_kind;

/// As [`every_kind`], for one family of shapes: `every_kind_of_shape! {
/// <const M, const K> Shape2<M, K>, [Number] items }` puts the items on
/// every kind of `(M, K)` matrix.
macro_rules! every_kind_of_shape {
    (<$(const $d:ident),*> $shape:ty, [$($bounds:tt)*] $($items:tt)*) => {
        $crate::kinds::impl_kind!(@array [T: $($bounds)*, $(const $d: usize,)*] T, $shape; $($items)*);
        $crate::kinds::impl_kind!(@view [T: $($bounds)*, $(const $d: usize,)*] T, $shape; $($items)*);
        $crate::kinds::impl_kind!(@view_mut [T: $($bounds)*, $(const $d: usize,)*] T, $shape; $($items)*);
    };
}
pub(crate) use every_kind_of_shape;

/// The items on the two view kinds only, for one family of shapes: the
/// methods whose kernels are written over an array (linear algebra), each a
/// one-line forward through [`with_array`].
macro_rules! every_view_of_shape {
    (<$(const $d:ident),*> $shape:ty, [$($bounds:tt)*] $($items:tt)*) => {
        $crate::kinds::impl_kind!(@view [T: $($bounds)*, $(const $d: usize,)*] T, $shape; $($items)*);
        $crate::kinds::impl_kind!(@view_mut [T: $($bounds)*, $(const $d: usize,)*] T, $shape; $($items)*);
    };
}
pub(crate) use every_view_of_shape;

/// `f` of the array a view would copy to: the view's own memory when it is
/// laid out as that array (every whole array, every contiguous view: no
/// copy), a copy otherwise. For the kernels written over arrays (matrix
/// products, decompositions).
#[inline]
pub(crate) fn with_array<T, S, L, R>(
    view: &crate::views::ArrayView<'_, T, S, L>,
    f: impl FnOnce(&crate::array::Array<T, S, L::Order>) -> R,
) -> R
where
    T: crate::element::Stored + Copy,
    S: crate::shape::Shape,
    L: crate::raw::Strides,
{
    match view.contiguous().map(crate::array::Array::from_slice) {
        Some(Ok(array)) => f(array),
        _ => f(&view.to_array()),
    }
}
