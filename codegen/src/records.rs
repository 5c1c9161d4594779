//! The CSV records of the file, each located on the line it starts on.
//!
//! The csv crate's record positions do not account for comment lines or CRLF
//! endings, so each record is located here: it starts at the first byte after
//! the previous record that is not a line ending or part of a comment line.
//! Lines are counted incrementally, so locating every record is linear.

use super::error::{Error, Problem};

/// One record, where it starts and what its first line says.
#[derive(Clone, Debug)]
pub struct Record {
    /// The 1-based line the record starts on.
    pub line: u64,
    /// The record's first line as written, for error messages.
    pub line_text: String,
    /// The fields, untrimmed.
    pub(crate) fields: csv::ByteRecord,
}

impl Record {
    /// The fields as written (quotes removed, spaces kept), in order.
    pub fn fields(&self) -> impl Iterator<Item = &[u8]> {
        self.fields.iter()
    }

    /// The field at `index` (0-based), if the record has one.
    pub fn field(&self, index: usize) -> Option<&[u8]> {
        self.fields.get(index)
    }
}

/// The records of a CSV text (without a byte-order mark): `#` starts a
/// comment line, rows may have any number of fields. Ends after the first
/// record that is not valid CSV, which it yields as an error.
///
/// The generator's first stage reads `data/status.csv` with it; the
/// repository's drift check reads the upstream copies with it, so that its
/// line numbers agree with the generator's.
///
/// ```
/// use status_codes_codegen::Records;
///
/// let text = "# a comment\r\nname,number\r\n\"HTTP_200_OK\",200\r\n";
/// let records: Vec<_> = Records::new(text.as_bytes()).map(Result::unwrap).collect();
/// assert_eq!(records[1].line, 3);
/// assert_eq!(records[1].field(0), Some(&b"HTTP_200_OK"[..]));
/// assert_eq!(records[1].fields().collect::<Vec<_>>(), [&b"HTTP_200_OK"[..], b"200"]);
/// ```
pub struct Records<'a> {
    input: &'a [u8],
    reader: csv::Reader<&'a [u8]>,
    lines: LineCounter<'a>,
    /// Where the previous record ended.
    end: usize,
    done: bool,
}

impl<'a> Records<'a> {
    /// The records of `input`.
    pub fn new(input: &'a [u8]) -> Self {
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .comment(Some(b'#'))
            .from_reader(input);
        Self {
            input,
            reader,
            lines: LineCounter::new(input),
            end: 0,
            done: false,
        }
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Record, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut fields = csv::ByteRecord::new();
        match self.reader.read_byte_record(&mut fields) {
            Ok(true) => {}
            Ok(false) => {
                self.done = true;
                return None;
            }
            // Unreached in practice: a flexible reader of byte records over
            // a slice has no I/O, UTF-8 or length error to give. Kept so that
            // a future csv error is reported, never a panic.
            Err(err) => {
                self.done = true;
                let at = skip_ignored(self.input, self.end);
                let line = self.lines.line_at(at);
                let problem = Problem::new(
                    format!("this line is not valid CSV: {err}"),
                    "check the quoting: a field that contains a comma or a quote must be wrapped in double quotes, with inner quotes doubled",
                );
                let text = first_line(&self.input[at..]);
                return Some(Err(Error::new(line, &text, None, problem)));
            }
        }
        let start = skip_ignored(self.input, self.end);
        self.end = byte_offset(self.reader.position(), self.input).max(start);
        Some(Ok(Record {
            line: self.lines.line_at(start),
            line_text: first_line(&self.input[start..]),
            fields,
        }))
    }
}

fn byte_offset(position: &csv::Position, input: &[u8]) -> usize {
    usize::try_from(position.byte())
        .unwrap_or(usize::MAX)
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
        // Empty when `offset` is not past the last one asked for.
        let skipped = self.input.get(self.offset..offset).unwrap_or_default();
        // `\n`, `\r\n` and a lone `\r` each end a line.
        let lone_cr = |i: usize| self.input.get(self.offset + i + 1) != Some(&b'\n');
        let newlines = skipped
            .iter()
            .enumerate()
            .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && lone_cr(i)))
            .count();
        self.line += u64::try_from(newlines).unwrap_or(u64::MAX);
        self.offset = self.offset.max(offset);
        self.line
    }
}

/// The text up to the first line ending.
fn first_line(bytes: &[u8]) -> String {
    let end = bytes
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}
