//! Linear algebra against NumPy: `golden/numpy_linalg.rs` holds NumPy's
//! `np.linalg` results on fixed matrices of sizes 2 to 8 (written by
//! `golden/numpy_linalg.py`); each case runs in both memory orders.
//!
//! Tolerances, all relative to the size `n`, the unit roundoff `eps` and
//! NumPy's 1-norm condition number `cond` (LAPACK's own error bounds have
//! this form):
//!
//! | result | bound |
//! |---|---|
//! | `det` | `16 n eps Π‖row‖₂` (Hadamard's bound on `|det|`: exact zeros and tiny determinants of singular matrices included) |
//! | `inv`, `solve` | `16 n eps cond ‖x_numpy‖max` elementwise |
//! | `norm` | 2 ulps; `norm_l1`, `norm_inf`, `trace`: NumPy's bits |
//! | `cholesky`, `qr` | `16 n eps cond ‖a‖max` elementwise (`Q` and `R` with NumPy's signs) |
//! | `eigh` values | `16 n eps ‖a‖₁`; vectors (NumPy's normalised by the sign rule) `16 n eps ‖a‖₁ / gap` when the eigenvalues are apart |
//!
//! Singularity: `None` wherever NumPy raises `LinAlgError`; where it does not
//! but the matrix is numerically singular (`cond > 1 / eps`: LAPACK's
//! rounding left a pivot of 1e-17 and NumPy returns a meaningless inverse),
//! either answer is accepted.

use shaped::{Array1, Array2, ColMajor, Order, RowMajor};

struct F32 {
    a: &'static [u32],
    cond: u64,
    det: u32,
    inv: Option<&'static [u32]>,
    b: &'static [u32],
    x: Option<&'static [u32]>,
}

struct Case {
    n: usize,
    kind: &'static str,
    a: &'static [u64],
    cond: u64,
    det: u64,
    inv: Option<&'static [u64]>,
    b: &'static [u64],
    x: Option<&'static [u64]>,
    b2: &'static [u64],
    x2: Option<&'static [u64]>,
    fro: u64,
    /// For C and F order: NumPy's axis sums add in memory order.
    l1: [u64; 2],
    linf: [u64; 2],
    trace: u64,
    cholesky: Option<&'static [u64]>,
    q: &'static [u64],
    r: &'static [u64],
    eigh: Option<(&'static [u64], &'static [u64], u64)>,
    f32: Option<F32>,
}

struct Tall {
    m: usize,
    n: usize,
    a: &'static [u64],
    cond: u64,
    q: &'static [u64],
    r: &'static [u64],
    /// The complete `Q` (`m`x`m`), `np.linalg.qr(a, mode='complete')`.
    qc: &'static [u64],
}

const CASES: &[Case] = include!("../golden/numpy_linalg.rs");
const TALL: &[Tall] = include!("../golden/numpy_linalg_tall.rs");

fn f(bits: &[u64]) -> Vec<f64> {
    bits.iter().map(|&b| f64::from_bits(b)).collect()
}

/// Asserts `|got - want| <= bound` elementwise, naming the case.
fn close(what: &str, got: &[f64], want: &[f64], bound: f64) {
    assert_eq!(got.len(), want.len());
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= bound || (g.is_nan() && w.is_nan()),
            "{what}: element {i} is {g:e}, NumPy's {w:e} (difference {:e}, bound {bound:e})",
            (g - w).abs()
        );
    }
}

fn max_abs(v: &[f64]) -> f64 {
    v.iter().fold(0.0, |m, x| m.max(x.abs()))
}

/// The array of shape `(R, C)` and order `O` whose C-order elements are `v`.
fn matrix<O: Order, const R: usize, const C: usize>(v: &[f64]) -> Array2<f64, R, C, O> {
    Array2::from_fn(|[i, j]| v[i * C + j])
}

/// The C-order elements of `a`.
fn elements<O: Order, const R: usize, const C: usize>(a: &Array2<f64, R, C, O>) -> Vec<f64> {
    (0..R)
        .flat_map(|i| (0..C).map(move |j| a[[i, j]]))
        .collect()
}

fn check<O: Order, const N: usize>(c: &Case) {
    let order = if O::IS_ROW_MAJOR { "C" } else { "F" };
    let what = |op: &str| format!("{op} of {}x{} {} ({order} order)", c.n, c.n, c.kind);
    let v = f(c.a);
    let a: Array2<f64, N, N, O> = matrix(&v);
    let n = N as f64;
    let eps = f64::EPSILON;
    let cond = f64::from_bits(c.cond);
    let singular = cond.is_nan() || cond >= 1.0 / eps;

    let hadamard: f64 = v
        .chunks(N)
        .map(|row| row.iter().map(|x| x * x).sum::<f64>().sqrt())
        .product();
    close(
        &what("det"),
        &[a.det()],
        &[f64::from_bits(c.det)],
        16.0 * n * eps * hadamard,
    );

    let solved = |got: Option<Vec<f64>>, want: Option<&[u64]>, op: &str| match (got, want) {
        (Some(got), Some(want)) if !singular => {
            let want = f(want);
            close(
                &what(op),
                &got,
                &want,
                16.0 * n * eps * cond * max_abs(&want),
            );
        }
        (None, None) => {}
        (got, want) => assert!(
            singular,
            "{}: shaped gives {}, NumPy {}",
            what(op),
            if got.is_some() { "a result" } else { "None" },
            if want.is_some() {
                "a result"
            } else {
                "LinAlgError"
            }
        ),
    };
    solved(a.inv().map(|x| elements(&x)), c.inv, "inv");
    let b = Array1::<f64, N>::from_fn(|[i]| f64::from_bits(c.b[i]));
    solved(a.solve(&b).map(|x| x.as_slice().to_vec()), c.x, "solve");
    let b2: Array2<f64, N, 2, O> = matrix(&f(c.b2));
    solved(
        a.solve(&b2).map(|x| elements(&x)),
        c.x2,
        "solve (2 columns)",
    );

    let fro = f64::from_bits(c.fro);
    close(&what("norm"), &[a.norm()], &[fro], 2.0 * eps * fro);
    let k = usize::from(!O::IS_ROW_MAJOR);
    assert_eq!(a.norm_l1().to_bits(), c.l1[k], "{}", what("norm_l1"));
    assert_eq!(a.norm_inf().to_bits(), c.linf[k], "{}", what("norm_inf"));
    assert_eq!(a.trace().to_bits(), c.trace, "{}", what("trace"));

    let scale = max_abs(&v);
    match (a.cholesky(), c.cholesky) {
        (Some(l), Some(want)) => close(
            &what("cholesky"),
            &elements(&l),
            &f(want),
            16.0 * n * eps * cond * scale,
        ),
        (None, None) => {}
        (got, _) => panic!(
            "{}: shaped gives {:?}, NumPy the other",
            what("cholesky"),
            got.is_some()
        ),
    }
    if !singular {
        let (q, r) = a.qr();
        let bound = 16.0 * n * eps * cond * scale.max(1.0);
        close(&what("qr: Q"), &elements(&q), &f(c.q), bound);
        close(&what("qr: R"), &elements(&r), &f(c.r), bound);
    }
    if let Some((w, vecs, gap)) = c.eigh {
        let (values, vectors) = a.eigh();
        let norm1 = a.abs().sum_axis::<0>().max();
        let bound = 16.0 * n * eps * norm1;
        close(&what("eigh: eigenvalues"), values.as_slice(), &f(w), bound);
        let gap = f64::from_bits(gap);
        if gap > 1e-6 * norm1 {
            close(
                &what("eigh: eigenvectors"),
                &elements(&vectors),
                &f(vecs),
                bound / gap,
            );
        }
        // Whatever the gap: a V = V diag(w), with V orthonormal.
        let (a, vectors) = (a.to_order::<RowMajor>(), vectors.to_order::<RowMajor>());
        let av = a.matmul(&vectors);
        let vw = Array2::<f64, N, N>::from_fn(|[i, k]| vectors[[i, k]] * values[k]);
        close(
            &what("eigh: a V - V diag(w)"),
            &elements(&av),
            &elements(&vw),
            bound,
        );
        let vtv = vectors.t().to_order::<RowMajor>().matmul(&vectors);
        close(
            &what("eigh: VᵀV - I"),
            &elements(&vtv),
            &elements(&Array2::<f64, N, N>::eye()),
            16.0 * n * eps,
        );
    }
    if let Some(s) = &c.f32 {
        check_f32::<O, N>(s, &what("f32"));
    }
}

fn check_f32<O: Order, const N: usize>(c: &F32, what: &str) {
    let a = Array2::<f32, N, N, O>::from_fn(|[i, j]| f32::from_bits(c.a[i * N + j]));
    let n = N as f64;
    let eps = f32::EPSILON as f64;
    let cond = f64::from_bits(c.cond);
    let hadamard: f64 = (0..N)
        .map(|i| {
            (0..N)
                .map(|j| (a[[i, j]] as f64).powi(2))
                .sum::<f64>()
                .sqrt()
        })
        .product();
    let want = f32::from_bits(c.det) as f64;
    close(
        &format!("det {what}"),
        &[a.det() as f64],
        &[want],
        16.0 * n * eps * hadamard,
    );
    let wide = |v: &[u32]| {
        v.iter()
            .map(|&b| f32::from_bits(b) as f64)
            .collect::<Vec<_>>()
    };
    if cond * eps < 0.1 {
        let inv = a.inv().expect("invertible");
        let want = wide(c.inv.expect("NumPy inverts it"));
        let got: Vec<f64> = (0..N)
            .flat_map(|i| (0..N).map(move |j| (i, j)))
            .map(|(i, j)| inv[[i, j]] as f64)
            .collect();
        close(
            &format!("inv {what}"),
            &got,
            &want,
            16.0 * n * eps * cond * max_abs(&want),
        );
        let b = Array1::<f32, N>::from_fn(|[i]| f32::from_bits(c.b[i]));
        let x = a.solve(&b).expect("invertible");
        let want = wide(c.x.expect("NumPy solves it"));
        let got: Vec<f64> = x.iter().map(|&v| v as f64).collect();
        close(
            &format!("solve {what}"),
            &got,
            &want,
            16.0 * n * eps * cond * max_abs(&want),
        );
    }
}

fn check_both<const N: usize>(c: &Case) {
    check::<RowMajor, N>(c);
    check::<ColMajor, N>(c);
}

#[test]
fn linalg_matches_numpy() {
    for c in CASES {
        match c.n {
            2 => check_both::<2>(c),
            3 => check_both::<3>(c),
            4 => check_both::<4>(c),
            6 => check_both::<6>(c),
            8 => check_both::<8>(c),
            n => panic!("no size {n} in the test"),
        }
    }
    assert_eq!(CASES.len(), 5 * 11);
}

fn check_tall<O: Order, const M: usize, const N: usize>(t: &Tall) {
    let a: Array2<f64, M, N, O> = matrix(&f(t.a));
    let (q, r) = a.qr();
    let bound = 16.0 * M as f64 * f64::EPSILON * f64::from_bits(t.cond) * max_abs(&f(t.a));
    let what = format!("qr of {}x{}", t.m, t.n);
    close(&format!("{what}: Q"), &elements(&q), &f(t.q), bound);
    close(&format!("{what}: R"), &elements(&r), &f(t.r), bound);
    let back = q.to_order::<RowMajor>().matmul(&r);
    close(&format!("{what}: QR - a"), &elements(&back), &f(t.a), bound);
    // mode='complete': NumPy's Q (m x m); R is the reduced R over zeros.
    let (qc, rc) = a.qr_complete();
    close(
        &format!("{what}: complete Q"),
        &elements(&qc),
        &f(t.qc),
        bound,
    );
    let mut r_complete = f(t.r);
    r_complete.resize(M * N, 0.0);
    close(
        &format!("{what}: complete R"),
        &elements(&rc),
        &r_complete,
        bound,
    );
    assert!(
        elements(&rc)[N * N..].iter().all(|&x| x == 0.0),
        "{what}: complete R below row {N} is zero"
    );
    let back = qc.to_order::<RowMajor>().matmul(&rc);
    close(
        &format!("{what}: complete QR - a"),
        &elements(&back),
        &f(t.a),
        bound,
    );
    let qtq = qc.t().matmul(&qc);
    let eye = elements(&Array2::<f64, M, M>::eye());
    close(
        &format!("{what}: complete QᵀQ - I"),
        &elements(&qtq),
        &eye,
        bound,
    );
}

#[test]
fn tall_qr_matches_numpy() {
    for t in TALL {
        match (t.m, t.n) {
            (4, 2) => (
                check_tall::<RowMajor, 4, 2>(t),
                check_tall::<ColMajor, 4, 2>(t),
            ),
            (5, 3) => (
                check_tall::<RowMajor, 5, 3>(t),
                check_tall::<ColMajor, 5, 3>(t),
            ),
            (6, 4) => (
                check_tall::<RowMajor, 6, 4>(t),
                check_tall::<ColMajor, 6, 4>(t),
            ),
            (8, 6) => (
                check_tall::<RowMajor, 8, 6>(t),
                check_tall::<ColMajor, 8, 6>(t),
            ),
            (10, 8) => (
                check_tall::<RowMajor, 10, 8>(t),
                check_tall::<ColMajor, 10, 8>(t),
            ),
            shape => panic!("no shape {shape:?} in the test"),
        };
    }
}

/// NumPy's `TestQR.test_mode_all_but_economic` (numpy/linalg/tests/
/// test_linalg.py), mode 'reduced', on its 3x2 and 2x2 matrices in float32
/// and float64 and in both orders: `Q R = a`, `Qᵀ Q = I` and `R` upper
/// triangular, within NumPy's `assert_almost_equal` there (6 decimals for
/// float32, 12 for float64: `|x - y| < 1.5e-6`, `1.5e-12`). The float32
/// 3x2 case reconstructs to 2.4e-7, as NumPy's (2.6e-6 when the QR ran in
/// float32 arithmetic).
#[test]
fn qr_numpy_test_mode_all_but_economic() {
    fn check<T, O: Order, const R: usize, const C: usize>(a: Array2<T, R, C, O>, bound: f64)
    where
        T: shaped::Float + Into<f64>,
    {
        let (q, r) = a.qr();
        let worst = |x: Array2<f64, R, C>, y: Array2<f64, R, C>| {
            (0..R * C)
                .map(|k| (x[[k / C, k % C]] - y[[k / C, k % C]]).abs())
                .fold(0.0, f64::max)
        };
        let qr = q.matmul(&r).map(Into::into);
        let err = worst(
            Array2::<f64, R, C>::from_fn(|[i, j]| qr[[i, j]]),
            Array2::from_fn(|[i, j]| a[[i, j]].into()),
        );
        assert!(
            err < bound,
            "{R}x{C} {}: |QR - a| = {err:e}",
            std::any::type_name::<T>()
        );
        let qtq = q.t().matmul(&q).map(Into::into);
        for i in 0..C {
            for j in 0..C {
                let e = if i == j { 1.0 } else { 0.0 };
                assert!(
                    (qtq[[i, j]] - e).abs() < bound,
                    "QᵀQ[{i}, {j}] = {}",
                    qtq[[i, j]]
                );
                if i > j {
                    assert_eq!(r[[i, j]].into(), 0.0, "R below the diagonal");
                }
            }
        }
    }
    let a = Array2::<f32, 2, 2>::from([[1.0, 2.0], [3.0, 4.0]]);
    let b = Array2::<f32, 3, 2>::from([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
    check(a, 1.5e-6);
    check(b, 1.5e-6);
    check(b.to_order::<ColMajor>(), 1.5e-6);
    check(a.cast::<f64>(), 1.5e-12);
    check(b.cast::<f64>(), 1.5e-12);
    check(b.cast::<f64>().to_order::<ColMajor>(), 1.5e-12);
    // mode='complete', on the same matrices and the wide 2x3 `b.T`.
    check_complete(a, 1.5e-6);
    check_complete(b, 1.5e-6);
    check_complete(b.t().to_array(), 1.5e-6);
    check_complete(b.cast::<f64>(), 1.5e-12);
    check_complete(b.cast::<f64>().t().to_array(), 1.5e-12);
    check_complete(b.cast::<f64>().to_order::<ColMajor>(), 1.5e-12);
    // NumPy's own float32 result reconstructs to 2.4e-7 (2^-22); so does ours.
    let (q, r) = b.qr();
    let err = (q.matmul(&r) - b).abs().max();
    assert!(err <= 2.4e-7, "float32 3x2: |QR - a| = {err:e}");
}

/// NumPy's `check_qr` for mode 'complete' (numpy/linalg/tests/
/// test_linalg.py): `Q` is `R`x`R` and `R` is `R`x`C`, `Q R = a`,
/// `Qᵀ Q = I` (`R`x`R`) and `R` upper triangular, within `bound` (NumPy's
/// `assert_almost_equal` there).
fn check_complete<T, O: Order, const R: usize, const C: usize>(a: Array2<T, R, C, O>, bound: f64)
where
    T: shaped::Float + Into<f64>,
{
    let what = format!("{R}x{C} {} complete", std::any::type_name::<T>());
    let (q, r) = a.qr_complete();
    let _: (&Array2<T, R, R, O>, &Array2<T, R, C, O>) = (&q, &r);
    let qr = q.matmul(&r).map(Into::into);
    for i in 0..R {
        for j in 0..C {
            let err = (qr[[i, j]] - a[[i, j]].into()).abs();
            assert!(err < bound, "{what}: |QR - a| at [{i}, {j}] = {err:e}");
            if i > j {
                assert_eq!(r[[i, j]].into(), 0.0, "{what}: R below the diagonal");
            }
        }
    }
    let qtq = q.t().matmul(&q).map(Into::into);
    for i in 0..R {
        for j in 0..R {
            let e = if i == j { 1.0 } else { 0.0 };
            assert!(
                (qtq[[i, j]] - e).abs() < bound,
                "{what}: QᵀQ[{i}, {j}] = {}",
                qtq[[i, j]]
            );
        }
    }
}
