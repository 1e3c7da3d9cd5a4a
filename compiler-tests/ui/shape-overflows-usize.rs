// The element count of a shape must fit in usize.
use shaped::Array3;

fn main() {
    let big = Array3::<u8, { usize::MAX / 2 }, 3, 2>::zeros();
    let _ = big.size();
}
