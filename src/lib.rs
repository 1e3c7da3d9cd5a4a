//! N-dimensional arrays whose dtype, shape and memory order live in the type.
#![no_std]
#![deny(unsafe_code)]

pub use shaped_core::*;
