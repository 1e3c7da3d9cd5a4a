// Expressions are judged by the type checker: a String is no element.
use shaped::array;

fn main() {
    let name = String::from("dog");
    let a = array![name.clone(), name];
    let _ = a.size();
}
