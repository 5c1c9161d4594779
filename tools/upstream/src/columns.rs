//! What the upstream files have in common: a CSV header, and columns found
//! by their names there, so a reordered column reads the same and a renamed
//! one is a clear error.

use super::InputError;
use status_codes_codegen::{Error, Records};

/// One data record: its 1-based line and the wanted columns' fields,
/// trimmed, in the order they were asked for.
pub(crate) struct Record<const N: usize> {
    pub(crate) line: u64,
    /// The record's line as written.
    pub(crate) text: String,
    pub(crate) fields: [String; N],
}

/// The records of `text` (the file `file`), with the fields of the `wanted`
/// columns; blank records and lines starting with `#` are skipped. Every
/// problem is returned: each wanted column the header lacks (with `help`),
/// and the record the CSV reader refuses.
pub(crate) fn records<const N: usize>(
    file: &'static str,
    text: &str,
    wanted: [&str; N],
    help: &str,
) -> Result<Vec<Record<N>>, Vec<InputError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The generator's reader: it locates records on their lines through
    // comment lines and CRLF endings, which the csv crate's positions miss.
    let mut rows = Records::new(text.as_bytes()).filter(|r| {
        !r.as_ref()
            .is_ok_and(|r| r.fields().all(|f| f.trim_ascii().is_empty()))
    });
    let quoting = |err: Error| InputError::new(file, Some(err.line), err.message, err.help);
    let field = |raw: &[u8]| String::from_utf8_lossy(raw).trim().to_owned();
    let (header_line, names): (u64, Vec<String>) = match rows.next() {
        Some(Ok(header)) => (header.line, header.fields().map(field).collect()),
        Some(Err(err)) => return Err(vec![quoting(err)]),
        None => (1, Vec::new()),
    };
    let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let mut index = [0; N];
    let mut errors = Vec::new();
    for (slot, name) in index.iter_mut().zip(wanted) {
        match names.iter().position(|n| n == name) {
            Some(i) => *slot = i,
            None => errors.push(InputError::new(
                file,
                Some(header_line),
                format!(
                    "the header has no `{name}` column (it names {})",
                    listed.join(", ")
                ),
                help,
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut records = Vec::new();
    for record in rows {
        match record {
            Ok(record) => records.push(Record {
                line: record.line,
                text: record.line_text.trim_end().to_owned(),
                fields: index.map(|i| record.field(i).map(field).unwrap_or_default()),
            }),
            Err(err) => errors.push(quoting(err)),
        }
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(errors)
    }
}
