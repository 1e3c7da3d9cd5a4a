//! Indexing: `a[[i, j, k]]`, `get`, row-major `a[i]`, and indexed iteration.

use core::marker::PhantomData;
use core::ops::{Index, IndexMut};

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::element::Stored;
use crate::kinds::every_writable_kind;
use crate::order::{Order, RowMajor};
use crate::raw::{Contiguous, Strides};
use crate::raw::{next_index, offset_of};
use crate::shape::{
    Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, for_each_rank,
};

/// The position of `index` in the memory of a contiguous array of shape
/// `S` in order `O`, or `None` when it is not an index of `S`.
#[inline]
pub(crate) fn checked_offset<S: Shape, O: Order>(index: &[usize]) -> Option<usize> {
    offset_of::<S>(index, &Contiguous::<S, O>::STEPS).map(|offset| offset as usize)
}

/// The position of `index`, an index of `S`, in the memory of a contiguous
/// array of shape `S` in order `O`.
#[inline]
pub(crate) fn elem_offset<S: Shape, O: Order>(index: &[usize]) -> usize {
    let steps = Contiguous::<S, O>::STEPS;
    index
        .iter()
        .zip(steps)
        .map(|(&i, step)| i * step as usize)
        .sum()
}

/// How far apart, in elements, neighbours along `axis` lie in a contiguous
/// array of shape `S` in order `O`.
pub(crate) fn axis_step<S: Shape, O: Order>(axis: usize) -> usize {
    Contiguous::<S, O>::STEPS[axis] as usize
}

#[cold]
#[track_caller]
pub(crate) fn out_of_bounds(index: &[usize], dims: &[usize]) -> ! {
    let axis = index
        .iter()
        .zip(dims)
        .position(|(i, d)| i >= d)
        .unwrap_or(0);
    let shape = Msg::new().shape(dims);
    if index.len() == 1 {
        panic!(
            "index {} is out of bounds for shape {}: axis {axis} has size {}",
            index[0],
            shape.as_str(),
            dims[axis]
        )
    }
    panic!(
        "index {index:?} is out of bounds for shape {}: axis {axis} has size {}",
        shape.as_str(),
        dims[axis]
    )
}

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// The element at `index`, or `None` when any axis is out of range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// assert_eq!(a.get([1, 2]), Some(&6));
    /// assert_eq!(a.get([2, 0]), None);
    /// ```
    #[inline]
    pub fn get(&self, index: S::Index) -> Option<&T> {
        let offset = checked_offset::<S, O>(index.as_ref())?;
        self.as_slice().get(offset)
    }

    /// Iterates over `(index, &element)` pairs in memory order, NumPy's
    /// `np.ndenumerate` (which is the same sequence for `RowMajor`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<u8, 2, 2>::from([[10, 11], [20, 21]]);
    /// let pairs: Vec<_> = a.indexed_iter().collect();
    /// assert_eq!(pairs, [([0, 0], &10), ([0, 1], &11), ([1, 0], &20), ([1, 1], &21)]);
    /// ```
    pub fn indexed_iter(&self) -> IndexedIter<'_, T, S, O> {
        IndexedIter {
            elements: self.iter(),
            counter: IndexCounter::new(),
        }
    }
}

every_writable_kind! { [Stored]
    /// The element at `index` mutably, or `None` when out of range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let mut a = Array2::<i32, 2, 3>::zeros();
    /// *a.get_mut([0, 1]).unwrap() = 5;
    /// assert_eq!(a.as_slice(), &[0, 5, 0, 0, 0, 0]);
    /// assert!(a.get_mut([0, 3]).is_none());
    /// ```
    #[inline]
    pub fn get_mut(&mut self, index: S::Index) -> Option<&mut T> {
        self.view_mut().into_at_mut(index.as_ref())
    }
}

/// Steps through every index of a shape in the memory order of `O`.
#[derive(Clone)]
pub(crate) struct IndexCounter<S: Shape, O: Order> {
    index: S::Index,
    order: PhantomData<O>,
}

impl<S: Shape, O: Order> IndexCounter<S, O> {
    pub(crate) fn new() -> Self {
        IndexCounter {
            index: S::Index::default(),
            order: PhantomData,
        }
    }

    /// Returns the current index and moves to the next one, wrapping to
    /// all zeros after the last.
    #[inline]
    pub(crate) fn next_index(&mut self) -> S::Index {
        let current = self.index;
        next_index::<S, O>(self.index.as_mut());
        current
    }
}

/// Iterator of `(index, &element)` pairs, from [`Array::indexed_iter`].
pub struct IndexedIter<'a, T, S: Shape, O: Order> {
    elements: core::slice::Iter<'a, T>,
    counter: IndexCounter<S, O>,
}

impl<'a, T: Stored, S: Shape, O: Order> Iterator for IndexedIter<'a, T, S, O> {
    type Item = (S::Index, &'a T);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let element = self.elements.next()?;
        Some((self.counter.next_index(), element))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.elements.size_hint()
    }
}

impl<T: Stored, S: Shape, O: Order> ExactSizeIterator for IndexedIter<'_, T, S, O> {}

impl<T: Stored, S: Shape, O: Order> Clone for IndexedIter<'_, T, S, O> {
    fn clone(&self) -> Self {
        IndexedIter {
            elements: self.elements.clone(),
            counter: self.counter.clone(),
        }
    }
}

/// `a[[i, j, ...]]`: the element at a full index. Out of range panics with
/// the index and the shape.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array3;
/// let mut a = Array3::<f32, 2, 3, 4>::zeros();
/// a[[1, 2, 3]] = 1.5;
/// assert_eq!(a[[1, 2, 3]], 1.5);
/// ```
///
/// ```should_panic
/// # use shaped_core as shaped;
/// use shaped::Array2;
/// let a = Array2::<f32, 3, 3>::zeros();
/// let _ = a[[3, 0]]; // index [3, 0] is out of bounds for shape (3, 3): axis 0 has size 3
/// ```
/// Full indices of shape `S`: `[usize; N]` for an array of `N` axes, what
/// `a[[i, j, ...]]` takes. An index with the wrong number of positions is a
/// compile error that says so.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array3;
/// let a = Array3::<u8, 2, 3, 4>::ones();
/// assert_eq!(a[[1, 2, 3]], 1);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an index of an array of shape `{S}`",
    label = "the index needs one position per axis",
    note = "an index has one position per axis: `a[[i, j]]` for an array of 2 axes, `a[[i, j, k]]` for 3; on a row-major array, `a[i]` is the sub-array at `i` along the first axis"
)]
pub trait FullIndex<S: Shape>: AsRef<[usize]> {}

macro_rules! full_index {
    ($($n:literal $shape:ident $alias:ident [$($d:ident),+] $ex:tt $nested:tt;)*) => {$(
        impl<$(const $d: usize),+> FullIndex<$shape<$($d),+>> for [usize; $n] {}
    )*};
}

for_each_rank!(full_index);

impl<T: Stored, S: Shape, O: Order, I: FullIndex<S>> Index<I> for Array<T, S, O> {
    type Output = T;

    #[inline]
    #[track_caller]
    fn index(&self, index: I) -> &T {
        match checked_offset::<S, O>(index.as_ref()) {
            Some(offset) => &self.as_slice()[offset],
            None => out_of_bounds(index.as_ref(), S::DIMS),
        }
    }
}

impl<T: Stored, S: Shape, O: Order, I: FullIndex<S>> IndexMut<I> for Array<T, S, O> {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut T {
        match checked_offset::<S, O>(index.as_ref()) {
            Some(offset) => &mut self.as_mut_slice()[offset],
            None => out_of_bounds(index.as_ref(), S::DIMS),
        }
    }
}

/// `a[i]` on a rank-1 array: the element, in either order.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::Array1;
/// let mut a = Array1::<u8, 3>::from([1, 2, 3]);
/// a[0] = 10;
/// assert_eq!(a[0] + a[2], 13);
/// ```
impl<T: Stored, O: Order, const A: usize> Index<usize> for Array<T, Shape1<A>, O> {
    type Output = T;

    #[inline]
    #[track_caller]
    fn index(&self, i: usize) -> &T {
        self.get([i]).unwrap_or_else(|| out_of_bounds(&[i], &[A]))
    }
}

impl<T: Stored, O: Order, const A: usize> IndexMut<usize> for Array<T, Shape1<A>, O> {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, i: usize) -> &mut T {
        match self.get_mut([i]) {
            Some(element) => element,
            None => out_of_bounds(&[i], &[A]),
        }
    }
}

/// For each rank from 2 up, `a[i]`: the sub-array of the rank below.
macro_rules! sub_arrays {
    ($($n:literal $shape:ident $alias:ident $dims:tt $ex:tt $nested:tt;)*) => {
        sub_arrays!(@pairs $($shape $dims)*);
    };
    (@pairs $lower:ident $lower_dims:tt $shape:ident [$first:ident $(, $d:ident)+] $($rest:tt)*) => {
        /// `a[i]` on a row-major array: the sub-array of rank one less,
        /// borrowed for free (NumPy's `a[i]`).
        ///
        /// ```
        /// # use shaped_core as shaped;
        /// use shaped::Array2;
        /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
        /// assert_eq!(a[1].as_slice(), &[4, 5, 6]);
        /// assert_eq!(a[1][2], 6);
        /// ```
        impl<T: Stored, const $first: usize $(, const $d: usize)+> Index<usize>
            for Array<T, $shape<$first $(, $d)+>, RowMajor>
        {
            type Output = Array<T, $lower<$($d),+>, RowMajor>;

            #[inline]
            #[track_caller]
            fn index(&self, i: usize) -> &Self::Output {
                match self.outer_block(i) {
                    Some(row) => row,
                    None => out_of_bounds(&[i], <$shape<$first $(, $d)+> as Shape>::DIMS),
                }
            }
        }

        impl<T: Stored, const $first: usize $(, const $d: usize)+> IndexMut<usize>
            for Array<T, $shape<$first $(, $d)+>, RowMajor>
        {
            #[inline]
            #[track_caller]
            fn index_mut(&mut self, i: usize) -> &mut Self::Output {
                match self.outer_block_mut(i) {
                    Some(row) => row,
                    None => out_of_bounds(&[i], <$shape<$first $(, $d)+> as Shape>::DIMS),
                }
            }
        }

        sub_arrays!(@pairs $shape [$first $(, $d)+] $($rest)*);
    };
    (@pairs $last:ident $last_dims:tt) => {};
}

for_each_rank!(sub_arrays);
