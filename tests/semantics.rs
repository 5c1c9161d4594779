//! What RFC 9110 says about each status: heuristic cacheability, which
//! responses carry no content, and how an unknown code is understood.
//!
//! The library reads the first two from the table's columns, so each status
//! is held to its row of `data/status.csv`; and each row that RFC 9110 (or
//! RFC 7725) defines is held to lists written here from the RFC text, so a
//! row contradicting the RFC shows up. Codes the RFCs do not define may carry
//! either flag.

use status_codes::{Category, HttpStatus};

mod common;

use common::table;

/// The status codes RFC 9110, Section 15 defines (306 and 418 it only
/// reserves), and 451 from RFC 7725.
fn defined_by_the_rfcs(code: u16) -> bool {
    matches!(
        code,
        100 | 101
            | 200..=206
            | 300..=305
            | 307
            | 308
            | 400..=417
            | 421
            | 422
            | 426
            | 451
            | 500..=505
    )
}

/// RFC 9110, Section 15.1: "200, 203, 204, 206, 300, 301, 308, 404, 405,
/// 410, 414, and 501 in this specification"; RFC 7725, Section 3: 451 is
/// cacheable by default.
const HEURISTICALLY_CACHEABLE: &[u16] = &[
    200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
];

/// RFC 9110: every 1xx (Section 15.2), 204 (15.3.5), 205 (15.3.6) and 304
/// (15.4.5) response ends after its header section.
fn never_has_content(code: u16) -> bool {
    (100..=199).contains(&code) || matches!(code, 204 | 205 | 304)
}

#[test]
fn every_status_has_its_rows_flags() {
    let t = table();
    assert_eq!(HttpStatus::ALL.len(), t.http.len());
    for row in &t.http {
        let status = HttpStatus::from_code(row.number).unwrap();
        assert_eq!(
            status.is_heuristically_cacheable(),
            row.flags.get("heuristically_cacheable"),
            "{status}"
        );
        assert_eq!(
            status.allows_content(),
            !row.flags.get("no_content"),
            "{status}"
        );
    }
}

#[test]
fn exactly_the_rfc_statuses_are_heuristically_cacheable() {
    for &status in HttpStatus::ALL {
        let code = status.code();
        if defined_by_the_rfcs(code) {
            assert_eq!(
                status.is_heuristically_cacheable(),
                HEURISTICALLY_CACHEABLE.contains(&code),
                "{status}"
            );
        }
        // A cache never stores a 1xx response.
        if status.is_informational() {
            assert!(!status.is_heuristically_cacheable(), "{status}");
        }
    }
}

#[test]
fn exactly_1xx_204_205_and_304_carry_no_content() {
    for &status in HttpStatus::ALL {
        let code = status.code();
        if defined_by_the_rfcs(code) || status.is_informational() {
            assert_eq!(
                status.allows_content(),
                !never_has_content(code),
                "{status}"
            );
        }
    }
}

#[test]
fn every_number_is_understood_by_the_class_rule() {
    let t = table();
    let known = |n: u16| t.http.iter().any(|c| c.number == n);
    for code in 0..=u16::MAX {
        let x00 = code - code % 100;
        let expected = if known(code) {
            HttpStatus::from_code(code)
        } else if (100..600).contains(&code) && known(x00) {
            HttpStatus::from_code(x00)
        } else {
            None
        };
        assert_eq!(HttpStatus::understood_as(code), expected, "{code}");
    }
    // A number without a row in each class, whichever that is in this
    // table, is understood as the class's x00 code.
    for category in Category::ALL.into_iter().filter(|c| c.is_http()) {
        let first = category.first();
        let Some(unknown) = category.range().find(|&n| !known(n)) else {
            continue;
        };
        assert_eq!(
            HttpStatus::understood_as(unknown),
            HttpStatus::from_code(first),
            "{unknown}"
        );
    }
    let unknown = (400..=499).find(|&n| !known(n)).unwrap();
    assert_eq!(
        HttpStatus::understood_as(unknown),
        Some(HttpStatus::BadRequest)
    );
    assert_eq!(HttpStatus::understood_as(404), Some(HttpStatus::NotFound));
    assert_eq!(HttpStatus::understood_as(99), None);
    assert_eq!(HttpStatus::understood_as(600), None);
    assert_eq!(HttpStatus::understood_as(1000), None);
}

#[test]
fn the_semantics_work_in_const_context() {
    /// The first number in 4xx without a variant, found at compile time.
    const UNASSIGNED: u16 = {
        let mut code = 400;
        while HttpStatus::from_code(code).is_some() {
            code += 1;
        }
        code
    };
    const CACHEABLE: bool = HttpStatus::NotFound.is_heuristically_cacheable();
    const CONTENT: bool = HttpStatus::NoContent.allows_content();
    const UNDERSTOOD: Option<HttpStatus> = HttpStatus::understood_as(404);
    const UNKNOWN: Option<HttpStatus> = HttpStatus::understood_as(UNASSIGNED);
    const OUTSIDE: Option<HttpStatus> = HttpStatus::understood_as(600);
    let t = table();
    let flags = |n: u16| t.http.iter().find(|c| c.number == n).unwrap().flags;
    assert!(HttpStatus::from_code(UNASSIGNED).is_none());
    assert!((400..=499).contains(&UNASSIGNED));
    assert_eq!(CACHEABLE, flags(404).get("heuristically_cacheable"));
    assert_eq!(CONTENT, !flags(204).get("no_content"));
    assert_eq!(UNDERSTOOD, Some(HttpStatus::NotFound));
    assert_eq!(UNKNOWN, Some(HttpStatus::BadRequest));
    assert_eq!(OUTSIDE, None);
}
