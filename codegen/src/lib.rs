//! The generator behind the `status-codes` build script: the text of its
//! `data/status.csv` in, the Rust source of the status tables (or every
//! problem in the file) out.
//!
//! This crate exists for `status-codes`' `build.rs` and follows its version
//! (the build script depends on it with `=`). What a build script uses is
//! what these docs show: [`generate`], [`CSV_PATH`], [`HEADER`], and the
//! [`Errors`] it returns. The stages and their types are public too, for the
//! repository's tests and tools, but hidden from these docs and outside any
//! promise between versions; the map below names them.
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
//!
//! # Map
//!
//! This is the one map of the generator's files (the repository's
//! CONTRIBUTING.md and this crate's README point here). It is a pure
//! function, with no environment variables, file I/O or printing (the
//! caller reads the file and prints the errors), in three stages with a
//! type between each, one file per stage or concern:
//!
//! | file | what it does |
//! |------|--------------|
//! | `lib.rs` | the entry: `generate`, `parse_table`, `CSV_PATH`, `HEADER`, and this map |
//! | `records.rs` | CSV records (the `csv` crate), each located on the line it starts on |
//! | `columns.rs` | the columns (`Column`; a yes/no one is `Column::Flag`) and the header row that names them |
//! | `read.rs` | stage 1, `read_rows`: records into `Row`s, fields trimmed and keyed by column |
//! | `checks.rs` | the checks of one row, each a pure function of a field |
//! | `flags.rs` | the yes/no columns, each declared once in `FLAGS` (header name, help, rule, default), their rules, and a row's `Flags` |
//! | `names.rs` | what a name says: prefix, number, words, variant, default phrase |
//! | `category.rs`, `kind.rs` | the six categories and their ranges, the WebSocket protocol range (`WS_PROTOCOL_CODES`), the two kinds of code (the library has its own; its tests hold them alike: `tests/generator_agrees.rs`, and `src/kind.rs` for the prefixes) |
//! | `validate.rs` | stage 2, `validate`: rows into a `Table`; the rules across rows (duplicates, aliases) |
//! | `model.rs` | the validated `Table`, its `Code`s and `Alias`es, and the spelling of the `registration` field (`Registration::field`, which `checks.rs` parses back) |
//! | `emit.rs` | stage 3, `emit`: a `Table` into Rust tokens with `quote`, one function per generated item, formatted once by `prettyplease`; it cannot fail |
//! | `deprecate.rs` | part of stage 3: the deprecated old variant names of alias rows, and the `#[deprecated]` note of a `lapsed` or `removed` code |
//! | `spec.rs` | what differs between the two enums: names, the texts of their docs, the code their examples show |
//! | `docs.rs` | the text of the generated doc comments |
//! | `error.rs` | `Problem`, `Error`, `Errors`, their rustc-like rendering, and which stage gives an error its line |
//! | `suggest.rs` | "did you mean" for misspelt column and category names (`edit_distance`) |
//! | `released.rs` | not part of the build (feature `released`): the names every release shipped (`data/released.csv`) held against a table, for the library's `tests/released.rs` |

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
#[cfg(feature = "released")]
mod released;
mod spec;
mod suggest;
mod validate;

pub use self::error::{Error, Errors};

// The stages and their types, for the repository's tests and tools (see
// the map above); a build script needs none of them.
#[doc(hidden)]
pub use self::records::{Record, Records};
#[cfg(feature = "released")]
#[doc(hidden)]
pub use self::released::{
    check_released, parse_released, public_names, updated_released, Released, RELEASED_PATH,
};
#[doc(hidden)]
pub use self::{
    category::{Category, WS_PROTOCOL_CODES},
    columns::Column,
    emit::{emit, emit_tokens},
    error::Problem,
    flags::{Flag, Flags},
    kind::Kind,
    model::{Alias, Code, Registration, Table},
    names::default_phrase,
    read::{read_rows, Row, Rows},
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
#[doc(hidden)]
pub fn parse_table(csv: impl AsRef<[u8]>) -> Result<Table, Errors> {
    let rows = read_rows(csv.as_ref())?;
    validate(rows)
}
