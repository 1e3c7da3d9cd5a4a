// Integer and float literals in one array: NumPy would upcast; shaped asks.
use shaped::array;

fn main() {
    let a = array![1, 2.5];
    let _ = a.size();
}
