//! Results on the heap (`map_boxed`, `cast_boxed`, and the `assign_map`
//! pattern into a boxed array): the same elements as the by-value forms,
//! and the seed's canvas cast to `f32` on a thread with the main thread's
//! default 8 MiB stack, which the by-value `cast` (24,883,200 bytes)
//! overflows in a debug build.

use shaped::{Array2, Array3, Axis, ColMajor, RowMajor};

/// Runs `f` on a thread with an 8 MiB stack, the default of a main thread.
fn on_main_sized_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("the closure ran to the end");
}

#[test]
fn the_canvas_casts_to_floats_on_an_8_mib_stack() {
    on_main_sized_stack(|| {
        let mut canvas = Array3::<u8, 1080, 1920, 3>::zeros_boxed();
        canvas.slice_mut(shaped::s![..540, .., 0]).fill(255);
        let floats = canvas.cast_boxed::<f32>();
        assert_eq!(floats.nbytes(), 24_883_200);
        assert_eq!(floats[[539, 1919, 0]], 255.0);
        assert_eq!(floats[[540, 0, 0]], 0.0);
        assert_eq!(
            floats.iter().map(|&v| f64::from(v)).sum::<f64>(),
            255.0 * 540.0 * 1920.0
        );
        // The same through a view, and the pattern for any elementwise math.
        let halves = canvas
            .slice(shaped::s![.., .., 0])
            .map_boxed(|v| f32::from(v) / 2.0);
        assert_eq!(halves[[0, 0]], 127.5);
        let mut out = Array3::<f32, 1080, 1920, 3>::zeros_boxed();
        out.assign_map(&*floats, |v| (v / 255.0).sqrt());
        assert_eq!(out[[0, 0, 0]], 1.0);
    });
}

#[test]
fn boxed_results_equal_the_by_value_ones() {
    let a = Array2::<f64, 3, 4>::from_fn(|[i, j]| i as f64 * 1.5 - j as f64);
    assert_eq!(*a.cast_boxed::<i16>(), a.cast::<i16>());
    assert_eq!(*a.map_boxed(f64::exp), a.map(f64::exp));
    // Views, in both orders, keep the order their copies take.
    let f = a.to_order::<ColMajor>();
    let flipped = f.flip(Axis::<1>);
    let boxed: Box<shaped::Array<u8, _, ColMajor>> = flipped.cast_boxed::<u8>();
    assert_eq!(*boxed, flipped.cast::<u8>());
    let t = a.t();
    assert_eq!(*t.cast_boxed::<f32>(), t.cast::<f32>());
    let rows = a.view().swapaxes::<0, 1>().map_boxed(|v| v > 0.0);
    let _: &shaped::Array<bool, shaped::Shape2<4, 3>, RowMajor> = &rows;
    assert_eq!(*rows, a.view().swapaxes::<0, 1>().map(|v| v > 0.0));
}
