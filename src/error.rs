//! The small error types of conversions and parsing.

use core::fmt;

use crate::kind::Kind;
use crate::table::Failure;

/// The error of `TryFrom<u16>`: the number has no variant. It carries the
/// rejected number.
///
/// ```
/// use status_codes::{HttpStatus, WsCloseCode};
///
/// let err = HttpStatus::try_from(600).unwrap_err();
/// assert_eq!(err.code(), 600);
/// assert_eq!(err.to_string(), "600 is not a known HTTP status code");
///
/// let err = WsCloseCode::try_from(5000).unwrap_err();
/// assert_eq!(err.to_string(), "5000 is not a known WebSocket close code");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: u16,
    kind: Kind,
}

impl UnknownCode {
    pub(crate) const fn new(code: u16, kind: Kind) -> Self {
        Self { code, kind }
    }

    /// The number that was rejected.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::try_from(600).unwrap_err().code(), 600);
    /// ```
    #[must_use]
    #[inline]
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a known {}", self.code, self.kind.noun())
    }
}

/// The error of `Status::try_from(u16)`: the number is not an HTTP status
/// code at all, since a status code is three digits, 100 to 999. It carries
/// the rejected number.
///
/// ```
/// use status_codes::Status;
///
/// let err = Status::try_from(1000).unwrap_err();
/// assert_eq!(err.code(), 1000);
/// assert_eq!(err.to_string(), "1000 is not an HTTP status code: they are 100 to 999");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OutOfRange {
    code: u16,
}

impl OutOfRange {
    pub(crate) const fn new(code: u16) -> Self {
        Self { code }
    }

    /// The number that was rejected.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert_eq!(Status::try_from(42).unwrap_err().code(), 42);
    /// ```
    #[must_use]
    #[inline]
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (min, max) = (crate::Status::MIN.code(), crate::Status::MAX.code());
        write!(
            f,
            "{} is not an HTTP status code: they are {min} to {max}",
            self.code
        )
    }
}

/// The error of `FromStr`: the string is neither a known code nor one of the
/// constant names.
///
/// ```
/// use status_codes::HttpStatus;
///
/// let err = "HTTP_404_NOT_FOUNDD".parse::<HttpStatus>().unwrap_err();
/// assert_eq!(err.unknown_code(), None);
/// assert!(err.to_string().contains("HTTP_404_NOT_FOUND"));
///
/// let err = "600".parse::<HttpStatus>().unwrap_err();
/// assert_eq!(err.unknown_code(), Some(600));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseCodeError {
    failure: Failure,
    kind: Kind,
}

impl ParseCodeError {
    pub(crate) const fn new(failure: Failure, kind: Kind) -> Self {
        Self { failure, kind }
    }

    /// The number, when the string was a well-formed number that the type
    /// does not hold: a code the registry lacks (for the enums), or a number
    /// outside 100-999 (for [`Status`](crate::Status)).
    ///
    /// ```
    /// use status_codes::{Status, WsCloseCode};
    ///
    /// assert_eq!("999".parse::<WsCloseCode>().unwrap_err().unknown_code(), Some(999));
    /// assert_eq!("x".parse::<WsCloseCode>().unwrap_err().unknown_code(), None);
    /// assert_eq!("1000".parse::<Status>().unwrap_err().unknown_code(), Some(1000));
    /// ```
    #[must_use]
    #[inline]
    pub const fn unknown_code(&self) -> Option<u16> {
        match self.failure {
            Failure::UnknownCode(code) | Failure::OutOfRange(code) => Some(code),
            _ => None,
        }
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = self.kind.noun();
        let a_what = self.kind.with_article();
        match self.failure {
            Failure::Empty => write!(f, "an empty string is not {a_what}"),
            Failure::BadNumber => write!(
                f,
                "not {a_what}: numbers are plain decimal from 0 to 65535, without a sign or leading zero"
            ),
            Failure::UnknownCode(code) => write!(f, "{code} is not a known {what}"),
            Failure::OutOfRange(code) => write!(f, "{}", OutOfRange::new(code)),
            Failure::UnknownName => write!(
                f,
                "not a known {what} number or constant name; expected something like {}",
                self.kind.example()
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for UnknownCode {}

#[cfg(feature = "std")]
impl std::error::Error for ParseCodeError {}

#[cfg(feature = "std")]
impl std::error::Error for OutOfRange {}

#[cfg(feature = "std")]
impl std::error::Error for crate::ParseCategoryError {}
