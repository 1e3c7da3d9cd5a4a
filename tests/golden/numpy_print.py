"""Writes numpy_print.rs: NumPy's str(a) and repr(a) for many arrays of every
dtype and rank, for tests/it/printing.rs.

Every input is the same bits on every CPU: integer draws, uniform draws
scaled by IEEE arithmetic, and decimal literals (never NumPy's exp or power,
whose SIMD kernels round differently on AVX-512 and AVX2, nor
standard_normal, which calls the platform's libm).

Run from the repository root:  python3 tests/golden/numpy_print.py
CI runs it again and fails if the committed file differs.
"""
import json
import pathlib
import struct

import numpy as np

RUST = {"bool": "bool", "int8": "i8", "int16": "i16", "int32": "i32", "int64": "i64",
        "uint8": "u8", "uint16": "u16", "uint32": "u32", "uint64": "u64",
        "float32": "f32", "float64": "f64"}
rng = np.random.default_rng(20261126)
cases = []
# NumPy's intp and uintp, Rust's isize and usize (int64 and uint64 here).
POINTER_SIZED = {"intp": "isize", "uintp": "usize"}
pointer_sized = []
argsorts = []


def decimal(mantissa, exponent):
    """mantissa * 10**exponent, correctly rounded by Python's parser."""
    return float(f"{int(mantissa)}e{int(exponent)}")


def normal(shape):
    """Bell-shaped seeded values from integer draws and IEEE arithmetic
    (standard_normal would call the platform's libm): a sum of four uniforms."""
    return sum(rng.uniform(-1.7, 1.7, shape) for _ in range(4))


def add(a):
    cases.append(np.asarray(a))


def element(v, dtype):
    if dtype in ("int64", "uint64"):
        return str(int(v))
    if dtype == "bool":
        return "true" if v else "false"
    if dtype == "float64":
        return "0x%016x" % struct.unpack("<Q", struct.pack("<d", float(v)))[0]
    if dtype == "float32":
        return "0x%08x" % struct.unpack("<I", struct.pack("<f", v))[0]
    return str(int(v))


def rust_case(a, macro="case", rust=None, printed=None, printed_repr=None):
    dtype = a.dtype.name
    rust = rust or RUST[dtype]
    rank = a.ndim
    dims = ", ".join(map(str, a.shape))
    values = ", ".join(element(v, dtype) for v in a.ravel())
    printed = a if printed is None else printed
    printed_repr = printed if printed_repr is None else printed_repr
    return (f"{macro}!({rust}, Array{rank}<{rust}, {dims}>, [{values}],\n"
            f"    {json.dumps(str(printed))},\n    {json.dumps(repr(printed_repr))});")


# Integers of every width: small, signed, extremes, wide enough to wrap.
for dtype in ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]:
    info = np.iinfo(dtype)
    add(np.array([1, 2, 3], dtype=dtype))
    add(rng.integers(info.min, info.max, size=(3, 4), dtype=dtype, endpoint=True))
    add(np.array([info.min, 0, info.max], dtype=dtype))
    add(rng.integers(0, min(info.max, 1000), size=(2, 3, 4), dtype=dtype))
    add(rng.integers(info.min, info.max, size=40, dtype=dtype, endpoint=True))
add(np.arange(30, dtype=np.uint8).reshape(3, 10) * 7)
add(np.arange(-5, 5, dtype=np.int64).reshape(2, 5))

# Bools.
add(np.array([True, False, True]))
add(rng.integers(0, 2, size=(4, 5)).astype(bool))
add(np.array([False, False]))
add(rng.integers(0, 2, size=30).astype(bool))

# Floats: positional, rounding, padding, signs, zeros.
for dtype in ["float64", "float32"]:
    for values in [
        [1.0, 2.5], [0.1, 0.2, 0.3], [1.0 / 3, 2.0 / 3], [0.123456789, 1e7 + 0.123456789],
        [-1.5, 0.0, 2.25], [-0.0, 0.0], [0.0, 0.0, 0.0], [1.0, 10.0, 100.0], [999.5, 0.001],
        [3.14159, -2.71828, 1.41421356237], [1e-4, 0.1], [0.5], [123456.789, 1.5],
        [999999.0, 1.0], [1e6, 1.0], [1e8, 1.0], [99999999.0, 2.0],
        # scientific
        [1e-5, 1.0], [1e-300, 1e300] if dtype == "float64" else [1e-30, 1e30],
        [0.001, 2.0], [1.5e-10, -2.25e-12, 3.0], [12345.678, 0.0001234],
        # non-finite
        [np.nan, 1.0, -np.inf], [np.nan], [np.inf, -np.inf], [np.nan, 1e-5, 1e5],
        [np.inf, 0.5], [-np.inf, 100.25],
    ]:
        add(np.array(values, dtype=dtype))
    add((normal((4, 5)) * 10).astype(dtype))
    add((normal(50) * 1000).astype(dtype))
    add(rng.random((2, 3, 4)).astype(dtype))
    add((normal((3, 30)) * 1e-3).astype(dtype))
    # Wide magnitudes (1e-9 to 1e9) with 16 significant digits, parsed from
    # decimal literals: NumPy's SIMD exp or power would give other bits on
    # another CPU.
    add(np.array([decimal(m, e - 15) for m, e in zip(rng.integers(10**15, 10**16, size=12),
                                                      rng.integers(-9, 9, size=12))]).astype(dtype))
# Random magnitudes: Rust's shortest digits against NumPy's Dragon4.
for i in range(20):
    for dtype in ["float64", "float32"]:
        scale = decimal(1, rng.integers(-12, 12))
        values = normal(rng.integers(1, 9)) * scale
        add(values.astype(dtype))
add(np.linspace(0, 1, 10))
add(np.array([np.finfo(np.float64).max, np.finfo(np.float64).tiny, 5e-324]))
add(np.array([np.finfo(np.float32).max, np.finfo(np.float32).tiny], dtype=np.float32))

# Summarised (more than 1000 elements) and deep.
add(np.arange(2000, dtype=np.float64))
add(rng.integers(-999, 999, size=(40, 40), dtype=np.int32))
add(normal((11, 11, 11)))
add(rng.integers(0, 2, size=(2, 1001)).astype(bool))
add(rng.random(1001).astype(np.float32))
add(np.arange(1001, dtype=np.uint8))
add(rng.integers(0, 9, size=(2, 1, 2, 1, 2, 1, 2, 1)).astype(np.int64))
add(rng.random((1, 1, 1, 1, 1, 3)))

# Empty.
for shape in [(0,), (2, 0), (0, 3, 2)]:
    for dtype in ["float64", "uint8", "bool", "int64"]:
        add(np.zeros(shape, dtype=dtype))

# intp and uintp: extremes and ordinary values (as NumPy has them on a 64-bit
# target, where they are int64 and uint64).
for numpy, values in [
    ("uintp", [0, 1, 2**64 - 1]), ("intp", [-2**63, 0, 2**63 - 1]),
    ("uintp", rng.integers(0, 2**64 - 1, size=(3, 4), dtype=np.uint64, endpoint=True)),
    ("intp", rng.integers(-2**63, 2**63 - 1, size=20, dtype=np.int64, endpoint=True)),
    ("uintp", np.arange(1001, dtype=np.uint64)),
]:
    pointer_sized.append((np.asarray(values, dtype=numpy), POINTER_SIZED[numpy]))

# argsort's positions: shaped's `a.argsort()` (usize, NumPy's uintp) must
# print as NumPy's `np.argsort(a, kind='stable')` (intp) prints, and its
# repr is that of the same positions as uintp.
for a in [
    np.array([2.0, np.nan, 1.0, 2.0, -3.0, 0.5, np.nan, -0.0, 0.0]),
    rng.integers(-3, 3, size=(3, 4), dtype=np.int32),
    rng.integers(0, 20, size=(2, 3, 4), dtype=np.uint8),
    rng.random(1200).astype(np.float32),
    rng.integers(0, 2, size=(2, 12)).astype(bool),
    rng.integers(-1000, 1000, size=(2, 1, 40), dtype=np.int64),
]:
    argsorts.append(a)

out = [f"// @generated by tests/golden/numpy_print.py from NumPy {np.__version__}; do not edit.", "{"]
out += [rust_case(a) for a in cases]
out += [f'#[cfg(target_pointer_width = "64")]\n{rust_case(a, rust=rust)}' for a, rust in pointer_sized]
out += [rust_case(a, "argsort", printed=np.argsort(a, kind="stable"),
                  printed_repr=np.argsort(a, kind="stable").astype(np.uintp)) for a in argsorts]
out.append("}")
pathlib.Path(__file__).with_name("numpy_print.rs").write_text("\n".join(out) + "\n")
print(len(cases) + len(pointer_sized) + len(argsorts), "cases")
