//! Slicing views against the hand-written strided loop, ndarray's views and
//! NumPy's: `canvas[:, :, 0] = 255`,
//! the sum of a column, and `a[:, 1:-1] + b[:, 1:-1]` into a new array and
//! into an existing one.

use std::hint::black_box;

use shaped::{Array2, Array3, ArrayView, Shape2, s};

use crate::Workload;

const CANVAS: usize = 1080 * 1920 * 3;

/// `a[:, 1:-1]` of a 256x256 array (a macro: the view's layout type has
/// no name to write in a signature).
macro_rules! inner {
    ($a:expr) => {{
        let view: ArrayView<_, Shape2<256, 254>, _> = $a.slice(s![.., 1..-1]);
        view
    }};
}

// ndarray's `s![.., 1..-1]` counts -1 from the end; clippy reads a Rust range.
#[allow(clippy::reversed_empty_ranges)]
pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    let mut canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();
    let mut plain = vec![0u8; CANVAS].into_boxed_slice();
    let mut nd = ndarray::Array3::<u8>::zeros((1080, 1920, 3));
    measure(
        Workload::new("view_fill_u8", "canvas")
            .case("shaped", || {
                black_box(&mut *canvas).slice_mut(s![.., .., 0]).fill(255)
            })
            .case("loop", || {
                for pixel in black_box(&mut *plain).chunks_exact_mut(3) {
                    pixel[0] = 255;
                }
            })
            .case("ndarray", || {
                black_box(&mut nd)
                    .slice_mut(ndarray::s![.., .., 0])
                    .fill(255)
            }),
    );

    let a = Array2::<f64, 1024, 1024>::from_fn_boxed(|[i, j]| ((i * 7 + j) % 13) as f64 * 0.25);
    let flat = a.as_slice().to_vec();
    let na = ndarray::Array2::from_shape_vec((1024, 1024), flat.clone()).unwrap();
    measure(
        Workload::new("view_column_sum_f64", 1024)
            .case("shaped", || black_box(&*a).slice(s![.., 5]).sum())
            .case("loop", || {
                let data = black_box(&flat);
                let mut sum = 0.0;
                for i in 0..1024 {
                    sum += data[i * 1024 + 5];
                }
                sum
            })
            .case("ndarray", || black_box(&na).column(5).sum()),
    );

    let a = Array2::<f32, 256, 256>::from_fn_boxed(|[i, j]| (i + j) as f32);
    let b = Array2::<f32, 256, 256>::from_fn_boxed(|[i, j]| (i * j % 7) as f32);
    let (pa, pb) = (a.as_slice().to_vec(), b.as_slice().to_vec());
    let na = ndarray::Array2::from_shape_vec((256, 256), pa.clone()).unwrap();
    let nb = ndarray::Array2::from_shape_vec((256, 256), pb.clone()).unwrap();
    let row_sum = |x: &[f32], y: &[f32], i: usize, row: &mut [f32]| {
        let (xr, yr) = (
            &x[i * 256 + 1..i * 256 + 255],
            &y[i * 256 + 1..i * 256 + 255],
        );
        for ((o, p), q) in row.iter_mut().zip(xr).zip(yr) {
            *o = p + q;
        }
    };
    // A new array: shaped and the hand loop return it by value, ndarray
    // and NumPy allocate.
    measure(
        Workload::new("view_add_f32", 256)
            .case("shaped", || {
                let (va, vb) = (inner!(black_box(&*a)), inner!(black_box(&*b)));
                va + vb
            })
            .case("loop", || {
                let (x, y) = (black_box(&pa), black_box(&pb));
                let mut out = [[0.0f32; 254]; 256];
                for (i, row) in out.iter_mut().enumerate() {
                    row_sum(x, y, i, row);
                }
                out
            })
            .case("ndarray", || {
                let (x, y) = (black_box(&na), black_box(&nb));
                &x.slice(ndarray::s![.., 1..-1]) + &y.slice(ndarray::s![.., 1..-1])
            }),
    );
    // Into an existing array, NumPy's `np.add(a[:, 1:-1], b[:, 1:-1], out=c)`.
    let mut out = Array2::<f32, 256, 254>::zeros_boxed();
    let mut plain_out = vec![0.0f32; 256 * 254];
    let mut nd_out = ndarray::Array2::<f32>::zeros((256, 254));
    measure(
        Workload::new("view_add_into_f32", 256)
            .case("shaped", || {
                let (va, vb) = (inner!(black_box(&*a)), inner!(black_box(&*b)));
                black_box(&mut *out)
                    .view_mut()
                    .assign_zip_map(&va, &vb, |x, y| x + y);
            })
            .case("loop", || {
                let (x, y) = (black_box(&pa), black_box(&pb));
                for (i, row) in black_box(&mut plain_out).chunks_exact_mut(254).enumerate() {
                    row_sum(x, y, i, row);
                }
            })
            .case("ndarray", || {
                let (x, y) = (black_box(&na), black_box(&nb));
                ndarray::Zip::from(black_box(&mut nd_out))
                    .and(&x.slice(ndarray::s![.., 1..-1]))
                    .and(&y.slice(ndarray::s![.., 1..-1]))
                    .for_each(|o, &p, &q| *o = p + q);
            }),
    );
}
