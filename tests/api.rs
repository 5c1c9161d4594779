//! The public API over the real table: FastAPI's names, the IANA phrases,
//! and round trips over every `u16`.

#[allow(dead_code)]
#[path = "../build/codegen.rs"]
mod codegen;

use status_codes::{reason_phrase, status, Category, HttpStatus, ParseCodeError, WsCloseCode};

/// The rows of `data/status.csv`, as the generator reads them.
fn table() -> codegen::Table {
    codegen::parse_table(include_str!("../data/status.csv")).expect("data/status.csv is valid")
}

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

/// The IANA HTTP Status Code Registry: every assigned code and its wording
/// (418 is "(Unused)" there; the crate keeps RFC 2324's "I'm a teapot").
const IANA_HTTP: &[(u16, &str)] = &[
    (100, "Continue"),
    (101, "Switching Protocols"),
    (102, "Processing"),
    (103, "Early Hints"),
    (104, "Upload Resumption Supported"),
    (200, "OK"),
    (201, "Created"),
    (202, "Accepted"),
    (203, "Non-Authoritative Information"),
    (204, "No Content"),
    (205, "Reset Content"),
    (206, "Partial Content"),
    (207, "Multi-Status"),
    (208, "Already Reported"),
    (226, "IM Used"),
    (300, "Multiple Choices"),
    (301, "Moved Permanently"),
    (302, "Found"),
    (303, "See Other"),
    (304, "Not Modified"),
    (305, "Use Proxy"),
    (306, "(Unused)"),
    (307, "Temporary Redirect"),
    (308, "Permanent Redirect"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (402, "Payment Required"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (405, "Method Not Allowed"),
    (406, "Not Acceptable"),
    (407, "Proxy Authentication Required"),
    (408, "Request Timeout"),
    (409, "Conflict"),
    (410, "Gone"),
    (411, "Length Required"),
    (412, "Precondition Failed"),
    (413, "Content Too Large"),
    (414, "URI Too Long"),
    (415, "Unsupported Media Type"),
    (416, "Range Not Satisfiable"),
    (417, "Expectation Failed"),
    (418, "I'm a teapot"),
    (421, "Misdirected Request"),
    (422, "Unprocessable Content"),
    (423, "Locked"),
    (424, "Failed Dependency"),
    (425, "Too Early"),
    (426, "Upgrade Required"),
    (428, "Precondition Required"),
    (429, "Too Many Requests"),
    (431, "Request Header Fields Too Large"),
    (451, "Unavailable For Legal Reasons"),
    (500, "Internal Server Error"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "Service Unavailable"),
    (504, "Gateway Timeout"),
    (505, "HTTP Version Not Supported"),
    (506, "Variant Also Negotiates"),
    (507, "Insufficient Storage"),
    (508, "Loop Detected"),
    (510, "Not Extended"),
    (511, "Network Authentication Required"),
];

/// The IANA WebSocket Close Code Number Registry, as worded there.
const IANA_WS: &[(u16, &str)] = &[
    (1000, "Normal Closure"),
    (1001, "Going Away"),
    (1002, "Protocol error"),
    (1003, "Unsupported Data"),
    (1005, "No Status Rcvd"),
    (1006, "Abnormal Closure"),
    (1007, "Invalid frame payload data"),
    (1008, "Policy Violation"),
    (1009, "Message Too Big"),
    (1010, "Mandatory Ext."),
    (1011, "Internal Error"),
    (1012, "Service Restart"),
    (1013, "Try Again Later"),
    (1014, "Bad Gateway"),
    (1015, "TLS handshake"),
    (3000, "Unauthorized"),
    (3003, "Forbidden"),
    (3008, "Timeout"),
];

#[test]
fn every_iana_http_code_has_its_registry_phrase() {
    for &(code, phrase) in IANA_HTTP {
        let status = HttpStatus::from_code(code).unwrap_or_else(|| panic!("{code} is missing"));
        assert_eq!(status.reason_phrase(), phrase, "{code}");
        assert_eq!(status.to_string(), format!("{code} {phrase}"));
    }
}

#[test]
fn every_iana_websocket_code_has_its_registry_name() {
    for &(code, phrase) in IANA_WS {
        let close = WsCloseCode::from_code(code).unwrap_or_else(|| panic!("{code} is missing"));
        assert_eq!(close.reason_phrase(), phrase, "{code}");
        assert_eq!(close.to_string(), format!("{code} {phrase}"));
    }
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

#[test]
fn every_u16_round_trips_through_http_status() {
    let t = table();
    let rows: std::collections::HashMap<u16, &codegen::Code> =
        t.http.iter().map(|c| (c.number, c)).collect();
    let mut seen = 0;
    for n in 0..=u16::MAX {
        let status = HttpStatus::from_code(n);
        assert_eq!(HttpStatus::try_from(n).ok(), status);
        assert_eq!(
            HttpStatus::reason_phrase_of(n),
            status.map(HttpStatus::reason_phrase)
        );
        match (status, rows.get(&n)) {
            (Some(s), Some(row)) => {
                seen += 1;
                assert_eq!(s.code(), n);
                assert_eq!(s as u16, n);
                assert_eq!(u16::from(s), n);
                assert!(s == n);
                assert!(n == s);
                assert_eq!(s.name(), row.name);
                assert_eq!(s.reason_phrase(), row.phrase);
                assert_eq!(s.to_string(), format!("{n} {}", row.phrase));
                assert_eq!(Some(s.category()), Category::of(n));
                assert_eq!(s.category().as_str(), row.category.as_str());
                assert_eq!(n.to_string().parse(), Ok(s));
                assert_eq!(s.name().parse(), Ok(s));
                let predicates = [
                    s.is_informational(),
                    s.is_success(),
                    s.is_redirection(),
                    s.is_client_error(),
                    s.is_server_error(),
                ];
                assert_eq!(predicates.iter().filter(|&&p| p).count(), 1);
                assert!(predicates[usize::from(n / 100 - 1)]);
            }
            (None, None) => {
                let err = HttpStatus::try_from(n).unwrap_err();
                assert_eq!(err.code(), n);
                let parse_err = n.to_string().parse::<HttpStatus>().unwrap_err();
                assert_eq!(parse_err.unknown_code(), Some(n));
            }
            (status, row) => panic!(
                "{n}: enum says {status:?}, CSV says {:?}",
                row.map(|r| &r.name)
            ),
        }
    }
    assert_eq!(seen, t.http.len());
    assert_eq!(HttpStatus::ALL.len(), t.http.len());
}

#[test]
fn every_u16_round_trips_through_ws_close_code() {
    let t = table();
    let rows: std::collections::HashMap<u16, &codegen::Code> =
        t.ws.iter().map(|c| (c.number, c)).collect();
    for n in 0..=u16::MAX {
        let close = WsCloseCode::from_code(n);
        assert_eq!(WsCloseCode::try_from(n).ok(), close);
        assert_eq!(close.is_some(), rows.contains_key(&n), "{n}");
        assert_eq!(
            WsCloseCode::reason_phrase_of(n),
            close.map(WsCloseCode::reason_phrase)
        );
        if let (Some(c), Some(row)) = (close, rows.get(&n)) {
            assert_eq!(c.code(), n);
            assert_eq!(u16::from(c), n);
            assert_eq!(c.name(), row.name);
            assert_eq!(c.reason_phrase(), row.phrase);
            assert_eq!(c.to_string(), format!("{n} {}", row.phrase));
            assert_eq!(c.category(), Category::WebSocket);
            assert_eq!(n.to_string().parse(), Ok(c));
            assert_eq!(c.name().parse(), Ok(c));
            assert_eq!(c.is_reporting_only(), row.reporting_only);
        }
    }
    assert_eq!(WsCloseCode::ALL.len(), t.ws.len());
}

#[test]
fn top_level_reason_phrase_covers_both_registries() {
    for n in 0..=u16::MAX {
        let expected = HttpStatus::reason_phrase_of(n).or(WsCloseCode::reason_phrase_of(n));
        assert_eq!(reason_phrase(n), expected);
    }
    assert_eq!(reason_phrase(1008), Some("Policy Violation"));
}

#[test]
fn every_csv_name_parses_to_its_variant() {
    let t = table();
    for code in &t.http {
        let parsed: HttpStatus = code.name.parse().unwrap();
        assert_eq!(parsed.code(), code.number);
        assert_eq!(
            format!("{parsed:?}"),
            code.variant,
            "Debug prints the variant"
        );
    }
    for code in &t.ws {
        let parsed: WsCloseCode = code.name.parse().unwrap();
        assert_eq!(parsed.code(), code.number);
        assert_eq!(format!("{parsed:?}"), code.variant);
    }
    for alias in &t.aliases {
        let number = match alias.kind {
            codegen::Kind::Http => alias.name.parse::<HttpStatus>().map(HttpStatus::code).ok(),
            codegen::Kind::WebSocket => alias
                .name
                .parse::<WsCloseCode>()
                .map(WsCloseCode::code)
                .ok(),
        };
        assert_eq!(number, Some(alias.number), "{}", alias.name);
    }
}

#[test]
fn from_str_rejects_near_misses() {
    for input in [
        "",
        " 404",
        "404 ",
        "+404",
        "-404",
        "0404",
        "4040",
        "65536",
        "99999999",
        "4_04",
        "404.0",
        "HTTP_404_NOT_FOUND ",
        "http_404_not_found",
        "HTTP_404",
        "HTTP_404_",
        "HTTP_404_NOT_FOUN",
        "HTTP_404_NOT_FOUNDX",
        "HTTP_405_NOT_FOUND",
        "HTTP_0404_NOT_FOUND",
        "HTTP_",
        "HTTP_99999_X",
        "WS_1000_NORMAL_CLOSURE",
        "NOT_FOUND",
        "Not Found",
        "404 Not Found",
        "HTTP_404_NOT_FOUND\0",
    ] {
        let result = input.parse::<HttpStatus>();
        assert!(result.is_err(), "{input:?} parsed as {result:?}");
        assert!(!result.unwrap_err().to_string().is_empty());
    }
    for input in [
        "",
        "1004",
        "HTTP_404_NOT_FOUND",
        "WS_1000",
        "WS_1000_NORMAL",
        "ws_1000_normal_closure",
    ] {
        assert!(input.parse::<WsCloseCode>().is_err(), "{input:?}");
    }
}

#[test]
fn parse_errors_say_what_was_wrong() {
    let message = |s: &str| s.parse::<HttpStatus>().unwrap_err().to_string();
    assert_eq!(message(""), "an empty string is not an HTTP status code");
    assert_eq!(message("299"), "299 is not a known HTTP status code");
    assert_eq!(
        message("0404"),
        "not an HTTP status code: numbers are plain decimal from 0 to 65535, without a sign or leading zero"
    );
    assert_eq!(
        message("HTTP_404_NOT_FOUNDD"),
        "not a known HTTP status code number or constant name; expected something like `404` or `HTTP_404_NOT_FOUND`"
    );
    let err: ParseCodeError = "WS_1000".parse::<WsCloseCode>().unwrap_err();
    assert!(err.to_string().contains("WS_1008_POLICY_VIOLATION"));
}

#[test]
fn display_honours_width_and_alignment() {
    let s = HttpStatus::NotFound;
    assert_eq!(format!("{s}"), "404 Not Found");
    assert_eq!(format!("[{s:>16}]"), "[   404 Not Found]");
    assert_eq!(format!("[{s:<16}]"), "[404 Not Found   ]");
    assert_eq!(format!("[{s:*^17}]"), "[**404 Not Found**]");
    assert_eq!(format!("[{s:.3}]"), "[404]");
    assert_eq!(
        format!("[{:>22}]", WsCloseCode::PolicyViolation),
        "[ 1008 Policy Violation]"
    );
}

#[test]
fn all_is_sorted_unique_and_complete() {
    assert!(HttpStatus::ALL.windows(2).all(|w| w[0] < w[1]));
    assert!(WsCloseCode::ALL.windows(2).all(|w| w[0] < w[1]));
    for &s in HttpStatus::ALL {
        assert_eq!(HttpStatus::from_code(s.code()), Some(s));
    }
    // Ord follows the code.
    assert!(HttpStatus::Continue < HttpStatus::NotFound);
    assert!(HttpStatus::NotFound < HttpStatus::InternalServerError);
}

#[test]
fn category_of_every_u16() {
    for n in 0..=u16::MAX {
        let expected = match n {
            100..=199 => Some(Category::Informational),
            200..=299 => Some(Category::Success),
            300..=399 => Some(Category::Redirection),
            400..=499 => Some(Category::ClientError),
            500..=599 => Some(Category::ServerError),
            1000..=4999 => Some(Category::WebSocket),
            _ => None,
        };
        assert_eq!(Category::of(n), expected, "{n}");
        for c in Category::ALL {
            assert_eq!(c.contains(n), expected == Some(c));
            assert_eq!(c.range().contains(&n), expected == Some(c));
        }
    }
    for c in Category::ALL {
        assert_eq!(c.as_str().parse(), Ok(c));
        assert_eq!(c.to_string(), c.as_str());
        assert_eq!(c.is_http(), c != Category::WebSocket);
    }
    assert!("Success".parse::<Category>().is_err());
}

#[test]
fn the_enums_are_as_small_as_a_u16() {
    use std::mem::size_of;
    assert_eq!(size_of::<HttpStatus>(), 2);
    assert_eq!(size_of::<Option<HttpStatus>>(), 2);
    assert_eq!(size_of::<WsCloseCode>(), 2);
}

#[test]
fn lookups_work_in_const_context() {
    const NOT_FOUND: Option<HttpStatus> = HttpStatus::from_code(404);
    const PHRASE: &str = HttpStatus::NotFound.reason_phrase();
    const NAME: &str = WsCloseCode::GoingAway.name();
    const CLIENT: bool = HttpStatus::NotFound.is_client_error();
    const SEND: bool = WsCloseCode::can_send(1005);
    assert_eq!(NOT_FOUND, Some(HttpStatus::NotFound));
    assert_eq!(PHRASE, "Not Found");
    assert_eq!(NAME, "WS_1001_GOING_AWAY");
    assert_eq!((CLIENT, SEND), (true, false));
}
