//! Conversions with tungstenite 0.30, as tokio-tungstenite users hold close
//! codes: its `CloseCode` (every `u16`, sorted into named codes, `Iana`,
//! `Library`, `Reserved` and `Bad`) and its `CloseFrame`.
//!
//! One difference to know: tungstenite treats 1014 (Bad Gateway, in the
//! IANA registry since 2016) as a bad code. It maps it to `Bad(1014)`, its
//! `is_allowed()` is false, and a tungstenite endpoint that receives it
//! answers with 1002 (Protocol Error) instead of echoing it. The registry
//! and [`WsCloseCode::can_send`] allow sending it; a peer built on
//! tungstenite will not accept it, so send 1011 (Internal Error) to one.

use tungstenite::protocol::frame::coding::CloseCode as TungsteniteCode;
use tungstenite::protocol::CloseFrame;

use crate::{CloseCode, CloseFrameError, WebSocketDisconnect, WsCloseCode};

/// Every close code; never fails, and back again gives the same code.
///
/// One difference to know: tungstenite treats 1014 (Bad Gateway, in the
/// IANA registry since 2016) as a bad code. It maps it to `Bad(1014)`, its
/// `is_allowed()` is false, and a tungstenite endpoint that receives it
/// reports and answers 1002 (Protocol Error) instead of echoing it. The
/// registry and [`WsCloseCode::can_send`] allow sending it; a peer built on
/// tungstenite (tokio-tungstenite, axum) will not accept it, so send 1011
/// (Internal Error) to one.
///
/// ```
/// use status_codes::CloseCode;
/// use tungstenite::protocol::frame::coding::CloseCode as Tungstenite;
///
/// assert_eq!(Tungstenite::from(CloseCode::new(4001)), Tungstenite::Library(4001));
/// assert_eq!(Tungstenite::from(CloseCode::WS_1008_POLICY_VIOLATION), Tungstenite::Policy);
/// assert_eq!(Tungstenite::from(CloseCode::WS_1014_BAD_GATEWAY), Tungstenite::Bad(1014));
/// ```
impl From<CloseCode> for TungsteniteCode {
    #[inline]
    fn from(code: CloseCode) -> Self {
        TungsteniteCode::from(code.code())
    }
}

/// Every close code tungstenite holds; never fails.
///
/// ```
/// use status_codes::{CloseCode, WsCloseCode};
/// use tungstenite::protocol::frame::coding::CloseCode as Tungstenite;
///
/// assert_eq!(CloseCode::from(Tungstenite::Library(4001)), CloseCode::new(4001));
/// assert_eq!(CloseCode::from(Tungstenite::Away).known(), Some(WsCloseCode::GoingAway));
/// ```
impl From<TungsteniteCode> for CloseCode {
    #[inline]
    fn from(code: TungsteniteCode) -> Self {
        CloseCode::new(u16::from(code))
    }
}

/// Every registered close code; never fails.
///
/// ```
/// use status_codes::WsCloseCode;
/// use tungstenite::protocol::frame::coding::CloseCode as Tungstenite;
///
/// assert_eq!(Tungstenite::from(WsCloseCode::NormalClosure), Tungstenite::Normal);
/// ```
impl From<WsCloseCode> for TungsteniteCode {
    #[inline]
    fn from(code: WsCloseCode) -> Self {
        TungsteniteCode::from(code.code())
    }
}

/// The close a peer sent.
///
/// ```
/// use status_codes::WebSocketDisconnect;
/// use tungstenite::protocol::frame::coding::CloseCode;
/// use tungstenite::protocol::CloseFrame;
///
/// let frame = CloseFrame { code: CloseCode::Library(4001), reason: "game over".into() };
/// let disconnect = WebSocketDisconnect::from(frame);
/// assert_eq!((disconnect.code, disconnect.reason.as_str()), (4001, "game over"));
/// ```
impl From<CloseFrame> for WebSocketDisconnect {
    fn from(frame: CloseFrame) -> Self {
        Self::new(u16::from(frame.code), frame.reason.as_str())
    }
}

/// The close a peer sent, where tungstenite gives `None` for a Close frame
/// without a code: reported as 1005 (No Status Rcvd), as Starlette does.
///
/// ```
/// use status_codes::{status, WebSocketDisconnect};
/// use tungstenite::protocol::CloseFrame;
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

/// A Close frame to send; refused, as by [`WebSocketDisconnect::check`],
/// when the code may not be sent or the reason does not fit. (1014 passes
/// this check, but a tungstenite peer answers it with 1002: see
/// `From<CloseCode> for tungstenite::protocol::frame::coding::CloseCode`.)
///
/// ```
/// use status_codes::{CloseFrameError, WebSocketDisconnect};
/// use tungstenite::protocol::frame::coding::CloseCode;
/// use tungstenite::protocol::CloseFrame;
///
/// let frame = CloseFrame::try_from(WebSocketDisconnect::new(4001, "game over")).unwrap();
/// assert_eq!(frame.code, CloseCode::Library(4001));
/// assert_eq!(
///     CloseFrame::try_from(WebSocketDisconnect::new(1005, "")),
///     Err(CloseFrameError::NotSendable(1005)),
/// );
/// ```
impl TryFrom<WebSocketDisconnect> for CloseFrame {
    type Error = CloseFrameError;

    fn try_from(disconnect: WebSocketDisconnect) -> Result<Self, Self::Error> {
        disconnect.check()?;
        Ok(CloseFrame {
            code: TungsteniteCode::from(disconnect.code),
            reason: disconnect.reason.into(),
        })
    }
}
