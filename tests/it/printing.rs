//! Printing against NumPy: every case in `golden/numpy_print.rs` holds an
//! array (floats as exact bit patterns) with NumPy's `str(a)` and `repr(a)`
//! (see `golden/numpy_print.py`). `Display` must equal `str`, `Debug` must
//! equal `repr`, and the column-major copy must print the same, since
//! printing shows logical order.

use crate::common;

use shaped::{Array1, Array2, Array3, Array6, Array8, ColMajor};

trait FromGolden {
    type Raw;
    fn from_golden(raw: Self::Raw) -> Self;
}

macro_rules! from_bits {
    ($($t:ty => $raw:ty),*) => {$(
        impl FromGolden for $t {
            type Raw = $raw;
            fn from_golden(raw: $raw) -> Self {
                <$t>::from_bits(raw)
            }
        }
    )*};
}
from_bits!(f32 => u32, f64 => u64);

macro_rules! identity {
    ($($t:ty),*) => {$(
        impl FromGolden for $t {
            type Raw = $t;
            fn from_golden(raw: $t) -> Self {
                raw
            }
        }
    )*};
}
identity!(bool, i8, i16, i32, i64, u8, u16, u32, u64, isize, usize);

macro_rules! case {
    ($t:ty, $array:ty, [$($v:expr),*], $str:expr, $repr:expr) => {{
        let raw: &[<$t as FromGolden>::Raw] = &[$($v),*];
        let flat: Vec<$t> = raw.iter().map(|&r| <$t>::from_golden(r)).collect();
        let a: Box<$array> = flat.try_into().unwrap();
        assert_eq!(a.to_string(), $str, "str of {}", stringify!($array));
        assert_eq!(format!("{a:?}"), $repr, "repr of {}", stringify!($array));
        let f = a.to_order::<ColMajor>();
        assert_eq!((f.to_string(), format!("{f:?}")), ($str.to_string(), $repr.to_string()), "ColMajor");
        common::count();
    }};
}

/// `a.argsort()` (`usize` positions) prints as NumPy prints
/// `np.argsort(a, kind='stable')`, and its repr is that of the positions
/// as NumPy's `uintp` (`dtype=uint64` on a 64-bit target).
macro_rules! argsort {
    ($t:ty, $array:ty, [$($v:expr),*], $str:expr, $repr:expr) => {{
        let raw: &[<$t as FromGolden>::Raw] = &[$($v),*];
        let flat: Vec<$t> = raw.iter().map(|&r| <$t>::from_golden(r)).collect();
        let a: Box<$array> = flat.try_into().unwrap();
        let positions = a.argsort();
        assert_eq!(positions.to_string(), $str, "argsort of {}", stringify!($array));
        #[cfg(target_pointer_width = "64")]
        assert_eq!(format!("{positions:?}"), $repr, "repr of argsort of {}", stringify!($array));
        let f = a.to_order::<ColMajor>().argsort();
        assert_eq!(f.to_string(), $str, "argsort of the ColMajor copy");
        common::count();
    }};
}

#[test]
fn str_and_repr_match_numpy() {
    include!("../golden/numpy_print.rs");
    // A truncated golden file must fail.
    let pointer_sized = if cfg!(target_pointer_width = "64") {
        5
    } else {
        0
    };
    assert_eq!(common::cases(), 175 + pointer_sized + 6);
}

#[test]
fn printing_streams_into_a_fixed_buffer() {
    // Formatting writes straight to the formatter: a fixed-size buffer works.
    struct Fixed([u8; 64], usize);
    impl core::fmt::Write for Fixed {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            let end = self.1 + s.len();
            self.0
                .get_mut(self.1..end)
                .ok_or(core::fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.1 = end;
            Ok(())
        }
    }
    let mut out = Fixed([0; 64], 0);
    core::fmt::write(
        &mut out,
        format_args!("{}", Array1::<u8, 3>::from([1, 20, 255])),
    )
    .unwrap();
    assert_eq!(
        core::str::from_utf8(&out.0[..out.1]).unwrap(),
        "[  1  20 255]"
    );
}
