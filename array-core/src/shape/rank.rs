//! The one table of ranks. Every per-rank list in the crate (the shape
//! types and aliases, their broadcasting and axis-removal relations, the
//! conversions from nested Rust arrays) is generated from it, so adding a
//! rank is one line here.

/// The most axes an array has: the rank of the last line of the table
/// below, and the length of every per-axis table in the crate.
pub(crate) const MAX_RANK: usize = 8;

/// Calls macro `$callback` with one line per rank:
///
/// `rank ShapeN ArrayN [axis names] (an example shape) nested-literal;`
///
/// The nested literal is an example value of shape `(1, ..., 1, 2)`, for
/// the docs of the nested-array conversions.
macro_rules! for_each_rank {
    ($callback:ident) => {
        $callback! {
            1 Shape1 Array1 [A] (5) [7, 8];
            2 Shape2 Array2 [A, B] (2, 3) [[7, 8]];
            3 Shape3 Array3 [A, B, C] (2, 3, 4) [[[7, 8]]];
            4 Shape4 Array4 [A, B, C, D] (2, 1, 3, 2) [[[[7, 8]]]];
            5 Shape5 Array5 [A, B, C, D, E] (1, 2, 1, 3, 2) [[[[[7, 8]]]]];
            6 Shape6 Array6 [A, B, C, D, E, F] (2, 1, 1, 2, 1, 3) [[[[[[7, 8]]]]]];
            7 Shape7 Array7 [A, B, C, D, E, F, G] (1, 2, 1, 2, 1, 2, 1) [[[[[[[7, 8]]]]]]];
            8 Shape8 Array8 [A, B, C, D, E, F, G, H] (2, 1, 2, 1, 2, 1, 2, 1) [[[[[[[[7, 8]]]]]]]];
        }
    };
}
pub(crate) use for_each_rank;

/// The nested Rust array type of element `$t` and axes `$d...`:
/// `nested!(T; A, B)` is `[[T; B]; A]`.
macro_rules! nested {
    ($t:ty; $d:ident) => { [$t; $d] };
    ($t:ty; $d:ident, $($rest:ident),+) => { [nested!($t; $($rest),+); $d] };
}
pub(crate) use nested;

/// The shape type `$shape` with its axes in reverse order:
/// `reversed!(Shape3 [] [A, B, C])` is `Shape3<C, B, A>`.
macro_rules! reversed {
    ($shape:ident [$($done:ident),*] []) => { $shape<$($done),*> };
    ($shape:ident [$($done:ident),*] [$first:ident $(, $rest:ident)*]) => {
        reversed!($shape [$first $(, $done)*] [$($rest),*])
    };
}
pub(crate) use reversed;
