//! Any bytes as an `.npy` file: reading them into arrays of several
//! dtypes, shapes and orders returns the array or an `NpyError`; it never
//! panics, and never allocates more than the array's own size.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shaped::{Array1, Array2, Array3, ColMajor};

fuzz_target!(|data: &[u8]| {
    let _ = Array2::<f64, 3, 4>::read_npy(data);
    let _ = Array2::<bool, 2, 2, ColMajor>::read_npy(data);
    let _ = Array1::<u16, 5>::read_npy(data);
    let _ = Array3::<i32, 2, 1, 3>::read_npy_boxed(data);
    let _ = shaped::__parse_header(data);
});
