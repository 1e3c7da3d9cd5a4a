//! shaped against a hand-written loop over plain arrays, ndarray, nalgebra
//! and glam, workload by workload, in one run. `benches/report.py` adds
//! NumPy (`numpy_bench.py`) and prints medians and ratios.
//!
//! Elementwise work is in place (`a += &b`), the fair comparison across
//! libraries and the form big arrays take anyway.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use shaped::{Array1, Array2, Array3, ArrayView, ColMajor, Shape2, s};

/// Workload sizes of the issue: 16, 1K, 64K and 4M elements.
macro_rules! elementwise {
    ($c:expr, $($n:literal),*) => {$({
        let mut add = $c.benchmark_group("add_f32");
        let b = Array1::<f32, $n>::full_boxed(0.5);
        let mut a = Array1::<f32, $n>::ones_boxed();
        add.bench_function(BenchmarkId::new("shaped", $n), |bench| bench.iter(|| *black_box(&mut *a) += &*b));
        // The hand-written loop runs over plain fixed-size arrays, [f32; N].
        let mut pa: Box<[f32; $n]> = vec![1.0f32; $n].into_boxed_slice().try_into().unwrap();
        let pb: Box<[f32; $n]> = vec![0.5f32; $n].into_boxed_slice().try_into().unwrap();
        add.bench_function(BenchmarkId::new("loop", $n), |bench| {
            bench.iter(|| {
                for (x, y) in black_box(&mut *pa).iter_mut().zip(pb.iter()) {
                    *x += *y;
                }
            })
        });
        let (mut na, nb) = (ndarray::Array1::<f32>::ones($n), ndarray::Array1::<f32>::from_elem($n, 0.5));
        add.bench_function(BenchmarkId::new("ndarray", $n), |bench| bench.iter(|| *black_box(&mut na) += &nb));
        let (mut ga, gb) = (nalgebra::DVector::<f32>::from_element($n, 1.0), nalgebra::DVector::<f32>::from_element($n, 0.5));
        add.bench_function(BenchmarkId::new("nalgebra", $n), |bench| bench.iter(|| *black_box(&mut ga) += &gb));
        add.finish();

        // A factor above 1: repeated scaling by 0.999 decays into
        // subnormals, which every contender computes 50x slower.
        let mut scale = $c.benchmark_group("scale_f32");
        scale.bench_function(BenchmarkId::new("shaped", $n), |bench| bench.iter(|| *black_box(&mut *a) *= 1.0001_f32));
        scale.bench_function(BenchmarkId::new("loop", $n), |bench| {
            bench.iter(|| {
                for x in black_box(&mut *pa).iter_mut() {
                    *x *= 1.0001;
                }
            })
        });
        scale.bench_function(BenchmarkId::new("ndarray", $n), |bench| bench.iter(|| *black_box(&mut na) *= 1.0001_f32));
        scale.bench_function(BenchmarkId::new("nalgebra", $n), |bench| bench.iter(|| *black_box(&mut ga) *= 1.0001_f32));
        scale.finish();
    })*};
}

/// `c = &a + &b` into a new array, NumPy's `a + b`: the form small arrays
/// take. `shaped` returns the array by value (on the stack); `ndarray`
/// and `nalgebra`'s dynamic vectors allocate. Small sizes only: by value,
/// a 4M array would be a 16 MB stack value.
macro_rules! new_arrays {
    ($c:expr, $($n:literal),*) => {$({
        let mut g = $c.benchmark_group("add_new_f32");
        let (a, b) = (Array1::<f32, $n>::ones(), Array1::<f32, $n>::full(0.5));
        g.bench_function(BenchmarkId::new("shaped", $n), |bench| bench.iter(|| black_box(&a) + black_box(&b)));
        let (pa, pb) = ([1.0f32; $n], [0.5f32; $n]);
        g.bench_function(BenchmarkId::new("loop", $n), |bench| {
            bench.iter(|| {
                let (x, y) = (black_box(&pa), black_box(&pb));
                let mut out = [0.0f32; $n];
                for ((o, x), y) in out.iter_mut().zip(x).zip(y) {
                    *o = x + y;
                }
                out
            })
        });
        let (na, nb) = (ndarray::Array1::<f32>::ones($n), ndarray::Array1::<f32>::from_elem($n, 0.5));
        g.bench_function(BenchmarkId::new("ndarray", $n), |bench| bench.iter(|| black_box(&na) + black_box(&nb)));
        let (ga, gb) = (nalgebra::SVector::<f32, $n>::from_element(1.0), nalgebra::SVector::<f32, $n>::from_element(0.5));
        g.bench_function(BenchmarkId::new("nalgebra", $n), |bench| bench.iter(|| black_box(&ga) + black_box(&gb)));
        g.finish();
    })*};
}

/// The hand loop of `owned_forms`: takes the array by value, maps each
/// element, gives it back.
#[inline(always)]
fn by_value_loop<const N: usize>(pa: &mut [f32; N], f: impl Fn(f32) -> f32) {
    let mut x = black_box(*pa);
    for v in x.iter_mut() {
        *v = f(*v);
    }
    *pa = x;
}

/// The by-value forms `s * a`, `a * s` and `-a` (NumPy's `s * a` and `-a`
/// into a new array): the scalar on either side, and negation, run the same
/// loops. The array travels by value, as these forms do, so sizes stay
/// where a stack value is reasonable; the hand loop takes and returns its
/// array by value too. The factor is above 1 so that values never become
/// subnormal (which would slow every contender down).
macro_rules! owned_forms {
    ($c:expr, $($n:literal),*) => {$({
        let s = black_box(1.0001_f32);
        let mut a = Array1::<f32, $n>::ones();
        let mut pa = [1.0f32; $n];
        let mut g = $c.benchmark_group("scale_left_f32");
        g.bench_function(BenchmarkId::new("shaped", $n), |bench| bench.iter(|| a = s * black_box(a)));
        g.bench_function(BenchmarkId::new("loop", $n), |bench| bench.iter(|| by_value_loop(&mut pa, |v| s * v)));
        g.finish();
        let mut g = $c.benchmark_group("scale_right_f32");
        g.bench_function(BenchmarkId::new("shaped", $n), |bench| bench.iter(|| a = black_box(a) * s));
        g.bench_function(BenchmarkId::new("loop", $n), |bench| bench.iter(|| by_value_loop(&mut pa, |v| v * s)));
        g.finish();
        let mut g = $c.benchmark_group("neg_f32");
        g.bench_function(BenchmarkId::new("shaped", $n), |bench| bench.iter(|| a = -black_box(a)));
        g.bench_function(BenchmarkId::new("loop", $n), |bench| bench.iter(|| by_value_loop(&mut pa, |v| -v)));
        g.finish();
    })*};
}

fn elementwise_ops(c: &mut Criterion) {
    elementwise!(c, 16, 1024, 65536, 4194304);
    new_arrays!(c, 16, 1024);
    owned_forms!(c, 16, 1024, 16384);
}

macro_rules! sums {
    ($c:expr, $($n:literal),*) => {$({
        let mut g = $c.benchmark_group("sum_f64");
        let a = Array1::<f64, $n>::from_fn_boxed(|[i]| (i % 7) as f64 * 0.25);
        g.bench_function(BenchmarkId::new("shaped", $n), |bench| bench.iter(|| black_box(&*a).sum()));
        let plain: Box<[f64; $n]> = a.as_slice().to_vec().into_boxed_slice().try_into().unwrap();
        g.bench_function(BenchmarkId::new("loop", $n), |bench| bench.iter(|| black_box(&*plain).iter().sum::<f64>()));
        let na = ndarray::Array1::from(plain.to_vec());
        g.bench_function(BenchmarkId::new("ndarray", $n), |bench| bench.iter(|| black_box(&na).sum()));
        let ga = nalgebra::DVector::from_vec(plain.to_vec());
        g.bench_function(BenchmarkId::new("nalgebra", $n), |bench| bench.iter(|| black_box(&ga).sum()));
        g.finish();
    })*};
}

fn reductions(c: &mut Criterion) {
    sums!(c, 1024, 4194304);
}

fn naive_matmul<const N: usize>(a: &[[f32; N]; N], b: &[[f32; N]; N]) -> [[f32; N]; N] {
    let mut c = [[0.0; N]; N];
    for i in 0..N {
        for j in 0..N {
            for k in 0..N {
                c[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    c
}

macro_rules! matmuls {
    ($c:expr, $($n:literal),*) => {$({
        let mut g = $c.benchmark_group("matmul_f32");
        let a = Array2::<f32, $n, $n>::from_fn(|[i, j]| (i * $n + j) as f32 * 0.01);
        let b = Array2::<f32, $n, $n>::from_fn(|[i, j]| (i + j) as f32 * 0.5);
        g.bench_function(BenchmarkId::new("shaped", $n), |bench| bench.iter(|| black_box(&a).matmul(black_box(&b))));
        let (pa, pb): ([[f32; $n]; $n], [[f32; $n]; $n]) = (a.into(), b.into());
        g.bench_function(BenchmarkId::new("loop", $n), |bench| bench.iter(|| naive_matmul(black_box(&pa), black_box(&pb))));
        let na = ndarray::Array2::from_shape_vec(($n, $n), a.as_slice().to_vec()).unwrap();
        let nb = ndarray::Array2::from_shape_vec(($n, $n), b.as_slice().to_vec()).unwrap();
        g.bench_function(BenchmarkId::new("ndarray", $n), |bench| bench.iter(|| black_box(&na).dot(black_box(&nb))));
        let ga = nalgebra::SMatrix::<f32, $n, $n>::from_row_slice(a.as_slice());
        let gb = nalgebra::SMatrix::<f32, $n, $n>::from_row_slice(b.as_slice());
        g.bench_function(BenchmarkId::new("nalgebra", $n), |bench| bench.iter(|| black_box(&ga) * black_box(&gb)));
        glam_matmul(&mut g, $n, a.as_slice(), b.as_slice());
        g.finish();
    })*};
}

fn glam_matmul(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    n: usize,
    a: &[f32],
    b: &[f32],
) {
    // glam is column-major; the same products on transposed data cost the same.
    match n {
        3 => {
            let (x, y) = (
                glam::Mat3::from_cols_slice(a),
                glam::Mat3::from_cols_slice(b),
            );
            g.bench_function(BenchmarkId::new("glam", n), |bench| {
                bench.iter(|| *black_box(&x) * *black_box(&y))
            });
        }
        4 => {
            let (x, y) = (
                glam::Mat4::from_cols_slice(a),
                glam::Mat4::from_cols_slice(b),
            );
            g.bench_function(BenchmarkId::new("glam", n), |bench| {
                bench.iter(|| *black_box(&x) * *black_box(&y))
            });
        }
        _ => {}
    }
}

fn products(c: &mut Criterion) {
    matmuls!(c, 3, 4, 16);
}

const CANVAS: usize = 1080 * 1920 * 3;

fn construction(c: &mut Criterion) {
    let mut g = c.benchmark_group("canvas_u8");
    type Canvas = Array3<u8, 1080, 1920, 3>;
    g.bench_function(BenchmarkId::new("shaped", "zeros"), |bench| {
        bench.iter(Canvas::zeros_boxed)
    });
    g.bench_function(BenchmarkId::new("loop", "zeros"), |bench| {
        bench.iter(|| vec![0u8; CANVAS].into_boxed_slice())
    });
    g.bench_function(BenchmarkId::new("ndarray", "zeros"), |bench| {
        bench.iter(|| ndarray::Array3::<u8>::zeros((1080, 1920, 3)))
    });
    g.bench_function(BenchmarkId::new("shaped", "ones"), |bench| {
        bench.iter(Canvas::ones_boxed)
    });
    g.bench_function(BenchmarkId::new("loop", "ones"), |bench| {
        bench.iter(|| vec![1u8; CANVAS].into_boxed_slice())
    });
    g.bench_function(BenchmarkId::new("ndarray", "ones"), |bench| {
        bench.iter(|| ndarray::Array3::<u8>::ones((1080, 1920, 3)))
    });
    g.finish();
}

fn order(c: &mut Criterion) {
    const N: usize = 1024;
    let mut g = c.benchmark_group("to_order_f32");
    let a = Array2::<f32, N, N>::from_fn_boxed(|[i, j]| (i * N + j) as f32);
    g.bench_function(BenchmarkId::new("shaped", N), |bench| {
        bench.iter(|| black_box(&*a).to_order_boxed::<ColMajor>())
    });
    let plain: Box<[f32; N * N]> = a.as_slice().to_vec().into_boxed_slice().try_into().unwrap();
    g.bench_function(BenchmarkId::new("loop", N), |bench| {
        bench.iter(|| {
            let src = black_box(&*plain);
            let mut out: Box<[f32; N * N]> =
                vec![0.0f32; N * N].into_boxed_slice().try_into().unwrap();
            for i in 0..N {
                for j in 0..N {
                    out[j * N + i] = src[i * N + j];
                }
            }
            out
        })
    });
    let na = ndarray::Array2::from_shape_vec((N, N), plain.to_vec()).unwrap();
    g.bench_function(BenchmarkId::new("ndarray", N), |bench| {
        bench.iter(|| {
            let mut out = ndarray::Array2::<f32>::zeros(ndarray::ShapeBuilder::f((N, N)));
            out.assign(black_box(&na));
            out
        })
    });
    g.finish();
}

/// STREAM's triad `a = b + s * c` over three 64 MiB `f64` arrays, far past
/// the caches: a measure of memory bandwidth. `copy` (one `memcpy` of 64
/// MiB, which glibc does with non-temporal stores) is there as the other
/// reference: it moves 16 bytes an element, the triad 24.
fn stream(c: &mut Criterion) {
    const N: usize = 8 << 20;
    const S: f64 = 3.0;
    let mut g = c.benchmark_group("triad_f64");
    g.throughput(criterion::Throughput::Bytes((3 * N * 8) as u64));
    let b = Array1::<f64, N>::from_fn_boxed(|[i]| i as f64);
    let cc = Array1::<f64, N>::full_boxed(0.5);
    let mut a = Array1::<f64, N>::zeros_boxed();
    g.bench_function(BenchmarkId::new("shaped", N), |bench| {
        bench.iter(|| black_box(&mut *a).assign_zip_map(&b, &cc, |b, c| b + S * c))
    });
    let (pb, pc) = (b.as_slice().to_vec(), cc.as_slice().to_vec());
    let mut pa = vec![0.0f64; N];
    g.bench_function(BenchmarkId::new("loop", N), |bench| {
        bench.iter(|| {
            for ((x, &y), &z) in black_box(&mut pa).iter_mut().zip(&pb).zip(&pc) {
                *x = y + S * z;
            }
        })
    });
    let (nb, nc) = (
        ndarray::Array1::from(pb.clone()),
        ndarray::Array1::from(pc.clone()),
    );
    let mut na = ndarray::Array1::<f64>::zeros(N);
    g.bench_function(BenchmarkId::new("ndarray", N), |bench| {
        bench.iter(|| {
            ndarray::Zip::from(black_box(&mut na))
                .and(&nb)
                .and(&nc)
                .for_each(|x, &y, &z| *x = y + S * z)
        })
    });
    let (gb, gc) = (
        nalgebra::DVector::from_vec(pb.clone()),
        nalgebra::DVector::from_vec(pc.clone()),
    );
    let mut ga = nalgebra::DVector::<f64>::zeros(N);
    g.bench_function(BenchmarkId::new("nalgebra", N), |bench| {
        bench.iter(|| black_box(&mut ga).zip_zip_apply(&gb, &gc, |x, y, z| *x = y + S * z))
    });
    g.finish();

    let mut g = c.benchmark_group("copy_f64");
    g.throughput(criterion::Throughput::Bytes((2 * N * 8) as u64));
    g.bench_function(BenchmarkId::new("loop", N), |bench| {
        bench.iter(|| black_box(&mut pa).copy_from_slice(&pb))
    });
    g.finish();
}

fn sequences(c: &mut Criterion) {
    const N: usize = 1_000_000;
    let mut g = c.benchmark_group("linspace_f64");
    g.bench_function(BenchmarkId::new("shaped", N), |bench| {
        bench.iter(|| Array1::<f64, N>::linspace_boxed(black_box(0.0), black_box(1.0)))
    });
    g.bench_function(BenchmarkId::new("loop", N), |bench| {
        bench.iter(|| {
            let (start, stop) = (black_box(0.0), black_box(1.0));
            let step = (stop - start) / (N - 1) as f64;
            let mut out: Box<[f64; N]> = vec![0.0; N].into_boxed_slice().try_into().unwrap();
            for (i, y) in out.iter_mut().enumerate() {
                *y = i as f64 * step + start;
            }
            out[N - 1] = stop;
            out
        })
    });
    g.bench_function(BenchmarkId::new("ndarray", N), |bench| {
        bench.iter(|| ndarray::Array1::<f64>::linspace(black_box(0.0), black_box(1.0), N))
    });
    g.finish();

    let mut g = c.benchmark_group("arange_i64");
    g.bench_function(BenchmarkId::new("shaped", N), |bench| {
        bench.iter(|| Array1::<i64, N>::arange_step_boxed(black_box(0), black_box(1)))
    });
    g.bench_function(BenchmarkId::new("loop", N), |bench| {
        bench.iter(|| {
            let (start, step) = (black_box(0i64), black_box(1i64));
            let mut out: Box<[i64; N]> = vec![0; N].into_boxed_slice().try_into().unwrap();
            for (i, y) in out.iter_mut().enumerate() {
                *y = start + i as i64 * step;
            }
            out
        })
    });
    g.bench_function(BenchmarkId::new("ndarray", N), |bench| {
        bench.iter(|| {
            let (start, step) = (black_box(0i64), black_box(1i64));
            ndarray::Array1::from_shape_fn(N, |i| start + i as i64 * step)
        })
    });
    g.finish();

    let mut g = c.benchmark_group("arange_f64");
    g.bench_function(BenchmarkId::new("shaped", N), |bench| {
        bench.iter(|| Array1::<f64, N>::arange_step_boxed(black_box(0.0), black_box(0.5)))
    });
    g.bench_function(BenchmarkId::new("loop", N), |bench| {
        bench.iter(|| {
            let (start, step) = (black_box(0.0), black_box(0.5));
            let mut out: Box<[f64; N]> = vec![0.0; N].into_boxed_slice().try_into().unwrap();
            for (i, y) in out.iter_mut().enumerate() {
                *y = start + i as f64 * step;
            }
            out
        })
    });
    g.bench_function(BenchmarkId::new("ndarray", N), |bench| {
        bench.iter(|| ndarray::Array1::<f64>::range(black_box(0.0), N as f64 / 2.0, black_box(0.5)))
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30)
}

/// Slicing views against the hand-written strided loop, ndarray's views and
/// NumPy's: `canvas[:, :, 0] = 255`, the sum of a column, and
/// `a[:, 1:-1] + b[:, 1:-1]` into a new array.
// ndarray's `s![.., 1..-1]` counts -1 from the end; clippy reads a Rust range.
#[allow(clippy::reversed_empty_ranges)]
fn views(c: &mut Criterion) {
    let mut g = c.benchmark_group("view_fill_u8");
    let mut canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();
    g.bench_function(BenchmarkId::new("shaped", "canvas"), |bench| {
        bench.iter(|| black_box(&mut *canvas).slice_mut(s![.., .., 0]).fill(255))
    });
    let mut plain = vec![0u8; CANVAS].into_boxed_slice();
    g.bench_function(BenchmarkId::new("loop", "canvas"), |bench| {
        bench.iter(|| {
            for pixel in black_box(&mut *plain).chunks_exact_mut(3) {
                pixel[0] = 255;
            }
        })
    });
    let mut nd = ndarray::Array3::<u8>::zeros((1080, 1920, 3));
    g.bench_function(BenchmarkId::new("ndarray", "canvas"), |bench| {
        bench.iter(|| {
            black_box(&mut nd)
                .slice_mut(ndarray::s![.., .., 0])
                .fill(255)
        })
    });
    g.finish();

    let mut g = c.benchmark_group("view_column_sum_f64");
    let a = Array2::<f64, 1024, 1024>::from_fn_boxed(|[i, j]| ((i * 7 + j) % 13) as f64 * 0.25);
    g.bench_function(BenchmarkId::new("shaped", 1024), |bench| {
        bench.iter(|| black_box(&*a).slice(s![.., 5]).sum())
    });
    let flat = a.as_slice().to_vec();
    g.bench_function(BenchmarkId::new("loop", 1024), |bench| {
        bench.iter(|| {
            let data = black_box(&flat);
            let mut sum = 0.0;
            for i in 0..1024 {
                sum += data[i * 1024 + 5];
            }
            sum
        })
    });
    let na = ndarray::Array2::from_shape_vec((1024, 1024), flat.clone()).unwrap();
    g.bench_function(BenchmarkId::new("ndarray", 1024), |bench| {
        bench.iter(|| black_box(&na).column(5).sum())
    });
    g.finish();

    // `c = a[:, 1:-1] + b[:, 1:-1]`: a new array. `shaped` returns it by
    // value (on the stack), the hand loop too; ndarray and NumPy allocate.
    let mut g = c.benchmark_group("view_add_f32");
    let a = Array2::<f32, 256, 256>::from_fn_boxed(|[i, j]| (i + j) as f32);
    let b = Array2::<f32, 256, 256>::from_fn_boxed(|[i, j]| (i * j % 7) as f32);
    g.bench_function(BenchmarkId::new("shaped", 256), |bench| {
        bench.iter(|| {
            let (a, b) = (black_box(&*a), black_box(&*b));
            let va: ArrayView<_, Shape2<256, 254>, _> = a.slice(s![.., 1..-1]);
            let vb: ArrayView<_, Shape2<256, 254>, _> = b.slice(s![.., 1..-1]);
            va + vb
        })
    });
    let (pa, pb) = (a.as_slice().to_vec(), b.as_slice().to_vec());
    g.bench_function(BenchmarkId::new("loop", 256), |bench| {
        bench.iter(|| {
            let (x, y) = (black_box(&pa), black_box(&pb));
            let mut out = [[0.0f32; 254]; 256];
            for (i, row) in out.iter_mut().enumerate() {
                let (xr, yr) = (
                    &x[i * 256 + 1..i * 256 + 255],
                    &y[i * 256 + 1..i * 256 + 255],
                );
                for ((o, p), q) in row.iter_mut().zip(xr).zip(yr) {
                    *o = p + q;
                }
            }
            out
        })
    });
    let na = ndarray::Array2::from_shape_vec((256, 256), pa.clone()).unwrap();
    let nb = ndarray::Array2::from_shape_vec((256, 256), pb.clone()).unwrap();
    g.bench_function(BenchmarkId::new("ndarray", 256), |bench| {
        bench.iter(|| {
            let (x, y) = (black_box(&na), black_box(&nb));
            &x.slice(ndarray::s![.., 1..-1]) + &y.slice(ndarray::s![.., 1..-1])
        })
    });
    g.finish();

    // The same into an existing array, NumPy's `np.add(a[:, 1:-1],
    // b[:, 1:-1], out=c)`: no allocation and no copy for anyone.
    let mut g = c.benchmark_group("view_add_into_f32");
    let mut out = Array2::<f32, 256, 254>::zeros_boxed();
    g.bench_function(BenchmarkId::new("shaped", 256), |bench| {
        bench.iter(|| {
            let (a, b) = (black_box(&*a), black_box(&*b));
            let va: ArrayView<_, Shape2<256, 254>, _> = a.slice(s![.., 1..-1]);
            let vb: ArrayView<_, Shape2<256, 254>, _> = b.slice(s![.., 1..-1]);
            black_box(&mut *out)
                .view_mut()
                .assign_zip_map(&va, &vb, |x, y| x + y);
        })
    });
    let mut plain_out = vec![0.0f32; 256 * 254];
    g.bench_function(BenchmarkId::new("loop", 256), |bench| {
        bench.iter(|| {
            let (x, y) = (black_box(&pa), black_box(&pb));
            for (i, row) in black_box(&mut plain_out).chunks_exact_mut(254).enumerate() {
                let (xr, yr) = (
                    &x[i * 256 + 1..i * 256 + 255],
                    &y[i * 256 + 1..i * 256 + 255],
                );
                for ((o, p), q) in row.iter_mut().zip(xr).zip(yr) {
                    *o = p + q;
                }
            }
        })
    });
    let mut nd_out = ndarray::Array2::<f32>::zeros((256, 254));
    g.bench_function(BenchmarkId::new("ndarray", 256), |bench| {
        bench.iter(|| {
            let (x, y) = (black_box(&na), black_box(&nb));
            ndarray::Zip::from(black_box(&mut nd_out))
                .and(&x.slice(ndarray::s![.., 1..-1]))
                .and(&y.slice(ndarray::s![.., 1..-1]))
                .for_each(|o, &p, &q| *o = p + q);
        })
    });
    g.finish();
}

/// `.npy` of 64 MiB of `f64` (8M elements), through the page cache: `shaped`
/// against `ndarray-npy`, a plain `write_all`/`read_exact` of the same bytes
/// (header and data), and NumPy's `np.save`/`np.load`.
fn npy(c: &mut Criterion) {
    use std::io::{Read, Write};
    const N: usize = 8 << 20;
    let dir = std::env::temp_dir();
    let (ours, theirs, plain) = (
        dir.join("shaped-bench.npy"),
        dir.join("ndarray-bench.npy"),
        dir.join("plain-bench.npy"),
    );
    let a = Array1::<f64, N>::from_fn_boxed(|[i]| i as f64 * 0.5);
    let nd = ndarray::Array1::from(a.as_slice().to_vec());
    let mut bytes = Vec::new();
    a.write_npy(&mut bytes).unwrap();

    let mut g = c.benchmark_group("npy_save_f64");
    g.bench_function(BenchmarkId::new("shaped", N), |bench| {
        bench.iter(|| a.save_npy(&ours).unwrap())
    });
    g.bench_function(BenchmarkId::new("loop", N), |bench| {
        bench.iter(|| {
            std::fs::File::create(&plain)
                .unwrap()
                .write_all(black_box(&bytes))
                .unwrap()
        })
    });
    g.bench_function(BenchmarkId::new("ndarray", N), |bench| {
        bench.iter(|| ndarray_npy::write_npy(&theirs, &nd).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("npy_load_f64");
    g.bench_function(BenchmarkId::new("shaped", N), |bench| {
        bench.iter(|| Array1::<f64, N>::load_npy_boxed(&ours).unwrap())
    });
    g.bench_function(BenchmarkId::new("loop", N), |bench| {
        bench.iter(|| {
            let mut buffer = vec![0u8; bytes.len()];
            std::fs::File::open(&plain)
                .unwrap()
                .read_exact(&mut buffer)
                .unwrap();
            buffer
        })
    });
    g.bench_function(BenchmarkId::new("ndarray", N), |bench| {
        bench.iter(|| -> ndarray::Array1<f64> { ndarray_npy::read_npy(&theirs).unwrap() })
    });
    g.finish();
}

criterion_group! { name = benches; config = config(); targets = elementwise_ops, reductions, products, construction, order, stream, sequences, views, npy }
criterion_main!(benches);
