use shaped::arange;

fn main() {
    // 1e300 elements: NumPy raises "arange: overflow while computing length".
    let _ = arange!(0.0, 1.0, 1e-300);
}
