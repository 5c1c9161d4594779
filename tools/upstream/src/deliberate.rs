//! `data/upstream/deliberate.csv`: the differences from an upstream copy
//! that the table keeps on purpose, each with its reason.

use super::columns::{records, Record};
use super::edit::csv_line;
use super::{InputError, Source, DELIBERATE};

/// What a new record's `reason` says until the maintainer writes the real
/// one.
pub const REASON_PLACEHOLDER: &str = "<say why the table differs>";

/// One difference as `deliberate.csv` records it: which copy, which code,
/// which field, and what each side reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// The copy the table differs from.
    pub source: Source,
    /// The code.
    pub number: u16,
    /// One of [`FIELDS`].
    pub field: &'static str,
    /// What the table says (empty when it has nothing).
    pub ours: String,
    /// What the copy says (empty when it has nothing).
    pub upstream: String,
}

impl Difference {
    /// The `deliberate.csv` line that records this difference.
    pub fn record(&self, reason: &str) -> String {
        let number = self.number.to_string();
        csv_line(&[
            self.source.id(),
            &number,
            self.field,
            &self.ours,
            &self.upstream,
            reason,
        ])
    }
}

/// The fields a difference can be about.
pub const FIELDS: [&str; 6] = [
    "row",
    "phrase",
    "registration",
    "name",
    "alias_of",
    "number",
];

/// One recorded difference. It excuses a finding only while both sides
/// still read exactly as recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deliberate {
    /// The 1-based line of the record.
    pub line: u64,
    /// The line as written, for the edit that deletes it.
    pub text: String,
    /// Why the table differs.
    pub reason: String,
    /// Which copy the table differs from.
    pub source: Source,
    /// The code.
    pub number: u16,
    /// What differs: one of [`FIELDS`].
    pub field: String,
    /// What the table says (empty when it has nothing).
    pub ours: String,
    /// What the copy says (empty when it has nothing).
    pub upstream: String,
}

/// Parses the file (lines starting with `#` are comments).
pub fn parse(text: &str) -> Result<Vec<Deliberate>, Vec<InputError>> {
    let wanted = ["source", "number", "field", "ours", "upstream", "reason"];
    let help = format!("the header is `{}`", wanted.join(","));
    let records = records(DELIBERATE, text, wanted, &help)?;
    let mut parsed = Vec::new();
    let mut errors = Vec::new();
    for Record { line, text, fields } in records {
        let [source, number, field, ours, upstream, reason] = fields;
        let mut problem = |message: String, help: &str| {
            errors.push(InputError::new(DELIBERATE, Some(line), message, help));
        };
        let known = Source::ALL.into_iter().find(|s| s.id() == source);
        if known.is_none() {
            problem(
                format!("unknown source `{source}`"),
                "use iana-http, iana-websocket or starlette",
            );
        }
        let code = number.parse::<u16>().ok();
        if code.is_none() {
            problem(
                format!("`{number}` is not a code"),
                "write the code in decimal digits",
            );
        }
        if !FIELDS.contains(&field.as_str()) {
            problem(
                format!("unknown field `{field}`"),
                "use row, phrase, registration, name, alias_of or number",
            );
        }
        if reason.is_empty() {
            problem(
                "the difference has no reason".to_owned(),
                "say in `reason` why the table differs from upstream here",
            );
        }
        let (Some(source), Some(number)) = (known, code) else {
            continue;
        };
        parsed.push(Deliberate {
            line,
            text,
            reason,
            source,
            number,
            field,
            ours,
            upstream,
        });
    }
    if errors.is_empty() {
        Ok(parsed)
    } else {
        Err(errors)
    }
}
