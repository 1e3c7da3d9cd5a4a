"""Writes numpy_shape_tools.rs: what NumPy's shape tools give, for
tests/it/shape_tools.rs.

- The axis views: np.transpose(a, axes), np.swapaxes, np.moveaxis,
  np.expand_dims, np.squeeze(axis=k), each on an int32 and a float64 array
  in C and F order, taken from the whole array, from a.view() and from a
  flipped view (np.flip(a, 0), negative strides): the shape, the strides in
  bytes and the elements in C order.
- The new arrays: np.diag of vectors (and of square matrices, a view),
  np.tril/np.triu with offsets, np.roll flat and along each axis, on the
  same kinds of sources; np.meshgrid of two vectors in both indexings.
- The results sized by their annotation: np.tile, np.repeat along an axis,
  and np.pad in the modes constant, edge, reflect, symmetric and wrap,
  with widths up to several times the axis's length.

The source arrays are written into each case as their elements in C order:
int32 values run from -5 up; float64 values are quarters with NaN, -0.0, inf
and -inf among them.

Run from the repository root:  python3 tests/golden/numpy_shape_tools.py
CI runs it again and fails if the committed file differs.
"""
import math
import pathlib

import numpy as np


def rust_type(dtype):
    return {"int32": "i32", "float64": "f64"}[dtype.name]


def shape_type(shape):
    return f"Shape{len(shape)}<{', '.join(map(str, shape))}>"


def literal(x):
    """One element as a Rust expression."""
    if isinstance(x, (np.floating, float)):
        x = float(x)
        if math.isnan(x):
            return "f64::NAN"
        if math.isinf(x):
            return "f64::INFINITY" if x > 0 else "-f64::INFINITY"
        return repr(x)
    return str(int(x))


def elements(a):
    """The elements of `a` in C order, as a Rust list."""
    return "[" + ", ".join(literal(x) for x in np.asarray(a).ravel(order="C")) + "]"


def source(shape, dtype):
    """The test array of `shape`: ints from -5, or quarters with specials."""
    n = int(np.prod(shape))
    if dtype == np.int32:
        return (np.arange(n, dtype=np.int32) - 5).reshape(shape)
    values = np.arange(n, dtype=np.float64) * 0.25 - 1.0
    specials = [np.nan, -0.0, np.inf, -np.inf]
    for k, s in enumerate(specials):
        if 2 * k + 1 < n:
            values[2 * k + 1] = s
    return values.reshape(shape)


def both_orders(shape):
    """(dtype, order name, array) for int32 and float64, C and F."""
    for dtype in (np.int32, np.float64):
        base = source(shape, dtype)
        for order, name in (("C", "RowMajor"), ("F", "ColMajor")):
            yield name, np.asarray(base, order=order)


# The views a case starts from: the array itself, its whole view, and the
# view with axis 0 walked backwards.
SOURCES = {
    "whole": lambda a: a,
    "view": lambda a: a,
    "flipped": lambda a: np.flip(a, 0),
}

# (shape, [(method, generics, numpy function)]) for the axis views.
AXIS_CASES = [
    ((5,), [("permuted", (0,), lambda a: np.transpose(a, (0,))),
            ("swapaxes", (0, 0), lambda a: np.swapaxes(a, 0, 0)),
            ("expand_dims", (0,), lambda a: np.expand_dims(a, 0)),
            ("expand_dims", (1,), lambda a: np.expand_dims(a, 1))]),
    ((3, 1), [("permuted", (1, 0), lambda a: np.transpose(a, (1, 0))),
              ("squeeze", (1,), lambda a: np.squeeze(a, axis=1)),
              ("swapaxes", (0, 1), lambda a: np.swapaxes(a, 0, 1)),
              ("expand_dims", (1,), lambda a: np.expand_dims(a, 1))]),
    ((2, 3, 4), [("permuted", (2, 0, 1), lambda a: np.transpose(a, (2, 0, 1))),
                 ("permuted", (1, 2, 0), lambda a: np.transpose(a, (1, 2, 0))),
                 ("permuted", (0, 2, 1), lambda a: np.transpose(a, (0, 2, 1))),
                 ("permuted", (2, 1, 0), lambda a: np.transpose(a, (2, 1, 0))),
                 ("permuted", (0, 1, 2), lambda a: np.transpose(a, (0, 1, 2))),
                 ("swapaxes", (0, 2), lambda a: np.swapaxes(a, 0, 2)),
                 ("swapaxes", (2, 1), lambda a: np.swapaxes(a, 2, 1)),
                 ("swapaxes", (1, 1), lambda a: np.swapaxes(a, 1, 1)),
                 ("moveaxis", (0, 2), lambda a: np.moveaxis(a, 0, 2)),
                 ("moveaxis", (2, 0), lambda a: np.moveaxis(a, 2, 0)),
                 ("moveaxis", (1, 2), lambda a: np.moveaxis(a, 1, 2)),
                 ("moveaxis", (1, 1), lambda a: np.moveaxis(a, 1, 1)),
                 ("expand_dims", (0,), lambda a: np.expand_dims(a, 0)),
                 ("expand_dims", (2,), lambda a: np.expand_dims(a, 2)),
                 ("expand_dims", (3,), lambda a: np.expand_dims(a, 3))]),
    ((2, 1, 3, 2), [("permuted", (3, 1, 0, 2), lambda a: np.transpose(a, (3, 1, 0, 2))),
                    ("squeeze", (1,), lambda a: np.squeeze(a, axis=1)),
                    ("moveaxis", (3, 1), lambda a: np.moveaxis(a, 3, 1)),
                    ("swapaxes", (0, 3), lambda a: np.swapaxes(a, 0, 3)),
                    ("expand_dims", (4,), lambda a: np.expand_dims(a, 4))]),
    ((2, 1, 2, 1, 3), [("permuted", (4, 3, 2, 1, 0), lambda a: np.transpose(a, (4, 3, 2, 1, 0))),
                       ("squeeze", (3,), lambda a: np.squeeze(a, axis=3))]),
    ((2, 1, 2, 1, 2, 1, 2, 1), [("permuted", (7, 0, 6, 1, 5, 2, 4, 3),
                                 lambda a: np.transpose(a, (7, 0, 6, 1, 5, 2, 4, 3))),
                                ("moveaxis", (0, 7), lambda a: np.moveaxis(a, 0, 7))]),
]


def axis_views():
    out = []
    for shape, ops in AXIS_CASES:
        for order, a in both_orders(shape):
            for name, make in SOURCES.items():
                base = make(a)
                for method, generics, numpy in ops:
                    v = numpy(base)
                    assert np.shares_memory(v, a) or v.size == 0
                    g = ", ".join(map(str, generics))
                    out.append(
                        f"axis_view!({rust_type(a.dtype)}, {order}, {shape_type(shape)}, "
                        f"{elements(a)}, {name}, {method}::<{g}>, "
                        f"[{', '.join(map(str, v.shape))}], [{', '.join(map(str, v.strides))}], "
                        f"{elements(v)});")
    return out


# (shape, [(Rust call, numpy function)]) for the operations that copy.
RESULT_CASES = [
    ((4,), [("diag()", np.diag), ("roll(0)", lambda a: np.roll(a, 0)),
            ("roll(3)", lambda a: np.roll(a, 3)), ("roll(-9)", lambda a: np.roll(a, -9)),
            ("roll_axis(Axis::<0>, 1)", lambda a: np.roll(a, 1, axis=0))]),
    ((1,), [("diag()", np.diag)]),
    ((3, 3), [("diag()", np.diag), ("tril()", np.tril), ("triu()", np.triu),
              ("tril_k(1)", lambda a: np.tril(a, 1)), ("tril_k(-1)", lambda a: np.tril(a, -1)),
              ("triu_k(2)", lambda a: np.triu(a, 2)), ("triu_k(-5)", lambda a: np.triu(a, -5)),
              ("tril_k(-3)", lambda a: np.tril(a, -3))]),
    ((2, 4), [("tril()", np.tril), ("triu()", np.triu), ("tril_k(2)", lambda a: np.tril(a, 2)),
              ("triu_k(-1)", lambda a: np.triu(a, -1)), ("roll(5)", lambda a: np.roll(a, 5)),
              ("roll(-1)", lambda a: np.roll(a, -1)),
              ("roll_axis(Axis::<0>, 1)", lambda a: np.roll(a, 1, axis=0)),
              ("roll_axis(Axis::<1>, -3)", lambda a: np.roll(a, -3, axis=1)),
              ("roll_axis(Axis::<1>, 9)", lambda a: np.roll(a, 9, axis=1))]),
    ((4, 2), [("tril()", np.tril), ("triu_k(1)", lambda a: np.triu(a, 1))]),
    ((2, 3, 4), [("roll(7)", lambda a: np.roll(a, 7)), ("roll(-13)", lambda a: np.roll(a, -13)),
                 ("roll(24)", lambda a: np.roll(a, 24)),
                 ("roll_axis(Axis::<0>, -1)", lambda a: np.roll(a, -1, axis=0)),
                 ("roll_axis(Axis::<1>, 2)", lambda a: np.roll(a, 2, axis=1)),
                 ("roll_axis(Axis::<2>, -5)", lambda a: np.roll(a, -5, axis=2))]),
]


def results():
    out = []
    for shape, ops in RESULT_CASES:
        for order, a in both_orders(shape):
            for name, make in SOURCES.items():
                base = make(a)
                for call, numpy in ops:
                    r = numpy(base)
                    out.append(
                        f"result!({rust_type(a.dtype)}, {order}, {shape_type(shape)}, "
                        f"{elements(a)}, {name}, {call}, "
                        f"[{', '.join(map(str, r.shape))}], {elements(r)});")
    return out


def meshgrids():
    out = []
    for nx, ny in ((3, 2), (1, 4)):
        for dtype in (np.int32, np.float64):
            x = source((nx,), dtype)
            y = source((ny,), dtype)[::-1].copy()
            for name, make in SOURCES.items():
                for indexing, func in (("xy", "meshgrid"), ("ij", "meshgrid_ij")):
                    xx, yy = np.meshgrid(make(x), make(y), indexing=indexing)
                    out.append(
                        f"mesh!({rust_type(x.dtype)}, {nx}, {ny}, {elements(x)}, {elements(y)}, "
                        f"{name}, {func}, [{', '.join(map(str, xx.shape))}], "
                        f"{elements(xx)}, {elements(yy)});")
    return out


# (shape, [(result shape, Rust call, numpy function)]); the call's `{c}` is
# the constant padding value (7 for ints, 2.5 for floats).
SIZED_CASES = [
    ((3,), [((6,), "tile()", lambda a: np.tile(a, 2)),
            ((2, 6), "tile()", lambda a: np.tile(a, (2, 2))),
            ((2, 3, 9), "tile()", lambda a: np.tile(a, (2, 3, 3))),
            ((9,), "repeat(Axis::<0>)", lambda a: np.repeat(a, 3, axis=0))]),
    ((2, 3), [((4, 3), "tile()", lambda a: np.tile(a, (2, 1))),
              ((2, 6), "tile()", lambda a: np.tile(a, (1, 2))),
              ((4, 9), "tile()", lambda a: np.tile(a, (2, 3))),
              ((3, 2, 3), "tile()", lambda a: np.tile(a, (3, 1, 1))),
              ((4, 3), "repeat(Axis::<0>)", lambda a: np.repeat(a, 2, axis=0)),
              ((6, 3), "repeat(Axis::<0>)", lambda a: np.repeat(a, 3, axis=0)),
              ((2, 6), "repeat(Axis::<1>)", lambda a: np.repeat(a, 2, axis=1)),
              ((2, 3), "repeat(Axis::<1>)", lambda a: np.repeat(a, 1, axis=1))]),
    ((2, 3, 4), [((2, 3, 8), "repeat(Axis::<2>)", lambda a: np.repeat(a, 2, axis=2)),
                 ((2, 9, 4), "repeat(Axis::<1>)", lambda a: np.repeat(a, 3, axis=1)),
                 ((4, 3, 8), "tile()", lambda a: np.tile(a, (2, 1, 2)))]),
]
PAD_WIDTHS = {(3,): [(2, 2), (5, 4), (0, 3), (8, 0)], (1,): [(3, 2)], (2, 3): [(1, 2), (4, 4)],
              (2, 3, 4): [(1, 1)]}
PAD_MODES = [("Constant({c})", "constant"), ("Edge", "edge"), ("Reflect", "reflect"),
             ("Symmetric", "symmetric"), ("Wrap", "wrap")]


def sized():
    out = []
    cases = [(shape, ops) for shape, ops in SIZED_CASES]
    for shape, widths in PAD_WIDTHS.items():
        ops = []
        for before, after in widths:
            for mode, numpy_mode in PAD_MODES:
                def pad(a, b=before, f=after, m=numpy_mode):
                    if m == "constant":
                        value = 7 if a.dtype == np.int32 else 2.5
                        return np.pad(a, (b, f), mode=m, constant_values=value)
                    return np.pad(a, (b, f), mode=m)
                padded = tuple(d + before + after for d in shape)
                ops.append((padded, f"pad::<{before}, {after}, _>(PadMode::{mode})", pad))
        cases.append((shape, ops))
    for shape, ops in cases:
        for order, a in both_orders(shape):
            constant = "7" if a.dtype == np.int32 else "2.5"
            for name, make in SOURCES.items():
                base = make(a)
                for result, call, numpy in ops:
                    r = numpy(base)
                    assert r.shape == result, (call, r.shape, result)
                    out.append(
                        f"sized!({rust_type(a.dtype)}, {order}, {shape_type(shape)}, "
                        f"{elements(a)}, {name}, {shape_type(result)}, {call.format(c=constant)}, "
                        f"{elements(r)});")
    return out


def main():
    out = [f"// @generated by tests/golden/numpy_shape_tools.py from NumPy {np.__version__}; do not edit.",
           "{"]
    out += axis_views()
    out += results()
    out += meshgrids()
    out += sized()
    out.append("}")
    pathlib.Path(__file__).with_name("numpy_shape_tools.rs").write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
