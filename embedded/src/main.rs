//! `shaped` on a Cortex-M4, without an allocator: a `static` table in
//! flash, a `.npy` file embedded with `include_npy!`, shape facts as constants, construction, arithmetic, a 4x4 matrix
//! product, linear algebra (`inv`, `solve`, `cholesky`, `eigh` of a 3x3
//! system, as a Kalman filter needs), reductions along typed axes, reshape
//! and transpose views,
//! slicing, sequences and float math through `libm`, a `float16` table,
//! each printed over
//! semihosting exactly as NumPy prints it. CI runs it under QEMU and
//! compares the output with `expected.txt`, which NumPy writes
//! (`expected.py`).
#![cfg_attr(target_os = "none", no_std, no_main)]

#[cfg(target_os = "none")]
mod firmware {
    use shaped::{
        Array1, Array2, Array3, ArrayView, ColMajor, Shape2, array, f16, include_npy, linspace, s,
    };
    use shaped_firmware::{entry, exit, hprintln};

    /// A lookup table in flash, built while compiling.
    static LUT: Array2<u16, 2, 4> = array![[1, 2, 3, 4], [5, 6, 7, 8]];

    /// A file NumPy saved (Fortran order), embedded in flash while compiling.
    static WEIGHTS: Array3<f32, 2, 3, 4, ColMajor> =
        include_npy!("../tests/golden/npy/float32_2x3x4_F.npy");

    /// A `float16` file NumPy saved: half the flash of `float32`.
    static HALF: Array2<f16, 2, 3> = include_npy!("../tests/golden/npy/float16_2x3_C.npy");

    #[entry]
    fn main() -> ! {
        hprintln!("lut\n{}", LUT);
        hprintln!("weights\n{}", WEIGHTS);
        hprintln!("weights sum axis 2\n{}", WEIGHTS.sum_axis::<2>());
        const STRIDES: [usize; 3] = Array3::<f32, 2, 3, 4>::STRIDES;
        hprintln!(
            "strides {:?} nbytes {}",
            STRIDES,
            Array3::<f32, 2, 3, 4>::NBYTES
        );

        let a = Array2::<i32, 3, 4>::from_fn(|[i, j]| (i * 4 + j) as i32 - 5);
        hprintln!("a\n{}", a);
        hprintln!("a * 3 + 1\n{}", &a * 3 + 1);
        hprintln!("abs\n{}", a.abs());
        hprintln!("sum {} mean {} argmax {}", a.sum(), a.mean(), a.argmax());
        hprintln!("sum axis 0 {}", a.sum_axis::<0>());
        hprintln!("max axis 1 {}", a.max_axis::<1>());
        hprintln!("argmin axis 0 {}", a.argmin_axis::<0>().map(|i| i as i64));

        let m = Array2::<f32, 4, 4>::from_fn(|[i, j]| (i + 2 * j) as f32 * 0.5);
        let identity2 = Array2::<f32, 4, 4>::eye() * 2.0;
        hprintln!("matmul\n{}", m.matmul(&(identity2 + m)));

        // A 3x3 covariance: inverse, a solve, its Cholesky factor and
        // eigenvalues (square roots through libm).
        let k = Array2::<f64, 3, 3>::from([[4.0, 2.0, 0.6], [2.0, 5.0, 1.0], [0.6, 1.0, 3.0]]);
        hprintln!("inv\n{}", k.inv().unwrap());
        hprintln!("solve {}", k.solve(&Array1::from([1.0, 2.0, 3.0])).unwrap());
        hprintln!("cholesky\n{}", k.cholesky().unwrap());
        hprintln!("eigvalsh {}", k.eigh().0);

        let flat: &Array1<i32, 12> = a.reshape();
        hprintln!("reshape {}", flat);
        hprintln!("t\n{}", a.t());
        let block: ArrayView<_, Shape2<2, 2>, _> = a.slice(s![1.., ..;2]);
        hprintln!("a[1:, ::2]\n{}", block);
        hprintln!("a[:, -1] {}", a.slice(s![.., 3]));

        hprintln!("linspace {}", linspace!(0, 1, 5));
        hprintln!("geomspace {}", Array1::<f64, 4>::geomspace(1.0, 1000.0));
        hprintln!("sqrt {}", Array1::<f32, 3>::from([2.0, 9.0, 0.25]).sqrt());
        hprintln!("float16\n{:?}", HALF);
        hprintln!("float16 + float16\n{}", HALF + HALF);
        hprintln!("float16 sum axis 1 {}", HALF.sum_axis::<1>());
        hprintln!("float16 sqrt\n{}", HALF.abs().sqrt());
        exit(true)
    }
}

#[cfg(not(target_os = "none"))]
fn main() {}
