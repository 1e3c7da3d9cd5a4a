//! Complex arrays through `bytemuck` and `serde`, as `num-complex` defines
//! `Complex` for them: `Pod` (two parts, no padding) and `[re, im]` pairs.

#[cfg(any(feature = "bytemuck", feature = "serde"))]
use shaped::{Array1, Complex, c32, c64};

/// With `bytemuck`, complex arrays are `Pod`: their bytes are the parts,
/// real first, as NumPy's `tobytes()`.
#[cfg(feature = "bytemuck")]
#[test]
fn complex_arrays_are_pod() {
    let a = Array1::<c32, 2>::from([Complex::new(1.0, -2.0), Complex::new(0.5, 3.0)]);
    assert_eq!(bytemuck::bytes_of(&a), a.as_bytes());
    let parts: &[f32] = bytemuck::cast_slice(a.as_slice());
    assert_eq!(parts, &[1.0, -2.0, 0.5, 3.0]);
    let back: Array1<c32, 2> = bytemuck::pod_read_unaligned(a.as_bytes());
    assert_eq!(back, a);
}

/// With `serde`, each complex value is `num-complex`'s `[re, im]`.
#[cfg(feature = "serde")]
#[test]
fn complex_arrays_serialize_as_pairs() {
    let a = Array1::<c64, 2>::from([Complex::new(1.0, 2.0), Complex::new(-0.5, 0.0)]);
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(json, "[[1.0,2.0],[-0.5,0.0]]");
    assert_eq!(serde_json::from_str::<Array1<c64, 2>>(&json).unwrap(), a);
}
