//! `Generator::integers_in` / `fill_integers_in` for every integer dtype
//! and `bool`, and `standard_normal_f32`, against `np.random.default_rng`
//! to the bit: `golden/numpy_random_dtypes.rs` (written by
//! `golden/numpy_random_dtypes.py`) holds, for five seeds and 30 ranges
//! chosen for NumPy's special paths (rejections, every value, one value),
//! one NumPy call of `size=n` (`fill!`) and `n` calls of no size
//! (`calls!`), which differ for the 8-bit, 16-bit and `bool` dtypes; the
//! float32 normal stream up to 10^6 draws; and sequences of mixed calls on
//! one generator.

use sha2::{Digest, Sha256};
use shaped::random::Generator;
use shaped::{Array2, ColMajor, RowMajor};

use crate::common;

/// Checks `values` (each a draw's bits) against every expected value, or
/// against the digest of their low `width` bytes and the sampled positions.
fn check(values: &[u64], width: usize, expected: Expected<'_>, label: &str) {
    match expected {
        Expected::All(all) => assert_eq!(values, all, "{label}"),
        Expected::Digest(digest, samples) => {
            for &(position, value) in samples {
                assert_eq!(values[position], value, "{label}: value {position}");
            }
            let bytes: Vec<u8> = values
                .iter()
                .flat_map(|v| v.to_le_bytes()[..width].to_vec())
                .collect();
            let found: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(found, digest, "{label}: the {} values", values.len());
        }
    }
    common::count();
}

enum Expected<'a> {
    All(&'a [u64]),
    Digest(&'a str, &'a [(usize, u64)]),
}

macro_rules! expected {
    ([$($v:expr),*]) => {
        Expected::All(&[$($v),*])
    };
    ($digest:literal, [$($s:expr),*]) => {
        Expected::Digest($digest, &[$($s),*])
    };
}

#[test]
fn integers_of_every_dtype_match_numpy() {
    // One NumPy call of size=n: one buffer for the whole fill.
    macro_rules! fill {
        ($seed:expr, $n:expr, $width:expr, $t:ty, $range:expr, $($expected:tt)*) => {{
            let (seed, n): (u64, usize) = ($seed, $n);
            let mut out = vec![<$t>::default(); n];
            Generator::new(seed).fill_integers_in(&mut out, $range);
            let values: Vec<u64> = out.iter().map(|&x| x as u64).collect();
            let label = format!("seed {seed}: {n} {} in {}", stringify!($t), stringify!($range));
            check(&values, $width, expected!($($expected)*), &label);
        }};
    }
    // n NumPy calls of no size: a new buffer each.
    macro_rules! calls {
        ($seed:expr, $n:expr, $width:expr, $t:ty, $range:expr, $($expected:tt)*) => {{
            let (seed, n): (u64, usize) = ($seed, $n);
            let mut rng = Generator::new(seed);
            let values: Vec<u64> = (0..n).map(|_| rng.integers_in::<$t>($range) as u64).collect();
            let label = format!("seed {seed}: {n} calls of {} in {}", stringify!($t), stringify!($range));
            check(&values, $width, expected!($($expected)*), &label);
        }};
    }
    macro_rules! normal_f32 {
        ($seed:expr, $n:expr, $width:expr, $($expected:tt)*) => {{
            let (seed, n): (u64, usize) = ($seed, $n);
            let mut rng = Generator::new(seed);
            let values: Vec<u64> = (0..n)
                .map(|_| u64::from(rng.standard_normal_f32().to_bits()))
                .collect();
            let label = format!("seed {seed}: {n} float32 normal deviates");
            check(&values, $width, expected!($($expected)*), &label);
        }};
    }
    macro_rules! mixed {
        ($($t:tt)*) => {};
    }
    include!("../golden/numpy_random_dtypes.rs");
    assert_eq!(common::cases(), 945, "a truncated golden file must fail");
}

#[test]
fn mixed_calls_on_one_generator_match_numpy() {
    macro_rules! fill {
        ($($t:tt)*) => {};
    }
    macro_rules! calls {
        ($($t:tt)*) => {};
    }
    macro_rules! normal_f32 {
        ($($t:tt)*) => {};
    }
    macro_rules! mixed {
        ($seed:expr, [$($step:expr => [$($v:expr),*]),*]) => {{
            let seed: u64 = $seed;
            let mut rng = Generator::new(seed);
            let mut step = 0;
            $(
                let found: Vec<u64> = ($step)(&mut rng);
                assert_eq!(found, [$($v),*], "seed {seed}, step {step}: {}", stringify!($step));
                step += 1;
            )*
            assert_eq!(step, 16, "the golden's steps");
            common::count();
        }};
    }
    include!("../golden/numpy_random_dtypes.rs");
    assert_eq!(common::cases(), 5, "a truncated golden file must fail");
}

/// The array forms are one fill in memory order: checked against
/// `fill_integers_in` (which the goldens check against NumPy).
#[test]
fn integer_arrays_are_one_fill_in_memory_order() {
    for seed in [0, 42, u64::MAX] {
        let a: Array2<u8, 25, 40> = Generator::new(seed).integers_array_in(0..10);
        let mut flat = [0u8; 1000];
        Generator::new(seed).fill_integers_in(&mut flat, 0..10);
        assert_eq!(a.as_slice(), flat);

        let b: Box<Array2<i16, 3, 5, ColMajor>> =
            Generator::new(seed).integers_array_in_boxed(-300..300);
        let mut flat = [0i16; 15];
        Generator::new(seed).fill_integers_in(&mut flat, -300..300);
        assert_eq!(b.as_slice(), flat);

        // Empty arrays check no bounds and draw nothing, as NumPy's size=0.
        let mut rng = Generator::new(seed);
        let c: Array2<bool, 0, 3, RowMajor> = rng.integers_array_in(true..true);
        assert_eq!(c.as_slice(), &[] as &[bool]);
        rng.fill_integers_in(&mut [] as &mut [u8], 5..5);
        assert_eq!(rng, Generator::new(seed));
    }
}

#[test]
#[should_panic(expected = "integers_in(range) needs a range with at least one value, found 5..5")]
fn an_empty_range_panics_naming_it() {
    Generator::new(0).integers_in(5u8..5);
}

#[test]
#[should_panic(expected = "found 3..=2")]
#[allow(
    clippy::reversed_empty_ranges,
    reason = "the empty range is the case under test"
)]
fn a_reversed_inclusive_range_panics_naming_it() {
    Generator::new(0).integers_in(3i32..=2);
}

#[test]
#[should_panic(expected = "found false..false")]
fn an_empty_bool_range_panics() {
    let mut out = [true; 4];
    Generator::new(0).fill_integers_in(&mut out, false..false);
}
