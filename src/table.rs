//! The lookup tables of the generated enums, and the lookups over them.
//!
//! The generator writes each enum's [`CodeTable`] as data (`HTTP_TABLE`,
//! `WS_TABLE`): for each number from the first code to the last, its
//! variant and its variant's position (its slot), one array per field of
//! the variants in code order, and the deprecated names. Every lookup is a
//! range check and one or two loads from small arrays; no branch depends on
//! which known code it is, so lookups stay fast when codes arrive in an
//! unpredictable order, and all of them work in `const` context.

/// The lookup tables of one generated enum, written by the generator.
///
/// What the table knows of each variant is in one array per field, in code
/// order, so a lookup reads only the string it needs from a dense array.
pub(crate) struct CodeTable<T: 'static> {
    /// The lowest code in the table (0 when the table is empty).
    pub(crate) first: u16,
    /// For each number from `first` on, its variant: `from_code` in one load.
    pub(crate) by_code: &'static [Option<T>],
    /// For each number from `first` on, its variant's position in the
    /// arrays below; for a number without a variant, the number of
    /// variants, one past the end of every array.
    pub(crate) slots: &'static [u16],
    /// The constant name of each variant, `HTTP_404_NOT_FOUND`.
    pub(crate) names: &'static [&'static str],
    /// The reason phrase of each variant, `Not Found`.
    pub(crate) phrases: &'static [&'static str],
    /// What `Display` prints for each variant, `404 Not Found`: the
    /// generator joins the number and the phrase, so that `Display` writes
    /// one string.
    pub(crate) displays: &'static [&'static str],
    /// The yes/no columns of each variant's row, a bit each (the bits are
    /// `crate::generated::flag`).
    pub(crate) flags: &'static [u32],
    /// How IANA registered each variant.
    pub(crate) registrations: &'static [crate::Registration],
    /// Deprecated names and the variants they stand for.
    pub(crate) aliases: &'static [(&'static str, T)],
}

impl<T: Copy> CodeTable<T> {
    /// The position of `code`'s variant in the per-variant arrays; one past
    /// their end when it has none.
    #[inline]
    const fn slot(&self, code: u16) -> usize {
        let offset = code.wrapping_sub(self.first) as usize;
        if offset < self.slots.len() {
            self.slots[offset] as usize
        } else {
            self.names.len()
        }
    }

    /// The variant with this code.
    #[inline]
    pub(crate) const fn get(&self, code: u16) -> Option<T> {
        let offset = code.wrapping_sub(self.first) as usize;
        if offset < self.by_code.len() {
            self.by_code[offset]
        } else {
            None
        }
    }

    /// The reason phrase of any number that has a variant.
    #[inline]
    pub(crate) const fn phrase_of(&self, code: u16) -> Option<&'static str> {
        let slot = self.slot(code);
        if slot < self.phrases.len() {
            Some(self.phrases[slot])
        } else {
            None
        }
    }

    /// Whether any number has a variant, and if so whether its `flag` (a
    /// bit of `crate::generated::flag`) is set.
    #[inline]
    pub(crate) const fn flag_of(&self, code: u16, flag: u32) -> Option<bool> {
        let slot = self.slot(code);
        if slot < self.flags.len() {
            Some(self.flags[slot] & flag != 0)
        } else {
            None
        }
    }

    // The accessors of a variant, given its code. Every variant has a slot;
    // any other number gets an empty string or no flag, so these are `const`
    // without an `Option` to unwrap.

    /// The variant's constant name.
    #[inline]
    pub(crate) const fn name(&self, code: u16) -> &'static str {
        at(self.names, self.slot(code), "")
    }

    /// The variant's reason phrase.
    #[inline]
    pub(crate) const fn phrase(&self, code: u16) -> &'static str {
        at(self.phrases, self.slot(code), "")
    }

    /// What `Display` prints for the variant.
    #[inline]
    pub(crate) const fn display(&self, code: u16) -> &'static str {
        at(self.displays, self.slot(code), "")
    }

    /// Whether the variant's `flag` (a bit of `crate::generated::flag`) is
    /// set.
    #[inline]
    pub(crate) const fn has(&self, code: u16, flag: u32) -> bool {
        at(self.flags, self.slot(code), 0) & flag != 0
    }

    /// How IANA registered the variant.
    #[inline]
    pub(crate) const fn registration(&self, code: u16) -> crate::Registration {
        at(
            self.registrations,
            self.slot(code),
            crate::Registration::Permanent,
        )
    }

    /// Parses a number (`"404"`) or a constant name, canonical or deprecated
    /// (`"HTTP_404_NOT_FOUND"`). Names are found in constant time: the
    /// number inside the name picks the one row to compare against.
    #[inline]
    pub(crate) fn parse(&self, prefix: &str, s: &str) -> Result<T, Failure> {
        // Three digits, the shape of every HTTP code, without a loop.
        if let [a, b, c] = *s.as_bytes() {
            let [a, b, c] = [a, b, c].map(|d| d.wrapping_sub(b'0'));
            // One branch for all three digits: `&` does not short-circuit.
            if (a.wrapping_sub(1) < 9) & (b < 10) & (c < 10) {
                let code = u16::from(a) * 100 + u16::from(b) * 10 + u16::from(c);
                // `get` by hand: `slice::get` is not `const` so `get` cannot
                // use it, but here it lets the optimiser drop a check
                // (parsing "404": 1.62 ns with `get`, 1.42 ns with this).
                let offset = usize::from(code.wrapping_sub(self.first));
                return match self.by_code.get(offset) {
                    Some(&Some(value)) => Ok(value),
                    _ => Err(Failure::UnknownCode(code)),
                };
            }
        }
        self.parse_other(prefix, s)
    }

    /// Everything but three digits: kept out of line so that the hot path
    /// above stays small where it is inlined. The first byte tells a number
    /// from a name.
    #[inline(never)]
    fn parse_other(&self, prefix: &str, s: &str) -> Result<T, Failure> {
        match s.as_bytes().first() {
            Some(b'0'..=b'9') | None => match parse_decimal(s.as_bytes()) {
                Ok(code) => self.get(code).ok_or(Failure::UnknownCode(code)),
                Err(NotDecimal::Malformed) => Err(Failure::BadNumber),
                Err(NotDecimal::NotDigits) if s.is_empty() => Err(Failure::Empty),
                Err(NotDecimal::NotDigits) => Err(Failure::UnknownName),
            },
            Some(_) => self.parse_name(prefix, s).ok_or(Failure::UnknownName),
        }
    }

    /// A constant name: the digits after the prefix (skipped by its length)
    /// pick the one name to compare with, and comparing the whole name
    /// checks everything else (the prefix itself, and that the digits are
    /// the number as written: `0404` or too many digits give a number whose
    /// name differs).
    fn parse_name(&self, prefix: &str, s: &str) -> Option<T> {
        let rest = s.as_bytes().get(prefix.len()..)?;
        let code = rest
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .fold(0u16, |code, &b| {
                code.wrapping_mul(10).wrapping_add(u16::from(b - b'0'))
            });
        if self.name(code) == s {
            return self.get(code);
        }
        self.aliases
            .iter()
            .find(|(name, _)| *name == s)
            .map(|&(_, value)| value)
    }
}

/// The value at `slot` in one of the per-variant arrays, or `none` one
/// past its end (a number without a variant).
#[inline]
const fn at<V: Copy>(list: &'static [V], slot: usize, none: V) -> V {
    if slot < list.len() {
        list[slot]
    } else {
        none
    }
}

/// Why bytes are not a plain decimal `u16`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NotDecimal {
    /// Empty, or something other than an ASCII digit.
    NotDigits,
    /// Only digits, but a leading zero, or more than 65535.
    Malformed,
}

/// A plain decimal `u16`: 1 to 5 digits, no sign, no leading zero. One
/// pass, no branch per digit beyond the digit check.
#[inline]
fn parse_decimal(bytes: &[u8]) -> Result<u16, NotDecimal> {
    let mut value: u32 = 0;
    for &b in bytes {
        let digit = b.wrapping_sub(b'0');
        if digit > 9 {
            return Err(NotDecimal::NotDigits);
        }
        value = value.wrapping_mul(10).wrapping_add(u32::from(digit));
    }
    match bytes {
        [] => Err(NotDecimal::NotDigits),
        [b'0', _, ..] => Err(NotDecimal::Malformed),
        _ if bytes.len() > 5 => Err(NotDecimal::Malformed),
        _ => u16::try_from(value).map_err(|_| NotDecimal::Malformed),
    }
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
