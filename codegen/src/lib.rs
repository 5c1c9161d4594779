//! The generator behind the `status-codes` build script: the text of its
//! `data/status.csv` in, the Rust source of the status tables (or every
//! problem in the file) out.
//!
//! This crate exists for `status-codes`' `build.rs` and follows its version
//! (the build script depends on it with `=`); its API serves that script,
//! the tests, and the maintainers' tools in the same repository.
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
//! 3. [`emit`] (`emit.rs`, `spec.rs`, `docs.rs`, `deprecate.rs`): a `Table` into Rust
//!    tokens with `quote`, formatted once by `prettyplease`. It cannot fail.
//!
//! No environment variables, no file I/O, no printing: the caller reads the
//! file and prints the errors.
//!
//! ```
//! let csv = "name,number,category\nHTTP_404_NOT_FOUND,404,client_error\n";
//! let source = status_codes_codegen::generate(csv).unwrap();
//! assert!(source.contains("pub const HTTP_404_NOT_FOUND: u16 = 404;"));
//!
//! let errors = status_codes_codegen::generate("name,number,category\nHTTP_404_NOT_FOUND,4o4,client_error\n")
//!     .unwrap_err();
//! assert!(errors.to_string().contains("data/status.csv:2: column `number`: `4o4` is not a number"));
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod category;
mod checks;
mod columns;
mod deprecate;
mod docs;
mod emit;
mod error;
mod flags;
mod kind;
mod model;
mod names;
mod read;
mod records;
mod released;
mod spec;
mod suggest;
mod validate;

// The stages and their types, for the tests and the tools; `build.rs`
// itself needs only `generate`.
pub use self::records::{Record, Records};
pub use self::{
    category::{Category, WS_PROTOCOL_CODES},
    columns::Column,
    emit::{emit, emit_tokens},
    error::{Error, Errors, Problem},
    kind::Kind,
    model::{Alias, Code, Flags, Registration, Table},
    names::default_phrase,
    read::{read_rows, Row, Rows},
    released::{
        check_released, parse_released, public_names, updated_released, Released, RELEASED_PATH,
    },
    suggest::edit_distance,
    validate::validate,
};

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
