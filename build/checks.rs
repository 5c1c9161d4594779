//! The checks of one row: each field on its own, then the fields of the row
//! against each other. The name has a file of its own, `names.rs`.

use super::columns::Column;
use super::error::Sink;
use super::names::{check_name, Words};
use super::read::Row;
use super::suggest::closest;
use super::validate::Checked;
use super::Category;

/// The per-row checks: every field on its own, and the fields of one row
/// against each other. Reports every problem of the row.
pub(crate) fn check_row<'a>(row: &'a Row, sink: &mut Sink) -> Option<Checked<'a>> {
    let before = sink.0.len();
    let name = row.get(Column::Name).unwrap_or_default();
    let number = check_number(row, sink);
    let category = check_category(row, sink);
    if let (Some(number), Some(category)) = (number, category) {
        check_range(row, number, category, sink);
    }
    let words = check_name(row, name, number, category, sink);
    let phrase = row.get(Column::Phrase);
    if let Some(phrase) = phrase {
        check_phrase(row, phrase, sink);
    }
    let reference = row.get(Column::Reference);
    if let Some(reference) = reference {
        check_reference(row, reference, sink);
    }
    let alias_of = row.get(Column::AliasOf);
    let reporting_only = check_reporting_only(row, number, category, alias_of.is_some(), sink);
    if sink.0.len() > before {
        return None;
    }
    let Words { variant, title } = words?;
    Some(Checked {
        row,
        name,
        number: number?,
        category: category?,
        variant,
        title,
        phrase,
        alias_of,
        reference,
        reporting_only,
    })
}

fn check_number(row: &Row, sink: &mut Sink) -> Option<u16> {
    let text = row.get(Column::Number).unwrap_or_default();
    let help = "write the code in plain decimal digits, for example 404";
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        sink.push(
            row,
            Some(Column::Number),
            format!("`{text}` is not a number"),
            help,
        );
        return None;
    }
    if text.len() > 1 && text.starts_with('0') {
        let trimmed = text.trim_start_matches('0');
        let suggestion = if trimmed.is_empty() { "0" } else { trimmed };
        sink.push(
            row,
            Some(Column::Number),
            format!("`{text}` has a leading zero"),
            format!("write it as {suggestion}"),
        );
        return None;
    }
    match text.parse::<u16>() {
        Ok(n) => Some(n),
        Err(_) => {
            sink.push(
                row,
                Some(Column::Number),
                format!("{text} does not fit in a u16 (the largest code is 65535)"),
                "status codes are 100-599 and WebSocket close codes 1000-4999",
            );
            None
        }
    }
}

fn check_category(row: &Row, sink: &mut Sink) -> Option<Category> {
    let text = row.get(Column::Category).unwrap_or_default();
    if let Ok(category) = text.parse::<Category>() {
        return Some(category);
    }
    let valid: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    let help = match closest(text, &valid) {
        Some(close) => format!(
            "did you mean `{close}`? The categories are {}",
            valid.join(", ")
        ),
        None => format!("use one of {}", valid.join(", ")),
    };
    sink.push(
        row,
        Some(Column::Category),
        format!("unknown category `{text}`"),
        help,
    );
    None
}

fn check_range(row: &Row, number: u16, category: Category, sink: &mut Sink) {
    if category.contains(number) {
        return;
    }
    let help = match Category::of(number) {
        Some(right) => format!(
            "{number} belongs in category `{right}`; or use a number from {} to {} for `{category}`",
            category.first(),
            category.last()
        ),
        None => format!(
            "no category covers {number}; `{category}` takes {} to {}",
            category.first(),
            category.last()
        ),
    };
    sink.push(
        row,
        Some(Column::Number),
        format!(
            "{number} is outside the range of category `{category}` ({}-{})",
            category.first(),
            category.last()
        ),
        help,
    );
}

fn check_phrase(row: &Row, phrase: &str, sink: &mut Sink) {
    if let Some(bad) = phrase.chars().find(|c| !(' '..='~').contains(c)) {
        sink.push(
            row,
            Some(Column::Phrase),
            format!("the phrase contains {bad:?}; a reason phrase is printable ASCII and spaces"),
            "write the phrase in plain ASCII, as the registry does",
        );
    }
}

fn check_reference(row: &Row, reference: &str, sink: &mut Sink) {
    if let Some(bad) = reference.chars().find(|c| c.is_control()) {
        sink.push(
            row,
            Some(Column::Reference),
            format!("the reference contains the control character {bad:?}"),
            "remove it; references are plain text such as `RFC 9110, Section 15.5.5`",
        );
    }
}

fn check_reporting_only(
    row: &Row,
    number: Option<u16>,
    category: Option<Category>,
    is_alias: bool,
    sink: &mut Sink,
) -> bool {
    let value = match row.get(Column::ReportingOnly) {
        None | Some("no") => return false,
        Some("yes") => true,
        Some(other) => {
            sink.push(
                row,
                Some(Column::ReportingOnly),
                format!("`{other}` is not `yes` or `no`"),
                "write `yes` for a close code that must never be sent, or leave the field empty",
            );
            return false;
        }
    };
    if is_alias {
        sink.push(
            row,
            Some(Column::ReportingOnly),
            "an alias row cannot set `reporting_only`".to_owned(),
            "set it on the canonical row the alias points at",
        );
    } else if category.is_some_and(|c| c != Category::WebSocket) {
        sink.push(
            row,
            Some(Column::ReportingOnly),
            "`reporting_only` applies to WebSocket close codes only".to_owned(),
            "leave the field empty for HTTP status codes",
        );
    } else if number.is_some_and(|n| !(1000..=2999).contains(&n)) {
        sink.push(
            row,
            Some(Column::ReportingOnly),
            "`reporting_only` applies to the protocol's own codes, 1000-2999".to_owned(),
            "codes 3000-4999 may always be sent (RFC 6455, Section 7.4.2); leave the field empty",
        );
    }
    value
}
