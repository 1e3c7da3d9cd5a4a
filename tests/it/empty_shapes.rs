//! Every operation on arrays with a zero-length axis, in each position,
//! ranks 1 to 4, both memory orders: nothing panics, and the results are
//! NumPy's (empty arrays of the right shape; `sum` 0, `prod` 1, `mean` NaN,
//! `any` false, `all` true; reductions along an axis keep the other axes).
//!
//! `min`/`max`/`argmin`/`argmax` of an empty array are build errors (NumPy
//! raises), pinned by the UI tests `reduce-max-of-empty*`.

// Every ownership combination of the operators is exercised on purpose.
#![allow(clippy::op_ref)]

use shaped::{Array, ColMajor, RowMajor, Shape};

/// The operators with an empty left side and an empty right side of the
/// same shape or of its trailing axes, as array and as scalar.
macro_rules! operators {
    ($a:expr, $b:expr, $shape:ty, $order:ty) => {{
        type Out = Array<i32, $shape, $order>;
        let (a, b) = ($a, $b);
        let results: [Out; 14] = [
            a + b,
            a - &b,
            &a * b,
            &a / &b,
            a % b,
            a & b,
            a | &b,
            &a ^ b,
            a + 1,
            &a * 2,
            3 - a,
            4 / &a,
            -a,
            !&a,
        ];
        for r in results {
            assert_eq!(r.size(), 0);
            assert_eq!(r.as_slice(), &[] as &[i32]);
        }
        let mut m = a;
        m += b;
        m -= &b;
        m *= 2;
        m /= &b;
        m %= b;
        m &= b;
        m |= 1;
        m ^= &b;
        m.map_inplace(|x| x + 1);
        m.zip_map_inplace(&a, |x, y| x + y);
        assert_eq!(m.size(), 0);
    }};
}

macro_rules! sweep {
    ($($name:ident: $shape:ty, trailing $rhs:ty, axes [$($axis:literal)*];)*) => {$(
        #[test]
        fn $name() {
            sweep!(@order $shape, $rhs, RowMajor, [$($axis)*]);
            sweep!(@order $shape, $rhs, ColMajor, [$($axis)*]);
        }
    )*};
    (@order $shape:ty, $rhs:ty, $order:ty, [$($axis:literal)*]) => {{
        let a = Array::<i32, $shape, $order>::zeros();
        assert_eq!(a.size(), 0);
        assert!(a.strides().as_ref().iter().all(|&s| s == 0), "NumPy: all strides 0");

        // Operators, with the same shape and with the trailing axes.
        operators!(a, Array::<i32, $shape, $order>::ones(), $shape, $order);
        operators!(a, Array::<i32, $rhs, $order>::ones(), $shape, $order);

        // Whole-array reductions: NumPy's identities.
        assert_eq!(a.sum(), 0);
        assert_eq!(a.prod(), 1);
        assert!(a.mean().is_nan());
        assert!(!a.any());
        assert!(a.all());
        let f = a.cast::<f64>();
        assert_eq!(f.sum().to_bits(), 0.0f64.to_bits());
        assert_eq!(f.prod(), 1.0);

        // Along each axis: the other axes stay; empty lanes give the
        // identity (0 for sum, 1 for prod, NaN for mean).
        $({
            let s = a.sum_axis::<$axis>();
            let p = a.prod_axis::<$axis>();
            let m = a.mean_axis::<$axis>();
            let dims = <$shape as Shape>::DIMS;
            let kept: usize = dims.iter().enumerate().filter(|&(k, _)| k != $axis).map(|(_, d)| d).product();
            assert_eq!(s.size(), kept);
            assert!(s.iter().all(|&x| x == 0));
            assert!(p.iter().all(|&x| x == 1));
            assert!(m.iter().all(|x| x.is_nan()));
        })*

        // Elementwise functions and comparisons.
        assert_eq!(a.map(|x| x as u8).size(), 0);
        assert_eq!(a.zip_map(&a, |x, y| x + y).size(), 0);
        assert_eq!(a.eq_elem(&a).size(), 0);
        assert_eq!(a.clamp(0, 1).size(), 0);
        assert_eq!(a.abs().size(), 0);
        let mut out = Array::<i32, $shape, $order>::zeros();
        out.assign_map(&a, |x| x);
        out.assign_zip_map(&a, &a, |x, y| x * y);
        out.fill(7);
        assert_eq!(a.indexed_iter().count(), 0);
        assert_eq!(a.iter().count(), 0);

        // Conversions and views.
        let other = a.to_order::<RowMajor>();
        assert_eq!(other.size(), 0);
        assert_eq!(a.to_order_boxed::<ColMajor>().size(), 0);
        assert_eq!(*a.t().t(), a);
        assert_eq!(a.into_t().size(), 0);
        assert_eq!(a.into_shape::<$shape>(), a);
        let from_slice = Array::<i32, $shape, $order>::try_from(&[][..]).unwrap();
        assert_eq!(from_slice, a);
        let from_vec: Box<Array<i32, $shape, $order>> = Vec::new().try_into().unwrap();
        assert_eq!(*from_vec, a);
        assert!(Array::<i32, $shape, $order>::try_from(&[1][..]).is_err());
        let boxed = Array::<i32, $shape, $order>::from_fn_boxed(|_| unreachable!());
        assert_eq!(*boxed, a);
        assert_eq!(a.get(Default::default()), None);
        assert_eq!(a.broadcast_to::<$shape>().to_array(), a);
        assert_eq!(a + a.broadcast_to::<$shape>(), a);
        assert_eq!(a.broadcast_to::<$shape>() + a, a);
        // NumPy prints an empty array as `[]`, whatever its rank.
        assert_eq!(a.cast::<f32>().to_string(), "[]");
    }};
}

sweep! {
    rank1: shaped::Shape1<0>, trailing shaped::Shape1<0>, axes [];
    rank2_axis0: shaped::Shape2<0, 3>, trailing shaped::Shape1<3>, axes [0 1];
    rank2_axis1: shaped::Shape2<3, 0>, trailing shaped::Shape1<0>, axes [0 1];
    rank3_axis0: shaped::Shape3<0, 2, 3>, trailing shaped::Shape2<2, 3>, axes [0 1 2];
    rank3_axis1: shaped::Shape3<2, 0, 3>, trailing shaped::Shape1<3>, axes [0 1 2];
    rank3_axis2: shaped::Shape3<2, 3, 0>, trailing shaped::Shape2<3, 0>, axes [0 1 2];
    rank4_axis0: shaped::Shape4<0, 2, 3, 2>, trailing shaped::Shape3<2, 3, 2>, axes [0 1 2 3];
    rank4_axis1: shaped::Shape4<2, 0, 3, 2>, trailing shaped::Shape2<3, 2>, axes [0 1 2 3];
    rank4_axis2: shaped::Shape4<2, 3, 0, 2>, trailing shaped::Shape1<2>, axes [0 1 2 3];
    rank4_axis3: shaped::Shape4<2, 3, 2, 0>, trailing shaped::Shape3<3, 2, 0>, axes [0 1 2 3];
}

/// The reproducer of issue #16: a non-empty right-hand side broadcast onto
/// an empty column-major array panicked ("chunk size must be non-zero").
#[test]
fn column_major_broadcast_onto_an_empty_axis() {
    let a = Array::<i32, shaped::Shape2<0, 3>, ColMajor>::zeros();
    let row = shaped::Array1::<i32, 3, ColMajor>::from([1, 2, 3]);
    assert_eq!((a + row).size(), 0);
    let mut b = Array::<i32, shaped::Shape3<2, 0, 3>, ColMajor>::zeros();
    b *= shaped::Array1::<i32, 3, ColMajor>::from([1, 2, 3]);
    let c = Array::<i32, shaped::Shape3<0, 2, 3>, ColMajor>::zeros();
    assert_eq!(
        (&c - &shaped::Array2::<i32, 2, 3, ColMajor>::ones()).size(),
        0
    );
}
