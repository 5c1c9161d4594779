//! The hand-written half of [`HttpStatus`]: its accessors and traits. The
//! enum itself and its tables are generated from `data/status.csv`.

use crate::generated::{flag, HTTP_TABLE};
use crate::kind::Kind;
use crate::traits::code_enum_traits;
use crate::{Category, HttpStatus};

impl HttpStatus {
    /// The variant for `code`, or `None` when the registry has no such code.
    ///
    /// A table lookup: constant time whatever the number, and `const`.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::from_code(404), Some(HttpStatus::NotFound));
    /// assert_eq!(HttpStatus::from_code(600), None);
    /// const OK: Option<HttpStatus> = HttpStatus::from_code(200);
    /// assert_eq!(OK, Some(HttpStatus::Ok));
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_code(code: u16) -> Option<Self> {
        HTTP_TABLE.get(code)
    }

    /// The reason phrase of any number, or `None` when it is not a known
    /// HTTP status code. The same as
    /// `HttpStatus::from_code(code).map(HttpStatus::reason_phrase)`, in one
    /// lookup.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::reason_phrase_of(200), Some("OK"));
    /// assert_eq!(HttpStatus::reason_phrase_of(600), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_phrase_of(code: u16) -> Option<&'static str> {
        HTTP_TABLE.phrase_of(code)
    }

    /// The reason phrase as the IANA registry words it.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::NotFound.reason_phrase(), "Not Found");
    /// assert_eq!(HttpStatus::Ok.reason_phrase(), "OK");
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_phrase(self) -> &'static str {
        HTTP_TABLE.phrase(self.code())
    }

    /// The canonical constant name in [`status`](crate::status).
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::NotFound.name(), "HTTP_404_NOT_FOUND");
    /// // Deprecated aliases parse, but the name is always the current one.
    /// let status: HttpStatus = "HTTP_422_UNPROCESSABLE_ENTITY".parse().unwrap();
    /// assert_eq!(status.name(), "HTTP_422_UNPROCESSABLE_CONTENT");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        HTTP_TABLE.name(self.code())
    }

    /// The class of the code, from its first digit: [`Category::of`] its
    /// number.
    ///
    /// ```
    /// use status_codes::{Category, HttpStatus};
    ///
    /// assert_eq!(HttpStatus::Ok.category(), Category::Success);
    /// assert_eq!(HttpStatus::BadGateway.category(), Category::ServerError);
    /// ```
    #[must_use]
    #[inline]
    pub const fn category(self) -> Category {
        match Category::of(self.code()) {
            Some(category) => category,
            // Not reached: validation keeps every variant in its category.
            None => Category::ServerError,
        }
    }

    /// Whether the code is 1xx.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert!(HttpStatus::Continue.is_informational());
    /// assert!(!HttpStatus::Ok.is_informational());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_informational(self) -> bool {
        Category::Informational.contains(self.code())
    }

    /// Whether the code is 2xx.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert!(HttpStatus::Created.is_success());
    /// assert!(!HttpStatus::NotFound.is_success());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_success(self) -> bool {
        Category::Success.contains(self.code())
    }

    /// Whether the code is 3xx.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert!(HttpStatus::SeeOther.is_redirection());
    /// assert!(!HttpStatus::Ok.is_redirection());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_redirection(self) -> bool {
        Category::Redirection.contains(self.code())
    }

    /// Whether the code is 4xx.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert!(HttpStatus::NotFound.is_client_error());
    /// assert!(!HttpStatus::InternalServerError.is_client_error());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_client_error(self) -> bool {
        Category::ClientError.contains(self.code())
    }

    /// Whether the code is 5xx.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert!(HttpStatus::ServiceUnavailable.is_server_error());
    /// assert!(!HttpStatus::NotFound.is_server_error());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_server_error(self) -> bool {
        Category::ServerError.contains(self.code())
    }

    /// How IANA registered the code: permanently (almost all), temporarily
    /// until a date, or obsoleted. See [`Registration`](crate::Registration)
    /// for what a temporary registration past its date means here.
    ///
    /// ```
    /// use status_codes::{HttpStatus, Registration};
    ///
    /// assert_eq!(HttpStatus::Ok.registration(), Registration::Permanent);
    ///
    /// // The codes that IANA registered otherwise, whichever they are:
    /// for status in HttpStatus::ALL {
    ///     match status.registration() {
    ///         Registration::Permanent => {}
    ///         Registration::Temporary { expires } => println!("{status}: until {expires}"),
    ///         Registration::Obsoleted => println!("{status}: obsoleted"),
    ///         _ => {}
    ///     }
    /// }
    /// ```
    #[must_use]
    #[inline]
    pub const fn registration(self) -> crate::Registration {
        HTTP_TABLE.registration(self.code())
    }

    /// Whether a cache may store a response with this status and reuse it
    /// without explicit freshness information (an `Expires` or
    /// `Cache-Control: max-age`): RFC 9110, Section 15.1 lists 200, 203,
    /// 204, 206, 300, 301, 308, 404, 405, 410, 414 and 501, and RFC 7725
    /// makes 451 cacheable by default. Any other status needs explicit
    /// freshness to be stored.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert!(HttpStatus::Ok.is_heuristically_cacheable());
    /// assert!(HttpStatus::NotFound.is_heuristically_cacheable());
    /// assert!(!HttpStatus::Created.is_heuristically_cacheable());
    /// const CACHEABLE: bool = HttpStatus::PermanentRedirect.is_heuristically_cacheable();
    /// assert!(CACHEABLE);
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_heuristically_cacheable(self) -> bool {
        HTTP_TABLE.has(self.code(), flag::HEURISTICALLY_CACHEABLE)
    }

    /// Whether a response with this status may carry content: `false` for
    /// every 1xx, 204 No Content, 205 Reset Content and 304 Not Modified,
    /// whose responses end after their header section (RFC 9110, Sections
    /// 15.2, 15.3.5, 15.3.6 and 15.4.5).
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert!(HttpStatus::Ok.allows_content());
    /// assert!(!HttpStatus::NoContent.allows_content());
    /// assert!(!HttpStatus::NotModified.allows_content());
    /// assert!(!HttpStatus::Continue.allows_content());
    /// ```
    #[must_use]
    #[inline]
    pub const fn allows_content(self) -> bool {
        !HTTP_TABLE.has(self.code(), flag::NO_CONTENT)
    }

    /// How a recipient must understand any status code, by RFC 9110,
    /// Section 15: a registered code as itself, and an unregistered code in
    /// 100-599 as the `x00` code of its class (an unregistered 4xx code as
    /// `400 Bad Request`, an unregistered 2xx code as `200 OK`); `None`
    /// outside 100-599.
    ///
    /// The same section adds that a response with an unrecognised status
    /// code must not be cached: check the status itself, not what it is
    /// understood as.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// // A client receiving a status line with some number:
    /// fn handle(code: u16) -> (Option<HttpStatus>, bool) {
    ///     let understood = HttpStatus::understood_as(code);
    ///     // Cache heuristically only what is registered and cacheable:
    ///     // an unrecognised code must not be cached at all.
    ///     let may_cache = HttpStatus::from_code(code)
    ///         .is_some_and(HttpStatus::is_heuristically_cacheable);
    ///     (understood, may_cache)
    /// }
    ///
    /// assert_eq!(handle(404), (Some(HttpStatus::NotFound), true));
    /// assert_eq!(handle(600), (None, false));
    ///
    /// // Some number in 4xx that the registry leaves unassigned:
    /// let unknown = (400..500).find(|&c| HttpStatus::from_code(c).is_none()).unwrap();
    /// assert_eq!(handle(unknown), (Some(HttpStatus::BadRequest), false));
    /// ```
    #[must_use]
    #[inline]
    pub const fn understood_as(code: u16) -> Option<Self> {
        match Self::from_code(code) {
            Some(status) => Some(status),
            None => match Category::of(code) {
                Some(Category::WebSocket) | None => None,
                Some(category) => Self::from_code(category.first()),
            },
        }
    }
}

code_enum_traits!(
    HttpStatus, HTTP_TABLE, Kind::Http,
    example: NotFound, 404, "404 Not Found", "HTTP_404_NOT_FOUND"
);
