//! What the comparison reports: a [`Finding`] per difference, each with the
//! [`Edit`] that resolves it, ready to paste.

use std::fmt;

use super::deliberate::{Difference, REASON_PLACEHOLDER};
use super::{Source, DELIBERATE};

/// One difference between the table and an upstream copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The code it is about.
    pub number: u16,
    /// The copy that disagrees.
    pub source: Source,
    /// What differs, naming the code.
    pub message: String,
    /// Where the difference shows: the file...
    pub file: &'static str,
    /// ...and its 1-based line.
    pub line: u64,
    /// What to do about it.
    pub edit: Edit,
    /// The other way to resolve it, if there is one.
    pub alternative: Option<Alternative>,
}

/// The second way out of a finding, printed after its edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Alternative {
    /// Keep the difference: record it in `deliberate.csv`.
    Keep(Difference),
    /// Follow upstream after all: make `edit` and delete the record on
    /// `line` of `deliberate.csv`.
    Follow {
        /// The table's edit.
        edit: Edit,
        /// The record's line.
        line: u64,
    },
}

impl fmt::Display for Alternative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Alternative::Keep(difference) => write!(
                f,
                "or, if the table keeps this difference on purpose, add this line at the end of \
                 {DELIBERATE}, with the reason in place of {REASON_PLACEHOLDER}:\n        {}",
                difference.record(REASON_PLACEHOLDER)
            ),
            Alternative::Follow { edit, line } => write!(
                f,
                "or, if the table should follow upstream instead, delete line {line} of \
                 {DELIBERATE} and {edit}"
            ),
        }
    }
}

/// The edit that resolves a finding. Lines are 1-based.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Add `text` as a new line after line `after` (0: at the top).
    Add {
        /// The file to edit.
        file: &'static str,
        /// The line to add it after.
        after: u64,
        /// What is on that line, to find it by eye.
        after_what: String,
        /// The whole line to add.
        text: String,
    },
    /// Delete line `line`.
    Delete {
        /// The file to edit.
        file: &'static str,
        /// The line to delete.
        line: u64,
        /// What is on it.
        text: String,
    },
    /// Change one field of line `line` from `old` to `new` (either may be
    /// empty), which makes the line `new_line`.
    Change {
        /// The file to edit.
        file: &'static str,
        /// The line to edit.
        line: u64,
        /// The column's name.
        column: &'static str,
        /// The field as it is.
        old: String,
        /// The field as it should be.
        new: String,
        /// The whole line after the change.
        new_line: String,
    },
    /// Replace line `line` with `new`.
    Replace {
        /// The file to edit.
        file: &'static str,
        /// The line to replace.
        line: u64,
        /// What is on it.
        old: String,
        /// What it becomes.
        new: String,
    },
    /// Every one of these edits, together.
    All(Vec<Edit>),
    /// No edit of the table can resolve it; the text says what to do.
    ByHand(String),
}

impl Edit {
    /// The text of `file` with this edit made, if it is an edit of `file`.
    /// The tests use it to check that every edit resolves its finding.
    pub fn apply(&self, file: &str, text: &str) -> Option<String> {
        if let Edit::All(edits) = self {
            // Bottom up, so each edit's line numbers still hold.
            let mut edits: Vec<&Edit> = edits.iter().collect();
            edits.sort_by_key(|e| std::cmp::Reverse(e.line()));
            let mut out: Option<String> = None;
            for edit in edits {
                if let Some(edited) = edit.apply(file, out.as_deref().unwrap_or(text)) {
                    out = Some(edited);
                }
            }
            return out;
        }
        let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
        match self {
            Edit::Add {
                file: f,
                after,
                text: new,
                ..
            } if *f == file => {
                let at = (*after as usize).min(lines.len());
                // After a last line without its newline, the new line needs one first.
                let missing_newline = at > 0 && !lines[at - 1].ends_with('\n');
                let added = format!("{}{new}\n", if missing_newline { "\n" } else { "" });
                let mut out: Vec<&str> = lines[..at].to_vec();
                out.push(&added);
                out.extend(&lines[at..]);
                Some(out.concat())
            }
            Edit::Delete { file: f, line, .. } if *f == file => {
                lines.remove(*line as usize - 1);
                Some(lines.concat())
            }
            Edit::Change {
                file: f,
                line,
                new_line,
                ..
            }
            | Edit::Replace {
                file: f,
                line,
                new: new_line,
                ..
            } if *f == file => {
                let replaced = format!("{new_line}\n");
                lines[*line as usize - 1] = &replaced;
                Some(lines.concat())
            }
            _ => None,
        }
    }
}

impl Edit {
    /// The line the edit is at (0 for one by hand): edits of one file are
    /// made from the highest line down.
    pub fn line(&self) -> u64 {
        match self {
            Edit::Add { after, .. } => *after,
            Edit::Delete { line, .. } | Edit::Change { line, .. } | Edit::Replace { line, .. } => {
                *line
            }
            Edit::All(edits) => edits.iter().map(Edit::line).max().unwrap_or(0),
            Edit::ByHand(_) => 0,
        }
    }
}

impl fmt::Display for Edit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Edit::Add {
                file,
                after: 0,
                text,
                ..
            } => write!(f, "add this line at the top of {file}:\n        {text}"),
            Edit::Add {
                file,
                after,
                after_what,
                text,
            } => write!(
                f,
                "add this line to {file}, after line {after} ({after_what}):\n        {text}"
            ),
            Edit::Delete { file, line, text } => {
                write!(f, "delete line {line} of {file}:\n        {text}")
            }
            Edit::Change {
                file,
                line,
                column,
                old,
                new,
                new_line,
            } => write!(
                f,
                "on line {line} of {file}, change `{column}` from {} to {}; the line becomes:\n        {new_line}",
                quoted(old),
                quoted(new)
            ),
            Edit::Replace {
                file,
                line,
                old,
                new,
            } => write!(
                f,
                "replace line {line} of {file}:\n        {old}\n      with:\n        {new}"
            ),
            Edit::All(edits) => {
                for (i, edit) in edits.iter().enumerate() {
                    if i > 0 {
                        f.write_str("\n      and ")?;
                    }
                    write!(f, "{edit}")?;
                }
                Ok(())
            }
            Edit::ByHand(what) => f.write_str(what),
        }
    }
}

/// `"text"`, or `nothing (empty)` for an empty field.
fn quoted(field: &str) -> String {
    if field.is_empty() {
        "nothing (an empty field)".to_owned()
    } else {
        format!("\"{field}\"")
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error: {}", self.message)?;
        writeln!(f, "  --> {}:{}", self.file, self.line)?;
        write!(f, "  = help: {}", self.edit)?;
        match &self.alternative {
            Some(alternative) => write!(f, "\n  = help: {alternative}"),
            None => Ok(()),
        }
    }
}

/// One CSV line of `fields`, quoted only where needed, without the empty
/// fields at its end (the table's rows leave them off).
pub fn csv_line<S: AsRef<str>>(fields: &[S]) -> String {
    let filled = fields
        .iter()
        .rposition(|f| !f.as_ref().is_empty())
        .map_or(0, |i| i + 1);
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    writer
        .write_record(fields[..filled].iter().map(AsRef::as_ref))
        .expect("writing to a Vec cannot fail");
    let bytes = writer.into_inner().expect("writing to a Vec cannot fail");
    String::from_utf8(bytes)
        .expect("the fields are UTF-8")
        .trim_end_matches('\n')
        .to_owned()
}
