//! The rules: every code IANA assigns has a canonical row with IANA's phrase
//! and registration status, no row claims a code IANA does not assign, every
//! Starlette name is in the table with its value, and every deprecated
//! Starlette name is an alias of its replacement. A difference recorded in
//! `deliberate.csv` is excused while both sides read as recorded; a record
//! that excuses nothing is itself reported.

mod against_iana;
mod against_starlette;

use super::deliberate::{self, Deliberate};
use super::edit::{Edit, Finding};
use super::iana::Registry;
use super::ours::{kind_of_name, name_for, Ours};
use super::starlette::{self, StarletteName};
use super::{InputError, Inputs, Source, DELIBERATE};
use status_codes_codegen::Kind;

/// Compares the table with the three copies: every finding, or, when a file
/// cannot be read as expected, every problem with the files.
pub fn compare(inputs: &Inputs) -> Result<Vec<Finding>, Vec<InputError>> {
    let mut errors = Vec::new();
    let ours = keep(&mut errors, Ours::parse(&inputs.table));
    let http = keep(
        &mut errors,
        Registry::parse(Source::IanaHttp, &inputs.iana_http),
    );
    let ws = keep(
        &mut errors,
        Registry::parse(Source::IanaWebSocket, &inputs.iana_websocket),
    );
    let names = keep(&mut errors, starlette::parse(&inputs.starlette));
    let excuses = keep(&mut errors, deliberate::parse(&inputs.deliberate));
    let (Some(ours), Some(http), Some(ws), Some(names), Some(excuses)) =
        (ours, http, ws, names, excuses)
    else {
        return Err(errors);
    };
    let mut cx = Comparison {
        ours,
        names,
        used: vec![false; excuses.len()],
        excuses,
        findings: Vec::new(),
    };
    cx.registry(&http, Kind::Http);
    cx.registry(&ws, Kind::WebSocket);
    cx.starlette(&http, &ws);
    cx.stale();
    Ok(cx.findings)
}

/// The value, or `None` after adding its errors to `errors`.
fn keep<T>(errors: &mut Vec<InputError>, result: Result<T, Vec<InputError>>) -> Option<T> {
    result.map_err(|e| errors.extend(e)).ok()
}

/// The state of one comparison: the inputs, which records of
/// `deliberate.csv` excused something, and the findings so far.
struct Comparison {
    ours: Ours,
    names: Vec<StarletteName>,
    excuses: Vec<Deliberate>,
    used: Vec<bool>,
    findings: Vec<Finding>,
}

impl Comparison {
    /// Whether `deliberate.csv` records this difference; marks the record used.
    fn excused(
        &mut self,
        source: Source,
        number: u16,
        field: &str,
        ours: &str,
        upstream: &str,
    ) -> bool {
        let found = self.excuses.iter().position(|d| {
            d.source == source
                && d.number == number
                && d.field == field
                && d.ours == ours
                && d.upstream == upstream
        });
        if let Some(i) = found {
            self.used[i] = true;
        }
        found.is_some()
    }

    /// Records a finding, unless an earlier one already asks for the same
    /// edit (a row both IANA and Starlette have is added once).
    fn report(
        &mut self,
        number: u16,
        source: Source,
        message: String,
        file: &'static str,
        line: u64,
        edit: Edit,
    ) {
        if self.findings.iter().any(|f| f.edit == edit) {
            return;
        }
        self.findings.push(Finding {
            number,
            source,
            message,
            file,
            line,
            edit,
        });
    }

    /// The name a new canonical row for `number` gets: Starlette's, if it
    /// has one, else the words of the registry's phrase.
    fn name_of_new(&self, kind: Kind, number: u16, phrase: &str) -> String {
        self.names
            .iter()
            .find(|s| s.value == number && s.replacement.is_none() && kind_of_name(&s.name) == kind)
            .map_or_else(|| name_for(kind, number, phrase), |s| s.name.clone())
    }

    /// The records of `deliberate.csv` that excused nothing.
    fn stale(&mut self) {
        for (record, used) in self.excuses.clone().into_iter().zip(self.used.clone()) {
            if used {
                continue;
            }
            let message = format!(
                "the deliberate difference recorded for {} ({}, `{}`: ours \"{}\", upstream \"{}\") no longer occurs",
                record.number,
                record.source.id(),
                record.field,
                record.ours,
                record.upstream
            );
            let edit = Edit::Delete {
                file: DELIBERATE,
                line: record.line,
                text: record.text.clone(),
            };
            self.report(
                record.number,
                record.source,
                message,
                DELIBERATE,
                record.line,
                edit,
            );
        }
    }
}
