//! What RFC 9110 says about each status, checked against lists written here
//! from the RFC text (not from `data/status.csv`): heuristic cacheability,
//! which responses carry no content, and how an unknown code is understood.

use status_codes::HttpStatus;

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
fn exactly_the_rfc_statuses_are_heuristically_cacheable() {
    let cacheable: Vec<u16> = HttpStatus::ALL
        .iter()
        .filter(|s| s.is_heuristically_cacheable())
        .map(|s| s.code())
        .collect();
    assert_eq!(cacheable, HEURISTICALLY_CACHEABLE);
}

#[test]
fn exactly_1xx_204_205_and_304_carry_no_content() {
    for status in HttpStatus::ALL {
        assert_eq!(
            status.allows_content(),
            !never_has_content(status.code()),
            "{status}"
        );
    }
    let none: Vec<u16> = HttpStatus::ALL
        .iter()
        .filter(|s| !s.allows_content())
        .map(|s| s.code())
        .collect();
    assert_eq!(none, [100, 101, 102, 103, 104, 204, 205, 304]);
}

#[test]
fn every_number_is_understood_by_the_class_rule() {
    for code in 0..=u16::MAX {
        let expected = match HttpStatus::from_code(code) {
            Some(status) => Some(status),
            None if (100..600).contains(&code) => Some(
                HttpStatus::from_code(code - code % 100).expect("every x00 code is registered"),
            ),
            None => None,
        };
        assert_eq!(HttpStatus::understood_as(code), expected, "{code}");
    }
    assert_eq!(HttpStatus::understood_as(499), Some(HttpStatus::BadRequest));
    assert_eq!(HttpStatus::understood_as(299), Some(HttpStatus::Ok));
    assert_eq!(
        HttpStatus::understood_as(520),
        Some(HttpStatus::InternalServerError)
    );
    assert_eq!(HttpStatus::understood_as(199), Some(HttpStatus::Continue));
    assert_eq!(HttpStatus::understood_as(99), None);
    assert_eq!(HttpStatus::understood_as(600), None);
    assert_eq!(HttpStatus::understood_as(1000), None);
}

#[test]
fn the_semantics_work_in_const_context() {
    const CACHEABLE: bool = HttpStatus::Gone.is_heuristically_cacheable();
    const CONTENT: bool = HttpStatus::ResetContent.allows_content();
    const UNDERSTOOD: Option<HttpStatus> = HttpStatus::understood_as(418);
    const UNKNOWN: Option<HttpStatus> = HttpStatus::understood_as(477);
    assert_eq!((CACHEABLE, CONTENT), (true, false));
    assert_eq!(UNDERSTOOD, Some(HttpStatus::ImATeapot));
    assert_eq!(UNKNOWN, Some(HttpStatus::BadRequest));
}
