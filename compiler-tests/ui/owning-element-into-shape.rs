// Issue #16's reproducer: reshaping an array of `Box`es was undefined
// behaviour. Arrays hold numeric dtypes only, so it no longer compiles.
use shaped::{Array1, Array2};

fn main() {
    let a = Array1::<Box<u8>, 2>::from([Box::new(1), Box::new(2)]);
    let b: Array2<Box<u8>, 1, 2> = a.into_shape();
    println!("{}", b[[0, 1]]);
}
