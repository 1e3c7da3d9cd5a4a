//! Linear-algebra identities on random matrices, sizes 2 to 8, both memory
//! orders: `a · a⁻¹ = I`, `det(a b) = det(a) det(b)`, small `solve`
//! residuals, `L Lᵀ = a`, `Q R = a` with `QᵀQ = I`, `a V = V diag(w)`, and
//! exact integer identities (`matrix_power` against repeated products,
//! `trace(a b) = trace(b a)`, `cross` anticommutes). The float matrices are
//! `m + n I` with `m` in [-1, 1]: condition numbers below 10, so a fixed
//! bound of `64 n eps` relative to the operands holds with room.

use proptest::prelude::*;
use shaped::{Array1, Array2, ColMajor, Order, RowMajor};

fn unit() -> impl Strategy<Value = f64> {
    -1.0..1.0f64
}

/// `m + n I`, well conditioned, from `n * n` values in [-1, 1].
fn conditioned<O: Order, const N: usize>(v: &[f64]) -> Array2<f64, N, N, O> {
    Array2::from_fn(|[i, j]| v[i * N + j] + if i == j { N as f64 } else { 0.0 })
}

fn rows<O: Order, const N: usize>(a: &Array2<f64, N, N, O>) -> Array2<f64, N, N> {
    a.to_order::<RowMajor>()
}

fn max_diff<const N: usize>(a: &Array2<f64, N, N>, b: &Array2<f64, N, N>) -> f64 {
    (a - b).abs().max()
}

macro_rules! float_properties {
    ($($name:ident: $n:literal, $order:ty;)*) => {$(
        mod $name {
            use super::*;
            const N: usize = $n;
            type O = $order;
            const BOUND: f64 = 64.0 * N as f64 * f64::EPSILON;

            proptest! {
                #[test]
                fn inverse_times_matrix_is_identity(v in prop::collection::vec(unit(), N * N)) {
                    let a = conditioned::<O, N>(&v);
                    let inv = a.inv().expect("well conditioned");
                    let eye = Array2::<f64, N, N>::eye();
                    let scale = a.norm_inf() * inv.norm_inf();
                    prop_assert!(max_diff(&rows(&a).matmul(&rows(&inv)), &eye) <= BOUND * scale);
                    prop_assert!(max_diff(&rows(&inv.inv().unwrap()), &rows(&a)) <= BOUND * scale * a.norm_inf());
                }

                #[test]
                fn det_of_product_is_product_of_dets(v in prop::collection::vec(unit(), N * N), w in prop::collection::vec(unit(), N * N)) {
                    let (a, b) = (conditioned::<O, N>(&v), conditioned::<O, N>(&w));
                    let ab = rows(&a).matmul(&rows(&b));
                    let (da, db) = (a.det(), b.det());
                    prop_assert!((ab.det() - da * db).abs() <= 4.0 * BOUND * (da * db).abs());
                }

                #[test]
                fn solve_leaves_small_residuals(v in prop::collection::vec(unit(), N * N), b in prop::collection::vec(unit(), N)) {
                    let a = conditioned::<O, N>(&v);
                    let b = Array1::<f64, N>::from_fn(|[i]| b[i]);
                    let x = a.solve(&b).expect("well conditioned");
                    let residual = (rows(&a).dot(&x) - b).abs().max();
                    prop_assert!(residual <= BOUND * (a.norm_inf() * x.norm_inf() + b.norm_inf()));
                }

                #[test]
                fn factorisations_rebuild_the_matrix(v in prop::collection::vec(unit(), N * N)) {
                    let m = conditioned::<O, N>(&v);
                    // Symmetric positive definite: m mᵀ.
                    let spd = rows(&m).matmul(&rows(&m).t().to_order::<RowMajor>()).to_order::<O>();
                    let scale = spd.norm_inf();
                    let l = rows(&spd.cholesky().expect("positive definite"));
                    prop_assert!(max_diff(&l.matmul(&l.t().to_order::<RowMajor>()), &rows(&spd)) <= BOUND * scale);
                    prop_assert!((0..N).all(|i| l[[i, i]] > 0.0 && (i + 1..N).all(|j| l[[i, j]] == 0.0)));

                    let (q, r) = m.qr();
                    let (q, r) = (rows(&q), rows(&r));
                    prop_assert!(max_diff(&q.matmul(&r), &rows(&m)) <= BOUND * m.norm_inf());
                    prop_assert!(max_diff(&q.t().to_order::<RowMajor>().matmul(&q), &Array2::eye()) <= BOUND);
                    prop_assert!((0..N).all(|i| (0..i).all(|j| r[[i, j]] == 0.0)));

                    let (w, vecs) = spd.eigh();
                    let vecs = rows(&vecs);
                    let vw = Array2::<f64, N, N>::from_fn(|[i, k]| vecs[[i, k]] * w[k]);
                    prop_assert!(max_diff(&rows(&spd).matmul(&vecs), &vw) <= BOUND * scale);
                    prop_assert!(w.as_slice().windows(2).all(|p| p[0] <= p[1]));
                    prop_assert!(w[0] > 0.0);
                }
            }
        }
    )*};
}

float_properties! {
    c2: 2, RowMajor; f2: 2, ColMajor;
    c3: 3, RowMajor; f3: 3, ColMajor;
    c4: 4, RowMajor; f4: 4, ColMajor;
    c5: 5, RowMajor; f5: 5, ColMajor;
    c8: 8, RowMajor; f8: 8, ColMajor;
}

proptest! {
    #[test]
    fn integer_matrix_power_is_repeated_products(v in prop::collection::vec(-3i64..4, 9), k in 0u32..12) {
        let a = Array2::<i64, 3, 3>::from_fn(|[i, j]| v[i * 3 + j]);
        let mut expected = Array2::<i64, 3, 3>::eye();
        for _ in 0..k {
            expected = expected.matmul(&a);
        }
        prop_assert_eq!(a.matrix_power(k), expected);
        prop_assert_eq!(a.to_order::<ColMajor>().matrix_power(k), expected.to_order::<ColMajor>());
    }

    #[test]
    fn integer_trace_and_cross_identities(v in prop::collection::vec(-100i32..100, 24)) {
        let a = Array2::<i32, 3, 4>::from_fn(|[i, j]| v[i * 4 + j]);
        let b = Array2::<i32, 4, 3>::from_fn(|[i, j]| v[12 + i * 3 + j]);
        prop_assert_eq!(a.matmul(&b).trace(), b.matmul(&a).trace());
        let x = Array1::<i32, 3>::from([v[0], v[1], v[2]]);
        let y = Array1::<i32, 3>::from([v[3], v[4], v[5]]);
        prop_assert_eq!(x.cross(&y), -y.cross(&x));
        prop_assert_eq!(x.dot(&x.cross(&y)), 0);
        prop_assert_eq!(x.outer(&y).t().to_order::<RowMajor>(), y.outer(&x));
    }
}
