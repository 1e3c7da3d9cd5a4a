//! Views: the same elements seen under another type, without copying.
//!
//! - `reshape`: another shape with the same element count, and the
//!   transpose (`t`), owned or borrowed; the bytes stay put, only the type
//!   changes.
//! - `broadcast`: [`BroadcastView`], an array seen as a bigger shape with
//!   stride-0 axes (NumPy's `np.broadcast_to`).

mod broadcast;
mod reshape;

pub use broadcast::BroadcastView;
