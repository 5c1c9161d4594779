//! The text of the generated doc comments: CSV text made safe for rustdoc,
//! and the docs of each row's items (the enums' own docs are in `spec.rs`).

use proc_macro2::TokenStream;
use quote::quote;

use super::model::{Code, Registration};
use super::Category;

/// `#[doc]` attributes for `text`, one per line, so prettyplease prints
/// `///` comments.
pub(crate) fn docs<S: AsRef<str>>(lines: impl IntoIterator<Item = S>) -> TokenStream {
    let lines = lines.into_iter().flat_map(|text| {
        let text = text.as_ref();
        let split: Vec<String> = text
            .split('\n')
            .map(|line| {
                if line.is_empty() {
                    String::new()
                } else {
                    format!(" {line}")
                }
            })
            .collect();
        split
    });
    quote! { #(#[doc = #lines])* }
}

/// Escapes text from the CSV for a doc comment: Markdown punctuation is
/// backslash-escaped and URLs become autolinks, so rustdoc renders the text
/// as written and its lints (broken links, bare URLs, HTML tags) stay quiet.
pub(crate) fn doc_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let url_start = ["https://", "http://"]
            .iter()
            .filter_map(|scheme| word.find(scheme))
            .min();
        let Some(start) = url_start else {
            escape_markdown(word, &mut out);
            continue;
        };
        // `(see https://x.org/a).` -> `\(see <https://x.org/a>\).`
        let rest = &word[start..];
        let url = rest.trim_end_matches(|c| ").,;:!?'\"]".contains(c));
        escape_markdown(&word[..start], &mut out);
        out.push('<');
        for ch in url.chars() {
            match ch {
                '<' => out.push_str("%3C"),
                '>' => out.push_str("%3E"),
                '`' => out.push_str("%60"),
                _ => out.push(ch),
            }
        }
        out.push('>');
        escape_markdown(&rest[url.len()..], &mut out);
    }
    out
}

/// `Reference: RFC 9110, Section 15.5.5.`, without doubling a final stop,
/// the RFC as a link.
pub(crate) fn reference_line(reference: &str) -> String {
    let stop = if reference.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    format!("Reference: {}{stop}", reference_text(reference))
}

/// Reference text for the docs: every `RFC 9110` (with `, Section 15.5.5`
/// when it follows) becomes a link to that RFC and section at the RFC
/// Editor; the rest is [`doc_text`]. The CSV stays plain text.
pub(crate) fn reference_text(reference: &str) -> String {
    let mut out = String::with_capacity(reference.len() + 64);
    let mut rest = reference;
    while let Some(cite) = next_rfc(rest) {
        out.push_str(&doc_text(&rest[..cite.start]));
        let anchor = cite
            .section
            .map_or_else(String::new, |section| format!("#section-{section}"));
        out.push_str(&format!(
            "[{}](https://www.rfc-editor.org/rfc/rfc{}{anchor})",
            &rest[cite.start..cite.end],
            cite.number
        ));
        rest = &rest[cite.end..];
    }
    out.push_str(&doc_text(rest));
    out
}

/// Where an RFC is cited in a text: `RFC 9110` or `RFC9110`, as a word of
/// its own, and the `, Section 15.5.5` after it.
#[derive(Debug, PartialEq, Eq)]
struct Citation<'a> {
    start: usize,
    end: usize,
    number: &'a str,
    section: Option<&'a str>,
}

fn next_rfc(text: &str) -> Option<Citation<'_>> {
    let mut from = 0;
    while let Some(found) = text[from..].find("RFC") {
        let start = from + found;
        from = start + "RFC".len();
        let after = &text[from..];
        let spaced = after.strip_prefix(' ').unwrap_or(after);
        let digits = spaced.bytes().take_while(u8::is_ascii_digit).count();
        let word_before = text[..start].ends_with(|c: char| c.is_alphanumeric());
        let word_after = spaced[digits..].starts_with(|c: char| c.is_alphanumeric());
        if digits == 0 || word_before || word_after {
            continue;
        }
        let number = &spaced[..digits];
        let mut end = start + text[start..].len() - spaced.len() + digits;
        let section = text[end..].strip_prefix(", Section ").and_then(|s| {
            let len = s
                .bytes()
                .take_while(|b| b.is_ascii_digit() || *b == b'.')
                .count();
            let section = s[..len].trim_end_matches('.');
            section
                .starts_with(|c: char| c.is_ascii_digit())
                .then_some(section)
        });
        if let Some(section) = section {
            end += ", Section ".len() + section.len();
        }
        return Some(Citation {
            start,
            end,
            number,
            section,
        });
    }
    None
}

fn escape_markdown(text: &str, out: &mut String) {
    for ch in text.chars() {
        if "\\`*_[]<>&~|!{}#".contains(ch) {
            out.push('\\');
        }
        out.push(ch);
    }
}

/// What the registration and the flags of a row say, a paragraph each.
fn facts(code: &Code) -> Vec<String> {
    let mut facts = Vec::new();
    if code.flags.get("reporting_only") {
        facts.push(
            "Reserved for reporting: an endpoint may report this code to its application, \
             but must never send it in a Close frame."
                .to_owned(),
        );
    }
    if code.flags.get("heuristically_cacheable") {
        facts.push(
            "Heuristically cacheable: a cache may store a response with this status and \
             reuse it without explicit freshness information (RFC 9110, Section 15.1)."
                .to_owned(),
        );
    }
    if code.flags.get("no_content") {
        // 1xx as a class (Section 15.2); the others each in their definition.
        let source = match (code.category, &code.reference) {
            (Category::Informational, _) => " (RFC 9110, Section 15.2)".to_owned(),
            (_, Some(reference)) => format!(" ({reference})"),
            (_, None) => String::new(),
        };
        facts.push(format!(
            "Never carries content: a response with this status ends after its header \
             section{source}."
        ));
    }
    // Cite the RFCs as links, as references are.
    let facts = facts.iter().map(|fact| reference_text(fact));
    // The registration comes first, written as Markdown (its date is digits
    // and hyphens, checked by `checks::registration`).
    let registration = match &code.registration {
        Registration::Permanent => None,
        Registration::Temporary { expires } => Some(format!(
            "A temporary IANA registration, expires {expires}; the registry, not the date, \
             decides whether it stands (see [`Registration`](crate::Registration))."
        )),
        Registration::Obsoleted => Some(
            "IANA marks this registration obsoleted (see \
             [`Registration`](crate::Registration))."
                .to_owned(),
        ),
        Registration::Lapsed => Some(
            "Deprecated: the temporary IANA registration lapsed and the registry no longer \
             lists the code. It stays, so that code using it still compiles (see \
             [`Registration`](crate::Registration))."
                .to_owned(),
        ),
        Registration::Removed => Some(
            "Deprecated: IANA removed the code and the registry no longer lists it. It \
             stays, so that code using it still compiles (see \
             [`Registration`](crate::Registration))."
                .to_owned(),
        ),
    };
    registration.into_iter().chain(facts).collect()
}

/// The doc lines of a canonical code: `404 Not Found`, then its facts.
pub(crate) fn row_doc(code: &Code, link: &str) -> TokenStream {
    let mut lines = vec![format!("{} {}", code.number, doc_text(&code.phrase))];
    for fact in facts(code) {
        lines.push(String::new());
        lines.push(fact);
    }
    if let Some(reference) = &code.reference {
        lines.push(String::new());
        lines.push(reference_line(reference));
    }
    lines.push(String::new());
    lines.push(link.to_owned());
    docs(lines)
}
