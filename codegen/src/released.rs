//! The names every release has shipped, `data/released.csv`, held against
//! the table: a released name may be deprecated, never removed or renamed
//! away. Not part of the build (the build makes what the table says); the
//! library's `tests/released.rs` runs the check and, at a release, appends
//! the new names with [`updated_released`].
//!
//! One line per row of the table: `name` is released as the `status::`
//! constant, the typed constant and a parseable name; `variant` as a name of
//! the enum (a variant, or for an alias row the deprecated constant its name
//! gives).

use super::category::Category;
use super::columns::Column;
use super::error::{Error, Errors, Problem};
use super::model::Table;
use super::names::check_name;
use super::read::read_rows;
use super::validate::validate;
use super::{Kind, CSV_PATH};

/// Where the list of released names is, relative to the crate root.
pub const RELEASED_PATH: &str = "data/released.csv";

/// The header row of the list.
const HEADER: &str = "name,variant";

/// What a new list starts with, before its header.
const PREAMBLE: &str = "\
# Every public name a release of status-codes has shipped, one line per row of
# data/status.csv. `name` is released as the constant `status::NAME`, the typed
# constant (`Status::NAME`, `CloseCode::NAME`) and a name that parses;
# `variant` as `HttpStatus::VARIANT` (`WsCloseCode::VARIANT`): a variant, or
# for an alias row the deprecated constant its name gives. tests/released.rs
# fails when one of them is gone. Never edit or delete a line; a release
# appends its new names with:
#     UPDATE_RELEASED=1 cargo test -p status-codes --test released
# See CONTRIBUTING.md, \"A release never breaks a user\".
";

/// One line of the list: a name and the variant released with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Released {
    /// The line it is on.
    pub line: u64,
    /// The constant's name, `HTTP_404_NOT_FOUND`.
    pub name: String,
    /// The enum's name for it, `NotFound`.
    pub variant: String,
    line_text: String,
}

/// Reads the list: comments (`#`) and blank lines skipped, the header
/// `name,variant`, then one name and its variant per line.
pub fn parse_released(text: &str) -> Result<Vec<Released>, Errors> {
    let mut errors = Vec::new();
    let mut entries = Vec::new();
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let (line, trimmed) = (i as u64 + 1, raw.trim());
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let error = |message: String, help: &str| {
            Error::new(line, raw.trim_end(), None, Problem::new(message, help))
        };
        if !header_seen {
            header_seen = true;
            if trimmed != HEADER {
                errors.push(error(
                    format!("the first row must be the header `{HEADER}`"),
                    "restore the header; the list is written by the update command",
                ));
            }
            continue;
        }
        let fields: Vec<&str> = trimmed.split(',').map(str::trim).collect();
        let entry = match fields[..] {
            [name, variant] if !variant.is_empty() && check_name(name, None, None).is_ok() => {
                Released {
                    line,
                    name: name.to_owned(),
                    variant: variant.to_owned(),
                    line_text: raw.trim_end().to_owned(),
                }
            }
            _ => {
                errors.push(error(
                    format!("`{trimmed}` is not a constant name and its variant"),
                    "restore the line as it was released, `HTTP_404_NOT_FOUND,NotFound`",
                ));
                continue;
            }
        };
        entries.push(entry);
    }
    Errors::or(errors, entries)
}

/// Holds the table in `csv` against the released names in `released`: every
/// error is about a line of the list, naming the released name and the edit
/// of `data/status.csv` that keeps it.
pub fn check_released(csv: impl AsRef<[u8]>, released: &str) -> Result<(), Errors> {
    checked(csv.as_ref(), released).map(|_| ())
}

/// The list with every name of the table that it lacks appended, in table
/// order; its first version when `released` is empty. Only after the check
/// passes: an update never hides a name that is gone.
pub fn updated_released(csv: impl AsRef<[u8]>, released: &str) -> Result<String, Errors> {
    let (table, entries) = checked(csv.as_ref(), released)?;
    let mut text = if released.trim().is_empty() {
        format!("{PREAMBLE}{HEADER}\n")
    } else {
        released.to_owned()
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    for (name, variant) in public_names(&table) {
        if !entries.iter().any(|e| e.name == name) {
            text.push_str(&format!("{name},{variant}\n"));
        }
    }
    Ok(text)
}

/// Every row's name and the enum name it gives, canonical rows and aliases,
/// by number then name.
pub fn public_names(table: &Table) -> Vec<(String, String)> {
    let codes = table.http.iter().chain(&table.ws);
    let mut names: Vec<(u16, String, String)> = codes
        .map(|c| (c.number, c.name.clone(), c.variant.clone()))
        .chain((table.aliases.iter()).map(|a| (a.number, a.name.clone(), a.variant.clone())))
        .collect();
    names.sort();
    names.into_iter().map(|(_, n, v)| (n, v)).collect()
}

/// The check: the table and the list, or the errors.
fn checked(csv: &[u8], released: &str) -> Result<(Table, Vec<Released>), Errors> {
    let rows = read_rows(csv).map_err(|_| not_built())?;
    let (header, header_line) = (rows.header.clone(), rows.header_line);
    let table = validate(rows).map_err(|_| not_built())?;
    let entries = parse_released(released)?;
    let layout = Layout {
        table: &table,
        header: &header,
        header_line,
    };
    let errors: Vec<Error> = entries.iter().filter_map(|e| layout.check(e)).collect();
    Errors::or(errors, ()).map(|()| (table, entries))
}

fn not_built() -> Errors {
    Errors(vec![Error::new(
        0,
        "",
        None,
        Problem::new(
            format!("{CSV_PATH} does not build, so its names cannot be checked"),
            "fix it first: `cargo build` shows every error",
        ),
    )])
}

/// The table, and what a row to paste into it needs.
struct Layout<'a> {
    table: &'a Table,
    header: &'a [Option<Column>],
    header_line: u64,
}

impl Layout<'_> {
    /// The error about one released line, if its names are not all there.
    fn check(&self, entry: &Released) -> Option<Error> {
        let kind = [Kind::Http, Kind::WebSocket]
            .into_iter()
            .find(|k| entry.name.starts_with(k.prefix()))?;
        let number = number_in(&entry.name, kind)?;
        let ty = match kind {
            Kind::Http => "HttpStatus",
            Kind::WebSocket => "WsCloseCode",
        };
        let t = self.table;
        let named = (t.http.iter().chain(&t.ws)).any(|c| c.name == entry.name)
            || t.aliases.iter().any(|a| a.name == entry.name);
        let problem = if named {
            let gives = |variant: &str, n: u16| variant == entry.variant && n == number;
            let variant = t.codes(kind).iter().any(|c| gives(&c.variant, c.number))
                || (t.aliases.iter()).any(|a| a.kind == kind && gives(&a.variant, a.number));
            if variant {
                return None;
            }
            Problem::new(
                format!(
                    "{ty}::{} was released for {number}, but no row of {CSV_PATH} gives it",
                    entry.variant
                ),
                format!(
                    "a variant comes from a row's name: keep {} as the row that gave it, or add \
                     an alias row for {number} whose name has the words of {}",
                    entry.name, entry.variant
                ),
            )
        } else {
            Problem::new(
                format!(
                    "{} was released, but {CSV_PATH} no longer has it: `status::{0}`, \
                     `{ty}::{}` and parsing \"{0}\" would break every user of them",
                    entry.name, entry.variant
                ),
                self.keep(entry, kind, number),
            )
        };
        Some(Error::new(entry.line, &entry.line_text, None, problem))
    }

    /// The edit that keeps a released name the table lost: an alias of the
    /// row that now has its number, or the row itself, back.
    fn keep(&self, entry: &Released, kind: Kind, number: u16) -> String {
        let category = Category::of(number).map_or("", Category::as_str);
        if let Some(code) = self.table.codes(kind).iter().find(|c| c.number == number) {
            let row = self.row(&[
                (Column::Name, &entry.name),
                (Column::Number, &number.to_string()),
                (Column::Category, category),
                (Column::AliasOf, &code.name),
            ]);
            return format!(
                "if {number} was renamed, keep the old name as a deprecated alias of {}: add \
                 this line to {CSV_PATH}, after line {} ({}):\n        {row}",
                code.name, code.line, code.name
            );
        }
        let row = self.row(&[
            (Column::Name, &entry.name),
            (Column::Number, &number.to_string()),
            (Column::Category, category),
            (Column::Registration, "removed"),
        ]);
        let t = self.table;
        let before = (t.http.iter().chain(&t.ws))
            .map(|c| (c.line, c.number, c.name.as_str()))
            .chain(
                t.aliases
                    .iter()
                    .map(|a| (a.line, a.number, a.name.as_str())),
            )
            .filter(|&(_, n, _)| n <= number)
            .max();
        let place = match before {
            Some((line, _, name)) => format!("after line {line} ({name})"),
            None => format!("after the header (line {})", self.header_line),
        };
        format!(
            "put the row back as it was released (`git log -p {CSV_PATH}` shows it); or, if its \
             registry no longer lists the code, keep its names, deprecated, with this line \
             (`lapsed` for a temporary registration) {place} of {CSV_PATH}, its phrase and \
             reference as released:\n        {row}"
        )
    }

    /// A line of the table with these fields, in the header's order, without
    /// empty fields at its end.
    fn row(&self, fields: &[(Column, &str)]) -> String {
        let values: Vec<&str> = (self.header.iter())
            .map(|column| {
                let value = fields.iter().find(|(c, _)| Some(*c) == *column);
                value.map_or("", |(_, v)| *v)
            })
            .collect();
        let filled = values
            .iter()
            .rposition(|v| !v.is_empty())
            .map_or(0, |i| i + 1);
        values[..filled].join(",")
    }
}

/// The number a valid name carries after its prefix.
fn number_in(name: &str, kind: Kind) -> Option<u16> {
    let rest = &name[kind.prefix().len()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    rest[..digits].parse().ok()
}
