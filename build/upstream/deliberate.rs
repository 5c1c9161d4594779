//! `data/upstream/deliberate.csv`: the differences from an upstream copy
//! that the table keeps on purpose, each with its reason.

use super::{InputError, Source, DELIBERATE};

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
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_owned()).collect(),
        Err(err) => {
            return Err(vec![InputError::new(
                DELIBERATE,
                None,
                err.to_string(),
                "fix the CSV quoting",
            )])
        }
    };
    let wanted = ["source", "number", "field", "ours", "upstream", "reason"];
    let mut index = [0; 6];
    let mut errors = Vec::new();
    for (slot, name) in index.iter_mut().zip(wanted) {
        match header.iter().position(|h| h == name) {
            Some(i) => *slot = i,
            None => errors.push(InputError::new(
                DELIBERATE,
                None,
                format!("the header has no `{name}` column"),
                format!("the header is `{}`", wanted.join(",")),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut records = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map(|p| p.line());
                errors.push(InputError::new(
                    DELIBERATE,
                    line,
                    err.to_string(),
                    "fix the CSV quoting",
                ));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(index[i]).unwrap_or_default().trim().to_owned();
        let mut problem = |message: String, help: &str| {
            errors.push(InputError::new(DELIBERATE, Some(line), message, help));
        };
        let source = Source::ALL.into_iter().find(|s| s.id() == field(0));
        let number = field(1).parse::<u16>().ok();
        let what = field(2);
        if source.is_none() {
            problem(
                format!("unknown source `{}`", field(0)),
                "use iana-http, iana-websocket or starlette",
            );
        }
        if number.is_none() {
            problem(
                format!("`{}` is not a code", field(1)),
                "write the code in decimal digits",
            );
        }
        if !FIELDS.contains(&what.as_str()) {
            problem(
                format!("unknown field `{what}`"),
                "use row, phrase, registration, name, alias_of or number",
            );
        }
        if field(5).is_empty() {
            problem(
                "the difference has no reason".to_owned(),
                "say in `reason` why the table differs from upstream here",
            );
        }
        let (Some(source), Some(number)) = (source, number) else {
            continue;
        };
        records.push(Deliberate {
            line,
            text: lines
                .get(line as usize - 1)
                .copied()
                .unwrap_or_default()
                .to_owned(),
            source,
            number,
            field: what,
            ours: field(3),
            upstream: field(4),
        });
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(errors)
    }
}
