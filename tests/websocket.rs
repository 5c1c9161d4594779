//! The WebSocket close-code rules and `WebSocketState`
//! (`WebSocketDisconnect` is in `tests/disconnect.rs`).
//! Which close codes exist and which are reporting-only are read from
//! `data/status.csv`, so the tests hold for any valid table.

use status_codes::{
    check_close, Category, CloseFrameError, WebSocketState, WsCloseCode, MAX_CLOSE_REASON_LEN,
};
use status_codes_codegen as codegen;

mod common;

/// The close-code rows of `data/status.csv`, as the generator reads them.
fn rows() -> Vec<codegen::Code> {
    common::table().ws
}

/// The rule table, written from the RFC rather than from the crate, over the
/// table's rows: 3000-4999 always; 1000-2999 when the table has the code and
/// does not mark it reporting-only; nothing else.
fn expected_can_send(rows: &[codegen::Code], code: u16) -> bool {
    match code {
        1000..=2999 => rows
            .iter()
            .any(|c| c.number == code && !c.flags.get("reporting_only")),
        3000..=4999 => true,
        _ => false,
    }
}

#[test]
fn can_send_matches_the_rule_table_for_every_u16() {
    let rows = rows();
    for code in 0..=u16::MAX {
        assert_eq!(
            WsCloseCode::can_send(code),
            expected_can_send(&rows, code),
            "{code}"
        );
    }
}

#[test]
fn can_send_for_each_row_and_each_range() {
    // Each row: sendable unless reporting-only.
    let rows = rows();
    for row in &rows {
        assert_eq!(
            WsCloseCode::can_send(row.number),
            !row.flags.get("reporting_only"),
            "{}",
            row.name
        );
    }
    // The protocol's numbers without a row are never sent; the ranges
    // registered with IANA and for private use always may be.
    let unassigned = (1000..=2999).filter(|&n| rows.iter().all(|c| c.number != n));
    for code in unassigned {
        assert!(!WsCloseCode::can_send(code), "{code}");
    }
    for code in 3000..=4999 {
        assert!(WsCloseCode::can_send(code), "{code}");
    }
    for code in (0..=999).chain(5000..=u16::MAX) {
        assert!(!WsCloseCode::can_send(code), "{code}");
    }
}

#[test]
fn is_sendable_agrees_with_can_send_for_every_variant() {
    let rows = rows();
    assert_eq!(WsCloseCode::ALL.len(), rows.len());
    for row in &rows {
        let close = WsCloseCode::from_code(row.number).unwrap();
        assert_eq!(
            close.is_sendable(),
            WsCloseCode::can_send(close.code()),
            "{close}"
        );
        assert_eq!(
            close.is_reporting_only(),
            row.flags.get("reporting_only"),
            "{close}"
        );
    }
    assert!(WsCloseCode::NormalClosure.is_sendable());
    assert!(WsCloseCode::PolicyViolation.is_sendable());
}

#[test]
fn js_close_codes_for_every_u16() {
    for code in 0..=u16::MAX {
        let expected = code == 1000 || (3000..=4999).contains(&code);
        assert_eq!(WsCloseCode::allowed_in_js_close(code), expected, "{code}");
        // The old name answers the same, with a warning.
        #[allow(deprecated)]
        let old = WsCloseCode::can_send_from_browser(code);
        assert_eq!(old, expected, "{code}");
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
            WsCloseCode::is_protocol_range(code),
            (1000..=2999).contains(&code)
        );
        assert_eq!(
            WsCloseCode::is_registered_range(code),
            (3000..=3999).contains(&code)
        );
        assert_eq!(
            WsCloseCode::is_private_use(code),
            (4000..=4999).contains(&code)
        );
        // The three ranges split the WebSocket category between them.
        let in_ranges = [
            WsCloseCode::is_protocol_range(code),
            WsCloseCode::is_registered_range(code),
            WsCloseCode::is_private_use(code),
        ];
        let in_category = Category::of(code) == Some(Category::WebSocket);
        let count = in_ranges.iter().filter(|&&b| b).count();
        assert_eq!(count, usize::from(in_category), "{code}");
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

/// The sendable close codes as the error message lists them, built from the
/// rows: runs of consecutive numbers, `1000-1003, 1007-1014 or 3000-4999`
/// for a table whose protocol codes are 1000-1015 less 1004, 1005, 1006 and
/// 1015.
fn sendable_ranges(rows: &[codegen::Code]) -> String {
    let mut runs: Vec<(u16, u16)> = Vec::new();
    for code in (1000..=4999).filter(|&n| expected_can_send(rows, n)) {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == code => *last = code,
            _ => runs.push((code, code)),
        }
    }
    let runs: Vec<String> = runs
        .into_iter()
        .map(|(first, last)| {
            if first == last {
                first.to_string()
            } else {
                format!("{first}-{last}")
            }
        })
        .collect();
    match runs.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[test]
fn close_frame_errors_explain_themselves() {
    let rows = rows();
    for row in rows.iter().filter(|c| c.flags.get("reporting_only")) {
        assert_eq!(
            CloseFrameError::NotSendable(row.number).to_string(),
            format!(
                "close code {} {} is reserved for reporting and must not be sent in a Close frame",
                row.number, row.phrase
            )
        );
    }
    // Anything else that may not be sent is told what may.
    let ranges = sendable_ranges(&rows);
    assert!(ranges.ends_with("3000-4999"), "{ranges}");
    let unassigned = (1000..=2999).find(|&n| rows.iter().all(|c| c.number != n));
    // The error is public, so a caller may build it for a registered code
    // that is not reporting-only: it is told what may be sent, too.
    let sendable = rows
        .iter()
        .find(|c| !c.flags.get("reporting_only"))
        .map(|c| c.number);
    for code in [0, 999, 5000, u16::MAX]
        .into_iter()
        .chain(unassigned)
        .chain(sendable)
    {
        assert_eq!(
            CloseFrameError::NotSendable(code).to_string(),
            format!("close code {code} may not be sent in a Close frame (use {ranges})")
        );
    }
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
