//! `dot` and `matmul`, with the inner dimension checked by the type system:
//! `Array2<T, M, K>` times `Array2<T, K, N>` is `Array2<T, M, N>`, and any
//! other `K` is a type error.
//!
//! Float results equal NumPy's within rounding, not bit for bit: NumPy
//! hands these to BLAS, whose summation order depends on the library and
//! the CPU. Large `f32`/`f64` products (from 64x64x64 multiply-adds for
//! `f64`, 80x80x80 for `f32`) go to a packing GEMM in the same way when
//! the `matrixmultiply` feature is on (`packed.rs`). Integer results are exact (wrapping on overflow, as
//! NumPy's), always from the kernels here.

use crate::array::Array;
use crate::kinds::{every_kind_of_shape, with_array};
use crate::number::Number;
use crate::order::{ColMajor, Order, RowMajor};
use crate::raw::Strides;
use crate::shape::{Shape1, Shape2};
use crate::views::{ArrayView, ArrayViewMut};

/// `a · b` for row-major matrices, row by row: each row of the result is
/// `a[i][0] * b[0] + a[i][1] * b[1] + ...`, added in that order. Rows of
/// up to 64 elements accumulate in a local array, which the compiler keeps
/// in vector registers, so a 4x4 `f32` product is 16 packed multiplies and
/// 12 packed adds whatever code it is inlined into. Longer rows accumulate
/// in place. Each row
/// starts from its first product rather than from zero: `0.0 + x` cannot be
/// folded away (it turns -0.0 into 0.0), and the extra adds cost small
/// matrices dearly.
///
/// 4x4 `f32` products run in SSE registers on x86-64 (`raw/sse.rs`, the
/// same additions); products of 4096 multiply-adds or more run in the
/// widest vector registers the CPU has.
#[inline(always)]
pub(crate) fn matmul_rows<T: Number, const M: usize, const K: usize, const N: usize>(
    a: &[[T; K]; M],
    b: &[[T; N]; K],
    c: &mut [[T; N]; M],
) {
    if K == 0 {
        return; // The sum of no products: zeros, as `c` holds them.
    }
    let flat = (a.as_flattened(), b.as_flattened(), c.as_flattened_mut());
    if super::packed::product([M, K, N], (flat.0, true), (flat.1, true), (flat.2, true)) {
        return;
    }
    // Builds for AVX CPUs (`-C target-cpu=native`) vectorise the portable
    // loop across rows themselves, faster than four SSE registers.
    #[cfg(all(
        target_arch = "x86_64",
        target_feature = "sse",
        not(target_feature = "avx")
    ))]
    {
        // 4x4 `f32`: the same additions in SSE registers, rows loaded
        // whole (`raw/sse.rs`). The type test folds away when compiled.
        use core::any::Any;
        let (a4, b4) = (
            (a as &dyn Any).downcast_ref(),
            (b as &dyn Any).downcast_ref(),
        );
        if let (Some(a4), Some(b4), Some(c4)) = (a4, b4, (c as &mut dyn Any).downcast_mut()) {
            crate::raw::matmul4_f32(a4, b4, c4);
            return;
        }
    }
    // A 16x16 `f32` row is one AVX-512 register.
    let work = M.saturating_mul(K).saturating_mul(N);
    crate::raw::dispatch::widest(
        work,
        #[inline(always)]
        || rows(a, b, c),
    );
}

/// [`matmul_rows`]' loop.
#[inline(always)]
// Index loops on purpose: the same loops written with zipped iterators
// vectorise across rows when inlined (measured: 5.1 ns against 2.9 ns for
// 4x4 `f32`, 22 ns against 3.0 ns for 3x3).
#[allow(clippy::needless_range_loop)]
fn rows<T: Number, const M: usize, const K: usize, const N: usize>(
    a: &[[T; K]; M],
    b: &[[T; N]; K],
    c: &mut [[T; N]; M],
) {
    #[inline(always)]
    fn row<T: Number, const K: usize, const N: usize>(
        a_i: &[T; K],
        b: &[[T; N]; K],
        acc: &mut [T; N],
    ) {
        for j in 0..N {
            acc[j] = a_i[0].mul(b[0][j]);
        }
        for k in 1..K {
            for j in 0..N {
                acc[j] = acc[j].add(a_i[k].mul(b[k][j]));
            }
        }
    }
    /// Four rows at once: four independent chains of additions in flight
    /// (each row's additions still in its own order).
    #[inline(always)]
    fn four_rows<T: Number, const K: usize, const N: usize>(
        a: [&[T; K]; 4],
        b: &[[T; N]; K],
    ) -> [[T; N]; 4] {
        let mut acc = [[T::ZERO; N]; 4];
        for r in 0..4 {
            for j in 0..N {
                acc[r][j] = a[r][0].mul(b[0][j]);
            }
        }
        for k in 1..K {
            for r in 0..4 {
                for j in 0..N {
                    acc[r][j] = acc[r][j].add(a[r][k].mul(b[k][j]));
                }
            }
        }
        acc
    }
    let mut i = 0;
    // Rows of at least 8 elements fill a vector register each; shorter
    // rows are left to the compiler, which does best with them one by one.
    if (8..=32).contains(&N) {
        while i + 4 <= M {
            let acc = four_rows([&a[i], &a[i + 1], &a[i + 2], &a[i + 3]], b);
            c[i..i + 4].copy_from_slice(&acc);
            i += 4;
        }
    }
    for i in i..M {
        if N <= 64 {
            let mut acc = [T::ZERO; N];
            row(&a[i], b, &mut acc);
            c[i] = acc;
        } else {
            row(&a[i], b, &mut c[i]);
        }
    }
}

every_kind_of_shape! { <const N> Shape1<N>, [Number]
    /// The inner product, NumPy's `np.dot(a, b)` for two vectors (arrays or
    /// views).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<i32, 3>::from([1, 2, 3]);
    /// assert_eq!(a.dot(&Array1::from([4, 5, 6])), 32);
    /// ```
    #[inline]
    pub fn dot(&self, other: impl DotOperand<T, N, O>) -> T {
        let (a, b) = (self.view(), other.vector());
        match (a.contiguous(), b.contiguous()) {
            (Some(a), Some(b)) => dot_slices(a, b),
            _ => dot_by(N, |i| a[[i]], |i| b[[i]]),
        }
    }
}

mod vector {
    pub trait Sealed {}
}

/// What [`dot`](Array::dot) takes on the right: a vector of `N` elements
/// of the same dtype, an array by reference or a view (a `ColMajor` vector
/// array beside a `ColMajor` vector only; a vector's memory is the same in
/// both orders).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a vector of {N} `{T}` for this product",
    label = "expected a vector of {N} elements",
    note = "`dot` takes an array or view of shape ({N},) of the same dtype: `a.dot(&v)`, `a.dot(v.view())`"
)]
pub trait DotOperand<T: Number, const N: usize, O: Order>: vector::Sealed + Copy {
    /// The steps of the vector.
    #[doc(hidden)]
    type Steps: Strides;
    /// The vector as a view.
    #[doc(hidden)]
    fn vector(&self) -> ArrayView<'_, T, Shape1<N>, Self::Steps>;
}

// A vector's memory is the same in both orders: a `RowMajor` array (the
// default) goes with every left side, a `ColMajor` one with a `ColMajor`
// left side, so that an unannotated `Array1::from([..])` is the default.

impl<T: Number, const N: usize, O: Order> vector::Sealed for &Array<T, Shape1<N>, O> {}
impl<T: Number, const N: usize, O: Order> DotOperand<T, N, O> for &Array<T, Shape1<N>, RowMajor> {
    type Steps = crate::raw::Contiguous<Shape1<N>, RowMajor>;
    fn vector(&self) -> ArrayView<'_, T, Shape1<N>, Self::Steps> {
        self.view()
    }
}

impl<T: Number, const N: usize> DotOperand<T, N, ColMajor> for &Array<T, Shape1<N>, ColMajor> {
    type Steps = crate::raw::Contiguous<Shape1<N>, ColMajor>;
    fn vector(&self) -> ArrayView<'_, T, Shape1<N>, Self::Steps> {
        self.view()
    }
}

impl<T: Number, const N: usize, L: Strides> vector::Sealed for ArrayView<'_, T, Shape1<N>, L> {}
impl<T: Number, const N: usize, O: Order, L: Strides> DotOperand<T, N, O>
    for ArrayView<'_, T, Shape1<N>, L>
{
    type Steps = L;
    fn vector(&self) -> ArrayView<'_, T, Shape1<N>, L> {
        *self
    }
}

impl<T: Number, const N: usize, L: Strides> vector::Sealed for &ArrayView<'_, T, Shape1<N>, L> {}
impl<T: Number, const N: usize, O: Order, L: Strides> DotOperand<T, N, O>
    for &ArrayView<'_, T, Shape1<N>, L>
{
    type Steps = L;
    fn vector(&self) -> ArrayView<'_, T, Shape1<N>, L> {
        **self
    }
}

impl<T: Number, const N: usize, L: Strides> vector::Sealed for &ArrayViewMut<'_, T, Shape1<N>, L> {}
impl<T: Number, const N: usize, O: Order, L: Strides> DotOperand<T, N, O>
    for &ArrayViewMut<'_, T, Shape1<N>, L>
{
    type Steps = L;
    fn vector(&self) -> ArrayView<'_, T, Shape1<N>, L> {
        self.view()
    }
}

/// The inner product of two slices of one length: eight independent sums,
/// so the loop vectorises without reassociating floats behind the
/// programmer's back.
#[inline]
fn dot_slices<T: Number>(a: &[T], b: &[T]) -> T {
    let mut partial = [T::ZERO; 8];
    let (a8, b8) = (a.chunks_exact(8), b.chunks_exact(8));
    let (a_rest, b_rest) = (a8.remainder(), b8.remainder());
    for (x, y) in a8.zip(b8) {
        for k in 0..8 {
            partial[k] = partial[k].add(x[k].mul(y[k]));
        }
    }
    let mut sum = combine(partial);
    for (&x, &y) in a_rest.iter().zip(b_rest) {
        sum = sum.add(x.mul(y));
    }
    sum
}

/// [`dot_slices`] over `n` values reached by position: the same sums in
/// the same order, so the same bits.
fn dot_by<T: Number>(n: usize, a: impl Fn(usize) -> T, b: impl Fn(usize) -> T) -> T {
    let mut partial = [T::ZERO; 8];
    let whole = n - n % 8;
    for i in (0..whole).step_by(8) {
        for (k, sum) in partial.iter_mut().enumerate() {
            *sum = sum.add(a(i + k).mul(b(i + k)));
        }
    }
    let mut sum = combine(partial);
    for i in whole..n {
        sum = sum.add(a(i).mul(b(i)));
    }
    sum
}

/// The eight partial sums of a dot product, added pairwise.
fn combine<T: Number>(p: [T; 8]) -> T {
    ((p[0].add(p[1])).add(p[2].add(p[3]))).add((p[4].add(p[5])).add(p[6].add(p[7])))
}

every_kind_of_shape! { <const M, const K> Shape2<M, K>, [Number]
    /// Matrix times vector, NumPy's `a @ v` (or `np.dot(a, v)`), for
    /// matrices and vectors of either kind.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array1, Array2, ColMajor};
    /// let rotate = Array2::<f64, 2, 2>::from([[0.0, -1.0], [1.0, 0.0]]);
    /// assert_eq!(rotate.dot(&Array1::from([1.0, 0.0])), Array1::from([0.0, 1.0]));
    /// let a = Array2::<i32, 2, 2, ColMajor>::from([[1, 2], [3, 4]]);
    /// assert_eq!(a.dot(&Array1::from([1, 1])).as_slice(), &[3, 7]);
    /// ```
    #[inline]
    pub fn dot(&self, v: impl DotOperand<T, K, RowMajor>) -> Array<T, Shape1<M>, RowMajor> {
        let view = self.view();
        let product = |rows: &Array<T, Shape2<M, K>, RowMajor>| {
            Array::from_fn(|[i]: [usize; 1]| rows[i].view().dot(v.vector()))
        };
        match view.contiguous_in::<RowMajor>().map(Array::from_slice) {
            Some(Ok(rows)) => product(rows),
            // Rows of a column-major matrix are strided: one transposing copy.
            _ => product(&view.to_order::<RowMajor>()),
        }
    }

    /// The matrix product, NumPy's `a @ b`. The inner dimensions must agree:
    /// `(M, K) @ (K, N)` is `(M, N)`, in the order of `self`; any other `K`
    /// does not compile. `b` may be an array or a view, of either order.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::{Array2, ColMajor};
    /// let a = Array2::<i32, 2, 3>::from([[1, 2, 3], [4, 5, 6]]);
    /// let b = Array2::<i32, 3, 2>::from([[7, 8], [9, 10], [11, 12]]);
    /// assert_eq!(a.matmul(&b), Array2::from([[58, 64], [139, 154]]));
    /// let f = a.to_order::<ColMajor>();
    /// assert_eq!(f.matmul(&b), Array2::<i32, 2, 2, ColMajor>::from([[58, 64], [139, 154]]));
    /// assert_eq!(a.t().matmul(&a), a.t().to_array().matmul(&a)); // aᵀa, no copy of aᵀ
    /// ```
    #[inline]
    pub fn matmul<B: MatmulRhs<T, M, K, O>>(&self, rhs: &B) -> B::Output {
        with_array(&self.view(), |lhs| B::product(lhs, rhs))
    }

    /// [`matmul`](Self::matmul) written into `out`, NumPy's
    /// `np.matmul(a, b, out=out)`: nothing is built on the stack, so it
    /// suits boxed matrices of any size. Every element of `out` is
    /// overwritten, with the bits `matmul` returns. `out` has the shape
    /// and order of `matmul`'s result; another shape does not compile.
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array2;
    /// let a = Array2::<f64, 2, 3>::from([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    /// let b = Array2::<f64, 3, 2>::from([[7.0, 8.0], [9.0, 10.0], [11.0, 12.0]]);
    /// let mut c = Array2::<f64, 2, 2>::zeros();
    /// a.matmul_into(&b, &mut c);
    /// assert_eq!(c, Array2::from([[58.0, 64.0], [139.0, 154.0]]));
    ///
    /// // Big products live on the heap (feature `alloc`).
    /// # #[cfg(feature = "alloc")]
    /// # {
    /// let mut a = Array2::<f64, 128, 128>::zeros_boxed();
    /// for i in 0..128 {
    ///     a[[i, i]] = 2.0;
    /// }
    /// let mut c = Array2::<f64, 128, 128>::zeros_boxed();
    /// a.matmul_into(&*a, &mut *c);
    /// assert_eq!((c[[7, 7]], c[[7, 8]]), (4.0, 0.0));
    /// # }
    /// ```
    #[inline]
    pub fn matmul_into<B: MatmulRhs<T, M, K, O>>(&self, rhs: &B, out: &mut B::Output) {
        with_array(&self.view(), |lhs| B::product_into(lhs, rhs, out))
    }
}

mod sealed {
    pub trait Sealed {}
}

/// What [`matmul`](Array::matmul) accepts on the right of an `(M, K)`
/// matrix of order `O`: a `(K, N)` matrix of the same element type, in
/// either order, owned or borrowed. Another number of rows does not
/// compile, and the message names both dimensions.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{Array2, ColMajor};
/// let a = Array2::<i32, 2, 3>::ones();
/// let b = Array2::<i32, 3, 4, ColMajor>::ones();
/// assert_eq!(a.matmul(&b), Array2::<i32, 2, 4>::full(3));
/// // a.matmul(&a) does not compile: "the left-hand matrix has 3 columns".
/// ```
#[diagnostic::on_unimplemented(
    message = "the inner dimensions of this matrix product differ: the left-hand matrix has {K} columns, and the right-hand `{Self}` does not have {K} rows",
    label = "expected a matrix with {K} rows",
    note = "`a.matmul(&b)` multiplies a ({M}, {K}) matrix by a ({K}, N) one, as NumPy's `a @ b`"
)]
pub trait MatmulRhs<T: Number, const M: usize, const K: usize, O: Order>: sealed::Sealed {
    /// The product: `(M, N)`, in the left-hand matrix's order.
    type Output;
    /// `lhs · rhs`.
    #[doc(hidden)]
    fn product(lhs: &Array<T, Shape2<M, K>, O>, rhs: &Self) -> Self::Output;
    /// `lhs · rhs`, written over `out`.
    #[doc(hidden)]
    fn product_into(lhs: &Array<T, Shape2<M, K>, O>, rhs: &Self, out: &mut Self::Output);
}

impl<T: Number, O2: Order, const K: usize, const N: usize> sealed::Sealed
    for Array<T, Shape2<K, N>, O2>
{
}

#[diagnostic::do_not_recommend]
impl<T: Number, O: Order, O2: Order, const M: usize, const K: usize, const N: usize>
    MatmulRhs<T, M, K, O> for Array<T, Shape2<K, N>, O2>
{
    type Output = Array<T, Shape2<M, N>, O>;

    #[inline(always)]
    fn product(lhs: &Array<T, Shape2<M, K>, O>, rhs: &Self) -> Self::Output {
        let mut out = Array::<T, Shape2<M, N>, O>::zeros();
        Self::product_into(lhs, rhs, &mut out);
        out
    }

    #[inline(always)]
    fn product_into(lhs: &Array<T, Shape2<M, K>, O>, rhs: &Self, out: &mut Self::Output) {
        if K == 0 {
            // The sum of no products.
            out.as_mut_slice().fill(T::ZERO);
            return;
        }
        // Large float products: each operand read in its own order.
        let c = (out.as_mut_slice(), O::IS_ROW_MAJOR);
        let (a, b) = (
            (lhs.as_slice(), O::IS_ROW_MAJOR),
            (rhs.as_slice(), O2::IS_ROW_MAJOR),
        );
        if super::packed::product([M, K, N], a, b, c) {
            return;
        }
        if O::IS_ROW_MAJOR {
            let lhs: &Array<T, Shape2<M, K>, RowMajor> = lhs.recast();
            let out_rows: &mut Array<T, Shape2<M, N>, RowMajor> = out.recast_mut();
            if O2::IS_ROW_MAJOR {
                let rhs: &Array<T, Shape2<K, N>, RowMajor> = rhs.recast();
                matmul_rows(&lhs.data, &rhs.data, &mut out_rows.data);
            } else {
                let rhs = rhs.to_order::<RowMajor>();
                matmul_rows(&lhs.data, &rhs.data, &mut out_rows.data);
            }
        } else {
            // (lhs @ rhs)ᵀ = rhsᵀ @ lhsᵀ: the column-major memory of each
            // matrix is the row-major memory of its transpose.
            let rhs = rhs.to_order::<ColMajor>();
            let rhs_t: &Array<T, Shape2<N, K>, RowMajor> = rhs.recast();
            let lhs_t: &Array<T, Shape2<K, M>, RowMajor> = lhs.recast();
            let out_t: &mut Array<T, Shape2<N, M>, RowMajor> = out.recast_mut();
            matmul_rows(&rhs_t.data, &lhs_t.data, &mut out_t.data);
        }
    }
}

impl<T: Number, O2: Order, const K: usize, const N: usize> sealed::Sealed
    for &Array<T, Shape2<K, N>, O2>
{
}

/// A borrowed transpose is already a reference: `a.matmul(&b.t())` reads
/// as `a.matmul(b.t())`, as a non-generic `&Array` parameter would accept.
#[diagnostic::do_not_recommend]
impl<T: Number, O: Order, O2: Order, const M: usize, const K: usize, const N: usize>
    MatmulRhs<T, M, K, O> for &Array<T, Shape2<K, N>, O2>
{
    type Output = Array<T, Shape2<M, N>, O>;

    #[inline(always)]
    fn product(lhs: &Array<T, Shape2<M, K>, O>, rhs: &Self) -> Self::Output {
        <Array<T, Shape2<K, N>, O2> as MatmulRhs<T, M, K, O>>::product(lhs, rhs)
    }

    #[inline(always)]
    fn product_into(lhs: &Array<T, Shape2<M, K>, O>, rhs: &Self, out: &mut Self::Output) {
        <Array<T, Shape2<K, N>, O2> as MatmulRhs<T, M, K, O>>::product_into(lhs, rhs, out)
    }
}

/// The view operands: the product of the array each would copy to, read
/// in place when the view is laid out as one.
macro_rules! view_matmul_rhs {
    ($($ty:ident),*) => {$(
        impl<T: Number, L2: Strides, const K: usize, const N: usize> sealed::Sealed
            for $ty<'_, T, Shape2<K, N>, L2>
        {
        }

        #[diagnostic::do_not_recommend]
        impl<T: Number, O: Order, L2: Strides, const M: usize, const K: usize, const N: usize>
            MatmulRhs<T, M, K, O> for $ty<'_, T, Shape2<K, N>, L2>
        {
            type Output = Array<T, Shape2<M, N>, O>;

            #[inline(always)]
            fn product(lhs: &Array<T, Shape2<M, K>, O>, rhs: &Self) -> Self::Output {
                with_array(&rhs.view(), |rhs| {
                    <Array<T, Shape2<K, N>, L2::Order> as MatmulRhs<T, M, K, O>>::product(lhs, rhs)
                })
            }

            #[inline(always)]
            fn product_into(
                lhs: &Array<T, Shape2<M, K>, O>,
                rhs: &Self,
                out: &mut Self::Output,
            ) {
                with_array(&rhs.view(), |rhs| {
                    <Array<T, Shape2<K, N>, L2::Order> as MatmulRhs<T, M, K, O>>::product_into(
                        lhs, rhs, out,
                    )
                })
            }
        }
    )*};
}

view_matmul_rhs!(ArrayView, ArrayViewMut);

#[cfg(test)]
mod tests {
    use super::{matmul_rows, rows};

    /// Values with every sign, magnitude and special case a product meets.
    fn values<const R: usize, const C: usize>(seed: &mut u32) -> [[f32; C]; R] {
        const SPECIAL: [f32; 6] = [0.0, -0.0, f32::INFINITY, f32::NEG_INFINITY, 1e-40, 3.0e38];
        core::array::from_fn(|_| {
            core::array::from_fn(|_| {
                *seed ^= *seed << 13;
                *seed ^= *seed >> 17;
                *seed ^= *seed << 5;
                match *seed % 16 {
                    k @ 0..6 => SPECIAL[k as usize],
                    _ => (*seed % 20001) as f32 / 1000.0 - 10.0,
                }
            })
        })
    }

    /// The SSE 4x4 kernel and the dispatched 16x16 one (AVX-512 or AVX2
    /// when the CPU has them) give the portable loop's bits.
    #[test]
    fn kernels_give_the_portable_loops_bits() {
        fn check<const N: usize>(seed: &mut u32) {
            let (a, b) = (values::<N, N>(seed), values::<N, N>(seed));
            let (mut fast, mut portable) = ([[0.0f32; N]; N], [[0.0f32; N]; N]);
            matmul_rows(&a, &b, &mut fast);
            rows(&a, &b, &mut portable);
            let bits = |m: [[f32; N]; N]| m.map(|r| r.map(f32::to_bits));
            assert_eq!(bits(fast), bits(portable));
        }
        let mut seed = 0x2545_f491_u32;
        for _ in 0..200 {
            check::<4>(&mut seed);
            check::<16>(&mut seed);
        }
    }
}
