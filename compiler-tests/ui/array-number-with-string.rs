// The seed tutorial's np.array([1, 2, "Dog"]): no object dtype here.
use shaped::array;

fn main() {
    let a = array![1, 2, "Dog"];
    let _ = a.size();
}
