//! The optional `serde` and `http` integrations; run with `--all-features`.

#[cfg(feature = "serde")]
mod serde {
    use serde_test::{assert_de_tokens_error, assert_tokens, Token};
    use status_codes::{HttpStatus, WsCloseCode};

    #[test]
    fn serializes_as_the_number() {
        assert_tokens(&HttpStatus::NotFound, &[Token::U16(404)]);
        assert_tokens(&WsCloseCode::GoingAway, &[Token::U16(1001)]);
        assert_eq!(
            serde_json::to_string(&HttpStatus::ImATeapot).unwrap(),
            "418"
        );
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
        assert_de_tokens_error::<HttpStatus>(
            &[Token::U16(299)],
            "invalid value: integer `299`, expected a registered HTTP status code",
        );
        assert_de_tokens_error::<WsCloseCode>(
            &[Token::U16(1004)],
            "invalid value: integer `1004`, expected a registered WebSocket close code",
        );
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
    fn phrases_differ_from_http_only_where_the_registry_moved_on() {
        // `http` still has pre-RFC 9110 wording for these and lacks 104 and 306.
        let differences: Vec<(u16, Option<&str>)> = HttpStatus::ALL
            .iter()
            .map(|&s| {
                (
                    s.code(),
                    StatusCode::from(s).canonical_reason(),
                    s.reason_phrase(),
                )
            })
            .filter(|&(_, theirs, ours)| theirs != Some(ours))
            .map(|(code, theirs, _)| (code, theirs))
            .collect();
        assert_eq!(
            differences,
            [
                (104, None),
                (203, Some("Non Authoritative Information")),
                (306, None),
                (413, Some("Payload Too Large")),
                (422, Some("Unprocessable Entity")),
            ]
        );
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
