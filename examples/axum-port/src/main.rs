//! Serves the ported app on 127.0.0.1 (port 8000, or `PORT`), like
//! `uvicorn main:app`.

use status_codes_axum_port::{app, AppState};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = std::env::var("PORT").unwrap_or_else(|_| "8000".to_owned());
    let listener = tokio::net::TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app(AppState::default())).await
}
