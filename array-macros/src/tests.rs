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

/// An `.npy` file with `header` (format `version`.0) and `data`, written to
/// a fresh file under the system's temporary directory; its path.
fn npy_file(name: &str, header: &str, version: u8, data: &[u8]) -> String {
    let mut text = header.as_bytes().to_vec();
    let prefix = if version == 1 { 10 } else { 12 };
    while !(prefix + text.len() + 1).is_multiple_of(64) {
        text.push(b' ');
    }
    text.push(b'\n');
    let mut file = b"\x93NUMPY".to_vec();
    file.extend([version, 0]);
    match version {
        1 => file.extend((text.len() as u16).to_le_bytes()),
        _ => file.extend((text.len() as u32).to_le_bytes()),
    }
    file.extend(text);
    file.extend(data);
    let dir = std::env::temp_dir().join(format!("shaped-macros-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, file).unwrap();
    path.to_str().unwrap().to_owned()
}

/// The expansion of `include_npy!("path")` for an absolute path, with the
/// path written as `FILE` in the result.
fn include_npy(path: &str) -> String {
    let out = crate::include_npy::expand(quote::quote!(#path));
    render(out).replace(path, "FILE")
}

#[test]
fn include_npy_types_the_array_from_the_header() {
    let path = npy_file(
        "u16.npy",
        "{'descr': '>u2', 'fortran_order': True, 'shape': (2, 3), }",
        1,
        &[0; 12],
    );
    assert_eq!(
        include_npy(&path),
        "{constBYTES:&[u8]=include_bytes!(\"FILE\");\
         constARRAY:::shaped::__private::Array2<u16,2,3,::shaped::__private::ColMajor>=\
         ::shaped::__private::Array2::<u16,2,3,::shaped::__private::ColMajor>::\
         __from_npy_bytes(BYTES,128,cfg!(target_endian=\"little\")!=false,);ARRAY}"
    );
    // A file of int64 is an array of i64, not of isize.
    let path = npy_file(
        "i8.npy",
        "{'descr': '<i8', 'fortran_order': False, 'shape': (2,), }",
        1,
        &[0; 16],
    );
    assert!(include_npy(&path).contains("Array1<i64,2,"));
}

#[test]
fn include_npy_errors_name_the_file_and_the_numbers() {
    let path = npy_file(
        "non-ascii.npy",
        "{'descr': 'é8', 'fortran_order': False, 'shape': (3,), }",
        3,
        &[],
    );
    assert_eq!(
        include_npy(&path),
        "`FILE`holdsdtype\\\"é8\\\";anarrayholdsbool,int8,int16,int32,int64,uint8,uint16,uint32,uint64,float32orfloat64"
    );
    let path = npy_file(
        "too-many-bytes.npy",
        "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }",
        1,
        &[],
    );
    assert_eq!(
        include_npy(&path),
        "`FILE`holdsshape(4294967296,4294967296)offloat64(8byteseach):147573952589676412928bytes;\
         anarrayholdsatmost9223372036854775807bytes"
    );
    // Past 2^128 bytes.
    let path = npy_file(
        "past-u128.npy",
        "{'descr': '<u4', 'fortran_order': False, 'shape': (18446744073709551615, 18446744073709551615, 2), }",
        1,
        &[],
    );
    assert!(
        include_npy(&path).contains(":morethan2^128bytes;"),
        "{}",
        include_npy(&path)
    );
    let path = npy_file(
        "short.npy",
        "{'descr': '|b1', 'fortran_order': False, 'shape': (4,), }",
        1,
        &[1, 0],
    );
    assert_eq!(
        include_npy(&path),
        "`FILE`istruncated:itsdatais2bytes,theheaderpromises4"
    );
}
