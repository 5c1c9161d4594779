//! [`CloseCode`]: any close code a Close frame can carry, every `u16`, as
//! tungstenite's `CloseCode` keeps them; the value a service passes around.
//! [`WsCloseCode`] is the registry's codes, for exhaustive `match`.

use core::fmt;

use crate::generated::{flag, WS_TABLE};
use crate::kind::Kind;
use crate::table::Failure;
use crate::text::write_number_and_note;
use crate::{ParseCodeError, Registration, UnknownCode, WsCloseCode};

/// Any WebSocket close code, registered or not: every number the two bytes
/// of a Close frame's code can hold.
///
/// Use it where a close code travels: an application's own code
/// (4000-4999, such as `4001`), a code a newer registry adds, or whatever a
/// peer sent, even a code it should not have. A registered code answers
/// everything [`WsCloseCode`] does; any other code answers by the ranges of
/// RFC 6455, Section 7.4.2 (whether it may be sent, which range it is in).
/// For an exhaustive `match` over the registry, take [`CloseCode::known`].
///
/// The FastAPI names are associated constants, so
/// `status.WS_1008_POLICY_VIOLATION` ports as
/// `CloseCode::WS_1008_POLICY_VIOLATION`.
///
/// ```
/// use status_codes::{CloseCode, WsCloseCode};
///
/// let policy = CloseCode::WS_1008_POLICY_VIOLATION;
/// assert_eq!(policy.to_string(), "1008 Policy Violation");
/// assert_eq!(policy.known(), Some(WsCloseCode::PolicyViolation));
///
/// // An application's own code may be sent, registered or not.
/// let game_over = CloseCode::new(4001);
/// assert!(game_over.is_private_use());
/// assert!(game_over.can_send());
/// assert_eq!("4001".parse(), Ok(game_over));
///
/// // A private-use code that the table leaves free:
/// let free = (4000..5000).find(|&c| WsCloseCode::from_code(c).is_none()).unwrap();
/// assert_eq!(CloseCode::new(free).known(), None);
/// assert_eq!(CloseCode::new(free).to_string(), format!("{free} (private use)"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CloseCode(u16);

impl CloseCode {
    /// The close code with this number; every `u16` is one.
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// const APP: CloseCode = CloseCode::new(4001);
    /// assert_eq!(APP.code(), 4001);
    /// ```
    #[must_use]
    #[inline]
    pub const fn new(code: u16) -> Self {
        Self(code)
    }

    /// The close code of a registered code; `const`.
    ///
    /// ```
    /// use status_codes::{CloseCode, WsCloseCode};
    ///
    /// const AWAY: CloseCode = CloseCode::from_known(WsCloseCode::GoingAway);
    /// assert_eq!(AWAY.code(), 1001);
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_known(code: WsCloseCode) -> Self {
        Self(code.code())
    }

    /// The number.
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert_eq!(CloseCode::WS_1000_NORMAL_CLOSURE.code(), 1000);
    /// ```
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        self.0
    }

    /// The registered code, for an exhaustive `match`; `None` when the
    /// registry has no such code.
    ///
    /// ```
    /// use status_codes::{CloseCode, WsCloseCode};
    ///
    /// assert_eq!(CloseCode::new(1001).known(), Some(WsCloseCode::GoingAway));
    /// assert_eq!(CloseCode::new(5000).known(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn known(self) -> Option<WsCloseCode> {
        WsCloseCode::from_code(self.0)
    }

    /// Whether the registry has this code.
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert!(CloseCode::WS_1011_INTERNAL_ERROR.is_known());
    /// assert!(!CloseCode::new(5000).is_known());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_known(self) -> bool {
        self.known().is_some()
    }

    /// The registered name of the code, `Policy Violation`, or `None`.
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert_eq!(CloseCode::new(1008).reason_phrase(), Some("Policy Violation"));
    /// assert_eq!(CloseCode::new(5000).reason_phrase(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_phrase(self) -> Option<&'static str> {
        WS_TABLE.phrase_of(self.0)
    }

    /// The constant name, `WS_1008_POLICY_VIOLATION`, or `None`.
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert_eq!(CloseCode::new(1008).name(), Some("WS_1008_POLICY_VIOLATION"));
    /// assert_eq!(CloseCode::new(5000).name(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> Option<&'static str> {
        match self.known() {
            Some(code) => Some(code.name()),
            None => None,
        }
    }

    /// How IANA registered the code, or `None` for a code the registry
    /// lacks. See [`Registration`].
    ///
    /// ```
    /// use status_codes::{CloseCode, Registration};
    ///
    /// assert_eq!(CloseCode::new(1000).registration(), Some(Registration::Permanent));
    /// assert_eq!(CloseCode::new(5000).registration(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn registration(self) -> Option<Registration> {
        match self.known() {
            Some(code) => Some(code.registration()),
            None => None,
        }
    }

    /// Whether an endpoint may put this code in a Close frame: the same
    /// answer as [`WsCloseCode::can_send`] gives for the number.
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert!(CloseCode::new(4001).can_send());
    /// assert!(!CloseCode::WS_1006_ABNORMAL_CLOSURE.can_send());
    /// assert!(!CloseCode::new(999).can_send());
    /// ```
    #[must_use]
    #[inline]
    pub const fn can_send(self) -> bool {
        WsCloseCode::can_send(self.0)
    }

    /// Whether a script may pass this code to the browser's
    /// `WebSocket.close(code)`: see [`WsCloseCode::allowed_in_js_close`].
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert!(CloseCode::new(4001).allowed_in_js_close());
    /// assert!(!CloseCode::WS_1001_GOING_AWAY.allowed_in_js_close());
    /// ```
    #[must_use]
    #[inline]
    pub const fn allowed_in_js_close(self) -> bool {
        WsCloseCode::allowed_in_js_close(self.0)
    }

    /// Whether the registry marks the code as reported but never sent
    /// (1005, 1006, 1015 today); `false` for any code it lacks.
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert!(CloseCode::WS_1005_NO_STATUS_RCVD.is_reporting_only());
    /// assert!(!CloseCode::new(4001).is_reporting_only());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_reporting_only(self) -> bool {
        matches!(WS_TABLE.flag_of(self.0, flag::REPORTING_ONLY), Some(true))
    }

    /// Whether the number is in 1000-2999, the protocol's own codes: see
    /// [`WsCloseCode::is_protocol_range`].
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert!(CloseCode::new(2999).is_protocol_range());
    /// assert!(!CloseCode::new(3000).is_protocol_range());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_protocol_range(self) -> bool {
        WsCloseCode::is_protocol_range(self.0)
    }

    /// Whether the number is in 3000-3999, the codes registered with IANA
    /// by libraries and applications: see
    /// [`WsCloseCode::is_registered_range`].
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert!(CloseCode::new(3999).is_registered_range());
    /// assert!(!CloseCode::new(4000).is_registered_range());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_registered_range(self) -> bool {
        WsCloseCode::is_registered_range(self.0)
    }

    /// Whether the number is in 4000-4999, private use: see
    /// [`WsCloseCode::is_private_use`].
    ///
    /// ```
    /// use status_codes::CloseCode;
    ///
    /// assert!(CloseCode::new(4999).is_private_use());
    /// assert!(!CloseCode::new(5000).is_private_use());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_private_use(self) -> bool {
        WsCloseCode::is_private_use(self.0)
    }

    /// What `Display` says after the number of a code the registry lacks:
    /// its range.
    const fn unknown_note(self) -> &'static str {
        if self.is_protocol_range() {
            "unregistered protocol code"
        } else if self.is_registered_range() {
            "unregistered library code"
        } else if self.is_private_use() {
            "private use"
        } else {
            "not in the close code ranges"
        }
    }
}

/// Defines a typed constant of `CloseCode` for each item of `ws_names!`.
macro_rules! close_code_consts {
    ($($(#[$attr:meta])* $name:ident = $variant:ident, $text:literal;)*) => {
        /// The FastAPI names as typed constants, one per row of
        /// `data/status.csv`: `status.WS_1008_POLICY_VIOLATION` ports as
        /// `CloseCode::WS_1008_POLICY_VIOLATION`.
        impl CloseCode {
            $(
                #[doc = concat!(
                    $text, ": [`WsCloseCode::", stringify!($variant), "`] as a `CloseCode`."
                )]
                $(#[$attr])*
                // A lapsed or removed code's variant is deprecated; its
                // constants are too, through `$attr`.
                #[allow(deprecated)]
                pub const $name: Self = Self::from_known(WsCloseCode::$variant);
            )*
        }
    };
}

crate::generated::ws_names!(close_code_consts);

/// `CloseCode(4001)`: the number.
impl fmt::Debug for CloseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("CloseCode").field(&self.0).finish()
    }
}

/// A registered code as [`WsCloseCode`] prints it, `1008 Policy Violation`;
/// any other as its number and its range: `4001 (private use)`,
/// `3333 (unregistered library code)`, `2000 (unregistered protocol code)`,
/// `5000 (not in the close code ranges)`. Honours width, fill and
/// alignment like a `str` does.
///
/// ```
/// use status_codes::CloseCode;
///
/// assert_eq!(CloseCode::new(1000).to_string(), "1000 Normal Closure");
/// assert_eq!(CloseCode::new(0).to_string(), "0 (not in the close code ranges)");
/// assert_eq!(format!("{:-<36}|", CloseCode::new(5000)), "5000 (not in the close code ranges)-|");
/// ```
impl fmt::Display for CloseCode {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(code) => fmt::Display::fmt(&code, f),
            None => write_number_and_note(f, self.0, self.unknown_note()),
        }
    }
}

/// Parses any number from 0 to 65535 (`"4001"`) or any constant name
/// (`"WS_1008_POLICY_VIOLATION"`). Exact: no sign, no leading zero, no
/// whitespace.
///
/// ```
/// use status_codes::CloseCode;
///
/// assert_eq!("4001".parse(), Ok(CloseCode::new(4001)));
/// assert_eq!("WS_1001_GOING_AWAY".parse(), Ok(CloseCode::WS_1001_GOING_AWAY));
/// assert!("65536".parse::<CloseCode>().is_err());
/// assert!("WS_4001_MINE".parse::<CloseCode>().is_err());
/// ```
impl core::str::FromStr for CloseCode {
    type Err = ParseCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match WS_TABLE.parse_other(Kind::WebSocket.prefix(), s) {
            Ok(code) => Ok(Self::from_known(code)),
            // A well-formed number: every one is a close code.
            Err(Failure::UnknownCode(code)) => Ok(Self(code)),
            Err(failure) => Err(ParseCodeError::new(failure, Kind::WebSocket)),
        }
    }
}

/// Any registered code; never fails.
///
/// ```
/// use status_codes::{CloseCode, WsCloseCode};
///
/// assert_eq!(CloseCode::from(WsCloseCode::GoingAway).code(), 1001);
/// ```
impl From<WsCloseCode> for CloseCode {
    #[inline]
    fn from(code: WsCloseCode) -> Self {
        Self::from_known(code)
    }
}

/// The registered code; fails, with the number, for a code the registry
/// lacks.
///
/// ```
/// use status_codes::{CloseCode, WsCloseCode};
///
/// assert_eq!(WsCloseCode::try_from(CloseCode::new(1000)), Ok(WsCloseCode::NormalClosure));
/// assert_eq!(WsCloseCode::try_from(CloseCode::new(5000)).unwrap_err().code(), 5000);
/// ```
impl TryFrom<CloseCode> for WsCloseCode {
    type Error = UnknownCode;

    #[inline]
    fn try_from(code: CloseCode) -> Result<Self, Self::Error> {
        code.known()
            .ok_or(UnknownCode::new(code.0, Kind::WebSocket))
    }
}

/// Any number; never fails.
///
/// ```
/// use status_codes::CloseCode;
///
/// assert_eq!(CloseCode::from(4001), CloseCode::new(4001));
/// ```
impl From<u16> for CloseCode {
    #[inline]
    fn from(code: u16) -> Self {
        Self(code)
    }
}

/// The number; never fails.
impl From<CloseCode> for u16 {
    #[inline]
    fn from(code: CloseCode) -> u16 {
        code.0
    }
}

/// `CloseCode::new(4001) == 4001`.
impl PartialEq<u16> for CloseCode {
    #[inline]
    fn eq(&self, other: &u16) -> bool {
        self.0 == *other
    }
}

/// `4001 == CloseCode::new(4001)`.
impl PartialEq<CloseCode> for u16 {
    #[inline]
    fn eq(&self, other: &CloseCode) -> bool {
        *self == other.0
    }
}

/// `CloseCode::new(1008) == WsCloseCode::PolicyViolation`.
impl PartialEq<WsCloseCode> for CloseCode {
    #[inline]
    fn eq(&self, other: &WsCloseCode) -> bool {
        self.0 == other.code()
    }
}

/// `WsCloseCode::PolicyViolation == CloseCode::new(1008)`.
impl PartialEq<CloseCode> for WsCloseCode {
    #[inline]
    fn eq(&self, other: &CloseCode) -> bool {
        self.code() == other.0
    }
}
