//! Every operation held to a model (`properties/model.rs`: a `Vec` in C
//! order and index arithmetic), for random values (NaN of either sign,
//! `±0.0`, `±inf`, subnormals, integer extremes) on shapes of ranks 1 to 4
//! in both memory orders. Integers and floats are compared bit for bit:
//! where the model's order of operations is NumPy's (pairwise sums), so is
//! `shaped`'s.
//!
//! Each property runs 256 cases per shape and order by default (a few
//! thousand in all); `PROPTEST_CASES=10000 cargo test -p shaped-tests -- properties::`
//! runs the long form. Shrunk failures are kept in
//! `tests/it/properties.proptest-regressions` (committed) and replayed first.

mod model;

use model::{bits, flat, float, int, lanes, pairwise, pick, unflat, value, values};
use proptest::prelude::*;
use shaped::{Array, ArrayView, Axis, ColMajor, RowMajor, Shape, s};

/// The array of shape `S` and order `O` holding `values` in C order.
fn array<T: shaped::Element, S: Shape, O: shaped::Order>(values: &[T]) -> Array<T, S, O> {
    Array::<T, S, RowMajor>::try_from(values)
        .unwrap()
        .to_order::<O>()
}

/// The elements of `a` in C order.
fn c_order<T: shaped::Element, S: Shape, O: shaped::Order>(a: &Array<T, S, O>) -> Vec<T> {
    a.to_order::<RowMajor>().as_slice().to_vec()
}

macro_rules! properties {
    ($($name:ident: $shape:ty, $order:ty, axes [$($axis:literal)*];)*) => {$(
        mod $name {
            use super::*;
            type S = $shape;
            type O = $order;
            const N: usize = <S as Shape>::SIZE;

            proptest! {
                #[test]
                fn integer_arithmetic_wraps_as_numpy(x in prop::collection::vec(int(), N), y in prop::collection::vec(int(), N), k in int()) {
                    let (a, b) = (array::<i32, S, O>(&x), array::<i32, S, O>(&y));
                    let model = |f: fn(i32, i32) -> i32| -> Vec<i32> { x.iter().zip(&y).map(|(&p, &q)| f(p, q)).collect() };
                    let div = |p: i32, q: i32| if q == 0 { 0 } else { p.wrapping_div(q) };
                    let rem = |p: i32, q: i32| if q == 0 { 0 } else { p.wrapping_rem(q) };
                    prop_assert_eq!(c_order(&(a + b)), model(i32::wrapping_add));
                    prop_assert_eq!(c_order(&(&a - &b)), model(i32::wrapping_sub));
                    prop_assert_eq!(c_order(&(a * &b)), model(i32::wrapping_mul));
                    prop_assert_eq!(c_order(&(&a / b)), model(div));
                    prop_assert_eq!(c_order(&(a % b)), model(rem));
                    prop_assert_eq!(c_order(&(a & b)), model(|p, q| p & q));
                    prop_assert_eq!(c_order(&(a ^ b)), model(|p, q| p ^ q));
                    prop_assert_eq!(c_order(&(k - a)), x.iter().map(|&p| k.wrapping_sub(p)).collect::<Vec<_>>());
                    prop_assert_eq!(c_order(&-a), x.iter().map(|p| p.wrapping_neg()).collect::<Vec<_>>());
                    prop_assert_eq!(c_order(&!a), x.iter().map(|p| !p).collect::<Vec<_>>());
                    let mut c = a;
                    c *= b;
                    c += k;
                    prop_assert_eq!(c_order(&c), x.iter().zip(&y).map(|(&p, &q)| p.wrapping_mul(q).wrapping_add(k)).collect::<Vec<_>>());
                }

                #[test]
                fn float_arithmetic_is_ieee(x in prop::collection::vec(float(), N), y in prop::collection::vec(float(), N), k in float()) {
                    let (a, b) = (array::<f64, S, O>(&x), array::<f64, S, O>(&y));
                    let model = |f: fn(f64, f64) -> f64| -> Vec<u64> { x.iter().zip(&y).map(|(&p, &q)| value(f(p, q))).collect() };
                    prop_assert_eq!(values(&c_order(&(a + b))), model(|p, q| p + q), "+");
                    prop_assert_eq!(values(&c_order(&(a - b))), model(|p, q| p - q), "-");
                    prop_assert_eq!(values(&c_order(&(a * b))), model(|p, q| p * q), "*");
                    prop_assert_eq!(values(&c_order(&(a / b))), model(|p, q| p / q), "/");
                    prop_assert_eq!(values(&c_order(&(a % b))), model(|p, q| p % q), "%");
                    prop_assert_eq!(values(&c_order(&(k * a))), x.iter().map(|&p| value(k * p)).collect::<Vec<_>>(), "k *");
                    prop_assert_eq!(bits(&c_order(&a.abs())), x.iter().map(|p| p.abs().to_bits()).collect::<Vec<_>>(), "abs");
                    prop_assert_eq!(bits(&c_order(&-a)), x.iter().map(|p| (-p).to_bits()).collect::<Vec<_>>(), "neg");
                    prop_assert_eq!(c_order(&a.lt_elem(&b)), x.iter().zip(&y).map(|(p, q)| p < q).collect::<Vec<_>>());
                    prop_assert_eq!(c_order(&a.cast::<i32>()), x.iter().map(|&p| p as i32).collect::<Vec<_>>());
                    prop_assert_eq!(c_order(&a.cast::<bool>()), x.iter().map(|&p| p != 0.0).collect::<Vec<_>>());
                }

                #[test]
                fn reductions_follow_numpy(x in prop::collection::vec(float(), N), y in prop::collection::vec(int(), N)) {
                    let a = array::<f64, S, O>(&x);
                    let i = array::<i32, S, O>(&y);
                    // A whole sum runs over memory (NumPy's K order): pairwise.
                    let memory = a.as_slice();
                    prop_assert_eq!(value(a.sum()), value(0.0 + pairwise(memory)), "sum");
                    prop_assert_eq!(value(a.mean()), value((0.0 + pairwise(memory)) / N as f64), "mean");
                    prop_assert_eq!(i.sum(), y.iter().fold(0i64, |s, &v| s.wrapping_add(v.into())));
                    prop_assert_eq!(i.prod(), y.iter().fold(1i64, |s, &v| s.wrapping_mul(v.into())));
                    prop_assert_eq!(value(a.prod()), value(memory.iter().fold(1.0, |s, &v| s * v)), "prod");
                    if N > 0 {
                        let (max, min) = (pick(&x, true), pick(&x, false));
                        prop_assert_eq!((a.argmax(), a.max().to_bits()), (max.0, max.1.to_bits()));
                        prop_assert_eq!((a.argmin(), a.min().to_bits()), (min.0, min.1.to_bits()));
                        prop_assert_eq!(a.argmax_index().as_ref().to_vec(), unflat(S::DIMS, max.0));
                    }
                    prop_assert_eq!(a.any(), x.iter().any(|&v| v != 0.0));
                    prop_assert_eq!(i.all(), y.iter().all(|&v| v != 0));
                    prop_assert_eq!(i.count_nonzero(), y.iter().filter(|&&v| v != 0).count());
                    $(
                        let lanes_f = lanes(S::DIMS, &x, $axis);
                        let lanes_i = lanes(S::DIMS, &y, $axis);
                        // A lane contiguous in memory is summed pairwise, as NumPy
                        // does; the others one after another; both added to NumPy's
                        // identity, 0 (so lanes of -0.0 sum to 0.0).
                        let contiguous = if <O as shaped::Order>::IS_ROW_MAJOR { $axis == S::NDIM - 1 } else { $axis == 0 };
                        let sums: Vec<u64> = lanes_f.iter().map(|l| value(if contiguous { 0.0 + pairwise(l) } else { l.iter().fold(0.0, |s, &v| s + v) })).collect();
                        prop_assert_eq!(values(&c_order(&a.sum_axis::<$axis>())), sums, "sum_axis {}", $axis);
                        prop_assert_eq!(c_order(&i.sum_axis::<$axis>()), lanes_i.iter().map(|l| l.iter().fold(0i64, |s, &v| s.wrapping_add(v.into()))).collect::<Vec<_>>());
                        if S::DIMS[$axis] > 0 {
                            let picks: Vec<(usize, u64)> = lanes_f.iter().map(|l| { let p = pick(l, true); (p.0, p.1.to_bits()) }).collect();
                            prop_assert_eq!(bits(&c_order(&a.max_axis::<$axis>())), picks.iter().map(|p| p.1).collect::<Vec<_>>());
                            prop_assert_eq!(a.argmax_axis::<$axis>().to_order::<RowMajor>().as_slice().to_vec(), picks.iter().map(|p| p.0).collect::<Vec<_>>());
                        }
                        // Sorting a lane: numbers ascending, NaN last; argsort stable.
                        let mut sorted = a;
                        sorted.sort_axis(Axis::<$axis>);
                        let order = a.argsort_axis(Axis::<$axis>);
                        let sorted_lanes = lanes(S::DIMS, &c_order(&sorted), $axis);
                        let order_lanes = lanes(S::DIMS, order.to_order::<RowMajor>().as_slice(), $axis);
                        for ((lane, s), o) in lanes_f.iter().zip(&sorted_lanes).zip(&order_lanes) {
                            let mut expect: Vec<(usize, f64)> = lane.iter().copied().enumerate().collect();
                            expect.sort_by(|p, q| match (p.1.is_nan(), q.1.is_nan()) {
                                (true, true) => core::cmp::Ordering::Equal,
                                (true, false) => core::cmp::Ordering::Greater,
                                (false, true) => core::cmp::Ordering::Less,
                                _ => p.1.partial_cmp(&q.1).unwrap(),
                            });
                            prop_assert_eq!(o, &expect.iter().map(|p| p.0).collect::<Vec<_>>());
                            let got_values: Vec<f64> = s.clone();
                            // Equal values may trade places in an unstable sort: compare
                            // with the numbers' sign of zero set aside, NaN as NaN.
                            prop_assert_eq!(got_values.iter().map(|v| if v.is_nan() { u64::MAX } else { (v + 0.0).to_bits() }).collect::<Vec<_>>(),
                                expect.iter().map(|p| if p.1.is_nan() { u64::MAX } else { (p.1 + 0.0).to_bits() }).collect::<Vec<_>>());
                        }
                    )*
                }

                #[test]
                fn layout_round_trips_and_indexing(x in prop::collection::vec(int(), N)) {
                    let a = array::<i32, S, O>(&x);
                    prop_assert_eq!(c_order(&a), x.clone());
                    let flat_view: &Array<i32, shaped::Shape1<N>, O> = a.reshape();
                    prop_assert_eq!(flat_view.as_slice(), a.as_slice());
                    prop_assert_eq!(a.into_shape::<shaped::Shape1<N>>().into_shape::<S>(), a);
                    prop_assert_eq!(*a.t().t(), a);
                    prop_assert_eq!(a.into_t().into_t(), a);
                    prop_assert_eq!(a.to_order::<ColMajor>().to_order::<O>(), a);
                    for (index, &value) in a.indexed_iter() {
                        prop_assert_eq!(value, x[flat(S::DIMS, index.as_ref())]);
                        prop_assert_eq!(a[index], value);
                        prop_assert_eq!(a.t()[{ let mut r = index; r.as_mut().reverse(); r }], value);
                    }
                    // Walking any axis visits each element once, in order.
                    $(
                        let walked: Vec<i32> = a.lanes(Axis::<$axis>).flat_map(|l| l.iter().copied().collect::<Vec<_>>()).collect();
                        prop_assert_eq!(walked, lanes(S::DIMS, &x, $axis).concat());
                    )*
                    // Cumulative sums along the last axis.
                    let last = S::NDIM - 1;
                    let expect: Vec<i64> = lanes(S::DIMS, &x, last).iter().flat_map(|l| l.iter().scan(0i64, |s, &v| { *s = s.wrapping_add(v.into()); Some(*s) }).collect::<Vec<_>>()).collect();
                    let cum = a.cumsum_axis(Axis::<{ <S as Shape>::NDIM - 1 }>);
                    prop_assert_eq!(lanes(S::DIMS, &c_order(&cum), last).concat(), expect);
                }
            }
        }
    )*};
}

/// Broadcasting a row (the trailing axes) onto every row, against the model.
macro_rules! broadcasts {
    ($($name:ident: $shape:ty, $row:ty, $order:ty;)*) => {$(
        proptest! {
            #[test]
            fn $name(x in prop::collection::vec(int(), <$shape as Shape>::SIZE), r in prop::collection::vec(int(), <$row as Shape>::SIZE)) {
                let a = array::<i32, $shape, $order>(&x);
                let row = array::<i32, $row, $order>(&r);
                let expect: Vec<i32> = x.iter().enumerate().map(|(i, &v)| v.wrapping_sub(r[i % r.len()])).collect();
                prop_assert_eq!(c_order(&(a - row)), expect.clone());
                let mut b = a;
                b -= &row;
                prop_assert_eq!(c_order(&b), expect);
            }
        }
    )*};
}

/// Joining, splitting, slicing every other block along axis 0, and `.npy`
/// write-then-read, against the model: copies keep every bit (NaN payloads
/// included).
macro_rules! copies {
    ($($name:ident: $shape:ty, $order:ty, doubled $doubled:ty, odd blocks $odd:ty;)*) => {$(
        proptest! {
            #[test]
            fn $name(x in prop::collection::vec(float(), <$shape as Shape>::SIZE), y in prop::collection::vec(float(), <$shape as Shape>::SIZE)) {
                let (a, b) = (array::<f64, $shape, $order>(&x), array::<f64, $shape, $order>(&y));
                // np.concatenate((a, b)) holds a's elements, then b's, in C order.
                let joined: Array<f64, $doubled, $order> = a.concat(Axis::<0>, &b);
                prop_assert_eq!(bits(&c_order(&joined)), bits(&[x.clone(), y.clone()].concat()));
                let (first, second): (Array<f64, $shape, $order>, Array<f64, $shape, $order>) = joined.split(Axis::<0>);
                prop_assert_eq!(bits(&c_order(&first)), bits(&x));
                prop_assert_eq!(bits(&c_order(&second)), bits(&y));
                // a[1::2]: the blocks of axis 0 with an odd index.
                let block = x.len() / <$shape as Shape>::DIMS[0];
                let odd: Vec<f64> = x.chunks(block.max(1)).skip(1).step_by(2).flatten().copied().collect();
                let view: ArrayView<f64, $odd, _> = a.slice(s![1..;2]);
                prop_assert_eq!(bits(&c_order(&view.to_array())), bits(&odd));
                // .npy: written, then read in both orders.
                let mut file = Vec::new();
                a.write_npy(&mut file).unwrap();
                prop_assert_eq!(bits(&c_order(&Array::<f64, $shape, $order>::read_npy(&file[..]).unwrap())), bits(&x));
                prop_assert_eq!(bits(&c_order(&Array::<f64, $shape, ColMajor>::read_npy(&file[..]).unwrap())), bits(&x));
                prop_assert_eq!(bits(&c_order(&Array::<f64, $shape, RowMajor>::read_npy(&file[..]).unwrap())), bits(&x));
            }
        }
    )*};
}

copies! {
    copies_rank1_c: shaped::Shape1<7>, RowMajor, doubled shaped::Shape1<14>, odd blocks shaped::Shape1<3>;
    copies_rank2_c: shaped::Shape2<3, 4>, RowMajor, doubled shaped::Shape2<6, 4>, odd blocks shaped::Shape2<1, 4>;
    copies_rank2_f: shaped::Shape2<4, 3>, ColMajor, doubled shaped::Shape2<8, 3>, odd blocks shaped::Shape2<2, 3>;
    copies_rank3_f: shaped::Shape3<3, 2, 2>, ColMajor, doubled shaped::Shape3<6, 2, 2>, odd blocks shaped::Shape3<1, 2, 2>;
    copies_rank3_c: shaped::Shape3<5, 3, 2>, RowMajor, doubled shaped::Shape3<10, 3, 2>, odd blocks shaped::Shape3<2, 3, 2>;
    copies_rank4_f: shaped::Shape4<5, 1, 2, 3>, ColMajor, doubled shaped::Shape4<10, 1, 2, 3>, odd blocks shaped::Shape4<2, 1, 2, 3>;
}

broadcasts! {
    broadcast_rank2_c: shaped::Shape2<3, 4>, shaped::Shape1<4>, RowMajor;
    broadcast_rank2_f: shaped::Shape2<3, 4>, shaped::Shape1<4>, ColMajor;
    broadcast_rank3_f: shaped::Shape3<2, 3, 4>, shaped::Shape2<3, 4>, ColMajor;
    broadcast_rank4_c: shaped::Shape4<2, 2, 3, 2>, shaped::Shape1<2>, RowMajor;
    broadcast_rank4_f: shaped::Shape4<2, 2, 3, 2>, shaped::Shape3<2, 3, 2>, ColMajor;
}

properties! {
    rank1_c: shaped::Shape1<9>, RowMajor, axes [];
    rank1_f: shaped::Shape1<130>, ColMajor, axes [];
    rank2_c: shaped::Shape2<3, 4>, RowMajor, axes [0 1];
    rank2_f: shaped::Shape2<5, 2>, ColMajor, axes [0 1];
    rank2_row: shaped::Shape2<1, 6>, ColMajor, axes [0 1];
    rank3_c: shaped::Shape3<2, 3, 4>, RowMajor, axes [0 1 2];
    rank3_f: shaped::Shape3<3, 1, 5>, ColMajor, axes [0 1 2];
    rank4_c: shaped::Shape4<2, 1, 3, 2>, RowMajor, axes [0 1 2 3];
    rank4_f: shaped::Shape4<2, 3, 2, 2>, ColMajor, axes [0 1 2 3];
}
