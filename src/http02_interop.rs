//! Conversions and comparisons with `http` 0.2's `StatusCode`, which
//! actix-web 4 (through actix-http 3) uses. The same as the `http` feature
//! gives for `http` 1.x, less the `const` conversions and constants:
//! `http` 0.2 cannot build a `StatusCode` in a `const`.

use http02::StatusCode;

use crate::kind::Kind;
use crate::{HttpStatus, Status, UnknownCode};

/// Every `Status` is a `StatusCode` (both hold 100-999); never fails.
///
/// ```
/// use status_codes::Status;
///
/// let nginx = Status::from_code(499).unwrap();
/// assert_eq!(http02::StatusCode::from(nginx).as_u16(), 499);
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
/// let odd = http02::StatusCode::from_u16(999).unwrap();
/// assert_eq!(Status::from(odd).code(), 999);
/// ```
impl From<StatusCode> for Status {
    #[inline]
    fn from(status: StatusCode) -> Self {
        // `StatusCode` holds 100-999 only, so the fallback is never used.
        Status::from_code(status.as_u16()).unwrap_or(Status::MAX)
    }
}

/// Every `HttpStatus` is a `StatusCode`; never fails.
///
/// ```
/// use status_codes::HttpStatus;
///
/// assert_eq!(http02::StatusCode::from(HttpStatus::NotFound), http02::StatusCode::NOT_FOUND);
/// ```
impl From<HttpStatus> for StatusCode {
    #[inline]
    fn from(status: HttpStatus) -> Self {
        Status::from_known(status).into()
    }
}

/// Fails, with the number, for codes the registry lacks; convert to
/// [`Status`] to keep every code.
///
/// ```
/// use status_codes::HttpStatus;
///
/// assert_eq!(HttpStatus::try_from(http02::StatusCode::OK), Ok(HttpStatus::Ok));
/// let nginx = http02::StatusCode::from_u16(499).unwrap();
/// assert_eq!(HttpStatus::try_from(nginx).unwrap_err().code(), 499);
/// ```
impl TryFrom<StatusCode> for HttpStatus {
    type Error = UnknownCode;

    #[inline]
    fn try_from(status: StatusCode) -> Result<Self, Self::Error> {
        let code = status.as_u16();
        Self::from_code(code).ok_or(UnknownCode::new(code, Kind::Http))
    }
}

/// `Status::HTTP_404_NOT_FOUND == StatusCode::NOT_FOUND`.
///
/// ```
/// use status_codes::Status;
///
/// assert!(Status::HTTP_201_CREATED == http02::StatusCode::CREATED);
/// assert!(http02::StatusCode::CREATED == Status::HTTP_201_CREATED);
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

/// `HttpStatus::NotFound == StatusCode::NOT_FOUND`.
///
/// ```
/// use status_codes::HttpStatus;
///
/// assert!(HttpStatus::Created == http02::StatusCode::CREATED);
/// assert!(http02::StatusCode::CREATED == HttpStatus::Created);
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
