//! What differs between the two generated enums, `HttpStatus` and
//! `WsCloseCode`: their names, the texts of their docs, and the code their
//! examples show.

use super::model::Code;
use super::Kind;

/// What differs between the two generated enums.
pub(crate) struct EnumSpec {
    pub(crate) kind: Kind,
    pub(crate) ty: &'static str,
    /// The name of the list macro of every name of the enum's rows, from
    /// which `src/` defines typed constants.
    pub(crate) names_macro: &'static str,
    /// What the name of the enum's lookup tables starts with, `HTTP` in `HTTP_TABLE`.
    pub(crate) data: &'static str,
    /// The IANA registry of the kind, for deprecation notes.
    pub(crate) registry: &'static str,
    /// What the enum holds, before the generated example.
    pub(crate) about: &'static str,
    /// The code the example shows, when the table has it.
    pub(crate) example: u16,
}

pub(crate) const HTTP: EnumSpec = EnumSpec {
    kind: Kind::Http,
    ty: "HttpStatus",
    names_macro: "http_names",
    data: "HTTP",
    registry: "IANA HTTP Status Code Registry",
    about: "An HTTP status code from the IANA HTTP Status Code Registry, one variant per code.",
    example: 404,
};

pub(crate) const WS: EnumSpec = EnumSpec {
    kind: Kind::WebSocket,
    ty: "WsCloseCode",
    names_macro: "ws_names",
    data: "WS",
    registry: "IANA WebSocket Close Code Number Registry",
    about: "A WebSocket close code from the IANA WebSocket Close Code Number Registry, one
variant per code. Which codes may be sent in a Close frame is explained in the
[crate docs](crate#sending-websocket-close-codes).",
    example: 1008,
};

impl EnumSpec {
    /// The row the examples in the docs show: the preferred code, else the
    /// first row.
    pub(crate) fn example<'a>(&self, codes: &'a [Code]) -> Option<&'a Code> {
        codes
            .iter()
            .find(|c| c.number == self.example)
            .or(codes.first())
    }

    /// The docs of `code()`.
    pub(crate) fn code_method_doc(&self, codes: &[Code]) -> String {
        let summary = "The numeric code; for a variant, the same as `self as u16`.";
        match self.example(codes) {
            Some(c) => format!(
                "{summary}\n\n```\nuse status_codes::{ty};\n\nassert_eq!({ty}::{v}.code(), {n});\n```",
                ty = self.ty,
                v = c.variant,
                n = c.number
            ),
            None => summary.to_owned(),
        }
    }

    /// The docs of `ALL`.
    pub(crate) fn all_doc(&self) -> String {
        let ty = self.ty;
        format!(
            "Every variant, sorted by code.\n\n```\nuse status_codes::{ty};\n\n\
             assert!({ty}::ALL.windows(2).all(|w| w[0].code() < w[1].code()));\n\
             assert!({ty}::ALL.iter().all(|&c| {ty}::from_code(c.code()) == Some(c)));\n```"
        )
    }

    /// The enum's docs, with an example built from a row of the table (so
    /// the doctest holds for any valid CSV).
    pub(crate) fn doc(&self, codes: &[Code]) -> String {
        let ty = self.ty;
        let Some(code) = self.example(codes) else {
            return self.about.to_owned();
        };
        let (n, variant, name) = (code.number, &code.variant, &code.name);
        let display = format!("{n} {}", code.phrase)
            .replace('\\', "\\\\")
            .replace('"', "\\\"");
        format!(
            "{about}

The discriminant is the code, so `{ty}::{variant} as u16 == {n}`. The enum is
`#[non_exhaustive]`: a row added to `data/status.csv` is not a breaking change.

```
use status_codes::{ty};

let code = {ty}::from_code({n}).unwrap();
assert_eq!(code, {ty}::{variant});
assert_eq!(code.to_string(), \"{display}\");
assert_eq!(\"{name}\".parse(), Ok(code));
```",
            about = self.about
        )
    }
}
