"""Runs the benchmarks (benches/workloads/, one definition of each
workload) under two methods, prints Markdown tables of medians and
ratios, and draws the interleaved ratios as a chart.

    python3 benches/report.py [--native] [--interleaved-only | --criterion-only | --chart-only]
                              [--skip-rust] [--filter TEXT] [--chart PATH]

1. criterion (`cargo bench` in benches/, bin/twins.rs; NumPy from
   numpy_bench.py with timeit).
2. The interleaved harness (bin/interleaved.rs, numpy_interleaved.py):
   every contender of a workload in one process, 2 ms batches in 15
   rotating rounds; glibc's allocator pinned to one regime (GLIBC_TUNABLES
   below), for NumPy too, and OpenBLAS left to pick its own kernels. The
   Rust and NumPy harnesses run one pass each, alternating, three times; a
   time is the median of the three passes' medians.

--native builds with RUSTFLAGS="-C target-cpu=native" (its own target
directory). A ratio is the other implementation's median over shaped's:
above 1 means shaped is faster. `shaped_rayon`/`ndarray_rayon` are the
threaded forms (feature `rayon`), kept out of the "best other" column.
The chart (default benches/performance.svg, needs matplotlib) shows the
interleaved ratios; --chart-only redraws it from the last run's numbers
(target/report/). Timing is noisy on a shared machine: this is a
benchmark, not a test, and asserts nothing.
"""
import json
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
IMPLS = ["shaped", "loop", "ndarray", "nalgebra", "glam", "numpy"]
THREADED = ["shaped_rayon", "ndarray_rayon"]
# Other forms of shaped's own call (a box, in place), shown beside it.
FORMS = ["shaped_boxed", "shaped_inplace"]
TUNABLES = ("glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=17179869184:"
            "glibc.malloc.arena_max=1")
# Bytes each element moves in the bandwidth workloads (STREAM's counting:
# reads plus writes, no write-allocate).
BYTES = {"triad_f64": 24, "copy_f64": 16}
# What each workload computes, as the README's tables name it.
WHAT = {
    "add_f32": "`a += &b` (f32)",
    "add_into_f32": "`c.assign_zip_map(&a, &b, +)` (f32), `np.add(a, b, out=c)`",
    "add_new_f32": "`&a + &b` into a new array (f32)",
    "scale_f32": "`a *= s` (f32)",
    "scale_left_f32": "`s * &a` (f32)",
    "scale_right_f32": "`&a * s` (f32)",
    "neg_f32": "`-&a` (f32)",
    "sum_f64": "`a.sum()` (f64, NumPy's bits)",
    "cumsum_f64": "`a.cumsum_into(&mut c)` (f64), `np.cumsum(a, out=c)`",
    "sum_axis_f64": "`a.sum_axis::<K>()` (f64, 1024x1024, axis K, order C/F)",
    "matmul_f32": "`a.matmul(&b)` (f32, n x n)",
    "matmul_into_f32": "`a.matmul_into(&b, &mut c)` (f32, n x n), `np.matmul(a, b, out=c)`",
    "matmul_into_f64": "`a.matmul_into(&b, &mut c)` (f64, n x n), `np.matmul(a, b, out=c)`",
    "to_order_f32": "transposed copy (f32, n x n)",
    "triad_f64": "STREAM triad `a = b + 3 c` (f64)",
    "copy_f64": "`memcpy` (f64)",
    "arange_i64": "`arange` (i64)",
    "arange_f64": "`arange` (f64)",
    "linspace_f64": "`linspace` (f64)",
    "zeros_f64": "`zeros_boxed` (f64)",
    "full_f64": "`full_boxed` (f64)",
    "canvas_u8": "1080x1920x3 canvas (u8)",
    "det_f32": "`det` (f32, n x n)",
    "inv_f32": "`inv` (f32, n x n)",
    "det_f64": "`det` (f64, n x n)",
    "inv_f64": "`inv` (f64, n x n)",
    "solve_f64": "`solve` (f64, n x n)",
    "cholesky_f64": "`cholesky` (f64, n x n)",
    "eigh_f64": "`eigh` (f64, n x n)",
    "view_fill_u8": "`canvas[:, :, 0] = 255` (u8, 1080x1920x3)",
    "view_column_sum_f64": "`a[:, 5].sum()` (f64, 1024x1024)",
    "view_add_f32": "`a[:, 1:-1] + b[:, 1:-1]` (f32, 256x256)",
    "view_add_into_f32": "`np.add(a[:, 1:-1], b[:, 1:-1], out=c)` (f32, 256x256)",
    "npy_save_f64": "`save_npy` 64 MiB (f64)",
    "npy_load_f64": "`load_npy_boxed` 64 MiB (f64)",
}


def cpu():
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def rust_env(native):
    env = dict(os.environ)
    target = ROOT / "target" / ("bench-native" if native else "bench")
    env["CARGO_TARGET_DIR"] = str(target)
    if native:
        env["RUSTFLAGS"] = "-C target-cpu=native"
    return env, target


def numpy_env(pinned):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    if pinned:
        env["GLIBC_TUNABLES"] = TUNABLES
    return env


def criterion(native):
    env, target = rust_env(native)
    if "--skip-rust" not in sys.argv:
        # Only this run's results: a workload renamed or removed since
        # leaves no stale directory behind.
        shutil.rmtree(target / "criterion", ignore_errors=True)
        subprocess.run(["cargo", "bench", "-q"], cwd=ROOT / "benches", env=env, check=True,
                       stdout=subprocess.DEVNULL)
    results = {}
    for estimates in (target / "criterion").glob("*/*/*/new/estimates.json"):
        group, impl, param = estimates.parts[-5:-2]
        results[f"{group}/{impl}/{param}"] = json.loads(estimates.read_text())["median"]["point_estimate"]
    out = subprocess.run([sys.executable, str(ROOT / "benches" / "numpy_bench.py")], env=numpy_env(False),
                         check=True, capture_output=True, text=True).stdout
    return {**results, **json.loads(out)}


def interleaved(native, keep):
    env, target = rust_env(native)
    subprocess.run(["cargo", "build", "-q", "--release", "--bin", "interleaved"],
                   cwd=ROOT / "benches", env=env, check=True)
    env["GLIBC_TUNABLES"] = TUNABLES
    passes = []
    for _ in range(3):
        rust = subprocess.run([str(target / "release" / "interleaved"), keep, "--passes", "1"], env=env,
                              check=True, capture_output=True, text=True).stdout
        numpy = subprocess.run([sys.executable, str(ROOT / "benches" / "numpy_interleaved.py"), keep,
                                "--passes", "1"], env=numpy_env(True), check=True, capture_output=True,
                               text=True).stdout
        passes.append({**json.loads(rust), **json.loads(numpy)})
    return {k: statistics.median(p[k] for p in passes if k in p) for k in passes[0]}


def fmt(ns):
    if ns is None:
        return ""
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def rows_of(results):
    return sorted({tuple(k.split("/")[0::2]) for k in results},
                  key=lambda r: (r[0], int(r[1]) if r[1].isdigit() else r[1]))


def best_other(results, group, param):
    """The fastest single-threaded contender other than shaped."""
    times = [(results[f"{group}/{i}/{param}"], i) for i in IMPLS[1:] if f"{group}/{i}/{param}" in results]
    return min(times) if times else (None, None)


def table(results, title):
    impls = IMPLS + [i for i in THREADED + FORMS if any(f"/{i}/" in k for k in results)]
    present = [i for i in impls if any(f"/{i}/" in k for k in results)]
    print(f"\n{title}\n")
    print("| workload | n | " + " | ".join(present) + " | best other / shaped |")
    print("|---" * (len(present) + 3) + "|")
    for group, param in rows_of(results):
        times = {i: results.get(f"{group}/{i}/{param}") for i in present}
        base = times["shaped"]
        best, who = best_other(results, group, param)
        ratio = f"{best / base:.2f} ({who})" if best and base else ""
        print(f"| {WHAT.get(group, group)} | {param} | " + " | ".join(fmt(times[i]) for i in present)
              + f" | {ratio} |")
    lines = []
    for group, param in rows_of(results):
        if group in BYTES:
            rates = {i: BYTES[group] * int(param) / results[f"{group}/{i}/{param}"]
                     for i in impls if f"{group}/{i}/{param}" in results}
            lines.append(f"- {group} {param}: " + ", ".join(f"{i} {r:.1f}" for i, r in rates.items()))
    if lines:
        print("\nMemory bandwidth, GB/s (STREAM's counting):\n")
        print("\n".join(lines))


def agreement(inter, crit):
    """shaped against its best single-threaded contender under both methods."""
    print("\nBoth methods, workloads they share (best other / shaped; above 1: shaped faster):\n")
    print("| workload | n | interleaved | criterion |")
    print("|---|---|---|---|")
    for group, param in rows_of(inter):
        cells = []
        for results in (inter, crit):
            base = results.get(f"{group}/shaped/{param}")
            best, who = best_other(results, group, param)
            cells.append(f"{best / base:.2f} ({who})" if best and base else "")
        if all(cells):
            print(f"| {WHAT.get(group, group)} | {param} | {cells[0]} | {cells[1]} |")


def chart(results, path, subtitle):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [(g, p) for g, p in rows_of(results) if f"{g}/shaped/{p}" in results]
    others = [i for i in IMPLS[1:] + THREADED if any(f"/{i}/" in k for k in results)]
    fig, ax = plt.subplots(figsize=(12, 0.42 * len(rows) + 1.8))
    height = 0.8 / len(others)
    colors = plt.get_cmap("tab10")
    for n, impl in enumerate(others):
        ys, xs = [], []
        for r, (g, p) in enumerate(rows):
            other = results.get(f"{g}/{impl}/{p}")
            if other:
                ys.append(r + (n - len(others) / 2 + 0.5) * height)
                xs.append(other / results[f"{g}/shaped/{p}"])
        # Each bar runs from 1 (shaped) to the ratio: right, shaped is
        # faster; left, the other is.
        ax.barh(ys, [x - 1 for x in xs], height=height, color=colors(n), label=impl, left=1)
    ax.axvline(1.0, color="black", linewidth=1)
    ax.set_xscale("log")
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([f"{g} {p}" for g, p in rows], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("other's time / shaped's time (log scale; right of 1: shaped is faster)")
    ax.set_title(f"shaped = 1, interleaved method\n{subtitle}", fontsize=10)
    ax.legend(loc="lower right", fontsize=8)
    ax.grid(axis="x", which="both", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    print(f"\nChart: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def arg(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def main():
    native = "--native" in sys.argv
    import numpy
    build = "-C target-cpu=native" if native else "default flags"
    subtitle = f"{cpu()}, {os.cpu_count()} threads; {build}; NumPy {numpy.__version__}"
    print(f"CPU: {subtitle}; medians; ratio = other / shaped (> 1: shaped faster)")
    inter = crit = None
    saved = ROOT / "target" / "report" / ("interleaved-native.json" if native else "interleaved.json")
    if "--chart-only" in sys.argv:
        # Redraw the chart from the last run's numbers.
        inter = json.loads(saved.read_text())
    elif "--criterion-only" not in sys.argv:
        inter = interleaved(native, arg("--filter", ""))
        saved.parent.mkdir(parents=True, exist_ok=True)
        if "--filter" in sys.argv and saved.exists():
            # A filtered run updates its rows of the last full run.
            inter = {**json.loads(saved.read_text()), **inter}
        saved.write_text(json.dumps(inter))
        table(inter, "Interleaved method:")
    if "--interleaved-only" not in sys.argv and "--chart-only" not in sys.argv:
        crit = criterion(native)
        saved.parent.mkdir(parents=True, exist_ok=True)
        (saved.parent / saved.name.replace("interleaved", "criterion")).write_text(json.dumps(crit))
        table(crit, "criterion (NumPy: timeit):")
    if inter and crit:
        agreement(inter, crit)
    if inter:
        try:
            chart(inter, pathlib.Path(arg("--chart", ROOT / "benches" / "performance.svg")), subtitle)
        except ImportError:
            print("\n(no chart: `pip install matplotlib`)")


if __name__ == "__main__":
    main()
