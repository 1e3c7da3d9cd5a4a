"""The published crates carry what crates.io and docs.rs need, and only that.

    python3 .ci/check_package.py

For each library crate (shaped-macros, shaped-core, shaped): the metadata
crates.io shows (description, license, documentation, readme, keywords,
categories, rust-version), the docs.rs settings (every feature, `--cfg
docsrs`), an exact `=` version on the sibling crates, and the file list
`cargo package --list` gives: the sources and the README, nothing from the
tests, benches, firmware or CI. Every other workspace member must be
`publish = false`. Exits non-zero, naming each problem, if any fails.
"""
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIBRARIES = ["shaped-macros", "shaped-core", "shaped"]
FIELDS = ["description", "license", "documentation", "readme", "keywords", "categories", "rust_version"]
# Paths no published crate may contain.
FORBIDDEN = ("tests/", "benches/", "compiler-tests/", "embedded/", "no-std-check/", "fuzz/", "python/", ".ci/",
             ".cargo/", "target/", "rust-toolchain.toml")


def main():
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version=1"], cwd=ROOT, check=True,
        capture_output=True, text=True).stdout)
    packages = {p["name"]: p for p in meta["packages"]}
    problems = []
    for name, package in sorted(packages.items()):
        if name in LIBRARIES:
            continue
        if package["publish"] != []:
            problems.append(f"{name}: not a library crate, but publish is not false")
    for name in LIBRARIES:
        package = packages[name]
        for field in FIELDS:
            if not package.get(field):
                problems.append(f"{name}: no {field}")
        docs_rs = (package.get("metadata") or {}).get("docs", {}).get("rs", {})
        if name != "shaped-macros":
            if docs_rs.get("all-features") is not True:
                problems.append(f"{name}: [package.metadata.docs.rs] all-features = true is missing")
            if docs_rs.get("rustdoc-args") != ["--cfg", "docsrs"]:
                problems.append(f"{name}: docs.rs rustdoc-args is not [\"--cfg\", \"docsrs\"]")
        for dep in package["dependencies"]:
            if dep["name"] in LIBRARIES and not dep["req"].startswith("=") and dep["kind"] != "dev":
                problems.append(f"{name}: depends on {dep['name']} {dep['req']}, not an exact =version")
        files = subprocess.run(["cargo", "package", "--list", "--allow-dirty", "-p", name], cwd=ROOT,
                               check=True, capture_output=True, text=True).stdout.split()
        for required in ("Cargo.toml", "README.md", "src/lib.rs"):
            if required not in files:
                problems.append(f"{name}: the package lacks {required}")
        for path in files:
            if path.startswith(FORBIDDEN):
                problems.append(f"{name}: the package contains {path}")
        print(f"{name}: {len(files)} files, metadata complete" if not problems else f"{name}: checked")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
