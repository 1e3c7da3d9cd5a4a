//! Nothing to link: this package exists for its integration tests
//! (`it/main.rs`) and examples. Cargo wants a library or a binary in a
//! package, and an empty library costs nothing to build.
