// NumPy's name for a dtype, where Rust's is needed.
use shaped::array;

fn main() {
    let a = array![[float64; 3]; 2];
    let _ = a.size();
}
