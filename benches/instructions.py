"""Instructions per call of each contender of the matching workloads,
counted by callgrind: the second method when the machine is too loaded
for time to mean much (and `perf stat` has no counters in a VM).

    python3 benches/instructions.py FILTER [--calls N] [--bin PATH] [CONTENDER ...]

Runs `interleaved --count CONTENDER --calls N FILTER` and the same with 0
calls under `valgrind --tool=callgrind`; (Ir(N) - Ir(0)) / N is one call's
instructions, the inputs' setup cancelled. Contender `numpy` (named
explicitly) counts `numpy_interleaved.py --calls N` the same way; valgrind
has no AVX-512, so NumPy runs its AVX2 kernels there too. Each workload that matches is
counted on its own (FILTER is narrowed to `name/param`). `SHAPED_SIMD`
in the environment caps shaped's dispatch as usual. Instructions are not
time (a cache miss costs no instruction); read them beside the
interleaved times.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent
CONTENDERS = ["shaped", "loop", "ndarray", "nalgebra", "glam", "shaped_rayon", "ndarray_rayon"]


def instructions(binary, group, filter_, contender, calls):
    if contender == "numpy":
        command = [sys.executable, str(ROOT / "numpy_interleaved.py"), "--calls", str(calls), filter_]
    else:
        command = [binary, "--group", group, "--count", contender, "--calls", str(calls), filter_]
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
                       check=True, capture_output=True)
        for line in out.read_text().splitlines():
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError("no totals in callgrind's output")


def main():
    args, calls, binary, contenders = sys.argv[1:], 10, ROOT / "target" / "release" / "interleaved", []
    filter_ = None
    while args:
        arg = args.pop(0)
        if arg == "--calls":
            calls = int(args.pop(0))
        elif arg == "--bin":
            binary = pathlib.Path(args.pop(0))
        elif filter_ is None:
            filter_ = arg
        else:
            contenders.append(arg)
    contenders = contenders or CONTENDERS
    listing = subprocess.run([binary, "--list", filter_ or ""], capture_output=True, text=True,
                             check=True).stdout
    for line in listing.splitlines():
        group, key, *present = line.split()
        for contender in contenders:
            if contender not in present and contender != "numpy":
                continue
            many = instructions(binary, group, key, contender, calls)
            none = instructions(binary, group, key, contender, 0)
            name, param = key.split("/", 1)
            print(f"{name}/{contender}/{param}: {(many - none) / calls:,.0f} instructions", flush=True)


if __name__ == "__main__":
    main()
