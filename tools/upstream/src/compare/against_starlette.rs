//! The table against Starlette's names: every name is in the table with its
//! value, and every deprecated name is an alias of its replacement.

use super::Comparison;
use crate::deliberate::Difference;
use crate::edit::Edit;
use crate::iana::{reference_text, Registry};
use crate::ours::{kind_of_name, Named};
use crate::starlette::StarletteName;
use crate::{Source, DELIBERATE, TABLE};
use status_codes_codegen::{default_phrase, Column, Kind};

impl Comparison {
    /// Every Starlette name against the table's names; `http` and `ws` give
    /// the phrase and reference of a code the table lacks.
    pub(super) fn starlette(&mut self, http: &Registry, ws: &Registry) {
        for s in self.names.clone() {
            let found = match self.ours.named(&s.name) {
                None => None,
                Some(Named::Code(code)) => Some((code.line, code.number, None)),
                Some(Named::Alias(alias)) => {
                    Some((alias.line, alias.number, Some(alias.target.clone())))
                }
            };
            match found {
                None => {
                    let registry = match kind_of_name(&s.name) {
                        Kind::Http => http,
                        Kind::WebSocket => ws,
                    };
                    self.missing_name(&s, registry);
                }
                Some((line, number, alias_of)) => {
                    self.name_fields(&s, line, number, alias_of.as_deref());
                }
            }
        }
    }

    /// A Starlette name the table lacks: a deprecated one becomes an alias
    /// of its replacement, another one for a code the table has an alias of
    /// that code's row, and one for a new code a new canonical row.
    fn missing_name(&mut self, s: &StarletteName, registry: &Registry) {
        let (source, number, name) = (Source::Starlette, s.value, s.name.as_str());
        let title = source.title();
        let Some(keep) = self.unexcused(source, number, "name", "", name) else {
            return;
        };
        if self.new_name_of_rename(name) {
            return;
        }
        let kind = kind_of_name(name);
        let (message, edit) = match (&s.replacement, self.ours.canonical(kind, number)) {
            (Some(replacement), _) => (
                format!(
                    "{title} has the deprecated {name} ({number}, replaced by {replacement}), \
                     which {TABLE} lacks"
                ),
                self.ours
                    .add(number, self.ours.new_alias(name, number, replacement)),
            ),
            (None, Some(code)) => (
                format!(
                    "{title} names {number} {name}, which {TABLE} lacks (its row for {number} is \
                     {}); if Starlette renamed it, make {name} the canonical row and the old \
                     name its alias",
                    code.name
                ),
                self.ours
                    .add(number, self.ours.new_alias(name, number, &code.name)),
            ),
            (None, None) => {
                let assigned = registry
                    .covering(number)
                    .filter(|e| e.is_single() && !e.is_unassigned());
                let (phrase, registration, reference) = match assigned {
                    Some(e) => {
                        let (phrase, status) = e.phrase_and_status();
                        let registration = status.field().unwrap_or_default();
                        (
                            phrase.to_owned(),
                            registration,
                            reference_text(&e.reference),
                        )
                    }
                    None => (
                        default_phrase(name).unwrap_or_default(),
                        String::new(),
                        String::new(),
                    ),
                };
                let text = self
                    .ours
                    .new_row(name, number, &phrase, &reference, &registration);
                let add = self.ours.add(number, text);
                match assigned {
                    Some(_) => (
                        format!("{title} has {name} ({number}), which {TABLE} lacks"),
                        add,
                    ),
                    // Following Starlette means differing from IANA: the row
                    // and the record of that difference go in together.
                    None => {
                        let iana = Difference {
                            source: registry.source,
                            number,
                            field: "row",
                            ours: name.to_owned(),
                            upstream: registry
                                .covering(number)
                                .map_or_else(String::new, |e| e.description.clone()),
                        };
                        (
                            format!(
                                "{title} has {name} ({number}), which {TABLE} lacks; {} does not \
                                 assign {number}, so whichever side the table follows, it records \
                                 the other in {DELIBERATE}",
                                registry.source.title()
                            ),
                            Edit::All(vec![add, self.record(&iana)]),
                        )
                    }
                }
            }
        };
        self.report(
            number,
            source,
            message,
            (source.file(), s.line),
            edit,
            Some(keep),
        );
    }

    /// A Starlette name the table has, on `line`, for code `ours`, and as an
    /// alias of `alias_of` if it is one: the value and the deprecation agree.
    fn name_fields(&mut self, s: &StarletteName, line: u64, ours: u16, alias_of: Option<&str>) {
        let (source, number, name) = (Source::Starlette, s.value, s.name.as_str());
        let title = source.title();
        let (have_number, want_number) = (ours.to_string(), number.to_string());
        if ours != number {
            if let Some(keep) = self.unexcused(source, number, "number", &have_number, &want_number)
            {
                let message = format!("{name} is {ours} in {TABLE} but {number} in {title}");
                let edit = self.ours.change(line, Column::Number, &want_number);
                self.report(number, source, message, (TABLE, line), edit, Some(keep));
            }
        }
        let have = alias_of.unwrap_or_default();
        let want = s.replacement.as_deref().unwrap_or_default();
        if have == want {
            return;
        }
        let Some(keep) = self.unexcused(source, number, "alias_of", have, want) else {
            return;
        };
        if have.is_empty() && self.ours.named(want).is_none() {
            return self.renamed(s, line, want, keep);
        }
        let message = if have.is_empty() {
            format!("{title} deprecates {name} in favour of {want}, but {TABLE} has it as a canonical row")
        } else if want.is_empty() {
            format!("{title} does not deprecate {name}, but {TABLE} makes it an alias of {have}")
        } else {
            format!("{title} replaces {name} with {want}, but {TABLE} makes it an alias of {have}")
        };
        let edit = self.ours.change(line, Column::AliasOf, want);
        self.report(number, source, message, (TABLE, line), edit, Some(keep));
    }
}
