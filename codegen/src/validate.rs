//! Stage 2: rows into a validated [`Table`]. Each row is checked on its own
//! (`checks::check_row`); this file holds the rules across rows (unique
//! names, numbers and variants; aliases that point at a canonical row) and
//! sorts the result.

use std::collections::HashMap;

use super::checks::{check_row, Checked};
use super::columns::Column;
use super::error::{Error, Errors, Problem};
use super::model::{Alias, Code, Table};
use super::read::{Row, Rows};
use super::Kind;

/// Checks every row, then the rows against each other; returns the table
/// only if the whole file is clean.
pub fn validate(rows: Rows) -> Result<Table, Errors> {
    let Rows {
        rows, mut errors, ..
    } = rows;
    let mut first_by_name: HashMap<&str, &Row> = HashMap::new();
    let mut checked = Vec::with_capacity(rows.len());
    for row in &rows {
        let name = row.get(Column::Name).unwrap_or_default();
        if let Some(first) = first_by_name.get(name) {
            errors.push(row.error(
                Some(Column::Name),
                Problem::new(
                    format!("duplicate name {name} (first used on line {})", first.line),
                    "remove one of the two rows, or rename one of them",
                ),
            ));
            continue;
        }
        first_by_name.insert(name, row);
        match check_row(row) {
            Ok(c) => checked.push(c),
            Err(row_errors) => errors.extend(row_errors),
        }
    }
    let (mut table, canonical) = canonical_codes(&checked, &mut errors);
    let named = |name: &str| first_by_name.contains_key(name);
    table.aliases = aliases(&checked, &canonical, named, &mut errors);
    old_variants(&checked, &table, &mut errors);
    table.http.sort_by_key(|c| c.number);
    table.ws.sort_by_key(|c| c.number);
    table
        .aliases
        .sort_by(|a, b| (a.number, &a.name).cmp(&(b.number, &b.name)));
    Errors::or(errors, table)
}

/// The canonical rows (those without `alias_of`): one per number, and one
/// per variant name within an enum. Returns them as a table without aliases,
/// and by number, for the aliases to point at.
fn canonical_codes<'c, 'a>(
    checked: &'c [Checked<'a>],
    errors: &mut Vec<Error>,
) -> (Table, HashMap<u16, &'c Checked<'a>>) {
    let mut by_number: HashMap<u16, &Checked> = HashMap::new();
    let mut by_variant: HashMap<(Kind, &str), &Checked> = HashMap::new();
    let mut table = Table {
        http: Vec::new(),
        ws: Vec::new(),
        aliases: Vec::new(),
    };
    for c in checked.iter().filter(|c| c.alias_of.is_none()) {
        if let Some(first) = by_number.get(&c.number) {
            errors.push(c.row.error(
                Some(Column::Number),
                Problem::new(
                    format!(
                        "duplicate number {} (first used on line {} by {})",
                        c.number, first.row.line, first.name
                    ),
                    format!(
                        "give this row its own number, or keep it as a deprecated alias by setting `alias_of` to {}",
                        first.name
                    ),
                ),
            ));
            continue;
        }
        let kind = Kind::of(c.category);
        if let Some(first) = by_variant.get(&(kind, c.variant.as_str())) {
            errors.push(c.row.error(
                Some(Column::Name),
                Problem::new(
                    format!(
                        "{} would be the variant `{}`, which {} on line {} already is",
                        c.name, c.variant, first.name, first.row.line
                    ),
                    "change the words after the number so the two names differ by more than underscores",
                ),
            ));
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
            flags: c.flags,
            registration: c.registration.clone(),
        };
        match kind {
            Kind::Http => table.http.push(code),
            Kind::WebSocket => table.ws.push(code),
        }
    }
    (table, by_number)
}

/// The variant an alias row's name gives stays a name of the enum (a
/// deprecated constant), so it must not be the variant of another row of
/// the same enum, canonical or alias.
fn old_variants(checked: &[Checked], table: &Table, errors: &mut Vec<Error>) {
    let mut first: HashMap<(Kind, &str), (&str, u64)> = HashMap::new();
    for kind in [Kind::Http, Kind::WebSocket] {
        for code in table.codes(kind) {
            first.insert((kind, code.variant.as_str()), (&code.name, code.line));
        }
    }
    let rows: HashMap<u64, &Row> = checked.iter().map(|c| (c.row.line, c.row)).collect();
    let mut in_line_order: Vec<&Alias> = table.aliases.iter().collect();
    in_line_order.sort_by_key(|a| a.line);
    for alias in in_line_order {
        let key = (alias.kind, alias.variant.as_str());
        let Some(&(other, line)) = first.get(&key) else {
            first.insert(key, (&alias.name, alias.line));
            continue;
        };
        let Some(row) = rows.get(&alias.line) else {
            continue;
        };
        errors.push(row.error(
            Some(Column::Name),
            Problem::new(
                format!(
                    "{} would keep the variant `{}` as a deprecated name, which {other} on line \
                     {line} already is",
                    alias.name, alias.variant
                ),
                "an alias keeps the variant its name gives, so that code naming it still \
                 compiles; change the words after the number so the two names differ by more \
                 than underscores",
            ),
        ));
    }
}

/// The alias rows: each must name a canonical row with the same number.
/// `named` says whether any row, valid or not, has a name, so that an alias
/// of a row with errors of its own is not reported twice.
fn aliases(
    checked: &[Checked],
    canonical: &HashMap<u16, &Checked>,
    named: impl Fn(&str) -> bool,
    errors: &mut Vec<Error>,
) -> Vec<Alias> {
    let by_name: HashMap<&str, &Checked> = checked.iter().map(|c| (c.name, c)).collect();
    let mut aliases = Vec::new();
    for c in checked {
        let Some(target) = c.alias_of else { continue };
        // Never the alias itself: canonical rows have no `alias_of`.
        let canonical_name = canonical.get(&c.number).map(|t| t.name);
        let hint = match canonical_name {
            Some(name) => format!("the canonical row for {} is {name}", c.number),
            None => format!(
                "an alias needs a canonical row with the same number ({}) to point at",
                c.number
            ),
        };
        let problem = match by_name.get(target) {
            // The target row has errors of its own, reported already.
            None if named(target) => continue,
            None => Problem::new(
                format!(
                    "{} is an alias of {target}, but no row has that name",
                    c.name
                ),
                hint,
            ),
            Some(t) if t.name == c.name => {
                Problem::new(format!("{} is an alias of itself", c.name), hint)
            }
            Some(t) if t.alias_of.is_some() => Problem::new(
                format!(
                    "{} is an alias of {target}, which is itself an alias (of {})",
                    c.name,
                    t.alias_of.unwrap_or_default()
                ),
                format!("point `alias_of` at the canonical name instead; {hint}"),
            ),
            Some(t) if t.number != c.number => Problem::new(
                format!(
                    "{} has number {} but is an alias of {target}, which has number {}",
                    c.name, c.number, t.number
                ),
                "an alias must have the same number as the row it points at",
            ),
            // A target that is not canonical (a rejected duplicate) has an
            // error of its own, so this table is never returned.
            Some(t) => {
                aliases.push(Alias {
                    line: c.row.line,
                    name: c.name.to_owned(),
                    number: c.number,
                    kind: Kind::of(c.category),
                    target: t.name.to_owned(),
                    target_variant: t.variant.clone(),
                    variant: c.variant.clone(),
                    phrase: c.phrase.map(str::to_owned),
                    reference: c.reference.map(str::to_owned),
                });
                continue;
            }
        };
        errors.push(c.row.error(Some(Column::AliasOf), problem));
    }
    aliases
}
