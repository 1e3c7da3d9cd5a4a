//! Validation of an `array!` literal. Every mistake gets one error, spanned
//! on the offending token, lowercase, saying what was found and what was
//! expected; independent mistakes are combined so all show at once.

use proc_macro2::Span;
use syn::Error;

use super::model::{ArrayLit, Leaf, LeafKind, LitKind, Literal, Node};
use crate::dtypes;

/// The most dimensions an array type has (`Array8`).
pub(crate) const MAX_RANK: usize = 8;

pub(crate) fn check(array: &ArrayLit) -> Result<(), Error> {
    let mut errors = Errors(None);
    let mut path = Vec::new();
    check_shape(&array.root, &mut path, &mut errors);
    check_dtype_names(&array.root, &mut errors);
    check_literals(&array.root, &mut errors);
    let rank = array.root.shape().len();
    if rank > MAX_RANK {
        errors.push(Error::new(
            Span::call_site(),
            format!("this literal has {rank} dimensions; arrays have at most {MAX_RANK}"),
        ));
    }
    errors.0.map_or(Ok(()), Err)
}

struct Errors(Option<Error>);

impl Errors {
    fn push(&mut self, error: Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }
}

fn spanned(node: &Node, message: String) -> Error {
    match node {
        Node::Leaf(leaf) => Error::new_spanned(&leaf.tokens, message),
        Node::List { span, .. } | Node::Repeat { span, .. } => Error::new(*span, message),
    }
}

/// `1`, or `[1, 0]` for deeper positions.
fn position(path: &[usize]) -> String {
    match path {
        [i] => i.to_string(),
        _ => format!("{path:?}"),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "element" } else { "elements" }
}

/// The length of a row node, when known at expansion.
fn row_len(node: &Node) -> Option<Option<usize>> {
    match node {
        Node::Leaf(_) => None,
        Node::List { items, .. } => Some(Some(items.len())),
        Node::Repeat { len, .. } => Some(len.value),
    }
}

fn first_child(node: &Node) -> Option<&Node> {
    match node {
        Node::Leaf(_) => None,
        Node::List { items, .. } => items.first(),
        Node::Repeat { item, .. } => Some(item),
    }
}

/// Every row at one depth must have the same shape as the first one.
fn check_shape(node: &Node, path: &mut Vec<usize>, errors: &mut Errors) {
    match node {
        Node::Leaf(_) => {}
        Node::Repeat { item, .. } => {
            path.push(0);
            check_shape(item, path, errors);
            path.pop();
        }
        Node::List { items, .. } => {
            for (i, item) in items.iter().enumerate() {
                path.push(i);
                check_shape(item, path, errors);
                if i > 0 {
                    let mut reference_path = path.clone();
                    *reference_path.last_mut().expect("just pushed") = 0;
                    if let Err(error) = same_shape(&items[0], item, &mut reference_path, path) {
                        errors.push(error);
                    }
                }
                path.pop();
            }
        }
    }
}

/// Compares `other` (at `path`) with `reference` (at `reference_path`),
/// descending through first children, and reports the first difference.
fn same_shape(
    reference: &Node,
    other: &Node,
    reference_path: &mut Vec<usize>,
    path: &[usize],
) -> Result<(), Error> {
    let here = position(path);
    match (row_len(reference), row_len(other)) {
        (None, None) => Ok(()),
        (Some(len), None) => Err(spanned(
            other,
            match len {
                Some(n) => format!(
                    "element {here} is a single value, expected a row of {n} {} like row {}",
                    plural(n),
                    position(reference_path)
                ),
                None => format!(
                    "element {here} is a single value, expected a row like row {}",
                    position(reference_path)
                ),
            },
        )),
        (None, Some(_)) => Err(spanned(
            other,
            format!(
                "element {here} is a row, expected a single value like element {}",
                position(reference_path)
            ),
        )),
        (Some(expected), Some(found)) => {
            if let (Some(expected), Some(found)) = (expected, found)
                && expected != found
            {
                return Err(spanned(
                    other,
                    format!(
                        "row {here} has {found} {}, expected {expected} like row {}",
                        plural(found),
                        position(reference_path)
                    ),
                ));
            }
            match (first_child(reference), first_child(other)) {
                (Some(reference), Some(other)) => {
                    reference_path.push(0);
                    let mut deeper = path.to_vec();
                    deeper.push(0);
                    same_shape(reference, other, reference_path, &deeper)
                }
                // Both empty, or one of two equal lengths unknown: nothing
                // more can be compared here; the type checker judges the rest.
                _ => Ok(()),
            }
        }
    }
}

/// A dtype name stands only as the value of the repeat form
/// (`array![[u8; 3]; 2]`), and must be one of the element types. One error
/// for the first misplaced name: the rest are the same mistake.
fn check_dtype_names(root: &Node, errors: &mut Errors) {
    if root.dtype_form().is_some() {
        return;
    }
    let leaves = root.leaves();
    if let Some((leaf, name)) = leaves.iter().find_map(|leaf| match &leaf.kind {
        LeafKind::DType(name) => Some((leaf, name)),
        _ => None,
    }) {
        errors.push(Error::new_spanned(
            &leaf.tokens,
            format!("`{name}` is a type, not a value; for zeros of type {name} write the repeat form, e.g. `array![[{name}; 3]; 2]`"),
        ));
    }
    for leaf in leaves {
        if let LeafKind::NotADType(name) = &leaf.kind {
            errors.push(Error::new_spanned(
                &leaf.tokens,
                format!(
                    "`{name}` is not an array element type; {}",
                    dtype_hint(name)
                ),
            ));
        }
    }
}

/// What to write instead of `name`: the Rust name of a NumPy dtype name
/// (from the dtype table), or the nearest element type of a Rust or C name.
fn dtype_hint(name: &str) -> String {
    let numpy = dtypes::rust_of_numpy(name).or(match name {
        "i128" => Some("i64"),
        "u128" => Some("u64"),
        "f16" | "half" | "float" => Some("f32"),
        "f128" | "double" => Some("f64"),
        "int" => Some("i64 (NumPy's default int) or i32"),
        _ => None,
    });
    let all = dtypes::rust_names();
    match numpy {
        Some(use_this) => format!("use {use_this}; arrays hold {all}"),
        None => format!("arrays hold {all}"),
    }
}

/// The literals of one array must agree on one element type.
fn check_literals(root: &Node, errors: &mut Errors) {
    let leaves = root.leaves();
    let literals: Vec<(&Leaf, &Literal)> = leaves
        .iter()
        .filter_map(|leaf| match &leaf.kind {
            LeafKind::Literal(lit) => Some((*leaf, lit)),
            _ => None,
        })
        .collect();

    // Suffixes that are not element types: `1i128`.
    for (leaf, lit) in &literals {
        if !lit.suffix.is_empty() && !dtypes::is_dtype(&lit.suffix) {
            errors.push(Error::new_spanned(
                &leaf.tokens,
                format!(
                    "`{}` has type {}, which is not an array element type; {}",
                    lit.text,
                    lit.suffix,
                    dtype_hint(&lit.suffix)
                ),
            ));
        }
    }

    let first_element = literals.iter().find(|(_, lit)| lit.kind.is_element());
    // Strings, chars, byte strings: never elements. One error, at the first.
    if let Some((leaf, lit)) = literals.iter().find(|(_, lit)| !lit.kind.is_element()) {
        let message = match first_element {
            Some((_, other)) => format!(
                "`{}` is {}, but `{}` is {}: an array holds one element type, and there is no object dtype",
                lit.text,
                lit.kind.described(),
                other.text,
                other.kind.described()
            ),
            None => format!(
                "`{}` is {}, which is not an array element type; arrays hold bool, integers or floats",
                lit.text,
                lit.kind.described()
            ),
        };
        errors.push(Error::new_spanned(&leaf.tokens, message));
    }

    let elements: Vec<&(&Leaf, &Literal)> = literals
        .iter()
        .filter(|(_, lit)| lit.kind.is_element())
        .collect();
    // Integers with floats: the integers must be written as floats.
    let first_int = elements.iter().find(|(_, lit)| lit.kind == LitKind::Int);
    let first_float = elements.iter().find(|(_, lit)| lit.kind == LitKind::Float);
    if let (Some((int_leaf, int)), Some((_, float))) = (first_int, first_float) {
        let digits = int.text.trim_end_matches(int.suffix.as_str());
        errors.push(Error::new_spanned(
            &int_leaf.tokens,
            format!(
                "`{}` is an integer but `{}` is a float: an array holds one element type; write `{digits}.0`",
                int.text, float.text
            ),
        ));
    }
    // Bools with numbers: whichever comes second is the odd one.
    let bool_at = elements
        .iter()
        .position(|(_, lit)| lit.kind == LitKind::Bool);
    let number_at = elements
        .iter()
        .position(|(_, lit)| lit.kind != LitKind::Bool);
    if let (Some(b), Some(n)) = (bool_at, number_at) {
        let ((_, earlier), (leaf, later)) = (elements[b.min(n)], elements[b.max(n)]);
        errors.push(Error::new_spanned(
            &leaf.tokens,
            format!(
                "`{}` is {} but `{}` is {}: an array holds one element type",
                later.text,
                later.kind.described(),
                earlier.text,
                earlier.kind.described()
            ),
        ));
    }
    // Different suffixes: `1u8` with `2i32`.
    let mut suffixed = elements
        .iter()
        .filter(|(_, lit)| dtypes::is_dtype(&lit.suffix));
    if let Some((_, first)) = suffixed.next()
        && let Some((leaf, other)) = suffixed.find(|(_, lit)| lit.suffix != first.suffix)
    {
        errors.push(Error::new_spanned(
            &leaf.tokens,
            format!(
                "`{}` is {} but `{}` is {}: an array holds one element type",
                other.text, other.suffix, first.text, first.suffix
            ),
        ));
    }
}
