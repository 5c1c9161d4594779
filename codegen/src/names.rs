//! What a constant's name says: its prefix, its number and its words, and
//! the enum variant and default phrase the words give. Pure checks, like
//! those in `checks.rs`; the caller places their problems on the row.

use proc_macro2::Ident;

use super::error::Problem;
use super::Category;
use super::Kind;

const EXAMPLE: &str = "names look like HTTP_404_NOT_FOUND or WS_1008_POLICY_VIOLATION";

/// What a valid name's words give: `HTTP_404_NOT_FOUND` -> `NotFound` and
/// `Not Found`.
pub(crate) struct Words {
    pub(crate) variant: String,
    pub(crate) title: String,
}

/// Checks the name's characters and shape against the row's number and
/// category (where those are valid); returns what its words give, or every
/// problem found before the name became unreadable.
pub(crate) fn check_name(
    name: &str,
    number: Option<u16>,
    category: Option<Category>,
) -> Result<Words, Vec<Problem>> {
    characters(name).map_err(|p| vec![p])?;
    let kind = prefix(name, number, category).map_err(|p| vec![p])?;
    let rest = &name[kind.prefix().len()..];
    let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, words) = rest.split_at(digits_len);
    let mut problems = Vec::new();
    if let Some(c) = category.filter(|&c| Kind::of(c) != kind) {
        problems.push(Problem::new(
            format!(
                "{name} starts with `{}`, but category `{c}` is {}",
                kind.prefix(),
                describe(Kind::of(c))
            ),
            format!(
                "rename it to {}{rest}, or change the category",
                Kind::of(c).prefix()
            ),
        ));
    }
    if digits.is_empty() {
        let help = match number {
            Some(n) => format!(
                "put the number after the prefix: {}{n}_{rest}",
                kind.prefix()
            ),
            None => EXAMPLE.to_owned(),
        };
        problems.push(Problem::new(
            format!("{name} has no number after `{}`", kind.prefix()),
            help,
        ));
        return Err(problems);
    }
    if let Some(n) = number.filter(|n| digits != n.to_string()) {
        problems.push(Problem::new(
            format!("{name} carries the number {digits}, but column `number` is {n}"),
            format!(
                "make them agree: {}{n}{words} or number {digits}",
                kind.prefix()
            ),
        ));
    }
    match self::words(name, words) {
        Ok(words) if problems.is_empty() => Ok(words),
        Ok(_) => Err(problems),
        Err(problem) => {
            problems.push(problem);
            Err(problems)
        }
    }
}

/// Upper-case ASCII letters, digits and underscores only.
fn characters(name: &str) -> Result<(), Problem> {
    let Some(bad) = name
        .chars()
        .find(|&ch| !(ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_'))
    else {
        return Ok(());
    };
    let upper = name.to_ascii_uppercase();
    let help = if upper != name && upper.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!("use upper case: {upper}")
    } else {
        format!("use only upper-case ASCII letters, digits and underscores; {EXAMPLE}")
    };
    Err(Problem::new(
        format!(
            "{name:?} contains {bad:?}, which is not an upper-case ASCII letter, digit or underscore"
        ),
        help,
    ))
}

/// `HTTP_` or `WS_`: which enum the name is for.
fn prefix(name: &str, number: Option<u16>, category: Option<Category>) -> Result<Kind, Problem> {
    if let Some(kind) = [Kind::Http, Kind::WebSocket]
        .into_iter()
        .find(|k| name.starts_with(k.prefix()))
    {
        return Ok(kind);
    }
    let help = match (category, number) {
        (Some(c), Some(n)) => {
            // Keep the words: after the number if the name has it
            // (`HTTPS_404_NOT_FOUND`), else the whole name (`NOT_FOUND`).
            let number = format!("_{n}_");
            let words = match name.find(&number) {
                Some(at) => &name[at + number.len()..],
                None => name.trim_start_matches('_'),
            };
            format!("for this row: {}{n}_{words}", Kind::of(c).prefix())
        }
        _ => EXAMPLE.to_owned(),
    };
    Err(Problem::new(
        format!("{name} must start with `HTTP_` or `WS_`"),
        help,
    ))
}

/// The phrase a valid name gives when its row has none, `Not Found` for
/// `HTTP_404_NOT_FOUND`; `None` for a name the checks would reject.
///
/// ```
/// use status_codes_codegen::default_phrase;
///
/// assert_eq!(default_phrase("HTTP_404_NOT_FOUND").as_deref(), Some("Not Found"));
/// assert_eq!(default_phrase("http_404"), None);
/// ```
pub fn default_phrase(name: &str) -> Option<String> {
    check_name(name, None, None).ok().map(|words| words.title)
}

/// What the categories of a kind are called in messages.
fn describe(kind: Kind) -> &'static str {
    match kind {
        Kind::Http => "an HTTP category",
        Kind::WebSocket => "the WebSocket category",
    }
}

/// The words after the number (`_NOT_FOUND`): at least one, none empty, and
/// giving a variant that is a Rust identifier.
fn words(name: &str, after_number: &str) -> Result<Words, Problem> {
    let Some(words) = after_number.strip_prefix('_').filter(|w| !w.is_empty()) else {
        return Err(Problem::new(
            format!("{name} has no words after the number"),
            "describe the code in words after the number, as in HTTP_404_NOT_FOUND",
        ));
    };
    if words.split('_').any(str::is_empty) {
        return Err(Problem::new(
            format!("{name} has an empty word (two underscores in a row, or one at the end)"),
            "separate the words with single underscores",
        ));
    }
    let variant: String = words.split('_').map(upper_camel).collect();
    identifier(&variant).map_err(|(why, help)| {
        Problem::new(
            format!("{name} would be the variant `{variant}`, which {why}"),
            help,
        )
    })?;
    Ok(Words {
        variant,
        title: title_case(words),
    })
}

/// Whether `variant` is usable as a Rust identifier, as syn sees it; if not,
/// why not and what to do.
fn identifier(variant: &str) -> Result<(), (&'static str, &'static str)> {
    if syn::parse_str::<Ident>(variant).is_ok() {
        Ok(())
    } else if variant.starts_with(|c: char| c.is_ascii_digit()) {
        Err((
            "is not a valid Rust identifier (it starts with a digit)",
            "start the words after the number with a letter, as in HTTP_401_TWO_FACTOR_REQUIRED",
        ))
    } else {
        Err((
            "is a Rust keyword",
            "choose other words after the number, or add one, as in HTTP_299_SELF_REFERENCE",
        ))
    }
}

/// `NOT` -> `Not`, `2FA` -> `2fa`.
fn upper_camel(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let mut chars = lower.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `NETWORK_CONNECT_TIMEOUT` -> `Network Connect Timeout`.
fn title_case(words: &str) -> String {
    let words: Vec<String> = words.split('_').map(upper_camel).collect();
    words.join(" ")
}
