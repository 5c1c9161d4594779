//! `data/status.csv` held against the upstream copies in `data/upstream/`:
//! the IANA HTTP Status Code Registry, the IANA WebSocket Close Code Number
//! Registry and Starlette's `status` names. Every difference becomes a
//! [`Finding`] with the exact [`Edit`] that resolves it: a whole CSV line to
//! add, a line to delete, or a field's old and new text.
//!
//! A maintainers' tool, never published and never part of the build: its
//! test `tests/live.rs` runs [`compare`] on the repository's own files in
//! `cargo test`, and `refresh.py` beside it rewrites the copies and runs
//! that test. It reads the table with the generator's own stages
//! (`status-codes-codegen`), so the two cannot disagree about what a row
//! says.
//!
//! The files it reads:
//!
//! - `iana.rs`: IANA's CSV files, columns found by header name, single
//!   values and ranges, and the registry's status notes (`(TEMPORARY - ...
//!   expires YYYY-MM-DD)`, `(OBSOLETED)`) split from the phrase;
//! - `starlette.rs`: `name,value,replacement`;
//! - `deliberate.rs`: the recorded deliberate differences, each with its
//!   reason;
//! - `ours.rs`: the table, read by the generator, and new lines for it;
//! - `columns.rs`: what the three have in common, columns found by name;
//! - `compare.rs`: the comparison, with its rules in `compare/against_iana.rs`
//!   and `compare/against_starlette.rs`, and in `compare/keep.rs` the edits
//!   that keep a released name (`data/released.csv`) when upstream drops or
//!   renames a code; `edit.rs`: findings and edits.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod columns;
mod compare;
mod deliberate;
mod edit;
mod iana;
mod ours;
mod starlette;

use std::fmt;
use std::fs;
use std::path::Path;

pub use self::ours::name_for;
pub use self::{
    compare::compare,
    deliberate::{Deliberate, Difference, FIELDS, REASON_PLACEHOLDER},
    edit::{Alternative, Edit, Finding},
    iana::{reference_text, split_note, Registry, RegistryEntry, Status},
};

/// One of the upstream copies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// `data/upstream/iana-http-status-codes.csv`.
    IanaHttp,
    /// `data/upstream/iana-websocket-close-codes.csv`.
    IanaWebSocket,
    /// `data/upstream/starlette-status.csv`.
    Starlette,
}

impl Source {
    /// Every source, in the order findings are reported.
    pub const ALL: [Source; 3] = [Source::IanaHttp, Source::IanaWebSocket, Source::Starlette];

    /// The name `deliberate.csv` uses in its `source` column.
    pub const fn id(self) -> &'static str {
        match self {
            Source::IanaHttp => "iana-http",
            Source::IanaWebSocket => "iana-websocket",
            Source::Starlette => "starlette",
        }
    }

    /// The copy's path, relative to the crate root.
    pub const fn file(self) -> &'static str {
        match self {
            Source::IanaHttp => "data/upstream/iana-http-status-codes.csv",
            Source::IanaWebSocket => "data/upstream/iana-websocket-close-codes.csv",
            Source::Starlette => "data/upstream/starlette-status.csv",
        }
    }

    /// What the copy is, for messages.
    pub const fn title(self) -> &'static str {
        match self {
            Source::IanaHttp => "the IANA HTTP Status Code Registry",
            Source::IanaWebSocket => "the IANA WebSocket Close Code Number Registry",
            Source::Starlette => "Starlette's status module",
        }
    }
}

/// Where the table itself is.
pub const TABLE: &str = status_codes_codegen::CSV_PATH;
/// Where the deliberate differences are recorded.
pub const DELIBERATE: &str = "data/upstream/deliberate.csv";
/// Where the released names are listed.
pub const RELEASED: &str = status_codes_codegen::RELEASED_PATH;

/// The text of every file the comparison reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inputs {
    /// `data/status.csv`.
    pub table: String,
    /// The IANA HTTP registry copy.
    pub iana_http: String,
    /// The IANA WebSocket registry copy.
    pub iana_websocket: String,
    /// The Starlette copy.
    pub starlette: String,
    /// `data/upstream/deliberate.csv`.
    pub deliberate: String,
    /// `data/released.csv`: the names a release has shipped, whose rows an
    /// edit never deletes.
    pub released: String,
}

impl Inputs {
    /// Reads the files under the crate root `root`.
    pub fn read(root: &Path) -> Result<Inputs, String> {
        let read = |path: &str| {
            fs::read_to_string(root.join(path)).map_err(|err| format!("cannot read {path}: {err}"))
        };
        Ok(Inputs {
            table: read(TABLE)?,
            iana_http: read(Source::IanaHttp.file())?,
            iana_websocket: read(Source::IanaWebSocket.file())?,
            starlette: read(Source::Starlette.file())?,
            deliberate: read(DELIBERATE)?,
            released: read(RELEASED)?,
        })
    }
}

/// A file the comparison cannot read as it expects: a renamed or missing
/// column, a value that is not a number. Reported instead of findings, since
/// a misread copy would give wrong ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The file, relative to the crate root.
    pub file: &'static str,
    /// The 1-based line, when the problem has one.
    pub line: Option<u64>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl InputError {
    pub(crate) fn new(
        file: &'static str,
        line: Option<u64>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> InputError {
        InputError {
            file,
            line,
            message: message.into(),
            help: help.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error: {}", self.message)?;
        match self.line {
            Some(line) => writeln!(f, "  --> {}:{line}", self.file)?,
            None => writeln!(f, "  --> {}", self.file)?,
        }
        write!(f, "  = help: {}", self.help)
    }
}

/// Every finding (or every input error) as one report, each entry followed
/// by a blank line.
pub fn report<T: fmt::Display>(entries: &[T]) -> String {
    entries.iter().map(|e| format!("{e}\n\n")).collect()
}
