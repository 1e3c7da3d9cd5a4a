//! Zero-filled arrays, proven sound type by type.
//!
//! The invariant: a type implements [`ZeroValid`] only if the all-zero bit
//! pattern is a valid value of it. Each `unsafe impl` below says why, so
//! adding an element type without such a proof does not compile (the
//! zeroing paths and [`Element`](crate::Element) require it), as zerocopy's
//! `FromZeros` does.

use core::mem::MaybeUninit;
#[cfg(feature = "std")]
use core::mem::{align_of, size_of};

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

/// One `unsafe impl ZeroValid` per type of the dtype table, with the
/// proof for its kind; a kind without an arm here does not compile.
macro_rules! zero_valid {
    ($($t:ident $kind:tt $numpy:tt;)*) => {$(zero_valid!(@ $kind $t);)*};
    (@ 'b' $t:ident) => {
        // SAFETY: `false` is represented as the byte 0.
        unsafe impl ZeroValid for $t {}
    };
    (@ 'i' $t:ident) => {
        // SAFETY: every bit pattern of a signed integer is a valid one;
        // all zeros is 0.
        unsafe impl ZeroValid for $t {}
    };
    (@ 'u' $t:ident) => {
        // SAFETY: every bit pattern of an unsigned integer is a valid one;
        // all zeros is 0.
        unsafe impl ZeroValid for $t {}
    };
    (@ 'f' $t:ident) => {
        // SAFETY: every bit pattern of an IEEE 754 float is a valid float;
        // all zeros is +0.0.
        unsafe impl ZeroValid for $t {}
    };
}

crate::element::for_each_dtype!(zero_valid);
// SAFETY: `f16` is `repr(transparent)` over a `u16` (the `half` crate's
// definition), any bits of which are a binary16 value; all zeros is +0.0.
#[cfg(feature = "half")]
unsafe impl ZeroValid for crate::element::f16 {}
// SAFETY: as for `f16`: all-zero bits are the bfloat16 +0.0.
#[cfg(feature = "half")]
unsafe impl ZeroValid for crate::element::bf16 {}
// SAFETY: `Complex<f32>` is `repr(C)` over two `f32`s (the `num-complex`
// crate's definition), any bits of which are floats; all zeros is 0+0j.
#[cfg(feature = "num-complex")]
unsafe impl ZeroValid for crate::element::Complex<f32> {}
// SAFETY: as for `Complex<f32>`, over two `f64`s.
#[cfg(feature = "num-complex")]
unsafe impl ZeroValid for crate::element::Complex<f64> {}
// SAFETY: `MaybeUninit` is valid with any bytes at all.
unsafe impl<T: crate::element::Stored> ZeroValid for MaybeUninit<T> {}

impl<T: ZeroValid, S: Shape, O: Order> Array<T, S, O> {
    /// Whether [`read_zero_buffer`](Self::read_zero_buffer) can make this
    /// type: at most [`ZERO_BUFFER_BYTES`], aligned at most as the buffer.
    #[cfg(feature = "std")]
    pub(crate) const fn fits_zero_buffer() -> bool {
        size_of::<Self>() <= ZERO_BUFFER_BYTES && align_of::<Self>() <= ZERO_BUFFER_ALIGN
    }

    /// An all-zero `Self` copied out of static memory, straight into the
    /// destination even in a debug build (`ptr::read` is one copy of a
    /// place), where `zeroed()` at run time makes a temporary and moves it
    /// twice, so that a 6 MB canvas overflowed an 8 MiB stack. One buffer
    /// serves every type. Panics unless
    /// [`fits_zero_buffer`](Self::fits_zero_buffer). With `std` only: a
    /// debug build then carries the 8 MiB buffer in `.rodata` (read in
    /// `const` evaluation too, so it cannot be `.bss`), which a hosted
    /// program affords and a microcontroller's flash would not.
    #[cfg(feature = "std")]
    pub(crate) const fn read_zero_buffer() -> Self {
        let () = Self::LAYOUT;
        assert!(
            Self::fits_zero_buffer(),
            "the type does not fit the zero buffer"
        );
        // SAFETY: the buffer holds `ZERO_BUFFER_BYTES >= size_of::<Self>()`
        // zero bytes (checked above), aligned to `ZERO_BUFFER_ALIGN >=
        // align_of::<Self>()`; all-zero bits are a valid `Self` (`T:
        // ZeroValid`, and by LAYOUT `Self` is nothing but `S::SIZE` such
        // elements); the static is never written, and reading copies it.
        unsafe { core::ptr::read(core::ptr::from_ref(&ZERO_BUFFER).cast::<Self>()) }
    }

    /// Every element zero; usable in `const` items and free of any loop.
    pub(crate) const fn zeroed() -> Self {
        let () = Self::LAYOUT;
        // SAFETY: `T: ZeroValid`, so all-zero bits are a valid `T`, and by
        // LAYOUT `Self` is nothing but `S::SIZE` such elements.
        unsafe { MaybeUninit::<Self>::zeroed().assume_init() }
    }
}

/// The size of the shared zero buffer: the largest array a default 8 MiB
/// stack could hold by value.
#[cfg(feature = "std")]
const ZERO_BUFFER_BYTES: usize = 8 << 20;
/// Its alignment, above every element type's.
#[cfg(feature = "std")]
const ZERO_BUFFER_ALIGN: usize = 64;

/// Zero bytes, read (never written) by `read_zero_buffer`.
#[cfg(feature = "std")]
#[repr(C, align(64))]
struct ZeroBuffer([u8; ZERO_BUFFER_BYTES]);

#[cfg(feature = "std")]
static ZERO_BUFFER: ZeroBuffer = ZeroBuffer([0; ZERO_BUFFER_BYTES]);
