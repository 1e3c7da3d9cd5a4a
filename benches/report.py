"""Runs the Rust benchmarks (criterion) and the NumPy ones in one go and
prints a Markdown table of medians and ratios.

    python3 benches/report.py [--native] [--skip-rust]

--native builds with RUSTFLAGS="-C target-cpu=native" (a separate target
directory). A ratio is the other implementation's median over shaped's:
above 1 means shaped is faster. Timing is noisy on a shared machine; this
is a benchmark, not a test, and asserts nothing.
"""
import json
import os
import pathlib
import platform
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
IMPLS = ["shaped", "loop", "ndarray", "nalgebra", "glam", "numpy"]
# Bytes each element moves in the bandwidth workloads (STREAM's counting:
# reads plus writes, no write-allocate).
BYTES = {"triad_f64": 24, "copy_f64": 16}


def cpu():
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def rust(native):
    env = dict(os.environ)
    target = ROOT / "target" / ("bench-native" if native else "bench")
    env["CARGO_TARGET_DIR"] = str(target)
    if native:
        env["RUSTFLAGS"] = "-C target-cpu=native"
    if "--skip-rust" not in sys.argv:
        subprocess.run(["cargo", "bench", "-q", "-p", "shaped-bench"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
    results = {}
    for estimates in (target / "criterion").glob("*/*/*/new/estimates.json"):
        group, impl, param = estimates.parts[-5:-2]
        results[f"{group}/{impl}/{param}"] = json.loads(estimates.read_text())["median"]["point_estimate"]
    return results


def numpy():
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    out = subprocess.run([sys.executable, str(ROOT / "benches" / "numpy_bench.py")], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def fmt(ns):
    if ns is None:
        return ""
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def main():
    native = "--native" in sys.argv
    results = {**rust(native), **numpy()}
    rows = sorted({tuple(k.split("/")[0::2]) for k in results},
                  key=lambda r: (r[0], int(r[1]) if r[1].isdigit() else r[1]))
    print(f"CPU: {cpu()}; build: {'-C target-cpu=native' if native else 'default flags'}; "
          f"medians; ratio = other / shaped (> 1: shaped faster)\n")
    print("| workload | " + " | ".join(IMPLS) + " | " + " | ".join(f"{i}/shaped" for i in IMPLS[1:]) + " |")
    print("|---" * (2 * len(IMPLS)) + "|")
    for group, param in rows:
        times = {i: results.get(f"{group}/{i}/{param}") for i in IMPLS}
        base = times["shaped"]
        ratios = [f"{times[i] / base:.2f}" if times[i] and base else "" for i in IMPLS[1:]]
        print(f"| {group} {param} | " + " | ".join(fmt(times[i]) for i in IMPLS) + " | " + " | ".join(ratios) + " |")
    print("\nMemory bandwidth, GB/s (STREAM's counting):\n")
    for group, param in rows:
        if group in BYTES:
            rates = {i: BYTES[group] * int(param) / results[f"{group}/{i}/{param}"]
                     for i in IMPLS if f"{group}/{i}/{param}" in results}
            print(f"- {group} {param}: " + ", ".join(f"{i} {r:.1f}" for i, r in rates.items()))


if __name__ == "__main__":
    main()
