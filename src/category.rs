//! The six categories and the number ranges that define them.
//!
//! The generator (`status-codes-codegen`) checks the `category` column of
//! `data/status.csv` with a `Category` of its own, since it cannot depend on
//! the library it generates; `tests/generator_agrees.rs` holds the two to
//! the same names and ranges over every `u16`.

use core::fmt;
use core::ops::RangeInclusive;
use core::str::FromStr;

/// The class a status code belongs to, decided by its number alone.
///
/// HTTP status codes fall into five classes by their first digit
/// (RFC 9110, Section 15); WebSocket close codes are 1000-4999
/// (RFC 6455, Section 7.4.2).
///
/// ```
/// use status_codes::{Category, HttpStatus};
///
/// assert_eq!(Category::of(404), Some(Category::ClientError));
/// assert_eq!(HttpStatus::NotFound.category(), Category::ClientError);
/// assert_eq!(Category::ClientError.as_str(), "client_error");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// 1xx (100-199): the request was received, processing continues.
    Informational,
    /// 2xx (200-299): the request was received, understood and accepted.
    Success,
    /// 3xx (300-399): the client has to act further to complete the request.
    Redirection,
    /// 4xx (400-499): the request contains an error or cannot be fulfilled.
    ClientError,
    /// 5xx (500-599): the server failed to fulfil a valid request.
    ServerError,
    /// 1000-4999: a WebSocket close code.
    WebSocket,
}

impl Category {
    /// Every category, in order of their ranges.
    ///
    /// ```
    /// use status_codes::Category;
    ///
    /// assert_eq!(Category::ALL.len(), 6);
    /// assert_eq!(Category::ALL[0], Category::Informational);
    /// ```
    pub const ALL: [Self; 6] = [
        Self::Informational,
        Self::Success,
        Self::Redirection,
        Self::ClientError,
        Self::ServerError,
        Self::WebSocket,
    ];

    /// Classifies any number by range; `None` when it is in no category.
    ///
    /// ```
    /// use status_codes::Category;
    ///
    /// assert_eq!(Category::of(299), Some(Category::Success));
    /// assert_eq!(Category::of(4001), Some(Category::WebSocket));
    /// assert_eq!(Category::of(600), None);
    /// assert_eq!(Category::of(99), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn of(number: u16) -> Option<Self> {
        let hundred = (number / 100) as usize;
        if hundred < BY_HUNDRED.len() {
            BY_HUNDRED[hundred]
        } else {
            None
        }
    }

    /// The lowest number in this category.
    ///
    /// ```
    /// use status_codes::Category;
    ///
    /// assert_eq!(Category::Redirection.first(), 300);
    /// assert_eq!(Category::WebSocket.first(), 1000);
    /// ```
    #[must_use]
    #[inline]
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

    /// The highest number in this category.
    ///
    /// ```
    /// use status_codes::Category;
    ///
    /// assert_eq!(Category::Redirection.last(), 399);
    /// assert_eq!(Category::WebSocket.last(), 4999);
    /// ```
    #[must_use]
    #[inline]
    pub const fn last(self) -> u16 {
        match self {
            Self::WebSocket => 4999,
            other => other.first() + 99,
        }
    }

    /// The numbers in this category, `first()..=last()`.
    ///
    /// ```
    /// use status_codes::Category;
    ///
    /// assert!(Category::ServerError.range().contains(&503));
    /// assert!(!Category::ServerError.range().contains(&600));
    /// ```
    #[must_use]
    #[inline]
    pub const fn range(self) -> RangeInclusive<u16> {
        RangeInclusive::new(self.first(), self.last())
    }

    /// Whether `number` lies in this category's range.
    ///
    /// ```
    /// use status_codes::Category;
    ///
    /// assert!(Category::ClientError.contains(418));
    /// assert!(!Category::ClientError.contains(500));
    /// ```
    #[must_use]
    #[inline]
    pub const fn contains(self, number: u16) -> bool {
        number >= self.first() && number <= self.last()
    }

    /// Whether this is one of the five HTTP categories.
    ///
    /// ```
    /// use status_codes::Category;
    ///
    /// assert!(Category::Success.is_http());
    /// assert!(!Category::WebSocket.is_http());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_http(self) -> bool {
        !matches!(self, Self::WebSocket)
    }

    /// The spelling used in the `category` column of `data/status.csv`.
    ///
    /// ```
    /// use status_codes::Category;
    ///
    /// assert_eq!(Category::WebSocket.as_str(), "websocket");
    /// assert_eq!("client_error".parse(), Ok(Category::ClientError));
    /// ```
    #[must_use]
    #[inline]
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

/// How many hundreds the categories reach: up to the last one's `last`.
const HUNDREDS: usize = Category::ALL[Category::ALL.len() - 1].last() as usize / 100 + 1;

/// The category of each hundred numbers (`BY_HUNDRED[4]` holds 400-499),
/// built from `first` and `last` at compile time: [`Category::of`] is one
/// load, whatever the number. Every range starts and ends on a hundred,
/// which the build checks.
const BY_HUNDRED: [Option<Category>; HUNDREDS] = {
    let mut table = [None; HUNDREDS];
    let mut i = 0;
    while i < Category::ALL.len() {
        let category = Category::ALL[i];
        let (first, last) = (category.first(), category.last());
        assert!(first % 100 == 0 && last % 100 == 99);
        let mut hundred = first / 100;
        while hundred <= last / 100 {
            table[hundred as usize] = Some(category);
            hundred += 1;
        }
        i += 1;
    }
    // No longer than it needs to be: the last hundred has a category.
    assert!(table[HUNDREDS - 1].is_some());
    table
};

/// Prints the CSV spelling, as [`Category::as_str`] does.
///
/// ```
/// use status_codes::Category;
///
/// assert_eq!(Category::ServerError.to_string(), "server_error");
/// ```
impl fmt::Display for Category {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Parses the CSV spelling (`"client_error"`), exactly as [`Category::as_str`]
/// prints it.
///
/// ```
/// use status_codes::Category;
///
/// assert_eq!("websocket".parse::<Category>(), Ok(Category::WebSocket));
/// assert!("ClientError".parse::<Category>().is_err());
/// ```
impl FromStr for Category {
    type Err = ParseCategoryError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .copied()
            .find(|category| category.as_str() == s)
            .ok_or(ParseCategoryError(()))
    }
}

/// The error returned when a string is not one of the six category names.
///
/// ```
/// use status_codes::Category;
///
/// let err = "teapot".parse::<Category>().unwrap_err();
/// assert!(err.to_string().contains("client_error"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseCategoryError(());

impl fmt::Display for ParseCategoryError {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown category; expected one of ")?;
        for (i, category) in Category::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(category.as_str())?;
        }
        Ok(())
    }
}
