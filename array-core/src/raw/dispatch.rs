//! Loops run in a copy compiled for the widest vector unit the CPU has.
//!
//! The invariant: a function compiled with `#[target_feature]` is called
//! only after the running CPU was checked for that feature. Builds with
//! default flags target only SSE2 on x86-64; this recovers AVX-512F and
//! AVX2 at run time, chosen per call by cached feature detection, as NumPy
//! does. Elsewhere (other architectures, no `std`, Miri) the loop runs as
//! compiled. The loops themselves, and how they are split, are safe code in
//! `crate::loops`.
//!
//! The environment variable `SHAPED_SIMD`, read once, caps the choice (a
//! benchmarking aid, like NumPy's `NPY_DISABLE_CPU_FEATURES`): `avx2` never
//! takes the AVX-512 copies, `sse2` (or `baseline`) takes none, so the
//! slower machines' paths can be timed on a fast one. A cap only ever
//! removes features: what the CPU lacks is never taken.

/// Loops shorter than this run as compiled: the wide path's setup and the
/// feature check would cost more than they save.
pub(crate) const WIDE_FROM: usize = 4096;

/// How far the run-time dispatch may go, from `SHAPED_SIMD`.
#[cfg(any(test, all(feature = "std", target_arch = "x86_64")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Cap {
    /// The build's own target features only (SSE2 on x86-64).
    Baseline,
    /// AVX and AVX2 (and the FMA-free AVX copies), no AVX-512.
    Avx2,
    /// Everything the CPU has.
    Any,
}

#[cfg(any(test, all(feature = "std", target_arch = "x86_64")))]
impl Cap {
    /// The cap a value of `SHAPED_SIMD` names; anything else (unset, empty,
    /// `native`, unknown) caps nothing.
    pub(crate) fn parse(value: &str) -> Cap {
        let value = value.trim();
        let is = |names: &[&str]| names.iter().any(|name| value.eq_ignore_ascii_case(name));
        if is(&["sse2", "baseline", "none"]) {
            Cap::Baseline
        } else if is(&["avx2", "avx"]) {
            Cap::Avx2
        } else {
            Cap::Any
        }
    }
}

/// The cap of this process, read from `SHAPED_SIMD` on first use.
#[cfg(all(feature = "std", target_arch = "x86_64"))]
pub(crate) fn cap() -> Cap {
    use core::sync::atomic::{AtomicU8, Ordering};
    // 0: not read yet; otherwise 1 + the cap's position.
    static CAP: AtomicU8 = AtomicU8::new(0);
    const CAPS: [Cap; 3] = [Cap::Baseline, Cap::Avx2, Cap::Any];
    match CAP.load(Ordering::Relaxed) {
        0 => {
            let cap = std::env::var("SHAPED_SIMD").map_or(Cap::Any, |v| Cap::parse(&v));
            let code = CAPS.iter().position(|&c| c == cap).unwrap_or(2) as u8 + 1;
            CAP.store(code, Ordering::Relaxed);
            cap
        }
        code => CAPS[usize::from(code - 1).min(2)],
    }
}

/// Whether AVX-512F copies may run: the CPU has it and no cap forbids it.
#[cfg(all(feature = "std", target_arch = "x86_64"))]
#[inline]
pub(crate) fn avx512f() -> bool {
    std::is_x86_feature_detected!("avx512f") && cap() >= Cap::Any
}

/// Whether AVX2 copies may run.
#[cfg(all(feature = "std", target_arch = "x86_64"))]
#[inline]
pub(crate) fn avx2() -> bool {
    std::is_x86_feature_detected!("avx2") && cap() >= Cap::Avx2
}

/// Whether AVX copies may run.
#[cfg(all(feature = "std", target_arch = "x86_64"))]
#[inline]
pub(crate) fn avx() -> bool {
    std::is_x86_feature_detected!("avx") && cap() >= Cap::Avx2
}

/// Runs `kernel`, a loop over `len` elements, inlined into a copy compiled
/// for the widest vector unit the CPU has, when `len` is long enough to pay
/// for the check.
#[inline(always)]
pub(crate) fn widest<R>(len: usize, kernel: impl FnOnce() -> R) -> R {
    #[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
    if len >= WIDE_FROM {
        if avx512f() {
            // SAFETY: the running CPU has AVX-512F (checked by `avx512f`),
            // the only precondition of calling a function compiled for it.
            return unsafe { avx512_copy(kernel) };
        }
        if avx2() {
            // SAFETY: the running CPU has AVX2 (checked by `avx2`).
            return unsafe { avx2_copy(kernel) };
        }
    }
    #[cfg(not(all(feature = "std", target_arch = "x86_64", not(miri))))]
    let _ = len;
    kernel()
}

#[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
#[target_feature(enable = "avx512f")]
fn avx512_copy<R>(kernel: impl FnOnce() -> R) -> R {
    kernel()
}

#[cfg(all(feature = "std", target_arch = "x86_64", not(miri)))]
#[target_feature(enable = "avx2")]
fn avx2_copy<R>(kernel: impl FnOnce() -> R) -> R {
    kernel()
}

#[cfg(test)]
mod tests {
    use super::Cap;

    #[test]
    fn cap_names() {
        assert_eq!(Cap::parse("avx2"), Cap::Avx2);
        assert_eq!(Cap::parse(" AVX2\n"), Cap::Avx2);
        assert_eq!(Cap::parse("sse2"), Cap::Baseline);
        assert_eq!(Cap::parse("baseline"), Cap::Baseline);
        assert_eq!(Cap::parse(""), Cap::Any);
        assert_eq!(Cap::parse("avx512"), Cap::Any);
        assert!(Cap::Baseline < Cap::Avx2 && Cap::Avx2 < Cap::Any);
    }
}
