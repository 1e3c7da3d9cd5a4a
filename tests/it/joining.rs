//! Joining and splitting, NumPy's `concatenate`, `stack` and `split`, with
//! the result's shape from the annotation (checked while compiling; the
//! mistakes are in `compiler-tests/ui/concat-*`, `stack-*`, `split-*`).

use shaped::{Array, Array1, Array2, Array3, Axis, ColMajor, RowMajor};

fn value(index: &[usize]) -> i32 {
    index.iter().fold(0, |v, &i| v * 10 + i as i32)
}

#[test]
fn concatenate_along_each_axis_in_both_orders() {
    let a = Array3::<i32, 2, 3, 4>::from_fn(|i| value(&i));
    let b = Array3::<i32, 2, 3, 4>::from_fn(|i| -value(&i) - 1);
    let c0: Array3<i32, 4, 3, 4> = a.concat(Axis::<0>, &b);
    let c1: Array3<i32, 2, 6, 4> = a.concat(Axis::<1>, &b);
    let c2: Array3<i32, 2, 3, 8> = a.concat(Axis::<2>, &b);
    for (c, axis, len) in [
        (c0.as_slice().to_vec(), 0, 2),
        (c1.as_slice().to_vec(), 1, 3),
        (c2.as_slice().to_vec(), 2, 4),
    ] {
        let dims = match axis {
            0 => [4, 3, 4],
            1 => [2, 6, 4],
            _ => [2, 3, 8],
        };
        let mut n = 0;
        for i in 0..dims[0] {
            for j in 0..dims[1] {
                for k in 0..dims[2] {
                    let mut idx = [i, j, k];
                    let expect = if idx[axis] < len {
                        value(&idx)
                    } else {
                        idx[axis] -= len;
                        -value(&idx) - 1
                    };
                    assert_eq!(c[n], expect, "axis {axis} at {:?}", [i, j, k]);
                    n += 1;
                }
            }
        }
    }
    // Column-major arrays join the same logical arrays.
    let (fa, fb) = (a.to_order::<ColMajor>(), b.to_order::<ColMajor>());
    let f0: Array3<i32, 4, 3, 4, ColMajor> = fa.concat(Axis::<0>, &fb);
    let f2: Array3<i32, 2, 3, 8, ColMajor> = fa.concat(Axis::<2>, &fb);
    assert_eq!(f0.to_order::<RowMajor>(), c0);
    assert_eq!(f2.to_order::<RowMajor>(), c2);
}

#[test]
fn split_undoes_concatenate() {
    let a = Array2::<u8, 5, 4>::from_fn(|i| value(&i) as u8);
    let (top, bottom): (Array2<u8, 2, 4>, Array2<u8, 3, 4>) = a.split(Axis::<0>);
    let (left, right): (Array2<u8, 5, 1>, Array2<u8, 5, 3>) = a.split(Axis::<1>);
    assert_eq!(
        top.concat::<0, _, shaped::Shape2<5, 4>>(Axis::<0>, &bottom),
        a
    );
    assert_eq!(
        left.concat::<1, _, shaped::Shape2<5, 4>>(Axis::<1>, &right),
        a
    );
    assert_eq!(bottom[[0, 3]], 23);
    let f = a.to_order::<ColMajor>();
    let (l, r): (Array2<u8, 5, 1, ColMajor>, Array2<u8, 5, 3, ColMajor>) = f.split(Axis::<1>);
    assert_eq!(
        (l.to_order::<RowMajor>(), r.to_order::<RowMajor>()),
        (left, right)
    );
    let (empty, all): (Array2<u8, 0, 4>, Array2<u8, 5, 4>) = a.split(Axis::<0>);
    assert_eq!((empty.size(), all), (0, a));
}

#[test]
fn stack_at_every_position() {
    let x = Array2::<i32, 2, 3>::from_fn(|i| value(&i));
    let y = Array2::<i32, 2, 3>::from_fn(|i| 100 + value(&i));
    let s0: Array3<i32, 2, 2, 3> = Array::stack(Axis::<0>, [&x, &y]);
    let s1: Array3<i32, 2, 2, 3> = Array::stack(Axis::<1>, [&x, &y]);
    let s2: Array3<i32, 2, 3, 2> = Array::stack(Axis::<2>, [&x, &y]);
    assert_eq!((s0[[1, 0, 2]], s1[[1, 0, 2]], s2[[1, 2, 0]]), (102, 12, 12));
    assert_eq!(
        (s0[[0, 1, 2]], s1[[0, 1, 2]], s2[[0, 2, 1]]),
        (12, 102, 102)
    );
    let v = Array1::<f32, 2>::from([1.0, 2.0]);
    let m: Array2<f32, 3, 2> = Array::stack(Axis::<0>, [&v, &v, &v]);
    assert_eq!(m.as_slice(), &[1.0, 2.0, 1.0, 2.0, 1.0, 2.0]);
}
