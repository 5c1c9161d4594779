//! The registry data in `data/status.csv`, checked against lists written
//! here from the sources: every FastAPI/Starlette name with its value, the
//! deprecated names, and the IANA registries' codes and phrases.

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
