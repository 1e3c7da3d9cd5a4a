//! `f16`, NumPy's `float16` (feature `half`), against NumPy:
//! `golden/numpy_half.rs` (written by `golden/numpy_half.py`) holds NumPy's
//! `str` of every one of the 65536 `float16` values (hashed, with
//! samples), whole arrays' `str` and `repr`, arithmetic, casts, sums,
//! means, sorting and `.npy` bytes, all as bit patterns.
#![cfg(feature = "half")]

use shaped::{Array, Array1, Array2, ColMajor, Element, RowMajor, Shape1, Shape2, bf16, f16};

use crate::common;

fn h(bits: u16) -> f16 {
    f16::from_bits(bits)
}

/// The same value, or both NaN (a NaN result's sign and payload are the
/// CPU's; the golden writes it as 0x7e00).
fn same(got: f16, want: u16) -> bool {
    let want = h(want);
    if want.is_nan() {
        got.is_nan()
    } else {
        got.to_bits() == want.to_bits()
    }
}

/// FNV-1a, 64 bits, as the generator hashes.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |x, &b| {
        (x ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The `f16` array of these bit patterns.
fn arr<const N: usize>(bits: [u16; N]) -> Array1<f16, N> {
    row(bits.map(h))
}

/// A row-major array of these values.
fn row<T: Element, const N: usize>(values: [T; N]) -> Array1<T, N> {
    Array1::from(values)
}

fn printed_alone(bits: u16) -> String {
    Array1::<f16, 1>::from([h(bits)]).to_string()
}

/// Every one of the 65536 `float16` values prints alone as NumPy prints
/// it: the samples by value, all of them by hash.
fn every_float16_prints_as_numpy_prints_it(all: (usize, u64), samples: &[(u16, &str)]) {
    for &(bits, want) in samples {
        assert_eq!(printed_alone(bits), want, "{bits:#06x}");
    }
    let printed: Vec<String> = (0..=u16::MAX).map(printed_alone).collect();
    assert_eq!(printed.len(), all.0);
    assert_eq!(
        fnv1a(printed.join("\n").as_bytes()),
        all.1,
        "the digits of some float16 differ from NumPy's"
    );
}

/// `np.sum` and `np.mean` of the golden's `N` values, on the heap (the
/// longest are too big for a test thread's stack in a debug build).
fn sum_case<const N: usize>(sum: u16, mean: u16) {
    let x = Array1::<f64, N>::from_fn_boxed(|[i]| {
        let k = ((i * 7919) % 2001) as f64 - 1000.0;
        k * 2f64.powi(-((i % 13) as i32)) / 7.0
    });
    let x: Box<Array1<f16, N>> = Box::new(x.cast::<f16>());
    assert_eq!(x.sum().to_bits(), sum, "sum of {N}");
    assert_eq!(x.mean(), f64::from(h(mean)), "mean of {N}");
    // A view sums the same values in the same order.
    assert_eq!(x.view().sum().to_bits(), sum, "sum of a view of {N}");
    common::count();
}

#[test]
fn numpy_float16_goldens() {
    macro_rules! print_case {
        ($name:ident, [$n:literal], [$($b:expr),*], $str:literal, $repr:literal) => {{
            let a = Array1::<f16, $n>::from([$(h($b)),*]);
            assert_eq!(a.to_string(), $str, "str {}", stringify!($name));
            assert_eq!(format!("{a:?}"), $repr, "repr {}", stringify!($name));
            common::count();
        }};
        ($name:ident, [$r:literal, $c:literal], [$($b:expr),*], $str:literal, $repr:literal) => {{
            let a = Array1::<f16, { $r * $c }>::from([$(h($b)),*]).into_shape::<Shape2<$r, $c>>();
            assert_eq!(a.to_string(), $str, "str {}", stringify!($name));
            assert_eq!(format!("{a:?}"), $repr, "repr {}", stringify!($name));
            common::count();
        }};
    }
    macro_rules! binary_case {
        ($op:literal, [$($a:expr),*], [$($b:expr),*], [$($r:expr),*]) => {{
            let a = arr([$($a),*]);
            let b = arr([$($b),*]);
            let got = match $op {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => a / b,
                _ => unreachable!(),
            };
            for (i, (&g, w)) in got.as_slice().iter().zip([$($r),*]).enumerate() {
                assert!(same(g, w), "{} {:?} {} {:?}: {:?}, NumPy {:?}", i, a[i], $op, b[i], g, h(w));
            }
            common::count();
        }};
    }
    macro_rules! unary_case {
        ($name:literal, [$($a:expr),*], [$($r:expr),*]) => {{
            let a = arr([$($a),*]);
            let got = match $name {
                "sqrt" => a.sqrt(),
                "negative" => -a,
                "abs" => a.abs(),
                _ => unreachable!(),
            };
            for (i, (&g, w)) in got.as_slice().iter().zip([$($r),*]).enumerate() {
                assert!(same(g, w), "{}({:?}): {:?}, NumPy {:?}", $name, a[i], g, h(w));
            }
            common::count();
        }};
    }
    macro_rules! cast_case {
        (f64, [$($x:expr),*], [$($r:expr),*]) => {{
            let x = row([$($x),*].map(f64::from_bits));
            cast_case!(@check x, [$($r),*]);
        }};
        (f32, [$($x:expr),*], [$($r:expr),*]) => {{
            let x = row([$($x),*].map(f32::from_bits));
            cast_case!(@check x, [$($r),*]);
        }};
        (@check $x:ident, [$($r:expr),*]) => {{
            let got = $x.cast::<f16>();
            for (i, (&g, w)) in got.as_slice().iter().zip([$($r),*]).enumerate() {
                assert!(same(g, w), "{:e} as float16: {:?}, NumPy {:?}", $x[i], g, h(w));
            }
            common::count();
        }};
    }
    macro_rules! to_int_case {
        ([$($a:expr),*], [$($r:expr),*]) => {{
            let a = arr([$($a),*]);
            assert_eq!(a.cast::<i32>().as_slice(), &[$($r),*]);
            // Widening is exact.
            let wide = a.cast::<f32>().cast::<f16>();
            assert_eq!(wide.as_bytes(), a.as_bytes());
            common::count();
        }};
    }
    macro_rules! sum_case {
        ($n:literal, $sum:literal, $mean:literal) => {
            sum_case::<$n>($sum, $mean)
        };
    }
    macro_rules! sum_axis_case {
        ([$($s0:expr),*], [$($s1:expr),*], [$($f0:expr),*], [$($f1:expr),*]) => {{
            let x = Array1::<f64, 185>::from_fn(|[i]| {
                let k = ((i * 7919) % 2001) as f64 - 1000.0;
                k * 2f64.powi(-((i % 13) as i32)) / 7.0
            })
            .cast::<f16>()
            .into_shape::<Shape2<37, 5>>();
            assert_eq!(x.sum_axis::<0>(), arr([$($s0),*]));
            assert_eq!(x.sum_axis::<1>(), arr([$($s1),*]));
            // NumPy's bits depend on the memory order (see the generator).
            let f = x.to_order::<ColMajor>();
            assert_eq!(f.sum_axis::<0>().as_slice(), arr([$($f0),*]).as_slice());
            assert_eq!(f.sum_axis::<1>().as_slice(), arr([$($f1),*]).as_slice());
            common::count();
        }};
    }
    macro_rules! sort_case {
        ([$($a:expr),*], [$($r:expr),*], $argmax:literal, $argmin:literal) => {{
            let a = arr([$($a),*]);
            assert_eq!((a.argmax(), a.argmin()), ($argmax, $argmin));
            let mut sorted = a;
            sorted.sort();
            for (&g, w) in sorted.as_slice().iter().zip([$($r),*]) {
                assert!(same(g, w) && g.is_sign_negative() == h(w).is_sign_negative(), "{sorted:?}");
            }
            common::count();
        }};
    }
    macro_rules! after_cases {
        () => {{
            assert_eq!(common::cases(), 12 + 4 + 3 + 2 + 1 + 13 + 1 + 1);
            assert_eq!(PRINT_SAMPLES.len(), 65536_usize.div_ceil(97));
            every_float16_prints_as_numpy_prints_it(PRINT_ALL, PRINT_SAMPLES);

            // `.npy`: NumPy's bytes, both orders and both byte orders.
            let values = NPY_VALUES.map(h);
            let c = row(values).into_shape::<Shape2<2, 3>>();
            let f = c.to_order::<ColMajor>();
            let mut bytes = Vec::new();
            c.write_npy(&mut bytes).unwrap();
            assert_eq!(bytes, NPY_C);
            bytes.clear();
            f.write_npy(&mut bytes).unwrap();
            assert_eq!(bytes, NPY_F);
            for file in [NPY_C, NPY_F, NPY_C_BIG, NPY_F_BIG] {
                let read = Array2::<f16, 2, 3>::read_npy(file).unwrap();
                assert_eq!(read.as_bytes(), c.as_bytes());
                let read = Array2::<f16, 2, 3, ColMajor>::read_npy(file).unwrap();
                assert_eq!(read.as_bytes(), f.as_bytes());
            }
            let wrong = Array2::<f32, 2, 3>::read_npy(NPY_C)
                .unwrap_err()
                .to_string();
            assert!(
                wrong.contains("float16") && wrong.contains("float32"),
                "{wrong}"
            );
        }};
    }
    include!("../golden/numpy_half.rs");
}

#[test]
fn dtypes_as_numpy_names_them() {
    assert_eq!((f16::DTYPE.name(), f16::DTYPE.str()), ("float16", "<f2"));
    assert_eq!(f16::DTYPE.itemsize(), 2);
    // `ml_dtypes`' names for the dtype NumPy does not have.
    assert_eq!((bf16::DTYPE.name(), bf16::DTYPE.str()), ("bfloat16", "<V2"));
    let a: Array<f16, Shape1<4>, RowMajor> = Array::zeros();
    assert_eq!((a.nbytes(), a.strides()), (8, [2]));
}

#[test]
fn bf16_stores_casts_and_prints() {
    let a = Array1::<f32, 3>::from([1.0, 0.1, 3.0e38]).cast::<bf16>();
    assert_eq!(a[1], bf16::from_f32(0.1));
    assert_eq!(a.cast::<f32>()[0], 1.0);
    // The shortest digits that read back as the same bfloat16.
    assert_eq!(a.to_string(), "[1.e+00 1.e-01 3.e+38]");
    assert_eq!(
        format!(
            "{:?}",
            Array1::<bf16, 2>::from([bf16::from_f32(0.5), bf16::ONE])
        ),
        "array([0.5, 1. ], dtype=bfloat16)"
    );
}

#[test]
fn the_dtype_form_of_array_makes_zeros() {
    // NumPy's `np.zeros((4, 4), dtype=np.float16)`.
    let square = shaped::array![[f16; 4]; 4];
    let square: Array2<f16, 4, 4> = square;
    assert_eq!(square.as_bytes(), &[0; 32]);
    assert_eq!(
        format!("{:?}", shaped::array![f16; 2]),
        "array([0., 0.], dtype=float16)"
    );
    let weights: Box<Array2<bf16, 2, 8>> = shaped::array![box [bf16; 8]; 2];
    assert_eq!(weights.nbytes(), 32);
}

/// `include_npy!` embeds NumPy's float16 files, either byte order, in a
/// `static` (flash, on a microcontroller).
#[test]
fn include_npy_embeds_float16_files() {
    static C: Array2<f16, 2, 3> = shaped::include_npy!("golden/npy/float16_2x3_C.npy");
    let f: Array2<f16, 2, 3, ColMajor> = shaped::include_npy!("golden/npy/float16_2x3_F_big.npy");
    assert_eq!(f.to_order::<RowMajor>(), C);
    assert_eq!(
        C.to_string(),
        "[[-0.8335 -0.5    -0.1666]\n [ 0.1666  0.5     0.8335]]"
    );
}

/// With `bytemuck`, `f16` arrays are `Pod`, as `half` makes `f16`.
#[cfg(feature = "bytemuck")]
#[test]
fn f16_arrays_are_pod() {
    let a = Array1::<f16, 2>::from([f16::ONE, f16::from_f32(-2.0)]);
    assert_eq!(bytemuck::bytes_of(&a), a.as_bytes());
    let back: Array1<f16, 2> = bytemuck::pod_read_unaligned(a.as_bytes());
    assert_eq!(back, a);
}

/// With `serde`, `f16` arrays are nested sequences, each `f16` as `half`
/// serializes it: its bits (not NumPy's `tolist()` floats; cast to `f32`
/// for those).
#[cfg(feature = "serde")]
#[test]
fn f16_arrays_serialize_as_numbers() {
    let a = Array2::<f16, 1, 2>::from([[f16::ONE, f16::from_f32(-2.5)]]);
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(json, "[[15360,49408]]"); // 0x3c00, 0xc100
    let floats = serde_json::to_string(&a.cast::<f32>()).unwrap();
    assert_eq!(floats, "[[1.0,-2.5]]");
    assert_eq!(serde_json::from_str::<Array2<f16, 1, 2>>(&json).unwrap(), a);
}
