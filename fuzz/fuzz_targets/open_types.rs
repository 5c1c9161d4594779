//! Any string through `Status` and `CloseCode`'s `FromStr`, and any two
//! bytes through every conversion of both: no panic; a parsed value is the
//! input's number or one of its names, and agrees with the enums; every
//! conversion that cannot fail gives the number back, and `Display` never
//! prints an empty phrase.
#![no_main]

use libfuzzer_sys::fuzz_target;
use status_codes::{CloseCode, HttpStatus, Status, WsCloseCode};

fuzz_target!(|data: &[u8]| {
    if let [a, b] = *data {
        let n = u16::from_be_bytes([a, b]);
        let close = CloseCode::new(n);
        assert_eq!(u16::from(close), n);
        assert_eq!(close.known(), WsCloseCode::from_code(n));
        assert_eq!(close.can_send(), WsCloseCode::can_send(n));
        let text = close.to_string();
        assert!(text.starts_with(&n.to_string()) && text.len() > n.to_string().len() + 2);
        assert_eq!(n.to_string().parse(), Ok(close));
        match Status::from_code(n) {
            Some(status) => {
                assert!((100..=999).contains(&n));
                assert_eq!(status.code(), n);
                assert_eq!(status.known(), HttpStatus::from_code(n));
                assert_eq!(status.understood_as(), HttpStatus::understood_as(n));
                let text = status.to_string();
                assert!(text.starts_with(&n.to_string()) && text.len() > 5);
                assert_eq!(n.to_string().parse(), Ok(status));
            }
            None => assert!(Status::try_from(n).is_err()),
        }
    }
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    match s.parse::<Status>() {
        Ok(status) => {
            assert!(s == status.code().to_string() || s.starts_with("HTTP_"));
            assert_eq!(s.parse::<HttpStatus>().ok().map(Status::from).unwrap_or(status), status);
            if let Some(name) = status.name() {
                assert_eq!(name.parse(), Ok(status));
            }
        }
        Err(err) => assert!(s.parse::<HttpStatus>().is_err(), "{s:?}: {err}"),
    }
    match s.parse::<CloseCode>() {
        Ok(close) => {
            assert!(s == close.code().to_string() || s.starts_with("WS_"));
            if let Ok(known) = s.parse::<WsCloseCode>() {
                assert_eq!(CloseCode::from(known), close);
            }
        }
        Err(_) => assert!(s.parse::<WsCloseCode>().is_err()),
    }
});
