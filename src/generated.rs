//! The code generated from `data/status.csv` by `build.rs`: the `status`
//! constants, the `HttpStatus` and `WsCloseCode` enums, their lookup tables
//! (`HTTP_TABLE`, `WS_TABLE`, which `src/table.rs` reads) and the bit of each
//! yes/no column (`flag`). The generator is the
//! `status-codes-codegen` crate, `codegen/` in the repository.

// Variant names come from the registries' wording, which a maintainer may
// legitimately give a shared suffix (every variant of a small table ending
// in `Error`, say); that is no reason to fail a build.
#![allow(clippy::enum_variant_names)]
// A code its registry no longer lists keeps its variant, deprecated; the
// generated tables still name it, as they name every variant.
#![allow(deprecated)]

include!(concat!(env!("OUT_DIR"), "/generated.rs"));
