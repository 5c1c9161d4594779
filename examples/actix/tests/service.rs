//! The routes through actix-web's own test service: responses built from
//! the crate's statuses, and their statuses read back as the crate's.

use actix_web::http::StatusCode;
use actix_web::test as actix_test;
use actix_web::App;
use status_codes::{HttpStatus, Status};
use status_codes_actix::{routes, Item, CLIENT_CLOSED_REQUEST};

#[actix_web::test]
async fn statuses_cross_actix_web_both_ways() {
    let app = actix_test::init_service(App::new().configure(routes)).await;

    let item = Item {
        name: "foo".into(),
        price: 50.2,
    };
    let request = actix_test::TestRequest::post()
        .uri("/items/")
        .set_json(&item)
        .to_request();
    let response = actix_test::call_service(&app, request).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let status = Status::from(response.status());
    assert_eq!(status, Status::HTTP_201_CREATED);
    assert_eq!(
        HttpStatus::try_from(response.status()),
        Ok(HttpStatus::Created)
    );
    let body: Item = actix_test::read_body_json(response).await;
    assert_eq!(body, item);

    let request = actix_test::TestRequest::get()
        .uri("/items/bar")
        .to_request();
    let response = actix_test::call_service(&app, request).await;
    assert!(response.status() == HttpStatus::NotFound);
    let body = actix_test::read_body(response).await;
    assert_eq!(body, r#"{"detail":"Item not found"}"#);

    let request = actix_test::TestRequest::get()
        .uri("/items/bar/abandon")
        .to_request();
    let response = actix_test::call_service(&app, request).await;
    assert_eq!(response.status().as_u16(), 499);
    let status = Status::from(response.status());
    assert_eq!(status, CLIENT_CLOSED_REQUEST);
    // Whether or not a later table registers 499, both views agree on it.
    assert_eq!(status.known(), HttpStatus::from_code(499));
    assert_eq!(
        HttpStatus::try_from(response.status()).ok(),
        HttpStatus::from_code(499)
    );
    assert_eq!(
        actix_test::read_body(response).await,
        r#"{"abandoned":"bar"}"#
    );
}

/// Every status actix-web can hold goes there and back as the same code.
#[test]
fn every_status_converts_to_actix_and_back() {
    for n in 100..=999 {
        let status = Status::from_code(n).unwrap();
        let actix = StatusCode::from(status);
        assert_eq!(actix.as_u16(), n);
        assert_eq!(Status::from(actix), status);
    }
}
