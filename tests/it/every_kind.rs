//! One API for every kind of array: each operation of one list, on every
//! kind (an array in either order, a whole view, a strided slice, a
//! transpose, a flipped view, a mutable view, a broadcast view), gives
//! exactly what the same operation gives on the array the receiver would
//! copy to (`to_array()`): the same values to the bit, the same result
//! type and so the same memory order (the comparison only compiles when
//! both results have one type).

use shaped::{
    Array, Array1, Array2, Array3, ArrayView, Axis, ColMajor, RowMajor, Shape, Shape1, Shape2,
    Shape3, einsum, s,
};

/// A result reduced to comparable bits: floats by their bit patterns, so
/// NaN and `-0.0` count.
trait Bits {
    fn bits(&self) -> Vec<u64>;
}

macro_rules! int_bits {
    ($($t:ty),*) => {$(
        impl Bits for $t {
            fn bits(&self) -> Vec<u64> {
                vec![*self as u64]
            }
        }
    )*};
}

int_bits!(bool, u8, i32, i64, u64, usize);

impl Bits for f64 {
    fn bits(&self) -> Vec<u64> {
        vec![self.to_bits()]
    }
}

impl Bits for f32 {
    fn bits(&self) -> Vec<u64> {
        vec![u64::from(self.to_bits())]
    }
}

impl Bits for String {
    fn bits(&self) -> Vec<u64> {
        self.bytes().map(u64::from).collect()
    }
}

impl<T: Bits + shaped::Stored, S: Shape, O: shaped::Order> Bits for Array<T, S, O> {
    fn bits(&self) -> Vec<u64> {
        // Memory order: the same type means the same memory order, so this
        // also compares where every element lies.
        self.as_slice().iter().flat_map(Bits::bits).collect()
    }
}

impl<T: Bits> Bits for Vec<T> {
    fn bits(&self) -> Vec<u64> {
        self.iter().flat_map(Bits::bits).collect()
    }
}

impl<const N: usize> Bits for [usize; N] {
    fn bits(&self) -> Vec<u64> {
        self.iter().map(|&i| i as u64).collect()
    }
}

impl<T: Bits + shaped::Stored, S: Shape, O: shaped::Order> Bits for Box<Array<T, S, O>> {
    fn bits(&self) -> Vec<u64> {
        (**self).bits()
    }
}

/// The two results of one operation: the same type, the same bits.
fn same<R: Bits>(kind: &str, op: &str, on_kind: R, on_copy: R) {
    assert_eq!(on_kind.bits(), on_copy.bits(), "{op} of {kind}");
}

/// Every read-only operation of the list, on `$kind` and on its copy.
/// `$x` names the receiver in each expression; `$other`, made from the
/// copy, is an array of the same shape and order, the second operand of
/// binary ones.
macro_rules! read_ops {
    ($what:expr, $kind:expr, $x:ident, $other:ident = $c:ident => $make:expr,
     { $($op:literal: $e:expr;)* }) => {{
        let kind = $kind;
        let copy = kind.to_array();
        let $other = { let $c = &copy; $make };
        let mut count = 0;
        $(
            let on_kind = { let $x = &kind; $e };
            let on_copy = { let $x = &copy; $e };
            same($what, $op, on_kind, on_copy);
            count += 1;
        )*
        let _ = &$other;
        count
    }};
}

/// The list for float arrays of three axes. Each line is one operation of
/// the public API; a new operation is one line here, and every kind
/// checks it.
macro_rules! float_ops_3d {
    ($what:expr, $kind:expr) => {
        read_ops!($what, $kind, x, other = c => c.map(|v| v * 0.5 - 1.0), {
            "sum": x.sum();
            "prod": x.prod();
            "mean": x.mean();
            "min": x.min();
            "max": x.max();
            "argmin": x.argmin();
            "argmax": x.argmax();
            "argmax_index": x.argmax_index();
            "argmin_index": x.argmin_index();
            "any": x.any();
            "all": x.all();
            "count_nonzero": x.count_nonzero();
            "sum_axis 0": x.sum_axis::<0>();
            "sum_axis 1": x.sum_axis::<1>();
            "sum_axis 2": x.sum_axis::<2>();
            "prod_axis 2": x.prod_axis::<2>();
            "mean_axis 1": x.mean_axis::<1>();
            "max_axis 0": x.max_axis::<0>();
            "min_axis 2": x.min_axis::<2>();
            "argmax_axis 1": x.argmax_axis::<1>();
            "argmin_axis 0": x.argmin_axis::<0>();
            "map": x.map(|v| v * 3.0 + 1.0);
            "zip_map": x.zip_map(&other, |a, b| a * b - a);
            "cast": x.cast::<f32>();
            "cast to int": x.cast::<i32>();
            "abs": x.abs();
            "sqrt": x.sqrt();
            "exp": x.exp();
            "floor": x.floor();
            "round": x.round();
            "clamp": x.clamp(-1.0, 1.5);
            "clip": x.clip(0.0, 2.0);
            "isclose": x.isclose(&other);
            "allclose": x.allclose(&other);
            "array_equal": x.array_equal(&other);
            "isnan": x.isnan();
            "isfinite": x.isfinite();
            "signbit": x.signbit();
            "maximum": x.maximum(&other);
            "fmin scalar": x.fmin(0.25);
            "square": x.square();
            "reciprocal": x.reciprocal();
            "sign": x.sign();
            "remainder": x.remainder(&other);
            "fmod scalar": x.fmod(0.75);
            "floor_divide": x.floor_divide(&other);
            "powf": x.powf(1.5);
            "hypot": x.hypot(&other);
            "arctan2": x.arctan2(&other);
            "tanh": x.tanh();
            "arcsinh": x.arcsinh();
            "expm1": x.expm1();
            "log1p": x.log1p();
            "deg2rad": x.deg2rad();
            "trunc": x.trunc();
            "gt_elem scalar": x.gt_elem(0.5);
            "le_elem array": x.le_elem(&other);
            "eq_elem itself": x.eq_elem(x);
            "select": x.gt_elem(0.0).select(x, -1.0);
            "masked": x.masked(&x.gt_elem(0.0));
            "nonzero": x.nonzero();
            "x + scalar": x + 1.25;
            "x - array": x - &other;
            "x * x": x * x;
            "x / array": x / &other;
            "x % scalar": x % 0.75;
            "-x": -x;
            "scalar - x": 2.0 - x.view();
            "sorted": x.sorted();
            "sorted_axis 0": x.sorted_axis(Axis::<0>);
            "argsort": x.argsort();
            "argsort_axis 1": x.argsort_axis(Axis::<1>);
            "cumsum_axis 0": x.cumsum_axis(Axis::<0>);
            "cumsum_axis 2": x.cumsum_axis(Axis::<2>);
            "cumprod_axis 1": x.cumprod_axis(Axis::<1>);
            "to_array": x.to_array();
            "to_array_boxed": x.to_array_boxed();
            "to_order C": x.to_order::<RowMajor>();
            "to_order F": x.to_order::<ColMajor>();
            "str": x.to_string();
            "repr": format!("{x:?}");
            "== copy": x == &x.to_array();
            "write_npy": { let mut file = Vec::new(); x.write_npy(&mut file).unwrap(); file };
            "iter (memory order)": x.iter().copied().collect::<Vec<f64>>();
        })
    };
}

/// Values with every sign, zeros of both signs, fractions and a NaN-free
/// spread, at C-order position `i`.
fn value(i: usize) -> f64 {
    let k = (i * 37 + 11) % 29;
    match k {
        0 => -0.0,
        1 => 0.0,
        _ => (k as f64 - 14.0) * 0.375,
    }
}

fn base<O: shaped::Order>() -> Array3<f64, 4, 6, 5, O> {
    Array3::from_fn(|[i, j, k]| value((i * 6 + j) * 5 + k))
}

#[test]
fn every_kind_gives_what_its_copy_gives() {
    let c = base::<RowMajor>();
    let f = base::<ColMajor>();
    let mut total = 0;
    total += float_ops_3d!("a C array", c);
    total += float_ops_3d!("an F array", f);
    total += float_ops_3d!("a whole view", c.view());
    total += float_ops_3d!("a view of an F array", f.view());
    let strided: ArrayView<'_, f64, Shape3<4, 3, 3>, _> = c.slice(s![.., 1..4, ..;2]);
    total += float_ops_3d!("a strided slice", strided);
    let strided_f: ArrayView<'_, f64, Shape3<2, 6, 5>, _> = f.slice(s![1..3, .., ..]);
    total += float_ops_3d!("a slice of an F array", strided_f);
    total += float_ops_3d!("a transpose", c.view().t());
    total += float_ops_3d!("a flipped view", c.view().flip(Axis::<1>));
    let mut m = c;
    total += float_ops_3d!("a mutable view", m.view_mut());
    let plane = Array2::<f64, 6, 5>::from_fn(|[j, k]| value(j * 5 + k + 3));
    total += float_ops_3d!("a broadcast view", plane.broadcast_to::<Shape3<4, 6, 5>>());
    assert_eq!(total, 10 * 84, "every kind ran every operation");
}

/// Integer operations (bit operators, exact sums) on the same kinds.
#[test]
fn integer_operations_on_every_kind() {
    macro_rules! int_ops {
        ($what:expr, $kind:expr) => {
            read_ops!($what, $kind, x, other = c => c.map(|v| v ^ 5), {
                "sum": x.sum();
                "prod_axis 0": x.prod_axis::<0>();
                "x & array": x & &other;
                "x | scalar": x | 12;
                "x ^ x": x ^ x;
                "!x": !x;
                "x * 3": x * 3;
                "x / array": x / &other;
                "cumsum": x.cumsum_axis(Axis::<1>);
                "str": x.to_string();
                "remainder": x.remainder(&other);
                "floor_divide 3": x.floor_divide(3);
                "power": x.power(3);
                "maximum": x.maximum(&other);
                "sign": x.sign();
            })
        };
    }
    let a = Array2::<i32, 5, 7>::from_fn(|[i, j]| (i as i32 * 7 + j as i32) * 13 % 23 - 11);
    let f = a.to_order::<ColMajor>();
    let mut total = int_ops!("a C array", a);
    total += int_ops!("an F array", f);
    let odd: ArrayView<'_, i32, Shape2<5, 3>, _> = a.slice(s![.., 1..;2]);
    total += int_ops!("a strided slice", odd);
    total += int_ops!("a transpose", a.view().t());
    let row = Array1::<i32, 7>::from_fn(|[j]| j as i32 - 3);
    total += int_ops!("a broadcast view", row.broadcast_to::<Shape2<5, 7>>());
    assert_eq!(total, 5 * 15);
}

/// Matrix products, `einsum!` and joins take every kind, on either side.
#[test]
fn products_and_joins_take_every_kind() {
    let a = Array2::<f64, 3, 4>::from_fn(|[i, j]| value(i * 4 + j));
    let b = Array2::<f64, 4, 2>::from_fn(|[i, j]| value(i * 2 + j + 5));
    let bt = b.t().to_array(); // (2, 4) in F order
    let v = Array1::<f64, 4>::from_fn(|[i]| value(i + 9));
    let (ac, bc) = (a.to_array(), b.to_array());
    same("a view", "matmul", a.view().matmul(&b), ac.matmul(&bc));
    same(
        "a transposed view on the right",
        "matmul",
        a.matmul(&bt.t()),
        a.matmul(&b),
    );
    same(
        "a strided view",
        "matmul",
        a.slice(s![.., ..;1]).matmul(&b.view()),
        a.matmul(&b),
    );
    same("a view", "dot", a.view().dot(v.view()), a.dot(&v));
    same(
        "a strided vector",
        "dot",
        v.view().flip(Axis::<0>).dot(&v),
        v.flip(Axis::<0>).dot(&v),
    );
    let row: ArrayView<'_, f64, Shape1<4>, _> = a.slice(s![1, ..]);
    same("a row view", "dot", row.dot(&v), a.to_array()[1].dot(&v));
    same(
        "views",
        "einsum matmul",
        einsum!("ij,jk->ik", a.view(), bt.t()),
        einsum!("ij,jk->ik", a, b),
    );
    same(
        "views",
        "einsum trace of aᵀa",
        einsum!("ji,jk->", a.view(), &a.view()),
        einsum!("ji,jk->", a, a),
    );
    let mut m = a;
    same(
        "a mutable view",
        "einsum sum",
        einsum!("ij->j", m.view_mut()),
        einsum!("ij->j", a),
    );
    let joined: Array2<f64, 6, 4> = a.view().concat(Axis::<0>, &a.slice(s![.., ..]));
    let copied: Array2<f64, 6, 4> = a.concat(Axis::<0>, &a);
    same("views", "concat", joined, copied);
    let stacked: Array2<f64, 2, 4> = Array::stack(Axis::<0>, [&row, &row]);
    let from_arrays: Array2<f64, 2, 4> =
        Array::stack(Axis::<0>, [&row.to_array(), &row.to_array()]);
    same("views", "stack", stacked, from_arrays);
    let (top, bottom): (Array2<f64, 1, 4>, Array2<f64, 2, 4>) = a.view().split(Axis::<0>);
    let (top2, bottom2): (Array2<f64, 1, 4>, Array2<f64, 2, 4>) = a.split(Axis::<0>);
    same("a view", "split top", top, top2);
    same("a view", "split bottom", bottom, bottom2);
}

/// Every writing operation of one list, through a mutable view and on the
/// array it would copy to: afterwards both hold the same elements.
macro_rules! write_ops {
    ($what:expr, |$p:ident| $make:expr, $x:ident, $other:ident, { $($op:literal: $e:expr;)* }) => {{
        let mut count = 0;
        $(
            let mut parent = base::<RowMajor>();
            let mut kind = { let $p = &mut parent; $make };
            let mut copy = kind.to_array();
            let $other = copy.map(|v| v * 0.5 + 0.25);
            { let $x = &mut kind; let _ = &$other; $e; }
            { let $x = &mut copy; $e; }
            same($what, $op, kind.to_array(), copy);
            count += 1;
        )*
        count
    }};
}

macro_rules! float_writes {
    ($what:expr, |$p:ident| $make:expr) => {
        write_ops!($what, |$p| $make, x, other, {
            "fill": x.fill(2.5);
            "assign": x.assign(&other);
            "map_inplace": x.map_inplace(|v| v * v - 1.0);
            "assign_map": x.assign_map(&other, |v| v + 10.0);
            "assign_zip_map": x.assign_zip_map(&other, &other, |a, b| a * b);
            "zip_map_inplace": x.zip_map_inplace(&other, |a, b| a - b);
            "+= scalar": *x += 1.5;
            "*= array": *x *= &other;
            "-= view": *x -= other.view();
            "sort": x.sort();
            "sort_axis 0": x.sort_axis(Axis::<0>);
            "clip_inplace": x.clip_inplace(-1.0, 1.0);
        })
    };
}

#[test]
fn writing_through_every_mutable_kind() {
    let mut total = float_writes!("an array", |a| *a);
    total += float_writes!("a whole mutable view", |a| a.view_mut());
    total += float_writes!("a strided mutable slice", |a| {
        let v: shaped::ArrayViewMut<'_, f64, Shape3<4, 3, 3>, _> = a.slice_mut(s![.., 1..4, ..;2]);
        v
    });
    total += float_writes!("a transposed mutable view", |a| a.view_mut().into_t());
    total += float_writes!("a flipped mutable view", |a| a
        .view_mut()
        .into_flip(Axis::<2>));
    assert_eq!(total, 5 * 12);
}

/// Linear algebra takes every kind: a view's `det`, `inv`, ... are those of
/// the matrix it would copy to, read in place or copied.
#[test]
fn linear_algebra_on_every_kind() {
    // SPD: bᵀb + 4I, in a bigger matrix so that a slice is strided.
    let b = Array2::<f64, 3, 3>::from_fn(|[i, j]| value(i * 3 + j + 1));
    let spd = Array2::<f64, 3, 3>::from_fn(|[i, j]| {
        (0..3).map(|k| b[[k, i]] * b[[k, j]]).sum::<f64>() + if i == j { 4.0 } else { 0.0 }
    });
    let big =
        Array2::<f64, 3, 6>::from_fn(|[i, j]| if j % 2 == 0 { spd[[i, j / 2]] } else { -1.0 });
    let rhs = Array1::<f64, 3>::from([1.0, -2.0, 0.5]);
    macro_rules! linalg_ops {
        ($what:expr, $kind:expr) => {
            read_ops!($what, $kind, x, other = c => c.map(|v| v * 0.5), {
                "det": x.det();
                "inv": x.inv().expect("invertible");
                "solve": x.solve(&rhs).expect("invertible");
                "trace": x.trace();
                "norm": x.norm();
                "norm_l1": x.norm_l1();
                "norm_inf": x.norm_inf();
                "matrix_power": x.matrix_power(3);
                "cholesky": x.cholesky().expect("positive definite");
                "qr q": x.qr().0;
                "qr r": x.qr().1;
                "eigh values": x.eigh().0;
                "eigh vectors": x.eigh().1;
                "matmul": x.matmul(&other);
            })
        };
    }
    let mut total = linalg_ops!("an array", spd);
    total += linalg_ops!("a view", spd.view());
    total += linalg_ops!("a transpose (F order)", spd.view().t());
    let strided: ArrayView<'_, f64, Shape2<3, 3>, _> = big.slice(s![.., ..;2]);
    total += linalg_ops!("a strided slice", strided);
    let mut m = spd;
    total += linalg_ops!("a mutable view", m.view_mut());
    assert_eq!(total, 5 * 14);
    let v = Array1::<f64, 3>::from([1.0, 2.0, 3.0]);
    same("a view", "cross", v.view().cross(&rhs), v.cross(&rhs));
    same("a view", "outer", v.view().outer(&rhs), v.outer(&rhs));
    same(
        "a view",
        "norm_l1 of a vector",
        v.view().flip(Axis::<0>).norm_l1(),
        v.norm_l1(),
    );
}
