//! Constructors and sequences into new heap arrays (the tutorial's
//! 1080x1920x3 canvas; 1M elements) and a stack array of 1K, against a
//! `Vec` filled by a loop, ndarray and nalgebra's constructors.

use std::hint::black_box;

use shaped::{Array1, Array3};

use crate::Workload;

const N: usize = 1_000_000;
const SMALL: usize = 1024;

const CANVAS: usize = 1080 * 1920 * 3;

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    type Canvas = Array3<u8, 1080, 1920, 3>;
    measure(
        Workload::new("canvas_u8", "zeros")
            .case("shaped", Canvas::zeros_boxed)
            .case("loop", || vec![0u8; CANVAS].into_boxed_slice())
            .case("ndarray", || ndarray::Array3::<u8>::zeros((1080, 1920, 3))),
    );
    measure(
        Workload::new("canvas_u8", "ones")
            .case("shaped", Canvas::ones_boxed)
            .case("loop", || vec![1u8; CANVAS].into_boxed_slice())
            .case("ndarray", || ndarray::Array3::<u8>::ones((1080, 1920, 3))),
    );
    measure(
        Workload::new("arange_i64", N)
            .case("shaped", || {
                Array1::<i64, N>::arange_boxed(black_box(0), N as i64, black_box(1))
            })
            .case("loop", || {
                let (start, step) = (black_box(0i64), black_box(1i64));
                (0..N as i64)
                    .map(|i| start + i * step)
                    .collect::<Box<[i64]>>()
            })
            .case("ndarray", || {
                let (start, step) = (black_box(0i64), black_box(1i64));
                ndarray::Array1::from_shape_fn(N, |i| start + i as i64 * step)
            })
            .case("nalgebra", || {
                let (start, step) = (black_box(0i64), black_box(1i64));
                nalgebra::DVector::<i64>::from_fn(N, |i, _| start + i as i64 * step)
            }),
    );
    measure(
        Workload::new("arange_i64", SMALL)
            .case("shaped", || {
                Array1::<i64, SMALL>::arange_step(black_box(0), black_box(1))
            })
            .case("loop", || {
                let (start, step) = (black_box(0i64), black_box(1i64));
                core::array::from_fn::<i64, SMALL, _>(|i| start + i as i64 * step)
            }),
    );
    measure(
        Workload::new("arange_f64", N)
            .case("shaped", || {
                Array1::<f64, N>::arange_step_boxed(black_box(0.0), black_box(0.5))
            })
            .case("loop", || {
                let (start, step) = (black_box(0.0f64), black_box(0.5f64));
                (0..N)
                    .map(|i| start + i as f64 * step)
                    .collect::<Box<[f64]>>()
            })
            .case("ndarray", || {
                ndarray::Array1::<f64>::range(black_box(0.0), N as f64 / 2.0, black_box(0.5))
            })
            .case("nalgebra", || {
                let (start, step) = (black_box(0.0f64), black_box(0.5f64));
                nalgebra::DVector::<f64>::from_fn(N, |i, _| start + i as f64 * step)
            }),
    );
    measure(
        Workload::new("linspace_f64", N)
            .case("shaped", || {
                Array1::<f64, N>::linspace_boxed(black_box(0.0), black_box(1.0))
            })
            .case("loop", || {
                let (start, stop) = (black_box(0.0f64), black_box(1.0f64));
                let step = (stop - start) / (N - 1) as f64;
                let mut out: Box<[f64]> = (0..N).map(|i| i as f64 * step + start).collect();
                out[N - 1] = stop;
                out
            })
            .case("ndarray", || {
                ndarray::Array1::<f64>::linspace(black_box(0.0), black_box(1.0), N)
            }),
    );
    measure(
        Workload::new("zeros_f64", N)
            .case("shaped", Array1::<f64, N>::zeros_boxed)
            .case("loop", || vec![0.0f64; N].into_boxed_slice())
            .case("ndarray", || ndarray::Array1::<f64>::zeros(N))
            .case("nalgebra", || nalgebra::DVector::<f64>::zeros(N)),
    );
    measure(
        Workload::new("full_f64", N)
            .case("shaped", || Array1::<f64, N>::full_boxed(black_box(0.5)))
            .case("loop", || vec![black_box(0.5f64); N].into_boxed_slice())
            .case("ndarray", || {
                ndarray::Array1::<f64>::from_elem(N, black_box(0.5))
            })
            .case("nalgebra", || {
                nalgebra::DVector::<f64>::from_element(N, black_box(0.5))
            }),
    );
}
