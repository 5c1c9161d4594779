//! FastAPI as the referee: the same app written in FastAPI
//! (`fastapi_app.py`, run by uvicorn) and the axum port are both started on
//! 127.0.0.1, sent the same requests in the same order, and what comes back
//! is compared: status, `Allow` and `Location`, the body (JSON or not, and
//! which JSON), and on the WebSocket every frame received, the close frame
//! and the close the server recorded. The wording of a 422 `msg` (and of
//! `ctx.error`) is the port's own: only that it is a string is compared.
//!
//! Only the differences listed in [`DELIBERATE`] (the same list as the
//! port's README) may remain, and each of them must still show the port's
//! documented behaviour: a fix that makes one go away, or a regression that
//! adds one, fails the test.
//!
//! Python with the versions of `requirements.txt` is needed. The interpreter
//! is `$FASTAPI_PYTHON`, or `python3`. When FastAPI cannot be imported the
//! test fails under CI (`CI` set) and otherwise passes with a message saying
//! how to install it. Every step is bounded in time, and uvicorn is killed
//! when the test ends, whether it passes or panics.

use std::future::Future;
use std::net::{SocketAddr, TcpListener};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use status_codes::status;
use status_codes_axum_port::{app, AppState};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

/// How long one step (a request, a frame, a poll) may take.
const STEP: Duration = Duration::from_secs(10);
/// How long uvicorn may take to start listening.
const STARTUP: Duration = Duration::from_secs(30);

async fn within<T>(what: &str, step: impl Future<Output = T>) -> T {
    match tokio::time::timeout(STEP, step).await {
        Ok(value) => value,
        Err(_) => panic!("{what} did not finish within {STEP:?}"),
    }
}

// ---------------------------------------------------------------------------
// The requests

/// One thing a WebSocket client does.
#[derive(Clone, Copy, Debug)]
enum WsAction {
    Text(&'static str),
    Binary(&'static [u8]),
    /// A Close frame with this code and reason, or an empty one.
    Close(Option<(u16, &'static str)>),
    /// The TCP connection dropped without a Close frame.
    Drop,
}

/// A request sent to both servers.
#[derive(Clone, Copy, Debug)]
enum Request {
    Http {
        method: &'static str,
        path: &'static str,
        content_type: Option<&'static str>,
        body: &'static str,
    },
    /// A session on `/ws`; it ends when the server closes the connection
    /// (or, after `Drop`, at once).
    Ws(&'static [WsAction]),
}

/// A named request.
struct Case {
    name: &'static str,
    request: Request,
}

const JSON: Option<&str> = Some("application/json");

const fn case(name: &'static str, request: Request) -> Case {
    Case { name, request }
}

const fn get(path: &'static str) -> Request {
    http("GET", path, None, "")
}

const fn post_json(body: &'static str) -> Request {
    http("POST", "/items/", JSON, body)
}

const fn http(
    method: &'static str,
    path: &'static str,
    content_type: Option<&'static str>,
    body: &'static str,
) -> Request {
    Request::Http {
        method,
        path,
        content_type,
        body,
    }
}

/// The requests, in the order they are sent: the item store is shared, so
/// later answers depend on earlier ones, the same way on both servers.
#[rustfmt::skip]
const CASES: &[Case] = &[
    case("read a missing item", get("/items/foo")),
    case("create an item", post_json(r#"{"name": "foo", "price": 50.2}"#)),
    case("create it again", post_json(r#"{"name": "foo", "price": 50.2}"#)),
    case("read the item", get("/items/foo")),
    case("an integer price", post_json(r#"{"name": "int", "price": 3}"#)),
    case("extra fields", post_json(r#"{"name": "extra", "price": 1, "tax": 2}"#)),
    case("JSON with a charset", http("POST", "/items/", Some("application/json; charset=utf-8"), r#"{"name": "utf8", "price": 1}"#)),
    case("a +json media type", http("POST", "/items/", Some("application/vnd.items+json"), r#"{"name": "vnd", "price": 1}"#)),
    case("422: a missing field", post_json(r#"{"name": "bar"}"#)),
    case("422: both fields missing", post_json("{}")),
    case("422: a number for the name", post_json(r#"{"name": 5, "price": 1}"#)),
    case("422: a list for the price", post_json(r#"{"name": "bar", "price": [1]}"#)),
    case("422: null for the price", post_json(r#"{"name": "bar", "price": null}"#)),
    case("422: two wrong fields", post_json(r#"{"name": null, "price": {}}"#)),
    case("a number in a string", post_json(r#"{"name": "str", "price": "12.5"}"#)),
    case("a boolean price", post_json(r#"{"name": "bool", "price": true}"#)),
    case("a string that is no number", post_json(r#"{"name": "abc", "price": "abc"}"#)),
    case("422: malformed JSON, cut short", post_json(r#"{"name": "bar", "#)),
    case("422: malformed JSON, a missing comma", post_json(r#"{"name": "bar" "price": 1}"#)),
    case("422: malformed JSON after a non-ASCII character", post_json(r#"{"name": "é" "price": 1}"#)),
    case("422: malformed JSON on the second line", post_json("{\"name\":\n \"x\",, }")),
    case("422: data after the JSON", post_json(r#"{"name": "x", "price": 1} x"#)),
    case("422: only spaces", post_json("  ")),
    case("422: a list, not an object", post_json("[1]")),
    case("422: an empty body", post_json("")),
    case("422: a body that is not JSON", http("POST", "/items/", Some("text/plain"), r#"{"name": "txt", "price": 1}"#)),
    case("422: no content type", http("POST", "/items/", None, r#"{"name": "none", "price": 1}"#)),
    case("an encoded name", get("/items/a%20b")),
    case("499: a status no registry has", get("/items/foo/abandon")),
    case("delete the item", http("DELETE", "/items/foo", None, "")),
    case("delete it again", http("DELETE", "/items/foo", None, "")),
    case("read the deleted item", get("/items/foo")),
    case("405: GET on the collection", get("/items/")),
    case("405: PUT on an item", http("PUT", "/items/int", JSON, "{}")),
    case("HEAD on an item", http("HEAD", "/items/int", None, "")),
    case("POST without the slash", http("POST", "/items", JSON, r#"{"name": "slash", "price": 1}"#)),
    case("GET with a trailing slash", get("/items/int/")),
    case("an unknown route", get("/nowhere")),
    case("DELETE on an unknown route", http("DELETE", "/nowhere", None, "")),
    case("GET on the WebSocket route, no upgrade", get("/ws")),
    case("POST on the WebSocket route", http("POST", "/ws", None, "")),
    case("the OpenAPI schema", get("/openapi.json")),
    case("ws: echo, then an empty message: 1008", Request::Ws(&[WsAction::Text("hello"), WsAction::Text("  ")])),
    case("ws: a binary message: 1003", Request::Ws(&[WsAction::Binary(b"\x01\x02")])),
    case("ws: quit: the app's own 4001", Request::Ws(&[WsAction::Text("hi"), WsAction::Text("quit")])),
    case("ws: the client closes with a code and a reason", Request::Ws(&[WsAction::Text("hi"), WsAction::Close(Some((4001, "game over")))])),
    case("ws: the client closes with 1000, no reason", Request::Ws(&[WsAction::Close(Some((status::WS_1000_NORMAL_CLOSURE, "")))])),
    case("ws: the client sends an empty Close frame", Request::Ws(&[WsAction::Close(None)])),
    case("ws: the connection drops", Request::Ws(&[WsAction::Text("hi"), WsAction::Drop])),
];

// ---------------------------------------------------------------------------
// The differences kept on purpose (the same list as README.md)

/// What a deliberate difference is allowed to change.
#[derive(Clone, Copy, Debug)]
enum Differs {
    /// The whole answer (another status).
    Everything,
    /// Only the `type` of the 422 errors.
    ErrorType,
    /// Only the `Allow` header.
    Allow,
    /// Only the close the server recorded.
    Recorded,
}

/// A difference kept on purpose: the case that shows it, what may differ,
/// and what the port must still answer there.
struct Deliberate {
    case: &'static str,
    differs: Differs,
    port: fn(&Observed) -> bool,
    port_answers: &'static str,
}

fn status_is(observed: &Observed, expected: u16) -> bool {
    matches!(observed, Observed::Http { status, .. } if *status == expected)
}

fn refused_as_not_a_number(observed: &Observed) -> bool {
    status_is(observed, status::HTTP_422_UNPROCESSABLE_CONTENT)
        && observed.first_error_type() == Some("float_type")
}

/// The differences kept on purpose, as listed in README.md.
const DELIBERATE: &[Deliberate] = &[
    Deliberate {
        case: "a number in a string",
        differs: Differs::Everything,
        port: refused_as_not_a_number,
        port_answers: "422 float_type (FastAPI coerces \"12.5\" to 12.5 and answers 201)",
    },
    Deliberate {
        case: "a boolean price",
        differs: Differs::Everything,
        port: refused_as_not_a_number,
        port_answers: "422 float_type (FastAPI coerces true to 1.0 and answers 201)",
    },
    Deliberate {
        case: "a string that is no number",
        differs: Differs::ErrorType,
        port: refused_as_not_a_number,
        port_answers: "422 float_type (FastAPI tries to parse it: 422 float_parsing)",
    },
    Deliberate {
        case: "405: PUT on an item",
        differs: Differs::Allow,
        port: |o| matches!(o, Observed::Http { allow: Some(allow), .. } if allow == "GET,HEAD,DELETE"),
        port_answers: "Allow: GET,HEAD,DELETE (FastAPI: Allow: GET)",
    },
    Deliberate {
        case: "HEAD on an item",
        differs: Differs::Everything,
        port: |o| status_is(o, status::HTTP_200_OK),
        port_answers: "200 (FastAPI: 405)",
    },
    Deliberate {
        case: "POST without the slash",
        differs: Differs::Everything,
        port: |o| status_is(o, status::HTTP_404_NOT_FOUND),
        port_answers: "404 (FastAPI: 307 to /items/)",
    },
    Deliberate {
        case: "GET with a trailing slash",
        differs: Differs::Everything,
        port: |o| status_is(o, status::HTTP_404_NOT_FOUND),
        port_answers: "404 (FastAPI: 307 to /items/int)",
    },
    Deliberate {
        case: "the OpenAPI schema",
        differs: Differs::Everything,
        port: |o| status_is(o, status::HTTP_404_NOT_FOUND),
        port_answers: "404 (FastAPI: 200 with the schema)",
    },
    Deliberate {
        case: "ws: the connection drops",
        differs: Differs::Recorded,
        port: |o| {
            let dropped = json!({ "code": status::WS_1006_ABNORMAL_CLOSURE, "reason": "" });
            matches!(o, Observed::Ws { recorded, .. } if *recorded == [dropped])
        },
        port_answers: "records 1006 (FastAPI records 1005)",
    },
];

impl Differs {
    /// The observation without what may differ.
    fn mask(self, observed: &Observed) -> Option<Observed> {
        let mut masked = observed.clone();
        match (self, &mut masked) {
            (Differs::Everything, _) => return None,
            (
                Differs::ErrorType,
                Observed::Http {
                    body: Body::Json(body),
                    ..
                },
            ) => {
                for error in body["detail"].as_array_mut().into_iter().flatten() {
                    if let Some(error) = error.as_object_mut() {
                        error.insert("type".to_owned(), json!("<type>"));
                    }
                }
            }
            (Differs::Allow, Observed::Http { allow, .. }) => *allow = None,
            (Differs::Recorded, Observed::Ws { recorded, .. }) => recorded.clear(),
            _ => {}
        }
        Some(masked)
    }
}

// ---------------------------------------------------------------------------
// What comes back

/// A body: none, JSON (by its content type), or something else.
#[derive(Clone, Debug, PartialEq)]
enum Body {
    Empty,
    Json(Value),
    NotJson { content_type: String, text: String },
}

/// What the client received on the WebSocket, in order.
#[derive(Clone, Debug, PartialEq)]
enum WsEvent {
    Text(String),
    Binary(Vec<u8>),
    /// A Close frame: its code and reason, or none for an empty frame.
    Close(Option<(u16, String)>),
    /// The connection ended without a Close frame from the server
    /// (the client reports 1006).
    EndedWithoutClose,
    /// Nothing came within [`SILENCE`]; the client gave up.
    Silence,
}

/// What one server answered to one request.
#[derive(Clone, Debug, PartialEq)]
enum Observed {
    Http {
        status: u16,
        allow: Option<String>,
        location: Option<String>,
        body: Body,
    },
    Ws {
        received: Vec<WsEvent>,
        /// What `/ws/disconnects` gained from this session.
        recorded: Vec<Value>,
    },
}

impl Observed {
    fn first_error_type(&self) -> Option<&str> {
        match self {
            Observed::Http {
                body: Body::Json(body),
                ..
            } => body["detail"][0]["type"].as_str(),
            _ => None,
        }
    }
}

/// The wording of a 422 `msg` (and of `ctx.error`) is pydantic's or the
/// port's own: only that it is a string is compared.
fn without_wording(mut body: Value) -> Value {
    if let Some(errors) = body.get_mut("detail").and_then(Value::as_array_mut) {
        for error in errors {
            if error["msg"].is_string() {
                error["msg"] = json!("<msg>");
            }
            if error["ctx"]["error"].is_string() {
                error["ctx"]["error"] = json!("<error>");
            }
        }
    }
    body
}

// ---------------------------------------------------------------------------
// The clients

struct Server {
    addr: SocketAddr,
    http: reqwest::Client,
}

impl Server {
    fn new(addr: SocketAddr) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(STEP)
            .build()
            .unwrap();
        Self { addr, http }
    }

    async fn send(&self, request: Request) -> Observed {
        match request {
            Request::Http {
                method,
                path,
                content_type,
                body,
            } => self.http(method, path, content_type, body).await,
            Request::Ws(actions) => self.ws(actions).await,
        }
    }

    async fn http(
        &self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: &'static str,
    ) -> Observed {
        let verb = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self
            .http
            .request(verb, format!("http://{}{path}", self.addr))
            .body(body);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        let response = within("an HTTP request", request.send()).await.unwrap();
        let header = |name: &str| {
            let value = response.headers().get(name)?;
            Some(value.to_str().unwrap().replace(' ', ""))
        };
        let content_type = header("content-type").unwrap_or_default();
        let allow = header("allow");
        // FastAPI answers with an absolute URL: keep the path.
        let location = header("location").map(|l| l.replace(&format!("http://{}", self.addr), ""));
        let status = response.status().as_u16();
        let text = within("an HTTP body", response.text()).await.unwrap();
        let body = if text.is_empty() {
            Body::Empty
        } else if content_type.starts_with("application/json") {
            let value = serde_json::from_str(&text).unwrap_or_else(|e| {
                panic!("{method} {path}: a JSON content type with a body that is not JSON ({e}): {text}")
            });
            Body::Json(without_wording(value))
        } else {
            Body::NotJson { content_type, text }
        };
        Observed::Http {
            status,
            allow,
            location,
            body,
        }
    }

    async fn disconnects(&self) -> Vec<Value> {
        let url = format!("http://{}/ws/disconnects", self.addr);
        let response = within("GET /ws/disconnects", self.http.get(url).send())
            .await
            .unwrap();
        within("the disconnects", response.json()).await.unwrap()
    }

    async fn ws(&self, actions: &[WsAction]) -> Observed {
        let before = self.disconnects().await.len();
        let url = format!("ws://{}/ws", self.addr);
        let (mut socket, _) = within(
            "the WebSocket handshake",
            tokio_tungstenite::connect_async(url),
        )
        .await
        .unwrap();
        let mut received = Vec::new();
        let mut client_closes = false;
        for action in actions {
            match *action {
                WsAction::Text(text) => {
                    within("sending text", socket.send(Message::text(text)))
                        .await
                        .unwrap();
                }
                WsAction::Binary(bytes) => {
                    let message = Message::binary(bytes.to_vec());
                    within("sending binary", socket.send(message))
                        .await
                        .unwrap();
                }
                WsAction::Close(frame) => {
                    client_closes = true;
                    let frame = frame.map(|(code, reason)| CloseFrame {
                        code: CloseCode::from(code),
                        reason: reason.into(),
                    });
                    within("sending Close", socket.close(frame)).await.unwrap();
                }
                WsAction::Drop => {
                    client_closes = true;
                    drop(socket);
                    return Observed::Ws {
                        received,
                        recorded: self.recorded_since(before, client_closes).await,
                    };
                }
            }
            // Collect what the server sent for this action: an echo, or
            // the frames up to the end of the connection.
            if let WsAction::Text(_) = action {
                if let Some(event) = next_event(&mut socket).await {
                    let ended = !matches!(event, WsEvent::Text(_) | WsEvent::Binary(_));
                    received.push(event);
                    if ended {
                        break;
                    }
                }
            }
        }
        // Read until the connection ends.
        while let Some(event) = next_event(&mut socket).await {
            let ended = matches!(event, WsEvent::EndedWithoutClose | WsEvent::Silence);
            received.push(event);
            if ended {
                break;
            }
        }
        Observed::Ws {
            received,
            recorded: self.recorded_since(before, client_closes).await,
        }
    }

    /// The closes recorded since there were `before`; when the client
    /// closed, waits (bounded) until one more is recorded.
    async fn recorded_since(&self, before: usize, wait: bool) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(3);
        loop {
            let all = self.disconnects().await;
            if !wait || all.len() > before || Instant::now() > deadline {
                return all.into_iter().skip(before).collect();
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// How long the client waits for the server's next frame before it gives up.
const SILENCE: Duration = Duration::from_secs(3);

/// The next thing the server did, or `None` once the connection has ended
/// cleanly after a Close frame.
async fn next_event(socket: &mut Socket) -> Option<WsEvent> {
    loop {
        let Ok(next) = tokio::time::timeout(SILENCE, socket.next()).await else {
            return Some(WsEvent::Silence);
        };
        return match next {
            Some(Ok(Message::Text(text))) => Some(WsEvent::Text(text.to_string())),
            Some(Ok(Message::Binary(bytes))) => Some(WsEvent::Binary(bytes.to_vec())),
            Some(Ok(Message::Close(frame))) => Some(WsEvent::Close(
                frame.map(|f| (u16::from(f.code), f.reason.to_string())),
            )),
            Some(Ok(_)) => continue,
            // After a Close frame from the server the stream just ends.
            None => None,
            Some(Err(_)) => Some(WsEvent::EndedWithoutClose),
        };
    }
}

// ---------------------------------------------------------------------------
// The servers

/// uvicorn serving `fastapi_app.py`, killed when dropped.
struct Uvicorn {
    child: Child,
}

impl Drop for Uvicorn {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn python() -> String {
    std::env::var("FASTAPI_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// The versions of FastAPI, Starlette and uvicorn, or why they cannot be
/// imported.
fn fastapi_versions() -> Result<String, String> {
    let script = "import fastapi, starlette, uvicorn, websockets; \
                  print(f'FastAPI {fastapi.__version__}, Starlette {starlette.__version__}, \
                  uvicorn {uvicorn.__version__}, websockets {websockets.__version__}')";
    match Command::new(python()).args(["-c", script]).output() {
        Ok(out) if out.status.success() => {
            Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
        }
        Ok(out) => Err(String::from_utf8_lossy(&out.stderr).trim().to_owned()),
        Err(e) => Err(format!("cannot run {}: {e}", python())),
    }
}

async fn start_uvicorn() -> (Uvicorn, SocketAddr) {
    // A free port: bound, read and released just before uvicorn binds it.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(python())
        .args(["-m", "uvicorn", "fastapi_app:app", "--host", "127.0.0.1"])
        .args(["--port", &port.to_string(), "--log-level", "warning"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("uvicorn starts");
    let mut uvicorn = Uvicorn { child };
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let deadline = Instant::now() + STARTUP;
    loop {
        if let Some(exit) = uvicorn.child.try_wait().unwrap() {
            panic!("uvicorn exited before listening ({exit}); its errors are above");
        }
        if tokio::net::TcpStream::connect(addr).await.is_ok() {
            return (uvicorn, addr);
        }
        assert!(
            Instant::now() < deadline,
            "uvicorn was not listening on {addr} within {STARTUP:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn start_port() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app(AppState::default())).await });
    addr
}

// ---------------------------------------------------------------------------
// The test

#[tokio::test]
async fn the_port_answers_as_fastapi_does_but_for_the_listed_differences() {
    let versions = match fastapi_versions() {
        Ok(versions) => versions,
        Err(why) => {
            let help = format!(
                "the parity test needs FastAPI: python3 -m pip install -r {}/requirements.txt \
                 (or set FASTAPI_PYTHON to a Python that has it)\n{why}",
                env!("CARGO_MANIFEST_DIR")
            );
            if std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false") {
                panic!("{help}");
            }
            eprintln!("SKIPPED (not under CI): {help}");
            return;
        }
    };
    println!("referee: {versions}");

    let (_uvicorn, fastapi_addr) = start_uvicorn().await;
    let fastapi = Server::new(fastapi_addr);
    let port = Server::new(start_port().await);

    let mut agree = 0;
    let mut problems = Vec::new();
    for case in CASES {
        let theirs = fastapi.send(case.request).await;
        let ours = port.send(case.request).await;
        let deliberate = DELIBERATE.iter().find(|d| d.case == case.name);
        let problem = match deliberate {
            None if ours == theirs => {
                agree += 1;
                continue;
            }
            None => "the port differs from FastAPI".to_owned(),
            Some(_) if ours == theirs => "listed as a deliberate difference, but the port \
                now answers as FastAPI: take it off the list and the README"
                .to_owned(),
            Some(d) if !(d.port)(&ours) => format!("the port should answer {}", d.port_answers),
            Some(d) if d.differs.mask(&ours) != d.differs.mask(&theirs) => {
                format!("differs in more than the listed way ({:?})", d.differs)
            }
            Some(_) => continue,
        };
        problems.push(format!(
            "{}: {problem}\n    FastAPI:  {theirs:?}\n    the port: {ours:?}",
            case.name
        ));
    }
    for d in DELIBERATE {
        assert!(
            CASES.iter().any(|c| c.name == d.case),
            "a deliberate difference names no case: {}",
            d.case
        );
    }
    println!(
        "{agree} of {} requests agree with FastAPI; {} differ on purpose",
        CASES.len(),
        DELIBERATE.len()
    );
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
