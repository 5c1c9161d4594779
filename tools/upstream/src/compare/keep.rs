//! A release never breaks a user, so no edit the report proposes removes a
//! released name (`data/released.csv`): a row whose code IANA no longer
//! lists is marked `lapsed` or `removed` (deprecated, kept) instead of
//! deleted, and a code Starlette renames gets its new name with the old one
//! kept as an alias, in one edit with any other change the same row needs.

use std::collections::HashSet;

use super::Comparison;
use crate::deliberate::Difference;
use crate::edit::Edit;
use crate::ours::Named;
use crate::starlette::StarletteName;
use crate::{InputError, Source, RELEASED, TABLE};
use status_codes_codegen::{default_phrase, parse_released, Code, Column, Registration};

/// The released names: every `name` of `data/released.csv`.
pub(super) fn parse(text: &str) -> Result<HashSet<String>, Vec<InputError>> {
    let entries = parse_released(text).map_err(|errors| {
        let help = "restore data/released.csv from git: a release only appends to it";
        let located = errors.0.into_iter();
        located
            .map(|e| InputError::new(RELEASED, Some(e.line), e.message, help))
            .collect::<Vec<_>>()
    })?;
    Ok(entries.into_iter().map(|e| e.name).collect())
}

impl Comparison {
    /// Whether a release has shipped the row's name or one of its aliases'.
    pub(super) fn released_row(&self, code: &Code) -> bool {
        let aliases = (self.ours.table.aliases.iter())
            .filter(|a| a.number == code.number && a.target == code.name);
        self.released.contains(&code.name)
            || aliases.into_iter().any(|a| self.released.contains(&a.name))
    }

    /// The edit for a released row whose code the registry no longer lists,
    /// with the message that says why it is not a deletion.
    pub(super) fn withdraw(&self, code: &Code, why: &str) -> (Edit, String) {
        let (value, what) = match code.registration {
            Registration::Temporary { .. } => {
                (Registration::Lapsed, "its temporary registration lapsed")
            }
            _ => (Registration::Removed, "IANA removed it"),
        };
        let field = value.field();
        let message = format!(
            "{TABLE} has {} ({}), but {why}: {what}. A release has shipped its names \
             ({RELEASED}), so the row stays, marked `{field}`, and its names become deprecated",
            code.name, code.number
        );
        (
            self.ours.change(code.line, Column::Registration, &field),
            message,
        )
    }

    /// Whether `name`, which the table lacks, is the new name of a canonical
    /// row that Starlette renames (and the rename is not recorded as a
    /// deliberate difference): the rename's finding adds it.
    pub(super) fn new_name_of_rename(&self, name: &str) -> bool {
        self.names.iter().any(|old| {
            old.replacement.as_deref() == Some(name)
                && matches!(self.ours.named(&old.name), Some(Named::Code(_)))
                && !self.excuses.iter().any(|d| {
                    d.source == Source::Starlette
                        && d.number == old.value
                        && d.field == "alias_of"
                        && d.ours.is_empty()
                        && d.upstream == name
                })
        })
    }

    /// Starlette deprecates the canonical row `s` on `line` in favour of
    /// `new`, a name the table lacks: the row takes the new name and the old
    /// one stays as its alias (with the old phrase and reference), so the
    /// old constant, variant and parsed name keep working. An earlier
    /// change of the same line (IANA's new phrase) becomes part of the edit.
    pub(super) fn renamed(&mut self, s: &StarletteName, line: u64, new: &str, keep: Difference) {
        let Some(Named::Code(code)) = self.ours.named(&s.name) else {
            return;
        };
        let code = code.clone();
        let mut changes: Vec<(Column, String)> = Vec::new();
        let mut also = Vec::new();
        self.findings.retain(|f| match &f.edit {
            Edit::Change {
                file,
                line: l,
                column,
                new,
                ..
            } if *file == TABLE && *l == line => {
                let column = Column::ALL.into_iter().find(|c| c.as_str() == *column);
                changes.extend(column.map(|c| (c, new.clone())));
                also.push(f.message.clone());
                false
            }
            _ => true,
        });
        let changed = |column: Column| changes.iter().find(|(c, _)| *c == column).map(|(_, v)| v);
        // The phrase the row ends with, written only where the new name's
        // words do not give it.
        let phrase = match changed(Column::Phrase) {
            Some(p) if p.is_empty() => default_phrase(&code.name).unwrap_or_default(),
            Some(p) => p.clone(),
            None => code.phrase.clone(),
        };
        let unless_default = |name: &str, phrase: &str| {
            if default_phrase(name).as_deref() == Some(phrase) {
                String::new()
            } else {
                phrase.to_owned()
            }
        };
        let new_phrase = unless_default(new, &phrase);
        let new_line = self.ours.line_of(|column| match column {
            Column::Name => new.to_owned(),
            Column::Phrase => new_phrase.clone(),
            other => changed(other)
                .cloned()
                .unwrap_or_else(|| self.ours.field(line, other)),
        });
        let old_phrase = unless_default(&code.name, &code.phrase);
        let alias = self.ours.line_of(|column| match column {
            Column::Name => code.name.clone(),
            Column::Number => code.number.to_string(),
            Column::Category => code.category.as_str().to_owned(),
            Column::Phrase => old_phrase.clone(),
            Column::AliasOf => new.to_owned(),
            Column::Reference => self.ours.field(line, Column::Reference),
            _ => String::new(),
        });
        let edit = Edit::All(vec![
            Edit::Change {
                file: TABLE,
                line,
                column: Column::Name.as_str(),
                old: code.name.clone(),
                new: new.to_owned(),
                new_line,
            },
            Edit::Add {
                file: TABLE,
                after: line,
                after_what: new.to_owned(),
                text: alias,
            },
        ]);
        let mut message = format!(
            "{} renames {} to {new} ({}; the old name is deprecated there), but {TABLE} has the \
             old name as the canonical row: the row takes the new name and the old one stays as \
             its deprecated alias, so every released name of {} keeps working",
            Source::Starlette.title(),
            code.name,
            code.number,
            code.name,
        );
        for other in also {
            message.push_str(&format!("; the edit also makes this change: {other}"));
        }
        self.report(
            code.number,
            Source::Starlette,
            message,
            (TABLE, line),
            edit,
            Some(keep),
        );
    }
}
