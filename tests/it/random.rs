//! `shaped::random::Generator` against `np.random.default_rng`, to the bit:
//! `golden/numpy_random.rs` holds NumPy's seeding and its draws for five
//! seeds, every kind of draw and 1 to 1,000,000 draws (the big arrays as the
//! SHA-256 of their bytes); `golden/numpy_random.py` writes it. Each case
//! names the Rust closure of one draw; the test calls it once per value.

use sha2::{Digest, Sha256};
use shaped::random::{Generator, Pcg64, SeedSequence};
use shaped::{Array2, ArrayViewMut, ColMajor, RowMajor, Shape2, s};

use crate::common;

/// The SHA-256 of `bytes`, in hex as Python's `hexdigest()`.
fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `n` draws from a new generator seeded with `seed`.
fn draws(seed: u64, n: usize, draw: impl Fn(&mut Generator) -> u64) -> Vec<u64> {
    let mut rng = Generator::new(seed);
    (0..n).map(|_| draw(&mut rng)).collect()
}

/// Checks the hashed cases: the low `width` bytes of each draw, in order,
/// hash to NumPy's digest, and the sampled positions hold NumPy's values.
fn check_digest(
    seed: u64,
    n: usize,
    width: usize,
    draw: impl Fn(&mut Generator) -> u64,
    digest: &str,
    samples: &[(usize, u64)],
    label: &str,
) {
    let values = draws(seed, n, draw);
    for &(position, expected) in samples {
        assert_eq!(
            values[position], expected,
            "seed {seed}, {label}: draw {position} of {n}"
        );
    }
    let mut bytes = Vec::with_capacity(n * width);
    for value in &values {
        bytes.extend_from_slice(&value.to_le_bytes()[..width]);
    }
    assert_eq!(
        sha256(&bytes),
        digest,
        "seed {seed}, {label}: the {n} draws"
    );
    common::count();
}

#[test]
fn seeding_and_short_streams_match_numpy() {
    // The long streams are the next test's.
    macro_rules! digest {
        ($($t:tt)*) => {};
    }
    // SeedSequence(seed).pool, then PCG64(seed).state's state and increment.
    macro_rules! seeding {
        ($seed:expr, $pool:expr, $state:expr, $inc:expr) => {{
            let seed: u64 = $seed;
            assert_eq!(SeedSequence::new(seed).pool(), $pool, "pool of seed {seed}");
            assert_eq!(
                Pcg64::new(seed).state(),
                ($state, $inc),
                "PCG64 of seed {seed}"
            );
            common::count();
        }};
    }
    // Seeds NumPy takes as 32-bit words: big ints and lists.
    macro_rules! seeding_words {
        ($words:expr, $pool:expr, $state:expr, $inc:expr, $random:expr) => {{
            let words: &[u32] = &$words;
            let seq = SeedSequence::from_words(words);
            assert_eq!(seq.pool(), $pool, "pool of words {words:?}");
            assert_eq!(Pcg64::from_seed_sequence(&seq).state(), ($state, $inc));
            let mut rng = Generator::from_seed_sequence(&seq);
            let found: Vec<u64> = (0..3).map(|_| rng.random().to_bits()).collect();
            assert_eq!(found, $random, "rng.random(3) of words {words:?}");
            common::count();
        }};
    }
    macro_rules! stream {
        ($seed:expr, $n:expr, $draw:expr, $expected:expr) => {{
            let (seed, n): (u64, usize) = ($seed, $n);
            let found = draws(seed, n, $draw);
            assert_eq!(
                found,
                $expected,
                "seed {seed}, {n} draws of {}",
                stringify!($draw)
            );
            common::count();
        }};
    }
    // One generator, calls of different kinds in turn.
    macro_rules! mixed {
        ($seed:expr, [$($draw:expr => $expected:expr),*]) => {{
            let seed: u64 = $seed;
            let mut rng = Generator::new(seed);
            let mut step = 0;
            $(
                let found: u64 = ($draw)(&mut rng);
                assert_eq!(found, $expected, "seed {seed}, call {step}: {}", stringify!($draw));
                step += 1;
            )*
            assert_eq!(step, 28, "the golden's calls");
            common::count();
        }};
    }
    // NumPy's rng.random(out=F-ordered array): memory filled in order.
    macro_rules! fortran_out {
        ($seed:expr, $digest:expr, $first_row:expr) => {{
            let seed: u64 = $seed;
            let a: Box<Array2<f64, 25, 40, ColMajor>> = Generator::new(seed).random_array_boxed();
            let bytes: Vec<u8> = a.iter().flat_map(|v| v.to_le_bytes()).collect();
            assert_eq!(sha256(&bytes), $digest, "seed {seed}");
            let first_row = [a[[0, 0]], a[[0, 1]], a[[0, 2]]].map(f64::to_bits);
            assert_eq!(first_row, $first_row, "seed {seed}");
            let mut b = Array2::<f64, 25, 40, ColMajor>::zeros();
            let mut rng = Generator::new(seed);
            b.fill_with(|| rng.random());
            assert_eq!(&b, &*a);
            common::count();
        }};
    }
    include!("../golden/numpy_random.rs");
    assert_eq!(common::cases(), 189, "a truncated golden file must fail");
}

#[test]
fn long_streams_match_numpy() {
    // The rest is the previous test's.
    macro_rules! seeding {
        ($($t:tt)*) => {};
    }
    macro_rules! seeding_words {
        ($($t:tt)*) => {};
    }
    macro_rules! stream {
        ($($t:tt)*) => {};
    }
    macro_rules! mixed {
        ($($t:tt)*) => {};
    }
    macro_rules! fortran_out {
        ($($t:tt)*) => {};
    }
    macro_rules! digest {
        ($seed:expr, $n:expr, $width:expr, $draw:expr, $digest:expr, [$($sample:expr),*]) => {
            check_digest($seed, $n, $width, $draw, $digest, &[$($sample),*], stringify!($draw))
        };
    }
    include!("../golden/numpy_random.rs");
    assert_eq!(common::cases(), 125, "a truncated golden file must fail");
}

/// The array forms are the one-draw methods in memory order: checked
/// against those (which the goldens check against NumPy).
#[test]
fn arrays_hold_the_streams_in_memory_order() {
    for seed in [0, 42, u64::MAX] {
        let a: Array2<f64, 3, 4> = Generator::new(seed).random_array();
        assert_eq!(
            a.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            draws(seed, 12, |g| g.random().to_bits())
        );

        let b: Array2<f32, 3, 4, ColMajor> = Generator::new(seed).random_array();
        let expected = draws(seed, 12, |g| u64::from(g.random_f32().to_bits()));
        assert_eq!(
            b.as_slice()
                .iter()
                .map(|v| u64::from(v.to_bits()))
                .collect::<Vec<_>>(),
            expected
        );

        let c: Box<Array2<i64, 50, 20>> = Generator::new(seed).integers_array_boxed(-3, 1 << 40);
        assert_eq!(
            c.iter().map(|&v| v as u64).collect::<Vec<_>>(),
            draws(seed, 1000, |g| g.integers(-3, 1 << 40) as u64)
        );

        let d: Box<Array2<f64, 50, 20>> = Generator::new(seed).standard_normal_array_boxed();
        assert_eq!(
            d.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            draws(seed, 1000, |g| g.standard_normal().to_bits())
        );

        let e: Array2<f64, 2, 3> = Generator::new(seed).normal_array(1.0, 3.0);
        assert_eq!(
            e.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            draws(seed, 6, |g| g.normal(1.0, 3.0).to_bits())
        );

        let f: Box<Array2<f64, 2, 3, ColMajor>> =
            Generator::new(seed).uniform_array_boxed(-1.0, 0.0);
        assert_eq!(
            f.as_slice().iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            draws(seed, 6, |g| g.uniform(-1.0, 0.0).to_bits())
        );
    }
}

/// `fill_with` on a strided view goes through the view's elements in
/// memory order (row by row here); elements outside the view keep theirs.
#[test]
fn fill_with_reaches_views() {
    let mut a = Array2::<f64, 4, 6>::full(-1.0);
    let mut rng = Generator::new(42);
    let mut view: ArrayViewMut<'_, f64, Shape2<2, 3>, _> = a.slice_mut(s![1..3, ..;2]);
    view.fill_with(|| rng.random());
    let expected = draws(42, 6, |g| g.random().to_bits());
    for i in 0..4 {
        for j in 0..6 {
            let found = a[[i, j]];
            if (1..3).contains(&i) && j % 2 == 0 {
                assert_eq!(found.to_bits(), expected[(i - 1) * 3 + j / 2], "[{i}, {j}]");
            } else {
                assert_eq!(found, -1.0, "[{i}, {j}] is outside the view");
            }
        }
    }
    // Through a view of a column-major array: its memory order, column by column.
    let mut b = Array2::<i64, 3, 2, ColMajor>::zeros();
    let mut rng = Generator::new(7);
    b.slice_mut(s![.., ..]).fill_with(|| rng.integers(0, 100));
    assert_eq!(
        b.as_slice().iter().map(|&v| v as u64).collect::<Vec<_>>(),
        draws(7, 6, |g| g.integers(0, 100) as u64)
    );
    // Memory order, whatever the order: a RowMajor array of the same size
    // holds the same memory.
    let c: Array2<i64, 2, 3, RowMajor> = Generator::new(7).integers_array(0, 100);
    assert_eq!(b.as_slice(), c.as_slice());
}

#[test]
#[should_panic(expected = "integers(low, high) needs low < high, found low = 5, high = 5")]
fn an_empty_integer_range_panics() {
    Generator::new(0).integers(5, 5);
}

#[test]
#[should_panic(
    expected = "integers_inclusive(low, high) needs low <= high, found low = 5, high = 4"
)]
fn a_reversed_inclusive_range_panics() {
    Generator::new(0).integers_inclusive(5, 4);
}

#[test]
#[should_panic(
    expected = "uniform(low, high) needs high - low finite and not negative, found low = 1.0, high = 0.0"
)]
fn a_reversed_uniform_range_panics() {
    Generator::new(0).uniform(1.0, 0.0);
}

#[test]
#[should_panic(
    expected = "uniform(low, high) needs high - low finite and not negative, found low = -1.7976931348623157e308"
)]
fn an_overflowing_uniform_range_panics() {
    Generator::new(0).uniform(f64::MIN, f64::MAX);
}

/// NumPy tests the sign bit: `normal(0, -0.0)` is a `ValueError` there.
#[test]
#[should_panic(expected = "normal(loc, scale) needs scale >= 0, found scale = -0.0")]
fn a_negative_zero_scale_panics() {
    Generator::new(0).normal(0.0, -0.0);
}

/// An empty range of one value draws nothing, a NaN scale gives NaN: as
/// NumPy, whose `normal(0, nan)` draws and returns NaN.
#[test]
fn edge_arguments_behave_as_numpy() {
    let mut rng = Generator::new(3);
    let twin = rng.clone();
    assert_eq!(rng.integers(7, 8), 7);
    assert_eq!(rng.integers_inclusive(-2, -2), -2);
    assert_eq!(rng, twin, "a one-value range draws nothing");
    assert!(rng.normal(0.0, f64::NAN).is_nan());
    assert_ne!(rng, twin);
    assert_eq!(rng.uniform(2.5, 2.5), 2.5);
}

#[cfg(feature = "rand")]
mod with_rand {
    use shaped::random::rand::distr::{StandardUniform, Uniform};
    use shaped::random::rand::{Rng, RngExt};
    use shaped::random::rand_distr::Normal;
    use shaped::random::{Generator, SeedSequence};
    use shaped::{Array1, Array2, ColMajor};

    use super::draws;

    /// `rand`'s `StandardUniform` for `f64` takes the top 53 bits of a
    /// 64-bit draw, as NumPy's `random()`: the same stream.
    #[test]
    fn standard_uniform_floats_are_numpys_random() {
        let a = Array1::<f64, 1000>::random(&mut Generator::new(42), StandardUniform);
        assert_eq!(
            a.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            draws(42, 1000, |g| g.random().to_bits())
        );
    }

    #[test]
    fn any_distribution_fills_any_shape() {
        let mut rng = Generator::from_seed_sequence(&SeedSequence::from_words(&[1, 2, 3]));
        let normal = Normal::new(5.0, 0.5).unwrap();
        let a = Array2::<f64, 1000, 100, ColMajor>::random_boxed(&mut rng, normal);
        let n = a.size() as f64;
        let mean = a.iter().sum::<f64>() / n;
        let std = (a.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
        // 100,000 draws: the mean within 0.005 (3 standard errors of 0.0016).
        assert!((mean - 5.0).abs() < 0.005, "mean {mean}");
        assert!((std - 0.5).abs() < 0.005, "std {std}");
        let dice = Array2::<u8, 40, 50>::random(&mut rng, Uniform::new_inclusive(1u8, 6).unwrap());
        assert!(dice.iter().all(|d| (1..=6).contains(d)));
        for face in 1..=6 {
            let count = dice.iter().filter(|&&d| d == face).count();
            assert!((250..420).contains(&count), "face {face}: {count} of 2000");
        }
    }

    /// The `rand` methods are the generator's own: 64-bit and buffered
    /// 32-bit draws, and bytes as little-endian 64-bit draws.
    #[test]
    fn the_generator_is_a_rand_rng() {
        let (mut rng, mut twin) = (Generator::new(1), Generator::new(1));
        assert_eq!(Rng::next_u64(&mut rng), twin.next_u64());
        assert_eq!(Rng::next_u32(&mut rng), twin.next_u32());
        assert_eq!(Rng::next_u32(&mut rng), twin.next_u32());
        let mut bytes = [0u8; 12];
        rng.fill_bytes(&mut bytes);
        let (a, b) = (twin.next_u64().to_le_bytes(), twin.next_u64().to_le_bytes());
        assert_eq!(bytes[..8], a);
        assert_eq!(bytes[8..], b[..4]);
        let roll: i64 = rng.random_range(1..=6);
        assert!((1..=6).contains(&roll));
    }
}
