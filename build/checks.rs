//! The checks of one row. Each check is a pure function of the text of one
//! field (or, for the rules that tie fields together, of the values already
//! checked) that returns the value or a [`Problem`]; [`check_row`] runs them
//! in order and is the one place that puts a problem on the row's line and
//! column. The checks of the name are in `names.rs`.

use super::columns::Column;
use super::error::{Error, Problem};
use super::names::{check_name, Words};
use super::read::Row;
use super::suggest::closest;
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

/// The errors of one row, each placed on the row's line and a column.
struct Report<'a> {
    row: &'a Row,
    errors: Vec<Error>,
}

impl Report<'_> {
    fn push(&mut self, column: Column, problem: Problem) {
        self.errors.push(self.row.error(Some(column), problem));
    }

    /// The value, or `None` after recording the problem in `column`.
    fn check<T>(&mut self, column: Column, result: Result<T, Problem>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                self.push(column, problem);
                None
            }
        }
    }
}

/// Every check of one row, in column order; every problem of the row is
/// reported, not only the first.
pub(crate) fn check_row(row: &Row) -> Result<Checked<'_>, Vec<Error>> {
    let mut report = Report {
        row,
        errors: Vec::new(),
    };
    let name = row.get(Column::Name).unwrap_or_default();
    let number = report.check(Column::Number, number(row.get(Column::Number)));
    let category = report.check(Column::Category, category(row.get(Column::Category)));
    if let (Some(number), Some(category)) = (number, category) {
        report.check(Column::Number, in_range(number, category));
    }
    let words = match check_name(name, number, category) {
        Ok(words) => Some(words),
        Err(problems) => {
            for problem in problems {
                report.push(Column::Name, problem);
            }
            None
        }
    };
    let phrase = row.get(Column::Phrase);
    if let Some(text) = phrase {
        report.check(Column::Phrase, self::phrase(text));
    }
    let reference = row.get(Column::Reference);
    if let Some(text) = reference {
        report.check(Column::Reference, self::reference(text));
    }
    let alias_of = row.get(Column::AliasOf);
    let flag = row.get(Column::ReportingOnly);
    let reporting_only = report.check(Column::ReportingOnly, yes_or_no(flag));
    if reporting_only == Some(true) {
        let applies = reporting_only_applies(number, category, alias_of.is_some());
        report.check(Column::ReportingOnly, applies);
    }
    match (words, number, category, reporting_only) {
        (Some(Words { variant, title }), Some(number), Some(category), Some(reporting_only))
            if report.errors.is_empty() =>
        {
            Ok(Checked {
                row,
                name,
                number,
                category,
                variant,
                title,
                phrase,
                alias_of,
                reference,
                reporting_only,
            })
        }
        _ => Err(report.errors),
    }
}

/// `number`: plain decimal digits that fit in a `u16`.
pub(crate) fn number(text: Option<&str>) -> Result<u16, Problem> {
    let text = text.unwrap_or_default();
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::new(
            format!("`{text}` is not a number"),
            "write the code in plain decimal digits, for example 404",
        ));
    }
    if text.len() > 1 && text.starts_with('0') {
        let trimmed = text.trim_start_matches('0');
        let suggestion = if trimmed.is_empty() { "0" } else { trimmed };
        return Err(Problem::new(
            format!("`{text}` has a leading zero"),
            format!("write it as {suggestion}"),
        ));
    }
    text.parse::<u16>().map_err(|_| {
        Problem::new(
            format!("{text} does not fit in a u16 (the largest code is 65535)"),
            "status codes are 100-599 and WebSocket close codes 1000-4999",
        )
    })
}

/// `category`: one of the six spellings, with a suggestion for a near miss.
pub(crate) fn category(text: Option<&str>) -> Result<Category, Problem> {
    let text = text.unwrap_or_default();
    if let Ok(category) = text.parse::<Category>() {
        return Ok(category);
    }
    let valid: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    let help = match closest(text, &valid) {
        Some(close) => format!(
            "did you mean `{close}`? The categories are {}",
            valid.join(", ")
        ),
        None => format!("use one of {}", valid.join(", ")),
    };
    Err(Problem::new(format!("unknown category `{text}`"), help))
}

/// `number` against `category`: the number lies in the category's range.
pub(crate) fn in_range(number: u16, category: Category) -> Result<(), Problem> {
    if category.contains(number) {
        return Ok(());
    }
    let (first, last) = (category.first(), category.last());
    let help = match Category::of(number) {
        Some(right) => format!(
            "{number} belongs in category `{right}`; or use a number from {first} to {last} for `{category}`"
        ),
        None => format!("no category covers {number}; `{category}` takes {first} to {last}"),
    };
    Err(Problem::new(
        format!("{number} is outside the range of category `{category}` ({first}-{last})"),
        help,
    ))
}

/// `phrase`: printable ASCII, as a reason phrase on the wire is.
pub(crate) fn phrase(text: &str) -> Result<(), Problem> {
    match text.chars().find(|c| !(' '..='~').contains(c)) {
        None => Ok(()),
        Some(bad) => Err(Problem::new(
            format!("the phrase contains {bad:?}; a reason phrase is printable ASCII and spaces"),
            "write the phrase in plain ASCII, as the registry does",
        )),
    }
}

/// `reference`: any text without control characters.
pub(crate) fn reference(text: &str) -> Result<(), Problem> {
    match text.chars().find(|c| c.is_control()) {
        None => Ok(()),
        Some(bad) => Err(Problem::new(
            format!("the reference contains the control character {bad:?}"),
            "remove it; references are plain text such as `RFC 9110, Section 15.5.5`",
        )),
    }
}

/// `reporting_only`: `yes`, `no` or empty (no).
pub(crate) fn yes_or_no(text: Option<&str>) -> Result<bool, Problem> {
    match text {
        None | Some("no") => Ok(false),
        Some("yes") => Ok(true),
        Some(other) => Err(Problem::new(
            format!("`{other}` is not `yes` or `no`"),
            "write `yes` for a close code that must never be sent, or leave the field empty",
        )),
    }
}

/// `reporting_only = yes` against the rest of the row: only a canonical
/// WebSocket row in the protocol's range may set it.
pub(crate) fn reporting_only_applies(
    number: Option<u16>,
    category: Option<Category>,
    is_alias: bool,
) -> Result<(), Problem> {
    if is_alias {
        Err(Problem::new(
            "an alias row cannot set `reporting_only`",
            "set it on the canonical row the alias points at",
        ))
    } else if category.is_some_and(|c| c != Category::WebSocket) {
        Err(Problem::new(
            "`reporting_only` applies to WebSocket close codes only",
            "leave the field empty for HTTP status codes",
        ))
    } else if number.is_some_and(|n| !(1000..=2999).contains(&n)) {
        Err(Problem::new(
            "`reporting_only` applies to the protocol's own codes, 1000-2999",
            "codes 3000-4999 may always be sent (RFC 6455, Section 7.4.2); leave the field empty",
        ))
    } else {
        Ok(())
    }
}
