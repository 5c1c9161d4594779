//! The columns of `data/status.csv` and the header row that names them.
//!
//! A new column starts here: a [`Column`] variant, its header name, and
//! whether every row must fill it.

use std::collections::HashMap;
use std::fmt;

use super::error::Sink;
use super::read::trim_field;
use super::suggest::closest;

/// A column of `data/status.csv`, named by the header row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// `name`: the constant's name, `HTTP_404_NOT_FOUND` or `WS_1008_POLICY_VIOLATION`.
    Name,
    /// `number`: the code, a decimal `u16`.
    Number,
    /// `category`: one of the six [`Category`] spellings.
    Category,
    /// `phrase` (optional): the reason phrase, when title-casing the name's
    /// words would not give the registry's wording.
    Phrase,
    /// `alias_of` (optional): makes the row a deprecated alias of the named row.
    AliasOf,
    /// `reference` (optional): where the code is defined, for the docs.
    Reference,
    /// `reporting_only` (optional, `websocket` rows in 1000-2999): `yes` for
    /// close codes that may be reported but never sent in a Close frame.
    ReportingOnly,
}

impl Column {
    /// Every column, in the order the documentation lists them.
    pub const ALL: [Column; 7] = [
        Column::Name,
        Column::Number,
        Column::Category,
        Column::Phrase,
        Column::AliasOf,
        Column::Reference,
        Column::ReportingOnly,
    ];

    /// The column's name in the header row.
    pub const fn as_str(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Number => "number",
            Column::Category => "category",
            Column::Phrase => "phrase",
            Column::AliasOf => "alias_of",
            Column::Reference => "reference",
            Column::ReportingOnly => "reporting_only",
        }
    }

    /// Whether every row must have a value in this column.
    pub const fn is_required(self) -> bool {
        matches!(self, Column::Name | Column::Number | Column::Category)
    }

    pub(crate) fn from_header(name: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub(crate) fn read_header(
    record: &csv::ByteRecord,
    line: u64,
    source: &str,
    sink: &mut Sink,
) -> Option<Vec<Option<Column>>> {
    let before = sink.0.len();
    let names: Vec<String> = record
        .iter()
        .map(|f| trim_field(&String::from_utf8_lossy(f)).into_owned())
        .collect();
    let known = names
        .iter()
        .filter(|n| Column::from_header(n).is_some())
        .count();
    if known == 0 {
        sink.at(
            line,
            source,
            None,
            format!(
                "the first row must be the header, but `{}` names no known column",
                source.trim()
            ),
            format!(
                "add the header line `name,number,category` above it; known columns are {}",
                column_list()
            ),
        );
        return None;
    }
    // Empty names at the end of the header (a trailing comma) are ignored.
    let named = names
        .iter()
        .rposition(|n| !n.is_empty())
        .map_or(0, |i| i + 1);
    let mut columns = Vec::with_capacity(names.len());
    let mut seen: HashMap<Column, usize> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        let position = i + 1;
        let column = Column::from_header(name);
        match column {
            None if name.is_empty() && position > named => {}
            None if name.is_empty() => sink.at(
                line,
                source,
                None,
                format!("header column {position} has no name"),
                "remove the empty column, or name it after one of the known columns",
            ),
            None => {
                let known: Vec<&str> = Column::ALL.iter().map(|c| c.as_str()).collect();
                let help = match closest(name, &known) {
                    Some(close) => format!(
                        "did you mean `{close}`? Known columns are {}",
                        column_list()
                    ),
                    None => format!("known columns are {}", column_list()),
                };
                sink.at(
                    line,
                    source,
                    None,
                    format!("unknown column `{name}` in the header (column {position})"),
                    help,
                );
            }
            Some(c) => {
                if let Some(first) = seen.insert(c, position) {
                    sink.at(
                        line,
                        source,
                        Some(c),
                        format!(
                            "the header names column `{c}` twice (columns {first} and {position})"
                        ),
                        "remove one of the two",
                    );
                }
            }
        }
        columns.push(column);
    }
    for required in Column::ALL.into_iter().filter(|c| c.is_required()) {
        if !seen.contains_key(&required) {
            sink.at(
                line,
                source,
                Some(required),
                format!("the header has no `{required}` column"),
                "the header must name the columns name, number and category",
            );
        }
    }
    (sink.0.len() == before).then_some(columns)
}

fn column_list() -> String {
    let names: Vec<&str> = Column::ALL.iter().map(|c| c.as_str()).collect();
    names.join(", ")
}
