//! The Starlette copy: `name,value,replacement`, one row per name that
//! `starlette.status` exposes.

use super::columns::{records, Record};
use super::{InputError, Source};

/// One name of `starlette.status`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StarletteName {
    /// The 1-based line of the row.
    pub line: u64,
    /// `HTTP_404_NOT_FOUND`.
    pub name: String,
    /// Its value, `404`.
    pub value: u16,
    /// For a deprecated name, the name that replaces it.
    pub replacement: Option<String>,
}

/// Parses the copy, or says every row it cannot read.
pub fn parse(text: &str) -> Result<Vec<StarletteName>, Vec<InputError>> {
    let file = Source::Starlette.file();
    let help =
        "the file's header is `name,value,replacement`, as tools/upstream/refresh.py writes it";
    let records = records(file, text, ["name", "value", "replacement"], help)?;
    let mut names = Vec::new();
    let mut errors = Vec::new();
    for Record { line, fields, .. } in records {
        let [name, value, replacement] = fields;
        let Ok(value) = value.parse::<u16>() else {
            errors.push(InputError::new(
                file,
                Some(line),
                format!("the value of {name} is `{value}`, not a code"),
                "each row is a name, its integer value, and its replacement if it is deprecated",
            ));
            continue;
        };
        names.push(StarletteName {
            line,
            name,
            value,
            replacement: Some(replacement).filter(|r| !r.is_empty()),
        });
    }
    if errors.is_empty() {
        Ok(names)
    } else {
        Err(errors)
    }
}
