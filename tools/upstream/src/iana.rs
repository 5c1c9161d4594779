//! IANA's registry CSV files: a value (`404`) or a range (`105-199`), a
//! description, a reference, found by the header's column names.

use status_codes_codegen::Registration;

use super::columns::{records, Record};
use super::{InputError, Source};

/// The columns a registry file must have: value, description, reference.
fn columns(source: Source) -> [&'static str; 3] {
    match source {
        Source::IanaWebSocket => ["Status Code", "Meaning", "Reference"],
        _ => ["Value", "Description", "Reference"],
    }
}

/// One row of a registry: a single code or a range of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistryEntry {
    /// The 1-based line of the row.
    pub line: u64,
    /// The first code of the row.
    pub first: u16,
    /// The last code of the row (`first` for a single code).
    pub last: u16,
    /// The description as written, status notes included.
    pub description: String,
    /// The reference as written, `[RFC9110, Section 15.5.5]`.
    pub reference: String,
}

/// How the registry lists a code: the note at the end of its description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// No note.
    Permanent,
    /// `(TEMPORARY - ... expires 2026-11-13)`, and the date if it gives one.
    Temporary {
        /// The expiry date, `YYYY-MM-DD`.
        expires: Option<String>,
    },
    /// `(OBSOLETED)`.
    Obsoleted,
    /// A note in capitals that this comparison does not know, as written.
    Other(String),
}

impl Status {
    /// The registration this says, or `None` when no registration can (an
    /// unknown note, a missing date).
    pub fn registration(&self) -> Option<Registration> {
        match self {
            Status::Permanent => Some(Registration::Permanent),
            Status::Temporary {
                expires: Some(date),
            } => Some(Registration::Temporary {
                expires: date.clone(),
            }),
            Status::Obsoleted => Some(Registration::Obsoleted),
            Status::Temporary { expires: None } | Status::Other(_) => None,
        }
    }

    /// The `registration` field of `data/status.csv` that says the same, or
    /// `None` when no field value can; the generator owns its spelling.
    pub fn field(&self) -> Option<String> {
        self.registration().map(|registration| registration.field())
    }
}

impl RegistryEntry {
    /// Whether the row is one code rather than a range.
    pub fn is_single(&self) -> bool {
        self.first == self.last
    }

    /// Whether the row leaves its codes unassigned.
    pub fn is_unassigned(&self) -> bool {
        self.description.trim().eq_ignore_ascii_case("Unassigned")
    }

    /// `105-199` or `404`, as the registry writes the value.
    pub fn value(&self) -> String {
        if self.is_single() {
            self.first.to_string()
        } else {
            format!("{}-{}", self.first, self.last)
        }
    }

    /// The phrase and the status the description gives: `Not Extended` and
    /// `Obsoleted` for `Not Extended (OBSOLETED)`.
    pub fn phrase_and_status(&self) -> (&str, Status) {
        split_note(&self.description)
    }
}

/// Splits a status note off a description. A note is a final parenthesis
/// after the phrase whose first word is in capitals: `(TEMPORARY - ...)`,
/// `(OBSOLETED)`. `(Unused)` on its own is a phrase, not a note.
pub fn split_note(description: &str) -> (&str, Status) {
    let text = description.trim();
    let Some(open) = text.rfind(" (").filter(|_| text.ends_with(')')) else {
        return (text, Status::Permanent);
    };
    let note = &text[open + 2..text.len() - 1];
    let word: &str = note
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    if word.len() < 2 || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return (text, Status::Permanent);
    }
    let status = match word {
        "TEMPORARY" => Status::Temporary {
            expires: note.split("expires ").nth(1).map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_digit() || *c == '-')
                    .collect()
            }),
        },
        "OBSOLETED" => Status::Obsoleted,
        _ => Status::Other(note.to_owned()),
    };
    (text[..open].trim_end(), status)
}

/// A registry copy, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registry {
    /// Which registry.
    pub source: Source,
    /// Its rows, in file order.
    pub entries: Vec<RegistryEntry>,
}

impl Registry {
    /// Parses a registry copy, or says every row it cannot read.
    pub fn parse(source: Source, text: &str) -> Result<Registry, Vec<InputError>> {
        let file = source.file();
        let help = format!(
            "{} has the columns {}; if IANA renamed one, update `columns` in tools/upstream/src/iana.rs",
            source.title(),
            columns(source).join(", ")
        );
        let records = records(file, text, columns(source), &help)?;
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        for Record { line, fields, .. } in records {
            let [value, description, reference] = fields;
            match parse_value(&value) {
                Some((first, last)) => entries.push(RegistryEntry {
                    line,
                    first,
                    last,
                    description,
                    reference,
                }),
                None => errors.push(InputError::new(
                    file,
                    Some(line),
                    format!("`{value}` is not a code or a range of codes"),
                    "IANA writes a value as `404` or a range as `105-199`",
                )),
            }
        }
        if errors.is_empty() {
            Ok(Registry { source, entries })
        } else {
            Err(errors)
        }
    }

    /// The rows that assign one code: every single value but `Unassigned`.
    pub fn assigned(&self) -> impl Iterator<Item = &RegistryEntry> {
        self.entries
            .iter()
            .filter(|e| e.is_single() && !e.is_unassigned())
    }

    /// The row that says what `number` is: its own row if it has one (a new
    /// code may be added before the range it splits is), else the range.
    pub fn covering(&self, number: u16) -> Option<&RegistryEntry> {
        let mut covering = self
            .entries
            .iter()
            .filter(|e| (e.first..=e.last).contains(&number));
        let first = covering.next()?;
        Some(
            std::iter::once(first)
                .chain(covering)
                .find(|e| e.is_single())
                .unwrap_or(first),
        )
    }
}

/// `404` or `105-199` (first at most last).
fn parse_value(value: &str) -> Option<(u16, u16)> {
    let number = |s: &str| {
        let s = s.trim();
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    match value.split_once('-') {
        None => number(value).map(|n| (n, n)),
        Some((first, last)) => {
            let (first, last) = (number(first)?, number(last)?);
            (first <= last).then_some((first, last))
        }
    }
}

/// An IANA reference as `data/status.csv` writes one: `[RFC9110, Section
/// 15.5.20]` becomes `RFC 9110, Section 15.5.20`, several bracketed
/// references are joined with `; `.
pub fn reference_text(reference: &str) -> String {
    // The text inside each `[...]`; a reference without brackets is one part.
    let mut parts: Vec<&str> = reference
        .split('[')
        .skip(1)
        .filter_map(|part| part.split_once(']').map(|(inside, _)| inside))
        .collect();
    if parts.is_empty() && !reference.trim().is_empty() {
        parts.push(reference.trim());
    }
    parts
        .iter()
        .map(|part| {
            let part = part.trim();
            match part.strip_prefix("RFC") {
                Some(after) if after.starts_with(|c: char| c.is_ascii_digit()) => {
                    format!("RFC {after}")
                }
                _ => part.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}
