//! The code generated from `data/status.csv` by `build.rs`: the `status`
//! constants, the `HttpStatus` and `WsCloseCode` enums and their lookup
//! tables. The generator lives in `build/codegen.rs`.

include!(concat!(env!("OUT_DIR"), "/generated.rs"));
