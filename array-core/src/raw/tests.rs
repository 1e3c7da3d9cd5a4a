//! Tests of the unsafe primitives, run natively and under Miri in CI.
//!
//! `Owning` is an element type that owns heap memory, allowed here only
//! (the element set is closed to users): under Miri it turns any double
//! ownership, use after free or leak-then-read in the owned re-typing paths
//! into an error.

use crate::{Array2, Array3, ColMajor};
use core::mem::MaybeUninit;

#[test]
fn flat_views_cover_every_element() {
    let mut a = Array3::<u16, 2, 3, 4>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as u16);
    assert_eq!(a.as_slice().len(), 24);
    assert_eq!(a.as_slice()[23], 123);
    a.as_mut_slice()[0] = 7;
    assert_eq!(a[[0, 0, 0]], 7);
}

#[test]
fn slice_casts_check_length() {
    let flat = [1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0];
    let a = Array2::<f32, 2, 3>::ref_from_slice(&flat).unwrap();
    assert_eq!(a[[1, 0]], 4.0);
    assert!(Array2::<f32, 2, 2>::ref_from_slice(&flat).is_none());
    let mut flat = flat;
    let m = Array2::<f32, 3, 2, ColMajor>::mut_from_slice(&mut flat).unwrap();
    m[[0, 1]] = 40.0;
    assert_eq!(flat[3], 40.0);
}

#[test]
fn nested_views_alias_the_parent() {
    let mut a = Array3::<u8, 2, 2, 3>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as u8);
    let plane: &Array2<u8, 2, 3> = a.outer_block(1).unwrap();
    assert_eq!(plane[[1, 2]], 112);
    assert!(a.outer_block(2).is_none());
    let row: &mut Array2<u8, 2, 3> = a.outer_block_mut(0).unwrap();
    row[[0, 0]] = 255;
    row.as_mut_slice()[5] = 254;
    assert_eq!(a.as_slice()[..6], [255, 1, 2, 10, 11, 254]);
    // Through the public Index impls, reads and writes at every depth.
    a[1][0][2] = 7;
    assert_eq!(a[[1, 0, 2]], 7);
}

#[test]
fn filled_zeroed_and_uninit() {
    const F: Array2<i8, 2, 3> = Array2::filled(-3);
    assert!(F.iter().all(|&x| x == -3));
    const Z: Array2<f64, 2, 3> = Array2::zeroed();
    assert!(Z.iter().all(|&x| x.to_bits() == 0));
    let mut u = Array2::<bool, 2, 2>::uninit();
    for slot in u.as_mut_slice() {
        slot.write(true);
    }
    // SAFETY: every element was written just above.
    let u = unsafe { u.assume_init() };
    assert!(u.iter().all(|&b| b));
}

#[test]
fn panicking_fill_leaks_nothing_it_should_not() {
    let result = std::panic::catch_unwind(|| {
        Array2::<u64, 3, 3>::from_fn(|[i, j]| if i == 2 && j == 1 { panic!("stop") } else { 1 })
    });
    assert!(result.is_err());
}

#[cfg(feature = "alloc")]
#[test]
fn boxed_primitives() {
    let z = Array3::<f32, 4, 5, 6>::boxed_zeroed();
    assert!(z.iter().all(|&x| x == 0.0));
    let b = Array2::<u32, 3, 3>::boxed_from_flat_fn(|i| i as u32);
    assert_eq!(b[[2, 2]], 8);
    let mut u = Array2::<i64, 2, 2>::uninit_boxed();
    for (i, slot) in u.as_mut_slice().iter_mut().enumerate() {
        slot.write(i as i64);
    }
    // SAFETY: every element was written just above.
    let u = unsafe { u.assume_init_boxed() };
    assert_eq!(u.as_slice(), &[0, 1, 2, 3]);

    let v: alloc::boxed::Box<[i32]> = (0..6).collect();
    let ptr = v.as_ptr();
    let boxed = Array2::<i32, 2, 3>::boxed_from_boxed_slice(v).unwrap();
    assert_eq!(boxed.as_slice().as_ptr(), ptr, "no copy");
    let short: alloc::boxed::Box<[i32]> = (0..5).collect();
    assert_eq!(
        Array2::<i32, 2, 3>::boxed_from_boxed_slice(short)
            .unwrap_err()
            .len(),
        5
    );
    let back = boxed.boxed_into_boxed_slice();
    assert_eq!(
        (back.as_ptr(), &back[..]),
        (ptr, &[0, 1, 2, 3, 4, 5][..]),
        "no copy"
    );
}

#[test]
fn zero_sized_arrays() {
    let a = Array2::<u8, 0, 3>::zeros();
    assert!(a.as_slice().is_empty());
    let _: Array2<MaybeUninit<u8>, 3, 0> = Array2::<u8, 3, 0>::uninit();
    #[cfg(feature = "alloc")]
    {
        let b = Array2::<f64, 5, 0>::boxed_zeroed();
        assert_eq!(b.size(), 0);
        let e: alloc::boxed::Box<[f64]> = alloc::boxed::Box::new([]);
        let empty = Array2::<f64, 0, 0>::boxed_from_boxed_slice(e).unwrap();
        assert!(empty.boxed_into_boxed_slice().is_empty());
    }
}

use crate::Array1;
use crate::element::Owning;

fn owning<const N: usize>() -> Array1<Owning, N> {
    Array1::from_fn(|[i]| Owning(std::boxed::Box::new(i as u32)))
}

/// A boxed array of owning elements back to a boxed slice and again: each
/// element is owned once, and the allocation is freed once (Miri checks).
#[cfg(feature = "alloc")]
#[test]
fn boxed_slices_round_trip_owning_elements() {
    let flat: alloc::boxed::Box<[Owning]> =
        (0..4).map(|i| Owning(std::boxed::Box::new(i))).collect();
    let boxed = Array1::<Owning, 4>::boxed_from_boxed_slice(flat)
        .ok()
        .unwrap();
    let flat = boxed.boxed_into_boxed_slice();
    assert_eq!(*flat[3].0, 3);
    let again = Array1::<Owning, 4>::boxed_from_boxed_slice(flat)
        .ok()
        .unwrap();
    assert_eq!(*again[[2]].0, 2);
}

/// Issue #16's reproducer: `into_shape` once read the elements out and then
/// moved the original into `mem::forget`, which Miri reports as undefined
/// behaviour for elements that own memory.
#[test]
fn owned_reshape_and_transpose_own_each_element_once() {
    let b: Array2<Owning, 2, 3> = owning::<6>().into_shape();
    assert_eq!(*b[[1, 2]].0, 5);
    let t: Array2<Owning, 3, 2, ColMajor> = b.into_t();
    assert_eq!(*t[[2, 1]].0, 5);
    let back: Array1<Owning, 6> = t.into_t().into_shape();
    assert_eq!(back.iter().map(|x| *x.0).sum::<u32>(), 15);
}

#[test]
fn assume_init_owns_each_element_once() {
    let mut u = Array1::<Owning, 3>::uninit();
    for (i, slot) in u.as_mut_slice().iter_mut().enumerate() {
        slot.write(Owning(std::boxed::Box::new(i as u32 * 7)));
    }
    // SAFETY: every element was written just above.
    let a = unsafe { u.assume_init() };
    assert_eq!(*a[2].0, 14);
    let copy = a.clone();
    drop(a);
    assert_eq!(*copy[1].0, 7);
}

#[cfg(feature = "alloc")]
#[test]
fn boxed_re_typing_keeps_owners() {
    let b = std::boxed::Box::new(owning::<4>());
    let m = b.into_shape_boxed::<crate::Shape2<2, 2>>();
    assert_eq!(*m[[1, 0]].0, 2);
    let v = Array2::<Owning, 2, 2>::boxed_from_flat_fn(|i| Owning(std::boxed::Box::new(i as u32)));
    assert_eq!(*v[[1, 1]].0, 3);
}

#[test]
fn diagonals_reach_each_diagonal_element_once() {
    let mut a = Array2::<i32, 4, 4, ColMajor>::from_fn(|[i, j]| (10 * i + j) as i32);
    assert_eq!(
        a.diagonal().iter().copied().collect::<std::vec::Vec<_>>(),
        [0, 11, 22, 33]
    );
    let mut d = a.diagonal_mut();
    d.fill(-1);
    assert!(a.indexed_iter().all(|([i, j], &v)| (v == -1) == (i == j)));
    // The diagonal of a transposed view of a row-major array.
    let b = Array2::<u8, 3, 3>::from_fn(|[i, j]| (3 * i + j) as u8);
    assert_eq!(
        b.t()
            .diagonal()
            .iter()
            .copied()
            .collect::<std::vec::Vec<_>>(),
        [0, 4, 8]
    );
    // Empty: nothing reached.
    let e = Array2::<f64, 0, 0>::zeros();
    assert_eq!(e.diagonal().iter().count(), 0);
}

#[test]
fn transposed_copies_write_every_slot_once() {
    // Sizes that are not multiples of the 8x8 tile, both directions.
    let a = Array2::<u32, 13, 7>::from_fn(|[i, j]| (i * 7 + j) as u32);
    let f = a.to_order::<ColMajor>();
    assert!(f.indexed_iter().all(|([i, j], &v)| v == (i * 7 + j) as u32));
    assert_eq!(f.to_order::<crate::RowMajor>(), a);
    #[cfg(feature = "alloc")]
    {
        let b = a.to_order_boxed::<ColMajor>();
        assert_eq!(b.as_slice(), f.as_slice());
    }
    let empty = Array2::<f32, 0, 5>::zeros();
    assert_eq!(empty.to_order::<ColMajor>().as_slice().len(), 0);
}

/// The byte reader behind `include_npy!`, which otherwise only runs while
/// compiling a `static`: at run time (so Miri checks its copy and its
/// swaps) and in a `const` (so the compiler's evaluator does).
#[test]
fn npy_bytes_read_at_run_time_and_while_compiling() {
    const LITTLE: [u8; 10] = [0xff, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x04, 0x00, 0xee];
    const READ: Array2<u16, 2, 2> = Array2::__from_npy_bytes(&LITTLE, 1, false);
    assert_eq!(READ.as_slice(), &[1, 2, 3, 4]);
    let bytes = std::hint::black_box(LITTLE);
    let native = Array2::<u16, 2, 2>::__from_npy_bytes(&bytes, 1, false);
    assert_eq!(native, READ);
    // Big-endian data, swapped into native order: 0x0100 read as 1.
    let swapped = Array2::<u16, 2, 2>::__from_npy_bytes(&bytes, 1, true);
    assert_eq!(swapped.as_slice(), &[0x0100, 0x0200, 0x0300, 0x0400]);
    let flags = Array1::<bool, 3>::__from_npy_bytes(&[0, 1, 1], 0, false);
    assert_eq!(flags.as_slice(), &[false, true, true]);
}
