//! The footprint workload written with `shaped`: a 4x4 `f32` matrix
//! product, arithmetic and a typed-axis sum and argmax on a 3x4 `i32`
//! array, a `linspace`, and a checksum printed over semihosting.
//! `footprint-plain` is the same program over plain Rust arrays; CI
//! compares their output and reports both sizes (README, "On a
//! microcontroller").
#![cfg_attr(target_os = "none", no_std, no_main)]

#[cfg(target_os = "none")]
mod firmware {
    use core::hint::black_box;

    use shaped::{Array1, Array2};
    use shaped_firmware::{entry, exit, hprintln};

    #[entry]
    fn main() -> ! {
        let k = black_box(1u8);
        let m = Array2::<f32, 4, 4>::from_fn(|[i, j]| (i + 2 * j) as f32 * 0.5 * f32::from(k));
        let product = m.matmul(&(Array2::eye() + m));
        let a = Array2::<i32, 3, 4>::from_fn(|[i, j]| (i * 4 + j) as i32 - 5 * i32::from(k));
        let b = &a * 3 + 1;
        let columns = b.sum_axis::<0>();
        let rows = b.argmax_axis::<1>();
        let ramp = Array1::<f64, 8>::linspace(0.0, 7.0 * f64::from(k));
        hprintln!(
            "{} {} {} {}",
            product.sum(),
            columns.sum(),
            rows.iter().sum::<usize>(),
            ramp.sum()
        );
        exit(true)
    }
}

#[cfg(not(target_os = "none"))]
fn main() {}
