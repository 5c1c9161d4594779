//! `WebSocketState` and `WebSocketDisconnect`, as FastAPI and Starlette
//! have them, plus the Close frame checks they leave out.

use core::fmt;

use crate::{Category, WsCloseCode};

/// The largest close reason, in bytes of UTF-8: a Close frame's payload is
/// at most 125 bytes (RFC 6455, Section 5.5), two of which hold the code.
///
/// ```
/// assert_eq!(status_codes::MAX_CLOSE_REASON_LEN, 123);
/// ```
pub const MAX_CLOSE_REASON_LEN: usize = 123;

/// Where a WebSocket connection is in its life, numbered as Starlette's
/// `WebSocketState` is.
///
/// ```
/// use status_codes::WebSocketState;
///
/// assert_eq!(WebSocketState::Connected as u8, 1);
/// assert_eq!(WebSocketState::try_from(2), Ok(WebSocketState::Disconnected));
/// assert_eq!(WebSocketState::Response.to_string(), "RESPONSE");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum WebSocketState {
    /// The handshake has not completed: the server has not accepted (or
    /// refused) the connection yet. Where every connection starts.
    #[default]
    Connecting = 0,
    /// The handshake completed; messages may flow both ways.
    Connected = 1,
    /// A Close frame was sent or received, or the connection dropped; no
    /// more messages.
    Disconnected = 2,
    /// The server answered the handshake with a plain HTTP response
    /// instead of accepting it (the WebSocket Denial Response extension).
    Response = 3,
}

impl WebSocketState {
    /// Every state, in numeric order.
    ///
    /// ```
    /// use status_codes::WebSocketState;
    ///
    /// assert_eq!(WebSocketState::ALL.len(), 4);
    /// ```
    pub const ALL: [Self; 4] = [
        Self::Connecting,
        Self::Connected,
        Self::Disconnected,
        Self::Response,
    ];

    /// The state with this number, or `None` beyond 3.
    ///
    /// ```
    /// use status_codes::WebSocketState;
    ///
    /// assert_eq!(WebSocketState::from_u8(0), Some(WebSocketState::Connecting));
    /// assert_eq!(WebSocketState::from_u8(4), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_u8(value: u8) -> Option<Self> {
        match value {
            0 => Some(Self::Connecting),
            1 => Some(Self::Connected),
            2 => Some(Self::Disconnected),
            3 => Some(Self::Response),
            _ => None,
        }
    }

    /// The name Starlette gives the state, `CONNECTING`.
    ///
    /// ```
    /// use status_codes::WebSocketState;
    ///
    /// assert_eq!(WebSocketState::Disconnected.name(), "DISCONNECTED");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Connecting => "CONNECTING",
            Self::Connected => "CONNECTED",
            Self::Disconnected => "DISCONNECTED",
            Self::Response => "RESPONSE",
        }
    }
}

/// Prints the Starlette name, `CONNECTED`, honouring width and alignment.
impl fmt::Display for WebSocketState {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// Accepts 0 to 3; the error carries anything else.
impl TryFrom<u8> for WebSocketState {
    type Error = InvalidWebSocketState;

    #[inline]
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::from_u8(value).ok_or(InvalidWebSocketState(value))
    }
}

/// The state as its number; never fails.
impl From<WebSocketState> for u8 {
    #[inline]
    fn from(state: WebSocketState) -> u8 {
        state as u8
    }
}

/// The error of `WebSocketState::try_from`: the number is not 0 to 3.
///
/// ```
/// use status_codes::WebSocketState;
///
/// let err = WebSocketState::try_from(7).unwrap_err();
/// assert_eq!(err.value(), 7);
/// assert_eq!(err.to_string(), "7 is not a WebSocket state (expected 0 to 3)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InvalidWebSocketState(u8);

impl InvalidWebSocketState {
    /// The number that was rejected.
    ///
    /// ```
    /// use status_codes::WebSocketState;
    ///
    /// assert_eq!(WebSocketState::try_from(200).unwrap_err().value(), 200);
    /// ```
    #[must_use]
    #[inline]
    pub const fn value(&self) -> u8 {
        self.0
    }
}

impl fmt::Display for InvalidWebSocketState {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a WebSocket state (expected 0 to 3)", self.0)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for InvalidWebSocketState {}

/// Why a close code and reason cannot go into a Close frame.
///
/// ```
/// use status_codes::{check_close, CloseFrameError};
///
/// assert_eq!(check_close(1006, ""), Err(CloseFrameError::NotSendable(1006)));
/// let long = "x".repeat(124);
/// assert_eq!(check_close(1000, &long), Err(CloseFrameError::ReasonTooLong(124)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CloseFrameError {
    /// The code may not be sent; see [`WsCloseCode::can_send`].
    NotSendable(u16),
    /// The reason is longer than [`MAX_CLOSE_REASON_LEN`] bytes of UTF-8;
    /// holds its length in bytes.
    ReasonTooLong(usize),
}

impl fmt::Display for CloseFrameError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::NotSendable(code) => match WsCloseCode::from_code(code) {
                Some(known) if known.is_reporting_only() => write!(
                    f,
                    "close code {known} is reserved for reporting and must not be sent in a Close frame"
                ),
                _ => {
                    write!(f, "close code {code} may not be sent in a Close frame (use ")?;
                    write_sendable(f)?;
                    f.write_str(")")
                }
            },
            Self::ReasonTooLong(len) => write!(
                f,
                "close reason is {len} bytes of UTF-8; a Close frame allows at most {MAX_CLOSE_REASON_LEN}"
            ),
        }
    }
}

/// The runs of consecutive close codes that [`WsCloseCode::can_send`]
/// accepts, in order: `(1000, 1003), (1007, 1014), (3000, 4999)` for today's
/// table.
fn sendable_runs() -> impl Iterator<Item = (u16, u16)> {
    let mut codes = Category::WebSocket
        .range()
        .filter(|&code| WsCloseCode::can_send(code))
        .peekable();
    core::iter::from_fn(move || {
        let start = codes.next()?;
        let mut end = start;
        while codes.next_if_eq(&(end + 1)).is_some() {
            end += 1;
        }
        Some((start, end))
    })
}

/// Writes the sendable codes as `1000-1003, 1007-1014 or 3000-4999`: read
/// from the table, so the message stays true when a row is added or removed.
fn write_sendable(f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut runs = sendable_runs().peekable();
    let mut first = true;
    while let Some((start, end)) = runs.next() {
        if !first {
            f.write_str(if runs.peek().is_some() { ", " } else { " or " })?;
        }
        first = false;
        if start == end {
            write!(f, "{start}")?;
        } else {
            write!(f, "{start}-{end}")?;
        }
    }
    Ok(())
}

#[cfg(feature = "std")]
impl std::error::Error for CloseFrameError {}

/// Checks that `code` and `reason` fit in a Close frame: the code is
/// sendable ([`WsCloseCode::can_send`]) and the reason at most
/// [`MAX_CLOSE_REASON_LEN`] bytes. Needs no allocator.
///
/// # Errors
///
/// [`CloseFrameError::NotSendable`] for a code that may not be sent (checked
/// first), [`CloseFrameError::ReasonTooLong`] for a reason over 123 bytes.
///
/// ```
/// use status_codes::{check_close, status, CloseFrameError};
///
/// assert_eq!(check_close(status::WS_1008_POLICY_VIOLATION, "token expired"), Ok(()));
/// assert_eq!(
///     check_close(status::WS_1015_TLS_HANDSHAKE, ""),
///     Err(CloseFrameError::NotSendable(1015)),
/// );
/// ```
#[inline]
pub const fn check_close(code: u16, reason: &str) -> Result<(), CloseFrameError> {
    if !WsCloseCode::can_send(code) {
        return Err(CloseFrameError::NotSendable(code));
    }
    if reason.len() > MAX_CLOSE_REASON_LEN {
        return Err(CloseFrameError::ReasonTooLong(reason.len()));
    }
    Ok(())
}

#[cfg(feature = "alloc")]
pub use disconnect::WebSocketDisconnect;

#[cfg(feature = "alloc")]
mod disconnect {
    use alloc::string::String;
    use core::fmt;

    use super::{check_close, CloseFrameError};
    use crate::{CloseCode, WsCloseCode};

    /// A WebSocket connection closed, with its code and reason; the Rust
    /// form of Starlette's `WebSocketDisconnect` exception.
    ///
    /// It is an error type, so a handler can return it with `?`. Building
    /// one does not check anything, as in Starlette, because it also
    /// describes closes received from a peer (which may carry 1006, say);
    /// use [`WebSocketDisconnect::for_sending`] or
    /// [`WebSocketDisconnect::check`] before sending one.
    ///
    /// ```
    /// use status_codes::{status, WebSocketDisconnect, WsCloseCode};
    ///
    /// let closed = WebSocketDisconnect::new(status::WS_1008_POLICY_VIOLATION, "token expired");
    /// assert_eq!(closed.close_code(), Some(WsCloseCode::PolicyViolation));
    /// assert_eq!(closed.to_string(), "WebSocket closed with 1008 Policy Violation: token expired");
    ///
    /// let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(closed);
    /// assert!(boxed.to_string().starts_with("WebSocket closed"));
    /// ```
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub struct WebSocketDisconnect {
        /// The close code; 1000 (Normal Closure) by default.
        pub code: u16,
        /// The close reason; empty by default.
        pub reason: String,
    }

    impl WebSocketDisconnect {
        /// A disconnect with this code and reason, unchecked. The code is a
        /// number, a [`CloseCode`] or a [`WsCloseCode`].
        ///
        /// ```
        /// use status_codes::{CloseCode, WebSocketDisconnect};
        ///
        /// let closed = WebSocketDisconnect::new(1001, "server restarting");
        /// assert_eq!(closed.code, 1001);
        /// assert_eq!(closed.reason, "server restarting");
        ///
        /// const WS_4001_QUIT: CloseCode = CloseCode::new(4001);
        /// assert_eq!(WebSocketDisconnect::new(WS_4001_QUIT, "bye").code, 4001);
        /// ```
        #[must_use]
        #[inline]
        pub fn new(code: impl Into<CloseCode>, reason: impl Into<String>) -> Self {
            Self {
                code: code.into().code(),
                reason: reason.into(),
            }
        }

        /// A disconnect that can be sent in a Close frame, or the reason
        /// it cannot. Never truncates.
        ///
        /// # Errors
        ///
        /// As [`check_close`](crate::check_close): a reporting-only or
        /// otherwise unsendable code, or a reason over 123 bytes.
        ///
        /// ```
        /// use status_codes::{status, CloseFrameError, WebSocketDisconnect};
        ///
        /// let ok = WebSocketDisconnect::for_sending(status::WS_1000_NORMAL_CLOSURE, "bye");
        /// assert!(ok.is_ok());
        ///
        /// let err = WebSocketDisconnect::for_sending(status::WS_1006_ABNORMAL_CLOSURE, "");
        /// assert_eq!(err, Err(CloseFrameError::NotSendable(1006)));
        ///
        /// let err = WebSocketDisconnect::for_sending(4000, "é".repeat(62));
        /// assert_eq!(err, Err(CloseFrameError::ReasonTooLong(124)));
        /// ```
        #[inline]
        pub fn for_sending(
            code: impl Into<CloseCode>,
            reason: impl Into<String>,
        ) -> Result<Self, CloseFrameError> {
            let disconnect = Self::new(code, reason);
            disconnect.check()?;
            Ok(disconnect)
        }

        /// Checks that this disconnect fits in a Close frame.
        ///
        /// # Errors
        ///
        /// As [`check_close`](crate::check_close).
        ///
        /// ```
        /// use status_codes::WebSocketDisconnect;
        ///
        /// assert!(WebSocketDisconnect::default().check().is_ok());
        /// assert!(WebSocketDisconnect::new(1005, "").check().is_err());
        /// ```
        #[inline]
        pub fn check(&self) -> Result<(), CloseFrameError> {
            check_close(self.code, &self.reason)
        }

        /// The typed close code, when it is a registered one.
        ///
        /// ```
        /// use status_codes::{WebSocketDisconnect, WsCloseCode};
        ///
        /// assert_eq!(WebSocketDisconnect::default().close_code(), Some(WsCloseCode::NormalClosure));
        /// // 5000 is past every close-code range: no table can hold it.
        /// assert_eq!(WebSocketDisconnect::new(5000, "").close_code(), None);
        /// ```
        #[must_use]
        #[inline]
        pub const fn close_code(&self) -> Option<WsCloseCode> {
            WsCloseCode::from_code(self.code)
        }
    }

    impl WebSocketDisconnect {
        /// What a Close frame without a code is reported as: 1005 (No
        /// Status Rcvd), as Starlette reports it; for the conversions from
        /// a library's optional close frame.
        #[cfg(any(feature = "axum-ws", feature = "tungstenite"))]
        pub(crate) fn no_status_received() -> Self {
            Self::from(WsCloseCode::NoStatusRcvd)
        }
    }

    /// Code 1000 (Normal Closure) and an empty reason, as in Starlette.
    ///
    /// ```
    /// use status_codes::WebSocketDisconnect;
    ///
    /// let closed = WebSocketDisconnect::default();
    /// assert_eq!((closed.code, closed.reason.as_str()), (1000, ""));
    /// ```
    impl Default for WebSocketDisconnect {
        #[inline]
        fn default() -> Self {
            Self {
                code: 1000,
                reason: String::new(),
            }
        }
    }

    /// A typed code, with an empty reason.
    ///
    /// ```
    /// use status_codes::{WebSocketDisconnect, WsCloseCode};
    ///
    /// let closed = WebSocketDisconnect::from(WsCloseCode::GoingAway);
    /// assert_eq!(closed.code, 1001);
    /// ```
    impl From<WsCloseCode> for WebSocketDisconnect {
        #[inline]
        fn from(code: WsCloseCode) -> Self {
            Self::new(code.code(), String::new())
        }
    }

    /// Any close code, registered or not, with an empty reason.
    ///
    /// ```
    /// use status_codes::{CloseCode, WebSocketDisconnect};
    ///
    /// let closed = WebSocketDisconnect::from(CloseCode::new(4001));
    /// assert_eq!(closed.code, 4001);
    /// ```
    impl From<CloseCode> for WebSocketDisconnect {
        #[inline]
        fn from(code: CloseCode) -> Self {
            Self::new(code.code(), String::new())
        }
    }

    /// `WebSocket closed with 1008 Policy Violation: token expired`; an
    /// unregistered code as [`CloseCode`] prints it
    /// (`4001 (private use)`), and the reason left out when empty.
    impl fmt::Display for WebSocketDisconnect {
        #[inline]
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "WebSocket closed with {}", CloseCode::new(self.code))?;
            if !self.reason.is_empty() {
                write!(f, ": {}", self.reason)?;
            }
            Ok(())
        }
    }

    #[cfg(feature = "std")]
    impl std::error::Error for WebSocketDisconnect {}
}
