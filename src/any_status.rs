//! [`Status`]: any HTTP status code a response can carry, 100-999, as
//! `http::StatusCode` holds them; the value a service passes around.
//! [`HttpStatus`] is the registry's codes, for exhaustive `match`.

use core::fmt;
use core::num::NonZeroU16;

use crate::generated::{flag, HTTP_TABLE};
use crate::kind::Kind;
use crate::table::Failure;
use crate::text::write_number_and_note;
use crate::{Category, HttpStatus, OutOfRange, ParseCodeError, Registration, UnknownCode};

/// Any HTTP status code, registered or not: every number from 100 to 999,
/// the codes `http::StatusCode` accepts.
///
/// Use it where a status travels (a handler's result, a log record, a
/// message on a queue): `499` from nginx, a code a newer registry adds, or a
/// code of your own all fit, and lose nothing through `http`, `serde`,
/// `FromStr` and `Display`. A registered code answers everything
/// [`HttpStatus`] does; any other code answers what RFC 9110 says of every
/// code of its class, and `None` where nothing can be said. For an
/// exhaustive `match` over the registry, take [`Status::known`].
///
/// The FastAPI names are associated constants, so `status.HTTP_201_CREATED`
/// ports as `Status::HTTP_201_CREATED`; the `u16` constants in
/// [`status`](crate::status) stay for matching on numbers.
///
/// ```
/// use status_codes::{Category, HttpStatus, Status};
///
/// let created = Status::HTTP_201_CREATED;
/// assert_eq!(created.to_string(), "201 Created");
/// assert_eq!(created.known(), Some(HttpStatus::Created));
///
/// // nginx's "client closed request" is a status, whatever the registry says.
/// let closed = Status::from_code(499).unwrap();
/// assert_eq!(closed.category(), Some(Category::ClientError));
/// assert_eq!("499".parse(), Ok(closed));
///
/// // Some 4xx code that the registry leaves unassigned:
/// let code = (400..500).find(|&c| HttpStatus::from_code(c).is_none()).unwrap();
/// let unknown = Status::from_code(code).unwrap();
/// assert_eq!(unknown.known(), None);
/// assert_eq!(unknown.reason_phrase(), None);
/// assert_eq!(unknown.understood_as(), Some(HttpStatus::BadRequest));
/// assert_eq!(unknown.to_string(), format!("{code} (unregistered client error)"));
///
/// // Outside 100-999 there is no status.
/// assert_eq!(Status::from_code(1000), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Status(NonZeroU16);

impl Status {
    /// The lowest status code, 100.
    ///
    /// ```
    /// assert_eq!(status_codes::Status::MIN.code(), 100);
    /// ```
    pub const MIN: Self = Self::in_range(100);

    /// The highest status code, 999 (a status code is three digits).
    ///
    /// ```
    /// assert_eq!(status_codes::Status::MAX.code(), 999);
    /// ```
    pub const MAX: Self = Self::in_range(999);

    /// A number already known to be in 100-999. Saturating addition to the
    /// smallest non-zero number gives `code` itself for any `code` above 0,
    /// without a panic path.
    #[inline]
    const fn in_range(code: u16) -> Self {
        Self(NonZeroU16::MIN.saturating_add(code.saturating_sub(1)))
    }

    /// The status with this number, or `None` outside 100-999.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert_eq!(Status::from_code(404), Some(Status::HTTP_404_NOT_FOUND));
    /// assert_eq!(Status::from_code(599).map(Status::code), Some(599));
    /// assert_eq!(Status::from_code(99), None);
    /// const TEAPOT: Option<Status> = Status::from_code(418);
    /// assert!(TEAPOT.is_some());
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_code(code: u16) -> Option<Self> {
        if Self::MIN.code() <= code && code <= Self::MAX.code() {
            Some(Self::in_range(code))
        } else {
            None
        }
    }

    /// The status of a registered code; never fails, and `const`.
    ///
    /// ```
    /// use status_codes::{HttpStatus, Status};
    ///
    /// const NOT_FOUND: Status = Status::from_known(HttpStatus::NotFound);
    /// assert_eq!(NOT_FOUND.code(), 404);
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_known(status: HttpStatus) -> Self {
        // Every variant is in 100-599: the generator checks the category
        // ranges, and `tests/any_status.rs` holds every variant.
        Self::in_range(status.code())
    }

    /// The number, 100-999.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert_eq!(Status::HTTP_404_NOT_FOUND.code(), 404);
    /// ```
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        self.0.get()
    }

    /// The registered code, for an exhaustive `match`; `None` when the
    /// registry has no such code.
    ///
    /// ```
    /// use status_codes::{HttpStatus, Status};
    ///
    /// fn retry_after(status: Status) -> Option<u32> {
    ///     match status.known()? {
    ///         HttpStatus::TooManyRequests => Some(60),
    ///         HttpStatus::ServiceUnavailable => Some(30),
    ///         _ => None,
    ///     }
    /// }
    /// assert_eq!(retry_after(Status::HTTP_503_SERVICE_UNAVAILABLE), Some(30));
    /// assert_eq!(retry_after(Status::from_code(999).unwrap()), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn known(self) -> Option<HttpStatus> {
        HttpStatus::from_code(self.code())
    }

    /// Whether the registry has this code.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert!(Status::HTTP_200_OK.is_known());
    /// assert!(!Status::from_code(999).unwrap().is_known());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_known(self) -> bool {
        self.known().is_some()
    }

    /// The registered reason phrase, or `None` for a code the registry
    /// lacks.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert_eq!(Status::HTTP_404_NOT_FOUND.reason_phrase(), Some("Not Found"));
    /// assert_eq!(Status::from_code(999).unwrap().reason_phrase(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_phrase(self) -> Option<&'static str> {
        HTTP_TABLE.phrase_of(self.code())
    }

    /// The constant name, `HTTP_404_NOT_FOUND`, or `None` for a code the
    /// registry lacks.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert_eq!(Status::HTTP_404_NOT_FOUND.name(), Some("HTTP_404_NOT_FOUND"));
    /// assert_eq!(Status::from_code(999).unwrap().name(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> Option<&'static str> {
        match self.known() {
            Some(status) => Some(status.name()),
            None => None,
        }
    }

    /// The class, from the first digit; `None` for 600-999, which no class
    /// holds (RFC 9110, Section 15).
    ///
    /// ```
    /// use status_codes::{Category, Status};
    ///
    /// assert_eq!(Status::from_code(499).unwrap().category(), Some(Category::ClientError));
    /// assert_eq!(Status::from_code(600).unwrap().category(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn category(self) -> Option<Category> {
        match Category::of(self.code()) {
            Some(Category::WebSocket) | None => None,
            Some(category) => Some(category),
        }
    }

    /// Whether the code is 1xx.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert!(Status::from_code(199).unwrap().is_informational());
    /// assert!(!Status::HTTP_200_OK.is_informational());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_informational(self) -> bool {
        Category::Informational.contains(self.code())
    }

    /// Whether the code is 2xx.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert!(Status::from_code(299).unwrap().is_success());
    /// assert!(!Status::HTTP_404_NOT_FOUND.is_success());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_success(self) -> bool {
        Category::Success.contains(self.code())
    }

    /// Whether the code is 3xx.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert!(Status::HTTP_303_SEE_OTHER.is_redirection());
    /// assert!(!Status::HTTP_200_OK.is_redirection());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_redirection(self) -> bool {
        Category::Redirection.contains(self.code())
    }

    /// Whether the code is 4xx.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert!(Status::from_code(499).unwrap().is_client_error());
    /// assert!(!Status::HTTP_500_INTERNAL_SERVER_ERROR.is_client_error());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_client_error(self) -> bool {
        Category::ClientError.contains(self.code())
    }

    /// Whether the code is 5xx.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert!(Status::from_code(599).unwrap().is_server_error());
    /// assert!(!Status::from_code(600).unwrap().is_server_error());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_server_error(self) -> bool {
        Category::ServerError.contains(self.code())
    }

    /// How a recipient must understand the code (RFC 9110, Section 15): a
    /// registered code as itself, any other code of a class as that
    /// class's `x00`; `None` for 600-999. The same as
    /// [`HttpStatus::understood_as`] of the number.
    ///
    /// ```
    /// use status_codes::{HttpStatus, Status};
    ///
    /// assert_eq!(Status::HTTP_404_NOT_FOUND.understood_as(), Some(HttpStatus::NotFound));
    /// // Some 4xx code that the registry leaves unassigned:
    /// let code = (400..500).find(|&c| HttpStatus::from_code(c).is_none()).unwrap();
    /// assert_eq!(Status::from_code(code).unwrap().understood_as(), Some(HttpStatus::BadRequest));
    /// assert_eq!(Status::from_code(799).unwrap().understood_as(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn understood_as(self) -> Option<HttpStatus> {
        HttpStatus::understood_as(self.code())
    }

    /// How IANA registered the code, or `None` for a code the registry
    /// lacks. See [`Registration`].
    ///
    /// ```
    /// use status_codes::{Registration, Status};
    ///
    /// assert_eq!(Status::HTTP_200_OK.registration(), Some(Registration::Permanent));
    /// assert_eq!(Status::from_code(999).unwrap().registration(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn registration(self) -> Option<Registration> {
        match self.known() {
            Some(status) => Some(status.registration()),
            None => None,
        }
    }

    /// Whether a cache may store a response with this status and reuse it
    /// without explicit freshness: see
    /// [`HttpStatus::is_heuristically_cacheable`]. `false` for a code the
    /// registry lacks, since RFC 9110, Section 15 forbids caching a
    /// response with an unrecognised status at all.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert!(Status::HTTP_404_NOT_FOUND.is_heuristically_cacheable());
    /// assert!(!Status::HTTP_201_CREATED.is_heuristically_cacheable());
    /// assert!(!Status::from_code(999).unwrap().is_heuristically_cacheable());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_heuristically_cacheable(self) -> bool {
        matches!(
            HTTP_TABLE.flag_of(self.code(), flag::HEURISTICALLY_CACHEABLE),
            Some(true)
        )
    }

    /// Whether a response with this status may carry content: `false` for
    /// every 1xx (RFC 9110, Section 15.2, registered or not) and for the
    /// registered codes whose responses end after their header section
    /// (204, 205, 304); `true` for every other code, as HTTP/1.1's message
    /// framing (RFC 9112, Section 6.3) treats it.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert!(Status::HTTP_200_OK.allows_content());
    /// assert!(!Status::HTTP_204_NO_CONTENT.allows_content());
    /// assert!(!Status::from_code(199).unwrap().allows_content());
    /// assert!(Status::from_code(499).unwrap().allows_content());
    /// ```
    #[must_use]
    #[inline]
    pub const fn allows_content(self) -> bool {
        match HTTP_TABLE.flag_of(self.code(), flag::NO_CONTENT) {
            Some(no_content) => !no_content,
            None => !self.is_informational(),
        }
    }

    /// What `Display` says after the number of a code the registry lacks.
    const fn unknown_note(self) -> &'static str {
        match self.category() {
            Some(Category::Informational) => "unregistered informational",
            Some(Category::Success) => "unregistered success",
            Some(Category::Redirection) => "unregistered redirection",
            Some(Category::ClientError) => "unregistered client error",
            Some(Category::ServerError) => "unregistered server error",
            Some(Category::WebSocket) | None => "unregistered, in no class",
        }
    }
}

/// Defines a typed constant of `Status` for each item of `http_names!`.
macro_rules! status_consts {
    ($($(#[$attr:meta])* $name:ident = $variant:ident, $text:literal;)*) => {
        /// The FastAPI names as typed constants, one per row of
        /// `data/status.csv`: `status.HTTP_201_CREATED` ports as
        /// `Status::HTTP_201_CREATED`.
        impl Status {
            $(
                #[doc = concat!(
                    $text, ": [`HttpStatus::", stringify!($variant), "`] as a `Status`."
                )]
                $(#[$attr])*
                // A lapsed or removed code's variant is deprecated; its
                // constants are too, through `$attr`.
                #[allow(deprecated)]
                pub const $name: Self = Self::from_known(HttpStatus::$variant);
            )*
        }
    };
}

crate::generated::http_names!(status_consts);

/// `Status(404)`: the number, as `http::StatusCode` shows it.
impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Status").field(&self.code()).finish()
    }
}

/// A registered code as [`HttpStatus`] prints it, `404 Not Found`; any
/// other as its number and what can be said of it,
/// `499 (unregistered client error)` or `999 (unregistered, in no class)`.
/// Honours width, fill and alignment like a `str` does.
///
/// ```
/// use status_codes::Status;
///
/// assert_eq!(Status::HTTP_404_NOT_FOUND.to_string(), "404 Not Found");
/// assert_eq!(Status::from_code(999).unwrap().to_string(), "999 (unregistered, in no class)");
/// assert_eq!(format!("[{:>8}]", Status::from_code(103).unwrap()), "[103 Early Hints]");
/// ```
impl fmt::Display for Status {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(status) => fmt::Display::fmt(&status, f),
            None => write_number_and_note(f, self.code(), self.unknown_note()),
        }
    }
}

/// Parses a number from 100 to 999 (`"499"`) or any constant name
/// (`"HTTP_404_NOT_FOUND"`, deprecated names included). Exact, like
/// [`HttpStatus`]'s: no sign, no leading zero, no whitespace.
///
/// ```
/// use status_codes::Status;
///
/// assert_eq!("499".parse::<Status>().map(Status::code), Ok(499));
/// assert_eq!("HTTP_201_CREATED".parse(), Ok(Status::HTTP_201_CREATED));
/// let err = "1000".parse::<Status>().unwrap_err();
/// assert_eq!(err.to_string(), "1000 is not an HTTP status code: they are 100 to 999");
/// ```
impl core::str::FromStr for Status {
    type Err = ParseCodeError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        /// Everything but three digits, out of line so that the number path
        /// stays small where `from_str` is inlined; generic only so that it
        /// is compiled in the crate that parses, as `HttpStatus`'s is.
        #[inline(never)]
        fn parse_other<S: AsRef<str> + ?Sized>(s: &S) -> Result<Status, Failure> {
            match HTTP_TABLE.parse_other(Kind::Http.prefix(), s.as_ref()) {
                Ok(status) => Ok(Status::from_known(status)),
                Err(Failure::UnknownCode(code)) => {
                    Status::from_code(code).ok_or(Failure::OutOfRange(code))
                }
                Err(failure) => Err(failure),
            }
        }
        match crate::table::three_digits(s) {
            Some(code) => Ok(Self::in_range(code)),
            None => parse_other(s),
        }
        .map_err(|failure| ParseCodeError::new(failure, Kind::Http))
    }
}

/// Any registered code; never fails.
///
/// ```
/// use status_codes::{HttpStatus, Status};
///
/// assert_eq!(Status::from(HttpStatus::NotFound).code(), 404);
/// ```
impl From<HttpStatus> for Status {
    #[inline]
    fn from(status: HttpStatus) -> Self {
        Self::from_known(status)
    }
}

/// The registered code; fails, with the number, for a code the registry
/// lacks.
///
/// ```
/// use status_codes::{HttpStatus, Status};
///
/// assert_eq!(HttpStatus::try_from(Status::HTTP_200_OK), Ok(HttpStatus::Ok));
/// assert_eq!(HttpStatus::try_from(Status::from_code(999).unwrap()).unwrap_err().code(), 999);
/// ```
impl TryFrom<Status> for HttpStatus {
    type Error = UnknownCode;

    #[inline]
    fn try_from(status: Status) -> Result<Self, Self::Error> {
        status
            .known()
            .ok_or(UnknownCode::new(status.code(), Kind::Http))
    }
}

/// Any number from 100 to 999; the error carries any other.
///
/// ```
/// use status_codes::Status;
///
/// assert_eq!(Status::try_from(499).map(Status::code), Ok(499));
/// assert_eq!(Status::try_from(1000).unwrap_err().code(), 1000);
/// ```
impl TryFrom<u16> for Status {
    type Error = OutOfRange;

    #[inline]
    fn try_from(code: u16) -> Result<Self, Self::Error> {
        Self::from_code(code).ok_or(OutOfRange::new(code))
    }
}

/// The number; never fails.
impl From<Status> for u16 {
    #[inline]
    fn from(status: Status) -> u16 {
        status.code()
    }
}

/// `Status::HTTP_404_NOT_FOUND == 404`.
impl PartialEq<u16> for Status {
    #[inline]
    fn eq(&self, other: &u16) -> bool {
        self.code() == *other
    }
}

/// `404 == Status::HTTP_404_NOT_FOUND`.
impl PartialEq<Status> for u16 {
    #[inline]
    fn eq(&self, other: &Status) -> bool {
        *self == other.code()
    }
}

/// `Status::HTTP_404_NOT_FOUND == HttpStatus::NotFound`.
impl PartialEq<HttpStatus> for Status {
    #[inline]
    fn eq(&self, other: &HttpStatus) -> bool {
        self.code() == other.code()
    }
}

/// `HttpStatus::NotFound == Status::HTTP_404_NOT_FOUND`.
impl PartialEq<Status> for HttpStatus {
    #[inline]
    fn eq(&self, other: &Status) -> bool {
        self.code() == other.code()
    }
}
