//! The generator behind `build.rs`: the text of `data/status.csv` in, the
//! Rust source of the status tables (or every problem in the file) out.
//!
//! It is a pure function with three stages and a type between each:
//!
//! 1. [`read_rows`]: CSV records (via the `csv` crate) into [`Row`]s, keyed
//!    by the header's column names;
//! 2. [`validate`]: rows into a [`Table`] (sorted, unique, typed), or a list
//!    of [`Error`]s for the whole file;
//! 3. [`emit`]: a `Table` into Rust tokens with `quote`, formatted once by
//!    `prettyplease`.
//!
//! No environment variables, no file I/O, no printing: `build.rs`, the tests
//! under `tests/` and `examples/codegen.rs` all include this file with
//! `#[path]` and call [`generate`] on a CSV string.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

#[allow(dead_code)]
#[path = "../src/category.rs"]
mod category;

pub use category::Category;

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
    emit(&table)
}

/// Runs the first two stages: the validated table, or every error in it.
pub fn parse_table(csv: impl AsRef<[u8]>) -> Result<Table, Errors> {
    let rows = read_rows(csv.as_ref())?;
    validate(rows)
}

// ---------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------

/// A column of `data/status.csv`, named by the header row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// `name`: the constant's name, `HTTP_404_NOT_FOUND` or `WS_1008_POLICY_VIOLATION`.
    Name,
    /// `number`: the code, a decimal `u16`.
    Number,
    /// `category`: one of the six [`Category`] spellings.
    Category,
    /// `phrase` (optional): the reason phrase, when title-casing the name's
    /// words would not give the registry's wording.
    Phrase,
    /// `alias_of` (optional): makes the row a deprecated alias of the named row.
    AliasOf,
    /// `reference` (optional): where the code is defined, for the docs.
    Reference,
    /// `reporting_only` (optional, `websocket` rows in 1000-2999): `yes` for
    /// close codes that may be reported but never sent in a Close frame.
    ReportingOnly,
}

impl Column {
    /// Every column, in the order the documentation lists them.
    pub const ALL: [Column; 7] = [
        Column::Name,
        Column::Number,
        Column::Category,
        Column::Phrase,
        Column::AliasOf,
        Column::Reference,
        Column::ReportingOnly,
    ];

    /// The column's name in the header row.
    pub const fn as_str(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Number => "number",
            Column::Category => "category",
            Column::Phrase => "phrase",
            Column::AliasOf => "alias_of",
            Column::Reference => "reference",
            Column::ReportingOnly => "reporting_only",
        }
    }

    /// Whether every row must have a value in this column.
    pub const fn is_required(self) -> bool {
        matches!(self, Column::Name | Column::Number | Column::Category)
    }

    fn from_header(name: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

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
struct Sink(Vec<Error>);

impl Sink {
    fn push(
        &mut self,
        row: &Row,
        column: Option<Column>,
        message: String,
        help: impl Into<String>,
    ) {
        self.at(row.line, &row.source, column, message, help);
    }

    fn at(
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

    fn finish<T>(self, value: T) -> Result<T, Errors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self.into_errors())
        }
    }

    fn into_errors(mut self) -> Errors {
        // Stable: errors on one line keep the order the checks ran in.
        self.0.sort_by_key(|e| e.line);
        Errors(self.0)
    }
}

// ---------------------------------------------------------------------------
// Stage 1: records into rows
// ---------------------------------------------------------------------------

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

fn read_header(
    record: &csv::ByteRecord,
    line: u64,
    source: &str,
    sink: &mut Sink,
) -> Option<Vec<Option<Column>>> {
    let before = sink.0.len();
    let names: Vec<String> = record
        .iter()
        .map(|f| trim_field(&String::from_utf8_lossy(f)).into_owned())
        .collect();
    let known = names
        .iter()
        .filter(|n| Column::from_header(n).is_some())
        .count();
    if known == 0 {
        sink.at(
            line,
            source,
            None,
            format!(
                "the first row must be the header, but `{}` names no known column",
                source.trim()
            ),
            format!(
                "add the header line `name,number,category` above it; known columns are {}",
                column_list()
            ),
        );
        return None;
    }
    // Empty names at the end of the header (a trailing comma) are ignored.
    let named = names
        .iter()
        .rposition(|n| !n.is_empty())
        .map_or(0, |i| i + 1);
    let mut columns = Vec::with_capacity(names.len());
    let mut seen: HashMap<Column, usize> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        let position = i + 1;
        let column = Column::from_header(name);
        match column {
            None if name.is_empty() && position > named => {}
            None if name.is_empty() => sink.at(
                line,
                source,
                None,
                format!("header column {position} has no name"),
                "remove the empty column, or name it after one of the known columns",
            ),
            None => {
                let known: Vec<&str> = Column::ALL.iter().map(|c| c.as_str()).collect();
                let help = match closest(name, &known) {
                    Some(close) => format!(
                        "did you mean `{close}`? Known columns are {}",
                        column_list()
                    ),
                    None => format!("known columns are {}", column_list()),
                };
                sink.at(
                    line,
                    source,
                    None,
                    format!("unknown column `{name}` in the header (column {position})"),
                    help,
                );
            }
            Some(c) => {
                if let Some(first) = seen.insert(c, position) {
                    sink.at(
                        line,
                        source,
                        Some(c),
                        format!(
                            "the header names column `{c}` twice (columns {first} and {position})"
                        ),
                        "remove one of the two",
                    );
                }
            }
        }
        columns.push(column);
    }
    for required in Column::ALL.into_iter().filter(|c| c.is_required()) {
        if !seen.contains_key(&required) {
            sink.at(
                line,
                source,
                Some(required),
                format!("the header has no `{required}` column"),
                "the header must name the columns name, number and category",
            );
        }
    }
    (sink.0.len() == before).then_some(columns)
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
fn trim_field(raw: &str) -> Cow<'_, str> {
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

/// The candidate `word` most likely misspells: the same but for case,
/// `-` or spaces for `_`, or at most two edits away.
fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let folded = word.to_ascii_lowercase().replace(['-', ' '], "_");
    candidates
        .iter()
        .map(|&c| (edit_distance(&folded, c), c))
        .filter(|&(distance, _)| distance <= 2)
        .min()
        .map(|(_, c)| c)
}

/// Levenshtein distance between two short ASCII-ish strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

fn column_list() -> String {
    let names: Vec<&str> = Column::ALL.iter().map(|c| c.as_str()).collect();
    names.join(", ")
}

// ---------------------------------------------------------------------------
// Stage 2: rows into a validated table
// ---------------------------------------------------------------------------

/// Which generated enum a row belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `HttpStatus`, the five HTTP categories, names starting `HTTP_`.
    Http,
    /// `WsCloseCode`, category `websocket`, names starting `WS_`.
    WebSocket,
}

impl Kind {
    /// The prefix every name of this kind starts with.
    pub const fn prefix(self) -> &'static str {
        match self {
            Kind::Http => "HTTP_",
            Kind::WebSocket => "WS_",
        }
    }

    fn of(category: Category) -> Kind {
        if category.is_http() {
            Kind::Http
        } else {
            Kind::WebSocket
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Kind::Http => "an HTTP category",
            Kind::WebSocket => "the WebSocket category",
        }
    }
}

/// A canonical row: one enum variant and one constant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// The line the row is on.
    pub line: u64,
    /// The constant's name, `HTTP_404_NOT_FOUND`.
    pub name: String,
    /// The code.
    pub number: u16,
    /// Its category (consistent with `number`).
    pub category: Category,
    /// The enum variant's name, `NotFound`.
    pub variant: String,
    /// The reason phrase, `Not Found`.
    pub phrase: String,
    /// Where the code is defined, if the row says.
    pub reference: Option<String>,
    /// Whether the code may be reported but never sent in a Close frame.
    pub reporting_only: bool,
}

/// A deprecated alias: one more constant with the number of a canonical row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The line the row is on.
    pub line: u64,
    /// The old constant's name, `HTTP_422_UNPROCESSABLE_ENTITY`.
    pub name: String,
    /// The code it shares with its target.
    pub number: u16,
    /// Which enum the target is in.
    pub kind: Kind,
    /// The canonical name it is an alias of, `HTTP_422_UNPROCESSABLE_CONTENT`.
    pub target: String,
    /// The target's variant name, `UnprocessableContent`.
    pub target_variant: String,
    /// The old reason phrase, if the row gives one.
    pub phrase: Option<String>,
    /// Where the old name was defined, if the row says.
    pub reference: Option<String>,
}

/// A validated table: canonical codes sorted by number, aliases sorted by
/// number then name. Everything in it can be emitted without further checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The `HttpStatus` rows.
    pub http: Vec<Code>,
    /// The `WsCloseCode` rows.
    pub ws: Vec<Code>,
    /// The deprecated aliases of both kinds.
    pub aliases: Vec<Alias>,
}

impl Table {
    /// The canonical rows of one kind.
    pub fn codes(&self, kind: Kind) -> &[Code] {
        match kind {
            Kind::Http => &self.http,
            Kind::WebSocket => &self.ws,
        }
    }
}

/// What the per-row checks make of a row that passes them.
struct Checked<'a> {
    row: &'a Row,
    name: &'a str,
    number: u16,
    category: Category,
    variant: String,
    /// The name's words in title case, the phrase when none is given.
    title: String,
    phrase: Option<&'a str>,
    alias_of: Option<&'a str>,
    reference: Option<&'a str>,
    reporting_only: bool,
}

/// Checks every row, then the rows against each other; returns the table
/// only if the whole file is clean.
pub fn validate(rows: Rows) -> Result<Table, Errors> {
    let Rows { rows, errors } = rows;
    let mut sink = Sink(errors);
    let rows = rows.as_slice();
    let mut first_by_name: HashMap<&str, &Row> = HashMap::new();
    let mut checked = Vec::with_capacity(rows.len());
    for row in rows {
        let name = row.get(Column::Name).unwrap_or_default();
        if let Some(first) = first_by_name.get(name) {
            sink.push(
                row,
                Some(Column::Name),
                format!("duplicate name {name} (first used on line {})", first.line),
                "remove one of the two rows, or rename one of them",
            );
            continue;
        }
        first_by_name.insert(name, row);
        if let Some(c) = check_row(row, &mut sink) {
            checked.push(c);
        }
    }

    // Canonical rows: one per number, one per variant name within an enum.
    let mut by_number: HashMap<u16, &Checked> = HashMap::new();
    let mut by_variant: HashMap<(Kind, &str), &Checked> = HashMap::new();
    let mut table = Table {
        http: Vec::new(),
        ws: Vec::new(),
        aliases: Vec::new(),
    };
    for c in checked.iter().filter(|c| c.alias_of.is_none()) {
        if let Some(first) = by_number.get(&c.number) {
            sink.push(
                c.row,
                Some(Column::Number),
                format!(
                    "duplicate number {} (first used on line {} by {})",
                    c.number, first.row.line, first.name
                ),
                format!(
                    "give this row its own number, or keep it as a deprecated alias by setting `alias_of` to {}",
                    first.name
                ),
            );
            continue;
        }
        let kind = Kind::of(c.category);
        if let Some(first) = by_variant.get(&(kind, c.variant.as_str())) {
            sink.push(
                c.row,
                Some(Column::Name),
                format!(
                    "{} would be the variant `{}`, which {} on line {} already is",
                    c.name, c.variant, first.name, first.row.line
                ),
                "change the words after the number so the two names differ by more than underscores",
            );
            continue;
        }
        by_number.insert(c.number, c);
        by_variant.insert((kind, c.variant.as_str()), c);
        let code = Code {
            line: c.row.line,
            name: c.name.to_owned(),
            number: c.number,
            category: c.category,
            variant: c.variant.clone(),
            phrase: c.phrase.map_or_else(|| c.title.clone(), str::to_owned),
            reference: c.reference.map(str::to_owned),
            reporting_only: c.reporting_only,
        };
        match kind {
            Kind::Http => table.http.push(code),
            Kind::WebSocket => table.ws.push(code),
        }
    }

    // Aliases: each must name a canonical row with the same number.
    let by_name: HashMap<&str, &Checked> = checked.iter().map(|c| (c.name, c)).collect();
    for c in &checked {
        let Some(target) = c.alias_of else { continue };
        let canonical = by_number.get(&c.number).map(|t| t.name);
        let hint = match canonical {
            Some(name) if name != c.name => format!("the canonical row for {} is {name}", c.number),
            _ => format!(
                "an alias needs a canonical row with the same number ({}) to point at",
                c.number
            ),
        };
        let Some(t) = by_name.get(target) else {
            if first_by_name.contains_key(target) {
                continue; // the target row has errors of its own, reported above
            }
            sink.push(
                c.row,
                Some(Column::AliasOf),
                format!(
                    "{} is an alias of {target}, but no row has that name",
                    c.name
                ),
                hint,
            );
            continue;
        };
        if t.name == c.name {
            sink.push(
                c.row,
                Some(Column::AliasOf),
                format!("{} is an alias of itself", c.name),
                hint,
            );
        } else if let Some(next) = t.alias_of {
            sink.push(
                c.row,
                Some(Column::AliasOf),
                format!(
                    "{} is an alias of {target}, which is itself an alias (of {next})",
                    c.name
                ),
                format!("point `alias_of` at the canonical name instead; {hint}"),
            );
        } else if t.number != c.number {
            sink.push(
                c.row,
                Some(Column::AliasOf),
                format!(
                    "{} has number {} but is an alias of {target}, which has number {}",
                    c.name, c.number, t.number
                ),
                "an alias must have the same number as the row it points at",
            );
        } else if canonical == Some(t.name) {
            table.aliases.push(Alias {
                line: c.row.line,
                name: c.name.to_owned(),
                number: c.number,
                kind: Kind::of(c.category),
                target: t.name.to_owned(),
                target_variant: t.variant.clone(),
                phrase: c.phrase.map(str::to_owned),
                reference: c.reference.map(str::to_owned),
            });
        }
        // else: the target is itself a rejected duplicate, already reported.
    }

    table.http.sort_by_key(|c| c.number);
    table.ws.sort_by_key(|c| c.number);
    table
        .aliases
        .sort_by(|a, b| (a.number, &a.name).cmp(&(b.number, &b.name)));
    sink.finish(table)
}

/// The per-row checks: every field on its own, and the fields of one row
/// against each other. Reports every problem of the row.
fn check_row<'a>(row: &'a Row, sink: &mut Sink) -> Option<Checked<'a>> {
    let before = sink.0.len();
    let name = row.get(Column::Name).unwrap_or_default();
    let number = check_number(row, sink);
    let category = check_category(row, sink);
    if let (Some(number), Some(category)) = (number, category) {
        check_range(row, number, category, sink);
    }
    let words = check_name(row, name, number, category, sink);
    let phrase = row.get(Column::Phrase);
    if let Some(phrase) = phrase {
        check_phrase(row, phrase, sink);
    }
    let reference = row.get(Column::Reference);
    if let Some(reference) = reference {
        check_reference(row, reference, sink);
    }
    let alias_of = row.get(Column::AliasOf);
    let reporting_only = check_reporting_only(row, number, category, alias_of.is_some(), sink);
    if sink.0.len() > before {
        return None;
    }
    let Words { variant, title } = words?;
    Some(Checked {
        row,
        name,
        number: number?,
        category: category?,
        variant,
        title,
        phrase,
        alias_of,
        reference,
        reporting_only,
    })
}

fn check_number(row: &Row, sink: &mut Sink) -> Option<u16> {
    let text = row.get(Column::Number).unwrap_or_default();
    let help = "write the code in plain decimal digits, for example 404";
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        sink.push(
            row,
            Some(Column::Number),
            format!("`{text}` is not a number"),
            help,
        );
        return None;
    }
    if text.len() > 1 && text.starts_with('0') {
        let trimmed = text.trim_start_matches('0');
        let suggestion = if trimmed.is_empty() { "0" } else { trimmed };
        sink.push(
            row,
            Some(Column::Number),
            format!("`{text}` has a leading zero"),
            format!("write it as {suggestion}"),
        );
        return None;
    }
    match text.parse::<u16>() {
        Ok(n) => Some(n),
        Err(_) => {
            sink.push(
                row,
                Some(Column::Number),
                format!("{text} does not fit in a u16 (the largest code is 65535)"),
                "status codes are 100-599 and WebSocket close codes 1000-4999",
            );
            None
        }
    }
}

fn check_category(row: &Row, sink: &mut Sink) -> Option<Category> {
    let text = row.get(Column::Category).unwrap_or_default();
    if let Ok(category) = text.parse::<Category>() {
        return Some(category);
    }
    let valid: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    let help = match closest(text, &valid) {
        Some(close) => format!(
            "did you mean `{close}`? The categories are {}",
            valid.join(", ")
        ),
        None => format!("use one of {}", valid.join(", ")),
    };
    sink.push(
        row,
        Some(Column::Category),
        format!("unknown category `{text}`"),
        help,
    );
    None
}

fn check_range(row: &Row, number: u16, category: Category, sink: &mut Sink) {
    if category.contains(number) {
        return;
    }
    let help = match Category::of(number) {
        Some(right) => format!(
            "{number} belongs in category `{right}`; or use a number from {} to {} for `{category}`",
            category.first(),
            category.last()
        ),
        None => format!(
            "no category covers {number}; `{category}` takes {} to {}",
            category.first(),
            category.last()
        ),
    };
    sink.push(
        row,
        Some(Column::Number),
        format!(
            "{number} is outside the range of category `{category}` ({}-{})",
            category.first(),
            category.last()
        ),
        help,
    );
}

/// What a valid name's words give: `HTTP_404_NOT_FOUND` -> `NotFound` and
/// `Not Found`.
struct Words {
    variant: String,
    title: String,
}

/// Checks the name's characters and shape against its number and category;
/// returns what its words give.
fn check_name(
    row: &Row,
    name: &str,
    number: Option<u16>,
    category: Option<Category>,
    sink: &mut Sink,
) -> Option<Words> {
    let example = "names look like HTTP_404_NOT_FOUND or WS_1008_POLICY_VIOLATION";
    if let Some(bad) = name
        .chars()
        .find(|&ch| !(ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_'))
    {
        let upper = name.to_ascii_uppercase();
        let help = if upper != name && upper.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            format!("use upper case: {upper}")
        } else {
            format!("use only upper-case ASCII letters, digits and underscores; {example}")
        };
        sink.push(
            row,
            Some(Column::Name),
            format!("{name:?} contains {bad:?}, which is not an upper-case ASCII letter, digit or underscore"),
            help,
        );
        return None;
    }
    let Some(kind) = [Kind::Http, Kind::WebSocket]
        .into_iter()
        .find(|k| name.starts_with(k.prefix()))
    else {
        let help = match (category, number) {
            (Some(c), Some(n)) => format!(
                "for this row: {}{n}_{}",
                Kind::of(c).prefix(),
                name.trim_start_matches('_')
            ),
            _ => example.to_owned(),
        };
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} must start with `HTTP_` or `WS_`"),
            help,
        );
        return None;
    };
    let rest = &name[kind.prefix().len()..];
    let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, words) = rest.split_at(digits_len);
    let mut ok = true;
    if let Some(c) = category {
        if Kind::of(c) != kind {
            let other = Kind::of(c).prefix();
            sink.push(
                row,
                Some(Column::Name),
                format!(
                    "{name} starts with `{}`, but category `{c}` is {}",
                    kind.prefix(),
                    Kind::of(c).describe()
                ),
                format!("rename it to {other}{rest}, or change the category"),
            );
            ok = false;
        }
    }
    if digits.is_empty() {
        let help = match number {
            Some(n) => format!(
                "put the number after the prefix: {}{n}_{rest}",
                kind.prefix()
            ),
            None => example.to_owned(),
        };
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} has no number after `{}`", kind.prefix()),
            help,
        );
        return None;
    }
    if let Some(n) = number {
        if digits != n.to_string() {
            sink.push(
                row,
                Some(Column::Name),
                format!("{name} carries the number {digits}, but column `number` is {n}"),
                format!(
                    "make them agree: {}{n}{words} or number {digits}",
                    kind.prefix()
                ),
            );
            ok = false;
        }
    }
    let Some(words) = words.strip_prefix('_').filter(|w| !w.is_empty()) else {
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} has no words after the number"),
            "describe the code in words after the number, as in HTTP_404_NOT_FOUND",
        );
        return None;
    };
    if words.split('_').any(str::is_empty) {
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} has an empty word (two underscores in a row, or one at the end)"),
            "separate the words with single underscores",
        );
        return None;
    }
    let variant: String = words.split('_').map(upper_camel).collect();
    if let Err((why, help)) = check_ident(&variant) {
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} would be the variant `{variant}`, which {why}"),
            help,
        );
        return None;
    }
    let title = title_case(words);
    ok.then_some(Words { variant, title })
}

/// Whether `variant` is usable as a Rust identifier, as syn sees it; if not,
/// why not and what to do.
fn check_ident(variant: &str) -> Result<(), (&'static str, &'static str)> {
    if syn::parse_str::<Ident>(variant).is_ok() {
        Ok(())
    } else if variant.starts_with(|c: char| c.is_ascii_digit()) {
        Err((
            "is not a valid Rust identifier (it starts with a digit)",
            "start the words after the number with a letter, as in HTTP_401_TWO_FACTOR_REQUIRED",
        ))
    } else {
        Err((
            "is a Rust keyword",
            "choose other words after the number, or add one, as in HTTP_299_SELF_REFERENCE",
        ))
    }
}

/// `NOT` -> `Not`, `2FA` -> `2fa`.
fn upper_camel(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `NETWORK_CONNECT_TIMEOUT` -> `Network Connect Timeout`.
fn title_case(words: &str) -> String {
    let words: Vec<String> = words.split('_').map(upper_camel).collect();
    words.join(" ")
}

fn check_phrase(row: &Row, phrase: &str, sink: &mut Sink) {
    if let Some(bad) = phrase.chars().find(|c| !(' '..='~').contains(c)) {
        sink.push(
            row,
            Some(Column::Phrase),
            format!("the phrase contains {bad:?}; a reason phrase is printable ASCII and spaces"),
            "write the phrase in plain ASCII, as the registry does",
        );
    }
}

fn check_reference(row: &Row, reference: &str, sink: &mut Sink) {
    if let Some(bad) = reference.chars().find(|c| c.is_control()) {
        sink.push(
            row,
            Some(Column::Reference),
            format!("the reference contains the control character {bad:?}"),
            "remove it; references are plain text such as `RFC 9110, Section 15.5.5`",
        );
    }
}

fn check_reporting_only(
    row: &Row,
    number: Option<u16>,
    category: Option<Category>,
    is_alias: bool,
    sink: &mut Sink,
) -> bool {
    let value = match row.get(Column::ReportingOnly) {
        None | Some("no") => return false,
        Some("yes") => true,
        Some(other) => {
            sink.push(
                row,
                Some(Column::ReportingOnly),
                format!("`{other}` is not `yes` or `no`"),
                "write `yes` for a close code that must never be sent, or leave the field empty",
            );
            return false;
        }
    };
    if is_alias {
        sink.push(
            row,
            Some(Column::ReportingOnly),
            "an alias row cannot set `reporting_only`".to_owned(),
            "set it on the canonical row the alias points at",
        );
    } else if category.is_some_and(|c| c != Category::WebSocket) {
        sink.push(
            row,
            Some(Column::ReportingOnly),
            "`reporting_only` applies to WebSocket close codes only".to_owned(),
            "leave the field empty for HTTP status codes",
        );
    } else if number.is_some_and(|n| !(1000..=2999).contains(&n)) {
        sink.push(
            row,
            Some(Column::ReportingOnly),
            "`reporting_only` applies to the protocol's own codes, 1000-2999".to_owned(),
            "codes 3000-4999 may always be sent (RFC 6455, Section 7.4.2); leave the field empty",
        );
    }
    value
}

// ---------------------------------------------------------------------------
// Stage 3: the table into Rust source
// ---------------------------------------------------------------------------

/// Emits the whole generated file for a validated table.
///
/// The only failure is a bug in this generator (tokens that do not parse as
/// a Rust file); it is reported as an error rather than a panic.
pub fn emit(table: &Table) -> Result<String, Errors> {
    let tokens = emit_tokens(table);
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => Ok(format!("{HEADER}\n{}", prettyplease::unparse(&file))),
        Err(err) => Err(Errors(vec![Error {
            line: 1,
            column: None,
            message: format!("internal error: the generated code does not parse: {err}"),
            help: "this is a bug in build/codegen.rs; please report it with the CSV file"
                .to_owned(),
            source: String::new(),
        }])),
    }
}

/// Every generated item, before formatting.
pub fn emit_tokens(table: &Table) -> TokenStream {
    let consts = status_module(table);
    let http = code_enum(&HTTP, &table.http, &table.aliases);
    let ws = code_enum(&WS, &table.ws, &table.aliases);
    let reporting = reporting_only_table(&table.ws);
    quote! {
        #consts
        #http
        #ws
        #reporting
    }
}

/// What differs between the two generated enums.
struct EnumSpec {
    kind: Kind,
    ty: &'static str,
    table: &'static str,
    /// What the enum holds, before the generated example.
    about: &'static str,
    /// The code the example shows, when the table has it.
    example: u16,
}

const HTTP: EnumSpec = EnumSpec {
    kind: Kind::Http,
    ty: "HttpStatus",
    table: "HTTP_TABLE",
    about: "An HTTP status code from the IANA HTTP Status Code Registry, one variant per code.",
    example: 404,
};

const WS: EnumSpec = EnumSpec {
    kind: Kind::WebSocket,
    ty: "WsCloseCode",
    table: "WS_TABLE",
    about: "A WebSocket close code from the IANA WebSocket Close Code Number Registry, one
variant per code. Which codes may be sent in a Close frame is explained in the
[crate docs](crate#sending-websocket-close-codes).",
    example: 1008,
};

impl EnumSpec {
    /// The row the examples in the docs show: the preferred code, else the
    /// first row.
    fn example<'a>(&self, codes: &'a [Code]) -> Option<&'a Code> {
        codes
            .iter()
            .find(|c| c.number == self.example)
            .or(codes.first())
    }

    /// The docs of `code()`.
    fn code_doc(&self, codes: &[Code]) -> String {
        let summary = "The numeric code; for a variant, the same as `self as u16`.";
        match self.example(codes) {
            Some(c) => format!(
                "{summary}\n\n```\nuse status_codes::{ty};\n\nassert_eq!({ty}::{v}.code(), {n});\n```",
                ty = self.ty,
                v = c.variant,
                n = c.number
            ),
            None => summary.to_owned(),
        }
    }

    /// The enum's docs, with an example built from a row of the table (so
    /// the doctest holds for any valid CSV).
    fn doc(&self, codes: &[Code]) -> String {
        let ty = self.ty;
        let Some(code) = self.example(codes) else {
            return self.about.to_owned();
        };
        let (n, variant, name) = (code.number, &code.variant, &code.name);
        let display = format!("{n} {}", code.phrase)
            .replace('\\', "\\\\")
            .replace('"', "\\\"");
        format!(
            "{about}

The discriminant is the code, so `{ty}::{variant} as u16 == {n}`. The enum is
`#[non_exhaustive]`: a row added to `data/status.csv` is not a breaking change.

```
use status_codes::{ty};

let code = {ty}::from_code({n}).unwrap();
assert_eq!(code, {ty}::{variant});
assert_eq!(code.to_string(), \"{display}\");
assert_eq!(\"{name}\".parse(), Ok(code));
```",
            about = self.about
        )
    }
}

/// `#[doc]` attributes for `text`, one per line, so prettyplease prints
/// `///` comments.
fn docs<S: AsRef<str>>(lines: impl IntoIterator<Item = S>) -> TokenStream {
    let lines = lines.into_iter().flat_map(|text| {
        let text = text.as_ref();
        let split: Vec<String> = text
            .split('\n')
            .map(|line| {
                if line.is_empty() {
                    String::new()
                } else {
                    format!(" {line}")
                }
            })
            .collect();
        split
    });
    quote! { #(#[doc = #lines])* }
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn num(n: u16) -> Literal {
    Literal::u16_unsuffixed(n)
}

/// Escapes text from the CSV for a doc comment: Markdown punctuation is
/// backslash-escaped and URLs become autolinks, so rustdoc renders the text
/// as written and its lints (broken links, bare URLs, HTML tags) stay quiet.
fn doc_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let url_start = ["https://", "http://"]
            .iter()
            .filter_map(|scheme| word.find(scheme))
            .min();
        let Some(start) = url_start else {
            escape_markdown(word, &mut out);
            continue;
        };
        // `(see https://x.org/a).` -> `\(see <https://x.org/a>\).`
        let rest = &word[start..];
        let url = rest.trim_end_matches(|c| ").,;:!?'\"]".contains(c));
        escape_markdown(&word[..start], &mut out);
        out.push('<');
        for ch in url.chars() {
            match ch {
                '<' => out.push_str("%3C"),
                '>' => out.push_str("%3E"),
                '`' => out.push_str("%60"),
                _ => out.push(ch),
            }
        }
        out.push('>');
        escape_markdown(&rest[url.len()..], &mut out);
    }
    out
}

/// `Reference: RFC 9110, Section 15.5.5.`, without doubling a final stop.
fn reference_line(reference: &str) -> String {
    let stop = if reference.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    format!("Reference: {}{stop}", doc_text(reference))
}

fn escape_markdown(text: &str, out: &mut String) {
    for ch in text.chars() {
        if "\\`*_[]<>&~|!{}#".contains(ch) {
            out.push('\\');
        }
        out.push(ch);
    }
}

/// The doc lines of a canonical code: `404 Not Found`, then its facts.
fn code_doc(code: &Code, link: &str) -> TokenStream {
    let mut lines = vec![format!("{} {}", code.number, doc_text(&code.phrase))];
    if code.reporting_only {
        lines.push(String::new());
        lines.push(
            "Reserved for reporting: an endpoint may report this code to its application, \
             but must never send it in a Close frame."
                .to_owned(),
        );
    }
    if let Some(reference) = &code.reference {
        lines.push(String::new());
        lines.push(reference_line(reference));
    }
    lines.push(String::new());
    lines.push(link.to_owned());
    docs(lines)
}

/// `pub mod status`: one `u16` constant per row, each alias after its
/// canonical row and deprecated.
fn status_module(table: &Table) -> TokenStream {
    // Validation made every alias share its target's number, and numbers
    // identify canonical rows; grouping by number keeps this linear.
    let mut aliases: HashMap<u16, Vec<&Alias>> = HashMap::new();
    for alias in &table.aliases {
        aliases.entry(alias.number).or_default().push(alias);
    }
    let mut items = Vec::new();
    for (kind, spec) in [(Kind::Http, &HTTP), (Kind::WebSocket, &WS)] {
        for code in table.codes(kind) {
            let name = ident(&code.name);
            let n = num(code.number);
            let doc = code_doc(
                code,
                &format!(
                    "The same code as a typed value: [`{0}::{1}`](crate::{0}::{1}).",
                    spec.ty, code.variant
                ),
            );
            items.push(quote! {
                #doc
                pub const #name: u16 = #n;
            });
            for alias in aliases.get(&code.number).into_iter().flatten() {
                items.push(alias_const(spec, code, alias));
            }
        }
    }
    let example = table.http.first().map_or_else(TokenStream::new, |c| {
        docs([format!(
            "\n```\nuse status_codes::status;\n\nassert_eq!(status::{}, {});\n```",
            c.name, c.number
        )])
    });
    quote! {
        /// Every code as a plain `u16` constant, under the names FastAPI and Starlette use.
        ///
        /// Porting `from fastapi import status` is a matter of writing `status::` for
        /// `status.`. The names from before RFC 9110 are still here as deprecated
        /// aliases, so using them warns.
        #example
        pub mod status {
            #(#items)*
        }
    }
}

/// A deprecated alias constant.
fn alias_const(spec: &EnumSpec, code: &Code, alias: &Alias) -> TokenStream {
    let name = ident(&alias.name);
    let n = num(alias.number);
    let mut lines = vec![format!(
        "{} {}: the old name of [`{}`].",
        alias.number,
        doc_text(&code.phrase),
        code.name
    )];
    if let Some(phrase) = &alias.phrase {
        lines.push(String::new());
        lines.push(format!(
            "Its old reason phrase was \"{}\".",
            doc_text(phrase)
        ));
    }
    if let Some(reference) = &alias.reference {
        lines.push(String::new());
        lines.push(reference_line(reference));
    }
    lines.push(String::new());
    lines.push(format!(
        "Parses to [`{0}::{1}`](crate::{0}::{1}), as the new name does.",
        spec.ty, alias.target_variant
    ));
    let doc = docs(lines);
    let note = format!("renamed to {} ({} {})", code.name, code.number, code.phrase);
    quote! {
        #doc
        #[deprecated(note = #note)]
        pub const #name: u16 = #n;
    }
}

/// One enum with its `ALL` list and its lookup table.
fn code_enum(spec: &EnumSpec, codes: &[Code], aliases: &[Alias]) -> TokenStream {
    let ty = ident(spec.ty);
    let doc = docs([spec.doc(codes)]);
    let variants = codes.iter().map(|code| {
        let variant = ident(&code.variant);
        let n = num(code.number);
        let doc = code_doc(
            code,
            &format!(
                "The same code as a constant: [`status::{0}`](crate::status::{0}).",
                code.name
            ),
        );
        quote! {
            #doc
            #variant = #n
        }
    });
    let all = codes.iter().map(|code| ident(&code.variant));
    let all_doc = docs([format!(
        "Every variant, sorted by code.\n\n```\nuse status_codes::{ty};\n\n\
         assert!({ty}::ALL.windows(2).all(|w| w[0].code() < w[1].code()));\n\
         assert!({ty}::ALL.iter().all(|&c| {ty}::from_code(c.code()) == Some(c)));\n```"
    )]);
    let lookup = lookup_table(spec, codes, aliases);
    // A table may have no rows of this kind: an empty enum cannot have a
    // `repr` or be cast, so `code` matches on the (impossible) value instead.
    let (repr, code_body) = if codes.is_empty() {
        (quote!(), quote!(match self {}))
    } else {
        (quote!(#[repr(u16)]), quote!(self as u16))
    };
    let code_doc = docs([spec.code_doc(codes)]);
    quote! {
        #doc
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        #repr
        pub enum #ty {
            #(#variants,)*
        }

        impl #ty {
            #all_doc
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            #code_doc
            #[must_use]
            #[inline]
            pub const fn code(self) -> u16 {
                #code_body
            }
        }

        #lookup
    }
}

/// The `CodeTable` of one enum: slots indexed by `code - first`, then the
/// strings of each variant in code order (see `src/table.rs`).
fn lookup_table(spec: &EnumSpec, codes: &[Code], aliases: &[Alias]) -> TokenStream {
    let ty = ident(spec.ty);
    let table = ident(spec.table);
    let first = codes.first().map_or(0, |c| c.number);
    let last = codes.last().map_or(0, |c| c.number);
    let span = Literal::usize_unsuffixed(usize::from(last - first) + 1);
    let phrases = codes.iter().map(|c| &c.phrase);
    let names = codes.iter().map(|c| &c.name);
    let displays = codes.iter().map(|c| format!("{} {}", c.number, c.phrase));
    let alias_entries = aliases.iter().filter(|a| a.kind == spec.kind).map(|a| {
        let name = &a.name;
        let variant = ident(&a.target_variant);
        quote!((#name, #ty::#variant))
    });
    let first = num(first);
    let doc = format!(" The lookup tables behind [`{}`].", spec.ty);
    // Both index tables are filled in at compile time from `ALL`, so each
    // code is written once in the generated file.
    let (slots, by_code) = if codes.is_empty() {
        (quote!(&[]), quote!(&[]))
    } else {
        (
            quote! {
                &{
                    let mut slots = [crate::table::NONE; #span];
                    let mut slot = 0;
                    while slot < #ty::ALL.len() {
                        slots[(#ty::ALL[slot] as u16 - #first) as usize] = slot as u16;
                        slot += 1;
                    }
                    slots
                }
            },
            quote! {
                &{
                    let mut by_code = [None; #span];
                    let mut slot = 0;
                    while slot < #ty::ALL.len() {
                        let code = #ty::ALL[slot];
                        by_code[(code as u16 - #first) as usize] = Some(code);
                        slot += 1;
                    }
                    by_code
                }
            },
        )
    };
    quote! {
        #[doc = #doc]
        pub(crate) const #table: crate::table::CodeTable<#ty> = crate::table::CodeTable {
            first: #first,
            slots: #slots,
            by_code: #by_code,
            codes: #ty::ALL,
            phrases: &[#(#phrases),*],
            names: &[#(#names),*],
            displays: &[#(#displays),*],
            aliases: &[#(#alias_entries),*],
        };
    }
}

/// Per WebSocket variant, in `ALL` order: reserved for reporting only?
fn reporting_only_table(codes: &[Code]) -> TokenStream {
    let flags = codes.iter().map(|c| c.reporting_only);
    quote! {
        /// For each [`WsCloseCode`], in `ALL` order: reserved for reporting, never sent.
        pub(crate) const WS_REPORTING_ONLY: &[bool] = &[#(#flags),*];
    }
}
