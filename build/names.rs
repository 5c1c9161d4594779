//! What a constant's name says: its prefix, its number and its words, and
//! the enum variant and default phrase the words give.

use proc_macro2::Ident;

use super::columns::Column;
use super::error::Sink;
use super::model::Kind;
use super::read::Row;
use super::Category;

/// What a valid name's words give: `HTTP_404_NOT_FOUND` -> `NotFound` and
/// `Not Found`.
pub(crate) struct Words {
    pub(crate) variant: String,
    pub(crate) title: String,
}

/// Checks the name's characters and shape against its number and category;
/// returns what its words give.
pub(crate) fn check_name(
    row: &Row,
    name: &str,
    number: Option<u16>,
    category: Option<Category>,
    sink: &mut Sink,
) -> Option<Words> {
    let example = "names look like HTTP_404_NOT_FOUND or WS_1008_POLICY_VIOLATION";
    if let Some(bad) = name
        .chars()
        .find(|&ch| !(ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '_'))
    {
        let upper = name.to_ascii_uppercase();
        let help = if upper != name && upper.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            format!("use upper case: {upper}")
        } else {
            format!("use only upper-case ASCII letters, digits and underscores; {example}")
        };
        sink.push(
            row,
            Some(Column::Name),
            format!("{name:?} contains {bad:?}, which is not an upper-case ASCII letter, digit or underscore"),
            help,
        );
        return None;
    }
    let Some(kind) = [Kind::Http, Kind::WebSocket]
        .into_iter()
        .find(|k| name.starts_with(k.prefix()))
    else {
        let help = match (category, number) {
            (Some(c), Some(n)) => format!(
                "for this row: {}{n}_{}",
                Kind::of(c).prefix(),
                name.trim_start_matches('_')
            ),
            _ => example.to_owned(),
        };
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} must start with `HTTP_` or `WS_`"),
            help,
        );
        return None;
    };
    let rest = &name[kind.prefix().len()..];
    let digits_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, words) = rest.split_at(digits_len);
    let mut ok = true;
    if let Some(c) = category {
        if Kind::of(c) != kind {
            let other = Kind::of(c).prefix();
            sink.push(
                row,
                Some(Column::Name),
                format!(
                    "{name} starts with `{}`, but category `{c}` is {}",
                    kind.prefix(),
                    Kind::of(c).describe()
                ),
                format!("rename it to {other}{rest}, or change the category"),
            );
            ok = false;
        }
    }
    if digits.is_empty() {
        let help = match number {
            Some(n) => format!(
                "put the number after the prefix: {}{n}_{rest}",
                kind.prefix()
            ),
            None => example.to_owned(),
        };
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} has no number after `{}`", kind.prefix()),
            help,
        );
        return None;
    }
    if let Some(n) = number {
        if digits != n.to_string() {
            sink.push(
                row,
                Some(Column::Name),
                format!("{name} carries the number {digits}, but column `number` is {n}"),
                format!(
                    "make them agree: {}{n}{words} or number {digits}",
                    kind.prefix()
                ),
            );
            ok = false;
        }
    }
    let Some(words) = words.strip_prefix('_').filter(|w| !w.is_empty()) else {
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} has no words after the number"),
            "describe the code in words after the number, as in HTTP_404_NOT_FOUND",
        );
        return None;
    };
    if words.split('_').any(str::is_empty) {
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} has an empty word (two underscores in a row, or one at the end)"),
            "separate the words with single underscores",
        );
        return None;
    }
    let variant: String = words.split('_').map(upper_camel).collect();
    if let Err((why, help)) = check_ident(&variant) {
        sink.push(
            row,
            Some(Column::Name),
            format!("{name} would be the variant `{variant}`, which {why}"),
            help,
        );
        return None;
    }
    let title = title_case(words);
    ok.then_some(Words { variant, title })
}

/// Whether `variant` is usable as a Rust identifier, as syn sees it; if not,
/// why not and what to do.
fn check_ident(variant: &str) -> Result<(), (&'static str, &'static str)> {
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
