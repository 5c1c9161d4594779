//! Any string through both enums' `FromStr`: no panic, and every success
//! names a variant whose number or name (or alias) is the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use status_codes::{HttpStatus, WsCloseCode};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(status) = s.parse::<HttpStatus>() {
        assert!(s == status.code().to_string() || s.starts_with("HTTP_"));
        assert_eq!(status.to_string().parse::<HttpStatus>().ok(), None);
        assert_eq!(status.name().parse::<HttpStatus>(), Ok(status));
    }
    if let Ok(close) = s.parse::<WsCloseCode>() {
        assert!(s == close.code().to_string() || s.starts_with("WS_"));
        assert_eq!(close.name().parse::<WsCloseCode>(), Ok(close));
    }
    if let Ok(n) = s.parse::<u16>() {
        assert_eq!(HttpStatus::from_code(n).is_some(), HttpStatus::try_from(n).is_ok());
    }
});
