//! Expansion snapshots: what each macro turns into, through the same
//! functions the `#[proc_macro]` entry points call. `array!`'s own are in
//! `array/tests.rs`.

use proc_macro2::TokenStream;

use crate::sequences::{self, Sequence};

/// The macro's output without spaces; for input with errors, the error
/// messages joined by `|` (the typed stand-in that follows them is
/// checked by `errors_are_followed_by_a_typed_stand_in`).
pub(crate) fn render(out: TokenStream) -> String {
    let text = out.to_string();
    if !text.contains("compile_error") {
        return text.replace(' ', "");
    }
    text.split("compile_error ! {")
        .skip(1)
        .map(|rest| {
            let start = rest.find('"').unwrap() + 1;
            let end = start + rest[start..].find("\" }").unwrap();
            rest[start..end].replace(' ', "")
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// The expansion of a sequence macro.
fn sequence(kind: Sequence, input: &str) -> String {
    render(sequences::expand(kind, input.parse().unwrap()))
}

#[test]
fn sequences_compute_numpy_lengths() {
    assert_eq!(
        sequence(Sequence::Arange, "0, 10, 2"),
        "::shaped::__private::Array1::<_,5usize>::arange_step(0,2)"
    );
    assert_eq!(
        sequence(Sequence::Linspace, "0, 1, 5"),
        "::shaped::__private::Array1::<f64,5>::linspace(0.0,1.0)"
    );
    assert_eq!(
        sequence(Sequence::Logspace, "0, 2, 3"),
        "::shaped::__private::Array1::<f64,3>::logspace(0.0,2.0,10.0)"
    );
    assert_eq!(
        sequence(
            Sequence::Arange,
            "0.0, 2.220446049250313e-16, 1.7976931348623157e308"
        ),
        "::shaped::__private::Array1::<_,1usize>::arange_step(0.0,1.7976931348623157e308)"
    );
}

#[test]
fn sequence_errors() {
    assert_eq!(
        sequence(Sequence::Geomspace, "0, 1, 5"),
        "geomspace!cannotincludezero:ageometricsequenceneverreachesit"
    );
    assert_eq!(
        sequence(Sequence::Linspace, "0, 1"),
        "expected`linspace!(start,stop,num)`,got2arguments"
    );
    assert_eq!(
        sequence(Sequence::Arange, "0, 1, 0"),
        "arange!stepiszero:thesequencewouldneverend"
    );
}
