//! The facts that the library and its generator both need, each written
//! once on each side (the generator cannot depend on the library it
//! generates), held to each other here over every value.

use status_codes::{Category, HttpStatus, WsCloseCode};
use status_codes_codegen as codegen;

#[test]
fn the_categories_have_the_same_names_and_ranges() {
    let names = |all: &mut dyn Iterator<Item = &'static str>| all.collect::<Vec<_>>();
    assert_eq!(
        names(&mut Category::ALL.iter().map(|c| c.as_str())),
        names(&mut codegen::Category::ALL.iter().map(|c| c.as_str())),
    );
    for number in 0..=u16::MAX {
        assert_eq!(
            Category::of(number).map(Category::as_str),
            codegen::Category::of(number).map(codegen::Category::as_str),
            "{number}"
        );
    }
}

#[test]
fn the_websocket_protocol_range_is_the_same() {
    for number in 0..=u16::MAX {
        assert_eq!(
            WsCloseCode::is_protocol_range(number),
            codegen::WS_PROTOCOL_CODES.contains(&number),
            "{number}"
        );
    }
}

/// Names are parsed by their prefix's length (the prefixes themselves are
/// held alike by the library's unit test in `src/kind.rs`, which sees its
/// private `Kind`): every name parses, and never as the other kind.
#[test]
fn every_name_has_its_kinds_prefix_and_parses_by_it() {
    let http = codegen::Kind::Http.prefix();
    let ws = codegen::Kind::WebSocket.prefix();
    for &code in HttpStatus::ALL {
        assert!(code.name().starts_with(http), "{}", code.name());
        assert_eq!(code.name().parse(), Ok(code));
        // The other kind's prefix never parses as this kind.
        let renamed = code.name().replacen(http, ws, 1);
        assert!(renamed.parse::<HttpStatus>().is_err(), "{renamed}");
    }
    for &code in WsCloseCode::ALL {
        assert!(code.name().starts_with(ws), "{}", code.name());
        assert_eq!(code.name().parse(), Ok(code));
        let renamed = code.name().replacen(ws, http, 1);
        assert!(renamed.parse::<WsCloseCode>().is_err(), "{renamed}");
    }
}
