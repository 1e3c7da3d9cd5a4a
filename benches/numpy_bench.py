"""The NumPy side of the criterion harness (benches/bin/twins.rs): the same
workloads as benches/workloads/, timed with timeit (batches of at least
20 ms, median of 15); prints {"workload/numpy/param": median_ns} as JSON.
Run by report.py."""
import json
import statistics
import sys
import timeit

import numpy as np


def median_ns(stmt, min_seconds=0.02, repeats=15):
    number = 1
    while timeit.timeit(stmt, number=number) < min_seconds:
        number *= 2
    return statistics.median(timeit.repeat(stmt, number=number, repeat=repeats)) / number * 1e9


results = {}
for n in (16, 1024, 65536, 4194304):
    a, b = np.ones(n, np.float32), np.full(n, 0.5, np.float32)
    results[f"add_f32/numpy/{n}"] = median_ns(lambda: np.add(a, b, out=a))
    c = np.zeros(n, np.float32)
    results[f"add_into_f32/numpy/{n}"] = median_ns(lambda: np.add(a, b, out=c))
    results[f"scale_f32/numpy/{n}"] = median_ns(lambda: np.multiply(a, np.float32(1.0001), out=a))
    if n <= 1024:
        results[f"add_new_f32/numpy/{n}"] = median_ns(lambda: a + b)
for n in (16, 1024, 16384):
    a = np.ones(n, np.float32)
    results[f"scale_left_f32/numpy/{n}"] = median_ns(lambda: np.float32(1.0001) * a)
    results[f"scale_right_f32/numpy/{n}"] = median_ns(lambda: a * np.float32(1.0001))
    results[f"neg_f32/numpy/{n}"] = median_ns(lambda: -a)
for n in (1024, 4194304):
    a = (np.arange(n) % 7) * 0.25
    results[f"sum_f64/numpy/{n}"] = median_ns(lambda: a.sum())
for n in (3, 4, 16):
    a = (np.arange(n * n, dtype=np.float32) * 0.01).reshape(n, n)
    b = np.add.outer(np.arange(n), np.arange(n)).astype(np.float32) * 0.5
    results[f"matmul_f32/numpy/{n}"] = median_ns(lambda: a @ b)
for dtype, name in ((np.float32, "matmul_into_f32"), (np.float64, "matmul_into_f64")):
    for n in (32, 64, 128, 256, 512, 1024):
        a = ((np.arange(n * n) % 7) * 0.5 - 1.0).astype(dtype).reshape(n, n)
        b = ((np.arange(n * n) % 5) * 0.25).astype(dtype).reshape(n, n)
        c = np.zeros((n, n), dtype)
        results[f"{name}/numpy/{n}"] = median_ns(lambda: np.matmul(a, b, out=c))
canvas = (1080, 1920, 3)
results["canvas_u8/numpy/zeros"] = median_ns(lambda: np.zeros(canvas, np.uint8))
results["canvas_u8/numpy/ones"] = median_ns(lambda: np.ones(canvas, np.uint8))
a = np.arange(1024 * 1024, dtype=np.float32).reshape(1024, 1024)
results["to_order_f32/numpy/1024"] = median_ns(lambda: np.asfortranarray(a))
# STREAM's triad without temporaries, as NumPy users write it: two passes.
n = 8 << 20
a, b, c = np.zeros(n), np.arange(n, dtype=np.float64), np.full(n, 0.5)
results[f"triad_f64/numpy/{n}"] = median_ns(lambda: (np.multiply(c, 3.0, out=a), np.add(a, b, out=a)))
results[f"copy_f64/numpy/{n}"] = median_ns(lambda: np.copyto(a, b))
results["linspace_f64/numpy/1000000"] = median_ns(lambda: np.linspace(0.0, 1.0, 1_000_000))
results["arange_i64/numpy/1000000"] = median_ns(lambda: np.arange(0, 1_000_000, 1, dtype=np.int64))
results["arange_i64/numpy/1024"] = median_ns(lambda: np.arange(0, 1024, 1, dtype=np.int64))
results["zeros_f64/numpy/1000000"] = median_ns(lambda: np.zeros(1_000_000))
results["full_f64/numpy/1000000"] = median_ns(lambda: np.full(1_000_000, 0.5))
results["arange_f64/numpy/1000000"] = median_ns(lambda: np.arange(0.0, 500_000.0, 0.5))
canvas = np.zeros((1080, 1920, 3), np.uint8)
results["view_fill_u8/numpy/canvas"] = median_ns(lambda: canvas[:, :, 0].fill(255))
a = ((np.arange(1024 * 1024) % 13) * 0.25).reshape(1024, 1024)
results["view_column_sum_f64/numpy/1024"] = median_ns(lambda: a[:, 5].sum())
n = 1 << 20
a, c = (np.arange(n) % 7) * 0.25, np.zeros(n)
results[f"cumsum_f64/numpy/{n}"] = median_ns(lambda: np.cumsum(a, out=c))
a = ((np.arange(1024 * 1024) % 13) * 0.25).reshape(1024, 1024)
for axis in (0, 1):
    for order, m in (("C", a), ("F", np.asfortranarray(a))):
        results[f"sum_axis_f64/numpy/axis{axis}_{order}"] = median_ns(lambda m=m, axis=axis: m.sum(axis=axis))
a = np.add.outer(np.arange(256), np.arange(256)).astype(np.float32)
b = (np.multiply.outer(np.arange(256), np.arange(256)) % 7).astype(np.float32)
results["view_add_f32/numpy/256"] = median_ns(lambda: a[:, 1:-1] + b[:, 1:-1])
c = np.zeros((256, 254), np.float32)
results["view_add_into_f32/numpy/256"] = median_ns(lambda: np.add(a[:, 1:-1], b[:, 1:-1], out=c))
import os
import tempfile
n = 8 << 20
a = np.arange(n, dtype=np.float64) * 0.5
path = os.path.join(tempfile.gettempdir(), "numpy-bench.npy")
results[f"npy_save_f64/numpy/{n}"] = median_ns(lambda: np.save(path, a))
results[f"npy_load_f64/numpy/{n}"] = median_ns(lambda: np.load(path))


def value(n):
    """benches/workloads/linalg.rs's matrix: a fixed m in [-1, 1] plus n I."""
    k = (np.arange(n * n, dtype=np.uint64) * np.uint64(2654435761)) % np.uint64(2**32)
    return (k.astype(np.float64) / 2**31 - 1.0).reshape(n, n) + n * np.eye(n)


for n in (3, 4):
    a = value(n).astype(np.float32)
    results[f"det_f32/numpy/{n}"] = median_ns(lambda: np.linalg.det(a))
    results[f"inv_f32/numpy/{n}"] = median_ns(lambda: np.linalg.inv(a))
for n in (3, 4, 6, 8):
    a = value(n)
    rhs = np.arange(n) - 1.5
    spd = a @ a.T
    results[f"det_f64/numpy/{n}"] = median_ns(lambda: np.linalg.det(a))
    results[f"inv_f64/numpy/{n}"] = median_ns(lambda: np.linalg.inv(a))
    results[f"solve_f64/numpy/{n}"] = median_ns(lambda: np.linalg.solve(a, rhs))
    results[f"cholesky_f64/numpy/{n}"] = median_ns(lambda: np.linalg.cholesky(spd))
    results[f"eigh_f64/numpy/{n}"] = median_ns(lambda: np.linalg.eigh(spd))
a = value(4).astype(np.float32)
results["einsum_matmul_f32/numpy/4"] = median_ns(lambda: np.einsum("ij,jk->ik", a, a, optimize=False))
batch = np.stack([value(4).astype(np.float32) + b for b in range(8)])
results["einsum_batched_f32/numpy/8"] = median_ns(lambda: np.einsum("bij,bjk->bik", batch, batch, optimize=False))
m, v = value(16), np.arange(16) * 0.25 - 2.0
results["einsum_bilinear_f64/numpy/16"] = median_ns(lambda: np.einsum("i,ij,j->", v, m, v, optimize=False))
json.dump(results, sys.stdout)
