//! The rules of the yes/no columns: reading `yes` or `no`, and each
//! column's rule against the rest of its row. `checks::check_flags` runs
//! them, in order, and puts their problems on the row.

use super::columns::Column;
use super::error::Problem;
use super::{Category, WS_PROTOCOL_CODES};

/// A yes/no column: `yes`, `no`, or `None` when it is empty. `yes_means`
/// completes the help, `write `yes` ...`.
pub(crate) fn yes_or_no(text: Option<&str>, yes_means: &str) -> Result<Option<bool>, Problem> {
    match text {
        None => Ok(None),
        Some("no") => Ok(Some(false)),
        Some("yes") => Ok(Some(true)),
        Some(other) => Err(Problem::new(
            format!("`{other}` is not `yes` or `no`"),
            format!("write `yes` {yes_means}, or leave the field empty"),
        )),
    }
}

/// A `yes` in a column about HTTP responses: only a canonical HTTP row may
/// say it.
pub(crate) fn http_only(
    column: Column,
    category: Option<Category>,
    is_alias: bool,
) -> Result<(), Problem> {
    if is_alias {
        Err(alias_cannot_set(column))
    } else if category == Some(Category::WebSocket) {
        Err(Problem::new(
            format!("`{column}` applies to HTTP status codes only"),
            "leave the field empty for WebSocket close codes",
        ))
    } else {
        Ok(())
    }
}

/// A value that no informational (1xx) row may have.
fn not_informational(category: Option<Category>, message: &str, help: &str) -> Result<(), Problem> {
    if category == Some(Category::Informational) {
        Err(Problem::new(message, help))
    } else {
        Ok(())
    }
}

pub(crate) fn alias_cannot_set(column: Column) -> Problem {
    Problem::new(
        format!("an alias row cannot set `{column}`"),
        "set it on the canonical row the alias points at",
    )
}

/// `reporting_only = yes` against the rest of the row: only a canonical
/// WebSocket row in the protocol's range may set it.
pub(crate) fn reporting_only_applies(
    number: Option<u16>,
    category: Option<Category>,
    is_alias: bool,
) -> Result<(), Problem> {
    if is_alias {
        Err(alias_cannot_set(Column::ReportingOnly))
    } else if category.is_some_and(|c| c != Category::WebSocket) {
        Err(Problem::new(
            "`reporting_only` applies to WebSocket close codes only",
            "leave the field empty for HTTP status codes",
        ))
    } else if number.is_some_and(|n| !WS_PROTOCOL_CODES.contains(&n)) {
        let (first, last) = WS_PROTOCOL_CODES.into_inner();
        Err(Problem::new(
            format!("`reporting_only` applies to the protocol's own codes, {first}-{last}"),
            format!(
                "codes {}-{} may always be sent (RFC 6455, Section 7.4.2); leave the field empty",
                last + 1,
                Category::WebSocket.last()
            ),
        ))
    } else {
        Ok(())
    }
}

/// `heuristically_cacheable = yes` against the rest of the row: a canonical
/// HTTP row that is not informational.
pub(crate) fn cacheable_applies(category: Option<Category>, is_alias: bool) -> Result<(), Problem> {
    http_only(Column::HeuristicallyCacheable, category, is_alias)?;
    not_informational(
        category,
        "an informational (1xx) response is never cached",
        "leave the field empty: caches do not store 1xx responses (RFC 9110, Section 15.2)",
    )
}

/// `no_content` against the rest of the row: only a canonical HTTP row may
/// say `yes`, and no informational row may say `no`.
pub(crate) fn no_content_applies(
    value: bool,
    category: Option<Category>,
    is_alias: bool,
) -> Result<(), Problem> {
    if value {
        http_only(Column::NoContent, category, is_alias)
    } else {
        not_informational(
            category,
            "an informational (1xx) response never carries content",
            "leave the field empty: a 1xx response ends after its header section (RFC 9110, Section 15.2)",
        )
    }
}
