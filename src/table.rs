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

    /// How many digits every code of the table has, when it has codes and
    /// they all have the same number of digits (3 for HTTP, 4 for
    /// WebSocket). A name's number is then read without looking for its
    /// end.
    #[inline]
    const fn width(&self) -> Option<usize> {
        if self.by_code.is_empty() {
            return None;
        }
        let last = self.first as usize + self.by_code.len() - 1;
        let width = decimal_width(self.first as usize);
        if width == decimal_width(last) {
            Some(width)
        } else {
            None
        }
    }

    /// Parses three digits, the shape of every HTTP code, without a loop;
    /// `None` for any other string, which goes to
    /// [`parse_other`](Self::parse_other).
    #[inline]
    pub(crate) fn parse_three_digits(&self, s: &str) -> Option<Result<T, Failure>> {
        let code = three_digits(s)?;
        // `get` by hand: `slice::get` is not `const` so `get` cannot use
        // it, but here it lets the optimiser drop a check (parsing "404":
        // 1.62 ns with `get`, 1.42 ns with this).
        let offset = usize::from(code.wrapping_sub(self.first));
        Some(match self.by_code.get(offset) {
            Some(&Some(value)) => Ok(value),
            _ => Err(Failure::UnknownCode(code)),
        })
    }

    /// Parses anything but three digits: any other number, or a constant
    /// name, canonical or deprecated (`"HTTP_404_NOT_FOUND"`). The first
    /// byte tells a number from a name.
    ///
    /// Each enum's `FromStr` calls this from a function of its own, kept
    /// out of line, over its table as a constant (`code_enum_traits!`): the
    /// table's lengths and [`width`](Self::width) are then known when the
    /// function is compiled.
    #[inline]
    pub(crate) fn parse_other(&self, prefix: &str, s: &str) -> Result<T, Failure> {
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

    /// A constant name. A canonical name is found in constant time: the
    /// digits after the prefix (skipped by its length) pick the one name to
    /// compare with, and comparing the whole name checks everything else
    /// (the prefix itself, and that the digits are the number as written:
    /// `0404`, too many digits or a byte that is not a digit give a number
    /// whose name differs). A deprecated name is found by a scan of the few
    /// deprecated names.
    ///
    /// Every name, deprecated or not, is the prefix, its row's number and
    /// words, and a deprecated name's number is its target's: the generator
    /// checks both (`check_name` in `codegen/src/names.rs`, the alias rules
    /// in `codegen/src/validate.rs`). So a string too short to hold the
    /// digits is no name, and returning before the scan is right.
    #[inline]
    fn parse_name(&self, prefix: &str, s: &str) -> Option<T> {
        let rest = s.as_bytes().get(prefix.len()..)?;
        let digit = |code: u16, &b: &u8| {
            code.wrapping_mul(10)
                .wrapping_add(u16::from(b.wrapping_sub(b'0')))
        };
        let code = match self.width() {
            Some(width) => rest.get(..width)?.iter().fold(0, digit),
            None => rest
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .fold(0, digit),
        };
        if self.name(code) == s {
            return self.get(code);
        }
        self.aliases
            .iter()
            .find(|(name, _)| *name == s)
            .map(|&(_, value)| value)
    }
}

/// Three digits without a leading zero, 100-999, read without a loop;
/// `None` for any other string.
#[inline]
pub(crate) fn three_digits(s: &str) -> Option<u16> {
    let [a, b, c] = *s.as_bytes() else {
        return None;
    };
    // All three bytes checked at once, one byte a lane: a lane's high bit
    // is set by the subtraction when the byte is below its lowest digit
    // (`1` for the first, `0` for the others), and by the addition when it
    // is above `9`. A carry or borrow crosses into a higher lane only from
    // a byte that is already refused, so the lowest bad byte always shows.
    let lanes = u32::from_le_bytes([a, b, c, 0]);
    if (lanes.wrapping_sub(0x30_30_31) | lanes.wrapping_add(0x46_46_46)) & 0x80_80_80 != 0 {
        return None;
    }
    Some(u16::from(a) * 100 + u16::from(b) * 10 + u16::from(c) - u16::from(b'0') * 111)
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

/// How many decimal digits `n` has, for the numbers a table can hold.
const fn decimal_width(n: usize) -> usize {
    match n {
        0..=9 => 1,
        10..=99 => 2,
        100..=999 => 3,
        1000..=9999 => 4,
        _ => 5,
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
    /// A well-formed number outside the range of the type (a `Status` is
    /// 100-999).
    OutOfRange(u16),
    /// Neither a number nor one of the constant names.
    UnknownName,
}

#[cfg(test)]
mod tests {
    use super::{decimal_width, three_digits, CodeTable, Failure};
    use crate::Registration::Permanent;

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Code {
        NinetyNine,
        Hundred,
        HundredOne,
    }

    /// Codes 99 and 100, of two widths, and 101 with a deprecated name.
    const MIXED: CodeTable<Code> = CodeTable {
        first: 99,
        by_code: &[
            Some(Code::NinetyNine),
            Some(Code::Hundred),
            Some(Code::HundredOne),
        ],
        slots: &[0, 1, 2],
        names: &["T_99_NINETY", "T_100_HUNDRED", "T_101_ONE"],
        phrases: &["Ninety", "Hundred", "One"],
        displays: &["99 Ninety", "100 Hundred", "101 One"],
        flags: &[0, 0, 0],
        registrations: &[Permanent, Permanent, Permanent],
        aliases: &[("T_101_OLD", Code::HundredOne)],
    };

    /// The last two codes of `MIXED`, both of three digits.
    const FIXED: CodeTable<Code> = CodeTable {
        first: 100,
        by_code: &[Some(Code::Hundred), Some(Code::HundredOne)],
        slots: &[0, 1],
        names: &["T_100_HUNDRED", "T_101_ONE"],
        phrases: &["Hundred", "One"],
        displays: &["100 Hundred", "101 One"],
        flags: &[0, 0],
        registrations: &[Permanent, Permanent],
        aliases: &[("T_101_OLD", Code::HundredOne)],
    };

    #[test]
    fn decimal_width_at_each_boundary() {
        for (n, width) in [
            (0, 1),
            (9, 1),
            (10, 2),
            (99, 2),
            (100, 3),
            (999, 3),
            (1000, 4),
            (9999, 4),
            (10000, 5),
            (65535, 5),
        ] {
            assert_eq!(decimal_width(n), width, "{n}");
        }
    }

    #[test]
    fn width_is_known_only_when_every_code_has_as_many_digits() {
        assert_eq!(FIXED.width(), Some(3));
        assert_eq!(MIXED.width(), None);
        // 998 and 999: the last code is the first plus one, not two.
        let top = CodeTable {
            first: 998,
            ..FIXED
        };
        assert_eq!(top.width(), Some(3));
        let empty = CodeTable {
            first: 0,
            by_code: &[],
            slots: &[],
            ..FIXED
        };
        assert_eq!(empty.width(), None);
        // The category ranges give every HTTP code three digits and every
        // close code four, whatever rows the table has (a table may have
        // none of one kind).
        let http = (!crate::HttpStatus::ALL.is_empty()).then_some(3);
        assert_eq!(crate::generated::HTTP_TABLE.width(), http);
        let ws = (!crate::WsCloseCode::ALL.is_empty()).then_some(4);
        assert_eq!(crate::generated::WS_TABLE.width(), ws);
    }

    /// The three-digit path answers for three digits and leaves everything
    /// else to `parse_other`.
    #[test]
    fn three_digits_and_nothing_else_take_the_short_path() {
        assert_eq!(FIXED.parse_three_digits("100"), Some(Ok(Code::Hundred)));
        assert_eq!(FIXED.parse_three_digits("101"), Some(Ok(Code::HundredOne)));
        for (text, unknown) in [("102", 102), ("999", 999), ("200", 200)] {
            assert_eq!(
                FIXED.parse_three_digits(text),
                Some(Err(Failure::UnknownCode(unknown)))
            );
        }
        // "€" is three bytes, none of them a digit.
        for other in ["", "10", "1000", "099", "10a", "1 0", "€", "T_100_HUNDRED"] {
            assert_eq!(FIXED.parse_three_digits(other), None, "{other}");
        }
    }

    /// Every string of three bytes, against the plain reading: three ASCII
    /// digits, the first not `0`.
    #[test]
    fn three_digits_reads_every_three_byte_string_right() {
        let check = |s: &str| {
            let plain =
                (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0'))
                    .then(|| s.parse::<u16>().unwrap());
            assert_eq!(three_digits(s), plain, "{s:?}");
        };
        // Without an allocator (the library's tests also run as `no_std`):
        // the characters are encoded into a buffer of their own.
        let each = |chars: &[char]| {
            let mut buf = [0u8; 8];
            let mut len = 0;
            for c in chars {
                len += c.encode_utf8(&mut buf[len..]).len();
            }
            check(core::str::from_utf8(&buf[..len]).unwrap());
        };
        for a in (0..128u8).map(char::from) {
            for b in (0..128u8).map(char::from) {
                for c in (0..128u8).map(char::from) {
                    each(&[a, b, c]);
                }
            }
        }
        for wide in ('\u{80}'..='\u{ffff}').filter(|c| c.len_utf8() > 1) {
            for ascii in (0..128u8).map(char::from) {
                each(&[wide, ascii]);
                each(&[ascii, wide]);
            }
            each(&[wide]);
        }
        for other in ["", "1", "12", "1234", "99", "100", "999"] {
            check(other);
        }
    }

    /// Both ways of reading a name's digits, at a fixed width (`FIXED`)
    /// and by a scan for their end (`MIXED`), find the names of the codes
    /// both tables hold and refuse the same near misses.
    #[test]
    fn names_parse_whether_or_not_the_width_is_fixed() {
        let expect = |table: &CodeTable<Code>, s: &str, want: Option<Code>| {
            assert_eq!(table.parse_other("T_", s).ok(), want, "{s}");
        };
        for table in [&MIXED, &FIXED] {
            expect(table, "T_100_HUNDRED", Some(Code::Hundred));
            expect(table, "T_101_ONE", Some(Code::HundredOne));
            expect(table, "T_101_OLD", Some(Code::HundredOne));
            for miss in [
                "T_",
                "T_1",
                "T_10",
                "T_100",
                "T_100_",
                "T_0100_HUNDRED",
                "T_1000_HUNDRED",
                "T_1O0_HUNDRED",
                "T_100_HUNDREDS",
                "X_100_HUNDRED",
                "T_101_OLDER",
                "T_€_HUNDRED",
                "T_10€",
                "T_1€0_HUNDRED",
                "T_100_HUNDRED€",
            ] {
                assert_eq!(
                    table.parse_other("T_", miss),
                    Err(Failure::UnknownName),
                    "{miss}"
                );
            }
        }
        expect(&MIXED, "T_99_NINETY", Some(Code::NinetyNine));
        expect(&FIXED, "T_99_NINETY", None);
    }
}
