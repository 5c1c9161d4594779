//! `WebSocketDisconnect`, which needs the `alloc` feature. Phrases and
//! which codes are reporting-only are read from `data/status.csv`, so the
//! tests hold for any valid table.
#![cfg(feature = "alloc")]

use status_codes::{status, CloseFrameError, WebSocketDisconnect, WsCloseCode};
use status_codes_codegen as codegen;

mod common;

/// The close-code rows of `data/status.csv`, as the generator reads them.
fn rows() -> Vec<codegen::Code> {
    common::table().ws
}

/// The phrase the table gives `number`.
fn phrase(rows: &[codegen::Code], number: u16) -> &str {
    &rows.iter().find(|c| c.number == number).unwrap().phrase
}

#[test]
fn disconnect_defaults_like_starlette() {
    let d = WebSocketDisconnect::default();
    assert_eq!(d.code, 1000);
    assert_eq!(d.reason, "");
    assert_eq!(d.close_code(), Some(WsCloseCode::NormalClosure));
    assert_eq!(
        d.to_string(),
        format!("WebSocket closed with 1000 {}", phrase(&rows(), 1000))
    );
}

#[test]
fn disconnect_display() {
    let rows = rows();
    let known = WebSocketDisconnect::new(status::WS_1008_POLICY_VIOLATION, "bad token");
    assert_eq!(
        known.to_string(),
        format!(
            "WebSocket closed with 1008 {}: bad token",
            phrase(&rows, 1008)
        )
    );
    // Every code of the table prints its phrase, and the reason when there
    // is one.
    for row in &rows {
        let d = WebSocketDisconnect::new(row.number, "");
        assert_eq!(d.close_code(), WsCloseCode::from_code(row.number));
        assert_eq!(
            d.to_string(),
            format!("WebSocket closed with {} {}", row.number, row.phrase)
        );
    }
    // A number without a row prints with its range, as `CloseCode` does:
    // one that no table can hold, and one in the private-use range that
    // this table leaves free.
    let free = (4000..=4999)
        .find(|&n| rows.iter().all(|c| c.number != n))
        .unwrap();
    for (code, range) in [
        (5000, "not in the close code ranges"),
        (free, "private use"),
    ] {
        let d = WebSocketDisconnect::new(code, "game over");
        assert_eq!(
            d.to_string(),
            format!("WebSocket closed with {code} ({range}): game over")
        );
        assert_eq!(d.close_code(), None);
    }
    for code in [free, 5000] {
        let from_any = WebSocketDisconnect::from(status_codes::CloseCode::new(code));
        assert_eq!((from_any.code, from_any.reason.as_str()), (code, ""));
    }
    for &close in WsCloseCode::ALL {
        let from_code = WebSocketDisconnect::from(close);
        assert_eq!(
            (from_code.code, from_code.reason.as_str()),
            (close.code(), "")
        );
        assert_eq!(from_code.close_code(), Some(close));
    }
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
    // Never sendable: numbers outside the close-code space, and the rows
    // marked reporting-only.
    let reporting_only = rows().into_iter().filter(|c| c.flags.get("reporting_only"));
    for code in [999, 5000]
        .into_iter()
        .chain(reporting_only.map(|c| c.number))
    {
        assert_eq!(
            WebSocketDisconnect::for_sending(code, long.clone()),
            Err(CloseFrameError::NotSendable(code)),
            "the code is checked first"
        );
        // A received close may carry any code: `new` does not check.
        assert_eq!(
            WebSocketDisconnect::new(code, "").check(),
            Err(CloseFrameError::NotSendable(code))
        );
    }
}
