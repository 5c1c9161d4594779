//! Interop with the `http` crate (1.x), whose `StatusCode` axum, hyper,
//! reqwest and tonic use: the FastAPI names as `StatusCode` constants
//! ([`status`]), and conversions and comparisons both ways.
//! [`Status`] and `StatusCode` hold the same codes (100-999), so between
//! them nothing can fail or be lost; [`HttpStatus`] holds only the
//! registry's.
//!
//! ```
//! use status_codes::http::status;
//! use status_codes::Status;
//!
//! // FastAPI: return JSONResponse(item, status_code=status.HTTP_201_CREATED)
//! let created: http::StatusCode = status::HTTP_201_CREATED;
//! assert_eq!(created, http::StatusCode::CREATED);
//!
//! // Any code a peer sends converts, both ways, without loss.
//! let nginx = http::StatusCode::from_u16(499).unwrap();
//! assert_eq!(Status::from(nginx).to_http(), nginx);
//! ```

use http::StatusCode;

use crate::{HttpStatus, Status};

crate::status_code_interop::status_code_interop!("http");

impl HttpStatus {
    /// The same code as an `http::StatusCode`; `const`.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::NotFound.to_http(), http::StatusCode::NOT_FOUND);
    /// const GONE: http::StatusCode = HttpStatus::Gone.to_http();
    /// assert_eq!(GONE.as_u16(), 410);
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    #[must_use]
    #[inline]
    pub const fn to_http(self) -> StatusCode {
        Status::from_known(self).to_http()
    }
}

impl Status {
    /// The same code as an `http::StatusCode`; never fails, and `const`.
    ///
    /// ```
    /// use status_codes::Status;
    ///
    /// assert_eq!(Status::HTTP_404_NOT_FOUND.to_http(), http::StatusCode::NOT_FOUND);
    /// const NGINX: http::StatusCode = match Status::from_code(499) {
    ///     Some(status) => status.to_http(),
    ///     None => http::StatusCode::INTERNAL_SERVER_ERROR,
    /// };
    /// assert_eq!(NGINX.as_u16(), 499);
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    #[must_use]
    #[inline]
    pub const fn to_http(self) -> StatusCode {
        match StatusCode::from_u16(self.code()) {
            Ok(status) => status,
            // Both types hold exactly 100-999, so this is never reached; it
            // keeps the conversion free of panics.
            Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Defines an `http::StatusCode` constant for each item of `http_names!`.
macro_rules! status_code_consts {
    ($($(#[$attr:meta])* $name:ident = $variant:ident, $text:literal;)*) => {
        $(
            #[doc = concat!(
                $text, ": [`HttpStatus::", stringify!($variant), "`] as an `http::StatusCode`."
            )]
            $(#[$attr])*
            // A lapsed or removed code's variant is deprecated; its
                // constants are too, through `$attr`.
                #[allow(deprecated)]
                pub const $name: StatusCode = HttpStatus::$variant.to_http();
        )*
    };
}

/// Defines a `u16` constant for each item of `ws_names!`, as axum's
/// `CloseFrame` takes close codes.
macro_rules! close_code_numbers {
    ($($(#[$attr:meta])* $name:ident = $variant:ident, $text:literal;)*) => {
        $(
            #[doc = concat!(
                $text, ": [`WsCloseCode::", stringify!($variant), "`] as a number, the type of ",
                "axum's close codes."
            )]
            $(#[$attr])*
            // A lapsed or removed code's variant is deprecated; its
                // constants are too, through `$attr`.
                #[allow(deprecated)]
                pub const $name: u16 = WsCloseCode::$variant.code();
        )*
    };
}

/// FastAPI's `status` module for a service built on `http` 1.x (axum,
/// hyper, ...): `from fastapi import status` ports as
/// `use status_codes::http::status;`, and every name after it token for
/// token. The HTTP names are `http::StatusCode` constants, so
/// `(status::HTTP_201_CREATED, Json(item))` is an axum response; the
/// WebSocket names are numbers, the type of axum's close codes
/// (`CloseFrame { code: status::WS_1008_POLICY_VIOLATION, .. }`). The
/// deprecated names are here too, and their warnings name the constant
/// beside them that replaces them. (Plain `u16` constants for every name,
/// for matching on numbers, are [`crate::status`].)
///
/// ```
/// use status_codes::http::status;
///
/// fn create() -> (http::StatusCode, &'static str) {
///     (status::HTTP_201_CREATED, "created")
/// }
/// assert_eq!(create().0.as_u16(), 201);
/// assert_eq!(status::WS_1008_POLICY_VIOLATION, 1008);
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod status {
    use http::StatusCode;

    use crate::{HttpStatus, WsCloseCode};

    crate::generated::http_names!(status_code_consts);
    crate::generated::ws_names!(close_code_numbers);
}
