//! The columns of `data/status.csv` and the header row that names them.
//!
//! A yes/no column is declared in `flags.rs` (`FLAGS`) and becomes a
//! [`Column::Flag`] here by itself; any other new column starts here: a
//! [`Column`] variant, its header name, and whether every row must fill it.

use std::collections::HashMap;
use std::fmt;

use super::error::Problem;
use super::flags::{Flag, FLAGS};
use super::suggest::closest;

/// A column of `data/status.csv`, named by the header row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// `name`: the constant's name, `HTTP_404_NOT_FOUND` or `WS_1008_POLICY_VIOLATION`.
    Name,
    /// `number`: the code, a decimal `u16`.
    Number,
    /// `category`: one of the six [`Category`](crate::Category) spellings.
    Category,
    /// `phrase` (optional): the reason phrase, when title-casing the name's
    /// words would not give the registry's wording.
    Phrase,
    /// `alias_of` (optional): makes the row a deprecated alias of the named row.
    AliasOf,
    /// `reference` (optional): where the code is defined, for the docs.
    Reference,
    /// A yes/no column (optional), such as `no_content`: each is declared,
    /// with its rule and default, in `codegen/src/flags.rs`.
    Flag(Flag),
    /// `registration` (optional): how IANA registered the code, when it is
    /// not permanent: `temporary until YYYY-MM-DD` or `obsoleted`.
    Registration,
}

/// The columns before the yes/no ones.
const BEFORE_FLAGS: [Column; 6] = [
    Column::Name,
    Column::Number,
    Column::Category,
    Column::Phrase,
    Column::AliasOf,
    Column::Reference,
];

impl Column {
    /// How many columns there are.
    pub const COUNT: usize = BEFORE_FLAGS.len() + FLAGS.len() + 1;

    /// Every column, in the order the documentation lists them: the yes/no
    /// columns in their order in `FLAGS`, between `reference` and
    /// `registration`.
    pub const ALL: [Column; Column::COUNT] = {
        let mut all = [Column::Registration; Column::COUNT];
        let mut i = 0;
        while i < BEFORE_FLAGS.len() {
            all[i] = BEFORE_FLAGS[i];
            i += 1;
        }
        let mut f = 0;
        while f < FLAGS.len() {
            all[BEFORE_FLAGS.len() + f] = Column::Flag(Flag::at(f));
            f += 1;
        }
        all
    };

    /// The column's name in the header row.
    pub const fn as_str(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Number => "number",
            Column::Category => "category",
            Column::Phrase => "phrase",
            Column::AliasOf => "alias_of",
            Column::Reference => "reference",
            Column::Flag(flag) => flag.name(),
            Column::Registration => "registration",
        }
    }

    /// Its position in [`Column::ALL`].
    pub const fn index(self) -> usize {
        match self {
            Column::Name => 0,
            Column::Number => 1,
            Column::Category => 2,
            Column::Phrase => 3,
            Column::AliasOf => 4,
            Column::Reference => 5,
            Column::Flag(flag) => BEFORE_FLAGS.len() + flag.index(),
            Column::Registration => Column::COUNT - 1,
        }
    }

    /// Whether every row must have a value in this column.
    pub const fn is_required(self) -> bool {
        matches!(self, Column::Name | Column::Number | Column::Category)
    }

    /// The yes/no column named `name`: `Column::flag("no_content")`.
    ///
    /// # Panics
    ///
    /// If no yes/no column has that name; in a `const`, that is a compile
    /// error.
    ///
    /// ```
    /// use status_codes_codegen::Column;
    ///
    /// const NO_CONTENT: Column = Column::flag("no_content");
    /// assert_eq!(NO_CONTENT.as_str(), "no_content");
    /// assert_eq!(Column::named("no_content"), Some(NO_CONTENT));
    /// ```
    pub const fn flag(name: &str) -> Column {
        let mut f = 0;
        while f < FLAGS.len() {
            if same(FLAGS[f].name.as_bytes(), name.as_bytes()) {
                return Column::Flag(Flag::at(f));
            }
            f += 1;
        }
        panic!("no yes/no column has that name (see FLAGS in codegen/src/flags.rs)");
    }

    /// The column with this header name, if there is one.
    pub fn named(name: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.as_str() == name)
    }
}

/// `a == b`, in a `const fn`.
const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl fmt::Display for Column {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A problem with the header, and the column it is about, if any.
pub(crate) type HeaderProblem = (Option<Column>, Problem);

/// The column of each header field (`None` for a trailing empty one), or
/// every problem with the header. `line_text` is the header line as written.
pub(crate) fn header(
    names: &[String],
    line_text: &str,
) -> Result<Vec<Option<Column>>, Vec<HeaderProblem>> {
    if !names.iter().any(|n| Column::named(n).is_some()) {
        return Err(vec![(
            None,
            Problem::new(
                format!(
                    "the first row must be the header, but `{}` names no known column",
                    line_text.trim()
                ),
                format!(
                    "add the header line `name,number,category` above it; known columns are {}",
                    column_list()
                ),
            ),
        )]);
    }
    // Empty names at the end of the header (a trailing comma) are ignored:
    // the columns from index `named` on.
    let named = names.len() - names.iter().rev().take_while(|n| n.is_empty()).count();
    let mut problems = Vec::new();
    let mut columns = Vec::with_capacity(names.len());
    let mut seen: HashMap<Column, usize> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        let position = i + 1;
        let column = Column::named(name);
        match column {
            None if i >= named => {}
            None => problems.push((None, unknown(name, position))),
            Some(c) => {
                if let Some(first) = seen.insert(c, position) {
                    let problem = Problem::new(
                        format!(
                            "the header names column `{c}` twice (columns {first} and {position})"
                        ),
                        "remove one of the two",
                    );
                    problems.push((Some(c), problem));
                }
            }
        }
        columns.push(column);
    }
    for required in Column::ALL.into_iter().filter(|c| c.is_required()) {
        if !seen.contains_key(&required) {
            let problem = Problem::new(
                format!("the header has no `{required}` column"),
                "the header must name the columns name, number and category",
            );
            problems.push((Some(required), problem));
        }
    }
    if problems.is_empty() {
        Ok(columns)
    } else {
        Err(problems)
    }
}

/// A header field that names no column: empty, or a suggestion if it is
/// close to a known one.
fn unknown(name: &str, position: usize) -> Problem {
    if name.is_empty() {
        return Problem::new(
            format!("header column {position} has no name"),
            "remove the empty column, or name it after one of the known columns",
        );
    }
    let known: Vec<&str> = Column::ALL.iter().map(|c| c.as_str()).collect();
    let help = match closest(name, &known) {
        Some(close) => format!(
            "did you mean `{close}`? Known columns are {}",
            column_list()
        ),
        None => format!("known columns are {}", column_list()),
    };
    Problem::new(
        format!("unknown column `{name}` in the header (column {position})"),
        help,
    )
}

fn column_list() -> String {
    let names: Vec<&str> = Column::ALL.iter().map(|c| c.as_str()).collect();
    names.join(", ")
}
