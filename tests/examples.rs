//! The two examples, run as a user runs them: `cargo run --example ...`.

use std::path::Path;
use std::process::{Command, Output};

fn run_example(args: &[&str]) -> Output {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args(["run", "--quiet", "--offline", "--example"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn status_looks_up_numbers_names_and_words() {
    for query in ["404", "HTTP_404_NOT_FOUND", "not_found"] {
        let out = run_example(&["status", "--", query]);
        assert!(out.status.success(), "{query}: {}", text(&out.stderr));
        assert_eq!(
            text(&out.stdout),
            "code:      404\nphrase:    Not Found\ncategory:  client_error\n\
             constant:  status::HTTP_404_NOT_FOUND\nvariant:   HttpStatus::NotFound\n\
             cacheable: yes (heuristically, RFC 9110, Section 15.1)\ncontent:   yes\n",
            "{query}"
        );
    }
    let alias = run_example(&["status", "--", "HTTP_422_UNPROCESSABLE_ENTITY"]);
    assert!(text(&alias.stdout).contains(
        "note:      HTTP_422_UNPROCESSABLE_ENTITY is a deprecated alias of HTTP_422_UNPROCESSABLE_CONTENT"
    ));
    let created = text(&run_example(&["status", "--", "304"]).stdout);
    assert!(created.contains("cacheable: only with explicit freshness\ncontent:   never\n"));
    let ws = run_example(&["status", "--", "1006"]);
    assert!(text(&ws.stdout).contains("sendable:  no (reserved for reporting)"));
}

#[test]
fn status_lists_every_code() {
    let out = run_example(&["status", "--", "--list"]);
    assert!(out.status.success());
    let listing = text(&out.stdout);
    let lines = listing.lines().count();
    assert_eq!(
        lines,
        status_codes::HttpStatus::ALL.len() + status_codes::WsCloseCode::ALL.len()
    );
    assert!(listing.contains("  418  HTTP_418_IM_A_TEAPOT"));
}

#[test]
fn status_rejects_unknown_input() {
    let out = run_example(&["status", "--", "299"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: `299` is not a known HTTP status code"));
    let usage = run_example(&["status"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn codegen_previews_the_source_or_the_errors() {
    let ok = run_example(&["codegen", "--", "data/status.csv"]);
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    assert!(text(&ok.stdout).starts_with("// @generated from data/status.csv"));

    let bad = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-status.csv");
    std::fs::write(&bad, "name,number,category\nHTTP_200_OK,2oo,success\n").unwrap();
    let err = run_example(&["codegen", "--", bad.to_str().unwrap()]);
    assert_eq!(err.status.code(), Some(1));
    let stderr = text(&err.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:2: column `number`: `2oo` is not a number",
            bad.display()
        )),
        "{stderr}"
    );
    assert!(text(&err.stdout).is_empty());
}
