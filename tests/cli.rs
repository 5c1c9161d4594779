//! The `status-codes` binary, run as a user runs it.

use std::process::{Command, Output};

use status_codes::{HttpStatus, WsCloseCode};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_status-codes"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const NOT_FOUND: &str = "code:      404\nphrase:    Not Found\ncategory:  client_error\n\
    constant:  status::HTTP_404_NOT_FOUND\nvariant:   HttpStatus::NotFound\n\
    cacheable: yes (heuristically, RFC 9110, Section 15.1)\ncontent:   yes\n";

#[test]
fn looks_up_numbers_names_and_words() {
    for query in [
        &["404"][..],
        &["HTTP_404_NOT_FOUND"],
        &["http_404_not_found"],
        &["not_found"],
        &["not", "found"],
        &["Not-Found"],
    ] {
        let out = run(query);
        assert!(out.status.success(), "{query:?}: {}", stderr(&out));
        assert_eq!(stdout(&out), NOT_FOUND, "{query:?}");
    }
    let ws = run(&["1008"]);
    assert_eq!(
        stdout(&ws),
        "code:      1008\nphrase:    Policy Violation\ncategory:  websocket\n\
         constant:  status::WS_1008_POLICY_VIOLATION\nvariant:   WsCloseCode::PolicyViolation\n\
         sendable:  yes\n"
    );
    assert!(stdout(&run(&["1006"])).contains("sendable:  no (reserved for reporting)"));
    let alias = stdout(&run(&["HTTP_422_UNPROCESSABLE_ENTITY"]));
    assert!(alias.contains(
        "note:      HTTP_422_UNPROCESSABLE_ENTITY is a deprecated alias of HTTP_422_UNPROCESSABLE_CONTENT"
    ));
    // How IANA registered the code, when it is not permanent.
    let temporary = stdout(&run(&["104"]));
    assert!(temporary.contains(
        "category:  informational\nregistry:  temporary IANA registration, expires 2026-11-13\n"
    ));
    assert!(stdout(&run(&["510"])).contains("registry:  obsoleted\n"));
    let no_content = stdout(&run(&["304"]));
    assert!(no_content.contains("cacheable: only with explicit freshness\ncontent:   never\n"));
}

#[test]
fn searches_the_words_of_the_phrases() {
    let out = run(&["too", "many"]);
    assert!(out.status.success());
    assert_eq!(
        stdout(&out),
        format!(
            "  429  {:<42}  Too Many Requests\n",
            "HTTP_429_TOO_MANY_REQUESTS"
        )
    );
    let gateway = stdout(&run(&["gateway"]));
    let codes: Vec<&str> = gateway
        .lines()
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(codes, ["502", "504", "1014"]);
    // Words may be cut short, and come in any case and order.
    let codes_of = |args: &[&str]| -> Vec<u16> {
        stdout(&run(args))
            .lines()
            .map(|line| line.split_whitespace().next().unwrap().parse().unwrap())
            .collect()
    };
    assert_eq!(codes_of(&["LARGE", "content"]), [413]);
    assert_eq!(codes_of(&["unavail"]), [451, 503]);
}

#[test]
fn near_misses_get_a_suggestion() {
    let out = run(&["HTTP_404_NOT_FOUNDD"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("help: did you mean HTTP_404_NOT_FOUND?"),
        "{}",
        stderr(&out)
    );
    let words = stderr(&run(&["PAYMENT_REQIRED"]));
    assert!(
        words.contains("did you mean HTTP_402_PAYMENT_REQUIRED?"),
        "{words}"
    );
    let far = stderr(&run(&["zzzzzzzz"]));
    assert!(far.contains("help: try a number such as 404"), "{far}");
}

#[test]
fn unknown_numbers_fail_with_what_a_client_makes_of_them() {
    let out = run(&["499"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).starts_with(
        "error: `499` is not a known HTTP status code, WebSocket close code, name or phrase \
         (499 is not registered; an HTTP client treats it as 400 Bad Request)"
    ));
    let ws = stderr(&run(&["4001"]));
    assert!(
        ws.contains("(4001 is in category websocket, but no code is registered there)"),
        "{ws}"
    );
}

#[test]
fn lists_every_code_and_explains_itself() {
    let out = run(&["--list"]);
    assert!(out.status.success());
    let listing = stdout(&out);
    assert_eq!(
        listing.lines().count(),
        HttpStatus::ALL.len() + WsCloseCode::ALL.len()
    );
    assert!(listing.contains("  418  HTTP_418_IM_A_TEAPOT"));
    // Only the codes that are not permanently registered say how they are.
    let noted: Vec<&str> = listing
        .lines()
        .filter(|line| {
            let code: u16 = line[..5].trim().parse().unwrap();
            !line.ends_with(status_codes::reason_phrase(code).unwrap())
        })
        .collect();
    assert_eq!(
        noted,
        [
            "  104  HTTP_104_UPLOAD_RESUMPTION_SUPPORTED        Upload Resumption Supported \
             (temporary IANA registration, expires 2026-11-13)",
            "  510  HTTP_510_NOT_EXTENDED                       Not Extended (obsoleted)",
        ]
    );

    let help = run(&["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("usage: status-codes <QUERY>..."));
    for usage in [&[][..], &["--frobnicate"]] {
        let out = run(usage);
        assert_eq!(out.status.code(), Some(2), "{usage:?}");
        assert!(stderr(&out).contains("usage: status-codes"));
    }
}
