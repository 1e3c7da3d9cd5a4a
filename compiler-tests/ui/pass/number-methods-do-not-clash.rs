// Importing the numeric traits for generic code must not hide the
// operators' methods on plain numbers (no E0034 "multiple applicable items").
use shaped::{Bits, Number, Signed};
use std::ops::{Add, Neg, Not};

fn double<T: Number>(x: shaped::Array1<T, 2>) -> shaped::Array1<T, 2> {
    x + x
}

fn negate<T: Signed, const N: usize>(x: shaped::Array1<T, N>) -> shaped::Array1<T, N> {
    -x
}

fn invert<T: Bits, const N: usize>(x: shaped::Array1<T, N>) -> shaped::Array1<T, N> {
    !x
}

fn main() {
    assert_eq!(1i32.add(2), 3);
    assert_eq!(5i64.neg(), -5);
    assert_eq!(0u8.not(), 255);
    assert_eq!(2.5f64.add(0.5), 3.0);
    assert_eq!(true.not(), false);
    assert_eq!(negate(shaped::Array1::<i8, 1>::from([3])).as_slice(), &[-3]);
    assert_eq!(invert(shaped::Array1::<bool, 1>::from([true])).as_slice(), &[false]);
    assert_eq!(double(shaped::Array1::<u8, 2>::from([1, 2])).as_slice(), &[2, 4]);
}
