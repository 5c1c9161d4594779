//! The yes/no columns. [`FLAGS`] declares each one, in one entry: its
//! header name, the help for a value that is not `yes` or `no`, its rule
//! against the rest of its row, and its default. The other stages read
//! them from there: `columns.rs` makes each a [`Column`](crate::Column),
//! `checks.rs` reads and checks them, `emit.rs` gives each a bit named
//! after it.

use super::error::Problem;
use super::{Category, WS_PROTOCOL_CODES};

/// Every yes/no column, in the order the header documentation lists them
/// (after `reference`, before `registration`) and the order of their bits.
/// A new column is one entry at the end, plus its accessor in `src/`.
pub(crate) const FLAGS: &[FlagColumn] = &[
    FlagColumn {
        name: "reporting_only",
        yes_means: "for a close code that must never be sent",
        rule: reporting_only_applies,
        default: no,
    },
    FlagColumn {
        name: "heuristically_cacheable",
        yes_means: "for a status a cache may store without explicit freshness",
        rule: cacheable_applies,
        default: no,
    },
    FlagColumn {
        name: "no_content",
        yes_means: "for a status whose responses never carry content",
        rule: no_content_applies,
        default: informational,
    },
];

// Each flag is a bit of a `u32`, in `Flags` and in the generated code.
const _: () = assert!(FLAGS.len() <= 32, "more yes/no columns than bits in a u32");

/// The declaration of one yes/no column: an entry of [`FLAGS`].
pub(crate) struct FlagColumn {
    /// Its name in the header, `no_content`; upper-cased, the name of its
    /// bit in the generated `flag` module.
    pub(crate) name: &'static str,
    /// What `yes` means, to complete the help `write `yes` ..., or leave
    /// the field empty`.
    pub(crate) yes_means: &'static str,
    /// Checks a value written in the column (`true` for `yes`) against the
    /// rest of its row. Given the column's name, for its messages.
    pub(crate) rule: fn(&str, bool, RowFacts) -> Result<(), Problem>,
    /// The value of an empty field.
    pub(crate) default: fn(RowFacts) -> bool,
}

/// What a flag's rule and default see of the rest of the row: each `None`
/// when that field is itself wrong (and reported).
#[derive(Clone, Copy, Debug)]
pub(crate) struct RowFacts {
    pub(crate) number: Option<u16>,
    pub(crate) category: Option<Category>,
    pub(crate) is_alias: bool,
}

/// A yes/no column: its position in `FLAGS`, which is also its bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Flag(u8);

impl Flag {
    /// Every yes/no column, in order.
    pub fn all() -> impl Iterator<Item = Flag> {
        (0..FLAGS.len()).map(|i| Flag(i as u8))
    }

    /// The flag at `index` in `FLAGS`; for the const table of columns.
    pub(crate) const fn at(index: usize) -> Flag {
        assert!(index < FLAGS.len() && index <= u8::MAX as usize);
        Flag(index as u8)
    }

    /// Its position in `FLAGS`.
    pub(crate) const fn index(self) -> usize {
        self.0 as usize
    }

    /// Its header name, `no_content`.
    pub const fn name(self) -> &'static str {
        self.declaration().name
    }

    pub(crate) const fn declaration(self) -> &'static FlagColumn {
        &FLAGS[self.index()]
    }

    /// Reads the column's field: `yes`, `no`, or `None` when it is empty.
    pub(crate) fn value(self, text: Option<&str>) -> Result<Option<bool>, Problem> {
        yes_or_no(text, self.declaration().yes_means)
    }

    /// `value` against the rest of the row, by the column's rule.
    pub(crate) fn check(self, value: bool, row: RowFacts) -> Result<(), Problem> {
        (self.declaration().rule)(self.name(), value, row)
    }

    /// The value of an empty field in `row`.
    pub(crate) fn default_for(self, row: RowFacts) -> bool {
        (self.declaration().default)(row)
    }
}

/// The yes/no columns of a row, defaults applied: one bit per [`Flag`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(u32);

impl Flags {
    /// The value of the yes/no column named `name` (its header name).
    ///
    /// # Panics
    ///
    /// If no yes/no column has that name: a mistake in the calling code,
    /// never in the CSV.
    ///
    /// ```
    /// let csv = "name,number,category\nHTTP_100_CONTINUE,100,informational\n";
    /// let table = status_codes_codegen::parse_table(csv).unwrap();
    /// assert!(table.http[0].flags.get("no_content"));
    /// assert!(!table.http[0].flags.get("heuristically_cacheable"));
    /// ```
    pub fn get(self, name: &str) -> bool {
        let flag = Flag::all()
            .find(|flag| flag.name() == name)
            .unwrap_or_else(|| panic!("no yes/no column is named `{name}`"));
        self.has(flag)
    }

    /// Whether `flag` is set.
    pub fn has(self, flag: Flag) -> bool {
        self.0 & (1 << flag.index()) != 0
    }

    /// With `flag` set.
    pub(crate) fn with(self, flag: Flag) -> Flags {
        Flags(self.0 | (1 << flag.index()))
    }
}

/// A yes/no field: `yes`, `no`, or `None` when it is empty. `yes_means`
/// completes the help, `write `yes` ...`.
fn yes_or_no(text: Option<&str>, yes_means: &str) -> Result<Option<bool>, Problem> {
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

/// A default: `no`.
fn no(_: RowFacts) -> bool {
    false
}

/// A default: `yes` for an informational (1xx) row, else `no`.
fn informational(row: RowFacts) -> bool {
    row.category == Some(Category::Informational)
}

/// A rule for a column about HTTP responses: only a canonical HTTP row may
/// say `yes`.
pub(crate) fn http_only(column: &str, value: bool, row: RowFacts) -> Result<(), Problem> {
    if !value {
        Ok(())
    } else if row.is_alias {
        Err(alias_cannot_set(column))
    } else if row.category == Some(Category::WebSocket) {
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

/// An alias row's value in `column`, which only a canonical row may set.
pub(crate) fn alias_cannot_set(column: &str) -> Problem {
    Problem::new(
        format!("an alias row cannot set `{column}`"),
        "set it on the canonical row the alias points at",
    )
}

/// `reporting_only`: only a canonical WebSocket row in the protocol's range
/// may say `yes`.
fn reporting_only_applies(column: &str, value: bool, row: RowFacts) -> Result<(), Problem> {
    if !value {
        Ok(())
    } else if row.is_alias {
        Err(alias_cannot_set(column))
    } else if row.category.is_some_and(|c| c != Category::WebSocket) {
        Err(Problem::new(
            format!("`{column}` applies to WebSocket close codes only"),
            "leave the field empty for HTTP status codes",
        ))
    } else if row.number.is_some_and(|n| !WS_PROTOCOL_CODES.contains(&n)) {
        let (first, last) = WS_PROTOCOL_CODES.into_inner();
        Err(Problem::new(
            format!("`{column}` applies to the protocol's own codes, {first}-{last}"),
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

/// `heuristically_cacheable`: a canonical HTTP row that is not
/// informational may say `yes`.
fn cacheable_applies(column: &str, value: bool, row: RowFacts) -> Result<(), Problem> {
    http_only(column, value, row)?;
    if !value {
        return Ok(());
    }
    not_informational(
        row.category,
        "an informational (1xx) response is never cached",
        "leave the field empty: caches do not store 1xx responses (RFC 9110, Section 15.2)",
    )
}

/// `no_content`: only a canonical HTTP row may say `yes`, and no
/// informational row may say `no`.
fn no_content_applies(column: &str, value: bool, row: RowFacts) -> Result<(), Problem> {
    if value {
        http_only(column, value, row)
    } else {
        not_informational(
            row.category,
            "an informational (1xx) response never carries content",
            "leave the field empty: a 1xx response ends after its header section (RFC 9110, Section 15.2)",
        )
    }
}
