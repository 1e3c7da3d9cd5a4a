//! The standard traits an array type should have, and its memory footprint.

use core::mem::{align_of, size_of};
use shaped::{Array1, Array2, Array3, ColMajor};
use std::collections::{HashMap, HashSet};

#[test]
fn exactly_the_bytes_of_the_elements() {
    assert_eq!(size_of::<Array2<f32, 3, 3>>(), 36);
    assert_eq!(size_of::<Array3<u8, 1080, 1920, 3>>(), 6_220_800);
    assert_eq!(size_of::<Array2<u8, 0, 9>>(), 0);
    assert_eq!(align_of::<Array2<f64, 3, 3, ColMajor>>(), align_of::<f64>());
    assert_eq!(align_of::<Array1<u8, 3>>(), 1);
    assert_eq!(
        size_of::<Option<Box<Array2<f64, 4, 4>>>>(),
        size_of::<usize>()
    );
}

#[test]
fn copy_clone_and_equality() {
    let a = Array2::<i16, 2, 2>::from([[1, 2], [3, 4]]);
    let b = a; // Copy
    #[expect(clippy::clone_on_copy, reason = "Clone itself is under test")]
    let c = a.clone();
    assert_eq!(a, b);
    assert_eq!(a, c);
    let mut d = a;
    d[[0, 0]] = 0;
    assert_ne!(a, d);
    assert_eq!(a[[0, 0]], 1, "a copy is independent");
    let nan = Array1::<f64, 1>::full(f64::NAN);
    assert_ne!(nan, nan, "float equality follows IEEE 754, as NumPy's ==");
}

#[test]
fn hashable_when_the_element_is() {
    let a = Array2::<u8, 2, 2>::from([[1, 2], [3, 4]]);
    let b = Array2::<u8, 2, 2>::from([[1, 2], [3, 5]]);
    let set: HashSet<_> = [a, b, a].into_iter().collect();
    assert_eq!(set.len(), 2);
    let mut by_array = HashMap::new();
    by_array.insert(Array1::<bool, 2>::ones(), "ones");
    assert_eq!(by_array[&Array1::from([true, true])], "ones");
}

#[test]
fn default_is_zeros() {
    assert_eq!(Array2::<f32, 3, 3, ColMajor>::default(), Array2::zeros());
    assert!(Array1::<bool, 4>::default().iter().all(|&b| !b));
}

#[test]
fn arrays_cross_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Array3<f64, 2, 2, 2>>();
    let a = Array1::<u64, 4>::from([1, 2, 3, 4]);
    let sum = std::thread::spawn(move || a.iter().sum::<u64>())
        .join()
        .unwrap();
    assert_eq!(sum, 10);
}
