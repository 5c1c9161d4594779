//! Look up a status code or WebSocket close code by number or by name.
//!
//! ```sh
//! cargo run --example status -- 404
//! cargo run --example status -- HTTP_404_NOT_FOUND
//! cargo run --example status -- not_found        # the words alone, any case
//! cargo run --example status -- 1008
//! cargo run --example status -- --list
//! ```

use std::io::Write;
use std::process::ExitCode;

use status_codes::{Category, HttpStatus, WsCloseCode};

const USAGE: &str = "usage: cargo run --example status -- <CODE | NAME | --list>

  CODE   a number, such as 404 or 1008
  NAME   a constant name (HTTP_404_NOT_FOUND), or its words alone (NOT_FOUND)
  --list print every code";

/// Either kind of code, for printing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    Http(HttpStatus),
    Ws(WsCloseCode),
}

impl Found {
    fn code(self) -> u16 {
        match self {
            Found::Http(s) => s.code(),
            Found::Ws(c) => c.code(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Found::Http(s) => s.name(),
            Found::Ws(c) => c.name(),
        }
    }

    fn phrase(self) -> &'static str {
        match self {
            Found::Http(s) => s.reason_phrase(),
            Found::Ws(c) => c.reason_phrase(),
        }
    }

    fn variant(self) -> String {
        match self {
            Found::Http(s) => format!("HttpStatus::{s:?}"),
            Found::Ws(c) => format!("WsCloseCode::{c:?}"),
        }
    }
}

fn all() -> impl Iterator<Item = Found> {
    let http = HttpStatus::ALL.iter().map(|&s| Found::Http(s));
    http.chain(WsCloseCode::ALL.iter().map(|&c| Found::Ws(c)))
}

/// Parses a full constant name or number into either kind of code.
fn parse(name: &str) -> Option<Found> {
    name.parse()
        .map(Found::Http)
        .or_else(|_| name.parse().map(Found::Ws))
        .ok()
}

/// Every code `query` names (a number, a full constant name, or the words
/// after the number in any case), each with the constant name it matched.
fn lookup(query: &str) -> Vec<(Found, String)> {
    if let Some(found) = parse(query) {
        return vec![(found, query.to_owned())];
    }
    let words = query.trim().to_ascii_uppercase().replace([' ', '-'], "_");
    if let Some(found) = parse(&words) {
        return vec![(found, words)];
    }
    all()
        .filter_map(|found| {
            let prefix = match found {
                Found::Http(_) => "HTTP",
                Found::Ws(_) => "WS",
            };
            // Parsing the full name finds the deprecated aliases too.
            let name = format!("{prefix}_{}_{words}", found.code());
            (parse(&name) == Some(found)).then_some((found, name))
        })
        .collect()
}

fn describe(found: Found, matched: &str) {
    println!("code:      {}", found.code());
    println!("phrase:    {}", found.phrase());
    println!(
        "category:  {}",
        Category::of(found.code()).map_or("none", Category::as_str)
    );
    println!("constant:  status::{}", found.name());
    println!("variant:   {}", found.variant());
    if matched.parse::<u16>().is_err() && matched != found.name() {
        println!(
            "note:      {matched} is a deprecated alias of {}",
            found.name()
        );
    }
    if let Found::Http(s) = found {
        // What RFC 9110 says about responses with this status.
        let cacheable = if s.is_heuristically_cacheable() {
            "yes (heuristically, RFC 9110, Section 15.1)"
        } else {
            "only with explicit freshness"
        };
        println!("cacheable: {cacheable}");
        let content = if s.allows_content() { "yes" } else { "never" };
        println!("content:   {content}");
    }
    if let Found::Ws(c) = found {
        let sendable = if c.is_sendable() {
            "yes"
        } else {
            "no (reserved for reporting)"
        };
        println!("sendable:  {sendable}");
    }
}

fn list() -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for found in all() {
        writeln!(
            out,
            "{:>5}  {:<42}  {}",
            found.code(),
            found.name(),
            found.phrase()
        )?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let query = match args.as_slice() {
        [flag] if flag == "--list" || flag == "-l" => {
            // A closed pipe (`| head`) just ends the listing.
            let _ = list();
            return ExitCode::SUCCESS;
        }
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [query] => query.as_str(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let found = lookup(query);
    if found.is_empty() {
        let hint = match query.parse::<u16>().ok().and_then(Category::of) {
            Some(category) => {
                format!(" ({query} is in category {category}, but no code is registered there)")
            }
            None => String::new(),
        };
        eprintln!("error: `{query}` is not a known HTTP status code, WebSocket close code or constant name{hint}");
        eprintln!("help: try a number such as 404, a name such as HTTP_404_NOT_FOUND, or --list");
        return ExitCode::FAILURE;
    }
    for (i, (f, matched)) in found.iter().enumerate() {
        if i > 0 {
            println!();
        }
        describe(*f, matched);
    }
    ExitCode::SUCCESS
}
