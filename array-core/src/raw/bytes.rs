//! Arrays as bytes, NumPy's `a.tobytes()` without a copy and `.npy` data
//! read straight into an array.
//!
//! The invariants: every element type is plain data with no padding, so
//! its bytes can always be read (`as_bytes`); and a type implements
//! [`AnyBits`] only if *every* bit pattern is a valid value (the integers
//! and the floats, not `bool`), so only those arrays can be written as
//! bytes (`as_bytes_mut`).

use core::mem::{MaybeUninit, size_of, size_of_val};
use core::{ptr, slice};

use crate::array::Array;
use crate::element::Element;
use crate::order::Order;
use crate::shape::Shape;

/// Element types for which every bit pattern is a valid value.
///
/// # Safety
///
/// Implement only for types with no padding and no invalid bit patterns.
pub unsafe trait AnyBits: Element {}

impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    /// The elements' bytes in memory order, NumPy's `a.tobytes(order='A')`
    /// without a copy (native byte order).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let a = Array1::<u16, 2>::from([1, 0x0302]);
    /// # #[cfg(target_endian = "little")]
    /// assert_eq!(a.as_bytes(), &[1, 0, 2, 3]);
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        bytes_of(self.as_slice())
    }
}

/// The bytes of `elements`, in native byte order, without a copy.
pub(crate) fn bytes_of<T: Element>(elements: &[T]) -> &[u8] {
    // SAFETY: the elements are initialised plain data with no padding
    // (every `Element` is `bool`, an integer or a float), so each of their
    // `size_of_val` bytes is initialised; `u8` has alignment 1; the borrow
    // of `elements` carries over.
    unsafe { slice::from_raw_parts(elements.as_ptr().cast::<u8>(), size_of_val(elements)) }
}

impl<T: AnyBits, S: Shape, O: Order> Array<T, S, O> {
    /// The elements' bytes, mutably: for the integers and the floats, whose
    /// every bit pattern is a value (not for `bool`).
    ///
    /// ```
    /// # use shaped_core as shaped;
    /// use shaped::Array1;
    /// let mut a = Array1::<u32, 1>::zeros();
    /// a.as_bytes_mut().copy_from_slice(&7u32.to_ne_bytes());
    /// assert_eq!(a[0], 7);
    /// ```
    pub fn as_bytes_mut(&mut self) -> &mut [u8] {
        let elements = self.as_mut_slice();
        let len = size_of_val(elements);
        // SAFETY: as in `as_bytes`; and any bytes written through the slice
        // leave valid elements, since every bit pattern of `T` is one
        // (`AnyBits`). The unique borrow of `self` carries over.
        unsafe { slice::from_raw_parts_mut(elements.as_mut_ptr().cast::<u8>(), len) }
    }
}

/// Every element type's bytes, writable where every bit pattern is a value
/// (a supertrait of [`Element`], sealed with it).
pub trait ElementBytes: Sized {
    /// The slice's bytes, writable, when every bit pattern of `Self` is a
    /// value; `None` for `bool`.
    #[doc(hidden)]
    fn bytes_mut(elements: &mut [Self]) -> Option<&mut [u8]>;
}

/// `AnyBits` (with its proof) and `ElementBytes` for each type of the
/// dtype table, by kind; a kind without an arm here does not compile.
macro_rules! element_bytes {
    ($($t:ident $kind:tt $numpy:tt;)*) => {$(element_bytes!(@ $kind $t);)*};
    (@ 'b' $t:ident) => {
        impl ElementBytes for $t {
            fn bytes_mut(_: &mut [Self]) -> Option<&mut [u8]> {
                // Only 0 and 1 are `bool`s: bytes must be checked one by one.
                None
            }
        }
    };
    (@ 'i' $t:ident) => {
        // SAFETY: every bit pattern of a signed integer is a valid one, and
        // the integer types have no padding.
        unsafe impl AnyBits for $t {}
        element_bytes!(@any_bits $t);
    };
    (@ 'u' $t:ident) => {
        // SAFETY: every bit pattern of an unsigned integer is a valid one,
        // and the integer types have no padding.
        unsafe impl AnyBits for $t {}
        element_bytes!(@any_bits $t);
    };
    (@ 'f' $t:ident) => {
        // SAFETY: every bit pattern of an IEEE 754 binary32 or binary64 is
        // a float (some are NaNs); no padding.
        unsafe impl AnyBits for $t {}
        element_bytes!(@any_bits $t);
    };
    (@any_bits $t:ty) => {
        impl ElementBytes for $t {
            fn bytes_mut(elements: &mut [Self]) -> Option<&mut [u8]> {
                let len = size_of_val(elements);
                // SAFETY: as in `as_bytes_mut`: `$t` is `AnyBits` (its impl
                // is beside this one), so any bytes written leave values.
                Some(unsafe { slice::from_raw_parts_mut(elements.as_mut_ptr().cast::<u8>(), len) })
            }
        }
    };
}

crate::element::for_each_dtype!(element_bytes);

/// The half types (feature `half`): `AnyBits` and `ElementBytes`.
#[cfg(feature = "half")]
mod half {
    use super::{AnyBits, ElementBytes, size_of_val, slice};
    use crate::element::{bf16, f16};

    // SAFETY: `f16` and `bf16` are `repr(transparent)` over a `u16` (the
    // `half` crate's definition): no padding, and every bit pattern is an
    // IEEE 754 binary16 or a bfloat16 (some are NaNs).
    unsafe impl AnyBits for f16 {}
    // SAFETY: as for `f16`.
    unsafe impl AnyBits for bf16 {}
    element_bytes!(@any_bits f16);
    element_bytes!(@any_bits bf16);
}

/// The complex types (feature `num-complex`): `AnyBits` and `ElementBytes`.
#[cfg(feature = "num-complex")]
mod complex {
    use super::{AnyBits, ElementBytes, size_of_val, slice};
    use crate::element::Complex;

    // SAFETY: `Complex<f32>` is `repr(C)` over two `f32`s (the
    // `num-complex` crate's definition): 8 bytes, no padding, and every
    // bit pattern of each part is a float.
    unsafe impl AnyBits for Complex<f32> {}
    // SAFETY: as for `Complex<f32>`, with two `f64`s: 16 bytes, no padding.
    unsafe impl AnyBits for Complex<f64> {}
    element_bytes!(@any_bits Complex<f32>);
    element_bytes!(@any_bits Complex<f64>);
}

impl<T: Element, S: Shape, O: Order> Array<T, S, O> {
    /// The array whose elements are `bytes[offset..]` in memory order, each
    /// byte-swapped when `swap` (a complex number part by part): what `include_npy!` expands to, usable in
    /// `const` and `static` items. Not public API.
    ///
    /// # Panics
    ///
    /// If `bytes` is too short, or a `bool` byte is neither 0 nor 1 (in a
    /// `const` item: a compile error).
    #[doc(hidden)]
    pub const fn __from_npy_bytes(bytes: &[u8], offset: usize, swap: bool) -> Self {
        let () = Self::LAYOUT;
        let (len, itemsize) = (Self::NBYTES, size_of::<T>());
        // The unit of the byte order: a complex number's parts.
        let unit = if T::DTYPE.kind() == 'c' {
            itemsize / 2
        } else {
            itemsize
        };
        if bytes.len() < offset || bytes.len() - offset < len {
            panic!("the .npy data is shorter than the array");
        }
        if T::DTYPE.kind() == 'b' {
            let mut i = 0;
            while i < len {
                if bytes[offset + i] > 1 {
                    panic!("a bool element of the .npy data is neither 0 nor 1");
                }
                i += 1;
            }
        }
        let mut out = MaybeUninit::<Self>::uninit();
        let dst = out.as_mut_ptr().cast::<u8>();
        // SAFETY: `bytes[offset..offset + len]` is in bounds (checked above)
        // and `out` has `len` bytes (LAYOUT: `NBYTES`, no padding); they do
        // not overlap (`out` is a fresh local).
        unsafe { ptr::copy_nonoverlapping(bytes.as_ptr().add(offset), dst, len) };
        if swap {
            let mut element = 0;
            while element < len {
                let (mut a, mut b) = (element, element + unit - 1);
                while a < b {
                    // SAFETY: `a < b < len`: both bytes are inside `out`.
                    unsafe { ptr::swap(dst.add(a), dst.add(b)) };
                    a += 1;
                    b -= 1;
                }
                element += unit;
            }
        }
        // SAFETY: every byte of `out` was written. For `bool` each byte is 0
        // or 1 (checked above), a valid `bool`; every other element type
        // takes any bit pattern (the integers and the floats).
        unsafe { out.assume_init() }
    }
}

// SAFETY: an array of zero-able elements is zero-able: by LAYOUT it is
// nothing but `S::SIZE` such elements (`repr(transparent)` over a nested
// array, the other field a zero-sized `PhantomData`).
#[cfg(feature = "bytemuck")]
unsafe impl<T: Element + bytemuck::Zeroable, S: Shape, O: Order> bytemuck::Zeroable
    for Array<T, S, O>
{
}

// SAFETY: `Pod` needs `Copy`, `'static`, no padding and every bit pattern
// valid: by LAYOUT the array is `S::SIZE` `Pod` elements back to back with
// no padding, so every bit pattern of it is one of theirs; `S` and `O` are
// `'static` markers, and the bound asks for `Copy`.
#[cfg(feature = "bytemuck")]
unsafe impl<T: Element + bytemuck::Pod, S: Shape, O: Order> bytemuck::Pod for Array<T, S, O> where
    Array<T, S, O>: Copy
{
}
