//! The two kinds of code, each with a generated enum of its own.
//!
//! Like `category.rs`, this file is shared: the library uses it in its error
//! messages, and the build script's generator includes it to sort rows into
//! enums. It therefore depends on `core` only.

use super::Category;

/// Which generated enum a code belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `HttpStatus`: the five HTTP categories, names starting `HTTP_`.
    Http,
    /// `WsCloseCode`: category `websocket`, names starting `WS_`.
    WebSocket,
}

impl Kind {
    /// The kind of every code in `category`. The generator sorts rows into
    /// enums with it; the library's enums already know their kind.
    #[allow(dead_code)]
    pub const fn of(category: Category) -> Kind {
        match category {
            Category::WebSocket => Kind::WebSocket,
            _ => Kind::Http,
        }
    }

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
