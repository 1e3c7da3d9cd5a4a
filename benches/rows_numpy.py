"""NumPy's side of benches/bin/rows.rs: the same (1_000_000, 8) float64
table workloads, timed the same way (median of 15 runs after one warm-up).

Run after the Rust side wrote its file:
    python3 benches/rows_numpy.py [file.npy]
"""
import sys
import tempfile
import time
import pathlib

import numpy as np


def median_ms(f, runs=15):
    f()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return sorted(times)[runs // 2] * 1e3


path = sys.argv[1] if len(sys.argv) > 1 else str(pathlib.Path(tempfile.gettempdir()) / "shaped-rows-bench.npy")
x = np.load(path)
mask = x[:, 0] > 0
for name, f in [
    ("load_npy", lambda: np.load(path)),
    ("mean(axis=0)", lambda: x.mean(axis=0)),
    ("(x - mean) / std", lambda: (x - x.mean(axis=0)) / x.std(axis=0)),
    ("x[mask]", lambda: x[mask]),
    ("x[x[:, 0].argsort()]", lambda: x[x[:, 0].argsort(kind="stable")]),
]:
    print(f"{name:<28} {'numpy':<8} {median_ms(f):>10.3f} ms")
