//! `WebSocketDisconnect`, which needs the `alloc` feature.
#![cfg(feature = "alloc")]

use status_codes::{status, CloseFrameError, WebSocketDisconnect, WsCloseCode};

#[test]
fn disconnect_defaults_like_starlette() {
    let d = WebSocketDisconnect::default();
    assert_eq!(d.code, 1000);
    assert_eq!(d.reason, "");
    assert_eq!(d.close_code(), Some(WsCloseCode::NormalClosure));
    assert_eq!(d.to_string(), "WebSocket closed with 1000 Normal Closure");
}

#[test]
fn disconnect_display() {
    let known = WebSocketDisconnect::new(status::WS_1008_POLICY_VIOLATION, "bad token");
    assert_eq!(
        known.to_string(),
        "WebSocket closed with 1008 Policy Violation: bad token"
    );
    let private = WebSocketDisconnect::new(4001, "game over");
    assert_eq!(private.to_string(), "WebSocket closed with 4001: game over");
    assert_eq!(private.close_code(), None);
    let from_code = WebSocketDisconnect::from(WsCloseCode::TryAgainLater);
    assert_eq!((from_code.code, from_code.reason.as_str()), (1013, ""));
}

#[test]
fn disconnect_is_an_error_that_boxes_and_clones() {
    fn handler() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        Err(WebSocketDisconnect::new(1011, "database down"))?
    }
    let err = handler().unwrap_err();
    let disconnect = err.downcast_ref::<WebSocketDisconnect>().unwrap();
    assert_eq!(disconnect.code, 1011);
    assert_eq!(disconnect.clone(), *disconnect);
}

#[test]
fn for_sending_checks_code_then_reason_and_never_truncates() {
    for code in 0..=u16::MAX {
        let result = WebSocketDisconnect::for_sending(code, "bye");
        assert_eq!(result.is_ok(), WsCloseCode::can_send(code), "{code}");
        if let Ok(d) = result {
            assert_eq!(d.reason, "bye");
        }
    }
    let long = "x".repeat(200);
    assert_eq!(
        WebSocketDisconnect::for_sending(1000, long.clone()),
        Err(CloseFrameError::ReasonTooLong(200))
    );
    assert_eq!(
        WebSocketDisconnect::for_sending(1006, long),
        Err(CloseFrameError::NotSendable(1006)),
        "the code is checked first"
    );
    // A received close may carry any code: `new` does not check.
    assert_eq!(
        WebSocketDisconnect::new(1006, "").check(),
        Err(CloseFrameError::NotSendable(1006))
    );
}
