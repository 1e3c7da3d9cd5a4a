//! Loops run in a copy compiled for the widest vector unit the CPU has.
//!
//! The invariant: a function compiled with `#[target_feature]` is called
//! only after the running CPU was checked for that feature. Builds with
//! default flags target only SSE2 on x86-64; this recovers AVX-512F and
//! AVX2 at run time, chosen per call by cached feature detection, as NumPy
//! does. Elsewhere (other architectures, no `std`, Miri) the loop runs as
//! compiled. The loops themselves, and how they are split, are safe code in
//! `crate::loops`.

/// Loops shorter than this run as compiled: the wide path's setup and the
/// feature check would cost more than they save.
pub(crate) const WIDE_FROM: usize = 4096;

/// Runs `kernel`, a loop over `len` elements, inlined into a copy compiled
/// for the widest vector unit the CPU has, when `len` is long enough to pay
/// for the check.
#[inline(always)]
pub(crate) fn widest<R>(len: usize, kernel: impl FnOnce() -> R) -> R {
    #[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
    if len >= WIDE_FROM {
        if std::is_x86_feature_detected!("avx512f") {
            // SAFETY: the running CPU has AVX-512F (checked just above),
            // the only precondition of calling a function compiled for it.
            return unsafe { avx512(kernel) };
        }
        if std::is_x86_feature_detected!("avx2") {
            // SAFETY: the running CPU has AVX2 (checked just above).
            return unsafe { avx2(kernel) };
        }
    }
    #[cfg(not(all(feature = "std", target_arch = "x86_64", not(miri))))]
    let _ = len;
    kernel()
}

#[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
#[target_feature(enable = "avx512f")]
fn avx512<R>(kernel: impl FnOnce() -> R) -> R {
    kernel()
}

#[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
#[target_feature(enable = "avx2")]
fn avx2<R>(kernel: impl FnOnce() -> R) -> R {
    kernel()
}
