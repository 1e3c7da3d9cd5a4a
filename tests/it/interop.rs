//! Interop with the real crates on the other side (features `ndarray`,
//! `nalgebra`, `serde`): `cargo test -p shaped-tests --features ndarray,nalgebra,serde`.
#![cfg(all(feature = "ndarray", feature = "nalgebra", feature = "serde"))]

use shaped::{Array1, Array2, Array3, ColMajor};

#[test]
fn ndarray_views_share_memory_with_numpys_strides() {
    let a = Array3::<i32, 2, 3, 4>::from_fn(|[i, j, k]| (100 * i + 10 * j + k) as i32);
    let v: ndarray::ArrayView3<i32> = (&a).into();
    assert_eq!(v.strides(), &[12, 4, 1]);
    assert_eq!(v[[1, 2, 3]], 123);
    assert_eq!(v.as_ptr(), a.as_slice().as_ptr());
    let f = a.to_order::<ColMajor>();
    let vf: ndarray::ArrayView3<i32> = (&f).into();
    assert_eq!(vf.strides(), &[1, 2, 6]);
    assert_eq!(vf, v);
    // Back, with the shape checked: fixed rank, dynamic rank, views.
    let owned = v.to_owned();
    assert_eq!(Array3::<i32, 2, 3, 4>::try_from(&owned).unwrap(), a);
    assert_eq!(Array3::<i32, 2, 3, 4, ColMajor>::try_from(&vf).unwrap(), f);
    let dynamic = owned.clone().into_dyn();
    assert_eq!(Array3::<i32, 2, 3, 4>::try_from(&dynamic).unwrap(), a);
    let err = Array2::<i32, 6, 4>::try_from(&dynamic).unwrap_err();
    assert_eq!(
        err.to_string(),
        "an ndarray of shape (2, 3, 4) does not fit an array of shape (6, 4)"
    );
    let column = ndarray::Array1::from(vec![1.0f32, 2.0, 3.0]);
    assert_eq!(
        Array1::<f32, 3>::try_from(&column).unwrap().as_slice(),
        &[1.0, 2.0, 3.0]
    );
    assert!(Array1::<f32, 4>::try_from(&column).is_err());
}

#[test]
fn nalgebra_matrices_and_vectors() {
    let m = nalgebra::Matrix3::<f64>::new(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 10.0);
    let f: Array2<f64, 3, 3, ColMajor> = m.into();
    let c: Array2<f64, 3, 3> = m.into();
    assert_eq!(f.as_slice(), m.as_slice());
    assert_eq!(c[[0, 2]], 3.0);
    assert_eq!(c.matmul(&c), Array2::<f64, 3, 3>::from(m * m));
    let back: nalgebra::Matrix3<f64> = c.into();
    assert_eq!(back, m);
    let view: nalgebra::MatrixView3<f64> = (&f).into();
    assert_eq!(view.determinant(), m.determinant());
    let v: Array1<f32, 3> = nalgebra::Vector3::new(1.0, -2.0, 0.5).into();
    assert_eq!(
        nalgebra::Vector3::from(v).dot(&nalgebra::Vector3::new(1.0, 1.0, 2.0)),
        0.0
    );
}

#[test]
fn serde_lists_in_both_orders_with_checked_lengths() {
    let a = Array3::<u16, 2, 2, 3>::from_fn(|[i, j, k]| (i * 6 + j * 3 + k) as u16);
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(json, "[[[0,1,2],[3,4,5]],[[6,7,8],[9,10,11]]]");
    assert_eq!(
        serde_json::to_string(&a.to_order::<ColMajor>()).unwrap(),
        json
    );
    assert_eq!(
        serde_json::from_str::<Array3<u16, 2, 2, 3>>(&json).unwrap(),
        a
    );
    assert_eq!(
        serde_json::from_str::<Array3<u16, 2, 2, 3, ColMajor>>(&json).unwrap(),
        a.to_order()
    );
    for (bad, message) in [
        (
            "[[[0,1,2],[3,4,5]],[[6,7,8],[9,10]]]",
            "expected 3 elements at [1, 1], found 2",
        ),
        ("[[[0,1,2],[3,4,5]]]", "expected 2 elements at [], found 1"),
        (
            "[[[0,1,2],[3,4,5],[6,7,8]],[[6,7,8],[9,10,11]]]",
            "expected 2 elements at [0], found more",
        ),
    ] {
        let err = serde_json::from_str::<Array3<u16, 2, 2, 3>>(bad)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with(message), "{err}");
    }
    // A no_std binary format.
    let f = Array2::<f32, 2, 2>::from([[1.5, -2.0], [f32::INFINITY, 0.25]]);
    let bytes = postcard::to_allocvec(&f).unwrap();
    assert_eq!(
        postcard::from_bytes::<Array2<f32, 2, 2>>(&bytes).unwrap(),
        f
    );
    assert!(postcard::from_bytes::<Array2<f32, 2, 3>>(&bytes).is_err());
}
