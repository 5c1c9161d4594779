//! `data/status.csv` as the comparison sees it: the generator's validated
//! [`Table`], plus what an edit needs (each row as written, the header's
//! column order), and the lines of new rows in that order.

use std::collections::HashMap;

use super::edit::{csv_line, Edit};
use super::{InputError, TABLE};
use status_codes_codegen::{
    default_phrase, read_rows, validate, Alias, Category, Code, Column, Errors, Kind, Row, Table,
};

/// `data/status.csv` as the generator reads it, plus what the edits need:
/// each row as written, and the header's column order.
pub(crate) struct Ours {
    pub(crate) table: Table,
    rows: HashMap<u64, Row>,
    header: Vec<Option<Column>>,
    header_line: u64,
}

/// A name in the table: a canonical row or an alias.
pub(crate) enum Named<'a> {
    Code(&'a Code),
    Alias(&'a Alias),
}

impl Ours {
    pub(crate) fn parse(text: &str) -> Result<Ours, Vec<InputError>> {
        // The build reports these too; the comparison needs a valid table.
        let build_errors = |errors: Errors| -> Vec<InputError> {
            let help = "fix data/status.csv first: `cargo build` shows every error";
            let located = errors.0.into_iter();
            located
                .map(|e| InputError::new(TABLE, Some(e.line), e.message, help))
                .collect()
        };
        let rows = read_rows(text.as_bytes()).map_err(build_errors)?;
        let by_line: HashMap<u64, Row> = rows.rows.iter().map(|r| (r.line, r.clone())).collect();
        let (header_line, header) = (rows.header_line, rows.header.clone());
        let table = validate(rows).map_err(build_errors)?;
        Ok(Ours {
            table,
            rows: by_line,
            header,
            header_line,
        })
    }

    /// The field of `column` on `line` as written, or empty.
    pub(crate) fn field(&self, line: u64, column: Column) -> String {
        self.rows
            .get(&line)
            .and_then(|row| row.get(column))
            .unwrap_or_default()
            .to_owned()
    }

    pub(crate) fn line_text(&self, line: u64) -> String {
        self.rows
            .get(&line)
            .map(|row| row.line_text.trim_end().to_owned())
            .unwrap_or_default()
    }

    /// A CSV line of the given fields, in the header's column order.
    pub(crate) fn line_of(&self, value: impl Fn(Column) -> String) -> String {
        let fields: Vec<String> = self
            .header
            .iter()
            .map(|column| column.map(&value).unwrap_or_default())
            .collect();
        csv_line(&fields)
    }

    /// An edit that sets `column` of the row on `line` to `new`.
    pub(crate) fn change(&self, line: u64, column: Column, new: &str) -> Edit {
        let new_line = self.line_of(|c| {
            if c == column {
                new.to_owned()
            } else {
                self.field(line, c)
            }
        });
        Edit::Change {
            file: TABLE,
            line,
            column: column.as_str(),
            old: self.field(line, column),
            new: new.to_owned(),
            new_line,
        }
    }

    /// An edit that adds `text` where a row numbered `number` belongs: after
    /// the last row with a number up to `number` (for a new canonical row
    /// there is none with the same number; an alias goes after its target).
    pub(crate) fn add(&self, number: u16, text: String) -> Edit {
        let before = |row: &&Row| {
            let n: u16 = row
                .get(Column::Number)
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            n <= number
        };
        let (after, after_what) = self
            .rows
            .values()
            .filter(before)
            .max_by_key(|row| row.line)
            .map_or((self.header_line, "the header".to_owned()), |row| {
                (
                    row.line,
                    row.get(Column::Name).unwrap_or_default().to_owned(),
                )
            });
        Edit::Add {
            file: TABLE,
            after,
            after_what,
            text,
        }
    }

    /// A new canonical row: the phrase only where `name`'s words do not
    /// already give it.
    pub(crate) fn new_row(
        &self,
        name: &str,
        number: u16,
        phrase: &str,
        reference: &str,
        registration: &str,
    ) -> String {
        let phrase = if default_phrase(name).as_deref() == Some(phrase) {
            ""
        } else {
            phrase
        };
        self.new_line(
            name,
            number,
            &[
                (Column::Phrase, phrase),
                (Column::Reference, reference),
                (Column::Registration, registration),
            ],
        )
    }

    /// A new alias row: `name` for `number`, an alias of `target`.
    pub(crate) fn new_alias(&self, name: &str, number: u16, target: &str) -> String {
        self.new_line(name, number, &[(Column::AliasOf, target)])
    }

    /// A new row: its name, number and category, and the `optional` fields.
    fn new_line(&self, name: &str, number: u16, optional: &[(Column, &str)]) -> String {
        let category = Category::of(number).map_or("", Category::as_str);
        self.line_of(|column| match column {
            Column::Name => name.to_owned(),
            Column::Number => number.to_string(),
            Column::Category => category.to_owned(),
            other => optional
                .iter()
                .find(|(c, _)| *c == other)
                .map_or_else(String::new, |(_, value)| (*value).to_owned()),
        })
    }

    pub(crate) fn canonical(&self, kind: Kind, number: u16) -> Option<&Code> {
        self.table.codes(kind).iter().find(|c| c.number == number)
    }

    pub(crate) fn named(&self, name: &str) -> Option<Named<'_>> {
        let code = self.table.http.iter().chain(&self.table.ws);
        if let Some(code) = code.into_iter().find(|c| c.name == name) {
            return Some(Named::Code(code));
        }
        self.table
            .aliases
            .iter()
            .find(|a| a.name == name)
            .map(Named::Alias)
    }
}

/// How a `registration` field reads in a message.
pub(crate) fn describe_registration(field: &str) -> String {
    if field.is_empty() {
        "permanent".to_owned()
    } else {
        field.to_owned()
    }
}

/// The constant name a phrase gives: `HTTP_599_NETWORK_CONNECT_TIMEOUT` for
/// 599 `Network Connect Timeout`, `HTTP_418_IM_A_TEAPOT` for `I'm a teapot`.
pub fn name_for(kind: Kind, number: u16, phrase: &str) -> String {
    let upper: String = phrase
        .chars()
        .filter(|&c| c != '\'')
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    let words: Vec<&str> = upper.split('_').filter(|w| !w.is_empty()).collect();
    format!("{}{number}_{}", kind.prefix(), words.join("_"))
}

pub(crate) fn kind_of_name(name: &str) -> Kind {
    if name.starts_with(Kind::WebSocket.prefix()) {
        Kind::WebSocket
    } else {
        Kind::Http
    }
}
