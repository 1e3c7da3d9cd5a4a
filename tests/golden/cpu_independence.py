"""Checks that every golden generator writes the same bytes whatever CPU NumPy
and OpenBLAS run on.

CI runs on the machine of whoever submits, which may have AVX-512 or only
AVX2, and NumPy picks its SIMD kernels (exp, power, sums ...) and OpenBLAS
its BLAS/LAPACK kernels by CPU at run time. A golden whose bytes depend on
that choice passes on the machine that wrote it and fails `git diff` on the
next one. This script runs every generator under several capped
configurations, each in a scratch copy of the repository's golden folders,
and fails if any output differs from the committed files (the linear
algebra results, which depend on LAPACK's kernels, are data: there the
generator's `--check` accepts today's NumPy within the tests' bounds):

- NumPy's dispatch as the machine allows (the default run);
- NumPy capped to AVX2 (`NPY_DISABLE_CPU_FEATURES` names the AVX-512 groups:
  an AMD Zen 3 or an older Intel core);
- NumPy capped to its SSE4.2 baseline (AVX2 and AVX-512 groups disabled);
- OpenBLAS forced to its Haswell (AVX2), Sandybridge (AVX) and Prescott (SSE3)
  kernels (`OPENBLAS_CORETYPE`), each with one thread and with two.

A configuration that needs a CPU feature this machine lacks is skipped with
a line saying so (a NumPy group missing here is already off).

Run from the repository root:  python3 tests/golden/cpu_independence.py
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The generators, as CI runs them, and the folders whose files they write.
GENERATORS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests" / "golden").glob("numpy_*.py"))
GENERATORS.append("embedded/expected.py")
# Goldens about CPU-dependent results (LAPACK's), kept as data: the generator
# recomputes them and accepts today's NumPy within the tests' bounds.
CHECK_ONLY = {"tests/golden/numpy_linalg.py"}
OUTPUTS = ["tests/golden", "embedded"]

AVX512_GROUPS = "X86_V4 AVX512_ICL AVX512_SPR"
CONFIGS = [
    ("default", {}),
    ("NumPy capped to AVX2", {"NPY_DISABLE_CPU_FEATURES": AVX512_GROUPS}),
    ("NumPy capped to SSE4.2", {"NPY_DISABLE_CPU_FEATURES": "X86_V3 " + AVX512_GROUPS}),
] + [
    (f"OpenBLAS {core}, {threads} thread(s)", {"OPENBLAS_CORETYPE": core, "OPENBLAS_NUM_THREADS": threads})
    for core in ("Haswell", "Sandybridge", "Prescott")
    for threads in ("1", "2")
]
# The /proc/cpuinfo flag each forced OpenBLAS kernel family needs.
NEEDS = {"Haswell": "avx2", "Sandybridge": "avx", "Prescott": "pni"}


def cpu_flags():
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("flags"):
                return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return None


def snapshot(tree):
    """Every file under the output folders: relative path -> bytes."""
    files = {}
    for folder in OUTPUTS:
        for path in sorted((tree / folder).rglob("*")):
            if path.is_file() and "target" not in path.parts:
                files[str(path.relative_to(tree))] = path.read_bytes()
    return files


def run_generators(env_extra):
    """Runs every generator in a scratch copy; returns its files and any failure."""
    with tempfile.TemporaryDirectory() as scratch:
        tree = pathlib.Path(scratch)
        for folder in OUTPUTS:
            shutil.copytree(ROOT / folder, tree / folder,
                            ignore=shutil.ignore_patterns("target", "*.pyc", "__pycache__"))
        env = dict(os.environ)
        env.update(env_extra)
        for script in GENERATORS:
            args = ["--check"] if script in CHECK_ONLY else []
            done = subprocess.run([sys.executable, "-W", "ignore", script, *args], cwd=tree, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                return None, f"{script} failed:\n{done.stderr}"
        return snapshot(tree), None


def first_difference(a, b):
    la, lb = a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines()
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return f"line {i + 1}:\n  committed: {x[:300]}\n  this run:  {y[:300]}"
    return f"lengths differ ({len(la)} vs {len(lb)} lines)"


def main():
    committed = snapshot(ROOT)
    flags = cpu_flags()
    failures = 0
    for name, env in CONFIGS:
        core = env.get("OPENBLAS_CORETYPE")
        if core and flags is not None and NEEDS[core] not in flags:
            print(f"skip  {name}: this CPU lacks {NEEDS[core]}")
            continue
        files, error = run_generators(env)
        if error:
            print(f"FAIL  {name}: {error}")
            failures += 1
            continue
        changed = sorted(p for p in set(files) | set(committed) if files.get(p) != committed.get(p))
        if not changed:
            print(f"ok    {name}: {len(files)} files as committed")
            continue
        failures += 1
        print(f"FAIL  {name}: {len(changed)} file(s) differ from the committed ones")
        for path in changed:
            if path in files and path in committed:
                print(f"  {path}, {first_difference(committed[path], files[path])}")
            else:
                print(f"  {path}: {'only in this run' if path in files else 'not written by this run'}")
    if failures:
        print(f"{failures} configuration(s) gave other bytes: a golden depends on the CPU "
              "(see the generator's docstring for how to keep inputs CPU-independent)")
        sys.exit(1)


if __name__ == "__main__":
    main()
