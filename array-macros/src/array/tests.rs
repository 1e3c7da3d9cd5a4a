//! Expansion snapshots of `array!`, through [`super::expand`], the function
//! the `#[proc_macro]` entry point calls.

use super::parse;
use crate::tests::render;

/// The expansion of `array![input]`.
fn expand(input: &str) -> String {
    render(super::expand(input.parse().unwrap()))
}

#[test]
fn list_forms_become_the_same_nested_array() {
    assert_eq!(
        expand("1, 2, 3"),
        "::shaped::__private::Array1::new([1,2,3])"
    );
    assert_eq!(
        expand("[1, 2], [3, 4],"),
        "::shaped::__private::Array2::new([[1,2],[3,4]])"
    );
    assert_eq!(expand(""), "::shaped::__private::Array1::new([])");
    assert_eq!(
        expand("f::<u8, u16>(1), x"),
        "::shaped::__private::Array1::new([f::<u8,u16>(1),x])"
    );
}

#[test]
fn repeat_forms_keep_their_lengths() {
    assert_eq!(
        expand("0.5; 8"),
        "::shaped::__private::Array1::new([0.5;8])"
    );
    assert_eq!(
        expand("[0u8; 1920]; 1080"),
        "::shaped::__private::Array2::new([[0u8;1920];1080])"
    );
    assert_eq!(
        expand("[1, 2]; N"),
        "::shaped::__private::Array2::new([[1,2];N])"
    );
}

#[test]
fn the_dtype_form_is_zeros_of_a_named_shape() {
    assert_eq!(
        expand("[[u8; 3]; 1920]; 1080"),
        "::shaped::__private::Array3::<u8,1080,1920,3>::zeros()"
    );
    assert_eq!(
        expand("[f32; W]; H"),
        "::shaped::__private::Array2::<f32,{H},{W}>::zeros()"
    );
}

#[test]
fn box_forms_build_on_the_heap() {
    assert_eq!(
        expand("box [[u8; 3]; 1920]; 1080"),
        "::shaped::__private::Array3::<u8,1080,1920,3>::zeros_boxed()"
    );
    assert_eq!(
        expand("box [7i16; 3]; 2"),
        "::shaped::__private::Array2::<_,2,3>::full_boxed(7i16)"
    );
    assert_eq!(
        expand("box [1, 2]; 3"),
        "{let__element_0=1;let__element_1=2;\
         ::shaped::__private::Array2::<_,3,2>::from_fn_boxed(move|__index:[usize;2usize]|\
         match__index[1usize]{0=>__element_0,_=>__element_1})}"
    );
}

#[test]
fn errors_are_combined_one_per_mistake() {
    assert_eq!(
        expand("[1, 2.5], [3]"),
        "row1has1element,expected2likerow0\
         |`1`isanintegerbut`2.5`isafloat:anarrayholdsoneelementtype;write`1.0`"
    );
    assert_eq!(
        expand("1, 2, 3, 4.0"),
        "`1`isanintegerbut`4.0`isafloat:anarrayholdsoneelementtype;write`1.0`"
    );
    assert_eq!(
        expand("-1i8, 2.0"),
        "`-1i8`isanintegerbut`2.0`isafloat:anarrayholdsoneelementtype;write`-1.0`"
    );
}

#[test]
fn parse_errors() {
    let error = |input: &str| {
        parse::parse(input.parse().unwrap())
            .err()
            .unwrap()
            .to_string()
    };
    assert_eq!(error("1, , 2"), "expected an element before this comma");
    assert_eq!(
        error("1; 2; 3"),
        "a repeat form has one `;`: write `[value; length]`"
    );
    assert_eq!(error("; 3"), "missing the value to repeat before `;`");
    assert_eq!(error("1;"), "missing the length after `;`");
}

#[test]
fn errors_are_followed_by_a_typed_stand_in() {
    let out = super::expand("[1, 2.5], [3]".parse().unwrap())
        .to_string()
        .replace(' ', "");
    assert!(
        out.ends_with("::shaped::__private::fallback::<_,::shaped::__private::Shape2<2,2>>(2.5)}"),
        "{out}"
    );
    let out = super::expand("1, , 2".parse().unwrap())
        .to_string()
        .replace(' ', "");
    assert!(
        out.ends_with("::shaped::__private::fallback_any()}"),
        "{out}"
    );
}

#[test]
fn pointer_sized_integers_are_dtypes() {
    assert_eq!(
        expand("[usize; 3]; 2"),
        "::shaped::__private::Array2::<usize,2,3>::zeros()"
    );
    assert_eq!(
        expand("1isize, -2"),
        "::shaped::__private::Array1::new([1isize,-2])"
    );
    assert_eq!(
        expand("[intp; 3]; 2"),
        "`intp`isnotanarrayelementtype;useisize;\
         arraysholdbool,i8,i16,i32,i64,u8,u16,u32,u64,f32,f64,isize,usize"
    );
}

#[test]
fn a_suffix_that_is_not_a_dtype_is_one_error() {
    let out = super::expand("1i128, 2".parse().unwrap())
        .to_string()
        .replace(' ', "");
    assert!(
        out.ends_with("::shaped::__private::fallback::<_,::shaped::__private::Shape1<2>>(2)}"),
        "{out}"
    );
}
