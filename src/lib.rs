//! Every HTTP status code and WebSocket close code, under the names FastAPI
//! and Starlette use, with types for every code the wire carries and typed
//! `const` enums of the registries; `no_std`, no `unsafe`, no panics,
//! generated at build time from one CSV file.
//!
//! # Overview
//!
//! - [`Status`] and [`CloseCode`]: any HTTP status code (100-999) and any
//!   close code, registered or not, the values a service passes around. A
//!   registered code answers everything its enum does, any other what its
//!   class or range says; [`Status::known`] gives the enum. The FastAPI
//!   names are their constants: `Status::HTTP_404_NOT_FOUND`,
//!   `CloseCode::WS_1008_POLICY_VIOLATION`.
//! - [`status`]: a plain `u16` constant per code, `status::HTTP_404_NOT_FOUND`,
//!   `status::WS_1008_POLICY_VIOLATION`, with the pre-RFC 9110 names kept as
//!   deprecated aliases.
//! - [`HttpStatus`] and [`WsCloseCode`]: one variant per registered code, for
//!   an exhaustive `match`, with
//!   `const fn` lookups (`from_code`, `reason_phrase`, `name`, `category`),
//!   `Display` (`404 Not Found`), `FromStr` (`"404"` or a constant name),
//!   `TryFrom<u16>` and `From<_> for u16`.
//! - [`Category`]: the class of any number (`Category::of(404)`).
//! - WebSocket extras: [`WebSocketState`], `WebSocketDisconnect` and the
//!   Close frame rules ([`WsCloseCode::can_send`], [`check_close`]).
//!
//! ```
//! use status_codes::{status, Category, HttpStatus};
//!
//! assert_eq!(status::HTTP_404_NOT_FOUND, 404);
//! let status = HttpStatus::from_code(404).unwrap();
//! assert_eq!(status, HttpStatus::NotFound);
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.category(), Category::ClientError);
//! assert_eq!("HTTP_404_NOT_FOUND".parse::<HttpStatus>(), Ok(status));
//! ```
//!
//! # From FastAPI
//!
//! | FastAPI / Starlette                                 | `status-codes`                                           |
//! |-----------------------------------------------------|----------------------------------------------------------|
//! | `status.HTTP_404_NOT_FOUND`                         | [`Status::HTTP_404_NOT_FOUND`], [`status::HTTP_404_NOT_FOUND`] (a `u16`), or `status_codes::http::status::HTTP_404_NOT_FOUND` (an `http::StatusCode`, feature `http`) |
//! | `status_code=499`                                   | `Status::from_code(499)`: any code from 100 to 999 |
//! | `status.WS_1008_POLICY_VIOLATION`                   | [`status::WS_1008_POLICY_VIOLATION`] or [`WsCloseCode::PolicyViolation`] |
//! | `status.HTTP_422_UNPROCESSABLE_ENTITY` (deprecated) | the same name, deprecated; or [`HttpStatus::UnprocessableContent`] |
//! | `HTTPStatus(404).phrase`                            | [`HttpStatus::reason_phrase`]                            |
//! | `WebSocketState.CONNECTED`                          | [`WebSocketState::Connected`]                            |
//! | `raise WebSocketDisconnect(code=1008, reason="…")`  | `return Err(WebSocketDisconnect::new(1008, "…"))`        |
//!
//! ```
//! use status_codes::{status, HttpStatus, WebSocketDisconnect};
//!
//! fn read_item(id: u32) -> Result<String, (u16, &'static str)> {
//!     if id == 0 {
//!         // FastAPI: raise HTTPException(status_code=status.HTTP_404_NOT_FOUND)
//!         return Err((status::HTTP_404_NOT_FOUND, "Item not found"));
//!     }
//!     Ok(format!("item {id}"))
//! }
//!
//! assert_eq!(read_item(0).unwrap_err().0, 404);
//! assert_eq!(HttpStatus::try_from(read_item(0).unwrap_err().0), Ok(HttpStatus::NotFound));
//!
//! fn on_message(text: &str) -> Result<(), WebSocketDisconnect> {
//!     if text.is_empty() {
//!         return Err(WebSocketDisconnect::new(status::WS_1008_POLICY_VIOLATION, "empty message"));
//!     }
//!     Ok(())
//! }
//! assert_eq!(on_message("").unwrap_err().code, 1008);
//! ```
//!
//! # Sending WebSocket close codes
//!
//! RFC 6455, Section 7.4.2 splits close codes into ranges; Section 7.4.1 and
//! the IANA registry mark 1005, 1006 and 1015 as reserved for reporting:
//!
//! | numbers   | what they are                                  | may be sent in a Close frame |
//! |-----------|------------------------------------------------|------------------------------|
//! | 0-999     | not used                                       | never                        |
//! | 1000-2999 | the protocol's own codes                       | when registered and not reporting-only |
//! | 3000-3999 | registered with IANA by libraries and apps     | always                       |
//! | 4000-4999 | private use                                    | always                       |
//! | 5000+     | outside the close-code space                   | never                        |
//!
//! The ranges are a rule of the protocol and live in code
//! ([`WsCloseCode::is_protocol_range`], [`is_registered_range`] and
//! [`is_private_use`], from which [`WsCloseCode::can_send`] is built); which
//! codes exist and which are reporting-only are facts of the registry and
//! live in `data/status.csv` (the rows, and the `reporting_only` column). A Close frame's reason is at
//! most [`MAX_CLOSE_REASON_LEN`] (123) bytes; [`check_close`] and
//! `WebSocketDisconnect::for_sending` check both.
//!
//! [`is_registered_range`]: WsCloseCode::is_registered_range
//! [`is_private_use`]: WsCloseCode::is_private_use
//!
//! # Cargo features
//!
//! | feature | default | what it adds |
//! |---------|---------|--------------|
//! | `std`   | yes     | `std::error::Error` for the error types; implies `alloc` |
//! | `alloc` | via `std` | `WebSocketDisconnect`, which owns its reason as a `String` |
//! | `serde` | no      | `Serialize`/`Deserialize` as the number (`404`): [`Status`] and [`CloseCode`] read every code they hold, the enums registered codes only; numbers only, not names or numeric strings |
//! | `http`  | no      | conversions and comparisons with `http::StatusCode` (http 1.4 and later), and the FastAPI names as `StatusCode` constants (`status_codes::http::status`); implies `std` |
//! | `axum`  | no      | `IntoResponse` for [`Status`] and [`HttpStatus`], and FastAPI's `HTTPException` as `status_codes::axum::HttpException` (axum-core 0.5, axum 0.8); implies `http` |
//! | `axum-ws` | no    | `WebSocketDisconnect` to and from axum's WebSocket `CloseFrame`; implies `axum` |
//! | `http02` | no     | conversions and comparisons with `http` 0.2's `StatusCode`, which actix-web 4 uses; implies `std` |
//! | `tungstenite` | no | [`CloseCode`] and `WebSocketDisconnect` to and from tungstenite 0.30's `CloseCode` and `CloseFrame`; implies `alloc` |
//!
//! Without default features the crate is `no_std` and needs no allocator;
//! everything but `WebSocketDisconnect` is there.
//!
//! # Where the data comes from
//!
//! The codes and phrases are the IANA HTTP Status Code Registry and the IANA
//! WebSocket Close Code Number Registry, with RFC 9110 and RFC 6455 as the
//! references; the names are Starlette's, and a code Starlette has no name
//! for is named after the words of its registered phrase. The build script
//! generates everything from `data/status.csv` (with the generator crate,
//! `status-codes-codegen`); adding a code is one line there. The repository's tests hold that file against copies of
//! the registries and of Starlette's names, so a change upstream shows up as
//! the one-line edit it calls for. How IANA registered a code (temporarily,
//! until a date, or obsoleted) is [`Registration`].

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod any_close_code;
mod any_status;
mod category;
mod error;
mod generated;
mod http_status;
mod kind;
mod registration;
mod table;
mod text;
mod traits;
mod websocket;
mod ws_close_code;

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod http;
#[cfg(feature = "http02")]
mod http02_interop;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(any(feature = "http", feature = "http02"))]
mod status_code_interop;
#[cfg(feature = "tungstenite")]
mod tungstenite_interop;

pub use any_close_code::CloseCode;
pub use any_status::Status;
pub use category::{Category, ParseCategoryError};
pub use error::{OutOfRange, ParseCodeError, UnknownCode};
pub use generated::{status, HttpStatus, WsCloseCode};
pub use registration::Registration;
#[cfg(feature = "alloc")]
pub use websocket::WebSocketDisconnect;
pub use websocket::{
    check_close, CloseFrameError, InvalidWebSocketState, WebSocketState, MAX_CLOSE_REASON_LEN,
};

/// The reason phrase of any number: an HTTP status code (100-599) or a
/// WebSocket close code (1000-4999); `None` when neither registry has it.
///
/// ```
/// assert_eq!(status_codes::reason_phrase(404), Some("Not Found"));
/// assert_eq!(status_codes::reason_phrase(1001), Some("Going Away"));
/// assert_eq!(status_codes::reason_phrase(600), None);
/// ```
#[must_use]
#[inline]
pub const fn reason_phrase(code: u16) -> Option<&'static str> {
    match HttpStatus::reason_phrase_of(code) {
        Some(phrase) => Some(phrase),
        None => WsCloseCode::reason_phrase_of(code),
    }
}

// The README's examples run as doctests too (its axum example needs the
// `axum` feature; the README's test command enables every feature).
#[cfg(all(doctest, feature = "axum"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
