//! Stage 1: the bytes of the file into [`Row`]s. The header names the
//! columns (`columns.rs`); every later record becomes a row, its fields
//! trimmed and keyed by column.

use std::borrow::Cow;

use super::columns::{header, Column};
use super::error::{Error, Errors, Problem};
use super::records::{Record, Records};
use super::CSV_PATH;

/// One data record of the CSV file, its fields trimmed and keyed by column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line the record starts on.
    pub line: u64,
    /// The record's first line as written, for error messages.
    pub line_text: String,
    /// The fields, indexed by [`Column::index`]; `None` where the column
    /// is absent or empty.
    pub fields: [Option<String>; Column::COUNT],
}

impl Row {
    /// The trimmed value of `column`, if the row has a non-empty one.
    pub fn get(&self, column: Column) -> Option<&str> {
        self.fields[column.index()].as_deref()
    }

    /// Places `problem` on this row's line, in `column` if it is about one
    /// field (see `error.rs` for where each kind of error is placed).
    pub fn error(&self, column: Option<Column>, problem: Problem) -> Error {
        Error::new(self.line, &self.line_text, column, problem)
    }
}

/// The rows that could be read, and the errors of those that could not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    /// The readable data rows, in file order.
    pub rows: Vec<Row>,
    /// What was wrong with the others.
    pub errors: Vec<Error>,
    /// The line of the header row.
    pub header_line: u64,
    /// The header's columns in file order (`None` for an ignored trailing
    /// empty one): what a new row must follow.
    pub header: Vec<Option<Column>>,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Splits the file into rows: the header names the columns, `#` starts a
/// comment line, blank lines are skipped, fields are trimmed of surrounding
/// whitespace and rows may leave optional columns off their end.
///
/// Returns `Err` only when the header is unusable; rows that cannot be read
/// are left out and their errors carried in [`Rows::errors`], so that
/// validation reports the rest of the file too.
pub fn read_rows(input: &[u8]) -> Result<Rows, Errors> {
    if input.starts_with(b"\xFF\xFE") || input.starts_with(b"\xFE\xFF") {
        let problem = Problem::new(
            "the file is UTF-16 (it starts with a UTF-16 byte-order mark)",
            format!("save {CSV_PATH} as UTF-8"),
        );
        return Err(Errors(vec![Error::new(1, "", None, problem)]));
    }
    let input = input.strip_prefix(BOM).unwrap_or(input);
    let mut columns: Option<Vec<Option<Column>>> = None;
    let mut rows = Rows::default();
    for record in Records::new(input) {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                rows.errors.push(error);
                break;
            }
        };
        if record.fields.iter().flatten().all(u8::is_ascii_whitespace) {
            continue; // a blank line, or one of only commas and spaces
        }
        let Some(columns) = &columns else {
            let names: Vec<String> = record
                .fields
                .iter()
                .map(|f| trim_field(&String::from_utf8_lossy(f)).into_owned())
                .collect();
            let place =
                |(column, problem)| Error::new(record.line, &record.line_text, column, problem);
            match header(&names, &record.line_text) {
                Ok(named) => {
                    rows.header_line = record.line;
                    rows.header.clone_from(&named);
                    columns = Some(named);
                }
                Err(problems) => return Err(Errors(problems.into_iter().map(place).collect())),
            }
            continue;
        };
        match read_row(record, columns) {
            Ok(row) => rows.rows.push(row),
            Err(errors) => rows.errors.extend(errors),
        }
    }
    if columns.is_none() {
        // Nothing but blank and comment lines: a header error returned above
        // would have stopped the loop already.
        let problem = Problem::new(
            "the file has no header row",
            "start the file with the line `name,number,category` (plus any optional columns)",
        );
        return Err(Errors(vec![Error::new(1, "", None, problem)]));
    }
    Ok(rows)
}

/// One record under the header's columns; every problem of the record.
fn read_row(record: Record, columns: &[Option<Column>]) -> Result<Row, Vec<Error>> {
    let Record {
        line,
        line_text,
        fields,
    } = record;
    let mut row = Row {
        line,
        line_text,
        fields: Default::default(),
    };
    let mut problems = Vec::new();
    // Trailing empty fields (spreadsheets export them) are fine.
    let extra = fields.iter().skip(columns.len());
    let filled = fields.len()
        - extra
            .rev()
            .take_while(|f| f.iter().all(u8::is_ascii_whitespace))
            .count();
    if filled > columns.len() {
        problems.push((
            None,
            Problem::new(
                format!(
                    "this row has {filled} fields but the header names {} columns",
                    columns.len()
                ),
                "remove the extra fields, or wrap a field that contains a comma in double quotes \
                 (with no space before the opening quote)",
            ),
        ));
    }
    for (raw, column) in fields.iter().zip(columns) {
        let Some(column) = *column else { continue };
        match field(raw) {
            Ok(Some(text)) => row.fields[column.index()] = Some(text),
            Ok(None) => {}
            Err(problem) => problems.push((Some(column), problem)),
        }
    }
    if problems.is_empty() {
        let missing = Column::ALL
            .into_iter()
            .find(|&c| c.is_required() && row.get(c).is_none());
        if let Some(column) = missing {
            let problem = Problem::new(
                "missing value",
                "every row needs a name, a number and a category",
            );
            problems.push((Some(column), problem));
        }
    }
    if problems.is_empty() {
        return Ok(row);
    }
    Err(problems
        .into_iter()
        .map(|(column, problem)| row.error(column, problem))
        .collect())
}

/// One field's text, trimmed; `None` when it is empty.
fn field(raw: &[u8]) -> Result<Option<String>, Problem> {
    let Ok(text) = std::str::from_utf8(raw) else {
        return Err(Problem::new(
            "the field is not valid UTF-8",
            format!("save {CSV_PATH} as UTF-8"),
        ));
    };
    let text = trim_field(text);
    if text.contains(['\n', '\r']) {
        return Err(Problem::new(
            "the field contains a line break",
            "keep each row on one line; if a quote `\"` opens this field, check that it is closed",
        ));
    }
    Ok((!text.is_empty()).then(|| text.into_owned()))
}

/// A field without the whitespace around it. A field padded with spaces
/// around its quotes (`name, "number"`) is not quoted as far as CSV goes, so
/// the csv reader keeps the quotes; they are removed here, with `""` inside
/// read as `"`, because that is plainly what the writer meant.
fn trim_field(raw: &str) -> Cow<'_, str> {
    let trimmed = raw.trim();
    let padded = trimmed.len() != raw.len();
    match trimmed.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) if padded => Cow::Owned(inner.replace("\"\"", "\"")),
        _ => Cow::Borrowed(trimmed),
    }
}
