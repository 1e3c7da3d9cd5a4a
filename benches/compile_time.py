"""What a user pays to compile `shaped`, against nalgebra, for one program.

    python3 benches/compile_time.py [--runs N] [--features F ...] [--timings]

The same one-file program (a 4x4 `f32` matmul, a slice of the product,
both printed) is written twice, over `shaped` (this checkout, by path,
default features) and over nalgebra, as two throwaway crates in a
temporary directory. Each is built with `cargo build` (debug) on an empty
target directory, N times each (default 3), alternating which goes
first; the medians of the CPU seconds (user + system of cargo and
every compiler it ran) and of the wall seconds are printed, and the
ratio shaped / nalgebra of each. CPU seconds are the figure to compare:
on a shared machine the wall time moves with other people's work.

`--features F` adds builds of the `shaped` program with feature F on top
of the defaults (repeatable; `--features all` for every optional
feature; `--feature-runs K` builds, median, default N), and prints what F
adds. `--against PATH` adds a third contender, the same program over another
checkout of `shaped` (an older commit, say), built in the same rotation,
so that a before/after comparison sees the same machine load.
`--timings` keeps cargo's `--timings`
report of the last build of each crate and prints where it is.
Dependencies are fetched before timing (their download is not counted);
both crates use this repository's `Cargo.lock`, so both build the versions
the project tests with.
"""
import argparse
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

OPTIONAL = ["npz", "ndarray", "nalgebra", "serde", "bytemuck", "libm", "rayon", "image", "numpy"]

SHAPED = """\
use shaped::{Array2, s};

fn main() {
    let a = Array2::<f32, 4, 4>::from_fn(|[i, j]| (i * 4 + j) as f32 * 0.5);
    let b = a.matmul(&a);
    let corner = b.slice(s![1..3, ..2]);
    println!("{b}\\n{corner}");
}
"""

NALGEBRA = """\
use nalgebra::Matrix4;

fn main() {
    let a = Matrix4::<f32>::from_fn(|i, j| (i * 4 + j) as f32 * 0.5);
    let b = a * a;
    let corner = b.view((1, 0), (2, 2));
    println!("{b}\\n{corner}");
}
"""


def crate(work, name, dependency, source):
    path = work / name
    (path / "src").mkdir(parents=True)
    (path / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\n\n'
        f"[dependencies]\n{dependency}\n\n[workspace]\n"
    )
    (path / "src" / "main.rs").write_text(source)
    # The project's lock file: the same dependency versions as its tests.
    shutil.copy(ROOT / "Cargo.lock", path / "Cargo.lock")
    subprocess.run(["cargo", "fetch", "-q"], cwd=path, check=True)
    return path


def build(path, target, timings=False):
    """One `cargo build` on an empty target directory: (cpu, wall) seconds."""
    shutil.rmtree(target, ignore_errors=True)
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    for var in ("RUSTFLAGS", "CARGO_BUILD_RUSTFLAGS", "CARGO_INCREMENTAL"):
        env.pop(var, None)
    command = ["cargo", "build", "-q", "--offline"] + (["--timings"] if timings else [])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=path, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def median(pairs):
    return statistics.median(c for c, _ in pairs), statistics.median(w for _, w in pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--features", action="append", default=[])
    parser.add_argument("--feature-runs", type=int, help="builds per feature (default: --runs)")
    parser.add_argument("--timings", action="store_true")
    parser.add_argument("--against", metavar="PATH", help="another checkout of shaped, built in the same rotation")
    args = parser.parse_args()
    features = OPTIONAL if "all" in args.features else args.features

    with tempfile.TemporaryDirectory(prefix="shaped-compile-time-") as tmp:
        work = pathlib.Path(tmp)
        keep = pathlib.Path(tempfile.mkdtemp(prefix="shaped-timings-")) if args.timings else None
        contenders = [("shaped", crate(work, "with-shaped", f"shaped = {{ path = {str(ROOT)!r} }}", SHAPED)),
                      ("nalgebra", crate(work, "with-nalgebra", 'nalgebra = "0.35"', NALGEBRA))]
        if args.against:
            other = pathlib.Path(args.against).resolve()
            contenders.append(("against", crate(work, "with-against", f"shaped = {{ path = {str(other)!r} }}",
                                                SHAPED)))
        times = {name: [] for name, _ in contenders}
        for run in range(args.runs):
            # Each run starts with the next contender, so none always goes first.
            turn = run % len(contenders)
            for name, path in contenders[turn:] + contenders[:turn]:
                last = args.timings and run == args.runs - 1
                times[name].append(build(path, work / f"target-{name}", last))
                if last:
                    shutil.copytree(work / f"target-{name}" / "cargo-timings", keep / name)
                cpu, wall = times[name][-1]
                print(f"  run {run + 1}: {name:<9} {cpu:6.1f} CPU-s {wall:6.1f} s", file=sys.stderr)

        (s_cpu, s_wall), (n_cpu, n_wall) = median(times["shaped"]), median(times["nalgebra"])
        print(f"clean debug build of one program, median of {args.runs} runs, alternating:")
        print(f"  shaped    {s_cpu:6.1f} CPU-s {s_wall:6.1f} s wall")
        print(f"  nalgebra  {n_cpu:6.1f} CPU-s {n_wall:6.1f} s wall")
        print(f"  shaped / nalgebra: {s_cpu / n_cpu:.3f} in CPU time, {s_wall / n_wall:.3f} in wall time"
              " (goal: at most 0.2 in CPU time)")
        if args.against:
            a_cpu, a_wall = median(times["against"])
            print(f"  {args.against}: {a_cpu:6.1f} CPU-s {a_wall:6.1f} s wall; / nalgebra: "
                  f"{a_cpu / n_cpu:.3f} in CPU time, {a_wall / n_wall:.3f} in wall time")

        for feature in features:
            with_feature = crate(
                work, f"feature-{feature}",
                f"shaped = {{ path = {str(ROOT)!r}, features = [{feature!r}] }}", SHAPED)
            runs = args.feature_runs or args.runs
            cpu, wall = median([build(with_feature, work / f"target-{feature}") for _ in range(runs)])
            print(f"  feature {feature:<9} {cpu:6.1f} CPU-s {wall:6.1f} s wall"
                  f"  (+{cpu - s_cpu:.1f} CPU-s, +{wall - s_wall:.1f} s over the defaults)")
        if keep:
            print(f"cargo --timings reports of the last builds: {keep}/*/cargo-timing.html")


if __name__ == "__main__":
    main()
