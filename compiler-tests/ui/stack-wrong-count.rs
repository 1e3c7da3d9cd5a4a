use shaped::{Array, Array1, Array2, Axis};

fn main() {
    let (x, y, z) = (Array1::<f32, 3>::zeros(), Array1::<f32, 3>::zeros(), Array1::<f32, 3>::zeros());
    let _: Array2<f32, 2, 3> = Array::stack(Axis::<0>, [&x, &y, &z]);
}
