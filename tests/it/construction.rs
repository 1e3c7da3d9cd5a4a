//! Constructors: zeros, ones, full, from_fn, eye, uninit, Default, and their
//! use in `const` and `static` items.

use core::mem::MaybeUninit;
use shaped::{Array1, Array2, Array3, Array5, ColMajor, Element};

static LUT: Array1<u16, 4> = Array1::full(9);
static ZEROS: Array2<f64, 16, 16> = Array2::zeros();
const IDENTITY: Array2<f32, 4, 4> = Array2::eye();
const FLAGS: Array1<bool, 3> = Array1::ones();

#[test]
fn const_and_static_items() {
    assert_eq!(LUT.as_slice(), &[9, 9, 9, 9]);
    assert!(ZEROS.iter().all(|&x| x == 0.0 && x.is_sign_positive()));
    assert_eq!(FLAGS.as_slice(), &[true, true, true]);
    for i in 0..4 {
        for j in 0..4 {
            assert_eq!(IDENTITY[[i, j]], if i == j { 1.0 } else { 0.0 });
        }
    }
}

fn zeros_and_ones_of<T: Element>() {
    let z = Array3::<T, 2, 3, 4>::zeros();
    assert!(z.iter().all(|&x| x == T::ZERO));
    let o = Array3::<T, 2, 3, 4, ColMajor>::ones();
    assert!(o.iter().all(|&x| x == T::ONE));
    assert_eq!(Array3::<T, 2, 3, 4>::default(), z);
}

#[test]
fn zeros_and_ones_for_every_dtype() {
    zeros_and_ones_of::<bool>();
    zeros_and_ones_of::<i8>();
    zeros_and_ones_of::<i16>();
    zeros_and_ones_of::<i32>();
    zeros_and_ones_of::<i64>();
    zeros_and_ones_of::<u8>();
    zeros_and_ones_of::<u16>();
    zeros_and_ones_of::<u32>();
    zeros_and_ones_of::<u64>();
    zeros_and_ones_of::<f32>();
    zeros_and_ones_of::<f64>();
}

#[test]
fn full_fills_every_element() {
    let a = Array2::<i8, 3, 5>::full(-7);
    assert_eq!(a.as_slice(), &[-7; 15]);
    let nan = Array1::<f32, 3>::full(f32::NAN);
    assert!(nan.iter().all(|x| x.is_nan()));
}

#[test]
fn from_fn_gets_the_full_index_in_either_order() {
    let c = Array3::<u32, 2, 3, 4>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as u32);
    let f = Array3::<u32, 2, 3, 4, ColMajor>::from_fn(|[i, j, k]| (i * 100 + j * 10 + k) as u32);
    for i in 0..2 {
        for j in 0..3 {
            for k in 0..4 {
                let v = (i * 100 + j * 10 + k) as u32;
                assert_eq!((c[[i, j, k]], f[[i, j, k]]), (v, v));
            }
        }
    }
    // Called once per element, in memory order.
    assert_eq!(&c.as_slice()[..5], &[0, 1, 2, 3, 10]);
    assert_eq!(&f.as_slice()[..5], &[0, 100, 10, 110, 20]);
    let mut calls = 0;
    let _ = Array5::<u8, 2, 2, 2, 2, 2>::from_fn(|_| {
        calls += 1;
        0
    });
    assert_eq!(calls, 32);
}

#[test]
fn eye_matches_numpy_for_square_and_rectangular_shapes() {
    // np.eye(2, 3) and np.eye(3, 2)
    assert_eq!(
        Array2::<i32, 2, 3>::eye(),
        Array2::from([[1, 0, 0], [0, 1, 0]])
    );
    assert_eq!(
        Array2::<i32, 3, 2>::eye(),
        Array2::from([[1, 0], [0, 1], [0, 0]])
    );
    let f = Array2::<f64, 3, 2, ColMajor>::eye();
    assert_eq!(f.as_slice(), &[1.0, 0.0, 0.0, 0.0, 1.0, 0.0]);
    assert_eq!(f.to_order::<shaped::RowMajor>(), Array2::<f64, 3, 2>::eye());
    assert!(Array2::<bool, 0, 0>::eye().as_slice().is_empty());
}

#[test]
fn uninit_is_filled_then_assumed_initialised() {
    let mut a: Array2<MaybeUninit<f32>, 2, 2> = Array2::<f32, 2, 2>::uninit();
    for (i, slot) in a.as_mut_slice().iter_mut().enumerate() {
        slot.write(i as f32);
    }
    // SAFETY: the loop wrote all four elements.
    let a = unsafe { a.assume_init() };
    assert_eq!(a, Array2::from([[0.0, 1.0], [2.0, 3.0]]));
}
