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

/// `permanent`, `obsoleted`, or `temporary IANA registration, expires
/// 2026-11-13`.
///
/// ```
/// use status_codes::Registration;
///
/// assert_eq!(Registration::Permanent.to_string(), "permanent");
/// assert_eq!(Registration::Obsoleted.to_string(), "obsoleted");
/// ```
impl fmt::Display for Registration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Registration::Permanent => f.write_str("permanent"),
            Registration::Temporary { expires } => {
                write!(f, "temporary IANA registration, expires {expires}")
            }
            Registration::Obsoleted => f.write_str("obsoleted"),
        }
    }
}
