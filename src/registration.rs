//! How IANA registered a code: [`Registration`].

use core::fmt;

/// How a code stands in its IANA registry: the `registration` column of
/// `data/status.csv`.
///
/// Almost every code is [`Permanent`](Registration::Permanent). IANA also
/// registers codes temporarily, for a specification still in draft, with an
/// expiry date; and it keeps codes whose specification is obsolete, marked
/// obsoleted.
///
/// # A code the registry no longer lists
///
/// A release never removes a name. When IANA drops a code, or a temporary
/// registration lapses and the registry stops listing it, the code stays:
/// its registration becomes [`Removed`](Registration::Removed) or
/// [`Lapsed`](Registration::Lapsed), and its variant, its `status::`
/// constant and its typed constant are `#[deprecated]` with a note that
/// says why. It still parses, displays and converts as before.
///
/// # A temporary registration past its date
///
/// The expiry date is IANA's, shown as IANA lists it; this crate never reads
/// the clock. A temporary registration stays in the table, and stays
/// `Temporary`, until IANA's registry changes: when IANA extends it, makes it
/// permanent or removes it, the maintainers' refresh of the vendored copy of
/// the registry reports the one-line edit to `data/status.csv`, and the next
/// release carries it.
///
/// ```
/// use status_codes::{HttpStatus, Registration};
///
/// assert_eq!(HttpStatus::NotFound.registration(), Registration::Permanent);
///
/// // What to say about a code, whichever way IANA registered it:
/// fn note(status: HttpStatus) -> Option<String> {
///     match status.registration() {
///         Registration::Permanent => None,
///         Registration::Temporary { expires } => Some(format!("{status}: temporary, until {expires}")),
///         Registration::Obsoleted => Some(format!("{status}: obsoleted")),
///         _ => Some(format!("{status}: {}", status.registration())),
///     }
/// }
/// assert_eq!(note(HttpStatus::NotFound), None);
///
/// let upload = Registration::Temporary { expires: "2026-11-13" };
/// assert!(upload.is_temporary());
/// assert_eq!(upload.expires(), Some("2026-11-13"));
/// assert_eq!(upload.to_string(), "temporary IANA registration, expires 2026-11-13");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Registration {
    /// A permanent registration.
    Permanent,
    /// A temporary registration, which lapses on `expires` unless IANA
    /// extends it or makes it permanent.
    Temporary {
        /// The expiry date IANA lists, `YYYY-MM-DD`.
        expires: &'static str,
    },
    /// A registration IANA marks obsoleted: the code stays registered, but
    /// the specification that defined it is no longer in use.
    Obsoleted,
    /// A temporary registration that lapsed: IANA's registry no longer lists
    /// the code. Its names are deprecated, never removed.
    Lapsed,
    /// A code IANA removed: its registry no longer lists it. Its names are
    /// deprecated, never removed.
    Removed,
}

impl Registration {
    /// Whether the registration is temporary.
    ///
    /// ```
    /// use status_codes::{HttpStatus, Registration};
    ///
    /// assert!(Registration::Temporary { expires: "2026-11-13" }.is_temporary());
    /// assert!(!Registration::Permanent.is_temporary());
    /// assert!(!HttpStatus::NotFound.registration().is_temporary());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_temporary(self) -> bool {
        matches!(self, Registration::Temporary { .. })
    }

    /// The expiry date of a temporary registration, `YYYY-MM-DD`.
    ///
    /// ```
    /// use status_codes::{HttpStatus, Registration};
    ///
    /// let temporary = Registration::Temporary { expires: "2026-11-13" };
    /// assert_eq!(temporary.expires(), Some("2026-11-13"));
    /// assert_eq!(Registration::Obsoleted.expires(), None);
    /// assert_eq!(HttpStatus::NotFound.registration().expires(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn expires(self) -> Option<&'static str> {
        match self {
            Registration::Temporary { expires } => Some(expires),
            _ => None,
        }
    }
}

/// `permanent`, `obsoleted`, `temporary IANA registration, expires
/// 2026-11-13`, `lapsed temporary IANA registration, no longer listed` or
/// `removed from the IANA registry`.
///
/// ```
/// use status_codes::Registration;
///
/// assert_eq!(Registration::Permanent.to_string(), "permanent");
/// assert_eq!(Registration::Obsoleted.to_string(), "obsoleted");
/// assert_eq!(Registration::Removed.to_string(), "removed from the IANA registry");
/// ```
impl fmt::Display for Registration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Registration::Permanent => f.write_str("permanent"),
            Registration::Temporary { expires } => {
                write!(f, "temporary IANA registration, expires {expires}")
            }
            Registration::Obsoleted => f.write_str("obsoleted"),
            Registration::Lapsed => {
                f.write_str("lapsed temporary IANA registration, no longer listed")
            }
            Registration::Removed => f.write_str("removed from the IANA registry"),
        }
    }
}
