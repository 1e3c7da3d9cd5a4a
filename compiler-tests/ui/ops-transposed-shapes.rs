// (2, 3) + (3, 2): the sentence, the two shapes and the note, without the
// library's impl lists.
use shaped::Array2;

fn main() {
    let a = Array2::<f32, 2, 3>::zeros();
    let b = Array2::<f32, 3, 2>::zeros();
    let _ = a + b;
}
