//! The footprint workload of `footprint-shaped`, written over plain Rust
//! arrays and loops, as a firmware author would without `shaped`.
#![cfg_attr(target_os = "none", no_std, no_main)]

#[cfg(target_os = "none")]
mod firmware {
    use core::hint::black_box;

    use shaped_firmware::{entry, exit, hprintln};

    #[entry]
    fn main() -> ! {
        let k = black_box(1u8);
        let mut m = [[0.0f32; 4]; 4];
        for (i, row) in m.iter_mut().enumerate() {
            for (j, x) in row.iter_mut().enumerate() {
                *x = (i + 2 * j) as f32 * 0.5 * f32::from(k);
            }
        }
        let mut rhs = m;
        for (i, row) in rhs.iter_mut().enumerate() {
            row[i] += 1.0;
        }
        let mut product = [[0.0f32; 4]; 4];
        for i in 0..4 {
            for j in 0..4 {
                for (kk, r) in rhs.iter().enumerate() {
                    product[i][j] += m[i][kk] * r[j];
                }
            }
        }
        let mut b = [[0i32; 4]; 3];
        for (i, row) in b.iter_mut().enumerate() {
            for (j, x) in row.iter_mut().enumerate() {
                *x = ((i * 4 + j) as i32 - 5 * i32::from(k)) * 3 + 1;
            }
        }
        let mut columns = [0i64; 4];
        for row in &b {
            for (c, &x) in columns.iter_mut().zip(row) {
                *c += i64::from(x);
            }
        }
        let mut rows = [0usize; 3];
        for (r, row) in rows.iter_mut().zip(&b) {
            for (j, &x) in row.iter().enumerate() {
                if x > row[*r] {
                    *r = j;
                }
            }
        }
        let mut ramp = [0.0f64; 8];
        for (i, x) in ramp.iter_mut().enumerate() {
            *x = i as f64 * (7.0 * f64::from(k)) / 7.0;
        }
        hprintln!(
            "{} {} {} {}",
            product.iter().flatten().sum::<f32>(),
            columns.iter().sum::<i64>(),
            rows.iter().sum::<usize>(),
            ramp.iter().sum::<f64>()
        );
        exit(true)
    }
}

#[cfg(not(target_os = "none"))]
fn main() {}
