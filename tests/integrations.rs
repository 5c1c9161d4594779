//! The optional `serde` and `http` integrations; run with `--all-features`.
//! Unknown numbers are ones outside every category, or found unassigned in
//! the table at run time, so the tests hold for any valid table.

#[cfg(feature = "http")]
mod common;

#[cfg(feature = "serde")]
mod serde {
    use serde_test::{assert_de_tokens_error, assert_tokens, Token};
    use status_codes::{HttpStatus, WsCloseCode};

    #[test]
    fn serializes_as_the_number() {
        assert_tokens(&HttpStatus::NotFound, &[Token::U16(404)]);
        assert_tokens(&WsCloseCode::GoingAway, &[Token::U16(1001)]);
        assert_eq!(serde_json::to_string(&HttpStatus::Ok).unwrap(), "200");
    }

    #[test]
    fn every_variant_round_trips_through_json() {
        for &s in HttpStatus::ALL {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, s.code().to_string());
            assert_eq!(serde_json::from_str::<HttpStatus>(&json).unwrap(), s);
        }
        for &c in WsCloseCode::ALL {
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(serde_json::from_str::<WsCloseCode>(&json).unwrap(), c);
        }
    }

    #[test]
    fn rejects_unknown_numbers_wrong_types_and_overflow() {
        // Numbers no table can hold, and ones inside a category that this
        // table leaves unassigned.
        let http = (100..=599).find(|&n| HttpStatus::from_code(n).is_none());
        for n in [0, 600, 999].into_iter().chain(http) {
            assert_de_tokens_error::<HttpStatus>(
                &[Token::U16(n)],
                &format!("invalid value: integer `{n}`, expected a registered HTTP status code"),
            );
        }
        let ws = (1000..=4999).find(|&n| WsCloseCode::from_code(n).is_none());
        for n in [0, 999, 5000].into_iter().chain(ws) {
            assert_de_tokens_error::<WsCloseCode>(
                &[Token::U16(n)],
                &format!(
                    "invalid value: integer `{n}`, expected a registered WebSocket close code"
                ),
            );
        }
        for json in [
            "\"404\"",
            "\"HTTP_404_NOT_FOUND\"",
            "-1",
            "65536",
            "404.5",
            "null",
            "[]",
            "1e3",
        ] {
            let result = serde_json::from_str::<HttpStatus>(json);
            assert!(result.is_err(), "{json} gave {result:?}");
        }
    }

    /// The open types read back every number they hold, registered or not,
    /// and refuse the rest with the range in the message.
    #[test]
    fn the_open_types_round_trip_every_code() {
        use status_codes::{CloseCode, Status};

        for n in 0..=u16::MAX {
            let json = n.to_string();
            match Status::from_code(n) {
                Some(status) => {
                    assert_eq!(serde_json::to_string(&status).unwrap(), json);
                    assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), status);
                }
                None => assert_de_tokens_error::<Status>(
                    &[Token::U16(n)],
                    &format!(
                        "invalid value: integer `{n}`, expected an HTTP status code from 100 to 999"
                    ),
                ),
            }
            let code = CloseCode::new(n);
            assert_eq!(serde_json::to_string(&code).unwrap(), json);
            assert_eq!(serde_json::from_str::<CloseCode>(&json).unwrap(), code);
        }
        assert_tokens(&Status::HTTP_404_NOT_FOUND, &[Token::U16(404)]);
        assert_tokens(&CloseCode::new(4001), &[Token::U16(4001)]);
        for json in [
            "\"404\"",
            "\"HTTP_404_NOT_FOUND\"",
            "-1",
            "65536",
            "404.5",
            "null",
        ] {
            assert!(serde_json::from_str::<Status>(json).is_err(), "{json}");
            assert!(serde_json::from_str::<CloseCode>(json).is_err(), "{json}");
        }
    }
}

#[cfg(feature = "http")]
mod http_crate {
    use http::StatusCode;
    use status_codes::HttpStatus;

    #[test]
    fn every_variant_converts_to_the_same_status_code() {
        for &s in HttpStatus::ALL {
            let code = StatusCode::from(s);
            assert_eq!(code.as_u16(), s.code());
            assert_eq!(s.to_http(), code);
            assert!(s == code);
            assert!(code == s);
            assert_eq!(HttpStatus::try_from(code), Ok(s));
        }
    }

    #[test]
    fn conversions_keep_the_tables_phrase_not_https() {
        // `http` has phrases of its own (pre-RFC 9110 wording for some, none
        // for codes it lacks); a round trip through `StatusCode` lands on the
        // same variant, which prints the table's phrase whatever `http` says.
        let t = super::common::table();
        assert_eq!(HttpStatus::ALL.len(), t.http.len());
        for row in &t.http {
            let code = StatusCode::from_u16(row.number).unwrap();
            let status = HttpStatus::try_from(code).unwrap();
            assert_eq!(StatusCode::from(status), code);
            assert_eq!(status.reason_phrase(), row.phrase);
            assert_eq!(status.to_string(), format!("{} {}", row.number, row.phrase));
        }
    }

    /// `StatusCode` -> `Status` -> `StatusCode` is the identity for all 900
    /// codes, and `Status` -> `StatusCode` -> `Status` too.
    #[test]
    fn status_and_status_code_convert_losslessly() {
        use status_codes::Status;

        let mut seen = 0;
        for n in 0..=u16::MAX {
            let Ok(code) = StatusCode::from_u16(n) else {
                assert_eq!(Status::from_code(n), None, "{n}");
                continue;
            };
            seen += 1;
            let status = Status::from(code);
            assert_eq!(status.code(), n);
            assert_eq!(StatusCode::from(status), code);
            assert_eq!(status.to_http(), code);
            assert_eq!(Status::from(status.to_http()), status);
            assert!(status == code);
            assert!(code == status);
            assert_eq!(Status::from_code(n), Some(status));
        }
        assert_eq!(seen, 900);
    }

    #[test]
    fn every_status_code_converts_back_or_errs_with_its_number() {
        for n in 100..1000 {
            let code = StatusCode::from_u16(n).unwrap();
            match HttpStatus::try_from(code) {
                Ok(s) => assert_eq!(s.code(), n),
                Err(err) => {
                    assert_eq!(err.code(), n);
                    assert_eq!(HttpStatus::from_code(n), None);
                }
            }
        }
    }
}
