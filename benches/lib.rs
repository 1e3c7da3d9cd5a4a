//! Nothing to export: the benchmarks live in `compute.rs`; run them with
//! `cargo bench -p shaped-bench` or, with NumPy and a table of ratios,
//! `python3 benches/report.py`.
