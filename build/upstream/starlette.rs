//! The Starlette copy: `name,value,replacement`, one row per name that
//! `starlette.status` exposes.

use super::{InputError, Source};

/// One name of `starlette.status`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StarletteName {
    /// The 1-based line of the row.
    pub line: u64,
    /// `HTTP_404_NOT_FOUND`.
    pub name: String,
    /// Its value, `404`.
    pub value: u16,
    /// For a deprecated name, the name that replaces it.
    pub replacement: Option<String>,
}

/// Parses the copy, or says every row it cannot read.
pub fn parse(text: &str) -> Result<Vec<StarletteName>, Vec<InputError>> {
    let file = Source::Starlette.file();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|h| h.trim().to_owned()).collect(),
        Err(err) => {
            return Err(vec![InputError::new(
                file,
                Some(1),
                err.to_string(),
                "fix the CSV quoting",
            )])
        }
    };
    let mut index = [0; 3];
    let mut errors = Vec::new();
    for (slot, wanted) in index.iter_mut().zip(["name", "value", "replacement"]) {
        match header.iter().position(|h| h == wanted) {
            Some(i) => *slot = i,
            None => errors.push(InputError::new(
                file,
                Some(1),
                format!("the header has no `{wanted}` column (it is `{}`)", header.join(",")),
                "the file's header is `name,value,replacement`, as scripts/refresh-upstream.py writes it",
            )),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut names = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(err) => {
                let line = err.position().map(|p| p.line());
                errors.push(InputError::new(
                    file,
                    line,
                    err.to_string(),
                    "fix the CSV quoting",
                ));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or_default().trim();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let Ok(value) = field(index[1]).parse::<u16>() else {
            errors.push(InputError::new(
                file,
                Some(line),
                format!(
                    "the value of {} is `{}`, not a code",
                    field(index[0]),
                    field(index[1])
                ),
                "each row is a name, its integer value, and its replacement if it is deprecated",
            ));
            continue;
        };
        let replacement = Some(field(index[2]).to_owned()).filter(|r| !r.is_empty());
        names.push(StarletteName {
            line,
            name: field(index[0]).to_owned(),
            value,
            replacement,
        });
    }
    if errors.is_empty() {
        Ok(names)
    } else {
        Err(errors)
    }
}
