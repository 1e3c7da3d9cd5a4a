//! `Display` and `Debug` of complex arrays against NumPy's `str` and
//! `repr` (`golden/numpy_complex.rs`'s `print_case!`s), NumPy's own
//! test_arrayprint.py cases for complex among them.

use shaped::{Array1, Array2, c32, c64};

use super::arithmetic::{FromParts, array};

#[track_caller]
fn check<A: core::fmt::Display + core::fmt::Debug>(a: &A, name: &str, str: &str, repr: &str) {
    assert_eq!(a.to_string(), str, "str of {name}");
    assert_eq!(format!("{a:?}"), repr, "repr of {name}");
}

#[test]
fn complex_arrays_print_as_numpy_prints_them() {
    let mut cases = 0;
    macro_rules! print_case {
        ($t:ident, $name:ident, [$n:literal], [$($v:tt)*], $str:literal, $repr:literal) => {{
            let a: Array1<$t, $n> = array([$($v)*]);
            check(&a, stringify!($name), $str, $repr);
            cases += 1;
        }};
        ($t:ident, $name:ident, [$r:literal, $c:literal], [$($v:tt)*], $str:literal, $repr:literal) => {{
            let flat: Array1<$t, { $r * $c }> = array([$($v)*]);
            let a: Array2<$t, $r, $c> = *flat.reshape();
            check(&a, stringify!($name), $str, $repr);
            check(&a.view(), stringify!($name), $str, $repr);
            cases += 1;
        }};
    }
    macro_rules! binary_case {
        ($($t:tt)*) => {};
    }
    macro_rules! scalar_case {
        ($($t:tt)*) => {};
    }
    macro_rules! compare_case {
        ($($t:tt)*) => {};
    }
    macro_rules! npy_case {
        ($($t:tt)*) => {};
    }
    include!("../../golden/numpy_complex.rs");
    assert_eq!(cases, 2 * (36 + 1) + 2 + 2 * 15);
    // Unused imports otherwise when a dtype has no 2-D case.
    let _: Option<(c32, c64)> = None;
    let _ = <c64 as FromParts>::from_parts;
}
