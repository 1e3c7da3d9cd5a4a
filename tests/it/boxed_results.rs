//! Results on the heap (`map_boxed`, `cast_boxed`, the shape tools'
//! `tile_boxed` ..., `from_fn_boxed`, `to_array_boxed`, and the
//! `assign_map` and compound-assignment patterns into a boxed array): the
//! same elements as the by-value forms, and results bigger than 8 MiB
//! (the seed's canvas cast to `f32`, tiled, padded ...) on a thread with
//! the main thread's default 8 MiB stack, which the by-value forms
//! (24,883,200 bytes) overflow in a debug build; those do not build.

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

/// One big result of each family whose by-value form would not build
/// (more than 8 MiB): the shape tools, `from_fn`, `to_array` and the
/// operators (as the compound assignment on a boxed copy), each on a
/// thread with an 8 MiB stack.
#[test]
fn big_boxed_results_of_each_family_run_on_an_8_mib_stack() {
    on_main_sized_stack(|| {
        // from_fn: 1080x1920x3 f32, 24,883,200 bytes.
        let ramp = Array3::<f32, 1080, 1920, 3>::from_fn_boxed(|[i, j, k]| (i + j + k) as f32);
        assert_eq!(ramp[[1079, 1919, 2]], 3000.0);
        // to_array of a view: the transpose, copied in its own order.
        let copy = ramp.t().to_array_boxed();
        assert_eq!(copy[[2, 1919, 1079]], 3000.0);
        assert_eq!(copy.as_slice(), ramp.as_slice());
        // The operators: `&a + &b` in place on a boxed copy.
        let mut sum = ramp.to_array_boxed();
        *sum += &*ramp;
        *sum *= 0.5;
        assert_eq!(*sum, *ramp);
        // The shape tools.
        let rgb = shaped::Array1::<f32, 3>::from([0.25, 0.5, 1.0]);
        let tiled: Box<Array3<f32, 1080, 1920, 3>> = rgb.tile_boxed();
        assert_eq!(tiled[[1079, 1919, 1]], 0.5);
        let tall: Box<Array3<f32, 2160, 1920, 3>> = tiled.repeat_boxed(Axis::<0>);
        assert_eq!(tall[[2159, 0, 2]], 1.0);
        let padded: Box<Array3<f32, 1082, 1922, 5>> =
            ramp.pad_boxed::<1, 1, _>(shaped::PadMode::Constant(-1.0));
        assert_eq!((padded[[0, 0, 0]], padded[[1, 1, 1]]), (-1.0, 0.0));
        let rolled = ramp.roll_boxed(1);
        assert_eq!(rolled[[0, 0, 0]], ramp[[1079, 1919, 2]]);
        let rolled = ramp.roll_axis_boxed(Axis::<1>, -1);
        assert_eq!(rolled[[0, 1919, 0]], ramp[[0, 0, 0]]);
        let v = shaped::Array1::<f64, 1500>::from_fn(|[i]| i as f64);
        let d = v.diag_boxed(); // 18 MB
        assert_eq!((d[[1499, 1499]], d[[0, 1]]), (1499.0, 0.0));
        let lower = d.tril_k_boxed(-1);
        assert_eq!(lower[[1499, 1499]], 0.0);
        let upper = d.t().triu_boxed();
        assert_eq!(upper[[7, 7]], 7.0);
        let x = shaped::Array1::<f64, 1920>::from_fn(|[i]| i as f64);
        let y = shaped::Array1::<f64, 1080>::from_fn(|[j]| j as f64);
        let (xx, yy) = shaped::meshgrid_boxed(&x, &y);
        assert_eq!((xx[[1079, 1919]], yy[[1079, 1919]]), (1919.0, 1079.0));
        let (xx, yy) = shaped::meshgrid_ij_boxed(&x, &y);
        assert_eq!((xx[[1919, 0]], yy[[0, 1079]]), (1919.0, 1079.0));
    });
}

/// The boxed shape tools give the by-value results, on arrays and views.
#[test]
fn boxed_shape_tools_equal_the_by_value_ones() {
    let a = Array2::<i32, 3, 4>::from_fn(|[i, j]| (i * 4 + j) as i32 - 5);
    let t = a.t();
    let tiled: Array2<i32, 6, 8> = a.tile();
    assert_eq!(*a.tile_boxed::<shaped::Shape2<6, 8>>(), tiled);
    let repeated: Array2<i32, 4, 6, ColMajor> = t.repeat(Axis::<1>);
    assert_eq!(
        *t.repeat_boxed::<1, shaped::Shape2<4, 6>>(Axis::<1>),
        repeated
    );
    for mode in [
        shaped::PadMode::Constant(7),
        shaped::PadMode::Reflect,
        shaped::PadMode::Wrap,
    ] {
        let padded: Array2<i32, 7, 6, ColMajor> = t.pad::<2, 1, _>(mode);
        assert_eq!(*t.pad_boxed::<2, 1, shaped::Shape2<7, 6>>(mode), padded);
    }
    for shift in [-5, 0, 3, 13] {
        assert_eq!(*a.roll_boxed(shift), a.roll(shift));
        assert_eq!(
            *t.roll_axis_boxed(Axis::<0>, shift),
            t.roll_axis(Axis::<0>, shift)
        );
    }
    for k in [-2, 0, 1] {
        assert_eq!(*a.tril_k_boxed(k), a.tril_k(k));
        assert_eq!(*t.triu_k_boxed(k), t.triu_k(k));
    }
    assert_eq!(*a.tril_boxed(), a.tril());
    assert_eq!(*t.triu_boxed(), t.triu());
    let row = a.slice(shaped::s![1, ..]);
    assert_eq!(*row.diag_boxed(), row.diag());
    let col = a.slice(shaped::s![.., 2]);
    let (xx, yy) = shaped::meshgrid_boxed(&row, &col);
    assert_eq!((*xx, *yy), shaped::meshgrid(&row, &col));
    let (xx, yy) = shaped::meshgrid_ij_boxed(&row, &col);
    assert_eq!((*xx, *yy), shaped::meshgrid_ij(&row, &col));
}
