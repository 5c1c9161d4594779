//! Interop with the `http` crate (1.x): conversions both ways and
//! comparisons, so mixed code reads naturally. [`Status`] and
//! `StatusCode` hold the same codes (100-999), so between them nothing can
//! fail or be lost; [`HttpStatus`] holds only the registry's.

use http::StatusCode;

use crate::kind::Kind;
use crate::{HttpStatus, Status, UnknownCode};

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

/// Fails, with the number, for codes the registry lacks (such as 499 or 999,
/// which `StatusCode` accepts). To keep every code, convert to [`Status`],
/// which never fails.
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

/// Every `Status` is a `StatusCode` (both hold 100-999); never fails.
///
/// ```
/// use status_codes::Status;
///
/// let nginx = Status::from_code(499).unwrap();
/// assert_eq!(http::StatusCode::from(nginx).as_u16(), 499);
/// ```
impl From<Status> for StatusCode {
    #[inline]
    fn from(status: Status) -> Self {
        // Both types hold exactly 100-999, so the fallback is never used; it
        // keeps this free of panics.
        StatusCode::from_u16(status.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// Every `StatusCode` is a `Status` (both hold 100-999); never fails, and
/// back again gives the same `StatusCode`.
///
/// ```
/// use status_codes::Status;
///
/// let odd = http::StatusCode::from_u16(999).unwrap();
/// assert_eq!(Status::from(odd).code(), 999);
/// assert_eq!(http::StatusCode::from(Status::from(odd)), odd);
/// ```
impl From<StatusCode> for Status {
    #[inline]
    fn from(status: StatusCode) -> Self {
        // `StatusCode` holds 100-999 only, so the fallback is never used.
        Status::from_code(status.as_u16()).unwrap_or(Status::MAX)
    }
}

/// `Status::HTTP_404_NOT_FOUND == StatusCode::NOT_FOUND`.
///
/// ```
/// use status_codes::Status;
///
/// assert!(Status::HTTP_201_CREATED == http::StatusCode::CREATED);
/// assert!(http::StatusCode::CREATED == Status::HTTP_201_CREATED);
/// ```
impl PartialEq<StatusCode> for Status {
    #[inline]
    fn eq(&self, other: &StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

/// `StatusCode::NOT_FOUND == Status::HTTP_404_NOT_FOUND`.
impl PartialEq<Status> for StatusCode {
    #[inline]
    fn eq(&self, other: &Status) -> bool {
        self.as_u16() == other.code()
    }
}

impl Status {
    /// The same code as an `http::StatusCode`.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert_eq!(Status::HTTP_404_NOT_FOUND.to_http(), http::StatusCode::NOT_FOUND);
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    #[must_use]
    #[inline]
    pub fn to_http(self) -> StatusCode {
        self.into()
    }
}
