//! The checks of one row. Each check is a pure function of the text of one
//! field (or, for the rules that tie fields together, of the values already
//! checked) that returns the value or a [`Problem`]; [`check_row`] runs them
//! in order and places their problems on the row (how a problem gets its
//! line and column: `error.rs`). The checks of the name are in `names.rs`,
//! the rules of the yes/no columns in `flags.rs`.

use super::columns::Column;
use super::error::{Error, Problem};
use super::flags::{alias_cannot_set, Flag, Flags, RowFacts};
use super::model::Registration;
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
    pub(crate) flags: Flags,
    pub(crate) registration: Registration,
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
    let facts = RowFacts {
        number,
        category,
        is_alias: alias_of.is_some(),
    };
    let flags = check_flags(&mut report, facts);
    let registration = match row.get(Column::Registration) {
        None => Some(Registration::Permanent),
        Some(_) if alias_of.is_some() => {
            let problem = alias_cannot_set(Column::Registration.as_str());
            report.push(Column::Registration, problem);
            None
        }
        Some(text) => report.check(Column::Registration, self::registration(text)),
    };
    match (words, number, category, flags, registration) {
        (
            Some(Words { variant, title }),
            Some(number),
            Some(category),
            Some(flags),
            Some(registration),
        ) if report.errors.is_empty() => Ok(Checked {
            row,
            name,
            number,
            category,
            variant,
            title,
            phrase,
            alias_of,
            reference,
            flags,
            registration,
        }),
        _ => Err(report.errors),
    }
}

/// The yes/no columns (`flags.rs`): each read, then each written value
/// checked against the rest of the row by its column's rule, then the empty
/// ones defaulted; `None` if any of them is wrong. All are read before any
/// rule runs, so a row's problems keep their order.
fn check_flags(report: &mut Report, facts: RowFacts) -> Option<Flags> {
    let row = report.row;
    let values: Vec<Option<Option<bool>>> = Flag::all()
        .map(|flag| report.check(Column::Flag(flag), flag.value(row.get(Column::Flag(flag)))))
        .collect();
    for (flag, value) in Flag::all().zip(&values) {
        if let Some(Some(value)) = *value {
            report.check(Column::Flag(flag), flag.check(value, facts));
        }
    }
    let mut flags = Flags::default();
    for (flag, value) in Flag::all().zip(values) {
        if value?.unwrap_or_else(|| flag.default_for(facts)) {
            flags = flags.with(flag);
        }
    }
    Some(flags)
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
        let http = (
            Category::Informational.first(),
            Category::ServerError.last(),
        );
        let ws = (Category::WebSocket.first(), Category::WebSocket.last());
        Problem::new(
            format!("{text} does not fit in a u16 (the largest code is 65535)"),
            format!(
                "status codes are {}-{} and WebSocket close codes {}-{}",
                http.0, http.1, ws.0, ws.1
            ),
        )
    })
}

/// `category`: one of the six spellings, with a suggestion for a near miss.
pub(crate) fn category(text: Option<&str>) -> Result<Category, Problem> {
    let text = text.unwrap_or_default();
    if let Some(category) = Category::named(text) {
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

/// `registration`: `temporary until YYYY-MM-DD`, `obsoleted`, `lapsed`,
/// `removed`, or `permanent` (the same as leaving the field empty).
pub(crate) fn registration(text: &str) -> Result<Registration, Problem> {
    let temporary = format!("{}{}", Registration::TEMPORARY, Registration::UNTIL);
    let forms = format!(
        "write `{temporary}YYYY-MM-DD` (the expiry date IANA lists) for a temporary \
         registration, `{}` for one IANA marks obsoleted, `{}` for a temporary registration \
         the registry no longer lists, `{}` for a code IANA removed, or leave the field empty \
         for a permanent one",
        Registration::OBSOLETED,
        Registration::LAPSED,
        Registration::REMOVED,
    );
    match text {
        Registration::PERMANENT => return Ok(Registration::Permanent),
        Registration::OBSOLETED => return Ok(Registration::Obsoleted),
        Registration::LAPSED => return Ok(Registration::Lapsed),
        Registration::REMOVED => return Ok(Registration::Removed),
        _ => {}
    }
    let Some(rest) = text.strip_prefix(Registration::TEMPORARY) else {
        let problem = format!("`{text}` is not a registration status");
        return Err(Problem::new(problem, forms));
    };
    let Some(date) = rest.strip_prefix(Registration::UNTIL) else {
        let problem = format!("`{text}` gives no expiry date");
        return Err(Problem::new(problem, forms));
    };
    if !is_date(date.trim()) {
        return Err(Problem::new(
            format!("`{date}` is not a date written YYYY-MM-DD"),
            format!("write the expiry date IANA lists, for example `{temporary}2026-11-13`"),
        ));
    }
    Ok(Registration::Temporary {
        expires: date.trim().to_owned(),
    })
}

/// Whether `text` is a real calendar date written `YYYY-MM-DD`.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = bytes.get(range)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(part).ok()?.parse().ok()
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    (1..=days).contains(&day)
}
