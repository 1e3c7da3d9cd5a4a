//! Operators that return a new array by value: `&a + &b` (NumPy's `a + b`)
//! at 16 and 1K elements, and `s * a`, `a * s`, `-a` on an owned array at
//! 16, 1K and 16K. `shaped` and the hand loop pass arrays by value (on the
//! stack), ndarray and nalgebra's dynamic vectors allocate. The factor is
//! above 1 so that values never become subnormal (which would slow every
//! contender down).

use std::hint::black_box;

use shaped::Array1;

use crate::Workload;

/// The hand loop of the owned forms: takes the array by value, maps each
/// element, gives it back.
#[inline(always)]
fn by_value_loop<const N: usize>(pa: &mut [f32; N], f: impl Fn(f32) -> f32) {
    let mut x = black_box(*pa);
    for v in x.iter_mut() {
        *v = f(*v);
    }
    *pa = x;
}

macro_rules! new_arrays {
    ($measure:expr, $($n:literal),*) => {$({
        const N: usize = $n;
        let (a, b) = (Array1::<f32, N>::ones(), Array1::<f32, N>::full(0.5));
        let (pa, pb) = ([1.0f32; N], [0.5f32; N]);
        let (na, nb) = (ndarray::Array1::<f32>::ones(N), ndarray::Array1::<f32>::from_elem(N, 0.5));
        let (ga, gb) = (nalgebra::SVector::<f32, N>::from_element(1.0), nalgebra::SVector::<f32, N>::from_element(0.5));
        $measure(
            Workload::new("add_new_f32", N)
                .case("shaped", || black_box(&a) + black_box(&b))
                .case("loop", || {
                    let (x, y) = (black_box(&pa), black_box(&pb));
                    let mut out = [0.0f32; N];
                    for ((o, x), y) in out.iter_mut().zip(x).zip(y) {
                        *o = x + y;
                    }
                    out
                })
                .case("ndarray", || black_box(&na) + black_box(&nb))
                .case("nalgebra", || black_box(&ga) + black_box(&gb)),
        );
    })*};
}

macro_rules! owned_forms {
    ($measure:expr, $($n:literal),*) => {$({
        const N: usize = $n;
        let s = black_box(1.0001_f32);
        let (mut a, mut pa) = (Array1::<f32, N>::ones(), [1.0f32; N]);
        $measure(
            Workload::new("scale_left_f32", N)
                .case("shaped", || a = s * black_box(a))
                .case("loop", || by_value_loop(&mut pa, |v| s * v)),
        );
        $measure(
            Workload::new("scale_right_f32", N)
                .case("shaped", || a = black_box(a) * s)
                .case("loop", || by_value_loop(&mut pa, |v| v * s)),
        );
        $measure(
            Workload::new("neg_f32", N)
                .case("shaped", || a = -black_box(a))
                .case("loop", || by_value_loop(&mut pa, |v| -v)),
        );
    })*};
}

pub fn all(measure: &mut dyn FnMut(Workload<'_>)) {
    new_arrays!(measure, 16, 1024);
    owned_forms!(measure, 16, 1024, 16384);
}
