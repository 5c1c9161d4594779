//! What the generator reports: every [`Error`] in the file, located by line
//! and column, and rendered the way rustc renders its errors.

use std::fmt;

use super::columns::Column;
use super::read::Row;
use super::CSV_PATH;

/// One problem in the CSV file, located by line and, where it is about one
/// field, by column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The 1-based line the offending record starts on.
    pub line: u64,
    /// The column the problem is in, if it is about one field.
    pub column: Option<Column>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
    /// The offending line as it stands in the file, for context.
    pub source: String,
}

impl Error {
    /// Renders the error like rustc does, naming `path` as the file.
    pub fn render(&self, path: &str) -> String {
        let number = self.line.to_string();
        let pad = " ".repeat(number.len());
        let location = match self.column {
            Some(column) => format!("{path}:{}: column `{column}`", self.line),
            None => format!("{path}:{}", self.line),
        };
        let mut out = format!("error: {location}: {}\n", self.message);
        if !self.source.is_empty() {
            out.push_str(&format!("{pad} |\n{number} | {}\n{pad} |\n", self.source));
        }
        out.push_str(&format!("{pad} = help: {}\n", self.help));
        out
    }
}

/// Every problem found in a CSV file, in line order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl Errors {
    /// Renders every error, then a summary, naming `path` as the file.
    pub fn render(&self, path: &str) -> String {
        let mut out = String::new();
        for error in &self.0 {
            out.push_str(&error.render(path));
            out.push('\n');
        }
        let n = self.0.len();
        let plural = if n == 1 { "" } else { "s" };
        out.push_str(&format!(
            "error: could not generate the status tables: {n} error{plural} in {path}\n"
        ));
        out
    }
}

/// Renders the errors as the build script prints them, for [`CSV_PATH`].
impl fmt::Display for Errors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(CSV_PATH))
    }
}

impl std::error::Error for Errors {}

/// Collects errors while the stages run, keeping the source line with each.
#[derive(Default)]
pub(crate) struct Sink(pub(crate) Vec<Error>);

impl Sink {
    pub(crate) fn push(
        &mut self,
        row: &Row,
        column: Option<Column>,
        message: String,
        help: impl Into<String>,
    ) {
        self.at(row.line, &row.source, column, message, help);
    }

    pub(crate) fn at(
        &mut self,
        line: u64,
        source: &str,
        column: Option<Column>,
        message: String,
        help: impl Into<String>,
    ) {
        self.0.push(Error {
            line,
            column,
            message,
            help: help.into(),
            source: source.to_owned(),
        });
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T, Errors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.into_errors())
        }
    }

    pub(crate) fn into_errors(mut self) -> Errors {
        // Stable: errors on one line keep the order the checks ran in.
        self.0.sort_by_key(|e| e.line);
        Errors(self.0)
    }
}
