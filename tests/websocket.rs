//! The WebSocket close-code rules, `WebSocketState` and `WebSocketDisconnect`.

use status_codes::{
    check_close, CloseFrameError, WebSocketState, WsCloseCode, MAX_CLOSE_REASON_LEN,
};

/// RFC 6455, Section 7.4: the codes reserved for reporting.
const REPORTING_ONLY: [u16; 3] = [1005, 1006, 1015];

/// The rule table, written from the RFC rather than from the crate: 3000-4999
/// always; 1000-2999 when registered and not reporting-only; nothing else.
fn expected_can_send(code: u16) -> bool {
    match code {
        1000..=2999 => WsCloseCode::from_code(code).is_some() && !REPORTING_ONLY.contains(&code),
        3000..=4999 => true,
        _ => false,
    }
}

#[test]
fn can_send_matches_the_rule_table_for_every_u16() {
    for code in 0..=u16::MAX {
        assert_eq!(
            WsCloseCode::can_send(code),
            expected_can_send(code),
            "{code}"
        );
    }
}

#[test]
fn can_send_for_the_codes_the_issue_lists() {
    let sendable = (1000..=1003).chain(1007..=1014).chain(3000..=4999);
    for code in sendable {
        assert!(WsCloseCode::can_send(code), "{code}");
    }
    let never = (0..=999)
        .chain([1004, 1005, 1006, 1015])
        .chain(1016..=2999)
        .chain(5000..=u16::MAX);
    for code in never {
        assert!(!WsCloseCode::can_send(code), "{code}");
    }
}

#[test]
fn is_sendable_agrees_with_can_send_for_every_variant() {
    for &close in WsCloseCode::ALL {
        assert_eq!(
            close.is_sendable(),
            WsCloseCode::can_send(close.code()),
            "{close}"
        );
        assert_eq!(
            close.is_reporting_only(),
            REPORTING_ONLY.contains(&close.code()),
            "{close}"
        );
    }
    assert!(!WsCloseCode::TlsHandshake.is_sendable());
    assert!(WsCloseCode::BadGateway.is_sendable());
}

#[test]
fn browser_close_codes_for_every_u16() {
    for code in 0..=u16::MAX {
        let expected = code == 1000 || (3000..=4999).contains(&code);
        assert_eq!(WsCloseCode::can_send_from_browser(code), expected, "{code}");
        if expected {
            assert!(
                WsCloseCode::can_send(code),
                "a browser code must be sendable"
            );
        }
    }
}

#[test]
fn ranges() {
    for code in 0..=u16::MAX {
        assert_eq!(
            WsCloseCode::is_registered_range(code),
            (3000..=3999).contains(&code)
        );
        assert_eq!(
            WsCloseCode::is_private_use(code),
            (4000..=4999).contains(&code)
        );
    }
}

#[test]
fn websocket_state_numbers_and_names() {
    let states = [
        (WebSocketState::Connecting, 0, "CONNECTING"),
        (WebSocketState::Connected, 1, "CONNECTED"),
        (WebSocketState::Disconnected, 2, "DISCONNECTED"),
        (WebSocketState::Response, 3, "RESPONSE"),
    ];
    for (state, number, name) in states {
        assert_eq!(state as u8, number);
        assert_eq!(u8::from(state), number);
        assert_eq!(WebSocketState::try_from(number), Ok(state));
        assert_eq!(state.to_string(), name);
        assert_eq!(state.name(), name);
    }
    assert_eq!(WebSocketState::ALL.map(|s| s as u8), [0, 1, 2, 3]);
    assert_eq!(WebSocketState::default(), WebSocketState::Connecting);
    assert_eq!(format!("{:>12}", WebSocketState::Connected), "   CONNECTED");
}

#[test]
fn websocket_state_rejects_every_other_u8() {
    for value in 4..=u8::MAX {
        let err = WebSocketState::try_from(value).unwrap_err();
        assert_eq!(err.value(), value);
        assert_eq!(
            err.to_string(),
            format!("{value} is not a WebSocket state (expected 0 to 3)")
        );
    }
}

#[test]
fn close_frame_errors_explain_themselves() {
    assert_eq!(
        CloseFrameError::NotSendable(1005).to_string(),
        "close code 1005 No Status Rcvd is reserved for reporting and must not be sent in a Close frame"
    );
    assert_eq!(
        CloseFrameError::NotSendable(999).to_string(),
        "close code 999 may not be sent in a Close frame (use 1000-1003, 1007-1014 or 3000-4999)"
    );
    assert_eq!(
        CloseFrameError::ReasonTooLong(130).to_string(),
        "close reason is 130 bytes of UTF-8; a Close frame allows at most 123"
    );
}

#[test]
fn close_reasons_are_checked_by_bytes_not_chars() {
    let max = "a".repeat(MAX_CLOSE_REASON_LEN);
    assert_eq!(check_close(1000, &max), Ok(()));
    let over = "a".repeat(MAX_CLOSE_REASON_LEN + 1);
    assert_eq!(
        check_close(1000, &over),
        Err(CloseFrameError::ReasonTooLong(124))
    );
    // 41 three-byte characters are 123 bytes; 42 are 126.
    assert_eq!(check_close(4000, &"€".repeat(41)), Ok(()));
    assert_eq!(
        check_close(4000, &"€".repeat(42)),
        Err(CloseFrameError::ReasonTooLong(126))
    );
}
