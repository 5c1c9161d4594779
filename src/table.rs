//! The lookup tables of the generated enums, and the lookups over them.
//!
//! The generated file lists, for each enum, one [`Entry`] per variant in code
//! order (its strings and flags) and the deprecated names. [`code_table!`]
//! turns those lists into a [`CodeTable`] at compile time: one array per
//! field of the entries, and two index tables: `by_code`, which maps
//! `code - first` straight to the variant, and `slots`, which maps it to the
//! variant's position in those arrays (or [`NONE`]). Every lookup is
//! therefore a range check and one or two loads from small arrays; no branch
//! depends on which known code it is, so lookups stay fast when codes arrive
//! in an unpredictable order, and all of them work in `const` context.

/// The slot of a number that has no variant.
pub(crate) const NONE: u16 = u16::MAX;

/// What the table knows of one variant, as the generator lists it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry<T> {
    /// The variant.
    pub(crate) code: T,
    /// The constant name, `HTTP_404_NOT_FOUND`.
    pub(crate) name: &'static str,
    /// The reason phrase, `Not Found`.
    pub(crate) phrase: &'static str,
    /// What `Display` prints, `404 Not Found`.
    pub(crate) display: &'static str,
    /// Reserved for reporting, never sent in a Close frame (WebSocket only).
    pub(crate) reporting_only: bool,
    /// A cache may store it without explicit freshness (HTTP only).
    pub(crate) heuristically_cacheable: bool,
    /// A response with it never carries content (HTTP only).
    pub(crate) no_content: bool,
    /// How IANA registered it.
    pub(crate) registration: crate::Registration,
}

/// The lookup tables of one generated enum; built by [`code_table!`].
///
/// The entries are split into one array per field, so a lookup reads only
/// the string it needs from a dense array.
pub(crate) struct CodeTable<T: 'static> {
    /// The lowest code in the table.
    pub(crate) first: u16,
    /// For each number from `first` on, its position in the arrays below,
    /// or [`NONE`].
    pub(crate) slots: &'static [u16],
    /// For each number from `first` on, its variant: `from_code` in one load.
    pub(crate) by_code: &'static [Option<T>],
    /// The constant name of each variant, in code order.
    pub(crate) names: &'static [&'static str],
    /// The reason phrase of each variant, in code order.
    pub(crate) phrases: &'static [&'static str],
    /// What `Display` prints for each variant, in code order.
    pub(crate) displays: &'static [&'static str],
    /// Whether each variant is reserved for reporting, in code order.
    pub(crate) reporting_only: &'static [bool],
    /// Whether each variant is heuristically cacheable, in code order.
    pub(crate) heuristically_cacheable: &'static [bool],
    /// Whether each variant's responses never carry content, in code order.
    pub(crate) no_content: &'static [bool],
    /// How IANA registered each variant, in code order.
    pub(crate) registrations: &'static [crate::Registration],
    /// Deprecated names and the variants they stand for.
    pub(crate) aliases: &'static [(&'static str, T)],
}

/// Builds the [`CodeTable`] of a generated enum from its entries (sorted by
/// code, which the generator guarantees and this checks at compile time) and
/// its aliases: `code_table!(HttpStatus, HTTP_ENTRIES, HTTP_ALIASES)`.
macro_rules! code_table {
    ($ty:ty, $entries:expr, $aliases:expr) => {{
        const ENTRIES: &[$crate::table::Entry<$ty>] = $entries;
        const FIRST: u16 = match ENTRIES.first() {
            Some(entry) => entry.code.code(),
            None => 0,
        };
        const SPAN: usize = match ENTRIES.last() {
            Some(entry) => (entry.code.code() - FIRST) as usize + 1,
            None => 0,
        };
        const SLOTS: [u16; SPAN] = {
            let mut slots = [$crate::table::NONE; SPAN];
            let mut slot = 0;
            while slot < ENTRIES.len() {
                let code = ENTRIES[slot].code.code();
                assert!(
                    slot == 0 || ENTRIES[slot - 1].code.code() < code,
                    "entries must be sorted by code, without repeats"
                );
                slots[(code - FIRST) as usize] = slot as u16;
                slot += 1;
            }
            slots
        };
        const BY_CODE: [Option<$ty>; SPAN] = {
            let mut by_code = [None; SPAN];
            let mut slot = 0;
            while slot < ENTRIES.len() {
                let code = ENTRIES[slot].code;
                by_code[(code.code() - FIRST) as usize] = Some(code);
                slot += 1;
            }
            by_code
        };
        $crate::table::CodeTable {
            first: FIRST,
            slots: &SLOTS,
            by_code: &BY_CODE,
            names: &$crate::table::code_table!(@field ENTRIES.name: &str = ""),
            phrases: &$crate::table::code_table!(@field ENTRIES.phrase: &str = ""),
            displays: &$crate::table::code_table!(@field ENTRIES.display: &str = ""),
            reporting_only: &$crate::table::code_table!(@field ENTRIES.reporting_only: bool = false),
            heuristically_cacheable: &$crate::table::code_table!(
                @field ENTRIES.heuristically_cacheable: bool = false
            ),
            no_content: &$crate::table::code_table!(@field ENTRIES.no_content: bool = false),
            registrations: &$crate::table::code_table!(
                @field ENTRIES.registration: $crate::Registration = $crate::Registration::Permanent
            ),
            aliases: $aliases,
        }
    }};
    // One field of every entry, as an array in code order.
    (@field $entries:ident.$field:ident: $ty:ty = $empty:expr) => {{
        const FIELD: [$ty; $entries.len()] = {
            let mut field = [$empty; $entries.len()];
            let mut slot = 0;
            while slot < $entries.len() {
                field[slot] = $entries[slot].$field;
                slot += 1;
            }
            field
        };
        FIELD
    }};
}

pub(crate) use code_table;

impl<T: Copy> CodeTable<T> {
    /// The position of `code` in the arrays; out of bounds when there is none.
    #[inline]
    const fn slot(&self, code: u16) -> usize {
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
        let offset = code.wrapping_sub(self.first) as usize;
        if offset < self.by_code.len() {
            self.by_code[offset]
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

    /// Whether `code`'s variant is reserved for reporting; `None` when
    /// `code` has no variant, so one lookup answers both questions.
    #[inline]
    pub(crate) const fn reporting_only(&self, code: u16) -> Option<bool> {
        let slot = self.slot(code);
        if slot < self.reporting_only.len() {
            Some(self.reporting_only[slot])
        } else {
            None
        }
    }

    /// Whether `code` has a variant that is heuristically cacheable.
    #[inline]
    pub(crate) const fn is_heuristically_cacheable(&self, code: u16) -> bool {
        flag_at(self.heuristically_cacheable, self.slot(code))
    }

    /// Whether `code` has a variant whose responses never carry content.
    #[inline]
    pub(crate) const fn is_no_content(&self, code: u16) -> bool {
        flag_at(self.no_content, self.slot(code))
    }

    /// How `code`'s variant is registered; `Permanent` when it has none
    /// (every caller passes a variant's code).
    #[inline]
    pub(crate) const fn registration(&self, code: u16) -> crate::Registration {
        let slot = self.slot(code);
        if slot < self.registrations.len() {
            self.registrations[slot]
        } else {
            crate::Registration::Permanent
        }
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
    /// above stays small where it is inlined.
    #[inline(never)]
    fn parse_other(&self, prefix: &str, s: &str) -> Result<T, Failure> {
        match parse_decimal(s.as_bytes()) {
            Ok(code) => self.get(code).ok_or(Failure::UnknownCode(code)),
            Err(NotDecimal::Malformed) => Err(Failure::BadNumber),
            Err(NotDecimal::NotDigits) if s.is_empty() => Err(Failure::Empty),
            Err(NotDecimal::NotDigits) => self.parse_name(prefix, s).ok_or(Failure::UnknownName),
        }
    }

    fn parse_name(&self, prefix: &str, s: &str) -> Option<T> {
        let rest = s.strip_prefix(prefix)?.as_bytes();
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let code = parse_decimal(rest.get(..digits)?).ok()?;
        if self.name(code) == Some(s) {
            return self.get(code);
        }
        self.aliases
            .iter()
            .find(|(name, _)| *name == s)
            .map(|&(_, value)| value)
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

#[inline]
const fn flag_at(flags: &'static [bool], slot: usize) -> bool {
    slot < flags.len() && flags[slot]
}

/// Unwraps a string that the tables guarantee: every variant has one.
#[inline]
pub(crate) const fn known(s: Option<&'static str>) -> &'static str {
    match s {
        Some(s) => s,
        None => "",
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
