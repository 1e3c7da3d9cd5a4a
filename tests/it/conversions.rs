//! Conversions: nested Rust arrays both ways and both orders, slices and
//! `Vec`s with clear length errors, and `to_order`.

use shaped::{
    Array1, Array2, Array3, Array4, Array5, Array6, Array7, Array8, ColMajor, LengthError, RowMajor,
};

#[test]
fn nested_arrays_round_trip_at_every_rank() {
    let r1: [u8; 2] = [1, 2];
    assert_eq!(<[u8; 2]>::from(Array1::<_, 2>::from(r1)), r1);
    let r2 = [[1, 2, 3], [4, 5, 6]];
    assert_eq!(<[[i32; 3]; 2]>::from(Array2::<_, 2, 3>::from(r2)), r2);
    let r3 = [[[1u16, 2], [3, 4]], [[5, 6], [7, 8]]];
    assert_eq!(
        <[[[u16; 2]; 2]; 2]>::from(Array3::<_, 2, 2, 2>::from(r3)),
        r3
    );
    let r4 = [[[[1.5f32]; 2]; 1]; 2];
    assert_eq!(
        <[[[[f32; 1]; 2]; 1]; 2]>::from(Array4::<_, 2, 1, 2, 1>::from(r4)),
        r4
    );
    let r5 = [[[[[true, false]]]]];
    assert_eq!(
        <[[[[[bool; 2]; 1]; 1]; 1]; 1]>::from(Array5::<_, 1, 1, 1, 1, 2>::from(r5)),
        r5
    );
    let r6 = [[[[[[7i64]]]]]];
    let a6: Array6<i64, 1, 1, 1, 1, 1, 1> = r6.into();
    assert_eq!(a6[[0, 0, 0, 0, 0, 0]], 7);
    let r7 = [[[[[[[1u32, 2]]]]]]];
    let a7: Array7<u32, 1, 1, 1, 1, 1, 1, 2> = r7.into();
    assert_eq!(<[[[[[[[u32; 2]; 1]; 1]; 1]; 1]; 1]; 1]>::from(a7), r7);
    let r8 = [[[[[[[[3i8; 2]; 1]; 2]; 1]; 2]; 1]; 2]; 1];
    let a8: Array8<i8, 1, 2, 1, 2, 1, 2, 1, 2> = r8.into();
    assert_eq!(a8.size(), 16);
    assert_eq!(<[[[[[[[[i8; 2]; 1]; 2]; 1]; 2]; 1]; 2]; 1]>::from(a8), r8);
}

#[test]
fn nested_arrays_are_logical_in_column_major_too() {
    let rows = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
    let f = Array3::<i32, 2, 2, 2, ColMajor>::from(rows);
    assert_eq!(f[[1, 0, 1]], 6);
    // NumPy: np.array(rows, order='F').ravel(order='K')
    assert_eq!(f.as_slice(), &[1, 5, 3, 7, 2, 6, 4, 8]);
    assert_eq!(<[[[i32; 2]; 2]; 2]>::from(f), rows);
}

#[test]
fn from_row_major_nested_array_is_free() {
    let rows = [[1.0f64; 64]; 64];
    let a = Array2::<f64, 64, 64>::from(rows);
    assert_eq!(a.as_slice(), rows.as_flattened());
}

#[test]
fn slices_convert_in_memory_order_with_length_errors() {
    let flat = [1, 2, 3, 4, 5, 6];
    let c = Array2::<i32, 2, 3>::try_from(&flat[..]).unwrap();
    assert_eq!(c[[1, 0]], 4);
    let f = Array2::<i32, 2, 3, ColMajor>::try_from(&flat[..]).unwrap();
    assert_eq!(f[[1, 0]], 2); // column by column: np.reshape(flat, (2, 3), order='F')
    let err: LengthError = Array2::<i32, 2, 2>::try_from(&flat[..]).unwrap_err();
    assert_eq!(
        (err.expected(), err.actual(), err.shape()),
        (4, 6, &[2, 2][..])
    );
    assert_eq!(
        err.to_string(),
        "an array of shape (2, 2) needs 4 elements, got 6"
    );
    let boxed: Box<dyn std::error::Error> = Box::new(err);
    assert!(boxed.to_string().contains("needs 4 elements"));
    assert_eq!(
        Array1::<u8, 3>::try_from(&[][..]).unwrap_err().to_string(),
        "an array of shape (3,) needs 3 elements, got 0"
    );
}

#[test]
fn views_from_slices_borrow_without_copying() {
    let mut flat = vec![0u16; 12];
    {
        let view = Array3::<u16, 2, 3, 2>::from_mut_slice(&mut flat).unwrap();
        view[[1, 2, 1]] = 5;
    }
    assert_eq!(flat[11], 5);
    let view = Array2::<u16, 3, 4>::from_slice(&flat).unwrap();
    assert_eq!(view.as_slice().as_ptr(), flat.as_ptr());
    assert_eq!(
        Array2::<u16, 3, 3>::from_slice(&flat).unwrap_err().actual(),
        12
    );
    assert!(Array2::<u16, 3, 5>::from_mut_slice(&mut flat).is_err());
}

#[test]
fn vecs_convert_and_give_themselves_back_on_error() {
    // The seed's np.append loop, done right: grow a Vec, convert once.
    let mut values = Vec::new();
    for i in 0..100 {
        values.push(i as f64);
    }
    let a = Array1::<f64, 100>::try_from(values.clone()).unwrap();
    assert_eq!(a[99], 99.0);

    let err = Array1::<f64, 101>::try_from(values.clone()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "an array of shape (101,) needs 101 elements, got 100"
    );
    assert_eq!(err.length_error().expected(), 101);
    assert!(format!("{err:?}").contains("actual: 100"));
    assert_eq!(err.into_vec(), values, "nothing is lost");

    let err = <Box<Array2<f64, 10, 11>>>::try_from(values.clone()).unwrap_err();
    assert_eq!(err.into_vec(), values);
    let boxed: Box<Array2<f64, 10, 10>> = values.try_into().unwrap();
    assert_eq!(boxed[[9, 9]], 99.0);
}

#[test]
fn to_order_keeps_logical_values_at_every_rank() {
    let c =
        Array4::<u32, 2, 3, 4, 5>::from_fn(|[a, b, c, d]| (a * 1000 + b * 100 + c * 10 + d) as u32);
    let f = c.to_order::<ColMajor>();
    for (index, &v) in c.indexed_iter() {
        assert_eq!(f[index], v);
    }
    // Memory of the F copy: first index fastest.
    assert_eq!(&f.as_slice()[..3], &[0, 1000, 100]);
    assert_eq!(f.to_order::<RowMajor>(), c);
    assert_eq!(c.to_order::<RowMajor>(), c);
    assert_eq!(f.to_order::<ColMajor>(), f);
}
