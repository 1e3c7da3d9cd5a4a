use shaped::{Array2, Axis};

fn main() {
    let img = Array2::<u8, 1080, 1920>::zeros();
    let (_top, _bottom): (Array2<u8, 540, 1920>, Array2<u8, 541, 1920>) = img.split(Axis::<0>);
}
