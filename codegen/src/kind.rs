//! The two kinds of code, each with a generated enum of its own.

use crate::Category;

/// Which generated enum a code belongs to: `HttpStatus` or `WsCloseCode`.
///
/// ```
/// use status_codes_codegen::{Category, Kind};
///
/// assert_eq!(Kind::of(Category::ClientError), Kind::Http);
/// assert_eq!(Kind::WebSocket.prefix(), "WS_");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `HttpStatus`: the five HTTP categories, names starting `HTTP_`.
    Http,
    /// `WsCloseCode`: category `websocket`, names starting `WS_`.
    WebSocket,
}

impl Kind {
    /// The kind of every code in `category`.
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
}
