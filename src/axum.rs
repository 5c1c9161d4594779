//! axum 0.8 support: [`Status`] and [`HttpStatus`] are handler returns
//! (`IntoResponse`, through `axum-core`), and [`HttpException`] is FastAPI's
//! `HTTPException`. With the `axum-ws` feature, `WebSocketDisconnect`
//! converts to and from axum's WebSocket `CloseFrame`.
//!
//! | FastAPI | axum with `status-codes` |
//! |---------|--------------------------|
//! | `from fastapi import status` | `use status_codes::http::status;` |
//! | `return JSONResponse(item, status_code=status.HTTP_201_CREATED)` | `(status::HTTP_201_CREATED, Json(item))` |
//! | `@app.delete(..., status_code=status.HTTP_204_NO_CONTENT)` | return `Status::HTTP_204_NO_CONTENT` |
//! | `raise HTTPException(status_code=404, detail="Item not found")` | `Err(HttpException::new(Status::HTTP_404_NOT_FOUND).with_detail("Item not found"))` |
//! | `await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=r)` | `if let Ok(frame) = CloseFrame::try_from(WebSocketDisconnect::new(CloseCode::WS_1008_POLICY_VIOLATION, r)) { socket.send(Message::Close(Some(frame))).await }` (`axum-ws`) |
//! | `except WebSocketDisconnect as d:` | `Message::Close(frame) => WebSocketDisconnect::from(frame)` (`axum-ws`; no code is 1005) |
//!
//! Two things that read differently from Python:
//!
//! - A tuple `(Status, Json(item))` is not a response: axum takes a
//!   tuple's status only from its own `StatusCode`, and Rust's orphan rule
//!   keeps any other crate from adding one. Use the `StatusCode` constants
//!   of [`crate::http::status`] there, `(status::HTTP_201_CREATED,
//!   Json(item))`, and a bare [`Status`] anywhere a response stands alone.
//! - After a Close frame is sent or received, keep reading the socket (for
//!   a bounded time) until it ends, so that axum completes the closing
//!   handshake; returning at once resets the connection, which a client
//!   reports as 1006. Starlette does this for you.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use status_codes::axum::HttpException;
//! use status_codes::Status;
//!
//! // FastAPI: @app.delete("/items/{name}", status_code=status.HTTP_204_NO_CONTENT)
//! fn delete_item(found: bool) -> Result<Status, HttpException> {
//!     if !found {
//!         return Err(HttpException::new(Status::HTTP_404_NOT_FOUND).with_detail("Item not found"));
//!     }
//!     Ok(Status::HTTP_204_NO_CONTENT)
//! }
//! assert_eq!(delete_item(true).into_response().status(), 204);
//! assert_eq!(delete_item(false).into_response().status(), 404);
//! ```

use alloc::string::String;
use core::fmt;

use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use http::HeaderMap;

use crate::{HttpStatus, Status};

/// An empty response with this status, as axum answers its own
/// `StatusCode`.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use status_codes::Status;
///
/// let response = Status::from_code(499).unwrap().into_response();
/// assert_eq!(response.status().as_u16(), 499);
/// ```
impl IntoResponse for Status {
    fn into_response(self) -> Response {
        self.to_http().into_response()
    }
}

/// An empty response with this status, as axum answers its own
/// `StatusCode`.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use status_codes::HttpStatus;
///
/// assert_eq!(HttpStatus::NoContent.into_response().status(), 204);
/// ```
impl IntoResponse for HttpStatus {
    fn into_response(self) -> Response {
        self.to_http().into_response()
    }
}

/// FastAPI's `HTTPException`: a status, a detail and headers, answered as
/// FastAPI answers it, `{"detail": ...}` as `application/json` with the
/// headers added. Return it as a handler's error.
///
/// The detail is the reason phrase unless given, as in FastAPI. For a code
/// that has none (an unregistered one, such as 499) it is `null`: FastAPI
/// has no default there (Python's `HTTPStatus` fails on it), so give one.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use http::header::{HeaderValue, RETRY_AFTER};
/// use status_codes::axum::HttpException;
/// use status_codes::Status;
///
/// // raise HTTPException(status_code=503, detail="Try later", headers={"Retry-After": "120"})
/// let busy = HttpException::new(Status::HTTP_503_SERVICE_UNAVAILABLE)
///     .with_detail("Try later")
///     .with_header(RETRY_AFTER, HeaderValue::from_static("120"));
/// assert_eq!(busy.to_string(), "503 Service Unavailable: \"Try later\"");
/// let response = busy.into_response();
/// assert_eq!(response.status(), 503);
/// assert_eq!(response.headers()["retry-after"], "120");
/// assert_eq!(response.headers()["content-type"], "application/json");
/// ```
#[derive(Clone, Debug)]
pub struct HttpException {
    status: Status,
    /// The detail as JSON text.
    detail: String,
    headers: HeaderMap,
}

impl HttpException {
    /// An exception with this status, its reason phrase as the detail (or
    /// `null` for a code without one) and no headers. Takes a [`Status`],
    /// an [`HttpStatus`] or an `http::StatusCode`.
    ///
    /// ```
    /// use status_codes::axum::HttpException;
    /// use status_codes::{http::status, HttpStatus, Status};
    ///
    /// assert_eq!(HttpException::new(HttpStatus::NotFound).detail_json(), "\"Not Found\"");
    /// assert_eq!(HttpException::new(status::HTTP_409_CONFLICT).status(), 409);
    /// assert_eq!(HttpException::new(Status::from_code(999).unwrap()).detail_json(), "null");
    /// ```
    #[must_use]
    pub fn new(status: impl Into<Status>) -> Self {
        let status = status.into();
        let detail = match status.reason_phrase() {
            Some(phrase) => json_string(phrase),
            None => String::from("null"),
        };
        Self {
            status,
            detail,
            headers: HeaderMap::new(),
        }
    }

    /// The same exception with a text detail, FastAPI's `detail="..."`.
    ///
    /// ```
    /// use status_codes::axum::HttpException;
    /// use status_codes::Status;
    ///
    /// let e = HttpException::new(Status::HTTP_404_NOT_FOUND).with_detail("No \"item\"");
    /// assert_eq!(e.detail_json(), r#""No \"item\"""#);
    /// ```
    #[must_use]
    pub fn with_detail(mut self, detail: impl AsRef<str>) -> Self {
        self.detail = json_string(detail.as_ref());
        self
    }

    /// The same exception with a structured detail, given as JSON text
    /// (FastAPI takes any JSON value as a detail): write it with
    /// `serde_json::to_string` or `json!(...).to_string()`. The text is
    /// placed in the body as it is, so it must be valid JSON.
    ///
    /// ```
    /// use status_codes::axum::HttpException;
    /// use status_codes::Status;
    ///
    /// let e = HttpException::new(Status::HTTP_422_UNPROCESSABLE_CONTENT)
    ///     .with_json_detail(r#"[{"loc":["body","price"]}]"#);
    /// assert_eq!(e.detail_json(), r#"[{"loc":["body","price"]}]"#);
    /// ```
    #[must_use]
    pub fn with_json_detail(mut self, json: impl Into<String>) -> Self {
        self.detail = json.into();
        self
    }

    /// The same exception with one more header, FastAPI's `headers={...}`.
    ///
    /// ```
    /// use http::header::{HeaderValue, WWW_AUTHENTICATE};
    /// use status_codes::axum::HttpException;
    /// use status_codes::Status;
    ///
    /// let e = HttpException::new(Status::HTTP_401_UNAUTHORIZED)
    ///     .with_header(WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    /// assert_eq!(e.headers()["www-authenticate"], "Bearer");
    /// ```
    #[must_use]
    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.append(name, value);
        self
    }

    /// The status.
    ///
    /// ```
    /// use status_codes::axum::HttpException;
    /// use status_codes::Status;
    ///
    /// assert_eq!(HttpException::new(Status::HTTP_410_GONE).status(), Status::HTTP_410_GONE);
    /// ```
    #[must_use]
    pub fn status(&self) -> Status {
        self.status
    }

    /// The detail, as the JSON text that goes after `"detail":`.
    ///
    /// ```
    /// use status_codes::axum::HttpException;
    /// use status_codes::Status;
    ///
    /// assert_eq!(HttpException::new(Status::HTTP_410_GONE).detail_json(), "\"Gone\"");
    /// ```
    #[must_use]
    pub fn detail_json(&self) -> &str {
        &self.detail
    }

    /// The headers added to the response.
    ///
    /// ```
    /// use status_codes::axum::HttpException;
    /// use status_codes::Status;
    ///
    /// assert!(HttpException::new(Status::HTTP_410_GONE).headers().is_empty());
    /// ```
    #[must_use]
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

/// The status and the detail, `404 Not Found: "Item not found"`.
impl fmt::Display for HttpException {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status, self.detail)
    }
}

impl std::error::Error for HttpException {}

/// The status, the headers, and `{"detail": ...}` as `application/json`.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use status_codes::axum::HttpException;
/// use status_codes::Status;
///
/// let response = HttpException::new(Status::HTTP_404_NOT_FOUND).into_response();
/// assert_eq!(response.status(), 404);
/// assert_eq!(response.headers()["content-type"], "application/json");
/// ```
impl IntoResponse for HttpException {
    fn into_response(self) -> Response {
        let mut body = String::with_capacity(self.detail.len() + 12);
        body.push_str("{\"detail\":");
        body.push_str(&self.detail);
        body.push('}');
        let json = [(CONTENT_TYPE, HeaderValue::from_static("application/json"))];
        (self.status.to_http(), self.headers, json, body).into_response()
    }
}

/// `text` as a JSON string, as Python's `json.dumps(text, ensure_ascii=False)`
/// writes it (which FastAPI's `JSONResponse` uses): quotes, backslashes and
/// control characters escaped, everything else as it is.
fn json_string(text: &str) -> String {
    use core::fmt::Write;

    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                // Writing to a `String` cannot fail.
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(feature = "axum-ws")]
mod ws {
    use alloc::string::String;

    use axum::extract::ws::CloseFrame;

    use crate::{CloseFrameError, WebSocketDisconnect};

    /// The close a peer sent, as Starlette reports it.
    ///
    /// ```
    /// use axum::extract::ws::CloseFrame;
    /// use status_codes::WebSocketDisconnect;
    ///
    /// let frame = CloseFrame { code: 4001, reason: "game over".into() };
    /// let disconnect = WebSocketDisconnect::from(frame);
    /// assert_eq!((disconnect.code, disconnect.reason.as_str()), (4001, "game over"));
    /// ```
    impl From<CloseFrame> for WebSocketDisconnect {
        fn from(frame: CloseFrame) -> Self {
            Self::new(frame.code, String::from(frame.reason.as_str()))
        }
    }

    /// The close a peer sent, where axum gives `None` for a Close frame
    /// without a code: reported as 1005 (No Status Rcvd), as Starlette
    /// does.
    ///
    /// ```
    /// use axum::extract::ws::CloseFrame;
    /// use status_codes::{status, WebSocketDisconnect};
    ///
    /// let none: Option<CloseFrame> = None;
    /// assert_eq!(WebSocketDisconnect::from(none).code, status::WS_1005_NO_STATUS_RCVD);
    /// ```
    impl From<Option<CloseFrame>> for WebSocketDisconnect {
        fn from(frame: Option<CloseFrame>) -> Self {
            match frame {
                Some(frame) => frame.into(),
                None => Self::no_status_received(),
            }
        }
    }

    /// A Close frame to send; refused, as by
    /// [`WebSocketDisconnect::check`], when the code may not be sent or
    /// the reason does not fit.
    ///
    /// ```
    /// use axum::extract::ws::CloseFrame;
    /// use status_codes::{status, CloseFrameError, WebSocketDisconnect};
    ///
    /// let bye = WebSocketDisconnect::new(status::WS_1008_POLICY_VIOLATION, "no");
    /// let frame = CloseFrame::try_from(bye).unwrap();
    /// assert_eq!((frame.code, frame.reason.as_str()), (1008, "no"));
    ///
    /// let reported = WebSocketDisconnect::new(status::WS_1006_ABNORMAL_CLOSURE, "");
    /// assert_eq!(CloseFrame::try_from(reported), Err(CloseFrameError::NotSendable(1006)));
    /// ```
    impl TryFrom<WebSocketDisconnect> for CloseFrame {
        type Error = CloseFrameError;

        fn try_from(disconnect: WebSocketDisconnect) -> Result<Self, Self::Error> {
            disconnect.check()?;
            Ok(CloseFrame {
                code: disconnect.code,
                reason: disconnect.reason.into(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::json_string;

    #[test]
    fn json_strings_escape_what_json_requires_and_nothing_else() {
        assert_eq!(json_string(""), "\"\"");
        assert_eq!(json_string("Not Found"), "\"Not Found\"");
        assert_eq!(json_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(json_string("\n\r\t\u{8}\u{c}"), "\"\\n\\r\\t\\b\\f\"");
        assert_eq!(json_string("\u{0}\u{1f}"), "\"\\u0000\\u001f\"");
        assert_eq!(json_string(" é€😀/\u{7f}"), "\" é€😀/\u{7f}\"");
    }
}
