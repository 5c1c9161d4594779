//! The `status-codes` binary, run as a user runs it. What it should print is
//! built from the rows of `data/status.csv` (read through the generator), so
//! these tests hold for any valid table.

use std::process::{Command, Output};

use status_codes::{HttpStatus, WsCloseCode};
use status_codes_codegen as codegen;

mod common;

use common::table;

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

/// Every canonical row, HTTP first, in the order the tool lists them.
fn rows(t: &codegen::Table) -> impl Iterator<Item = &codegen::Code> {
    t.http.iter().chain(&t.ws)
}

/// The row with this number, if the table has one.
fn row(t: &codegen::Table, number: u16) -> Option<&codegen::Code> {
    rows(t).find(|c| c.number == number)
}

/// How the tool words a registration that is not permanent.
fn registration(code: &codegen::Code) -> Option<String> {
    match &code.registration {
        codegen::Registration::Permanent => None,
        codegen::Registration::Temporary { expires } => {
            Some(format!("temporary IANA registration, expires {expires}"))
        }
        codegen::Registration::Obsoleted => Some("obsoleted".to_owned()),
        codegen::Registration::Lapsed => {
            Some("lapsed temporary IANA registration, no longer listed".to_owned())
        }
        codegen::Registration::Removed => Some("removed from the IANA registry".to_owned()),
    }
}

/// What the tool prints for one code, with the note it adds when the query
/// was a deprecated alias.
fn described(code: &codegen::Code, alias: Option<&str>) -> String {
    let mut out = format!(
        "code:      {}\nphrase:    {}\ncategory:  {}\n",
        code.number,
        code.phrase,
        code.category.as_str()
    );
    if let Some(registration) = registration(code) {
        out += &format!("registry:  {registration}\n");
    }
    let http = code.category.as_str() != "websocket";
    let ty = if http { "HttpStatus" } else { "WsCloseCode" };
    out += &format!(
        "constant:  status::{}\nvariant:   {ty}::{}\n",
        code.name, code.variant
    );
    if let Some(alias) = alias {
        out += &format!(
            "note:      {alias} is a deprecated alias of {}\n",
            code.name
        );
    }
    if http {
        out += if code.flags.get("heuristically_cacheable") {
            "cacheable: yes (heuristically, RFC 9110, Section 15.1)\n"
        } else {
            "cacheable: only with explicit freshness\n"
        };
        out += if code.flags.get("no_content") {
            "content:   never\n"
        } else {
            "content:   yes\n"
        };
    } else {
        // A close code is reporting-only only among the protocol's own
        // codes (1000-2999); every other one is sendable.
        out += if code.flags.get("reporting_only") {
            "sendable:  no (reserved for reporting)\n"
        } else {
            "sendable:  yes\n"
        };
    }
    out
}

/// One line of `--list` and of a phrase search.
fn list_line(code: &codegen::Code) -> String {
    let note = registration(code).map_or(String::new(), |r| format!(" ({r})"));
    format!(
        "{:>5}  {:<42}  {}{note}\n",
        code.number, code.name, code.phrase
    )
}

/// Whether every word of `query` starts a word of `phrase`, in any case:
/// the rule of the tool's phrase search, written out here.
fn phrase_has_words(phrase: &str, query: &[&str]) -> bool {
    let phrase = phrase.to_lowercase();
    let words: Vec<&str> = phrase
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .collect();
    query.iter().all(|q| {
        let q = q.to_lowercase();
        words.iter().any(|w| w.starts_with(&q))
    })
}

#[test]
fn looks_up_numbers_names_and_words() {
    let t = table();
    let not_found = described(row(&t, 404).expect("the table has 404"), None);
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
        assert_eq!(stdout(&out), not_found, "{query:?}");
    }
    let policy = described(row(&t, 1008).expect("the table has 1008"), None);
    assert_eq!(stdout(&run(&["1008"])), policy);
    assert_eq!(stdout(&run(&["WS_1008_POLICY_VIOLATION"])), policy);
}

#[test]
fn describes_every_code_by_number_and_by_name() {
    // Phrase, category, registration (when not permanent), names, and the
    // RFC facts of each kind, as the row has them.
    let t = table();
    for code in rows(&t) {
        let expected = described(code, None);
        for query in [code.number.to_string(), code.name.clone()] {
            let out = run(&[&query]);
            assert!(out.status.success(), "{query}: {}", stderr(&out));
            assert_eq!(stdout(&out), expected, "{query}");
        }
    }
}

#[test]
fn deprecated_aliases_are_described_with_a_note() {
    let t = table();
    for alias in &t.aliases {
        let target = t
            .codes(alias.kind)
            .iter()
            .find(|c| c.name == alias.target)
            .expect("an alias has a target");
        let out = run(&[&alias.name]);
        assert!(out.status.success(), "{}: {}", alias.name, stderr(&out));
        assert_eq!(stdout(&out), described(target, Some(&alias.name)));
    }
}

#[test]
fn searches_the_words_of_the_phrases() {
    let t = table();
    // Words may be cut short, and come in any case and order.
    for query in [
        &["too", "many"][..],
        &["gateway"],
        &["LARGE", "content"],
        &["unavail"],
        &["error"],
    ] {
        // The name's words alone look a name up instead of searching; the
        // queries here are no name's words, unless a table makes them so.
        let words = query.join("_").to_uppercase();
        if rows(&t)
            .map(|c| c.name.as_str())
            .chain(t.aliases.iter().map(|a| a.name.as_str()))
            .any(|name| name.splitn(3, '_').nth(2) == Some(words.as_str()))
        {
            continue;
        }
        let expected: String = rows(&t)
            .filter(|c| phrase_has_words(&c.phrase, query))
            .map(list_line)
            .collect();
        let out = run(query);
        assert_eq!(stdout(&out), expected, "{query:?}");
        let status = if expected.is_empty() { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(status), "{query:?}");
    }
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
    // The name's words alone, misspelt.
    let words = stderr(&run(&["NOT_FOUDN"]));
    let help = words
        .lines()
        .find(|line| line.starts_with("help: did you mean "))
        .unwrap_or_else(|| panic!("no suggestion: {words}"));
    assert!(help.contains("HTTP_404_NOT_FOUND"), "{words}");
    let far = stderr(&run(&["zzzzzzzz"]));
    assert!(far.contains("help: try a number such as 404"), "{far}");
}

#[test]
fn unknown_numbers_fail_with_what_a_client_makes_of_them() {
    let t = table();
    let first_line = |n: u16| -> String {
        let out = run(&[&n.to_string()]);
        assert_eq!(out.status.code(), Some(1), "{n}");
        assert!(stdout(&out).is_empty(), "{n}");
        stderr(&out).lines().next().unwrap_or_default().to_owned()
    };
    let error = |n: u16| {
        format!(
            "error: `{n}` is not a known HTTP status code, WebSocket close code, name or phrase"
        )
    };
    // In each HTTP class, a number without a row is understood as the class's
    // x00 code, when the table has one (RFC 9110, Section 15).
    for class in [100, 200, 300, 400, 500] {
        let Some(n) = (class..class + 100).find(|&n| row(&t, n).is_none()) else {
            continue;
        };
        let hint = match row(&t, class) {
            Some(x00) => format!(
                "{n} is not registered; an HTTP client treats it as {class} {}",
                x00.phrase
            ),
            None => format!(
                "{n} is in category {}, but no code is registered there",
                status_codes::Category::of(n).unwrap()
            ),
        };
        assert_eq!(first_line(n), format!("{} ({hint})", error(n)));
    }
    let ws = (1000..=4999)
        .find(|&n| row(&t, n).is_none())
        .expect("some close code is unassigned");
    assert_eq!(
        first_line(ws),
        format!(
            "{} ({ws} is in category websocket, but no code is registered there)",
            error(ws)
        )
    );
    // Outside every category there is nothing more to say.
    for n in [0, 99, 600, 999, 5000, u16::MAX] {
        assert_eq!(first_line(n), error(n));
    }
}

#[test]
fn lists_every_code_and_explains_itself() {
    let t = table();
    let out = run(&["--list"]);
    assert!(out.status.success());
    let listing = stdout(&out);
    assert_eq!(
        listing.lines().count(),
        HttpStatus::ALL.len() + WsCloseCode::ALL.len()
    );
    // One line per code; only the codes that are not permanently
    // registered say how they are.
    let expected: String = rows(&t).map(list_line).collect();
    assert_eq!(listing, expected);

    let help = run(&["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("usage: status-codes <QUERY>..."));
    for usage in [&[][..], &["--frobnicate"]] {
        let out = run(usage);
        assert_eq!(out.status.code(), Some(2), "{usage:?}");
        assert!(stderr(&out).contains("usage: status-codes"));
    }
}
