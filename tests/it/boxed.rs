//! Heap constructors build big arrays in place: the value never passes
//! through the stack, so each one works in a thread with a 64 KiB stack,
//! in the debug profile, for the 6 MB u8 canvas and the 47 MB f64 one.
//! The in-place forms (`assign_zip_map` ...) compute on boxed arrays the
//! same way, with no temporary.

use shaped::Array3;

const SMALL_STACK: usize = 64 * 1024;

fn on_small_stack(name: &'static str, f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .name(name.into())
        .stack_size(SMALL_STACK)
        .spawn(f)
        .expect("spawn")
        .join()
        .unwrap_or_else(|_| panic!("{name} failed on a 64 KiB stack"));
}

macro_rules! canvas_tests {
    ($($name:ident: $t:ty, $v:expr;)*) => {$(
        #[test]
        fn $name() {
            type Canvas = Array3<$t, 1080, 1920, 3>;
            on_small_stack("zeros_boxed", || {
                let a = Canvas::zeros_boxed();
                assert!(a.iter().all(|&x| x == 0 as $t));
            });
            on_small_stack("ones_boxed", || {
                let a = Canvas::ones_boxed();
                assert!(a.iter().all(|&x| x == 1 as $t));
            });
            on_small_stack("full_boxed", || {
                let a = Canvas::full_boxed($v);
                assert_eq!((a[[0, 0, 0]], a[[1079, 1919, 2]]), ($v, $v));
            });
            on_small_stack("from_fn_boxed", || {
                let a = Canvas::from_fn_boxed(|[_, _, c]| c as $t);
                assert_eq!((a[[5, 7, 0]], a[[1079, 1919, 2]]), (0 as $t, 2 as $t));
            });
            on_small_stack("uninit_boxed", || {
                let mut a = Canvas::uninit_boxed();
                a.as_mut_slice().iter_mut().for_each(|slot| { slot.write($v); });
                // SAFETY: every element was written just above.
                let a = unsafe { a.assume_init_boxed() };
                assert_eq!(a[[540, 960, 1]], $v);
            });
            on_small_stack("Vec into Box<Array>", || {
                let pixels = vec![$v; 1080 * 1920 * 3];
                let address = pixels.as_ptr();
                let a: Box<Canvas> = pixels.try_into().unwrap();
                assert_eq!(a.as_slice().as_ptr(), address, "the Vec's buffer is reused");
            });
        }
    )*};
}

canvas_tests! {
    canvas_u8: u8, 200u8;
    canvas_f64: f64, 0.25f64;
}

#[cfg(target_os = "linux")]
#[test]
fn zeros_boxed_does_not_touch_its_pages() {
    // A zeroed allocation of 1 GiB costs no resident memory until touched;
    // building it by writing zeros would make all of it resident. Measured
    // in the process's peak RSS, which must stay far below 1 GiB.
    type Big = Array3<u8, 1024, 1024, 1024>;
    let big = Big::zeros_boxed();
    assert_eq!(big[[1023, 1023, 1023]], 0);
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kib: usize = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(
        kib < 512 * 1024,
        "peak RSS {kib} KiB: zeros_boxed touched its pages"
    );
}

/// A STREAM triad over 64 MiB arrays, in place: long enough for the wide
/// (AVX-512/AVX2) loops, and every value checked against the plain loop.
#[test]
fn in_place_forms_work_on_big_boxed_arrays() {
    type Big = shaped::Array1<f64, { 8 << 20 }>;
    on_small_stack("triad", || {
        let b = Big::from_fn_boxed(|[i]| i as f64);
        let c = Big::from_fn_boxed(|[i]| (i % 1000) as f64 * 0.25);
        let mut a = Big::zeros_boxed();
        a.assign_zip_map(&b, &c, |b, c| b + 3.0 * c);
        let plain = b.iter().zip(c.iter()).map(|(&b, &c)| b + 3.0 * c);
        assert!(a.iter().copied().eq(plain), "triad");

        a.zip_map_inplace(&c, |a, c| a - 3.0 * c);
        assert!(a.iter().eq(b.iter()), "zip_map_inplace undoes the triad");

        a.map_inplace(|x| x * 0.5);
        let mut halves = Big::zeros_boxed();
        halves.assign_map(&b, |x| x / 2.0);
        assert!(
            a.iter().eq(halves.iter()),
            "map_inplace and assign_map agree"
        );
        assert_eq!(a[[(8 << 20) - 1]], ((8 << 20) - 1) as f64 / 2.0);
    });
}

/// A million-point `linspace` (8 MB) on a 64 KiB stack, NumPy's values at
/// the ends and the middle.
#[test]
fn sequences_on_the_heap() {
    on_small_stack("linspace_boxed", || {
        let t = shaped::Array1::<f64, 1_000_000>::linspace_boxed(0.0, 1.0);
        // np.linspace(0, 1, 1_000_000)[[0, 500_000, -1]]
        assert_eq!((t[0], t[500_000], t[999_999]), (0.0, 0.5000005000005, 1.0));
    });
    on_small_stack("arange_boxed", || {
        let i = shaped::Array1::<i64, 1_000_000>::arange_step_boxed(-7, 2);
        assert_eq!((i[0], i[999_999]), (-7, 1_999_991));
    });
}

/// The tutorial's canvas by value, `zeros()` and the `array!` dtype form,
/// in a thread with the 8 MiB stack a main thread gets on Linux: in a
/// debug build it is copied once into its slot (it used to pass through
/// temporaries and overflow the stack, aborting the test process).
#[test]
fn the_canvas_by_value_fits_an_8_mib_stack() {
    // Each in a frame of its own, as a `main` would hold one.
    #[inline(never)]
    fn by_zeros() {
        let c = Array3::<u8, 1080, 1920, 3>::zeros();
        assert!(c.as_slice().iter().all(|&v| v == 0));
    }
    #[inline(never)]
    fn by_macro() {
        let d = shaped::array![[[u8; 3]; 1920]; 1080];
        assert_eq!(d.nbytes(), 6_220_800);
    }
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            by_zeros();
            by_macro();
        })
        .unwrap()
        .join()
        .unwrap();
}
