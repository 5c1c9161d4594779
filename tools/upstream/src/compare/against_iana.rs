//! The table against an IANA registry: every code the registry assigns has
//! a canonical row with the registry's phrase and registration status, and
//! no row claims a code the registry does not assign.

use super::Comparison;
use crate::edit::Edit;
use crate::iana::{reference_text, Registry, RegistryEntry, Status};
use crate::ours::describe_registration;
use crate::TABLE;
use status_codes_codegen::{default_phrase, Alias, Code, Column, Kind};

impl Comparison {
    /// One IANA registry against the rows of its kind.
    pub(super) fn registry(&mut self, registry: &Registry, kind: Kind) {
        for entry in registry.assigned() {
            match self.ours.canonical(kind, entry.first).cloned() {
                None => self.missing_code(registry, kind, entry),
                Some(code) => {
                    let (phrase, status) = entry.phrase_and_status();
                    self.phrase(registry, phrase, &code);
                    self.registration(registry, entry, &status, &code);
                }
            }
        }
        let codes: Vec<Code> = self.ours.table.codes(kind).to_vec();
        for code in codes {
            let covering = registry.covering(code.number);
            if !covering.is_some_and(|e| e.is_single() && !e.is_unassigned()) {
                self.unassigned(registry, covering, &code);
            }
        }
    }

    /// A code the registry assigns and the table lacks: the line to add.
    fn missing_code(&mut self, registry: &Registry, kind: Kind, entry: &RegistryEntry) {
        let (source, number) = (registry.source, entry.first);
        let (phrase, status) = entry.phrase_and_status();
        let Some(keep) = self.unexcused(source, number, "row", "", phrase) else {
            return;
        };
        let name = self.name_of_new(kind, number, phrase);
        let reference = reference_text(&entry.reference);
        let registration = status.field().unwrap_or_default();
        let text = self
            .ours
            .new_row(&name, number, phrase, &reference, &registration);
        let edit = self.ours.add(number, text);
        let message = format!(
            "{number} {phrase} is in {} but has no row in {TABLE}",
            source.title()
        );
        self.report(
            number,
            source,
            message,
            (source.file(), entry.line),
            edit,
            Some(keep),
        );
    }

    /// The row's phrase against the registry's (its status note removed).
    fn phrase(&mut self, registry: &Registry, phrase: &str, code: &Code) {
        let (source, number) = (registry.source, code.number);
        if code.phrase == phrase {
            return;
        }
        let Some(keep) = self.unexcused(source, number, "phrase", &code.phrase, phrase) else {
            return;
        };
        // Leave the field empty where the name's words give the phrase.
        let new = if default_phrase(&code.name).as_deref() == Some(phrase) {
            ""
        } else {
            phrase
        };
        let message = format!(
            "the phrase of {number} is \"{}\" in {TABLE} but \"{phrase}\" in {}",
            code.phrase,
            source.title()
        );
        let edit = self.ours.change(code.line, Column::Phrase, new);
        self.report(
            number,
            source,
            message,
            (TABLE, code.line),
            edit,
            Some(keep),
        );
    }

    /// The row's `registration` against the registry's status note, which
    /// `entry` (for its line) ends with.
    fn registration(
        &mut self,
        registry: &Registry,
        entry: &RegistryEntry,
        status: &Status,
        code: &Code,
    ) {
        let (source, number) = (registry.source, code.number);
        let have = code.registration.field();
        let Some(want) = status.field() else {
            let note = match status {
                Status::Other(note) => note.clone(),
                _ => "TEMPORARY, with no expiry date".to_owned(),
            };
            let Some(keep) = self.unexcused(source, number, "registration", &have, &note) else {
                return;
            };
            let message = format!(
                "{} lists {number} with the note ({note}), which no `registration` value says",
                source.title()
            );
            let edit = Edit::ByHand(format!(
                "read the registry's entry for {number} ({}:{}); a new kind of note needs a \
                 new `registration` value (its spelling in `Registration` in \
                 codegen/src/model.rs, its parsing in codegen/src/checks.rs, the library's \
                 src/registration.rs) and a case in `split_note` and `Status` \
                 (tools/upstream/src/iana.rs)",
                source.file(),
                entry.line
            ));
            self.report(
                number,
                source,
                message,
                (source.file(), entry.line),
                edit,
                Some(keep),
            );
            return;
        };
        if want == have {
            return;
        }
        let Some(keep) = self.unexcused(source, number, "registration", &have, &want) else {
            return;
        };
        let message = format!(
            "{number} is {} in {TABLE} but {} in {}",
            describe_registration(&have),
            describe_registration(&want),
            source.title()
        );
        let edit = self.ours.change(code.line, Column::Registration, &want);
        self.report(
            number,
            source,
            message,
            (TABLE, code.line),
            edit,
            Some(keep),
        );
    }

    /// A row whose code the registry leaves unassigned (`covering` says how)
    /// or does not list: the row and its aliases are lines to delete, unless
    /// a release has shipped them (`compare/keep.rs`). A row marked `lapsed`
    /// or `removed` says so already.
    fn unassigned(&mut self, registry: &Registry, covering: Option<&RegistryEntry>, code: &Code) {
        if code.registration.is_withdrawn() {
            return;
        }
        let (source, number, title) = (registry.source, code.number, registry.source.title());
        let upstream = covering.map_or("", |e| e.description.as_str());
        let Some(keep) = self.unexcused(source, number, "row", &code.name, upstream) else {
            return;
        };
        let why = match covering {
            Some(e) => format!(
                "{title} lists {} as \"{}\" ({}:{})",
                e.value(),
                e.description,
                source.file(),
                e.line
            ),
            None => format!("{title} does not list {number}"),
        };
        if self.released_row(code) {
            let (edit, message) = self.withdraw(code, &why);
            let at = (TABLE, code.line);
            return self.report(number, source, message, at, edit, Some(keep));
        }
        let message = format!("{TABLE} has {} ({number}), but {why}", code.name);
        let edit = Edit::Delete {
            file: TABLE,
            line: code.line,
            text: self.ours.line_text(code.line),
        };
        self.report(
            number,
            source,
            message,
            (TABLE, code.line),
            edit,
            Some(keep),
        );
        let aliases: Vec<Alias> = self
            .ours
            .table
            .aliases
            .iter()
            .filter(|a| a.number == number)
            .cloned()
            .collect();
        for alias in aliases {
            let message = format!(
                "{TABLE} has {}, an old name of {} ({number}), which goes with it",
                alias.name, code.name
            );
            let edit = Edit::Delete {
                file: TABLE,
                line: alias.line,
                text: self.ours.line_text(alias.line),
            };
            self.report(number, source, message, (TABLE, alias.line), edit, None);
        }
    }
}
