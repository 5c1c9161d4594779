//! The public API's behaviour over the real table: round trips over every
//! `u16`, parsing, `Display` and `const` use. Every expected value is read
//! from `data/status.csv` (through the generator) or is a number that no
//! table can hold, so these tests pass for any valid table.

mod common;

use common::table;
use status_codes_codegen as codegen;

use status_codes::{
    reason_phrase, Category, HttpStatus, ParseCodeError, Registration, WsCloseCode,
};

/// The row with this number, of either kind.
fn row(t: &codegen::Table, number: u16) -> &codegen::Code {
    t.http
        .iter()
        .chain(&t.ws)
        .find(|c| c.number == number)
        .unwrap_or_else(|| panic!("data/status.csv has no row {number}"))
}

/// The first number in `range` that `known` says has no variant: an
/// unassigned number inside a category, whatever the table holds.
fn unassigned(range: std::ops::RangeInclusive<u16>, known: impl Fn(u16) -> bool) -> u16 {
    range
        .clone()
        .find(|&n| !known(n))
        .unwrap_or_else(|| panic!("every number in {range:?} is assigned"))
}

/// How the library shows a row's `registration` column.
fn registration_of(code: &codegen::Code) -> Registration {
    match &code.registration {
        codegen::Registration::Permanent => Registration::Permanent,
        codegen::Registration::Obsoleted => Registration::Obsoleted,
        codegen::Registration::Lapsed => Registration::Lapsed,
        codegen::Registration::Removed => Registration::Removed,
        codegen::Registration::Temporary { expires } => Registration::Temporary {
            // The library's dates are `&'static str`; one leaked string per
            // temporary row is nothing in a test.
            expires: Box::leak(expires.clone().into_boxed_str()),
        },
    }
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
            assert_eq!(c.is_reporting_only(), row.flags.get("reporting_only"));
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
    let t = table();
    for code in t.http.iter().chain(&t.ws) {
        assert_eq!(reason_phrase(code.number), Some(code.phrase.as_str()));
    }
    // Numbers outside every category have no phrase in any table.
    for n in [0, 99, 600, 999, 5000, u16::MAX] {
        assert_eq!(reason_phrase(n), None, "{n}");
    }
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
fn a_name_with_any_byte_changed_is_another_name_or_none() {
    // Every byte of every name, changed to a letter, a digit or `_`: the
    // result parses only if it is some row's name, and then to that row.
    let t = table();
    let rows: Vec<(&str, u16)> = t
        .http
        .iter()
        .chain(&t.ws)
        .map(|c| (c.name.as_str(), c.number))
        .chain(t.aliases.iter().map(|a| (a.name.as_str(), a.number)))
        .collect();
    let number_of = |name: &str| rows.iter().find(|(n, _)| *n == name).map(|&(_, n)| n);
    let parsed = |text: &str| {
        text.parse::<HttpStatus>()
            .map(HttpStatus::code)
            .or_else(|_| text.parse::<WsCloseCode>().map(WsCloseCode::code))
            .ok()
    };
    for &(name, _) in &rows {
        for at in 0..name.len() {
            for replacement in [b'A', b'Z', b'0', b'9', b'_'] {
                let mut bytes = name.as_bytes().to_vec();
                if bytes[at] == replacement {
                    continue;
                }
                bytes[at] = replacement;
                let changed = String::from_utf8(bytes).unwrap();
                assert_eq!(parsed(&changed), number_of(&changed), "{changed}");
            }
        }
        // Longer and shorter by one byte, at either end.
        for changed in [
            format!("{name}_"),
            format!("_{name}"),
            name[1..].to_owned(),
            name[..name.len() - 1].to_owned(),
        ] {
            assert_eq!(parsed(&changed), number_of(&changed), "{changed}");
        }
    }
}

#[test]
fn every_three_characters_near_the_digits_parse_as_the_number_rules_say() {
    // Three characters, each a digit or a neighbour of the digits in ASCII
    // ('/' and ':'), or a letter: the fast path for three digits must agree
    // with the number rules, including which error it gives.
    let chars = ['/', '0', '1', '4', '9', ':', 'A'];
    for a in chars {
        for b in chars {
            for c in chars {
                let text: String = [a, b, c].iter().collect();
                let digits = text.bytes().all(|d| d.is_ascii_digit());
                let parsed = text.parse::<HttpStatus>();
                if digits && a != '0' {
                    let code: u16 = text.parse().unwrap();
                    assert_eq!(parsed.ok(), HttpStatus::from_code(code), "{text}");
                } else if digits {
                    let err = parsed.unwrap_err();
                    assert!(err.to_string().contains("leading zero"), "{text}: {err}");
                } else {
                    let err = parsed.unwrap_err();
                    assert_eq!(err.unknown_code(), None, "{text}");
                    assert!(err.to_string().contains("constant name"), "{text}: {err}");
                }
            }
        }
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
        // 2^32 + 401: ten digits that would wrap to 401 in 32 bits.
        "4294967697",
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
    // A number in the close-code range without a row, and numbers outside it.
    let unknown = unassigned(1000..=4999, |n| WsCloseCode::from_code(n).is_some()).to_string();
    for input in [
        "",
        unknown.as_str(),
        "999",
        "5000",
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
    assert_eq!(message("600"), "600 is not a known HTTP status code");
    for category in Category::ALL.into_iter().filter(|c| c.is_http()) {
        let n = unassigned(category.range(), |n| HttpStatus::from_code(n).is_some());
        assert_eq!(
            message(&n.to_string()),
            format!("{n} is not a known HTTP status code")
        );
    }
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
    let t = table();
    let s = HttpStatus::NotFound;
    let text = format!("404 {}", row(&t, 404).phrase);
    let width = text.chars().count();
    assert_eq!(format!("{s}"), text);
    assert_eq!(format!("[{s:>w$}]", w = width + 3), format!("[   {text}]"));
    assert_eq!(format!("[{s:<w$}]", w = width + 3), format!("[{text}   ]"));
    assert_eq!(
        format!("[{s:*^w$}]", w = width + 4),
        format!("[**{text}**]")
    );
    assert_eq!(format!("[{s:.3}]"), "[404]");
    // A width under the text's own never cuts it.
    assert_eq!(format!("[{s:>3}]"), format!("[{text}]"));
    let ws = format!("1008 {}", row(&t, 1008).phrase);
    assert_eq!(
        format!(
            "[{:>w$}]",
            WsCloseCode::PolicyViolation,
            w = ws.chars().count() + 1
        ),
        format!("[ {ws}]")
    );
}

#[test]
fn all_is_sorted_unique_and_complete() {
    let t = table();
    assert!(HttpStatus::ALL.windows(2).all(|w| w[0] < w[1]));
    assert!(WsCloseCode::ALL.windows(2).all(|w| w[0] < w[1]));
    let http: Vec<u16> = HttpStatus::ALL.iter().map(|s| s.code()).collect();
    let ws: Vec<u16> = WsCloseCode::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(http, t.http.iter().map(|c| c.number).collect::<Vec<_>>());
    assert_eq!(ws, t.ws.iter().map(|c| c.number).collect::<Vec<_>>());
    for &s in HttpStatus::ALL {
        assert_eq!(HttpStatus::from_code(s.code()), Some(s));
    }
    for &c in WsCloseCode::ALL {
        assert_eq!(WsCloseCode::from_code(c.code()), Some(c));
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
fn a_category_parse_error_lists_every_category() {
    let err = "teapot".parse::<Category>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown category; expected one of informational, success, redirection, \
         client_error, server_error, websocket"
    );
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
    const NEVER: bool = WsCloseCode::can_send(999);
    let t = table();
    assert_eq!(NOT_FOUND, Some(HttpStatus::NotFound));
    assert_eq!(PHRASE, row(&t, 404).phrase);
    assert_eq!(NAME, row(&t, 1001).name);
    // 1005 is sendable exactly when the table has it and it is not
    // reporting-only.
    let sendable =
        t.ws.iter()
            .any(|c| c.number == 1005 && !c.flags.get("reporting_only"));
    assert_eq!((CLIENT, SEND, NEVER), (true, sendable, false));
}

#[test]
fn registrations_follow_the_registry() {
    let t = table();
    for code in &t.http {
        let status = HttpStatus::from_code(code.number).unwrap();
        assert_eq!(status.registration(), registration_of(code), "{status}");
    }
    for code in &t.ws {
        let close = WsCloseCode::from_code(code.number).unwrap();
        assert_eq!(close.registration(), registration_of(code), "{close}");
    }
    // In const context too.
    const NOT_FOUND: Registration = HttpStatus::NotFound.registration();
    assert_eq!(NOT_FOUND, registration_of(row(&t, 404)));
}

#[test]
fn registration_methods_and_display() {
    const TEMPORARY: Registration = Registration::Temporary {
        expires: "2031-02-28",
    };
    const EXPIRES: Option<&str> = TEMPORARY.expires();
    const IS_TEMPORARY: bool = TEMPORARY.is_temporary();
    assert_eq!((EXPIRES, IS_TEMPORARY), (Some("2031-02-28"), true));
    assert!(!Registration::Permanent.is_temporary());
    assert!(!Registration::Obsoleted.is_temporary());
    assert_eq!(Registration::Permanent.expires(), None);
    assert_eq!(Registration::Obsoleted.expires(), None);
    assert_eq!(
        TEMPORARY.to_string(),
        "temporary IANA registration, expires 2031-02-28"
    );
    assert_eq!(Registration::Permanent.to_string(), "permanent");
    assert_eq!(Registration::Obsoleted.to_string(), "obsoleted");
    assert_eq!(
        Registration::Lapsed.to_string(),
        "lapsed temporary IANA registration, no longer listed"
    );
    assert_eq!(
        Registration::Removed.to_string(),
        "removed from the IANA registry"
    );
    assert!(!Registration::Lapsed.is_temporary());
    assert_eq!(Registration::Removed.expires(), None);
    assert_ne!(
        TEMPORARY,
        Registration::Temporary {
            expires: "2031-03-01"
        }
    );
}
