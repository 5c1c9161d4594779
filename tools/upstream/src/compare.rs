//! The rules: every code IANA assigns has a canonical row with IANA's phrase
//! and registration status, no row claims a code IANA does not assign, every
//! Starlette name is in the table with its value, and every deprecated
//! Starlette name is an alias of its replacement. A difference recorded in
//! `deliberate.csv` is excused while both sides read as recorded; a record
//! that excuses nothing is itself reported.

mod against_iana;
mod against_starlette;
mod keep;

use super::deliberate::{self, Deliberate, Difference, REASON_PLACEHOLDER};
use super::edit::{Alternative, Edit, Finding};
use super::iana::Registry;
use super::ours::{kind_of_name, name_for, Ours};
use super::starlette::{self, StarletteName};
use super::{InputError, Inputs, Source, DELIBERATE, TABLE};
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
    let released = keep(&mut errors, self::keep::parse(&inputs.released));
    let (Some(ours), Some(http), Some(ws), Some(names), Some(excuses), Some(released)) =
        (ours, http, ws, names, excuses, released)
    else {
        return Err(errors);
    };
    let mut cx = Comparison {
        ours,
        names,
        used: vec![false; excuses.len()],
        excuses,
        deliberate_end: end_of(&inputs.deliberate),
        released,
        findings: Vec::new(),
    };
    cx.registry(&http, Kind::Http);
    cx.registry(&ws, Kind::WebSocket);
    cx.starlette(&http, &ws);
    cx.stale();
    Ok(cx.findings)
}

/// The last line of `text` that is not blank: its number and its text.
fn end_of(text: &str) -> (u64, String) {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .last()
        .map_or((0, String::new()), |(i, line)| {
            (i as u64 + 1, line.to_owned())
        })
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
    /// The last line of `deliberate.csv` and its text, to add records after.
    deliberate_end: (u64, String),
    /// The names of `data/released.csv`: a row with one is never deleted.
    released: std::collections::HashSet<String>,
    findings: Vec<Finding>,
}

impl Comparison {
    /// The difference, unless `deliberate.csv` records it (then the record
    /// is marked used): what the finding about it offers to record.
    fn unexcused(
        &mut self,
        source: Source,
        number: u16,
        field: &'static str,
        ours: &str,
        upstream: &str,
    ) -> Option<Difference> {
        let found = self.excuses.iter().position(|d| {
            d.source == source
                && d.number == number
                && d.field == field
                && d.ours == ours
                && d.upstream == upstream
        });
        match found {
            Some(i) => {
                self.used[i] = true;
                None
            }
            None => Some(Difference {
                source,
                number,
                field,
                ours: ours.to_owned(),
                upstream: upstream.to_owned(),
            }),
        }
    }

    /// Records a finding, with the difference a record could keep, unless
    /// an earlier one already asks for the same edit (a row both IANA and
    /// Starlette have is added once).
    fn report(
        &mut self,
        number: u16,
        source: Source,
        message: String,
        (file, line): (&'static str, u64),
        edit: Edit,
        keep: Option<Difference>,
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
            alternative: keep.map(Alternative::Keep),
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

    /// The edit that adds `difference` to `deliberate.csv` as a record, with
    /// the placeholder for its reason.
    fn record(&self, difference: &Difference) -> Edit {
        let (after, after_what) = self.deliberate_end.clone();
        Edit::Add {
            file: DELIBERATE,
            after,
            after_what,
            text: difference.record(REASON_PLACEHOLDER),
        }
    }

    /// The records of `deliberate.csv` that excused nothing. A record that
    /// names a difference the comparison found, but with other sides, is
    /// what the maintainer meant to keep: the finding becomes the record as
    /// it would have to read. Any other is a line to delete.
    fn stale(&mut self) {
        for (record, used) in self.excuses.clone().into_iter().zip(self.used.clone()) {
            if used {
                continue;
            }
            // The difference the record names, with other sides; failing
            // that, one of its code that the record would name but for a
            // mistyped source, or a mistyped field with both sides right.
            let keeps = |f: &Finding, exact: bool| match &f.alternative {
                Some(Alternative::Keep(d)) if d.number == record.number => {
                    let (source, field) = (d.source == record.source, d.field == record.field);
                    let sides = d.ours == record.ours && d.upstream == record.upstream;
                    if exact {
                        source && field
                    } else {
                        field || (source && sides)
                    }
                }
                _ => false,
            };
            let found = (self.findings.iter().position(|f| keeps(f, true)))
                .or_else(|| self.findings.iter().position(|f| keeps(f, false)));
            match found {
                Some(i) => self.mismatched(i, &record),
                None => self.unused(&record),
            }
        }
    }

    /// The record for the difference of finding `i` reads otherwise.
    fn mismatched(&mut self, i: usize, record: &Deliberate) {
        let Some(Alternative::Keep(difference)) = self.findings[i].alternative.clone() else {
            return self.unused(record);
        };
        let finding = self.findings.remove(i);
        let named = if (difference.source, difference.field) == (record.source, &*record.field) {
            String::new()
        } else {
            format!(" with {}", difference.source.id())
        };
        let message = format!(
            "line {} of {DELIBERATE} records the difference in `{}` of {} with {} as ours \"{}\", \
             upstream \"{}\", but the difference is in `{}`{named}, ours \"{}\", upstream \"{}\" ({})",
            record.line,
            record.field,
            record.number,
            record.source.id(),
            record.ours,
            record.upstream,
            difference.field,
            difference.ours,
            difference.upstream,
            finding.message,
        );
        self.findings.push(Finding {
            number: record.number,
            source: record.source,
            message,
            file: DELIBERATE,
            line: record.line,
            edit: Edit::Replace {
                file: DELIBERATE,
                line: record.line,
                old: record.text.clone(),
                new: difference.record(&record.reason),
            },
            alternative: Some(Alternative::Follow {
                edit: finding.edit,
                line: record.line,
            }),
        });
    }

    /// The record names no difference the comparison found.
    fn unused(&mut self, record: &Deliberate) {
        let message = format!(
            "the deliberate difference recorded for {} ({}, `{}`: ours \"{}\", upstream \"{}\") \
             no longer occurs: in `{}`, {} and {} agree on {}",
            record.number,
            record.source.id(),
            record.field,
            record.ours,
            record.upstream,
            record.field,
            TABLE,
            record.source.title(),
            record.number,
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
            (DELIBERATE, record.line),
            edit,
            None,
        );
    }
}
