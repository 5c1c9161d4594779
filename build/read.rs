//! Stage 1: the bytes of the file into [`Row`]s, one per CSV record, each
//! located on the line it starts on.

use std::borrow::Cow;

use super::columns::{read_header, Column};
use super::error::{Error, Errors, Sink};
use super::CSV_PATH;

/// One data record of the CSV file, its fields trimmed and keyed by column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// The 1-based line the record starts on.
    pub line: u64,
    /// The record's first line as written, for error messages.
    pub source: String,
    /// The fields, indexed by `Column as usize`; `None` where the column is
    /// absent or empty.
    pub fields: [Option<String>; 7],
}

impl Row {
    /// The trimmed value of `column`, if the row has a non-empty one.
    pub fn get(&self, column: Column) -> Option<&str> {
        self.fields[column as usize].as_deref()
    }
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
        let mut sink = Sink::default();
        sink.at(
            1,
            "",
            None,
            "the file is UTF-16 (it starts with a UTF-16 byte-order mark)".to_owned(),
            format!("save {CSV_PATH} as UTF-8"),
        );
        return Err(sink.into_errors());
    }
    let input = input.strip_prefix(BOM).unwrap_or(input);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(input);
    let mut sink = Sink::default();
    let mut header: Option<Vec<Option<Column>>> = None;
    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    let mut lines = LineCounter::new(input);
    let mut end = 0;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                let line = lines.line_at(skip_ignored(input, end));
                sink.at(
                    line,
                    &source_line(input, line),
                    None,
                    format!("this line is not valid CSV: {err}"),
                    "check the quoting: a field that contains a comma or a quote must be wrapped in double quotes, with inner quotes doubled",
                );
                break;
            }
        }
        // The csv crate's record positions do not account for comment lines
        // or CRLF endings, so each record is located here: it starts at the
        // first byte after the previous record that is not a line ending or
        // part of a comment line. Lines are counted incrementally.
        let start = skip_ignored(input, end);
        end = byte_offset(Some(reader.position()), input).max(start);
        let line = lines.line_at(start);
        let source = first_line(&input[start..]);
        if record.iter().flatten().all(u8::is_ascii_whitespace) {
            continue; // a blank line, or one of only commas and spaces
        }
        match &header {
            None => match read_header(&record, line, &source, &mut sink) {
                Some(columns) => header = Some(columns),
                None => return Err(sink.into_errors()),
            },
            Some(columns) => {
                if let Some(row) = read_row(&record, columns, line, source, &mut sink) {
                    rows.push(row);
                }
            }
        }
    }
    if header.is_none() {
        // Nothing but blank and comment lines: a header error returned above
        // would have stopped the loop already.
        sink.at(
            1,
            "",
            None,
            "the file has no header row".to_owned(),
            "start the file with the line `name,number,category` (plus any optional columns)",
        );
        return Err(sink.into_errors());
    }
    Ok(Rows {
        rows,
        errors: sink.0,
    })
}

/// The rows that could be read, and the errors of those that could not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    /// The readable data rows, in file order.
    pub rows: Vec<Row>,
    /// What was wrong with the others.
    pub errors: Vec<Error>,
}

fn read_row(
    record: &csv::ByteRecord,
    columns: &[Option<Column>],
    line: u64,
    source: String,
    sink: &mut Sink,
) -> Option<Row> {
    let mut row = Row {
        line,
        source,
        fields: Default::default(),
    };
    let mut ok = true;
    // Trailing empty fields (spreadsheets export them) are fine.
    let extra = record.iter().skip(columns.len());
    let filled = record.len()
        - extra
            .rev()
            .take_while(|f| f.iter().all(u8::is_ascii_whitespace))
            .count();
    if filled > columns.len() {
        sink.push(
            &row,
            None,
            format!(
                "this row has {filled} fields but the header names {} columns",
                columns.len()
            ),
            "remove the extra fields, or wrap a field that contains a comma in double quotes \
             (with no space before the opening quote)",
        );
        ok = false;
    }
    for (raw, column) in record.iter().zip(columns) {
        let Some(column) = *column else { continue };
        let Ok(text) = std::str::from_utf8(raw) else {
            sink.push(
                &row,
                Some(column),
                "the field is not valid UTF-8".to_owned(),
                format!("save {CSV_PATH} as UTF-8"),
            );
            ok = false;
            continue;
        };
        let text = trim_field(text);
        if text.contains(['\n', '\r']) {
            sink.push(
                &row,
                Some(column),
                "the field contains a line break".to_owned(),
                "keep each row on one line; if a quote `\"` opens this field, check that it is closed",
            );
            ok = false;
            continue;
        }
        if !text.is_empty() {
            row.fields[column as usize] = Some(text.into_owned());
        }
    }
    for column in Column::ALL.into_iter().filter(|c| c.is_required()) {
        if ok && row.get(column).is_none() {
            sink.push(
                &row,
                Some(column),
                "missing value".to_owned(),
                "every row needs a name, a number and a category",
            );
            ok = false;
        }
    }
    ok.then_some(row)
}

/// A field without the whitespace around it. A field padded with spaces
/// around its quotes (`name, "number"`) is not quoted as far as CSV goes, so
/// the csv reader keeps the quotes; they are removed here, with `""` inside
/// read as `"`, because that is plainly what the writer meant.
pub(crate) fn trim_field(raw: &str) -> Cow<'_, str> {
    let trimmed = raw.trim();
    let padded = trimmed.len() != raw.len();
    match trimmed.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(inner) if padded => Cow::Owned(inner.replace("\"\"", "\"")),
        _ => Cow::Borrowed(trimmed),
    }
}

fn byte_offset(position: Option<&csv::Position>, input: &[u8]) -> usize {
    position
        .and_then(|p| usize::try_from(p.byte()).ok())
        .unwrap_or(0)
        .min(input.len())
}

/// The first byte at or after `offset` that starts a record: line endings,
/// blank lines and `#` comment lines are skipped, as the csv reader skips them.
fn skip_ignored(input: &[u8], mut offset: usize) -> usize {
    loop {
        match input.get(offset) {
            Some(b'\r' | b'\n') => offset += 1,
            Some(b'#') => {
                offset = input[offset..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(input.len(), |n| offset + n);
            }
            _ => return offset.min(input.len()),
        }
    }
}

/// Turns byte offsets, asked for in increasing order, into 1-based lines.
struct LineCounter<'a> {
    input: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(input: &'a [u8]) -> Self {
        Self {
            input,
            offset: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> u64 {
        if offset > self.offset {
            let skipped = self.input.get(self.offset..offset).unwrap_or_default();
            // `\n`, `\r\n` and a lone `\r` each end a line.
            let lone_cr = |i: usize| self.input.get(self.offset + i + 1) != Some(&b'\n');
            let newlines = skipped
                .iter()
                .enumerate()
                .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && lone_cr(i)))
                .count();
            self.line += u64::try_from(newlines).unwrap_or(u64::MAX);
            self.offset = offset;
        }
        self.line
    }
}

fn first_line(bytes: &[u8]) -> String {
    let end = bytes
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}

fn source_line(input: &[u8], line: u64) -> String {
    let index = usize::try_from(line.saturating_sub(1)).unwrap_or(usize::MAX);
    input
        .split(|&b| b == b'\n')
        .nth(index)
        .map(first_line)
        .unwrap_or_default()
}
