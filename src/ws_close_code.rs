//! The hand-written half of [`WsCloseCode`]: its accessors, the RFC 6455
//! sending rules and its traits. The enum and its tables are generated.
//!
//! Which codes may be sent is explained once, in the crate docs
//! ("Sending WebSocket close codes"): the number ranges are a protocol rule
//! and live here, in [`WsCloseCode::is_protocol_range`],
//! [`WsCloseCode::is_registered_range`] and [`WsCloseCode::is_private_use`],
//! from which [`WsCloseCode::can_send`] is built; which protocol codes exist
//! and which are reporting-only are registry facts and live in
//! `data/status.csv`.

use crate::generated::{flag, WS_TABLE};
use crate::kind::Kind;
use crate::traits::code_enum_traits;
use crate::{Category, WsCloseCode};

impl WsCloseCode {
    /// The variant for `code`, or `None` when the registry has no such code.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert_eq!(WsCloseCode::from_code(1000), Some(WsCloseCode::NormalClosure));
    /// assert_eq!(WsCloseCode::from_code(999), None);
    /// assert_eq!(WsCloseCode::from_code(5000), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_code(code: u16) -> Option<Self> {
        WS_TABLE.get(code)
    }

    /// The reason phrase of any number, or `None` when it is not a
    /// registered close code.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert_eq!(WsCloseCode::reason_phrase_of(1001), Some("Going Away"));
    /// assert_eq!(WsCloseCode::reason_phrase_of(5000), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_phrase_of(code: u16) -> Option<&'static str> {
        WS_TABLE.phrase_of(code)
    }

    /// The name the IANA registry gives the code.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert_eq!(WsCloseCode::PolicyViolation.reason_phrase(), "Policy Violation");
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_phrase(self) -> &'static str {
        WS_TABLE.phrase(self.code())
    }

    /// The constant name in [`status`](crate::status).
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert_eq!(WsCloseCode::PolicyViolation.name(), "WS_1008_POLICY_VIOLATION");
    /// ```
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        WS_TABLE.name(self.code())
    }

    /// Always [`Category::WebSocket`]; here so both enums read alike.
    ///
    /// ```
    /// use status_codes::{Category, WsCloseCode};
    ///
    /// assert_eq!(WsCloseCode::GoingAway.category(), Category::WebSocket);
    /// ```
    #[must_use]
    #[inline]
    pub const fn category(self) -> Category {
        Category::WebSocket
    }

    /// Whether an endpoint may put `code` in a Close frame (RFC 6455,
    /// Section 7.4): a defined protocol code that is not reporting-only, or
    /// any code from 3000 to 4999. Works for any number; see the table in
    /// the [`WsCloseCode`] docs.
    ///
    /// The rule is the same both ways: it says what a peer, a browser
    /// included, may send, so a received code it refuses is the peer's
    /// protocol error.
    ///
    /// 1014 (Bad Gateway) is registered with IANA and may be sent, but
    /// tungstenite (and so tokio-tungstenite and axum) treats it as a bad
    /// code: a tungstenite peer that receives it reports and answers 1002
    /// (Protocol Error). Send 1011 (Internal Error) to such a peer.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert!(WsCloseCode::can_send(1000));
    /// assert!(WsCloseCode::can_send(1008));
    /// assert!(WsCloseCode::can_send(4321)); // private use
    /// assert!(!WsCloseCode::can_send(1005)); // reported when a frame had no code
    /// assert!(!WsCloseCode::can_send(999));
    /// assert!(!WsCloseCode::can_send(5000));
    /// ```
    #[must_use]
    #[inline]
    pub const fn can_send(code: u16) -> bool {
        if Self::is_protocol_range(code) {
            // A registered protocol code that is not reporting-only.
            matches!(WS_TABLE.flag_of(code, flag::REPORTING_ONLY), Some(false))
        } else {
            Self::is_registered_range(code) || Self::is_private_use(code)
        }
    }

    /// Whether this code may be sent in a Close frame; the same answer as
    /// [`WsCloseCode::can_send`] gives for its number.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert!(WsCloseCode::PolicyViolation.is_sendable());
    /// assert!(!WsCloseCode::AbnormalClosure.is_sendable());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_sendable(self) -> bool {
        Self::can_send(self.code())
    }

    /// How IANA registered the code: permanently, temporarily until a date,
    /// or obsoleted. See [`Registration`](crate::Registration).
    ///
    /// ```
    /// use status_codes::{Registration, WsCloseCode};
    ///
    /// assert_eq!(WsCloseCode::NormalClosure.registration(), Registration::Permanent);
    /// ```
    #[must_use]
    #[inline]
    pub const fn registration(self) -> crate::Registration {
        WS_TABLE.registration(self.code())
    }

    /// Whether the code is reserved for reporting: an endpoint may hand it
    /// to its application (1005 when a Close frame had no code, 1006 when
    /// the connection dropped without one, 1015 when the TLS handshake
    /// failed) but must never send it.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert!(WsCloseCode::NoStatusRcvd.is_reporting_only());
    /// assert!(!WsCloseCode::NormalClosure.is_reporting_only());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_reporting_only(self) -> bool {
        WS_TABLE.has(self.code(), flag::REPORTING_ONLY)
    }

    /// Whether a script may pass `code` to the browser's
    /// `WebSocket.close(code)`: the WebSocket standard accepts only 1000
    /// and 3000-4999 there, and throws an `InvalidAccessError` for anything
    /// else.
    ///
    /// This is a rule of the JavaScript API, not of what a browser sends: a
    /// browser also closes with 1001 (Going Away) when its page navigates
    /// away, and with other codes on protocol errors. To judge what any
    /// peer, a browser included, may send, use [`WsCloseCode::can_send`].
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert!(WsCloseCode::allowed_in_js_close(1000));
    /// assert!(WsCloseCode::allowed_in_js_close(4001));
    /// assert!(!WsCloseCode::allowed_in_js_close(1008)); // not from a script
    /// assert!(!WsCloseCode::allowed_in_js_close(1001)); // though browsers send it
    /// assert!(WsCloseCode::can_send(1001));
    /// ```
    #[must_use]
    #[inline]
    pub const fn allowed_in_js_close(code: u16) -> bool {
        code == 1000 || Self::is_registered_range(code) || Self::is_private_use(code)
    }

    /// The old name of [`WsCloseCode::allowed_in_js_close`], which says
    /// better what it judges: what a script may pass to `WebSocket.close()`,
    /// not what a browser may send.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// #[allow(deprecated)]
    /// let allowed = WsCloseCode::can_send_from_browser(4001);
    /// assert!(allowed);
    /// ```
    #[deprecated(
        note = "renamed to allowed_in_js_close: it is what a script may pass to WebSocket.close(), \
                while browsers also send 1001 and others; to judge what a peer sent, use can_send"
    )]
    #[must_use]
    #[inline]
    pub const fn can_send_from_browser(code: u16) -> bool {
        Self::allowed_in_js_close(code)
    }

    /// Whether the number is in the range RFC 6455 keeps for the protocol's
    /// own codes, 1000-2999 (Section 7.4.2): codes defined by the RFC or by
    /// later standards, registered with IANA. Below 1000 no code is used.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert!(WsCloseCode::is_protocol_range(1008));
    /// assert!(!WsCloseCode::is_protocol_range(3000));
    /// assert!(!WsCloseCode::is_protocol_range(999));
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_protocol_range(code: u16) -> bool {
        matches!(code, 1000..=2999)
    }

    /// Whether the number is in the range registered with IANA for
    /// libraries, frameworks and applications, 3000-3999.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert!(WsCloseCode::is_registered_range(3008));
    /// assert!(!WsCloseCode::is_registered_range(4008));
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_registered_range(code: u16) -> bool {
        matches!(code, 3000..=3999)
    }

    /// Whether the number is in the private-use range, 4000-4999, which an
    /// application may give any meaning.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert!(WsCloseCode::is_private_use(4000));
    /// assert!(!WsCloseCode::is_private_use(3000));
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_private_use(code: u16) -> bool {
        matches!(code, 4000..=4999)
    }
}

code_enum_traits!(
    WsCloseCode, WS_TABLE, Kind::WebSocket,
    example: PolicyViolation, 1008, "1008 Policy Violation", "WS_1008_POLICY_VIOLATION"
);
