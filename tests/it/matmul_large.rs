//! Matrix products big enough for the packing GEMM (feature
//! `matrixmultiply`: `f64` from 64x64x64 multiply-adds, `f32` from
//! 80x80x80; below, and without the feature, the row kernels)
//! against NumPy's `a @ b` in `golden/numpy_matmul.rs`, in every order of
//! the operands and the result, by value and into an output. The golden
//! operands are eighths and quarters of small integers, so every sum is
//! exact and the results must match to the bit whichever kernel ran.
//! Run with the GEMM: `cargo test -p shaped-tests --features
//! matrixmultiply -- matmul_large::`.

use shaped::{Array2, ColMajor, RowMajor};

/// One golden product: `(m, k, n)` and `32 * (a @ b)` row by row.
type Product = ((usize, usize, usize), &'static [i64]);

/// `golden/numpy_matmul.rs`.
const GOLDEN: &[Product] = include!("../golden/numpy_matmul.rs");

/// The generator's hash of a position: `(k * 2654435761) % 2**32`.
fn hash(k: usize) -> u32 {
    (k as u32).wrapping_mul(2_654_435_761)
}

/// The generator's `lhs` and `rhs` integers at `[i, j]` of a matrix with
/// `cols` columns.
fn lhs_int(i: usize, j: usize, cols: usize) -> i64 {
    i64::from(hash(i * cols + j) % 11) - 5
}
fn rhs_int(i: usize, j: usize, cols: usize) -> i64 {
    i64::from(hash(i * cols + j + 7) % 9) - 4
}

fn golden<const M: usize, const K: usize, const N: usize>() -> &'static [i64] {
    let (_, values) = GOLDEN
        .iter()
        .find(|(shape, _)| *shape == (M, K, N))
        .expect("the generator writes this shape");
    assert_eq!(values.len(), M * N);
    values
}

macro_rules! float_case {
    ($t:ty, $m:expr, $k:expr, $n:expr) => {{
        const M: usize = $m;
        const K: usize = $k;
        const N: usize = $n;
        let g = golden::<M, K, N>();
        let expected = Array2::<$t, M, N>::from_fn(|[i, j]| g[i * N + j] as $t / 32.0);
        let a = Array2::<$t, M, K>::from_fn(|[i, j]| lhs_int(i, j, K) as $t / 8.0);
        let b = Array2::<$t, K, N>::from_fn(|[i, j]| rhs_int(i, j, N) as $t / 4.0);
        let (fa, fb) = (a.to_order::<ColMajor>(), b.to_order::<ColMajor>());

        assert_eq!(a.matmul(&b), expected);
        assert_eq!(a.matmul(&fb), expected);
        assert_eq!(fa.matmul(&b).to_order::<RowMajor>(), expected);
        assert_eq!(fa.matmul(&fb).to_order::<RowMajor>(), expected);
        // A transposed view is read in place: (bᵀ)ᵀ = b.
        let bt = b.t().to_order::<RowMajor>();
        assert_eq!(a.matmul(&bt.t()), expected);
        assert_eq!(a.view().matmul(&b.view()), expected);

        // Into an output: every slot overwritten, the same bits.
        let mut c = Array2::<$t, M, N>::zeros_boxed();
        c.as_mut_slice().fill(<$t>::NAN);
        a.matmul_into(&b, &mut *c);
        assert_eq!(*c, expected);
        let mut fc = Array2::<$t, M, N, ColMajor>::zeros_boxed();
        fc.as_mut_slice().fill(<$t>::NAN);
        fa.matmul_into(&b, &mut *fc);
        assert_eq!(fc.to_order::<RowMajor>(), expected);
        fa.matmul_into(&fb, &mut *fc);
        assert_eq!(fc.to_order::<RowMajor>(), expected);
    }};
}

macro_rules! int_case {
    ($m:expr, $k:expr, $n:expr) => {{
        const M: usize = $m;
        const K: usize = $k;
        const N: usize = $n;
        let g = golden::<M, K, N>();
        let expected = Array2::<i64, M, N>::from_fn(|[i, j]| g[i * N + j]);
        let a = Array2::<i64, M, K>::from_fn(|[i, j]| lhs_int(i, j, K));
        let b = Array2::<i64, K, N>::from_fn(|[i, j]| rhs_int(i, j, N));
        assert_eq!(a.matmul(&b), expected);
        assert_eq!(
            a.to_order::<ColMajor>().matmul(&b).to_order::<RowMajor>(),
            expected
        );
        let mut c = Array2::<i64, M, N>::zeros_boxed();
        c.as_mut_slice().fill(i64::MIN);
        a.matmul_into(&b.to_order::<ColMajor>(), &mut *c);
        assert_eq!(*c, expected);
    }};
}

/// Runs `f` on a thread with an 8 MiB stack, a main thread's default:
/// the by-value matrices of a debug build outgrow a test thread's 2 MiB.
fn on_main_sized_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the closure ran to the end");
}

#[test]
fn f64_products_are_numpys() {
    on_main_sized_stack(|| float_case!(f64, 64, 64, 64));
    on_main_sized_stack(|| float_case!(f64, 96, 80, 72));
    on_main_sized_stack(|| float_case!(f64, 65, 129, 33));
}

#[test]
fn f32_products_are_numpys() {
    on_main_sized_stack(|| float_case!(f32, 64, 64, 64));
    on_main_sized_stack(|| float_case!(f32, 96, 80, 72));
    on_main_sized_stack(|| float_case!(f32, 65, 129, 33));
}

#[test]
fn integer_products_are_numpys() {
    on_main_sized_stack(|| int_case!(64, 64, 64));
    on_main_sized_stack(|| int_case!(96, 80, 72));
    on_main_sized_stack(|| int_case!(65, 129, 33));
}

/// Inexact `f32` sums: each element within the bound of any summation
/// order, `K` units of rounding of the sum of `|a_ik b_kj|`, of the
/// product computed in `f64` (whose own error is 2**29 times smaller).
#[test]
fn rounded_f32_products_are_within_the_summation_bound() {
    on_main_sized_stack(rounded_f32_products);
}

fn rounded_f32_products() {
    const M: usize = 96;
    const K: usize = 80;
    const N: usize = 72;
    let decimal = |k: usize| (hash(k) % 20_001) as f32 / 1000.0 - 10.0; // -10.000 ..= 10.000
    let a = Array2::<f32, M, K>::from_fn(|[i, j]| decimal(i * K + j));
    let b = Array2::<f32, K, N>::from_fn(|[i, j]| decimal(M * K + i * N + j));
    let c = a.matmul(&b);
    let exact = a.cast::<f64>().matmul(&b.cast::<f64>());
    let magnitude = a.cast::<f64>().abs().matmul(&b.cast::<f64>().abs());
    let mut inexact = 0;
    for i in 0..M {
        for j in 0..N {
            let error = (f64::from(c[[i, j]]) - exact[[i, j]]).abs();
            let bound = K as f64 * f64::from(f32::EPSILON) * magnitude[[i, j]];
            assert!(
                error <= bound,
                "[{i}, {j}]: {} off by {error}, bound {bound}",
                c[[i, j]]
            );
            inexact += usize::from(error != 0.0);
        }
    }
    assert!(
        inexact > M * N / 2,
        "the inputs round: {inexact} of {} inexact",
        M * N
    );
    // The output form gives the by-value bits.
    let mut into = Array2::<f32, M, N>::zeros_boxed();
    a.matmul_into(&b, &mut *into);
    assert_eq!(*into, c);
}

/// `matmul_into` overwrites what `out` held, for the small kernels too and
/// for an inner dimension of zero (the sum of no products).
#[test]
fn matmul_into_overwrites_the_output() {
    let a = Array2::<f32, 4, 4>::from_fn(|[i, j]| (i * 4 + j) as f32);
    let mut c = Array2::<f32, 4, 4>::full(f32::NAN);
    a.matmul_into(&a, &mut c);
    assert_eq!(c, a.matmul(&a));
    let empty = Array2::<f64, 3, 0>::zeros();
    let mut out = Array2::<f64, 3, 2>::full(7.0);
    empty.matmul_into(&Array2::<f64, 0, 2>::zeros(), &mut out);
    assert_eq!(out, Array2::zeros());
    let mut f = Array2::<i32, 2, 2, ColMajor>::full(9);
    let m = Array2::<i32, 2, 3, ColMajor>::from([[1, 2, 3], [4, 5, 6]]);
    m.matmul_into(
        &Array2::<i32, 3, 2>::from([[7, 8], [9, 10], [11, 12]]),
        &mut f,
    );
    assert_eq!(
        f,
        Array2::<i32, 2, 2, ColMajor>::from([[58, 64], [139, 154]])
    );
}
