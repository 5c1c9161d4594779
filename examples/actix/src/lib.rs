//! A few FastAPI routes in actix-web 4, through status-codes' `http02`
//! feature (actix-web's `StatusCode` is `http` 0.2's).
//!
//! | FastAPI | here |
//! |---------|------|
//! | `@app.post("/items/", status_code=status.HTTP_201_CREATED)` | [`create_item`]: `HttpResponse::build(Status::HTTP_201_CREATED.into())` |
//! | `raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=...)` | [`read_item`]: 404 `{"detail": ...}` |
//! | `@app.get("/items/{name}/abandon", status_code=499)` | [`abandon_item`]: 499, which no registry has |

use actix_web::{web, HttpResponse};
use serde::{Deserialize, Serialize};
use status_codes::Status;

/// nginx's "client closed request": no registry has 499.
pub const CLIENT_CLOSED_REQUEST: Status = match Status::from_code(499) {
    Some(status) => status,
    None => Status::MAX,
};

/// An item, as in FastAPI's tutorial.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Item {
    /// The item's name.
    pub name: String,
    /// Its price.
    pub price: f64,
}

/// FastAPI's `{"detail": ...}` body.
#[derive(Debug, Serialize)]
struct Detail<'a> {
    detail: &'a str,
}

/// `POST /items/`: 201 with the item.
pub async fn create_item(item: web::Json<Item>) -> HttpResponse {
    HttpResponse::build(Status::HTTP_201_CREATED.into()).json(item.into_inner())
}

/// `GET /items/{name}`: 404 `{"detail": "Item not found"}`; there is no
/// store here.
pub async fn read_item(_name: web::Path<String>) -> HttpResponse {
    HttpResponse::build(Status::HTTP_404_NOT_FOUND.into()).json(Detail {
        detail: "Item not found",
    })
}

/// The body of [`abandon_item`].
#[derive(Debug, Serialize)]
struct Abandoned<'a> {
    abandoned: &'a str,
}

/// `GET /items/{name}/abandon`: 499 with `{"abandoned": name}`.
pub async fn abandon_item(name: web::Path<String>) -> HttpResponse {
    HttpResponse::build(CLIENT_CLOSED_REQUEST.into()).json(Abandoned { abandoned: &name })
}

/// The routes.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/items/", web::post().to(create_item))
        .route("/items/{name}", web::get().to(read_item))
        .route("/items/{name}/abandon", web::get().to(abandon_item));
}
