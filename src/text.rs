//! How the open types ([`Status`](crate::Status),
//! [`CloseCode`](crate::CloseCode)) print a code the registry lacks:
//! `499 (unregistered client error)`, padded like a `str` when asked.

use core::fmt::{self, Write};

/// Writes `{code} ({note})`. Without a width or precision (the common
/// case) it goes straight to the formatter; with one, it is first put
/// together on the stack, so that `Formatter::pad` sees one string.
pub(crate) fn write_number_and_note(
    f: &mut fmt::Formatter<'_>,
    code: u16,
    note: &str,
) -> fmt::Result {
    if f.width().is_none() && f.precision().is_none() {
        return write!(f, "{code} ({note})");
    }
    let mut text = StackText::default();
    write!(text, "{code} ({note})")?;
    f.pad(text.as_str())
}

/// A short text built on the stack: room for five digits, a space and the
/// longest note with its brackets.
struct StackText {
    bytes: [u8; 64],
    len: usize,
}

impl Default for StackText {
    fn default() -> Self {
        Self {
            bytes: [0; 64],
            len: 0,
        }
    }
}

impl StackText {
    /// What was written. Only whole `str`s are ever copied in, so the bytes
    /// are UTF-8; were they not, the text would be empty rather than a
    /// panic.
    fn as_str(&self) -> &str {
        self.bytes
            .get(..self.len)
            .and_then(|bytes| core::str::from_utf8(bytes).ok())
            .unwrap_or_default()
    }
}

impl Write for StackText {
    /// Appends `s`, or fails (as `fmt::Error`) when it does not fit.
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        let room = self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?;
        room.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{StackText, Write};

    #[test]
    fn stack_text_holds_what_fits_and_refuses_more() {
        let mut text = StackText::default();
        assert_eq!(text.as_str(), "");
        assert!(text.write_str("499 ").is_ok());
        assert!(text.write_str("(é)").is_ok());
        assert_eq!(text.as_str(), "499 (é)");
        let long = "x".repeat(64 - text.as_str().len());
        assert!(text.write_str(&long).is_ok());
        assert_eq!(text.as_str().len(), 64);
        assert!(text.write_str("y").is_err());
        assert!(text.as_str().ends_with('x'));
    }
}
