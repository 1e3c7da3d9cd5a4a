//! The stack limit of by-value results: `map`, `zip_map` and `cast` (and
//! what is built on them), `from_fn`, `to_array`, the operators that
//! return a new array and the shape tools (`tile`, `pad`, `diag`, `roll`,
//! `meshgrid` ...) return a new array by value, which lives on the
//! caller's stack; a result bigger than a main thread's default stack
//! (8 MiB on Linux) cannot fit there, and a debug build even moves it
//! through temporaries. Such a call fails to build, naming the heap form
//! (`map_boxed`, `cast_boxed`, `tile_boxed` ...; for `map`, also the
//! `out=` pattern, `assign_map` into a `zeros_boxed` array), instead of
//! aborting at run time with a stack overflow.
//!
//! A program that runs on a bigger stack turns the check off with the
//! feature `big-stack`. A feature, not a method per operation: the stack
//! is the program's, set where the program is built (`ulimit -s`, the
//! thread builder), and features unify towards allowing more, so a
//! library that needs big by-value results cannot be broken by another.

use core::marker::PhantomData;

use crate::const_fmt::Msg;
use crate::shape::Shape;

/// The most bytes a by-value result may take: a main thread's default
/// stack on Linux and macOS.
pub(crate) const STACK_BYTES: usize = 8 << 20;

/// What a call whose by-value result is too big should do instead: the
/// advice of the stack-limit message, one marker type per family of
/// operations.
pub(crate) trait HeapForm {
    /// Completes "use ...": the heap form and how to reach it.
    const ADVICE: &'static str;
}

/// The heap forms, each with the advice its message gives.
macro_rules! heap_forms {
    ($($(#[$doc:meta])* $name:ident $advice:literal;)*) => {$(
        $(#[$doc])*
        pub(crate) struct $name;
        impl HeapForm for $name {
            const ADVICE: &'static str = $advice;
        }
    )*};
}

heap_forms! {
    /// `map`, `zip_map` and `cast`.
    MapBoxed "the heap form (`cast_boxed`, `map_boxed`), or write into a boxed array (`zeros_boxed()`, then `assign_map`)";
    /// `from_fn`.
    FromFnBoxed "the heap form `from_fn_boxed`";
    /// `to_array` and `to_order`.
    ToArrayBoxed "the heap form (`to_array_boxed`, `to_order_boxed`)";
    /// The operators that return a new array (`&a + &b`).
    OperatorInPlace "the operator's compound assignment on a boxed copy (`let mut c = a.to_array_boxed(); *c += &b;`)";
    /// `tile` and `repeat`.
    TileBoxed "the heap form (`tile_boxed`, `repeat_boxed`)";
    /// `pad`.
    PadBoxed "the heap form `pad_boxed`";
    /// `diag` of a vector, `tril`, `triu`.
    DiagBoxed "the heap form (`diag_boxed`, `tril_boxed`, `triu_boxed`, `tril_k_boxed`, `triu_k_boxed`)";
    /// `roll` and `roll_axis`.
    RollBoxed "the heap form (`roll_boxed`, `roll_axis_boxed`)";
    /// `meshgrid` and `meshgrid_ij`.
    MeshgridBoxed "the heap form (`meshgrid_boxed`, `meshgrid_ij_boxed`)";
}

/// That a by-value result of shape `S` with elements of `T` fits on a
/// main thread's stack, checked where the operation is called; the message
/// names the heap form `F`.
pub(crate) struct FitsOnStackOr<T, S, F>(PhantomData<(T, S, F)>);

/// [`FitsOnStackOr`] for `map`, `zip_map` and `cast`.
pub(crate) type FitsOnStack<T, S> = FitsOnStackOr<T, S, MapBoxed>;

impl<T, S: Shape, F: HeapForm> FitsOnStackOr<T, S, F> {
    pub(crate) const OK: () = {
        let bytes = S::SIZE * size_of::<T>();
        if !cfg!(feature = "big-stack") && bytes > STACK_BYTES {
            Msg::new()
                .str("this result is ")
                .num(bytes)
                .str(" bytes (shape ")
                .shape(S::DIMS)
                .str(" of ")
                .num(size_of::<T>())
                .str("-byte elements), more than the 8 MiB stack of a main thread: use ")
                .str(F::ADVICE)
                .str("; the feature `big-stack` turns this check off")
                .raise()
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shape::{Shape2, Shape3};

    #[test]
    fn results_up_to_the_limit_build() {
        // 2048x1024 f32 is exactly 8 MiB.
        let () = FitsOnStack::<f32, Shape2<2048, 1024>>::OK;
        let () = FitsOnStack::<u8, Shape3<1080, 1920, 3>>::OK;
        assert_eq!(STACK_BYTES, 8 * 1024 * 1024);
    }

    /// With `big-stack`, the seed's canvas cast to `f32` builds by value.
    #[cfg(feature = "big-stack")]
    #[test]
    fn big_stack_turns_the_check_off() {
        let () = FitsOnStack::<f32, Shape3<1080, 1920, 3>>::OK;
    }
}
