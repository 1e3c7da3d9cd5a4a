//! Removing one axis from a shape: the output shape of a reduction along
//! an axis (`sum_axis::<1>()`), and with axis 0, the shape of a row
//! (`a[i]` on a row-major array).

use super::{Shape, Shape1, Shape2, Shape3, Shape4, Shape5, Shape6, Shape7, Shape8, for_each_rank};

/// Shapes with an axis `AXIS` to reduce along; `Output` is the shape
/// without it.
///
/// ```
/// # use shaped_core as shaped;
/// use shaped::{RemoveAxis, Shape, Shape3};
/// type Plane = <Shape3<2, 3, 4> as RemoveAxis<1>>::Output;
/// assert_eq!(Plane::SHAPE, [2, 4]);
/// ```
#[diagnostic::on_unimplemented(
    message = "axis {AXIS} is out of range for an array of shape `{Self}`",
    label = "no axis {AXIS} here",
    note = "axes count from 0, so an array of rank N has axes 0 to N - 1; a rank-1 array reduces with `sum()`, `max()` ... instead"
)]
pub trait RemoveAxis<const AXIS: usize>: Shape {
    /// The shape without axis `AXIS`.
    type Output: Shape;
    /// The shape of one lane along `AXIS`: `Shape1<D>` for an axis of
    /// length `D`.
    type Lane: Shape;
}

/// For each rank from 2 up, `RemoveAxis<k>` for every axis `k`, with the
/// output in the type of the rank below.
macro_rules! remove_axis {
    ($($n:literal $shape:ident $alias:ident $dims:tt $ex:tt $nested:tt;)*) => {
        remove_axis!(@pairs $($shape $dims)*);
    };
    (@pairs $lower:ident $lower_dims:tt $shape:ident [$($d:ident),+] $($rest:tt)*) => {
        remove_axis!(@axis $shape [$($d),+] $lower [] [$($d),+] 0);
        remove_axis!(@pairs $shape [$($d),+] $($rest)*);
    };
    (@pairs $last:ident $last_dims:tt) => {};
    // `[$before...]` are the axes ahead of `$cur`, which is axis `$k`.
    (@axis $shape:ident [$($d:ident),+] $lower:ident [$($b:ident),*] [$cur:ident $(, $a:ident)*] $k:expr) => {
        #[diagnostic::do_not_recommend]
        impl<$(const $d: usize),+> RemoveAxis<{ $k }> for $shape<$($d),+> {
            type Output = $lower<$($b,)* $($a),*>;
            type Lane = Shape1<$cur>;
        }
        remove_axis!(@axis $shape [$($d),+] $lower [$($b,)* $cur] [$($a),*] $k + 1);
    };
    (@axis $shape:ident $dims:tt $lower:ident $before:tt [] $k:expr) => {};
}

for_each_rank!(remove_axis);

#[cfg(test)]
mod tests {
    use super::*;

    fn removed<S: RemoveAxis<K>, const K: usize>() -> &'static [usize] {
        <S::Output as Shape>::DIMS
    }

    #[test]
    fn each_axis_leaves_the_others_in_order() {
        assert_eq!(removed::<Shape2<2, 3>, 0>(), &[3]);
        assert_eq!(removed::<Shape2<2, 3>, 1>(), &[2]);
        assert_eq!(removed::<Shape4<1, 2, 3, 4>, 2>(), &[1, 2, 4]);
        assert_eq!(
            removed::<Shape8<1, 2, 3, 4, 5, 6, 7, 8>, 0>(),
            &[2, 3, 4, 5, 6, 7, 8]
        );
        assert_eq!(
            removed::<Shape8<1, 2, 3, 4, 5, 6, 7, 8>, 7>(),
            &[1, 2, 3, 4, 5, 6, 7]
        );
        assert_eq!(removed::<Shape5<1, 2, 3, 4, 5>, 3>(), &[1, 2, 3, 5]);
        assert_eq!(removed::<Shape6<1, 2, 3, 4, 5, 6>, 5>(), &[1, 2, 3, 4, 5]);
        assert_eq!(
            removed::<Shape7<1, 2, 3, 4, 5, 6, 7>, 1>(),
            &[1, 3, 4, 5, 6, 7]
        );
        assert_eq!(removed::<Shape3<1, 2, 3>, 1>(), &[1, 3]);
    }
}
