//! Zero-filled arrays, proven sound type by type.
//!
//! The invariant: a type implements [`ZeroValid`] only if the all-zero bit
//! pattern is a valid value of it. Each `unsafe impl` below says why, so
//! adding an element type without such a proof does not compile (the
//! zeroing paths and [`Element`](crate::Element) require it), as zerocopy's
//! `FromZeros` does.

use core::mem::MaybeUninit;

use crate::array::Array;
use crate::order::Order;
use crate::shape::Shape;

/// Types whose all-zero bit pattern is a valid value.
///
/// # Safety
///
/// Implement only for types for which every byte being 0 is a valid,
/// initialised value (as for the integers, the floats and `bool`).
pub unsafe trait ZeroValid: crate::element::Stored {}

// SAFETY: `false` is represented as the byte 0.
unsafe impl ZeroValid for bool {}
// SAFETY: every bit pattern of an integer is a valid integer; zero is 0.
unsafe impl ZeroValid for i8 {}
// SAFETY: as for `i8`.
unsafe impl ZeroValid for i16 {}
// SAFETY: as for `i8`.
unsafe impl ZeroValid for i32 {}
// SAFETY: as for `i8`.
unsafe impl ZeroValid for i64 {}
// SAFETY: as for `i8`.
unsafe impl ZeroValid for u8 {}
// SAFETY: as for `i8`.
unsafe impl ZeroValid for u16 {}
// SAFETY: as for `i8`.
unsafe impl ZeroValid for u32 {}
// SAFETY: as for `i8`.
unsafe impl ZeroValid for u64 {}
// SAFETY: as for `i8`.
unsafe impl ZeroValid for usize {}
// SAFETY: every bit pattern of an IEEE 754 float is a valid float; all
// zeros is +0.0.
unsafe impl ZeroValid for f32 {}
// SAFETY: as for `f32`.
unsafe impl ZeroValid for f64 {}
// SAFETY: `MaybeUninit` is valid with any bytes at all.
unsafe impl<T: crate::element::Stored> ZeroValid for MaybeUninit<T> {}

impl<T: ZeroValid, S: Shape, O: Order> Array<T, S, O> {
    /// Every element zero, as a constant: returning it copies it once,
    /// straight into the caller's slot, even in a debug build (where
    /// `zeroed()` at run time makes a temporary and moves it twice, and a
    /// 6 MB canvas overflows an 8 MiB stack).
    pub(crate) const ZEROED: Self = Self::zeroed();

    /// Every element zero; usable in `const` items and free of any loop.
    pub(crate) const fn zeroed() -> Self {
        let () = Self::LAYOUT;
        // SAFETY: `T: ZeroValid`, so all-zero bits are a valid `T`, and by
        // LAYOUT `Self` is nothing but `S::SIZE` such elements.
        unsafe { MaybeUninit::<Self>::zeroed().assume_init() }
    }
}
