"""Writes numpy_statistics.rs: NumPy's var, std (ddof 0 and 1), ptp,
median, quantile and percentile (method 'linear'), over the whole array and
along each axis, and mean, sum, var, std (ddof 1) and median over each
pair of axes, as exact bit
patterns, for tests/it/statistics.rs.

Each case names a dtype, a shape, an order ('C' or 'F'), a kind of array
and its data:

- kinds: `array` (the array itself), `t` (its transpose `a.T`, a view with
  the other order), `sliced` (`a[..., 1::2]`, a strided view), each
  compared with NumPy's results on the view itself. (The Rust view sums in
  the order of its copy, `v.copy(order="K")`; NumPy picks an order for a
  strided view with its iterator, which for these views gives the copy's
  bits.)
- data `hashed`: element i (C-order position) is built from
  k = (i * 2654435761) % 2**32: float64 (k / 2**32 - 0.5) * 2**(k % 40)
  (values of very different sizes, so every order of additions rounds
  differently), float32 (k % 2**24 / 2**24 - 0.5) * 2**(k % 20), int32
  k % 2001 - 1000, uint8 k % 256, int64 k * 2**29 + k % 1001 - 2**60
  (NumPy sums an integer array as float64 in buffers of 8192 values; these
  sums round, and differently if summed in one pairwise run). Every value
  is exact, so Rust builds the same arrays without a data file.
- data `[...]`: the values listed (floats as bit patterns), for NaN,
  infinities, -0.0 and integer wrap-around.

`average` cases weight the hashed data with w(i) = k % 5 (over 4 for
floats), or along an axis with (j % 4) + 1 at position j; `cov` cases use
small(i) = k % 17 - 8 (over 4 for floats) with 1, 4, 8 or 16 observations:
every product and sum of NumPy's `dot` (BLAS, whose order of additions
depends on the CPU) is then exact, so the bits do not depend on the CPU.

`histogram` cases count hashed or listed data in a few (bins, range)
pairs, some with edges that are not exact decimals; `unique` and
`bincount` cases use hashed uint8 and int32 data and listed floats with
repeated NaNs (`np.unique` collapses them, NumPy 2's `unique_counts` and
`unique_inverse` keep each).

Quantiles and percentiles are taken at QS and PS (Python floats, as a user
passes them: NumPy's weak scalars), written to the file as bit patterns.

Run from the repository root:  python3 tests/golden/numpy_statistics.py
CI runs it again and fails if the committed file differs.
"""
import itertools
import pathlib
import struct
import warnings

import numpy as np

QS = [0.0, 0.1, 0.25, 0.3, 0.5, 0.7, 0.75, 0.9, 0.999, 1.0]
PS = [0.0, 12.5, 33.3, 50.0, 66.7, 99.9, 100.0]


def bits(x):
    x = np.asarray(x)
    if x.dtype == np.float32:
        return "0x%08x" % struct.unpack("<I", struct.pack("<f", x))[0]
    if x.dtype == np.float64:
        return "0x%016x" % struct.unpack("<Q", struct.pack("<d", float(x)))[0]
    return str(int(x))


def hashes(n):
    return (np.arange(n, dtype=np.uint64) * np.uint64(2654435761)) % np.uint64(2**32)


def hashed(n, dtype):
    k = hashes(n)
    if dtype == np.float64:
        return (k.astype(np.float64) / 2.0**32 - 0.5) * 2.0 ** (k % np.uint64(40)).astype(np.float64)
    if dtype == np.float32:
        small = (k % np.uint64(2**24)).astype(np.float32) / np.float32(2**24) - np.float32(0.5)
        return small * np.float32(2.0) ** (k % np.uint64(20)).astype(np.float32)
    if dtype == np.int64:
        return (k.astype(np.int64) << np.int64(29)) + (k % np.uint64(1001)).astype(np.int64) - np.int64(2**60)
    if dtype == np.int32:
        return (k % np.uint64(2001)).astype(np.int32) - np.int32(1000)
    return (k % np.uint64(256)).astype(np.uint8)


RUST = {np.float64: "f64", np.float32: "f32", np.int64: "i64", np.int32: "i32", np.uint8: "u8",
        np.int8: "i8"}


def row(values):
    """A list of scalars (each in its own dtype) or an array, C order."""
    items = values if isinstance(values, list) else np.asarray(values).ravel()
    return "[" + ", ".join(bits(v) for v in items) + "]"


def kind_of(arr, kind):
    """The NumPy array (or view) a kind stands for."""
    if kind == "array":
        return arr
    if kind == "t":
        return arr.T
    return arr[(slice(None),) * (arr.ndim - 1) + (slice(1, None, 2),)]


def case(out, dtype, shape, order, kind, data, listed=False, axes=True):
    base = np.asarray(data.reshape(shape), order=order)
    ref = kind_of(base, kind)
    dims = ", ".join(map(str, shape))
    head = f"{RUST[dtype]}, [{dims}], {order}, {kind}"
    source = row(data) if listed else "hashed"
    whole = [ref.var(), ref.var(ddof=1), ref.std(), ref.std(ddof=1), np.ptp(ref), np.median(ref)]
    quant = [np.quantile(ref, q) for q in QS]
    perc = [np.percentile(ref, p) for p in PS]
    lines = [f"    whole {row(whole)} {row(quant)} {row(perc)};"]
    for axis in range(ref.ndim if axes else 0):
        lists = [ref.var(axis=axis), ref.std(axis=axis, ddof=1), np.ptp(ref, axis=axis),
                 np.median(ref, axis=axis), np.quantile(ref, QS[3], axis=axis),
                 np.percentile(ref, PS[4], axis=axis)]
        lines.append(f"    axis {axis} " + " ".join(row(x) for x in lists) + ";")
    if ref.ndim == 3 and axes:
        for a, b in itertools.combinations(range(3), 2):
            lines.append(f"    axes {a} {b} {row(ref.mean(axis=(a, b)).astype(np.float64))} "
                         f"{row(ref.sum(axis=(a, b)))} {row(ref.var(axis=(a, b)))} "
                         f"{row(ref.std(axis=(a, b), ddof=1))} {row(np.median(ref, axis=(a, b)))};")
    out.append(f"case!({head}, {source}, {{\n" + "\n".join(lines) + "\n});")


def weights(n, dtype):
    w = hashes(n) % np.uint64(5)
    return w.astype(dtype) / dtype(4) if dtype in (np.float32, np.float64) else w.astype(dtype)


def average(out, dtype, shape, order, kind):
    n = int(np.prod(shape))
    a = np.asarray(hashed(n, dtype).reshape(shape), order=order)
    w = np.asarray(weights(n, dtype).reshape(shape), order=order)
    if kind == "t":
        a, w = a.T, w.T
    dims = ", ".join(map(str, shape))
    parts = [f"whole {bits(np.average(a, weights=w))}"]
    for axis in range(a.ndim):
        lane = (np.arange(a.shape[axis]) % 4 + 1).astype(dtype)
        parts.append(f"axis {axis} {row(np.average(a, axis=axis, weights=lane))}")
    out.append(f"average!({RUST[dtype]}, [{dims}], {order}, {kind}, " + ", ".join(parts) + ");")


def histogram(out, dtype, shape, order, kind, source, v, bins, lo, hi):
    counts, edges = np.histogram(v, bins=bins, range=(lo, hi))
    out.append(f"histogram!({RUST[dtype]}, [{', '.join(map(str, shape))}], {order}, {kind}, {source}, "
               f"{bins}, {bits(np.float64(lo))}, {bits(np.float64(hi))}, {row(counts)}, {row(edges)});")


def unique(out, dtype, shape, order, source, data):
    # np.unique collapses NaNs (equal_nan=True); NumPy 2's unique_counts
    # and unique_inverse keep each NaN (equal_nan=False).
    values, counts = np.unique_counts(data)
    inverse = np.unique_inverse(data)
    assert np.array_equal(inverse.values, values, equal_nan=True)
    line = (f"unique!({RUST[dtype]}, [{', '.join(map(str, shape))}], {order}, {source}, "
            f"{row(np.unique(data))}, {row(values)}, {row(counts)}, {row(inverse.inverse_indices)}")
    if dtype in (np.uint8, np.int32) and data.min() >= 0:
        line += f", bincount {row(np.bincount(data.ravel()))}"
    out.append(line + ");")


def small(n, dtype):
    v = (hashes(n) % np.uint64(17)).astype(np.int64) - 8
    return v.astype(dtype) / dtype(4) if dtype in (np.float32, np.float64) else v.astype(dtype)


def covariance(out, dtype, shape, order, kind):
    # For `t`, the view is the transpose of a base of the transposed shape.
    base_shape = shape[::-1] if kind == "t" else shape
    m = np.asarray(small(int(np.prod(shape)), dtype).reshape(base_shape), order=order)
    if kind == "t":
        m = m.T
    dims = ", ".join(map(str, shape))
    c = np.atleast_2d(np.cov(m))
    r = np.atleast_2d(np.corrcoef(m))
    out.append(f"cov!({RUST[dtype]}, [{dims}], {order}, {kind}, {row(c)}, {row(r)});")


out = [f"// @generated by tests/golden/numpy_statistics.py from NumPy {np.__version__}; do not edit.",
       "{",
       "const QS: [f64; %d] = %s;" % (len(QS), "[" + ", ".join(f"f64::from_bits({bits(np.float64(q))})" for q in QS) + "]"),
       "const PS: [f64; %d] = %s;" % (len(PS), "[" + ", ".join(f"f64::from_bits({bits(np.float64(p))})" for p in PS) + "]")]
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    # (dtype, shape, kinds): every float kind on a shape whose lanes along
    # the last axis are longer than one pairwise leaf (128), the integers
    # on smaller ones; (3, 1, 40) has an axis of length 1, which NumPy's
    # iterator drops (so the lanes past it are contiguous runs).
    matrix = [
        (np.float64, (2, 150), ["array", "t", "sliced"]),
        (np.float64, (4, 3, 10), ["array", "t", "sliced"]),
        (np.float64, (3, 1, 40), ["array", "t"]),
        (np.float32, (2, 150), ["array", "t", "sliced"]),
        (np.float32, (4, 3, 10), ["array"]),
        (np.float32, (3, 1, 40), ["array"]),
        (np.int32, (3, 40), ["array", "t"]),
        (np.int32, (4, 3, 10), ["array"]),
        (np.uint8, (3, 40), ["array", "t"]),
        (np.uint8, (4, 3, 10), ["array"]),
    ]
    for dtype, shape, kinds in matrix:
        for order in "CF":
            for kind in kinds:
                case(out, dtype, shape, order, kind, hashed(int(np.prod(shape)), dtype))
    # Whole-array statistics only (its lanes would fill the file).
    case(out, np.int64, (2, 10000), "C", "array", hashed(20000, np.int64), axes=False)
    inf, nan = np.inf, np.nan
    specials = [
        (np.float64, (3, 4), [1.5, -0.0, 0.0, 2.25, -3.0, 0.0, -0.0, 7.0, 1.0, 0.5, -2.5, 4.0]),
        (np.float64, (3, 4), [1.0, inf, 2.0, 3.0, -inf, 0.5, 0.25, 8.0, 4.0, 5.0, 6.0, -1.0]),
        (np.float64, (3, 4), [1.0, 2.0, nan, 3.0, 0.5, 0.25, 8.0, 4.0, 5.0, 6.0, -1.0, 2.0]),
        (np.float64, (2, 3), [-0.0, -0.0, -0.0, -0.0, -0.0, -0.0]),
        (np.float32, (3, 4), [1.5, -0.0, 0.0, 2.25, inf, 0.0, -0.0, 7.0, nan, 0.5, -2.5, 4.0]),
        (np.int8, (2, 3), [100, -100, 127, -128, 0, 1]),
        (np.float64, (2, 2, 3), [1.5, -0.0, nan, 2.25, -3.0, 0.0, -0.0, inf, 1.0, 0.5, -2.5, 4.0]),
        (np.float32, (2, 3, 2), [-0.0, -0.0, 0.0, -0.0, 2.5, -1.0, nan, 3.0, -0.0, 0.5, 7.0, -inf]),
    ]
    for dtype, shape, values in specials:
        for order in "CF":
            case(out, dtype, shape, order, "array", np.array(values, dtype=dtype), listed=True)
    for dtype, shape, kinds in [(np.float64, (2, 150), ["array", "t"]), (np.float32, (2, 150), ["array"]),
                                (np.int32, (4, 3, 10), ["array", "t"]), (np.float64, (4, 3, 10), ["array"])]:
        for order in "CF":
            for kind in kinds:
                average(out, dtype, shape, order, kind)
    for dtype in (np.float64, np.float32, np.int32):
        for shape, kinds in [((3, 8), ["array", "t"]), ((4, 16), ["array"]), ((2, 4), ["array"]),
                             ((2, 1), ["array"]), ((1, 8), ["array"])]:
            for order in "CF":
                for kind in kinds:
                    covariance(out, dtype, shape, order, kind)
    inf, nan = np.inf, np.nan
    for dtype, shape, kinds, ranges in [
            (np.float64, (2, 150), ["array", "t"], [(7, -1000.0, 1000.0), (10, -0.3, 0.7), (3, 3.0, 3.0)]),
            (np.float32, (2, 150), ["array"], [(7, -100.0, 100.0), (10, -0.3, 0.7), (5, 0.1, 0.2)]),
            (np.int32, (3, 40), ["array", "t"], [(7, -500.0, 500.0), (10, -0.3, 0.7), (3, 5.0, 5.0)]),
            (np.uint8, (3, 40), ["array"], [(10, 0.0, 255.0), (6, 10.5, 200.25)])]:
        for order in "CF":
            for kind in kinds:
                base = np.asarray(hashed(int(np.prod(shape)), dtype).reshape(shape), order=order)
                v = kind_of(base, kind)
                for bins, lo, hi in ranges:
                    histogram(out, dtype, shape, order, kind, "hashed", v, bins, lo, hi)
    tenths = np.array([i / 10 for i in range(11)] + [np.nan, np.inf, -np.inf, -0.0], dtype=np.float64)
    for bins in (1, 3, 10):
        histogram(out, np.float64, (3, 5), "C", "array", row(tenths), tenths.reshape(3, 5), bins, 0.0, 1.0)
    histogram(out, np.float32, (3, 5), "F", "array", row(tenths.astype(np.float32)),
              np.asarray(tenths.astype(np.float32).reshape(3, 5), order="F"), 10, 0.0, 1.0)
    for dtype, shape in [(np.uint8, (3, 40)), (np.int32, (3, 40))]:
        for order in "CF":
            data = np.asarray(hashed(int(np.prod(shape)), dtype).reshape(shape), order=order)
            unique(out, dtype, shape, order, "hashed", data)
    repeats = np.array([2.5, nan, -1.0, 2.5, inf, nan, -0.0, -1.0, nan, -inf, 2.5, 7.0], dtype=np.float64)
    for dtype in (np.float64, np.float32):
        unique(out, dtype, (3, 4), "C", row(repeats.astype(dtype)), repeats.astype(dtype).reshape(3, 4))
out.append("}")
pathlib.Path(__file__).with_name("numpy_statistics.rs").write_text("\n".join(out) + "\n")
