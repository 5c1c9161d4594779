//! Interop with the `http` crate (1.x): conversions both ways and
//! comparisons, so mixed code reads naturally.

use http::StatusCode;

use crate::kind::Kind;
use crate::{HttpStatus, UnknownCode};

/// Every `HttpStatus` is a valid `StatusCode`; never fails.
///
/// ```
/// use status_codes::HttpStatus;
///
/// assert_eq!(http::StatusCode::from(HttpStatus::NotFound), http::StatusCode::NOT_FOUND);
/// ```
impl From<HttpStatus> for StatusCode {
    #[inline]
    fn from(status: HttpStatus) -> Self {
        // Variants are 100-599 and `StatusCode` takes 100-999, so the
        // fallback is never used; it keeps this free of panics.
        StatusCode::from_u16(status.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// Fails, with the number, for codes the registry lacks (such as 999, which
/// `StatusCode` accepts but no HTTP class holds).
///
/// ```
/// use status_codes::HttpStatus;
///
/// assert_eq!(HttpStatus::try_from(http::StatusCode::OK), Ok(HttpStatus::Ok));
/// let odd = http::StatusCode::from_u16(999).unwrap();
/// assert_eq!(HttpStatus::try_from(odd).unwrap_err().code(), 999);
/// ```
impl TryFrom<StatusCode> for HttpStatus {
    type Error = UnknownCode;

    #[inline]
    fn try_from(status: StatusCode) -> Result<Self, Self::Error> {
        let code = status.as_u16();
        Self::from_code(code).ok_or(UnknownCode::new(code, Kind::Http))
    }
}

/// `HttpStatus::NotFound == StatusCode::NOT_FOUND`.
///
/// ```
/// use status_codes::HttpStatus;
///
/// assert!(HttpStatus::Created == http::StatusCode::CREATED);
/// assert!(http::StatusCode::CREATED == HttpStatus::Created);
/// ```
impl PartialEq<StatusCode> for HttpStatus {
    #[inline]
    fn eq(&self, other: &StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

/// `StatusCode::NOT_FOUND == HttpStatus::NotFound`.
impl PartialEq<HttpStatus> for StatusCode {
    #[inline]
    fn eq(&self, other: &HttpStatus) -> bool {
        self.as_u16() == other.code()
    }
}

impl HttpStatus {
    /// The same code as an `http::StatusCode`.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::NotFound.to_http(), http::StatusCode::NOT_FOUND);
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    #[must_use]
    #[inline]
    pub fn to_http(self) -> StatusCode {
        self.into()
    }
}
