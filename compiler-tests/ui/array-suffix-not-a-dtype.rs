// i128 is not one of NumPy's fixed-size dtypes.
use shaped::array;

fn main() {
    let a = array![1i128, 2];
    let _ = a.size();
}
