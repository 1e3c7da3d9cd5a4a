use shaped::include_npy;

fn main() {
    let _ = include_npy!("data/strings.npy");
}
