//! The six values of the `category` column and the number range of each,
//! and the WebSocket protocol's own range, [`WS_PROTOCOL_CODES`].
//!
//! The library has its own `status_codes::Category` with the same names and
//! ranges, and `WsCloseCode::is_protocol_range` (the generator cannot depend
//! on the library it generates); a test in the library,
//! `tests/generator_agrees.rs`, holds each pair to each other over every
//! `u16`.

use std::fmt;
use std::ops::RangeInclusive;

/// The class a code belongs to, decided by its number alone: the five HTTP
/// classes of RFC 9110, Section 15, and WebSocket close codes (RFC 6455,
/// Section 7.4.2).
///
/// ```
/// use status_codes_codegen::Category;
///
/// assert_eq!(Category::of(404), Some(Category::ClientError));
/// assert_eq!(Category::ClientError.as_str(), "client_error");
/// assert_eq!(Category::WebSocket.first(), 1000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// 1xx (100-199).
    Informational,
    /// 2xx (200-299).
    Success,
    /// 3xx (300-399).
    Redirection,
    /// 4xx (400-499).
    ClientError,
    /// 5xx (500-599).
    ServerError,
    /// 1000-4999.
    WebSocket,
}

impl Category {
    /// Every category, in order of their ranges.
    pub const ALL: [Self; 6] = [
        Self::Informational,
        Self::Success,
        Self::Redirection,
        Self::ClientError,
        Self::ServerError,
        Self::WebSocket,
    ];

    /// The category whose range holds `number`, if any.
    ///
    /// ```
    /// use status_codes_codegen::Category;
    ///
    /// assert_eq!(Category::of(1000), Some(Category::WebSocket));
    /// assert_eq!(Category::of(600), None);
    /// ```
    pub fn of(number: u16) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.contains(number))
    }

    /// The category spelt `name` in the `category` column, exactly.
    ///
    /// ```
    /// use status_codes_codegen::Category;
    ///
    /// assert_eq!(Category::named("client_error"), Some(Category::ClientError));
    /// assert_eq!(Category::named("ClientError"), None);
    /// ```
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// The lowest number in the category.
    pub const fn first(self) -> u16 {
        match self {
            Self::Informational => 100,
            Self::Success => 200,
            Self::Redirection => 300,
            Self::ClientError => 400,
            Self::ServerError => 500,
            Self::WebSocket => 1000,
        }
    }

    /// The highest number in the category.
    pub const fn last(self) -> u16 {
        match self {
            Self::WebSocket => 4999,
            other => other.first() + 99,
        }
    }

    /// Whether `number` is in the category's range.
    pub const fn contains(self, number: u16) -> bool {
        self.first() <= number && number <= self.last()
    }

    /// The spelling in the `category` column, `client_error`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Informational => "informational",
            Self::Success => "success",
            Self::Redirection => "redirection",
            Self::ClientError => "client_error",
            Self::ServerError => "server_error",
            Self::WebSocket => "websocket",
        }
    }
}

/// The WebSocket close codes that RFC 6455 keeps for the protocol itself
/// (Section 7.4.2), the only ones a row may mark `reporting_only`; the others
/// may always be sent. The library's `WsCloseCode::is_protocol_range` is the
/// same range, held to this one by its `tests/generator_agrees.rs`.
///
/// ```
/// assert!(status_codes_codegen::WS_PROTOCOL_CODES.contains(&1008));
/// assert!(!status_codes_codegen::WS_PROTOCOL_CODES.contains(&3000));
/// ```
pub const WS_PROTOCOL_CODES: RangeInclusive<u16> = 1000..=2999;

/// Prints the CSV spelling, as [`Category::as_str`] does.
impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
