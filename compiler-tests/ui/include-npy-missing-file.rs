use shaped::include_npy;

fn main() {
    let _ = include_npy!("/nonexistent/no-such-file.npy");
}
