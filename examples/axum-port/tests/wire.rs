//! The ported app on a real socket: a real HTTP client and a real WebSocket
//! client against a server on 127.0.0.1, asserting what crosses the wire.
//! Every step is bounded in time.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use status_codes::{status, HttpStatus, WsCloseCode};
use status_codes_axum_port::{app, AppState};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

/// Starts the app on an ephemeral loopback port.
async fn serve() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app(AppState::default())).await });
    addr
}

async fn within<T>(step: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), step)
        .await
        .expect("the step finished within 10 s")
}

async fn json_of(response: reqwest::Response) -> Value {
    within(response.json()).await.unwrap()
}

#[tokio::test]
async fn http_statuses_and_bodies_as_fastapi_sends_them() {
    let addr = serve().await;
    let client = reqwest::Client::new();
    let url = |path: &str| format!("http://{addr}{path}");

    let missing = within(client.get(url("/items/foo")).send()).await.unwrap();
    assert_eq!(missing.status(), HttpStatus::NotFound);
    assert_eq!(missing.status().as_u16(), status::HTTP_404_NOT_FOUND);
    assert_eq!(
        json_of(missing).await,
        json!({ "detail": "Item not found" })
    );

    let item = json!({ "name": "foo", "price": 50.2 });
    let created = within(client.post(url("/items/")).json(&item).send())
        .await
        .unwrap();
    assert_eq!(created.status(), HttpStatus::Created);
    assert_eq!(json_of(created).await, item);

    let again = within(client.post(url("/items/")).json(&item).send())
        .await
        .unwrap();
    assert_eq!(again.status(), HttpStatus::Conflict);

    let found = within(client.get(url("/items/foo")).send()).await.unwrap();
    assert_eq!(found.status(), HttpStatus::Ok);
    assert_eq!(json_of(found).await, item);

    // 422 in FastAPI's per-item shape: `type` and `loc` name the problem
    // and the field.
    let invalid = |body: &'static str| {
        let request = client
            .post(url("/items/"))
            .header("content-type", "application/json")
            .body(body);
        async move {
            let response = within(request.send()).await.unwrap();
            assert_eq!(response.status(), HttpStatus::UnprocessableContent);
            let mut detail = json_of(response).await["detail"].take();
            for error in detail.as_array_mut().unwrap() {
                let msg = error.as_object_mut().unwrap().remove("msg").unwrap();
                assert!(!msg.as_str().unwrap().is_empty());
            }
            detail
        }
    };
    assert_eq!(
        invalid(r#"{"name": "bar"}"#).await,
        json!([{ "type": "missing", "loc": ["body", "price"], "input": { "name": "bar" } }])
    );
    assert_eq!(
        invalid(r#"{"name": 5, "price": "12.5"}"#).await,
        json!([
            { "type": "string_type", "loc": ["body", "name"], "input": 5 },
            { "type": "float_type", "loc": ["body", "price"], "input": "12.5" },
        ])
    );
    let malformed = invalid(r#"{"name": "bar" "price": 1}"#).await;
    assert_eq!(malformed[0]["type"], "json_invalid");
    assert_eq!(malformed[0]["loc"], json!(["body", 15]));
    assert!(malformed[0]["ctx"]["error"].is_string());

    let deleted = within(client.delete(url("/items/foo")).send())
        .await
        .unwrap();
    assert_eq!(deleted.status(), HttpStatus::NoContent);
    assert!(!HttpStatus::NoContent.allows_content());
    assert!(within(deleted.bytes()).await.unwrap().is_empty());

    let unknown = within(client.get(url("/nowhere")).send()).await.unwrap();
    assert_eq!(unknown.status(), HttpStatus::NotFound);
    assert_eq!(json_of(unknown).await, json!({ "detail": "Not Found" }));
}

#[tokio::test]
async fn method_and_route_errors_are_json_as_in_fastapi() {
    let addr = serve().await;
    let client = reqwest::Client::new();
    let url = |path: &str| format!("http://{addr}{path}");

    let wrong_method = within(client.put(url("/items/foo")).send()).await.unwrap();
    assert_eq!(wrong_method.status(), HttpStatus::MethodNotAllowed);
    let allow = wrong_method.headers()["allow"].to_str().unwrap().to_owned();
    assert_eq!(allow, "GET,HEAD,DELETE");
    assert_eq!(
        json_of(wrong_method).await,
        json!({ "detail": "Method Not Allowed" })
    );

    let collection = within(client.get(url("/items/")).send()).await.unwrap();
    assert_eq!(collection.status(), HttpStatus::MethodNotAllowed);
    assert_eq!(collection.headers()["allow"], "POST");
    assert_eq!(
        json_of(collection).await,
        json!({ "detail": "Method Not Allowed" })
    );

    // A plain request on the WebSocket route: FastAPI's WebSocket routes
    // do not match HTTP requests, so it is an unknown route.
    for method in [reqwest::Method::GET, reqwest::Method::POST] {
        let plain = within(client.request(method, url("/ws")).send())
            .await
            .unwrap();
        assert_eq!(plain.status().as_u16(), status::HTTP_404_NOT_FOUND);
        assert_eq!(json_of(plain).await, json!({ "detail": "Not Found" }));
    }
}

/// Reads frames until the server's Close frame.
async fn close_frame_from(
    socket: &mut tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
) -> Option<CloseFrame> {
    loop {
        match within(socket.next()).await {
            Some(Ok(Message::Close(frame))) => return frame,
            Some(Ok(_)) => {}
            other => panic!("expected a Close frame, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn websocket_echoes_then_closes_with_1008_and_a_reason() {
    let addr = serve().await;
    let (mut socket, _) = within(tokio_tungstenite::connect_async(format!("ws://{addr}/ws")))
        .await
        .unwrap();
    within(socket.send(Message::text("hello"))).await.unwrap();
    let echo = within(socket.next()).await.unwrap().unwrap();
    assert_eq!(echo, Message::text("hello"));

    within(socket.send(Message::text("  "))).await.unwrap();
    let frame = close_frame_from(&mut socket).await.expect("a close code");
    assert_eq!(u16::from(frame.code), status::WS_1008_POLICY_VIOLATION);
    assert_eq!(
        WsCloseCode::from_code(frame.code.into()),
        Some(WsCloseCode::PolicyViolation)
    );
    assert_eq!(frame.reason.as_str(), "empty messages are not allowed");
}

#[tokio::test]
async fn a_binary_message_is_closed_with_1003() {
    let addr = serve().await;
    let (mut socket, _) = within(tokio_tungstenite::connect_async(format!("ws://{addr}/ws")))
        .await
        .unwrap();
    within(socket.send(Message::binary(vec![1, 2])))
        .await
        .unwrap();
    let frame = close_frame_from(&mut socket).await.expect("a close code");
    assert_eq!(u16::from(frame.code), status::WS_1003_UNSUPPORTED_DATA);
    assert_eq!(frame.reason.as_str(), "only text messages are accepted");
}

/// The closes the server recorded, once there are `count` of them (bounded).
async fn disconnects(addr: SocketAddr, count: usize) -> Value {
    let url = format!("http://{addr}/ws/disconnects");
    let mut reported = json!([]);
    for _ in 0..100 {
        reported = json_of(within(reqwest::get(&url)).await.unwrap()).await;
        if reported.as_array().map_or(0, Vec::len) >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    reported
}

/// Closes from the client with `frame`, and returns the server's Close
/// reply as the client received it. The connection must then end cleanly:
/// no error, which is what a client reports as 1006.
async fn server_reply_to_close(addr: SocketAddr, frame: Option<CloseFrame>) -> Option<CloseFrame> {
    let (mut socket, _) = within(tokio_tungstenite::connect_async(format!("ws://{addr}/ws")))
        .await
        .unwrap();
    within(socket.close(frame)).await.unwrap();
    let reply = close_frame_from(&mut socket).await;
    match within(socket.next()).await {
        None => {}
        other => panic!("expected the connection to end after the Close reply, got {other:?}"),
    }
    reply
}

#[tokio::test]
async fn the_server_answers_a_close_with_the_clients_code_and_records_it() {
    let addr = serve().await;

    // A code and a reason: both come back (RFC 6455 section 5.5.1).
    let frame = CloseFrame {
        code: CloseCode::from(4001),
        reason: "game over".into(),
    };
    let reply = server_reply_to_close(addr, Some(frame)).await;
    let reply = reply.expect("a Close reply with a code");
    assert_eq!(u16::from(reply.code), 4001);
    assert_eq!(reply.reason.as_str(), "game over");

    // A code without a reason.
    let frame = CloseFrame {
        code: CloseCode::from(status::WS_1001_GOING_AWAY),
        reason: "".into(),
    };
    let reply = server_reply_to_close(addr, Some(frame)).await;
    let reply = reply.expect("a Close reply with a code");
    assert_eq!(
        WsCloseCode::from_code(reply.code.into()),
        Some(WsCloseCode::GoingAway)
    );
    assert_eq!(reply.reason.as_str(), "");

    // An empty Close frame is answered with an empty one: there is no
    // code to echo, and 1005 must not be sent.
    let reply = server_reply_to_close(addr, None).await;
    assert_eq!(reply, None);

    assert_eq!(
        disconnects(addr, 3).await,
        json!([
            { "code": 4001, "reason": "game over" },
            { "code": status::WS_1001_GOING_AWAY, "reason": "" },
            { "code": status::WS_1005_NO_STATUS_RCVD, "reason": "" },
        ])
    );
}

#[tokio::test]
async fn a_dropped_connection_is_recorded_as_1006() {
    let addr = serve().await;
    let (socket, _) = within(tokio_tungstenite::connect_async(format!("ws://{addr}/ws")))
        .await
        .unwrap();
    drop(socket);
    assert_eq!(
        disconnects(addr, 1).await,
        json!([{ "code": status::WS_1006_ABNORMAL_CLOSURE, "reason": "" }])
    );
}

/// The codes no registry has travel as the crate's types: a 499 answer,
/// and a close with the app's own 4001.
#[tokio::test]
async fn an_unregistered_status_and_an_application_close_code() {
    use status_codes::{CloseCode, Status};
    use status_codes_axum_port::{CLIENT_CLOSED_REQUEST, WS_4001_QUIT};

    let addr = serve().await;
    let response = within(reqwest::get(format!("http://{addr}/items/foo/abandon")))
        .await
        .unwrap();
    let status = Status::from(response.status());
    assert_eq!(status, CLIENT_CLOSED_REQUEST);
    assert_eq!(status.code(), 499);
    // Whether or not a later table registers 499, it travels as itself.
    assert_eq!(status.known(), HttpStatus::from_code(499));
    assert!(status.is_client_error());
    assert!(status.to_string().starts_with("499 "));
    assert_eq!(json_of(response).await, json!({ "abandoned": "foo" }));

    let (mut socket, _) = within(tokio_tungstenite::connect_async(format!("ws://{addr}/ws")))
        .await
        .unwrap();
    within(socket.send(Message::text("quit"))).await.unwrap();
    let frame = close_frame_from(&mut socket).await.expect("a close code");
    let code = CloseCode::from(frame.code);
    assert_eq!(code, WS_4001_QUIT);
    assert!(code.is_private_use() && code.can_send());
    assert!(code.to_string().starts_with("4001 "));
    assert_eq!(frame.reason.as_str(), "the client asked to quit");
}
