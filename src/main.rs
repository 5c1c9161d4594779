//! `status-codes`: look up an HTTP status code or WebSocket close code by
//! number, constant name, or words of its phrase.
//!
//! ```sh
//! cargo install status-codes      # or, in this repository: cargo run -- 404
//! status-codes 404
//! status-codes HTTP_404_NOT_FOUND
//! status-codes not found           # the name's words, any case
//! status-codes too many            # words of the phrase: every match
//! status-codes --list
//! ```
//!
//! Exit status: 0 when something was found, 1 when nothing was, 2 for a
//! usage error.

use std::io::Write;
use std::process::ExitCode;

use status_codes::{Category, HttpStatus, Registration, WsCloseCode};

const USAGE: &str = "\
Look up an HTTP status code or WebSocket close code.

usage: status-codes <QUERY>...
       status-codes --list

  QUERY    a number (404, 1008), a constant name (HTTP_404_NOT_FOUND), the
           name's words alone (not found), or words of the reason phrase
           (too many, gateway): every code whose phrase has them is listed
  --list   print every code
  --help   print this help

Exit status: 0 found, 1 not found, 2 usage error.";

/// Either kind of code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Code {
    Http(HttpStatus),
    Ws(WsCloseCode),
}

impl Code {
    fn number(self) -> u16 {
        match self {
            Code::Http(s) => s.code(),
            Code::Ws(c) => c.code(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Code::Http(s) => s.name(),
            Code::Ws(c) => c.name(),
        }
    }

    fn phrase(self) -> &'static str {
        match self {
            Code::Http(s) => s.reason_phrase(),
            Code::Ws(c) => c.reason_phrase(),
        }
    }

    fn registration(self) -> Registration {
        match self {
            Code::Http(s) => s.registration(),
            Code::Ws(c) => c.registration(),
        }
    }

    /// Parses a number or a constant name (deprecated aliases included).
    fn parse(text: &str) -> Option<Code> {
        text.parse()
            .map(Code::Http)
            .or_else(|_| text.parse().map(Code::Ws))
            .ok()
    }
}

fn all() -> impl Iterator<Item = Code> {
    let http = HttpStatus::ALL.iter().map(|&s| Code::Http(s));
    http.chain(WsCloseCode::ALL.iter().map(|&c| Code::Ws(c)))
}

/// What a query found.
enum Found {
    /// One code, named by its number or a name (`matched`, which may be a
    /// deprecated alias).
    One(Code, String),
    /// Codes whose phrase has every word of the query.
    Search(Vec<Code>),
}

/// `not found`, `Not-Found` -> `NOT_FOUND`.
fn words_of(query: &str) -> String {
    query
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_")
        .to_ascii_uppercase()
}

fn lookup(query: &str) -> Option<Found> {
    let query = query.trim();
    if let Some(code) = Code::parse(query) {
        return Some(Found::One(code, query.to_owned()));
    }
    let words = words_of(query);
    if let Some(code) = Code::parse(&words) {
        return Some(Found::One(code, words));
    }
    // The name's words alone: NOT_FOUND is HTTP_404_NOT_FOUND. The name is
    // the canonical one up to its number (`HTTP_404`, so the library's
    // prefix) and the words; parsing it finds the deprecated aliases too.
    for code in all() {
        let number = code.number().to_string();
        let Some(at) = code.name().find(&number) else {
            continue;
        };
        let name = format!("{}_{words}", &code.name()[..at + number.len()]);
        if Code::parse(&name) == Some(code) {
            return Some(Found::One(code, name));
        }
    }
    let matches = search(query);
    (!matches.is_empty()).then_some(Found::Search(matches))
}

/// Every code whose phrase has a word starting with each word of `query`,
/// in any case: `too many` finds 429, `gateway` finds 502, 504 and 1014.
fn search(query: &str) -> Vec<Code> {
    let wanted: Vec<String> = query
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    all()
        .filter(|code| {
            let phrase = code.phrase().to_ascii_lowercase();
            let words: Vec<&str> = phrase
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
                .collect();
            wanted
                .iter()
                .all(|w| words.iter().any(|p| p.starts_with(w.as_str())))
        })
        .collect()
}

/// The constant names closest to `query`: within a few edits of the whole
/// name, or of its words alone.
fn suggestions(query: &str) -> Vec<&'static str> {
    let words = words_of(query);
    if words.is_empty() {
        return Vec::new();
    }
    let limit = (words.len() / 4).clamp(1, 3);
    let mut close: Vec<(usize, &'static str)> = all()
        .map(|code| {
            let name = code.name();
            let tail = name.splitn(3, '_').nth(2).unwrap_or(name);
            let distance = edit_distance(&words, name).min(edit_distance(&words, tail));
            (distance, name)
        })
        .filter(|&(distance, _)| distance <= limit)
        .collect();
    close.sort();
    close.into_iter().take(3).map(|(_, name)| name).collect()
}

/// Levenshtein distance between two short ASCII-ish strings. The generator
/// suggests column and category names with the same distance
/// (`status_codes_codegen::edit_distance`); the test below holds the two
/// copies alike, since the binary cannot depend on the generator.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

fn describe(out: &mut impl Write, code: Code, matched: &str) -> std::io::Result<()> {
    let number = code.number();
    writeln!(out, "code:      {number}")?;
    writeln!(out, "phrase:    {}", code.phrase())?;
    let category = Category::of(number).map_or("none", Category::as_str);
    writeln!(out, "category:  {category}")?;
    if code.registration() != Registration::Permanent {
        writeln!(out, "registry:  {}", code.registration())?;
    }
    writeln!(out, "constant:  status::{}", code.name())?;
    match code {
        Code::Http(s) => writeln!(out, "variant:   HttpStatus::{s:?}")?,
        Code::Ws(c) => writeln!(out, "variant:   WsCloseCode::{c:?}")?,
    }
    if matched.parse::<u16>().is_err() && matched != code.name() {
        writeln!(
            out,
            "note:      {matched} is a deprecated alias of {}",
            code.name()
        )?;
    }
    match code {
        Code::Http(s) => {
            // What RFC 9110 says about responses with this status.
            let cacheable = if s.is_heuristically_cacheable() {
                "yes (heuristically, RFC 9110, Section 15.1)"
            } else {
                "only with explicit freshness"
            };
            writeln!(out, "cacheable: {cacheable}")?;
            let content = if s.allows_content() { "yes" } else { "never" };
            writeln!(out, "content:   {content}")?;
        }
        Code::Ws(c) => {
            let sendable = if c.is_sendable() {
                "yes"
            } else {
                "no (reserved for reporting)"
            };
            writeln!(out, "sendable:  {sendable}")?;
        }
    }
    Ok(())
}

fn list_line(out: &mut impl Write, code: Code) -> std::io::Result<()> {
    write!(
        out,
        "{:>5}  {:<42}  {}",
        code.number(),
        code.name(),
        code.phrase()
    )?;
    match code.registration() {
        Registration::Permanent => writeln!(out),
        other => writeln!(out, " ({other})"),
    }
}

/// What to say when nothing matched, on stderr.
fn not_found(query: &str) {
    let mut hint = String::new();
    if let Ok(number) = query.trim().parse::<u16>() {
        if let Some(understood) = HttpStatus::understood_as(number) {
            hint =
                format!(" ({number} is not registered; an HTTP client treats it as {understood})");
        } else if let Some(category) = Category::of(number) {
            hint =
                format!(" ({number} is in category {category}, but no code is registered there)");
        }
    }
    eprintln!(
        "error: `{query}` is not a known HTTP status code, WebSocket close code, name or phrase{hint}"
    );
    match suggestions(query).as_slice() {
        [] => eprintln!(
            "help: try a number such as 404, a name such as HTTP_404_NOT_FOUND, words such as `too many`, or --list"
        ),
        names => eprintln!("help: did you mean {}?", names.join(", or ")),
    }
}

fn run(query: &str) -> std::io::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match lookup(query) {
        Some(Found::One(code, matched)) => describe(&mut out, code, &matched)?,
        Some(Found::Search(codes)) => {
            for code in codes {
                list_line(&mut out, code)?;
            }
        }
        None => {
            not_found(query);
            return Ok(ExitCode::FAILURE);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        [flag] if flag == "--help" || flag == "-h" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [flag] if flag == "--list" || flag == "-l" => {
            let mut out = std::io::stdout().lock();
            all()
                .try_for_each(|code| list_line(&mut out, code))
                .map(|()| ExitCode::SUCCESS)
        }
        [flag, ..] if flag.starts_with("--") => {
            eprintln!("error: unknown option `{flag}`\n\n{USAGE}");
            return ExitCode::from(2);
        }
        words => run(&words.join(" ")),
    };
    // A closed pipe (`| head`) just ends the output.
    result.unwrap_or(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lookup tool's distance is the generator's, on every pair of
    /// known names and their words (what the tool compares queries with),
    /// and on a few edge cases.
    #[test]
    fn edit_distance_is_the_generators() {
        let mut words: Vec<&str> = all().map(|code| code.name()).collect();
        words.extend(all().map(|code| code.name().splitn(3, '_').nth(2).unwrap_or("")));
        words.extend(["", "a", "ab", "ba", "kitten", "sitting", "ÄÖ"]);
        for a in &words {
            for b in &words {
                assert_eq!(
                    edit_distance(a, b),
                    status_codes_codegen::edit_distance(a, b),
                    "{a:?} ~ {b:?}"
                );
            }
        }
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
