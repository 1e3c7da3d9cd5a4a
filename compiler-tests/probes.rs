//! Probes for `codegen.rs`: each function is compiled in release to
//! assembly, and the test reads its body. Keep them tiny and `no_mangle` so
//! each body is easy to find.
#![allow(missing_docs)]

use shaped::{Array1, Array2, Array3, ColMajor, Shape1, Shape2};

/// A borrowed reshape must be the pointer itself.
#[unsafe(no_mangle)]
pub fn probe_reshape(a: &Array2<f32, 3, 3>) -> &Array2<f32, 9, 1> {
    a.reshape::<Shape2<9, 1>>()
}

#[unsafe(no_mangle)]
pub fn probe_reshape_mut(a: &mut Array3<u8, 1080, 1920, 3>) -> &mut Array1<u8, 6_220_800> {
    a.reshape_mut::<Shape1<6_220_800>>()
}

/// A borrowed transpose must be the pointer itself.
#[unsafe(no_mangle)]
pub fn probe_t(a: &Array2<f64, 4, 7>) -> &Array2<f64, 7, 4, ColMajor> {
    a.t()
}

/// Moving a 4 KiB array through `into_shape`/`into_t` must cost what moving
/// it through an identity function costs.
#[unsafe(no_mangle)]
pub fn probe_move(a: Array2<f32, 32, 32>) -> Array2<f32, 32, 32> {
    a
}

#[unsafe(no_mangle)]
pub fn probe_into_shape(a: Array2<f32, 32, 32>) -> Array2<f32, 16, 64> {
    a.into_shape()
}

#[unsafe(no_mangle)]
pub fn probe_into_t(a: Array2<f32, 32, 32>) -> Array2<f32, 32, 32, ColMajor> {
    a.into_t()
}

/// Elementwise add of two 1024-element vectors: must be packed SIMD with no
/// bounds-check panic.
#[unsafe(no_mangle)]
pub fn probe_add(a: &Array1<f32, 1024>, b: &Array1<f32, 1024>) -> Array1<f32, 1024> {
    a + b
}

#[unsafe(no_mangle)]
pub fn probe_add_assign(a: &mut Array1<f32, 1024>, b: &Array1<f32, 1024>) {
    *a += b;
}

/// A 4x4 matrix product: must be unrolled completely (no jumps at all).
#[unsafe(no_mangle)]
pub fn probe_matmul4(a: &Array2<f32, 4, 4>, b: &Array2<f32, 4, 4>) -> Array2<f32, 4, 4> {
    a.matmul(b)
}

/// The STREAM triad in place, long enough for the wide path: the AVX-512
/// copy of the loop must be packed `zmm` arithmetic.
#[unsafe(no_mangle)]
pub fn probe_triad(a: &mut Array1<f64, 65536>, b: &Array1<f64, 65536>, c: &Array1<f64, 65536>) {
    a.assign_zip_map(b, c, |b, c| b + 3.0 * c);
}

#[unsafe(no_mangle)]
pub fn probe_add_assign_wide(a: &mut Array1<f32, 65536>, b: &Array1<f32, 65536>) {
    *a += b;
}

/// `canvas[:, :, 0] = 255` through a view must be a plain strided loop:
/// no call (no bounds-check panic), one byte store per pixel.
#[unsafe(no_mangle)]
pub fn probe_view_fill(canvas: &mut Array3<u8, 1080, 1920, 3>) {
    canvas.slice_mut(shaped::s![.., .., 0]).fill(255);
}

/// The same as a person would write it over the raw pixels.
#[unsafe(no_mangle)]
pub fn probe_loop_fill(canvas: &mut [[[u8; 3]; 1920]; 1080]) {
    for row in canvas.iter_mut() {
        for pixel in row.iter_mut() {
            pixel[0] = 255;
        }
    }
}

/// The sum of a column of a view: a strided loop with no call.
#[unsafe(no_mangle)]
pub fn probe_view_column_sum(a: &Array2<i64, 64, 64>) -> i64 {
    a.slice(shaped::s![.., 5]).sum()
}

/// `a[:, 1:-1] + b[:, 1:-1]` into a new array: the walk over two views and
/// the contiguous output.
#[unsafe(no_mangle)]
pub fn probe_view_add(
    a: &Array2<f32, 64, 64>,
    b: &Array2<f32, 64, 64>,
    out: &mut Array2<f32, 64, 62>,
) {
    let va: shaped::ArrayView<_, Shape2<64, 62>, _> = a.slice(shaped::s![.., 1..-1]);
    let vb: shaped::ArrayView<_, Shape2<64, 62>, _> = b.slice(shaped::s![.., 1..-1]);
    *out = va + vb;
}

/// A 3x3 determinant: straight-line code, no loop and no call.
#[unsafe(no_mangle)]
pub fn probe_det3(a: &Array2<f64, 3, 3>) -> f64 {
    a.det()
}

/// A 4x4 `f32` determinant: straight-line code too.
#[unsafe(no_mangle)]
pub fn probe_det4(a: &Array2<f32, 4, 4>) -> f32 {
    a.det()
}

#[unsafe(no_mangle)]
pub fn probe_inv4(a: &Array2<f32, 4, 4>) -> Option<Array2<f32, 4, 4>> {
    a.inv()
}

#[unsafe(no_mangle)]
pub fn probe_inv3(a: &Array2<f32, 3, 3>) -> Option<Array2<f32, 3, 3>> {
    a.inv()
}

/// `einsum!("ij,jk->ik")` of 4x4 `f32`: `matmul`'s code.
#[unsafe(no_mangle)]
pub fn probe_einsum_matmul4(a: &Array2<f32, 4, 4>, b: &Array2<f32, 4, 4>) -> Array2<f32, 4, 4> {
    shaped::einsum!("ij,jk->ik", a, b)
}
