//! The two kinds of code, each with a generated enum of its own, as the
//! library's error messages name them. (The generator's `Kind` sorts rows
//! into the enums; the test below holds the prefixes alike, and
//! `tests/generator_agrees.rs` holds every name to parse by them.)

/// Which generated enum a code belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `HttpStatus`: the five HTTP categories, names starting `HTTP_`.
    Http,
    /// `WsCloseCode`: category `websocket`, names starting `WS_`.
    WebSocket,
}

impl Kind {
    /// The prefix every constant name of this kind starts with.
    pub const fn prefix(self) -> &'static str {
        match self {
            Kind::Http => "HTTP_",
            Kind::WebSocket => "WS_",
        }
    }

    /// What one code of this kind is called, `HTTP status code`.
    pub const fn noun(self) -> &'static str {
        match self {
            Kind::Http => "HTTP status code",
            Kind::WebSocket => "WebSocket close code",
        }
    }

    /// The noun with its article, `an HTTP status code`.
    pub const fn with_article(self) -> &'static str {
        match self {
            Kind::Http => "an HTTP status code",
            Kind::WebSocket => "a WebSocket close code",
        }
    }

    /// What a valid string looks like, for parse errors.
    pub const fn example(self) -> &'static str {
        match self {
            Kind::Http => "`404` or `HTTP_404_NOT_FOUND`",
            Kind::WebSocket => "`1008` or `WS_1008_POLICY_VIOLATION`",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Kind;
    use status_codes_codegen as codegen;

    /// Parsing a name skips its kind's prefix by length and compares the
    /// whole name, so a prefix of the right length but other letters would
    /// pass every parsing test: the prefixes themselves are held here.
    #[test]
    fn each_kind_has_the_generators_prefix() {
        for (ours, generators) in [
            (Kind::Http, codegen::Kind::Http),
            (Kind::WebSocket, codegen::Kind::WebSocket),
        ] {
            assert_eq!(ours.prefix(), generators.prefix(), "{ours:?}");
        }
    }
}
