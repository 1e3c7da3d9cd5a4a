"""Writes expected.txt: what the firmware (src/main.rs) prints, as NumPy
prints the same arrays. CI runs the firmware under QEMU and compares.

Run from the repository root:  python3 embedded/expected.py
CI runs it again and fails if the committed file differs.
"""
import pathlib

import numpy as np

root = pathlib.Path(__file__).resolve().parent.parent
weights = np.load(root / "tests/golden/npy/float32_2x3x4_F.npy")
lut = np.array([[1, 2, 3, 4], [5, 6, 7, 8]], dtype=np.uint16)
a = (np.arange(12, dtype=np.int32) - 5).reshape(3, 4)
m = np.fromfunction(lambda i, j: (i + 2 * j) * 0.5, (4, 4)).astype(np.float32)
identity2 = np.eye(4, dtype=np.float32) * np.float32(2.0)
half = np.load(root / "tests/golden/npy/float16_2x3_C.npy")
k = np.array([[4.0, 2.0, 0.6], [2.0, 5.0, 1.0], [0.6, 1.0, 3.0]])

lines = [
    f"lut\n{lut}",
    f"weights\n{weights}",
    f"weights sum axis 2\n{weights.sum(axis=2)}",
    f"strides {list(np.zeros((2, 3, 4), np.float32).strides)} nbytes {np.zeros((2, 3, 4), np.float32).nbytes}",
    f"a\n{a}",
    f"a * 3 + 1\n{a * 3 + 1}",
    f"abs\n{np.abs(a)}",
    f"sum {a.sum()} mean {a.mean()} argmax {a.argmax()}",
    f"sum axis 0 {a.sum(axis=0)}",
    f"max axis 1 {a.max(axis=1)}",
    f"argmin axis 0 {a.argmin(axis=0)}",
    f"matmul\n{m @ (identity2 + m)}",
    f"inv\n{np.linalg.inv(k)}",
    f"solve {np.linalg.solve(k, np.array([1.0, 2.0, 3.0]))}",
    f"cholesky\n{np.linalg.cholesky(k)}",
    f"eigvalsh {np.linalg.eigh(k)[0]}",
    f"reshape {a.reshape(12)}",
    f"t\n{a.T}",
    f"a[1:, ::2]\n{a[1:, ::2]}",
    f"a[:, -1] {a[:, -1]}",
    f"linspace {np.linspace(0, 1, 5)}",
    f"geomspace {np.geomspace(1.0, 1000.0, 4)}",
    f"sqrt {np.sqrt(np.array([2.0, 9.0, 0.25], np.float32))}",
    f"float16\n{half!r}",
    f"float16 + float16\n{half + half}",
    f"float16 sum axis 1 {half.sum(axis=1)}",
    f"float16 sqrt\n{np.sqrt(np.abs(half))}",
]
pathlib.Path(__file__).with_name("expected.txt").write_text("\n".join(lines) + "\n")
