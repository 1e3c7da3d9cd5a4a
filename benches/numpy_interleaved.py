"""The NumPy side of the interleaved harness (benches/bin/interleaved.rs): the same
workloads, timed with the same method - batches of at least 2 ms, 15 rounds
visiting the cases in rotating order, one untimed call before each batch,
median of rounds, then median of the passes (3, or --passes N); `--calls N`
times nothing and calls each matching case N times (for
instructions.py's callgrind counts). Run by
report.py with glibc's allocator pinned as for the Rust side; prints
{"workload/numpy/param": ns}. An argument other than --passes N keeps only
the workloads whose `name/param` contains it."""
import json
import os
import tempfile
import warnings
import statistics
import sys
import timeit

import numpy as np

BATCH, ROUNDS = 2e-3, 15


def value(n):
    """benches/workloads/linalg.rs's matrix: a fixed m in [-1, 1] plus n I."""
    k = (np.arange(n * n, dtype=np.uint64) * np.uint64(2654435761)) % np.uint64(2**32)
    return (k.astype(np.float64) / 2**31 - 1.0).reshape(n, n) + n * np.eye(n)


def cases():
    # Default arguments bind each lambda's values now, not at call time.
    n = 1_000_000
    yield "arange_i64", n, lambda n=n: np.arange(0, n, 1, dtype=np.int64)
    yield "arange_i64", 1024, lambda: np.arange(0, 1024, 1, dtype=np.int64)
    yield "arange_f64", n, lambda n=n: np.arange(0.0, n / 2, 0.5)
    yield "linspace_f64", n, lambda n=n: np.linspace(0.0, 1.0, n)
    yield "zeros_f64", n, lambda n=n: np.zeros(n)
    yield "full_f64", n, lambda n=n: np.full(n, 0.5)
    for n in (1024, 4 << 20):
        a = (np.arange(n) % 7) * 0.25
        yield "sum_f64", n, lambda a=a: a.sum()
    c = ((np.arange(1024 * 1024) % 13) * 0.25).reshape(1024, 1024)
    f = np.asfortranarray(c)
    for axis in (0, 1):
        for order, m in (("C", c), ("F", f)):
            yield "sum_axis_f64", f"axis{axis}_{order}", lambda m=m, axis=axis: m.sum(axis=axis)
    n = 1 << 20
    a, c = (np.arange(n) % 7) * 0.25, np.zeros(n)
    yield "cumsum_f64", n, lambda a=a, c=c: np.cumsum(a, out=c)
    shape = (1080, 1920, 3)
    yield "canvas_u8", "zeros", lambda shape=shape: np.zeros(shape, np.uint8)
    yield "canvas_u8", "ones", lambda shape=shape: np.ones(shape, np.uint8)
    for n in (16, 1024):
        a, b = np.ones(n, np.float32), np.full(n, 0.5, np.float32)
        yield "add_new_f32", n, lambda a=a, b=b: a + b
    for n in (16, 1024, 16384):
        a = np.ones(n, np.float32)
        yield "scale_left_f32", n, lambda a=a: np.float32(1.0001) * a
        yield "scale_right_f32", n, lambda a=a: a * np.float32(1.0001)
        yield "neg_f32", n, lambda a=a: -a
    for n in (16, 1024, 65536, 4 << 20):
        a = ((np.arange(n) % 11) * 0.5).astype(np.float32)
        b = ((np.arange(n) % 5) * 0.25).astype(np.float32)
        c = np.zeros(n, np.float32)
        yield "add_into_f32", n, lambda a=a, b=b, c=c: np.add(a, b, out=c)
        yield "add_f32", n, lambda a=a, b=b: np.add(a, b, out=a)
        yield "scale_f32", n, lambda a=a: np.multiply(a, np.float32(2.5), out=a)
    for n in (3, 4, 16):
        a = (np.arange(n * n, dtype=np.float32) * 0.01).reshape(n, n)
        b = np.add.outer(np.arange(n), np.arange(n)).astype(np.float32) * 0.5
        yield "matmul_f32", n, lambda a=a, b=b: a @ b
    for dtype, name in ((np.float32, "matmul_into_f32"), (np.float64, "matmul_into_f64")):
        for n in (32, 64, 128, 256, 512, 1024):
            a = ((np.arange(n * n) % 7) * 0.5 - 1.0).astype(dtype).reshape(n, n)
            b = ((np.arange(n * n) % 5) * 0.25).astype(dtype).reshape(n, n)
            c = np.zeros((n, n), dtype)
            yield name, n, lambda a=a, b=b, c=c: np.matmul(a, b, out=c)
    a = np.arange(1024 * 1024, dtype=np.float32).reshape(1024, 1024)
    yield "to_order_f32", 1024, lambda a=a: np.ascontiguousarray(a.T)
    a = value(4).astype(np.float32)
    yield "einsum_matmul_f32", 4, lambda a=a: np.einsum("ij,jk->ik", a, a, optimize=False)
    batch = np.stack([value(4).astype(np.float32) + b for b in range(8)])
    yield "einsum_batched_f32", 8, lambda batch=batch: np.einsum("bij,bjk->bik", batch, batch, optimize=False)
    m, v = value(16), np.arange(16) * 0.25 - 2.0
    yield "einsum_bilinear_f64", 16, lambda m=m, v=v: np.einsum("i,ij,j->", v, m, v, optimize=False)
    for n in (3, 4):
        a = value(n).astype(np.float32)
        yield "det_f32", n, lambda a=a: np.linalg.det(a)
        yield "inv_f32", n, lambda a=a: np.linalg.inv(a)
    for n in (3, 4, 6, 8):
        a, rhs = value(n), np.arange(n) - 1.5
        spd = a @ a.T
        yield "det_f64", n, lambda a=a: np.linalg.det(a)
        yield "inv_f64", n, lambda a=a: np.linalg.inv(a)
        yield "solve_f64", n, lambda a=a, rhs=rhs: np.linalg.solve(a, rhs)
        yield "cholesky_f64", n, lambda spd=spd: np.linalg.cholesky(spd)
        yield "eigh_f64", n, lambda spd=spd: np.linalg.eigh(spd)
    canvas = np.zeros((1080, 1920, 3), np.uint8)
    yield "view_fill_u8", "canvas", lambda canvas=canvas: canvas[:, :, 0].fill(255)
    a = ((np.arange(1024 * 1024) % 13) * 0.25).reshape(1024, 1024)
    yield "view_column_sum_f64", 1024, lambda a=a: a[:, 5].sum()
    a = np.add.outer(np.arange(256), np.arange(256)).astype(np.float32)
    b = (np.multiply.outer(np.arange(256), np.arange(256)) % 7).astype(np.float32)
    c = np.zeros((256, 254), np.float32)
    yield "view_add_f32", 256, lambda a=a, b=b: a[:, 1:-1] + b[:, 1:-1]
    yield "view_add_into_f32", 256, lambda a=a, b=b, c=c: np.add(a[:, 1:-1], b[:, 1:-1], out=c)
    n = 8 << 20
    a = np.arange(n, dtype=np.float64) * 0.5
    path = os.path.join(tempfile.gettempdir(), "numpy-interleaved.npy")
    yield "npy_save_f64", n, lambda a=a, path=path: np.save(path, a)
    yield "npy_load_f64", n, lambda path=path: np.load(path)
    n = 8 << 20
    a, b, c = np.zeros(n), np.arange(n, dtype=np.float64), np.full(n, 0.5)
    yield "triad_f64", n, lambda a=a, b=b, c=c: (np.multiply(c, 3.0, out=a), np.add(a, b, out=a))
    yield "copy_f64", n, lambda a=a, b=b: np.copyto(a, b)
    n = 1 << 20
    rng = np.random.default_rng(0)
    for name, a in (("f64", rng.random(n)), ("f32", rng.random(n, np.float32)),
                    ("i64", rng.integers(-2**63, 2**63 - 1, n, np.int64)),
                    ("i32", rng.integers(-2**31, 2**31 - 1, n, np.int32))):
        yield f"sorted_{name}", n, lambda a=a: np.sort(a)
        yield f"argsort_{name}", n, lambda a=a: np.argsort(a)


def calibrate(f):
    f()
    number = 1
    while timeit.timeit(f, number=number) < BATCH:
        number *= 2
    return number


def one_pass(todo):
    times = [[] for _ in todo]
    for r in range(ROUNDS):
        for k in range(len(todo)):
            i = (k + r) % len(todo)
            f, number = todo[i]
            f()
            times[i].append(timeit.timeit(f, number=number) / number * 1e9)
    return [statistics.median(t) for t in times]


def main():
    # `a *= 2.5` repeated overflows to inf, as the Rust side does; not slower.
    warnings.simplefilter("ignore", RuntimeWarning)
    args, passes, keep, calls = sys.argv[1:], 3, "", None
    while args:
        arg = args.pop(0)
        if arg == "--passes":
            passes = int(args.pop(0))
        elif arg == "--calls":
            calls = int(args.pop(0))
        else:
            keep = arg
    found = [case for case in cases() if keep in f"{case[0]}/{case[1]}"]
    if calls is not None:
        # For an instruction counter (instructions.py): the calls, untimed.
        for _, _, f in found:
            for _ in range(calls):
                f()
        return
    todo = [(f, calibrate(f)) for _, _, f in found]
    passes = [one_pass(todo) for _ in range(passes)]
    results = {f"{name}/numpy/{param}": statistics.median(p[i] for p in passes)
               for i, (name, param, _) in enumerate(found)}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
