//! The benchmark workloads of `shaped`: each a name, a size and a list of
//! contenders (`shaped`, a hand-written loop over plain arrays, `ndarray`,
//! `nalgebra`, `glam`), each contender a closure. Two harnesses time the
//! same closures: `bin/interleaved.rs` (all contenders of a workload in one
//! process, in rotating rounds) and `bin/twins.rs` (criterion). NumPy's
//! side is `numpy_interleaved.py` and `numpy_bench.py`; `report.py` runs
//! everything and prints the tables and the chart.

#[path = "workloads/by_value.rs"]
mod by_value;
#[path = "workloads/einsum.rs"]
mod einsum;
#[path = "workloads/elementwise.rs"]
mod elementwise;
#[path = "workloads/linalg.rs"]
mod linalg;
#[path = "workloads/npy.rs"]
mod npy;
#[path = "workloads/products.rs"]
mod products;
#[path = "workloads/reductions.rs"]
mod reductions;
#[path = "workloads/sequences.rs"]
mod sequences;
#[path = "workloads/sort.rs"]
mod sort;
#[path = "workloads/stream.rs"]
mod stream;
#[path = "workloads/views.rs"]
mod views;
#[path = "workloads/workload.rs"]
mod workload;

pub use workload::{Case, Workload, plain};

/// A group of workloads: builds its inputs once, hands each workload to
/// `measure`.
pub type Group = fn(&mut dyn FnMut(Workload<'_>));

/// Every workload, group by group.
pub const GROUPS: [Group; 13] = [
    sequences::all,
    reductions::all,
    reductions::axes,
    reductions::cumulative,
    elementwise::all,
    by_value::all,
    products::all,
    einsum::all,
    linalg::all,
    stream::all,
    views::all,
    npy::all,
    sort::all,
];
