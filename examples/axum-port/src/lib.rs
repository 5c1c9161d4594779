//! The items app of FastAPI's tutorial, ported to axum with `status-codes`.
//!
//! | FastAPI                                              | here |
//! |------------------------------------------------------|------|
//! | `@app.get("/items/{item_id}")`                       | [`read_item`]: 200, or 404 `{"detail": "Item not found"}` |
//! | `@app.post("/items/", status_code=status.HTTP_201_CREATED)` | [`create_item`]: 201, 409 if it exists, 422 naming each bad field ([`ValidationError`]) |
//! | `@app.delete(..., status_code=status.HTTP_204_NO_CONTENT)` | [`delete_item`]: 204 with no content, or 404 |
//! | `@app.get("/items/{name}/abandon", status_code=499)` | [`abandon_item`]: 499, a code no registry has |
//! | `raise HTTPException(status_code=...)`               | `status_codes::axum::HttpException` |
//! | `@app.websocket("/ws")`, `WebSocketDisconnect`       | [`ws`]: echoes text, closes with 1008 on an empty message, 1003 on binary and the app's own 4001 on `quit`, answers the client's close with its code and records it |
//!
//! Every status goes through the crate's names and types (`Status`,
//! `CloseCode`, the `StatusCode` constants of `status_codes::http::status`);
//! error bodies are FastAPI's `{"detail": ...}`, with the reason phrase as
//! the default detail. The
//! few answers that differ from FastAPI's on purpose are listed, with the
//! reason, in the port's README; `tests/parity.rs` holds the port against
//! FastAPI itself.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use status_codes::axum::HttpException;
use status_codes::http::status;
use status_codes::{CloseCode, Status, WebSocketDisconnect};

/// nginx's "client closed request": no registry has 499, and FastAPI sends
/// it all the same.
pub const CLIENT_CLOSED_REQUEST: Status = match Status::from_code(499) {
    Some(status) => status,
    None => Status::MAX,
};

/// The app's own close code, in the private-use range 4000-4999: the
/// client asked to quit.
pub const WS_4001_QUIT: CloseCode = CloseCode::new(4001);

/// An item, as in the tutorial's `class Item(BaseModel)`.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Item {
    /// The item's name, also its key.
    pub name: String,
    /// Its price.
    pub price: f64,
}

/// One problem with a request, in the shape of FastAPI's 422 items:
/// `{"type", "loc", "msg", "input"}`, and `ctx` for malformed JSON.
///
/// `type` and `loc` are what a client switches on, and they are FastAPI's
/// (pydantic's error types, `loc` naming the field as `["body", "price"]`);
/// `msg` is this port's own wording.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValidationError {
    /// The kind of problem: `missing`, `string_type`, `float_type`,
    /// `model_attributes_type` or `json_invalid`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Where: `["body"]`, `["body", field]`, or `["body", position]` (in
    /// characters) for malformed JSON.
    pub loc: Vec<Value>,
    /// What is wrong, for a person.
    pub msg: &'static str,
    /// The value that was refused (`{}` for malformed JSON).
    pub input: Value,
    /// For malformed JSON, `{"error": ...}` with the parser's message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ctx: Option<Value>,
}

impl ValidationError {
    fn new(kind: &'static str, loc: Vec<Value>, msg: &'static str, input: Value) -> Self {
        Self {
            kind,
            loc,
            msg,
            input,
            ctx: None,
        }
    }
}

impl Item {
    /// Reads an item from a request body the way FastAPI reads a pydantic
    /// model: the body is JSON when the content type is `application/json`
    /// or `application/*+json`, and every problem is reported, each with
    /// the field it concerns.
    ///
    /// The price must be a JSON number: unlike pydantic's lax mode, a
    /// number in a string (`"12.5"`) or a boolean is refused.
    pub fn from_body(
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<Item, Vec<ValidationError>> {
        let body_loc = || vec![json!("body")];
        if body.is_empty() {
            let error =
                ValidationError::new("missing", body_loc(), "a body is required", Value::Null);
            return Err(vec![error]);
        }
        if !content_type.is_some_and(is_json) {
            // FastAPI hands the raw text to the model, which is not an object.
            let text = String::from_utf8_lossy(body).into_owned();
            return Err(vec![not_an_object(text.into())]);
        }
        let value: Value =
            serde_json::from_slice(body).map_err(|e| vec![json_invalid(body, &e)])?;
        let Value::Object(fields) = &value else {
            return Err(vec![not_an_object(value)]);
        };
        let field = |name: &str| -> Result<&Value, ValidationError> {
            let loc = vec![json!("body"), json!(name)];
            fields.get(name).ok_or_else(|| {
                ValidationError::new("missing", loc, "this field is required", value.clone())
            })
        };
        let name = field("name").and_then(|name| match name {
            Value::String(name) => Ok(name.clone()),
            other => Err(ValidationError::new(
                "string_type",
                vec![json!("body"), json!("name")],
                "expected a string",
                other.clone(),
            )),
        });
        let price = field("price").and_then(|price| {
            // Only a JSON number has an `f64`.
            price.as_f64().ok_or_else(|| {
                ValidationError::new(
                    "float_type",
                    vec![json!("body"), json!("price")],
                    "expected a JSON number",
                    price.clone(),
                )
            })
        });
        match (name, price) {
            (Ok(name), Ok(price)) => Ok(Item { name, price }),
            (name, price) => Err([name.err(), price.err()].into_iter().flatten().collect()),
        }
    }
}

/// Whether a `Content-Type` is JSON: `application/json` or
/// `application/<anything>+json`, with any parameters.
fn is_json(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or("").trim();
    let Some((kind, subtype)) = essence.split_once('/') else {
        return false;
    };
    let subtype = subtype.to_ascii_lowercase();
    kind.eq_ignore_ascii_case("application") && (subtype == "json" || subtype.ends_with("+json"))
}

fn not_an_object(input: Value) -> ValidationError {
    let msg = "expected a JSON object with the item's fields";
    ValidationError::new("model_attributes_type", vec![json!("body")], msg, input)
}

/// Malformed JSON: `loc` is `["body", position]`, the position in
/// characters from the start of the body, where the parser stopped.
fn json_invalid(body: &[u8], error: &serde_json::Error) -> ValidationError {
    let text = String::from_utf8_lossy(body);
    let position = if error.classify() == serde_json::error::Category::Eof {
        // The body ended too soon: the position is its end.
        text.chars().count()
    } else {
        // serde_json counts lines from 1 and columns from 1 (in bytes).
        let line_start: usize = text
            .split_inclusive('\n')
            .take(error.line().saturating_sub(1))
            .map(str::len)
            .sum();
        let offset = (line_start + error.column().saturating_sub(1)).min(text.len());
        let offset = (0..=offset)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text[..offset].chars().count()
    };
    // serde_json's message without its " at line L column C".
    let message = error.to_string();
    let message = match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => &message,
    };
    ValidationError {
        ctx: Some(json!({ "error": message })),
        ..ValidationError::new(
            "json_invalid",
            vec![json!("body"), json!(position)],
            "the body is not valid JSON",
            json!({}),
        )
    }
}

/// The app's state: the items, and every WebSocket close a client sent.
#[derive(Clone, Default)]
pub struct AppState {
    items: Arc<Mutex<BTreeMap<String, Item>>>,
    disconnects: Arc<Mutex<Vec<WebSocketDisconnect>>>,
}

impl AppState {
    fn items(&self) -> std::sync::MutexGuard<'_, BTreeMap<String, Item>> {
        self.items.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn record(&self, disconnect: WebSocketDisconnect) {
        let mut all = self
            .disconnects
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        all.push(disconnect);
    }
}

/// The app's routes. As in FastAPI, every error is JSON: an unknown path
/// answers 404 `{"detail": "Not Found"}`, a method the path does not serve
/// 405 `{"detail": "Method Not Allowed"}` with an `Allow` header, and an
/// HTTP request to `/ws` that is not a WebSocket upgrade 404.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/items/", post(create_item))
        .route("/items/{name}", get(read_item).delete(delete_item))
        .route("/items/{name}/abandon", get(abandon_item))
        .route("/ws", any(ws))
        .route("/ws/disconnects", get(disconnects))
        // axum adds the `Allow` header to this answer.
        .method_not_allowed_fallback(|| async {
            HttpException::new(Status::HTTP_405_METHOD_NOT_ALLOWED)
        })
        .fallback(|| async { HttpException::new(Status::HTTP_404_NOT_FOUND) })
        .with_state(state)
}

/// `GET /items/{name}`: the item, or 404.
pub async fn read_item(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Json<Item>, HttpException> {
    match state.items().get(&name) {
        Some(item) => Ok(Json(item.clone())),
        None => Err(HttpException::new(Status::HTTP_404_NOT_FOUND).with_detail("Item not found")),
    }
}

/// `POST /items/`: 201 with the item; 409 if the name is taken; 422 with
/// FastAPI's list of problems ([`ValidationError`]) if the body is not an
/// item.
pub async fn create_item(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<Item>), HttpException> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok());
    let item = Item::from_body(content_type, &body).map_err(|errors| {
        HttpException::new(Status::HTTP_422_UNPROCESSABLE_CONTENT)
            .with_json_detail(json!(errors).to_string())
    })?;
    let mut items = state.items();
    if items.contains_key(&item.name) {
        return Err(
            HttpException::new(Status::HTTP_409_CONFLICT).with_detail("Item already exists")
        );
    }
    items.insert(item.name.clone(), item.clone());
    Ok((status::HTTP_201_CREATED, Json(item)))
}

/// `DELETE /items/{name}`: 204 with no content, or 404.
pub async fn delete_item(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Status, HttpException> {
    match state.items().remove(&name) {
        Some(_) => Ok(Status::HTTP_204_NO_CONTENT),
        None => Err(HttpException::new(Status::HTTP_404_NOT_FOUND).with_detail("Item not found")),
    }
}

/// `GET /items/{name}/abandon`: 499 with `{"abandoned": name}`, a status
/// that is in no registry.
pub async fn abandon_item(Path(name): Path<String>) -> (StatusCode, Json<Value>) {
    (
        CLIENT_CLOSED_REQUEST.to_http(),
        Json(json!({ "abandoned": name })),
    )
}

/// `GET /ws`: echoes text messages. An empty message breaks the app's
/// policy: the server closes with 1008 and a reason; binary data closes
/// with 1003; `quit` closes with the app's own code, 4001. When the client closes, the server's Close reply echoes its
/// code and reason (RFC 6455 section 5.5.1), and they are recorded as a
/// `WebSocketDisconnect`; a connection that drops without a Close frame is
/// recorded as 1006.
///
/// Any other request to `/ws` answers 404 `{"detail": "Not Found"}`: in
/// FastAPI a WebSocket route does not match plain HTTP requests.
pub async fn ws(
    State(state): State<AppState>,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let Ok(upgrade) = upgrade else {
        return HttpException::new(Status::HTTP_404_NOT_FOUND).into_response();
    };
    upgrade.on_upgrade(move |socket| async move {
        if let Some(disconnect) = echo(socket).await {
            state.record(disconnect);
        }
    })
}

/// `GET /ws/disconnects`: every close a client sent, as `{code, reason}`.
pub async fn disconnects(State(state): State<AppState>) -> Json<Vec<Value>> {
    let all = state
        .disconnects
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    let listed = all
        .iter()
        .map(|d| json!({ "code": d.code, "reason": d.reason }))
        .collect();
    Json(listed)
}

/// How long the server waits for the other side of a closing handshake.
const CLOSING_HANDSHAKE: Duration = Duration::from_secs(5);

/// Echoes until either side closes; returns the client's close, if it
/// closed first.
async fn echo(mut socket: WebSocket) -> Option<WebSocketDisconnect> {
    while let Some(message) = socket.recv().await {
        match message {
            Ok(Message::Text(text)) if text.trim().is_empty() => {
                // FastAPI: await websocket.close(code=status.WS_1008_POLICY_VIOLATION, reason=...)
                close(
                    socket,
                    CloseCode::WS_1008_POLICY_VIOLATION,
                    "empty messages are not allowed",
                )
                .await;
                return None;
            }
            Ok(Message::Text(text)) if text.as_str() == "quit" => {
                close(socket, WS_4001_QUIT, "the client asked to quit").await;
                return None;
            }
            Ok(Message::Text(text)) => {
                if socket.send(Message::Text(text)).await.is_err() {
                    return None;
                }
            }
            Ok(Message::Binary(_)) => {
                // RFC 6455 section 7.4.1: 1003 is for data of a type the
                // endpoint cannot accept, such as binary for a text-only one.
                close(
                    socket,
                    CloseCode::WS_1003_UNSUPPORTED_DATA,
                    "only text messages are accepted",
                )
                .await;
                return None;
            }
            Ok(Message::Close(frame)) => {
                // No code in the frame is reported as 1005, as Starlette does.
                let disconnect = WebSocketDisconnect::from(frame);
                // RFC 6455 section 5.5.1: the server answers with a Close
                // frame of its own, echoing the client's code. tungstenite
                // has queued that reply (the client's code and reason, or an
                // empty frame for an empty one); reading on sends it, and
                // then sees the connection end.
                finish_closing(&mut socket).await;
                return Some(disconnect);
            }
            // Pings are answered by tungstenite; pongs need nothing.
            Ok(Message::Ping(_) | Message::Pong(_)) => {}
            // The connection dropped without a Close frame: RFC 6455
            // section 7.1.5 calls that 1006.
            Err(_) => break,
        }
    }
    Some(WebSocketDisconnect::from(
        CloseCode::WS_1006_ABNORMAL_CLOSURE,
    ))
}

/// Starts the closing handshake with a code and a reason that may be sent,
/// then waits (bounded) for the client's Close reply.
async fn close(mut socket: WebSocket, code: CloseCode, reason: &str) {
    let Ok(frame) = CloseFrame::try_from(WebSocketDisconnect::new(code, reason)) else {
        return;
    };
    if socket.send(Message::Close(Some(frame))).await.is_ok() {
        finish_closing(&mut socket).await;
    }
}

/// Drives the closing handshake to its end: sends what is queued and reads
/// until the connection is closed, for at most [`CLOSING_HANDSHAKE`].
async fn finish_closing(socket: &mut WebSocket) {
    let drain = async { while let Some(Ok(_)) = socket.recv().await {} };
    let _ = tokio::time::timeout(CLOSING_HANDSHAKE, drain).await;
}
