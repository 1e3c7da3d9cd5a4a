// usize is not one of NumPy's fixed-size dtypes.
use shaped::array;

fn main() {
    let a = array![1usize, 2];
    let _ = a.size();
}
