//! Nothing here: the benchmarks are in `benches/as_user.rs`.
