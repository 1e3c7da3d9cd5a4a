// 2^62 elements fit in usize, but at 8 bytes each they exceed isize::MAX bytes.
use shaped::Array1;

fn main() {
    const LEN: usize = 1 << 62;
    println!("{}", Array1::<f64, LEN>::NBYTES);
}
