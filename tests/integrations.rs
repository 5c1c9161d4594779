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
            let other =
                StatusCode::from_u16(if s.code() == 999 { 100 } else { s.code() + 1 }).unwrap();
            assert!(s != other);
            assert!(other != s);
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
            let other = StatusCode::from_u16(if n == 999 { 100 } else { n + 1 }).unwrap();
            assert!(status != other);
            assert!(other != status);
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

#[cfg(feature = "http02")]
mod http02_crate {
    use http02::StatusCode;
    use status_codes::{HttpStatus, Status};

    /// `http` 0.2's `StatusCode` -> `Status` -> `StatusCode` is the identity
    /// for all 900 codes, and the registered ones convert to `HttpStatus`.
    #[test]
    fn status_codes_of_http_0_2_convert_losslessly() {
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
            assert!(status == code);
            assert!(code == status);
            let other = StatusCode::from_u16(if n == 999 { 100 } else { n + 1 }).unwrap();
            assert!(status != other);
            assert!(other != status);
            match HttpStatus::try_from(code) {
                Ok(known) => {
                    assert_eq!(Some(known), HttpStatus::from_code(n));
                    assert_eq!(StatusCode::from(known), code);
                    assert!(known == code);
                    assert!(code == known);
                    assert!(known != other);
                    assert!(other != known);
                }
                Err(err) => {
                    assert_eq!(err.code(), n);
                    assert_eq!(HttpStatus::from_code(n), None);
                }
            }
        }
        assert_eq!(seen, 900);
    }
}

#[cfg(feature = "tungstenite")]
mod tungstenite_crate {
    use std::io::{self, Cursor, Read, Write};

    use status_codes::{CloseCode, CloseFrameError, WebSocketDisconnect, WsCloseCode};
    use tungstenite::protocol::frame::coding::CloseCode as Tungstenite;
    use tungstenite::protocol::{CloseFrame, Role, WebSocket};
    use tungstenite::Message;

    /// Every `u16` survives both ways, whichever of tungstenite's variants
    /// holds it.
    #[test]
    fn every_close_code_converts_both_ways() {
        for n in 0..=u16::MAX {
            let ours = CloseCode::new(n);
            let theirs = Tungstenite::from(ours);
            assert_eq!(theirs, Tungstenite::from(n));
            assert_eq!(u16::from(theirs), n);
            assert_eq!(CloseCode::from(theirs), ours);
            if let Some(known) = WsCloseCode::from_code(n) {
                assert_eq!(Tungstenite::from(known), theirs);
            }
        }
    }

    #[test]
    fn close_frames_convert_and_unsendable_ones_are_refused() {
        let frame = CloseFrame {
            code: Tungstenite::Library(4001),
            reason: "game over".into(),
        };
        let disconnect = WebSocketDisconnect::from(frame.clone());
        assert_eq!(disconnect, WebSocketDisconnect::new(4001, "game over"));
        assert_eq!(CloseFrame::try_from(disconnect), Ok(frame));
        assert_eq!(WebSocketDisconnect::from(None::<CloseFrame>).code, 1005);
        for n in 0..=u16::MAX {
            let sent = CloseFrame::try_from(WebSocketDisconnect::new(n, ""));
            match sent {
                Ok(frame) => {
                    assert!(WsCloseCode::can_send(n), "{n}");
                    assert_eq!(u16::from(frame.code), n);
                }
                Err(err) => {
                    assert!(!WsCloseCode::can_send(n), "{n}");
                    assert_eq!(err, CloseFrameError::NotSendable(n));
                }
            }
        }
        let long = WebSocketDisconnect::new(1000, "x".repeat(124));
        assert_eq!(
            CloseFrame::try_from(long),
            Err(CloseFrameError::ReasonTooLong(124))
        );
    }

    /// A stream that reads what a client sent and keeps what the server
    /// writes back.
    struct Wire {
        input: Cursor<Vec<u8>>,
        output: Vec<u8>,
    }

    impl Read for Wire {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.input.read(buf)
        }
    }

    impl Write for Wire {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.output.write(buf)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// A client's masked Close frame with `code` and no reason, as bytes.
    fn masked_close(code: u16) -> Vec<u8> {
        let mask = [0x12, 0x34, 0x56, 0x78];
        let payload = code.to_be_bytes();
        let mut frame = vec![0x88, 0x80 | 2];
        frame.extend(mask);
        frame.extend(payload.iter().zip(mask).map(|(b, m)| b ^ m));
        frame
    }

    /// What a tungstenite server reports, and answers, when a client closes
    /// with `code`.
    fn server_receives_close(code: u16) -> (u16, u16) {
        let wire = Wire {
            input: Cursor::new(masked_close(code)),
            output: Vec::new(),
        };
        let mut server = WebSocket::from_raw_socket(wire, Role::Server, None);
        let reported = match server.read().unwrap() {
            Message::Close(Some(frame)) => u16::from(frame.code),
            other => panic!("expected a Close frame, got {other:?}"),
        };
        // Sends the queued reply; the connection is then closed.
        let _ = server.flush();
        let reply = &server.get_ref().output;
        // An unmasked server frame: 0x88, length, then the code.
        assert_eq!(reply[0], 0x88, "{reply:?}");
        (reported, u16::from_be_bytes([reply[2], reply[3]]))
    }

    /// tungstenite refuses 1014, which the registry lists and `can_send`
    /// allows: its server reports 1002 and answers 1002 (the crate's docs
    /// say so where a user sends 1014). Other sendable codes are echoed.
    #[test]
    fn tungstenite_answers_1014_with_1002() {
        assert!(WsCloseCode::can_send(1014));
        assert!(!Tungstenite::from(CloseCode::WS_1014_BAD_GATEWAY).is_allowed());
        assert_eq!(server_receives_close(1014), (1002, 1002));
        for code in [1000, 1008, 1011, 1013, 3000, 4001] {
            assert!(WsCloseCode::can_send(code));
            assert_eq!(server_receives_close(code), (code, code), "{code}");
        }
    }
}

#[cfg(feature = "axum")]
mod axum_crate {
    use axum_core::body::Body;
    use axum_core::response::IntoResponse;
    use http::header::{HeaderValue, RETRY_AFTER};
    use status_codes::axum::HttpException;
    use status_codes::{HttpStatus, Status};

    /// The response's body, read to the end (an axum body of a string is
    /// ready at once, so a no-op waker is enough).
    fn body_text(body: Body) -> String {
        use http_body::Body as _;
        use std::pin::pin;
        use std::task::{Context, Poll, Waker};

        let mut body = pin!(body);
        let mut cx = Context::from_waker(Waker::noop());
        let mut text = Vec::new();
        loop {
            match body.as_mut().poll_frame(&mut cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    text.extend_from_slice(&frame.into_data().unwrap_or_default())
                }
                Poll::Ready(None) => break,
                other => panic!("unexpected {other:?}"),
            }
        }
        String::from_utf8(text).unwrap()
    }

    #[test]
    fn every_status_is_a_response_with_that_status() {
        for n in 100..=999 {
            let status = Status::from_code(n).unwrap();
            let response = status.into_response();
            assert_eq!(response.status().as_u16(), n);
            assert_eq!(body_text(response.into_body()), "");
            if let Some(known) = status.known() {
                assert_eq!(known.into_response().status().as_u16(), n);
            }
        }
    }

    #[test]
    fn http_exceptions_answer_as_fastapi_does() {
        let exception = HttpException::new(HttpStatus::NotFound).with_detail("No \"item\"");
        assert_eq!(exception.detail_json(), r#""No \"item\"""#);
        assert_eq!(exception.to_string(), r#"404 Not Found: "No \"item\"""#);
        assert_eq!(exception.status(), Status::HTTP_404_NOT_FOUND);
        let response = HttpException::new(HttpStatus::NotFound).into_response();
        assert_eq!(response.status(), 404);
        assert_eq!(response.headers()["content-type"], "application/json");
        assert_eq!(body_text(response.into_body()), r#"{"detail":"Not Found"}"#);

        let response = HttpException::new(Status::HTTP_503_SERVICE_UNAVAILABLE)
            .with_detail("Back \"soon\"\n")
            .with_header(RETRY_AFTER, HeaderValue::from_static("120"))
            .into_response();
        assert_eq!(response.status(), 503);
        assert_eq!(response.headers()["retry-after"], "120");
        assert_eq!(
            body_text(response.into_body()),
            r#"{"detail":"Back \"soon\"\n"}"#
        );

        // 999: no table can hold it, so it has no phrase.
        let unknown = Status::from_code(999).unwrap();
        let response = HttpException::new(unknown).into_response();
        assert_eq!(response.status(), 999);
        assert_eq!(body_text(response.into_body()), r#"{"detail":null}"#);

        let response =
            HttpException::new(status_codes::http::status::HTTP_422_UNPROCESSABLE_CONTENT)
                .with_json_detail(r#"[{"type":"missing"}]"#)
                .into_response();
        assert_eq!(response.status(), 422);
        assert_eq!(
            body_text(response.into_body()),
            r#"{"detail":[{"type":"missing"}]}"#
        );
    }
}

#[cfg(feature = "axum-ws")]
mod axum_ws {
    use axum::extract::ws::CloseFrame;
    use status_codes::{CloseFrameError, WebSocketDisconnect, WsCloseCode};

    #[test]
    fn axum_close_frames_convert_both_ways() {
        let frame = CloseFrame {
            code: 4001,
            reason: "game over".into(),
        };
        let disconnect = WebSocketDisconnect::from(frame.clone());
        assert_eq!(disconnect, WebSocketDisconnect::new(4001, "game over"));
        assert_eq!(
            WebSocketDisconnect::from(Some(frame.clone())),
            WebSocketDisconnect::new(4001, "game over")
        );
        assert_eq!(
            WebSocketDisconnect::from(None::<CloseFrame>),
            WebSocketDisconnect::new(1005, "")
        );
        assert_eq!(CloseFrame::try_from(disconnect), Ok(frame));
        for n in 0..=u16::MAX {
            match CloseFrame::try_from(WebSocketDisconnect::new(n, "")) {
                Ok(frame) => {
                    assert!(WsCloseCode::can_send(n), "{n}");
                    assert_eq!(frame.code, n);
                }
                Err(err) => assert_eq!(err, CloseFrameError::NotSendable(n)),
            }
        }
    }
}
