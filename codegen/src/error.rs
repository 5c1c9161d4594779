//! What the generator reports. A check says what is wrong with a value as a
//! [`Problem`]; the stage that knows where the value stands in the file turns
//! it into an [`Error`] with its line and column; [`Errors`] renders them all
//! the way rustc renders its errors.
//!
//! Which stage places what: `read_rows` (`read.rs`) places the problems of
//! the file as a whole (on line 1) and of the header (on its line), and
//! `records.rs` a record the CSV reader rejects; every problem of a data
//! row, from reading its fields (`read.rs`), from its checks (`checks.rs`)
//! and from the rules across rows (`validate.rs`), goes through
//! `Row::error`.

use std::fmt;

use super::columns::Column;
use super::CSV_PATH;

/// What is wrong with a value, and how to fix it, before it is placed in
/// the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Problem {
    /// A problem with its message and its help.
    pub fn new(message: impl Into<String>, help: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            help: help.into(),
        }
    }
}

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
    pub line_text: String,
}

impl Error {
    /// Places `problem` on `line` of the file, whose text is `line_text`.
    pub fn new(line: u64, line_text: &str, column: Option<Column>, problem: Problem) -> Self {
        Self {
            line,
            column,
            message: problem.message,
            help: problem.help,
            line_text: line_text.to_owned(),
        }
    }

    /// Renders the error like rustc does, naming `path` as the file.
    pub fn render(&self, path: &str) -> String {
        let number = self.line.to_string();
        let pad = " ".repeat(number.len());
        let location = match self.column {
            Some(column) => format!("{path}:{}: column `{column}`", self.line),
            None => format!("{path}:{}", self.line),
        };
        let mut out = format!("error: {location}: {}\n", self.message);
        if !self.line_text.is_empty() {
            out.push_str(&format!(
                "{pad} |\n{number} | {}\n{pad} |\n",
                self.line_text
            ));
        }
        out.push_str(&format!("{pad} = help: {}\n", self.help));
        out
    }
}

/// Every problem found in a CSV file, in line order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Errors(pub Vec<Error>);

impl Errors {
    /// `value` if no error was found, else every error in line order (errors
    /// on one line keep the order the checks ran in).
    pub(crate) fn or<T>(mut errors: Vec<Error>, value: T) -> Result<T, Errors> {
        if errors.is_empty() {
            return Ok(value);
        }
        errors.sort_by_key(|e| e.line);
        Err(Errors(errors))
    }

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
