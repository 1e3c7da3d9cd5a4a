//! `SHAPED_SIMD` caps the run-time dispatch (a benchmarking aid): the
//! loops that run in AVX-512 or AVX2 copies give the same bits in their
//! AVX2 and baseline copies. The cap is read once per process, so the test
//! runs this binary again under each cap and compares fingerprints.

use std::process::Command;

use shaped::{Array1, Array2, ColMajor, RowMajor};

/// FNV-1a over 64-bit words.
struct Fingerprint(u64);

impl Fingerprint {
    fn add(&mut self, words: impl IntoIterator<Item = u64>) {
        for w in words {
            self.0 = (self.0 ^ w).wrapping_mul(0x100_0000_01b3);
        }
    }
}

fn value(i: usize) -> f64 {
    ((i as u64).wrapping_mul(2654435761) % (1 << 24)) as f64 / 16777216.0 - 0.5
}

/// The bits of results of every dispatched loop: sums (pairwise, four
/// leaves), axis reductions row by row, in-place and new-array elementwise
/// loops, sequences, products.
fn fingerprint() -> u64 {
    let mut f = Fingerprint(0xcbf2_9ce4_8422_2325);
    let a = Array1::<f64, 100_003>::from_fn_boxed(|[i]| value(i));
    let b = Array1::<f32, 100_003>::from_fn_boxed(|[i]| value(i * 7) as f32);
    f.add([
        a.sum().to_bits(),
        u64::from(b.sum().to_bits()),
        a.mean().to_bits(),
    ]);
    let m = Array2::<f32, 300, 257>::from_fn_boxed(|[i, j]| value(i * 257 + j) as f32);
    let mf = m.to_order_boxed::<ColMajor>();
    f.add(m.sum_axis::<0>().iter().map(|x| u64::from(x.to_bits())));
    f.add(m.sum_axis::<1>().iter().map(|x| u64::from(x.to_bits())));
    f.add(mf.sum_axis::<0>().iter().map(|x| u64::from(x.to_bits())));
    f.add(mf.sum_axis::<1>().iter().map(|x| u64::from(x.to_bits())));
    f.add(m.mean_axis::<0>().iter().map(|x| x.to_bits()));
    f.add(m.max_axis::<0>().iter().map(|x| u64::from(x.to_bits())));
    f.add(m.argmin_axis::<0>().iter().map(|&x| x as u64));
    f.add(m.prod_axis::<0>().iter().map(|x| u64::from(x.to_bits())));
    let mut c = a.clone();
    *c += &*a;
    *c *= 2.5;
    f.add(c.iter().map(|x| x.to_bits()));
    let mut d = Array1::<f32, 100_003>::zeros_boxed();
    d.assign_zip_map(&*b, &*b, |x, y| x * y + 0.5);
    f.add(d.iter().map(|x| u64::from(x.to_bits())));
    let r = Array1::<f64, 100_003>::arange_boxed(0.0, 50_001.5, 0.5);
    let l = Array1::<f64, 100_003>::linspace_boxed(-1.0, 3.0);
    f.add(r.iter().chain(l.iter()).map(|x| x.to_bits()));
    let p = Array2::<f32, 64, 64, RowMajor>::from_fn(|[i, j]| value(i * 64 + j) as f32);
    let q: Array2<f32, 64, 64> = p.matmul(&p);
    f.add(q.iter().map(|x| u64::from(x.to_bits())));
    f.0
}

/// Prints this process's fingerprint, for the test below (which runs it
/// under each cap); harmless on its own.
#[test]
fn print_fingerprint() {
    println!("fingerprint: {:016x}", fingerprint());
}

#[test]
#[cfg_attr(miri, ignore = "runs the test binary again")]
fn every_cap_gives_the_same_bits() {
    let exe = std::env::current_exe().expect("the test binary");
    let here = format!("{:016x}", fingerprint());
    for cap in ["avx2", "sse2"] {
        let out = Command::new(&exe)
            .args(["--exact", "simd_cap::print_fingerprint", "--nocapture"])
            .env("SHAPED_SIMD", cap)
            .output()
            .expect("the test binary runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let theirs = stdout
            .lines()
            .find_map(|line| line.strip_prefix("fingerprint: "))
            .unwrap_or_else(|| panic!("no fingerprint under SHAPED_SIMD={cap}: {stdout}"));
        assert_eq!(theirs, here, "SHAPED_SIMD={cap}");
    }
}
