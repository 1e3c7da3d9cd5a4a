//! `.npy` files of 64 MiB of `f64` (8M elements) through the page cache:
//! shaped against `ndarray-npy`, a plain `write_all`/`read_exact` of the
//! same bytes, and NumPy's `np.save`/`np.load`.

use std::hint::black_box;
use std::io::{Read, Write};

use shaped::Array1;

use crate::Workload;

const N: usize = 8 << 20;

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    let dir = std::env::temp_dir();
    let (ours, theirs, plain) = (
        dir.join("shaped-interleaved.npy"),
        dir.join("ndarray-interleaved.npy"),
        dir.join("plain-interleaved.npy"),
    );
    let a = Array1::<f64, N>::from_fn_boxed(|[i]| i as f64 * 0.5);
    let nd = ndarray::Array1::from(a.as_slice().to_vec());
    let mut bytes = Vec::new();
    a.write_npy(&mut bytes).unwrap();
    measure(
        Workload::new("npy_save_f64", N)
            .case("shaped", || a.save_npy(&ours).unwrap())
            .case("loop", || {
                std::fs::File::create(&plain)
                    .unwrap()
                    .write_all(black_box(&bytes))
                    .unwrap()
            })
            .case("ndarray", || ndarray_npy::write_npy(&theirs, &nd).unwrap()),
    );
    measure(
        Workload::new("npy_load_f64", N)
            .case("shaped", || {
                Array1::<f64, N>::load_npy_boxed(&ours).unwrap()
            })
            .case("loop", || {
                let mut buffer = vec![0u8; bytes.len()];
                std::fs::File::open(&plain)
                    .unwrap()
                    .read_exact(&mut buffer)
                    .unwrap();
                buffer
            })
            .case("ndarray", || -> ndarray::Array1<f64> {
                ndarray_npy::read_npy(&theirs).unwrap()
            }),
    );
    for path in [ours, theirs, plain] {
        let _ = std::fs::remove_file(path);
    }
}
