// Broadcasting adds axes in front; it cannot drop them (NumPy: "input
// operand has more dimensions than allowed by the axis remapping").
use shaped::{Array3, Shape2};

fn main() {
    let a = Array3::<u8, 2, 3, 4>::zeros();
    let _ = a.broadcast_to::<Shape2<3, 4>>();
}
