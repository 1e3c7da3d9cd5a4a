"""Compile-cost benchmark for `shaped` (a benchmark, not a test: it prints
numbers and asserts nothing).

    python3 benches/compile_cost.py [--runs N]

Measures, on this machine, in one run (median of N runs each, debug profile):
  1. a clean build of `shaped` (default features) beside clean builds of
     nalgebra, glam and ndarray, each alone in a fresh target directory;
  2. building a crate with one `array!` literal of 10,000 / 50,000 / 100,000
     f64 elements, against the same literal written as a plain Rust array
     (the macro's own cost is the difference; it should grow linearly);
  3. building a crate that uses 50 distinct shapes.
Dependencies are fetched before timing; their download is not counted.
"""
import argparse
import os
import pathlib
import shutil
import statistics
import subprocess
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-cost"


def crate(name, deps, source):
    path = WORK / name
    (path / "src").mkdir(parents=True, exist_ok=True)
    (path / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\n\n'
        f"[dependencies]\n{deps}\n\n[workspace]\n"
    )
    (path / "src" / "lib.rs").write_text(source)
    return path


def build(path, target, clean):
    if clean and target.exists():
        shutil.rmtree(target)
    # Not incremental: an unchanged file would come from the cache.
    env = dict(os.environ, CARGO_TARGET_DIR=str(target), CARGO_INCREMENTAL="0")
    if not clean:  # rebuild only the crate itself
        (path / "src" / "lib.rs").touch()
    start = time.perf_counter()
    subprocess.run(["cargo", "build", "-q", "--offline"], cwd=path, env=env, check=True)
    return time.perf_counter() - start


def median_build(path, target, clean, runs):
    if not clean:
        build(path, target, clean=True)  # dependencies once
    return statistics.median(build(path, target, clean) for _ in range(runs))


def literal(n, use_macro):
    values = ", ".join(f"{i}.5" for i in range(n))
    if use_macro:
        return (f"use shaped::{{array, Array1}};\n"
                f"pub static A: Array1<f64, {n}> = array![{values}];\n")
    return f"pub static A: [f64; {n}] = [{values}];\n"


def shapes(count):
    lines = ["use shaped::{Array2, Array3, ColMajor};"]
    for k in range(1, count + 1):
        a, b = k, (k % 7) + 2
        lines.append(
            f"pub fn shape_{k}() -> f32 {{\n"
            f"    let m = Array2::<f32, {a}, {b}>::from_fn(|[i, j]| (i * {b} + j) as f32);\n"
            f"    let f = m.to_order::<ColMajor>();\n"
            f"    let c = Array3::<u8, {b}, {a}, 3>::zeros();\n"
            f"    m[[{a - 1}, {b - 1}]] + f[[0, 0]] + f32::from(c[[0, 0, 0]]) + m.iter().sum::<f32>()\n"
            f"}}"
        )
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    shaped = f'shaped = {{ path = "{ROOT}" }}'
    anchors = {
        "shaped": crate("clean-shaped", shaped, "pub use shaped;\n"),
        "nalgebra": crate("clean-nalgebra", 'nalgebra = "0.35"', "pub use nalgebra;\n"),
        "glam": crate("clean-glam", 'glam = "0.34"', "pub use glam;\n"),
        "ndarray": crate("clean-ndarray", 'ndarray = "0.17"', "pub use ndarray;\n"),
    }
    for path in anchors.values():
        subprocess.run(["cargo", "fetch", "-q"], cwd=path, check=True)

    print(f"clean debug builds, median of {runs} (2 cores):")
    times = {}
    for name, path in anchors.items():
        times[name] = median_build(path, WORK / f"t-{name}", clean=True, runs=runs)
        print(f"  {name:<10} {times[name]:6.2f} s")
    print(f"  shaped / nalgebra = {times['shaped'] / times['nalgebra']:.2f} (goal: under 0.33)")

    print(f"\nbuilding one literal of N f64 elements (the crate alone, median of {runs}):")
    print("       N   array!   plain [f64; N]   macro overhead")
    for n in (10_000, 50_000, 100_000):
        with_macro = median_build(crate(f"lit-macro-{n}", shaped, literal(n, True)), WORK / "t-lit", False, runs)
        plain = median_build(crate(f"lit-plain-{n}", shaped, literal(n, False)), WORK / "t-lit", False, runs)
        print(f"  {n:>6}  {with_macro:6.2f} s   {plain:6.2f} s         {with_macro - plain:+6.2f} s")

    t = median_build(crate("shapes-50", shaped, shapes(50)), WORK / "t-shapes", False, runs)
    print(f"\na crate using 50 distinct shapes (the crate alone, median of {runs}): {t:.2f} s")


if __name__ == "__main__":
    main()
