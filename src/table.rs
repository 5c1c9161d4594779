//! The shape of the generated lookup tables, and the lookups over them.
//!
//! For each enum the generator emits one [`CodeTable`]: the variants in code
//! order (`codes`), their strings in the same order, and `slots`, which maps
//! `code - first` to a position in those lists (or [`NONE`]). Every lookup is
//! therefore a bounds check and one or two loads from small arrays, with no
//! branch that depends on which code it is: fast even when codes arrive in an
//! unpredictable order, and usable in `const` context.

/// The slot of a number that has no variant.
pub(crate) const NONE: u16 = u16::MAX;

/// The lookup tables of one generated enum.
pub(crate) struct CodeTable<T: 'static> {
    /// The lowest code in the table.
    pub(crate) first: u16,
    /// For each number from `first` on, its position in `codes`, or [`NONE`].
    pub(crate) slots: &'static [u16],
    /// Every variant, sorted by code.
    pub(crate) codes: &'static [T],
    /// The reason phrase of each variant, `Not Found`.
    pub(crate) phrases: &'static [&'static str],
    /// The constant name of each variant, `HTTP_404_NOT_FOUND`.
    pub(crate) names: &'static [&'static str],
    /// What `Display` prints for each variant, `404 Not Found`.
    pub(crate) displays: &'static [&'static str],
    /// Deprecated names and the variants they stand for.
    pub(crate) aliases: &'static [(&'static str, T)],
}

impl<T: Copy> CodeTable<T> {
    /// The position of `code` in `codes`; out of bounds when there is none.
    #[inline]
    pub(crate) const fn slot(&self, code: u16) -> usize {
        let offset = code.wrapping_sub(self.first) as usize;
        if offset < self.slots.len() {
            self.slots[offset] as usize
        } else {
            NONE as usize
        }
    }

    /// The variant with this code.
    #[inline]
    pub(crate) const fn get(&self, code: u16) -> Option<T> {
        let slot = self.slot(code);
        if slot < self.codes.len() {
            Some(self.codes[slot])
        } else {
            None
        }
    }

    /// The reason phrase of `code`, if it has a variant.
    #[inline]
    pub(crate) const fn phrase(&self, code: u16) -> Option<&'static str> {
        str_at(self.phrases, self.slot(code))
    }

    /// The constant name of `code`, if it has a variant.
    #[inline]
    pub(crate) const fn name(&self, code: u16) -> Option<&'static str> {
        str_at(self.names, self.slot(code))
    }

    /// `"{code} {phrase}"` for `code`, if it has a variant.
    #[inline]
    pub(crate) const fn display(&self, code: u16) -> Option<&'static str> {
        str_at(self.displays, self.slot(code))
    }

    /// Parses a number (`"404"`) or a constant name, canonical or deprecated
    /// (`"HTTP_404_NOT_FOUND"`). Names are found in constant time: the
    /// number inside the name picks the one row to compare against.
    #[inline]
    pub(crate) fn parse(&self, prefix: &str, s: &str) -> Result<T, Failure> {
        let bytes = s.as_bytes();
        if bytes.is_empty() {
            return Err(Failure::Empty);
        }
        if bytes.iter().all(u8::is_ascii_digit) {
            let code = parse_decimal(bytes).ok_or(Failure::BadNumber)?;
            return self.get(code).ok_or(Failure::UnknownCode(code));
        }
        self.parse_name(prefix, s).ok_or(Failure::UnknownName)
    }

    #[inline]
    fn parse_name(&self, prefix: &str, s: &str) -> Option<T> {
        let rest = s.strip_prefix(prefix)?.as_bytes();
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let code = parse_decimal(rest.get(..digits)?)?;
        let slot = self.slot(code);
        if let (Some(&name), Some(&value)) = (self.names.get(slot), self.codes.get(slot)) {
            if name == s {
                return Some(value);
            }
        }
        self.aliases
            .iter()
            .find(|(name, _)| *name == s)
            .map(|&(_, value)| value)
    }
}

/// Unwraps a string that the tables guarantee: every variant has one.
#[inline]
pub(crate) const fn known(s: Option<&'static str>) -> &'static str {
    match s {
        Some(s) => s,
        None => "",
    }
}

#[inline]
const fn str_at(list: &'static [&'static str], slot: usize) -> Option<&'static str> {
    if slot < list.len() {
        Some(list[slot])
    } else {
        None
    }
}

/// A plain decimal `u16`: 1 to 5 digits, no sign, no leading zero.
#[inline]
pub(crate) fn parse_decimal(bytes: &[u8]) -> Option<u16> {
    if bytes.is_empty() || bytes.len() > 5 || (bytes.len() > 1 && bytes[0] == b'0') {
        return None;
    }
    let mut value: u32 = 0;
    for &b in bytes {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(b - b'0');
    }
    u16::try_from(value).ok()
}

/// Why a string did not parse; carried inside [`crate::ParseCodeError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Failure {
    /// The string was empty.
    Empty,
    /// Digits, but not a plain decimal `u16` (leading zero, too large).
    BadNumber,
    /// A well-formed number with no variant.
    UnknownCode(u16),
    /// Neither a number nor one of the constant names.
    UnknownName,
}
