//! The inner loop of NumPy's pairwise sum in explicit vector registers:
//! four leaves, each with NumPy's eight partial sums, advanced one chunk of
//! eight values per step (`crate::pairwise` has the algorithm; this is
//! only its hot loop).
//!
//! The fact it rests on: every load reads one `[T; 8]` chunk through a
//! reference to it (64 or 32 readable bytes; unaligned loads), every store
//! writes one `[T; 8]` through a mutable reference, and a function compiled
//! for AVX or AVX-512F runs only after the CPU was checked for it. Lane `k`
//! of a leaf's registers adds element `k` of each chunk, in chunk order: the
//! same additions in the same order as the portable loop, so the same bits
//! (tested against it, and against NumPy's sums in `tests/it/reductions.rs`;
//! CI runs the AVX version under Miri, built with AVX enabled, and the
//! AVX-512 one under AddressSanitizer).

use core::ops::{Add, AddAssign};

/// NumPy's eight partial sums of each of four leaves, combined as NumPy
/// combines them: `chunks[g]` are leaf `g`'s whole chunks of eight (at
/// least one each); lane `k` starts at chunk 0's element `k` and adds
/// element `k` of every later chunk in order; the result is
/// `((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))` per leaf. The leaves'
/// chunks advance in lockstep while all have one, then each finishes alone.
#[inline]
pub(crate) fn four_leaves_f64(chunks: [&[[f64; 8]]; 4]) -> [f64; 4] {
    #[cfg(all(feature = "std", target_arch = "x86_64"))]
    {
        if super::dispatch::avx512f() {
            // SAFETY: the CPU has AVX-512F, checked just above.
            return unsafe { x86::f64_avx512(chunks) };
        }
        if super::dispatch::avx() {
            // SAFETY: the CPU has AVX, checked just above.
            return unsafe { x86::f64_avx(chunks) };
        }
    }
    portable(chunks)
}

/// [`four_leaves_f64`] for `f32`: one 256-bit register per leaf.
#[inline]
pub(crate) fn four_leaves_f32(chunks: [&[[f32; 8]]; 4]) -> [f32; 4] {
    #[cfg(all(feature = "std", target_arch = "x86_64"))]
    if super::dispatch::avx() {
        // SAFETY: the CPU has AVX, checked just above.
        return unsafe { x86::f32_avx(chunks) };
    }
    portable(chunks)
}

/// NumPy's combination of a leaf's eight partial sums.
#[inline(always)]
fn combine<T: Copy + Add<Output = T>>(r: [T; 8]) -> T {
    ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
}

/// The loop as written, for every other CPU (and Miri): the reference the
/// register versions are tested against.
fn portable<T: Copy + Add<Output = T> + AddAssign>(chunks: [&[[T; 8]]; 4]) -> [T; 4] {
    chunks.map(|leaf| {
        let mut r = leaf[0];
        for chunk in &leaf[1..] {
            for k in 0..8 {
                r[k] += chunk[k];
            }
        }
        combine(r)
    })
}

#[cfg(all(feature = "std", target_arch = "x86_64"))]
mod x86 {
    use core::arch::x86_64::*;

    use super::combine;

    /// Four leaves' whole chunks of eight.
    type Leaves<'a, T> = [&'a [[T; 8]]; 4];

    /// The chunks after the first of each leaf, cut to the shortest's
    /// count, and each leaf's chunks beyond that count.
    #[inline(always)]
    fn lockstep_parts<T>(chunks: Leaves<'_, T>) -> (Leaves<'_, T>, Leaves<'_, T>) {
        let common = chunks.iter().map(|c| c.len()).min().unwrap_or(0).max(1);
        (chunks.map(|c| &c[1..common]), chunks.map(|c| &c[common..]))
    }

    /// A kernel compiled for `$feature`: each leaf's eight partial sums in
    /// registers of type `$reg`, loaded from a chunk by `$load`, added by
    /// `$add`, written back to an array `$lanes` by `$store`.
    macro_rules! kernel {
        ($(#[$doc:meta])* $name:ident, $feature:literal, $t:ty, $reg:ty,
         load |$c:ident| $load:expr, add |$x:ident, $y:ident| $add:expr,
         store |$v:ident, $lanes:ident| $store:expr) => {
            $(#[$doc])*
            #[target_feature(enable = $feature)]
            pub(super) fn $name(chunks: [&[[$t; 8]]; 4]) -> [$t; 4] {
                let load = |$c: &[$t; 8]| -> $reg { $load };
                let add = |$x: $reg, $y: $reg| -> $reg { $add };
                let mut acc = chunks.map(|c| load(&c[0]));
                let ([b0, b1, b2, b3], rest) = lockstep_parts(chunks);
                for (((c0, c1), c2), c3) in b0.iter().zip(b1).zip(b2).zip(b3) {
                    acc = [
                        add(acc[0], load(c0)),
                        add(acc[1], load(c1)),
                        add(acc[2], load(c2)),
                        add(acc[3], load(c3)),
                    ];
                }
                let mut out = [0.0; 4];
                for g in 0..4 {
                    for c in rest[g] {
                        acc[g] = add(acc[g], load(c));
                    }
                    let ($v, mut $lanes) = (acc[g], [0.0; 8]);
                    $store;
                    out[g] = combine($lanes);
                }
                out
            }
        };
    }

    kernel!(
        /// One `zmm` register of eight `f64` per leaf.
        f64_avx512, "avx512f", f64, __m512d,
        // SAFETY: the pointer comes from a reference to a whole `[f64; 8]`,
        // 64 bytes; `loadu` needs no alignment.
        load |c| unsafe { _mm512_loadu_pd(c.as_ptr()) },
        add |x, y| _mm512_add_pd(x, y),
        // SAFETY: `r` is a whole `[f64; 8]`, 64 writable bytes.
        store |v, r| unsafe { _mm512_storeu_pd(r.as_mut_ptr(), v) }
    );

    kernel!(
        /// Two `ymm` registers of four `f64` per leaf: lanes 0-3 and 4-7.
        f64_avx, "avx", f64, [__m256d; 2],
        // SAFETY: each pointer is the start or the middle of a referenced
        // `[f64; 8]`, with 32 bytes after it.
        load |c| unsafe { [_mm256_loadu_pd(c.as_ptr()), _mm256_loadu_pd(c.as_ptr().add(4))] },
        add |x, y| [_mm256_add_pd(x[0], y[0]), _mm256_add_pd(x[1], y[1])],
        // SAFETY: both pointers are in `r`, a `[f64; 8]`, with 32 writable
        // bytes after each.
        store |v, r| unsafe {
            _mm256_storeu_pd(r.as_mut_ptr(), v[0]);
            _mm256_storeu_pd(r.as_mut_ptr().add(4), v[1]);
        }
    );

    kernel!(
        /// One `ymm` register of eight `f32` per leaf.
        f32_avx, "avx", f32, __m256,
        // SAFETY: the pointer comes from a reference to a whole `[f32; 8]`,
        // 32 bytes.
        load |c| unsafe { _mm256_loadu_ps(c.as_ptr()) },
        add |x, y| _mm256_add_ps(x, y),
        // SAFETY: `r` is a whole `[f32; 8]`, 32 writable bytes.
        store |v, r| unsafe { _mm256_storeu_ps(r.as_mut_ptr(), v) }
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    fn leaves<T>(d: &[[T; 8]], lens: [usize; 4]) -> [&[[T; 8]]; 4] {
        let mut start = 0;
        lens.map(|n| {
            start += n;
            &d[start - n..start]
        })
    }

    /// The register versions add exactly what the portable loop adds, for
    /// equal and unequal leaves.
    #[test]
    fn registers_match_the_portable_loop() {
        #[cfg(all(target_arch = "x86_64", target_feature = "avx"))]
        assert!(
            std::is_x86_feature_detected!("avx"),
            "the AVX path is taken"
        );
        for lens in [
            [1, 1, 1, 1],
            [2, 2, 2, 2],
            [16, 16, 16, 16],
            [15, 16, 16, 15],
            [8, 9, 1, 16],
        ] {
            let total: usize = lens.iter().sum();
            let data: Vec<[f64; 8]> = (0..total)
                .map(|c| core::array::from_fn(|k| ((c * 8 + k) as f64 * 0.37).sin() * 1e3))
                .collect();
            let fast = four_leaves_f64(leaves(&data, lens));
            let slow = portable(leaves(&data, lens));
            assert_eq!(fast.map(f64::to_bits), slow.map(f64::to_bits), "{lens:?}");
            // Each register version the CPU has, whatever `SHAPED_SIMD` caps.
            #[cfg(all(feature = "std", target_arch = "x86_64"))]
            {
                if std::is_x86_feature_detected!("avx512f") {
                    // SAFETY: the CPU has AVX-512F, checked just above.
                    let wide = unsafe { x86::f64_avx512(leaves(&data, lens)) };
                    assert_eq!(wide.map(f64::to_bits), slow.map(f64::to_bits), "{lens:?}");
                }
                if std::is_x86_feature_detected!("avx") {
                    // SAFETY: the CPU has AVX, checked just above.
                    let wide = unsafe { x86::f64_avx(leaves(&data, lens)) };
                    assert_eq!(wide.map(f64::to_bits), slow.map(f64::to_bits), "{lens:?}");
                }
            }
            let data: Vec<[f32; 8]> = data.iter().map(|c| c.map(|x| x as f32)).collect();
            let fast = four_leaves_f32(leaves(&data, lens));
            let slow = portable(leaves(&data, lens));
            assert_eq!(fast.map(f32::to_bits), slow.map(f32::to_bits), "{lens:?}");
            #[cfg(all(feature = "std", target_arch = "x86_64"))]
            if std::is_x86_feature_detected!("avx") {
                // SAFETY: the CPU has AVX, checked just above.
                let wide = unsafe { x86::f32_avx(leaves(&data, lens)) };
                assert_eq!(wide.map(f32::to_bits), slow.map(f32::to_bits), "{lens:?}");
            }
        }
    }
}
