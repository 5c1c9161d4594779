//! The standard traits of both generated enums, written once in
//! [`code_enum_traits!`]: `Display` (`404 Not Found`), `FromStr` (numbers
//! and constant names), `TryFrom<u16>`, `From<_> for u16`, and equality with
//! a `u16` both ways. `src/http_status.rs` and `src/ws_close_code.rs` each
//! invoke it with their table and [`Kind`](crate::kind::Kind).

/// Implements `Display`, `FromStr`, `TryFrom<u16>`, `From<_> for u16` and
/// comparisons with `u16` for a generated enum, over its `CodeTable`.
macro_rules! code_enum_traits {
    (
        $ty:ident, $table:ident, $kind:expr,
        example: $variant:ident, $code:literal, $display:literal, $name:literal
    ) => {
        #[doc = concat!(
            "Prints the code and its reason phrase, `", $display, "`, honouring\n",
            "width, fill and alignment (`{:>30}`) like a `str` does.\n\n",
            "```\nuse status_codes::", stringify!($ty), ";\n\n",
            "assert_eq!(", stringify!($ty), "::", stringify!($variant), ".to_string(), \"",
            $display, "\");\n```"
        )]
        impl core::fmt::Display for $ty {
            #[inline]
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                let text = $table.display(self.code());
                // Without a width or precision (the common case), write the
                // text directly rather than through `pad`'s checks.
                if f.width().is_none() && f.precision().is_none() {
                    f.write_str(text)
                } else {
                    f.pad(text)
                }
            }
        }

        #[doc = concat!(
            "Parses the number (`\"", stringify!($code), "\"`) or any constant name, including\n",
            "the deprecated aliases. Matching is exact: no sign, no leading zero, no\n",
            "surrounding whitespace, names in upper case.\n\n",
            "```\nuse status_codes::", stringify!($ty), ";\n\n",
            "assert_eq!(\"", stringify!($code), "\".parse(), Ok(", stringify!($ty), "::",
            stringify!($variant), "));\n",
            "assert_eq!(\"", $name, "\".parse(), Ok(", stringify!($ty), "::",
            stringify!($variant), "));\n",
            "assert!(\"0", stringify!($code), "\".parse::<", stringify!($ty), ">().is_err());\n```"
        )]
        impl core::str::FromStr for $ty {
            type Err = crate::ParseCodeError;

            #[inline]
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                /// Everything but three digits: out of line, so that the
                /// three-digit path stays small where `from_str` is
                /// inlined, and over this enum's table as a constant.
                ///
                /// Generic only so that it is compiled in the crate that
                /// parses, which holds the table's arrays for its other
                /// lookups already; compiled here, it carried a second copy
                /// of them (5.7 KB more in a small program). That is where
                /// rustc compiles a generic function today, not a language
                /// rule; and where it shares generic code between crates
                /// (unoptimised and size-optimised builds), it would reuse
                /// this crate's copy only if this crate parsed, which it
                /// does not (its tests and its lookup tool are crates of
                /// their own).
                #[inline(never)]
                fn parse_out_of_line<S: AsRef<str> + ?Sized>(
                    s: &S,
                ) -> Result<$ty, crate::table::Failure> {
                    $table.parse_other($kind.prefix(), s.as_ref())
                }
                $table
                    .parse_three_digits(s)
                    .unwrap_or_else(|| parse_out_of_line(s))
                    .map_err(|failure| crate::ParseCodeError::new(failure, $kind))
            }
        }

        /// Converts a number that has a variant; the error carries the number.
        impl TryFrom<u16> for $ty {
            type Error = crate::UnknownCode;

            #[inline]
            fn try_from(code: u16) -> Result<Self, Self::Error> {
                Self::from_code(code).ok_or(crate::UnknownCode::new(code, $kind))
            }
        }

        /// The code as a number; never fails.
        impl From<$ty> for u16 {
            #[inline]
            fn from(value: $ty) -> u16 {
                value.code()
            }
        }

        #[doc = concat!(
            "Compares with a plain number: `", stringify!($ty), "::", stringify!($variant),
            " == ", stringify!($code), "`.\n\n",
            "```\nuse status_codes::", stringify!($ty), ";\n\n",
            "assert!(", stringify!($ty), "::", stringify!($variant), " == ", stringify!($code),
            ");\n```"
        )]
        impl PartialEq<u16> for $ty {
            #[inline]
            fn eq(&self, other: &u16) -> bool {
                self.code() == *other
            }
        }

        #[doc = concat!(
            "Compares with a plain number: `", stringify!($code), " == ", stringify!($ty), "::",
            stringify!($variant), "`."
        )]
        impl PartialEq<$ty> for u16 {
            #[inline]
            fn eq(&self, other: &$ty) -> bool {
                *self == other.code()
            }
        }
    };
}

pub(crate) use code_enum_traits;
