//! The registry data as the built library has it: every FastAPI/Starlette
//! name as a constant with its value (written out here, so a missing one
//! fails to compile), the deprecated names, and the IANA registries' codes,
//! phrases and registrations read from the vendored copies in
//! `data/upstream/`.

use status_codes::{status, HttpStatus, WsCloseCode};

#[test]
fn every_fastapi_name_is_a_constant_with_its_value() {
    // Every name of Starlette's `status` module, which FastAPI re-exports.
    let names: &[(u16, u16)] = &[
        (status::HTTP_100_CONTINUE, 100),
        (status::HTTP_101_SWITCHING_PROTOCOLS, 101),
        (status::HTTP_102_PROCESSING, 102),
        (status::HTTP_103_EARLY_HINTS, 103),
        (status::HTTP_200_OK, 200),
        (status::HTTP_201_CREATED, 201),
        (status::HTTP_202_ACCEPTED, 202),
        (status::HTTP_203_NON_AUTHORITATIVE_INFORMATION, 203),
        (status::HTTP_204_NO_CONTENT, 204),
        (status::HTTP_205_RESET_CONTENT, 205),
        (status::HTTP_206_PARTIAL_CONTENT, 206),
        (status::HTTP_207_MULTI_STATUS, 207),
        (status::HTTP_208_ALREADY_REPORTED, 208),
        (status::HTTP_226_IM_USED, 226),
        (status::HTTP_300_MULTIPLE_CHOICES, 300),
        (status::HTTP_301_MOVED_PERMANENTLY, 301),
        (status::HTTP_302_FOUND, 302),
        (status::HTTP_303_SEE_OTHER, 303),
        (status::HTTP_304_NOT_MODIFIED, 304),
        (status::HTTP_305_USE_PROXY, 305),
        (status::HTTP_306_RESERVED, 306),
        (status::HTTP_307_TEMPORARY_REDIRECT, 307),
        (status::HTTP_308_PERMANENT_REDIRECT, 308),
        (status::HTTP_400_BAD_REQUEST, 400),
        (status::HTTP_401_UNAUTHORIZED, 401),
        (status::HTTP_402_PAYMENT_REQUIRED, 402),
        (status::HTTP_403_FORBIDDEN, 403),
        (status::HTTP_404_NOT_FOUND, 404),
        (status::HTTP_405_METHOD_NOT_ALLOWED, 405),
        (status::HTTP_406_NOT_ACCEPTABLE, 406),
        (status::HTTP_407_PROXY_AUTHENTICATION_REQUIRED, 407),
        (status::HTTP_408_REQUEST_TIMEOUT, 408),
        (status::HTTP_409_CONFLICT, 409),
        (status::HTTP_410_GONE, 410),
        (status::HTTP_411_LENGTH_REQUIRED, 411),
        (status::HTTP_412_PRECONDITION_FAILED, 412),
        (status::HTTP_413_CONTENT_TOO_LARGE, 413),
        (status::HTTP_414_URI_TOO_LONG, 414),
        (status::HTTP_415_UNSUPPORTED_MEDIA_TYPE, 415),
        (status::HTTP_416_RANGE_NOT_SATISFIABLE, 416),
        (status::HTTP_417_EXPECTATION_FAILED, 417),
        (status::HTTP_418_IM_A_TEAPOT, 418),
        (status::HTTP_421_MISDIRECTED_REQUEST, 421),
        (status::HTTP_422_UNPROCESSABLE_CONTENT, 422),
        (status::HTTP_423_LOCKED, 423),
        (status::HTTP_424_FAILED_DEPENDENCY, 424),
        (status::HTTP_425_TOO_EARLY, 425),
        (status::HTTP_426_UPGRADE_REQUIRED, 426),
        (status::HTTP_428_PRECONDITION_REQUIRED, 428),
        (status::HTTP_429_TOO_MANY_REQUESTS, 429),
        (status::HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE, 431),
        (status::HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS, 451),
        (status::HTTP_500_INTERNAL_SERVER_ERROR, 500),
        (status::HTTP_501_NOT_IMPLEMENTED, 501),
        (status::HTTP_502_BAD_GATEWAY, 502),
        (status::HTTP_503_SERVICE_UNAVAILABLE, 503),
        (status::HTTP_504_GATEWAY_TIMEOUT, 504),
        (status::HTTP_505_HTTP_VERSION_NOT_SUPPORTED, 505),
        (status::HTTP_506_VARIANT_ALSO_NEGOTIATES, 506),
        (status::HTTP_507_INSUFFICIENT_STORAGE, 507),
        (status::HTTP_508_LOOP_DETECTED, 508),
        (status::HTTP_510_NOT_EXTENDED, 510),
        (status::HTTP_511_NETWORK_AUTHENTICATION_REQUIRED, 511),
        (status::WS_1000_NORMAL_CLOSURE, 1000),
        (status::WS_1001_GOING_AWAY, 1001),
        (status::WS_1002_PROTOCOL_ERROR, 1002),
        (status::WS_1003_UNSUPPORTED_DATA, 1003),
        (status::WS_1005_NO_STATUS_RCVD, 1005),
        (status::WS_1006_ABNORMAL_CLOSURE, 1006),
        (status::WS_1007_INVALID_FRAME_PAYLOAD_DATA, 1007),
        (status::WS_1008_POLICY_VIOLATION, 1008),
        (status::WS_1009_MESSAGE_TOO_BIG, 1009),
        (status::WS_1010_MANDATORY_EXT, 1010),
        (status::WS_1011_INTERNAL_ERROR, 1011),
        (status::WS_1012_SERVICE_RESTART, 1012),
        (status::WS_1013_TRY_AGAIN_LATER, 1013),
        (status::WS_1014_BAD_GATEWAY, 1014),
        (status::WS_1015_TLS_HANDSHAKE, 1015),
    ];
    for &(constant, expected) in names {
        assert_eq!(constant, expected);
    }
    assert_eq!(names.len(), 63 + 15);
}

#[test]
#[allow(deprecated)]
fn deprecated_fastapi_names_keep_their_values_and_parse_to_the_new_variant() {
    let aliases = [
        (
            status::HTTP_413_REQUEST_ENTITY_TOO_LARGE,
            "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
            HttpStatus::ContentTooLarge,
        ),
        (
            status::HTTP_414_REQUEST_URI_TOO_LONG,
            "HTTP_414_REQUEST_URI_TOO_LONG",
            HttpStatus::UriTooLong,
        ),
        (
            status::HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE,
            "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE",
            HttpStatus::RangeNotSatisfiable,
        ),
        (
            status::HTTP_422_UNPROCESSABLE_ENTITY,
            "HTTP_422_UNPROCESSABLE_ENTITY",
            HttpStatus::UnprocessableContent,
        ),
    ];
    for (value, name, variant) in aliases {
        assert_eq!(value, variant.code());
        assert_eq!(name.parse::<HttpStatus>(), Ok(variant));
        assert_ne!(variant.name(), name, "the canonical name is the new one");
    }
}

#[test]
fn registered_websocket_codes_beyond_starlette() {
    assert_eq!(status::WS_3000_UNAUTHORIZED, 3000);
    assert_eq!(status::WS_3003_FORBIDDEN, 3003);
    assert_eq!(status::WS_3008_TIMEOUT, 3008);
    assert_eq!(WsCloseCode::from_code(3003), Some(WsCloseCode::Forbidden));
}

#[allow(dead_code)]
#[path = "../build/upstream.rs"]
mod upstream;

use status_codes::Registration;
use upstream::{Inputs, Registry, Source, Status};

/// A code, its phrase and how it is registered, as `Registration` prints it.
type Described = (u16, String, String);

/// Every code a vendored registry copy assigns, as the built library sees
/// it: `(code, phrase, registration)` from the library, beside the same
/// from the copy, with the deliberate differences of `deliberate.csv` put
/// back on the copy's side. (`tests/upstream.rs` checks the CSV against the
/// copies; this checks that the library built from it says the same.)
fn registry_against_library(
    source: Source,
    lookup: impl Fn(u16) -> Option<(String, Registration)>,
) -> (Vec<Described>, Vec<Described>) {
    let inputs = Inputs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap();
    let text = match source {
        Source::IanaHttp => &inputs.iana_http,
        _ => &inputs.iana_websocket,
    };
    let registry = Registry::parse(source, text).unwrap();
    let deliberate = upstream::deliberate(&inputs.deliberate).unwrap();
    let excused = |number: u16, field: &str| {
        deliberate
            .iter()
            .find(|d| d.source == source && d.number == number && d.field == field)
    };
    let (mut library, mut copy) = (Vec::new(), Vec::new());
    for entry in registry.assigned() {
        let n = entry.first;
        if excused(n, "row").is_some() {
            assert_eq!(lookup(n), None, "{n} is left out on purpose");
            continue;
        }
        let (phrase, status) = entry.phrase_and_status();
        let phrase = excused(n, "phrase").map_or(phrase, |d| d.ours.as_str());
        let registration = match status {
            Status::Temporary { expires } => {
                format!("temporary IANA registration, expires {}", expires.unwrap())
            }
            Status::Obsoleted => "obsoleted".to_owned(),
            _ => "permanent".to_owned(),
        };
        copy.push((n, phrase.to_owned(), registration));
        let (phrase, registration) = lookup(n).unwrap_or_else(|| panic!("{n} is missing"));
        library.push((n, phrase, registration.to_string()));
    }
    assert!(copy.len() > 15, "the copy lists the registry");
    (library, copy)
}

#[test]
fn every_iana_http_code_has_its_registry_phrase_and_status() {
    let (library, copy) = registry_against_library(Source::IanaHttp, |n| {
        HttpStatus::from_code(n).map(|s| (s.reason_phrase().to_owned(), s.registration()))
    });
    assert_eq!(library, copy);
    for status in HttpStatus::ALL {
        let code = status.code();
        assert_eq!(
            status.to_string(),
            format!("{code} {}", status.reason_phrase())
        );
    }
    assert_eq!(HttpStatus::ALL.len(), library.len());
}

#[test]
fn every_iana_websocket_code_has_its_registry_name() {
    let (library, copy) = registry_against_library(Source::IanaWebSocket, |n| {
        WsCloseCode::from_code(n).map(|c| (c.reason_phrase().to_owned(), c.registration()))
    });
    assert_eq!(library, copy);
    assert_eq!(WsCloseCode::ALL.len(), library.len());
    assert_eq!(
        WsCloseCode::ProtocolError.to_string(),
        "1002 Protocol error"
    );
}

#[test]
fn rfc_9110_phrases() {
    assert_eq!(
        HttpStatus::ContentTooLarge.to_string(),
        "413 Content Too Large"
    );
    assert_eq!(
        HttpStatus::UnprocessableContent.to_string(),
        "422 Unprocessable Content"
    );
    assert_eq!(
        HttpStatus::NonAuthoritativeInformation.reason_phrase(),
        "Non-Authoritative Information"
    );
    assert_eq!(HttpStatus::UriTooLong.reason_phrase(), "URI Too Long");
    assert_eq!(HttpStatus::ImATeapot.reason_phrase(), "I'm a teapot");
}
