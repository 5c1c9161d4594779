//! `Status` and `CloseCode`, the types that hold every code the wire
//! carries: each conversion and lookup over every number it can hold (and
//! every `u16` it cannot), held against the registered enums and the rows
//! of `data/status.csv`, so these tests pass for any valid table.

mod common;

use std::collections::HashMap;

use common::table;
use status_codes::{Category, CloseCode, HttpStatus, Status, WsCloseCode};

/// What `Display` must say after the number of an unregistered status.
fn status_note(code: u16) -> &'static str {
    match code / 100 {
        1 => "unregistered informational",
        2 => "unregistered success",
        3 => "unregistered redirection",
        4 => "unregistered client error",
        5 => "unregistered server error",
        _ => "unregistered, in no class",
    }
}

/// What `Display` must say after the number of an unregistered close code.
fn close_note(code: u16) -> &'static str {
    match code {
        1000..=2999 => "unregistered protocol code",
        3000..=3999 => "unregistered library code",
        4000..=4999 => "private use",
        _ => "not in the close code ranges",
    }
}

#[test]
fn status_holds_exactly_100_to_999() {
    for n in 0..=u16::MAX {
        let status = Status::from_code(n);
        assert_eq!(status.is_some(), (100..=999).contains(&n), "{n}");
        assert_eq!(status.map(Status::code), status.map(|_| n));
        match Status::try_from(n) {
            Ok(s) => assert_eq!(Some(s), status),
            Err(err) => {
                assert_eq!(status, None);
                assert_eq!(err.code(), n);
                assert_eq!(
                    err.to_string(),
                    format!("{n} is not an HTTP status code: they are 100 to 999")
                );
            }
        }
    }
    assert_eq!(Status::MIN.code(), 100);
    assert_eq!(Status::MAX.code(), 999);
}

#[test]
fn every_status_answers_what_its_row_or_its_class_says() {
    let t = table();
    let rows: HashMap<u16, &status_codes_codegen::Code> =
        t.http.iter().map(|c| (c.number, c)).collect();
    let mut known = 0;
    for n in 100..=999 {
        let status = Status::from_code(n).unwrap();
        let variant = HttpStatus::from_code(n);
        assert_eq!(status.known(), variant, "{n}");
        assert_eq!(status.is_known(), rows.contains_key(&n), "{n}");
        assert_eq!(HttpStatus::try_from(status).ok(), variant);
        assert_eq!(status.understood_as(), HttpStatus::understood_as(n));
        let category = Category::of(n).filter(|c| c.is_http());
        assert_eq!(status.category(), category, "{n}");
        assert_eq!(status.is_informational(), n / 100 == 1);
        assert_eq!(status.is_success(), n / 100 == 2);
        assert_eq!(status.is_redirection(), n / 100 == 3);
        assert_eq!(status.is_client_error(), n / 100 == 4);
        assert_eq!(status.is_server_error(), n / 100 == 5);
        assert_eq!(u16::from(status), n);
        assert!(status == n);
        assert!(n == status);
        assert!(status != n + 1);
        assert!(n + 1 != status);
        match (variant, rows.get(&n)) {
            (Some(v), Some(row)) => {
                known += 1;
                assert_eq!(status, v);
                assert_eq!(v, status);
                let other = Status::from_code(n + 1).unwrap_or(Status::MIN);
                assert!(other != v);
                assert!(v != other);
                assert_eq!(Status::from(v), status);
                assert_eq!(Status::from_known(v), status);
                assert_eq!(status.reason_phrase(), Some(row.phrase.as_str()));
                assert_eq!(status.name(), Some(row.name.as_str()));
                assert_eq!(status.registration(), Some(v.registration()));
                assert_eq!(
                    status.is_heuristically_cacheable(),
                    row.flags.get("heuristically_cacheable")
                );
                assert_eq!(status.allows_content(), !row.flags.get("no_content"));
                assert_eq!(status.to_string(), v.to_string());
            }
            (None, None) => {
                assert_eq!(status.reason_phrase(), None);
                assert_eq!(status.name(), None);
                assert_eq!(status.registration(), None);
                assert!(!status.is_heuristically_cacheable(), "{n}");
                assert_eq!(status.allows_content(), n >= 200, "{n}");
                assert_eq!(status.to_string(), format!("{n} ({})", status_note(n)));
                let err = HttpStatus::try_from(status).unwrap_err();
                assert_eq!(err.code(), n);
                assert_eq!(
                    err.to_string(),
                    format!("{n} is not a known HTTP status code")
                );
            }
            (variant, row) => panic!("{n}: variant {variant:?}, row {row:?}"),
        }
    }
    assert_eq!(known, t.http.len());
}

#[test]
fn every_status_parses_from_its_number_and_its_names() {
    for n in 0..=u16::MAX {
        let parsed = n.to_string().parse::<Status>();
        match Status::from_code(n) {
            Some(status) => assert_eq!(parsed, Ok(status)),
            None => {
                let err = parsed.unwrap_err();
                assert_eq!(err.unknown_code(), Some(n));
                assert_eq!(
                    err.to_string(),
                    format!("{n} is not an HTTP status code: they are 100 to 999")
                );
            }
        }
    }
    let t = table();
    for row in &t.http {
        let want = Status::from_code(row.number);
        assert_eq!(row.name.parse::<Status>().ok(), want, "{}", row.name);
    }
    for alias in t.aliases.iter().filter(|a| a.name.starts_with("HTTP_")) {
        let want = Status::from_code(alias.number);
        assert_eq!(alias.name.parse::<Status>().ok(), want, "{}", alias.name);
    }
    for bad in [
        "",
        "0404",
        "+404",
        " 404",
        "404 ",
        "4O4",
        "HTTP_499_CLIENT_CLOSED",
        "99999",
    ] {
        let err = bad.parse::<Status>().unwrap_err();
        assert_eq!(
            err,
            bad.parse::<HttpStatus>().unwrap_err(),
            "{bad:?} fails as it does for HttpStatus"
        );
    }
}

#[test]
fn display_pads_unregistered_codes_like_registered_ones() {
    let t = table();
    let unregistered = (100..=999)
        .map(|n| Status::from_code(n).unwrap())
        .find(|s| !s.is_known())
        .unwrap();
    let text = unregistered.to_string();
    assert_eq!(format!("{unregistered:>60}"), format!("{text:>60}"));
    assert_eq!(format!("{unregistered:*^60}"), format!("{text:*^60}"));
    assert_eq!(format!("{unregistered:.3}"), text[..3]);
    if let Some(row) = t.http.first() {
        let status = Status::from_code(row.number).unwrap();
        let text = status.to_string();
        assert_eq!(format!("{status:<60}|"), format!("{text:<60}|"));
    }
    let close = CloseCode::new(4999);
    assert_eq!(format!("{close:>40}"), format!("{:>40}", close.to_string()));
    assert_eq!(format!("{:?}", Status::MAX), "Status(999)");
    assert_eq!(format!("{:?}", CloseCode::new(7)), "CloseCode(7)");
}

#[test]
fn every_u16_is_a_close_code() {
    let t = table();
    let rows: HashMap<u16, &status_codes_codegen::Code> =
        t.ws.iter().map(|c| (c.number, c)).collect();
    let mut known = 0;
    for n in 0..=u16::MAX {
        let code = CloseCode::new(n);
        assert_eq!(CloseCode::from(n), code);
        assert_eq!(u16::from(code), n);
        assert_eq!(code.code(), n);
        assert!(code == n);
        assert!(n == code);
        assert!(code != n.wrapping_add(1));
        assert!(n.wrapping_add(1) != code);
        let variant = WsCloseCode::from_code(n);
        assert_eq!(code.known(), variant, "{n}");
        assert_eq!(code.is_known(), rows.contains_key(&n), "{n}");
        assert_eq!(WsCloseCode::try_from(code).ok(), variant);
        assert_eq!(code.can_send(), WsCloseCode::can_send(n), "{n}");
        assert_eq!(
            code.allowed_in_js_close(),
            WsCloseCode::allowed_in_js_close(n)
        );
        assert_eq!(code.is_protocol_range(), (1000..=2999).contains(&n));
        assert_eq!(code.is_registered_range(), (3000..=3999).contains(&n));
        assert_eq!(code.is_private_use(), (4000..=4999).contains(&n));
        assert_eq!(n.to_string().parse::<CloseCode>(), Ok(code), "{n}");
        match (variant, rows.get(&n)) {
            (Some(v), Some(row)) => {
                known += 1;
                assert!(code == v);
                assert!(v == code);
                let other = CloseCode::new(n.wrapping_add(1));
                assert!(other != v);
                assert!(v != other);
                assert_eq!(CloseCode::from(v), code);
                assert_eq!(CloseCode::from_known(v), code);
                assert_eq!(code.reason_phrase(), Some(row.phrase.as_str()));
                assert_eq!(code.name(), Some(row.name.as_str()));
                assert_eq!(code.registration(), Some(v.registration()));
                assert_eq!(code.is_reporting_only(), row.flags.get("reporting_only"));
                assert_eq!(code.to_string(), v.to_string());
                assert_eq!(row.name.parse::<CloseCode>(), Ok(code));
            }
            (None, None) => {
                assert_eq!(code.reason_phrase(), None);
                assert_eq!(code.name(), None);
                assert_eq!(code.registration(), None);
                assert!(!code.is_reporting_only());
                assert_eq!(code.to_string(), format!("{n} ({})", close_note(n)));
                assert_eq!(WsCloseCode::try_from(code).unwrap_err().code(), n);
            }
            (variant, row) => panic!("{n}: variant {variant:?}, row {row:?}"),
        }
    }
    assert_eq!(known, t.ws.len());
    for alias in t.aliases.iter().filter(|a| a.name.starts_with("WS_")) {
        assert_eq!(alias.name.parse(), Ok(CloseCode::new(alias.number)));
    }
    for bad in ["", "65536", "01000", "-1", "WS_1000", "HTTP_404_NOT_FOUND"] {
        assert_eq!(
            bad.parse::<CloseCode>().unwrap_err(),
            bad.parse::<WsCloseCode>().unwrap_err(),
            "{bad:?}"
        );
    }
}

/// `Option<Status>` costs nothing over `Status`, as with `http::StatusCode`.
#[test]
fn the_open_types_are_two_bytes() {
    assert_eq!(std::mem::size_of::<Status>(), 2);
    assert_eq!(std::mem::size_of::<Option<Status>>(), 2);
    assert_eq!(std::mem::size_of::<CloseCode>(), 2);
}
