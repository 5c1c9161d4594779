//! Stage 2: rows into a validated [`Table`]. The checks of each row are in
//! `checks.rs` and `names.rs`; this file holds the rules across rows
//! (duplicates, aliases) and sorts the result.

use std::collections::HashMap;

use super::checks::check_row;
use super::columns::Column;
use super::error::{Errors, Sink};
use super::model::{Alias, Code, Kind, Table};
use super::read::{Row, Rows};
use super::Category;

/// What the per-row checks make of a row that passes them.
pub(crate) struct Checked<'a> {
    pub(crate) row: &'a Row,
    pub(crate) name: &'a str,
    pub(crate) number: u16,
    pub(crate) category: Category,
    pub(crate) variant: String,
    /// The name's words in title case, the phrase when none is given.
    pub(crate) title: String,
    pub(crate) phrase: Option<&'a str>,
    pub(crate) alias_of: Option<&'a str>,
    pub(crate) reference: Option<&'a str>,
    pub(crate) reporting_only: bool,
}

/// Checks every row, then the rows against each other; returns the table
/// only if the whole file is clean.
pub fn validate(rows: Rows) -> Result<Table, Errors> {
    let Rows { rows, errors } = rows;
    let mut sink = Sink(errors);
    let rows = rows.as_slice();
    let mut first_by_name: HashMap<&str, &Row> = HashMap::new();
    let mut checked = Vec::with_capacity(rows.len());
    for row in rows {
        let name = row.get(Column::Name).unwrap_or_default();
        if let Some(first) = first_by_name.get(name) {
            sink.push(
                row,
                Some(Column::Name),
                format!("duplicate name {name} (first used on line {})", first.line),
                "remove one of the two rows, or rename one of them",
            );
            continue;
        }
        first_by_name.insert(name, row);
        if let Some(c) = check_row(row, &mut sink) {
            checked.push(c);
        }
    }

    // Canonical rows: one per number, one per variant name within an enum.
    let mut by_number: HashMap<u16, &Checked> = HashMap::new();
    let mut by_variant: HashMap<(Kind, &str), &Checked> = HashMap::new();
    let mut table = Table {
        http: Vec::new(),
        ws: Vec::new(),
        aliases: Vec::new(),
    };
    for c in checked.iter().filter(|c| c.alias_of.is_none()) {
        if let Some(first) = by_number.get(&c.number) {
            sink.push(
                c.row,
                Some(Column::Number),
                format!(
                    "duplicate number {} (first used on line {} by {})",
                    c.number, first.row.line, first.name
                ),
                format!(
                    "give this row its own number, or keep it as a deprecated alias by setting `alias_of` to {}",
                    first.name
                ),
            );
            continue;
        }
        let kind = Kind::of(c.category);
        if let Some(first) = by_variant.get(&(kind, c.variant.as_str())) {
            sink.push(
                c.row,
                Some(Column::Name),
                format!(
                    "{} would be the variant `{}`, which {} on line {} already is",
                    c.name, c.variant, first.name, first.row.line
                ),
                "change the words after the number so the two names differ by more than underscores",
            );
            continue;
        }
        by_number.insert(c.number, c);
        by_variant.insert((kind, c.variant.as_str()), c);
        let code = Code {
            line: c.row.line,
            name: c.name.to_owned(),
            number: c.number,
            category: c.category,
            variant: c.variant.clone(),
            phrase: c.phrase.map_or_else(|| c.title.clone(), str::to_owned),
            reference: c.reference.map(str::to_owned),
            reporting_only: c.reporting_only,
        };
        match kind {
            Kind::Http => table.http.push(code),
            Kind::WebSocket => table.ws.push(code),
        }
    }

    // Aliases: each must name a canonical row with the same number.
    let by_name: HashMap<&str, &Checked> = checked.iter().map(|c| (c.name, c)).collect();
    for c in &checked {
        let Some(target) = c.alias_of else { continue };
        let canonical = by_number.get(&c.number).map(|t| t.name);
        let hint = match canonical {
            Some(name) if name != c.name => format!("the canonical row for {} is {name}", c.number),
            _ => format!(
                "an alias needs a canonical row with the same number ({}) to point at",
                c.number
            ),
        };
        let Some(t) = by_name.get(target) else {
            if first_by_name.contains_key(target) {
                continue; // the target row has errors of its own, reported above
            }
            sink.push(
                c.row,
                Some(Column::AliasOf),
                format!(
                    "{} is an alias of {target}, but no row has that name",
                    c.name
                ),
                hint,
            );
            continue;
        };
        if t.name == c.name {
            sink.push(
                c.row,
                Some(Column::AliasOf),
                format!("{} is an alias of itself", c.name),
                hint,
            );
        } else if let Some(next) = t.alias_of {
            sink.push(
                c.row,
                Some(Column::AliasOf),
                format!(
                    "{} is an alias of {target}, which is itself an alias (of {next})",
                    c.name
                ),
                format!("point `alias_of` at the canonical name instead; {hint}"),
            );
        } else if t.number != c.number {
            sink.push(
                c.row,
                Some(Column::AliasOf),
                format!(
                    "{} has number {} but is an alias of {target}, which has number {}",
                    c.name, c.number, t.number
                ),
                "an alias must have the same number as the row it points at",
            );
        } else if canonical == Some(t.name) {
            table.aliases.push(Alias {
                line: c.row.line,
                name: c.name.to_owned(),
                number: c.number,
                kind: Kind::of(c.category),
                target: t.name.to_owned(),
                target_variant: t.variant.clone(),
                phrase: c.phrase.map(str::to_owned),
                reference: c.reference.map(str::to_owned),
            });
        }
        // else: the target is itself a rejected duplicate, already reported.
    }

    table.http.sort_by_key(|c| c.number);
    table.ws.sort_by_key(|c| c.number);
    table
        .aliases
        .sort_by(|a, b| (a.number, &a.name).cmp(&(b.number, &b.name)));
    sink.finish(table)
}
