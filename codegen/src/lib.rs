//! The generator behind `build.rs`: the text of `data/status.csv` in, the
//! Rust source of the status tables (or every problem in the file) out.
//!
//! It is a pure function with three stages and a type between each, one
//! file per stage or concern beside this one:
//!
//! 1. [`read_rows`] (`read.rs`): CSV records (`records.rs`) into [`Row`]s,
//!    keyed by the header's columns (`columns.rs`);
//! 2. [`validate`] (`validate.rs`): rows into a [`Table`] (`model.rs`:
//!    sorted, unique, typed), checking each row (`checks.rs`, `names.rs`)
//!    and the rows against each other, or every [`Error`] in the file
//!    (`error.rs`);
//! 3. [`emit`] (`emit.rs`, `docs.rs`): a `Table` into Rust tokens with
//!    `quote`, formatted once by `prettyplease`. It cannot fail.
//!
//! No environment variables, no file I/O, no printing: `build.rs`, the tests
//! under `tests/` and `examples/codegen.rs` all include this file with
//! `#[path]` and call [`generate`] on a CSV string. (A `mod` in a file
//! loaded with `#[path]` resolves beside it, so the stages are found in
//! `build/` whoever includes this file.)

mod checks;
mod columns;
mod docs;
mod emit;
mod error;
mod model;
mod names;
mod read;
mod records;
mod suggest;
mod validate;

// Shared with the library, so both read the categories and kinds alike.
#[allow(dead_code)]
#[path = "../src/category.rs"]
mod category;
#[allow(dead_code)]
#[path = "../src/kind.rs"]
mod kind;

// The stages and their types, for the tests under `tests/` and the tools
// that include this file; `build.rs` itself needs only `generate`.
#[allow(unused_imports)]
pub use self::{
    category::Category,
    columns::Column,
    emit::{emit, emit_tokens},
    error::{Error, Errors, Problem},
    kind::Kind,
    model::{Alias, Code, Flags, Registration, Table},
    names::default_phrase,
    read::{read_rows, Row, Rows},
    validate::validate,
};
// For build/upstream.rs, which reads its CSV files the same way.
#[allow(unused_imports)]
pub(crate) use self::records::Records;

/// Where the build script reads the table from, relative to the crate root.
pub const CSV_PATH: &str = "data/status.csv";

/// The first line of every generated file.
pub const HEADER: &str =
    "// @generated from data/status.csv by the build script. Edit the CSV, not this file.\n";

/// Generates the Rust source for a CSV table, or every error in it.
///
/// Accepts `&str`, `&[u8]` or anything else that is bytes, so that invalid
/// UTF-8 is reported with its line like any other mistake.
pub fn generate(csv: impl AsRef<[u8]>) -> Result<String, Errors> {
    let table = parse_table(csv)?;
    Ok(emit(&table))
}

/// Runs the first two stages: the validated table, or every error in it.
pub fn parse_table(csv: impl AsRef<[u8]>) -> Result<Table, Errors> {
    let rows = read_rows(csv.as_ref())?;
    validate(rows)
}
