//! What an `array!` invocation says, with the spans needed for errors.

use proc_macro2::{Span, TokenStream};

/// A whole `array![...]` invocation.
pub(crate) struct ArrayLit {
    /// `array![box ...]`: build on the heap, never on the stack.
    pub(crate) boxed: bool,
    /// The content: a `List` or a `Repeat`.
    pub(crate) root: Node,
}

pub(crate) enum Node {
    /// One element: an expression, a literal, or a dtype name.
    Leaf(Leaf),
    /// `[a, b, c]`: one axis, listed.
    List { span: Span, items: Vec<Node> },
    /// `[item; len]`: one axis, repeated.
    Repeat {
        span: Span,
        item: Box<Node>,
        len: Len,
    },
}

pub(crate) struct Leaf {
    pub(crate) tokens: TokenStream,
    pub(crate) kind: LeafKind,
}

pub(crate) enum LeafKind {
    /// Any expression; the type checker judges it.
    Expr,
    /// A literal (possibly negated): checked against the other literals.
    Literal(Literal),
    /// A dtype name such as `u8`: zeros of that type (repeat form only).
    DType(String),
    /// A name that looks like a dtype but is not one, such as `float64`.
    NotADType(String),
}

pub(crate) struct Literal {
    /// As written, e.g. `-2.5f32`.
    pub(crate) text: String,
    pub(crate) kind: LitKind,
    /// The type suffix, e.g. `u8`, or empty.
    pub(crate) suffix: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LitKind {
    Int,
    Float,
    Bool,
    Str,
    Char,
    ByteStr,
}

impl LitKind {
    /// For messages: "an integer", "a float", ...
    pub(crate) fn described(self) -> &'static str {
        match self {
            LitKind::Int => "an integer",
            LitKind::Float => "a float",
            LitKind::Bool => "a bool",
            LitKind::Str => "a string",
            LitKind::Char => "a char",
            LitKind::ByteStr => "a byte string",
        }
    }

    /// Can an array hold a value of this kind at all?
    pub(crate) fn is_element(self) -> bool {
        matches!(self, LitKind::Int | LitKind::Float | LitKind::Bool)
    }
}

/// The length of a repeat, `[x; len]`.
pub(crate) struct Len {
    pub(crate) tokens: TokenStream,
    /// Known when the length is an integer literal.
    pub(crate) value: Option<usize>,
}

/// One dimension of the literal's shape.
#[derive(Clone)]
pub(crate) enum Dim {
    Known(usize),
    Expr(TokenStream),
}

impl Node {
    /// The shape this node spans, following the first item of each list.
    pub(crate) fn shape(&self) -> Vec<Dim> {
        match self {
            Node::Leaf(_) => Vec::new(),
            Node::List { items, .. } => {
                let mut shape = vec![Dim::Known(items.len())];
                if let Some(first) = items.first() {
                    shape.extend(first.shape());
                }
                shape
            }
            Node::Repeat { item, len, .. } => {
                let dim = match len.value {
                    Some(n) => Dim::Known(n),
                    None => Dim::Expr(len.tokens.clone()),
                };
                let mut shape = vec![dim];
                shape.extend(item.shape());
                shape
            }
        }
    }

    /// Every leaf, in source order.
    pub(crate) fn leaves(&self) -> Vec<&Leaf> {
        let mut out = Vec::new();
        self.collect_leaves(&mut out);
        out
    }

    fn collect_leaves<'a>(&'a self, out: &mut Vec<&'a Leaf>) {
        match self {
            Node::Leaf(leaf) => out.push(leaf),
            Node::List { items, .. } => items.iter().for_each(|item| item.collect_leaves(out)),
            Node::Repeat { item, .. } => item.collect_leaves(out),
        }
    }

    /// The dtype of the dtype form `[[u8; 3]; 2]`: repeats all the way down
    /// to a dtype name.
    pub(crate) fn dtype_form(&self) -> Option<&str> {
        match self {
            Node::Repeat { item, .. } => match &**item {
                Node::Leaf(Leaf {
                    kind: LeafKind::DType(name),
                    ..
                }) => Some(name),
                inner => inner.dtype_form(),
            },
            _ => None,
        }
    }

    /// The repeated value of `[[v; 3]; 2]`: repeats all the way down to
    /// one value that is not a dtype name.
    pub(crate) fn repeated_value(&self) -> Option<&Leaf> {
        match self {
            Node::Repeat { item, .. } => match &**item {
                Node::Leaf(leaf) if !matches!(leaf.kind, LeafKind::DType(_)) => Some(leaf),
                inner => inner.repeated_value(),
            },
            _ => None,
        }
    }
}
