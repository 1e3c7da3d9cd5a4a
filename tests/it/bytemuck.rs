//! `bytemuck` (feature `bytemuck`): arrays of `Pod` elements are `Pod`, so
//! `bytes_of`, `cast_slice` and friends work on them, as on `[T; N]`.
#![cfg(feature = "bytemuck")]

use shaped::{Array2, Array3};

#[test]
fn arrays_are_pod() {
    let canvas = Array3::<u8, 2, 3, 3>::from_fn(|[i, j, k]| (9 * i + 3 * j + k) as u8);
    assert_eq!(bytemuck::bytes_of(&canvas), canvas.as_bytes());
    let frames = [canvas, canvas];
    let flat: &[u8] = bytemuck::cast_slice(&frames);
    assert_eq!(flat.len(), 36);
    assert_eq!(flat[18 + 17], 17);
    let m = Array2::<f32, 2, 2>::from([[1.0, 2.0], [3.0, 4.0]]);
    let back: Array2<f32, 2, 2> = bytemuck::cast(bytemuck::cast::<_, [u32; 4]>(m));
    assert_eq!(back, m);
    let z: Array2<i64, 3, 3> = bytemuck::Zeroable::zeroed();
    assert_eq!(z, Array2::zeros());
    let words: &[u32] = bytemuck::cast_slice(std::slice::from_ref(&m));
    assert_eq!(words[3], 4.0f32.to_bits());
}
