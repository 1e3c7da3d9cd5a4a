//! `broadcast_to`: an array seen as a bigger shape, NumPy's
//! `np.broadcast_to`, without copying. The rules are on [`BroadcastView`].

use core::marker::PhantomData;
use core::ops::{
    Add, AddAssign, BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Div, DivAssign,
    Index, Mul, MulAssign, Rem, RemAssign, Sub, SubAssign,
};

use crate::array::Array;
use crate::const_fmt::Msg;
use crate::element::{Element, Stored};
use crate::index::out_of_bounds;
use crate::loops;
use crate::number::{Bits, Number};
use crate::ops::with_binary_ops;
use crate::order::{Order, RowMajor};
use crate::shape::{BroadcastsTo, Shape};

/// The largest rank, for the fixed-size tables below.
const MAX_RANK: usize = 8;

/// How shape `From` in order `O` maps onto shape `To`: checked, and the
/// step in memory (in elements) of each axis of `To`, 0 where broadcast.
struct Plan<From, To, O>(PhantomData<(From, To, O)>);

impl<From: Shape, To: Shape, O: Order> Plan<From, To, O> {
    /// The memory step of each axis of `To` through the source array. An
    /// empty source has all steps 0, as NumPy reports for any empty array.
    const STEPS: [usize; MAX_RANK] = {
        let () = BroadcastsTo::<From, To>::OK;
        let lead = To::NDIM - From::NDIM;
        let mut steps = [0; MAX_RANK];
        // An empty source skips the loop: all its steps stay 0.
        let mut k = if From::SIZE == 0 { From::NDIM } else { 0 };
        while k < From::NDIM {
            // The source's own step along axis k, in elements.
            let mut step = 1;
            let mut j = 0;
            while j < From::NDIM {
                let faster = if O::IS_ROW_MAJOR { j > k } else { j < k };
                if faster {
                    step *= From::DIMS[j];
                }
                j += 1;
            }
            if From::DIMS[k] != 1 {
                steps[lead + k] = step;
            }
            k += 1;
        }
        steps
    };

    /// The axis of `To` that moves fastest in memory.
    const INNER: usize = if O::IS_ROW_MAJOR { To::NDIM - 1 } else { 0 };

    /// Where the source element of `index` (an index of `To`) is.
    #[inline]
    fn offset(index: &[usize]) -> usize {
        index.iter().zip(Self::STEPS).map(|(i, s)| i * s).sum()
    }

    /// Calls `run(range, source)` for each run of `To` along its fastest
    /// axis, in memory order: `range` is where the run lies in an array of
    /// shape `To`, and `source` is either the run's elements in the source
    /// (`Ok`, a slice of the same length) or the one element that fills it
    /// (`Err`).
    #[inline]
    fn for_each_run<T: Copy>(
        source: &[T],
        mut run: impl FnMut(core::ops::Range<usize>, Result<&[T], T>),
    ) {
        let len = To::DIMS[Self::INNER];
        if len == 0 || To::SIZE == 0 {
            return;
        }
        let inner_step = Self::STEPS[Self::INNER];
        for r in 0..To::SIZE / len {
            // Decompose the run number over the other axes, fastest first.
            let (mut rest, mut start) = (r, 0);
            for n in 1..To::NDIM {
                let axis = if O::IS_ROW_MAJOR { To::NDIM - 1 - n } else { n };
                let dim = To::DIMS[axis];
                start += rest % dim * Self::STEPS[axis];
                rest /= dim;
            }
            let range = r * len..(r + 1) * len;
            if inner_step == 0 {
                run(range, Err(source[start]));
            } else {
                // The fastest axis of `To` is the source's fastest too, at
                // full length: its step is 1 and the run is contiguous.
                run(range, Ok(&source[start..start + len]));
            }
        }
    }
}

/// A read-only view of an array of shape `From` as shape `To`: NumPy's
/// `np.broadcast_to(a, shape)`, made by [`Array::broadcast_to`] without
/// copying.
///
/// NumPy lines the shapes up at their last axes; each axis of the array
/// must equal the target's or be 1, and the target may have more axes in
/// front. A broadcast axis has stride 0: every index along it reads the
/// same elements. Here the shapes are types, so a pair that does not
/// broadcast fails to build, with a message naming the axis:
///
/// ```text
/// cannot broadcast shape (3, 2) to (3, 4): axis 1 has length 2, which is
/// neither 4 nor 1
/// ```
///
/// The view is read-only, as NumPy's is. Index it, copy it out with
/// [`to_array`](Self::to_array), or use it as an operand of the arithmetic
/// and bit operators, where it pairs with an array (or another view) of
/// the target shape: `col.broadcast_to() + row.broadcast_to()` is NumPy's
/// outer sum `col + row`.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, Shape2};
/// let col = Array2::<i32, 3, 1>::from([[1], [2], [3]]);
/// let wide = col.broadcast_to::<Shape2<3, 4>>();
/// assert_eq!(wide[[2, 3]], 3);
/// assert_eq!(wide.strides(), [4, 0]); // NumPy's strides, in bytes
/// assert_eq!(wide.to_array(), Array2::from([[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 3]]));
/// ```
pub struct BroadcastView<'a, T: Stored, From: Shape, To: Shape, O: Order = RowMajor> {
    source: &'a Array<T, From, O>,
    to: PhantomData<To>,
}

impl<T: Stored, From: Shape, To: Shape, O: Order> Clone for BroadcastView<'_, T, From, To, O> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Stored, From: Shape, To: Shape, O: Order> Copy for BroadcastView<'_, T, From, To, O> {}

impl<T: Stored, S: Shape, O: Order> Array<T, S, O> {
    /// This array seen as shape `To`, without a copy: NumPy's
    /// `np.broadcast_to(a, To)`. The shapes line up at their last axes;
    /// each axis of this array must equal the target's or be 1, and `To`
    /// may add axes in front. Any other pair fails to build with the axis
    /// and lengths in the message.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2, Shape2};
    /// // The outer sum of a column and a row: NumPy's col + row.
    /// let col = Array2::<i32, 2, 1>::from([[10], [20]]);
    /// let row = Array1::<i32, 3>::from([1, 2, 3]);
    /// let sum = col.broadcast_to::<Shape2<2, 3>>() + row.broadcast_to();
    /// assert_eq!(sum, Array2::from([[11, 12, 13], [21, 22, 23]]));
    /// ```
    pub const fn broadcast_to<To: Shape>(&self) -> BroadcastView<'_, T, S, To, O> {
        // Checked here so that a mismatch is reported at the caller's line.
        let () = BroadcastsTo::<S, To>::OK;
        BroadcastView {
            source: self,
            to: PhantomData,
        }
    }
}

impl<'a, T: Stored, From: Shape, To: Shape, O: Order> BroadcastView<'a, T, From, To, O> {
    /// The shape, `To::SHAPE`.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Shape3};
    /// let v = Array1::<i8, 4>::zeros();
    /// assert_eq!(v.broadcast_to::<Shape3<2, 3, 4>>().shape(), [2, 3, 4]);
    /// ```
    pub const fn shape(&self) -> To::Index {
        To::SHAPE
    }

    /// The byte strides, as NumPy reports them for a broadcast array: 0
    /// along each broadcast axis.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Shape3};
    /// let row = Array1::<f64, 4>::zeros();
    /// // np.broadcast_to(np.zeros(4), (2, 3, 4)).strides == (0, 0, 8)
    /// assert_eq!(row.broadcast_to::<Shape3<2, 3, 4>>().strides(), [0, 0, 8]);
    /// ```
    pub fn strides(&self) -> To::Index {
        let mut strides = To::SHAPE;
        for (s, step) in strides.as_mut().iter_mut().zip(Plan::<From, To, O>::STEPS) {
            *s = step * core::mem::size_of::<T>();
        }
        strides
    }

    /// The array it views.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Shape2};
    /// let v = Array1::<u8, 2>::from([1, 2]);
    /// let b = v.broadcast_to::<Shape2<3, 2>>();
    /// assert!(core::ptr::eq(b.source(), &v)); // nothing was copied
    /// ```
    pub const fn source(&self) -> &'a Array<T, From, O> {
        self.source
    }

    /// The element at `index`, or `None` when any axis is out of range.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Shape2};
    /// let v = Array1::<u8, 2>::from([7, 8]);
    /// let b = v.broadcast_to::<Shape2<5, 2>>();
    /// assert_eq!(b.get([4, 1]), Some(&8));
    /// assert_eq!(b.get([5, 0]), None);
    /// ```
    #[inline]
    pub fn get(&self, index: To::Index) -> Option<&'a T> {
        let index = index.as_ref();
        if index.iter().zip(To::DIMS).any(|(i, d)| i >= d) {
            return None;
        }
        self.source
            .as_slice()
            .get(Plan::<From, To, O>::offset(index))
    }

    /// A copy with every broadcast element written out: NumPy's
    /// `np.broadcast_to(a, shape).copy()`, as an `Array` of the target
    /// shape in the same order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, Shape2};
    /// let col = Array2::<f32, 2, 1>::from([[0.5], [1.5]]);
    /// let full = col.broadcast_to::<Shape2<2, 3>>().to_array();
    /// assert_eq!(full, Array2::from([[0.5, 0.5, 0.5], [1.5, 1.5, 1.5]]));
    /// ```
    pub fn to_array(&self) -> Array<T, To, O>
    where
        T: Element,
    {
        let mut out = Array::zeros();
        self.write_into(&mut out);
        out
    }

    /// [`to_array`](Self::to_array) on the heap, for shapes too big for
    /// the stack.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Shape2};
    /// // np.broadcast_to(np.arange(192), (108, 192)).copy()
    /// let ramp = Array1::<u16, 192>::from_fn(|[x]| x as u16);
    /// let image = ramp.broadcast_to::<Shape2<108, 192>>().to_array_boxed();
    /// assert_eq!(image[[107, 191]], 191);
    /// ```
    #[cfg(feature = "alloc")]
    pub fn to_array_boxed(&self) -> alloc::boxed::Box<Array<T, To, O>>
    where
        T: Element,
    {
        let mut out = Array::zeros_boxed();
        self.write_into(&mut out);
        out
    }

    fn write_into(&self, out: &mut Array<T, To, O>)
    where
        T: Copy,
    {
        let out = out.as_mut_slice();
        Plan::<From, To, O>::for_each_run(self.source.as_slice(), |range, run| match run {
            Ok(run) => out[range].copy_from_slice(run),
            Err(value) => out[range].fill(value),
        });
    }
}

impl<T: Stored, From: Shape, To: Shape, O: Order> Index<To::Index>
    for BroadcastView<'_, T, From, To, O>
{
    type Output = T;

    #[inline]
    #[track_caller]
    fn index(&self, index: To::Index) -> &T {
        match self.get(index) {
            Some(element) => element,
            None => out_of_bounds(index.as_ref(), To::DIMS),
        }
    }
}

/// A view equals an array of its target shape when every element does,
/// compared run by run without writing the view out.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array1, Array2, Shape2};
/// let row = Array1::<i32, 2>::from([1, 2]);
/// assert_eq!(row.broadcast_to::<Shape2<2, 2>>(), Array2::from([[1, 2], [1, 2]]));
/// assert_ne!(row.broadcast_to::<Shape2<2, 2>>(), Array2::from([[1, 2], [2, 1]]));
/// ```
impl<T: PartialEq + Copy + Stored, From: Shape, To: Shape, O: Order> PartialEq<Array<T, To, O>>
    for BroadcastView<'_, T, From, To, O>
{
    fn eq(&self, other: &Array<T, To, O>) -> bool {
        let other = other.as_slice();
        let mut equal = true;
        Plan::<From, To, O>::for_each_run(self.source.as_slice(), |range, run| {
            equal &= match run {
                Ok(run) => other[range] == *run,
                Err(value) => other[range].iter().all(|&x| x == value),
            };
        });
        equal
    }
}

impl<T: PartialEq + Copy + Stored, From: Shape, To: Shape, O: Order>
    PartialEq<BroadcastView<'_, T, From, To, O>> for Array<T, To, O>
{
    fn eq(&self, other: &BroadcastView<'_, T, From, To, O>) -> bool {
        other == self
    }
}

/// Shows the shapes, not the elements (a view can stand for far more
/// elements than it holds); `to_array()` prints like NumPy.
impl<T: Stored, From: Shape, To: Shape, O: Order> core::fmt::Debug
    for BroadcastView<'_, T, From, To, O>
{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "BroadcastView {{ from: {}, to: {} }}",
            Msg::new().shape(From::DIMS).as_str(),
            Msg::new().shape(To::DIMS).as_str()
        )
    }
}

impl<T: Copy + Stored, S: Shape, O: Order> Array<T, S, O> {
    /// `self[i] = f(self[i], view[i])` for every element, run by run.
    #[inline]
    fn zip_assign_view<From: Shape>(
        &mut self,
        view: BroadcastView<'_, T, From, S, O>,
        f: impl Fn(T, T) -> T,
    ) {
        let out = self.as_mut_slice();
        Plan::<From, S, O>::for_each_run(view.source.as_slice(), |range, run| match run {
            Ok(run) => loops::zip_assign(&mut out[range], run, &f),
            Err(value) => loops::map_assign(&mut out[range], |x| f(x, value)),
        });
    }
}

macro_rules! view_ops {
    ($($Op:ident $op:ident $OpAssign:ident $op_assign:ident $Bound:ident::$f:ident $sym:literal;)*) => {$(
        #[doc = concat!("`a ", $sym, " view`, elementwise: `a` is consumed and its memory reused.")]
        impl<T: $Bound, F: Shape, S: Shape, O: Order> $Op<BroadcastView<'_, T, F, S, O>>
            for Array<T, S, O>
        {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(mut self, rhs: BroadcastView<'_, T, F, S, O>) -> Self::Output {
                self.zip_assign_view(rhs, T::$f);
                self
            }
        }

        #[doc = concat!("`&a ", $sym, " view`, elementwise, into a new array.")]
        impl<T: $Bound, F: Shape, S: Shape, O: Order> $Op<BroadcastView<'_, T, F, S, O>>
            for &Array<T, S, O>
        {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self, rhs: BroadcastView<'_, T, F, S, O>) -> Self::Output {
                let mut out = self.map(|x| x);
                out.zip_assign_view(rhs, T::$f);
                out
            }
        }

        #[doc = concat!("`view ", $sym, " a`, elementwise, into `a`'s memory.")]
        impl<T: $Bound, F: Shape, S: Shape, O: Order> $Op<Array<T, S, O>>
            for BroadcastView<'_, T, F, S, O>
        {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self, rhs: Array<T, S, O>) -> Self::Output {
                self.$op(&rhs)
            }
        }

        #[doc = concat!("`view ", $sym, " &a`, elementwise, into a new array.")]
        impl<T: $Bound, F: Shape, S: Shape, O: Order> $Op<&Array<T, S, O>>
            for BroadcastView<'_, T, F, S, O>
        {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self, rhs: &Array<T, S, O>) -> Self::Output {
                let mut out = self.to_array();
                out.zip_assign(rhs, T::$f);
                out
            }
        }

        #[doc = concat!("`view ", $sym, " view`, elementwise, into a new array of the target shape.")]
        impl<T: $Bound, F: Shape, F2: Shape, S: Shape, O: Order> $Op<BroadcastView<'_, T, F2, S, O>>
            for BroadcastView<'_, T, F, S, O>
        {
            type Output = Array<T, S, O>;
            #[inline]
            fn $op(self, rhs: BroadcastView<'_, T, F2, S, O>) -> Self::Output {
                let mut out = self.to_array();
                out.zip_assign_view(rhs, T::$f);
                out
            }
        }

        #[doc = concat!("`a ", $sym, "= view`, elementwise in place.")]
        impl<T: $Bound, F: Shape, S: Shape, O: Order> $OpAssign<BroadcastView<'_, T, F, S, O>>
            for Array<T, S, O>
        {
            #[inline]
            fn $op_assign(&mut self, rhs: BroadcastView<'_, T, F, S, O>) {
                self.zip_assign_view(rhs, T::$f);
            }
        }
    )*};
}

with_binary_ops!(view_ops);
