// @generated from data/status.csv by the build script. Edit the CSV, not this file.

/// Every code as a plain `u16` constant, under the names FastAPI and Starlette use.
///
/// Porting `from fastapi import status` is a matter of writing `status::` for
/// `status.`. The names from before RFC 9110 are still here as deprecated
/// aliases, so using them warns.
///
/// ```
/// use status_codes::status;
///
/// assert_eq!(status::HTTP_100_CONTINUE, 100);
/// ```
pub mod status {
    /// 100 Continue
    ///
    /// Never carries content: a response with this status ends after its header section ([RFC 9110, Section 15.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2)).
    ///
    /// Reference: [RFC 9110, Section 15.2.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1).
    ///
    /// The same code as a typed value: [`HttpStatus::Continue`](crate::HttpStatus::Continue).
    pub const HTTP_100_CONTINUE: u16 = 100;
    /// 104 Upload Resumption Supported
    ///
    /// A temporary IANA registration, expires 2026-11-13; the registry, not the date, decides whether it stands (see [`Registration`](crate::Registration)).
    ///
    /// Never carries content: a response with this status ends after its header section ([RFC 9110, Section 15.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2)).
    ///
    /// Reference: draft-ietf-httpbis-resumable-upload-05.
    ///
    /// The same code as a typed value: [`HttpStatus::UploadResumptionSupported`](crate::HttpStatus::UploadResumptionSupported).
    pub const HTTP_104_UPLOAD_RESUMPTION_SUPPORTED: u16 = 104;
    /// 205 Reset Content
    ///
    /// Never carries content: a response with this status ends after its header section ([RFC 9110, Section 15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6)).
    ///
    /// Reference: [RFC 9110, Section 15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6).
    ///
    /// The same code as a typed value: [`HttpStatus::ResetContent`](crate::HttpStatus::ResetContent).
    pub const HTTP_205_RESET_CONTENT: u16 = 205;
    /// 226 IM Used
    ///
    /// Reference: [RFC 3229](https://www.rfc-editor.org/rfc/rfc3229).
    ///
    /// The same code as a typed value: [`HttpStatus::ImUsed`](crate::HttpStatus::ImUsed).
    pub const HTTP_226_IM_USED: u16 = 226;
    /// 308 Permanent Redirect
    ///
    /// Heuristically cacheable: a cache may store a response with this status and reuse it without explicit freshness information ([RFC 9110, Section 15.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.1)).
    ///
    /// The same code as a typed value: [`HttpStatus::PermanentRedirect`](crate::HttpStatus::PermanentRedirect).
    pub const HTTP_308_PERMANENT_REDIRECT: u16 = 308;
    /// 418 I'm a teapot
    ///
    /// Reference: [RFC 2324](https://www.rfc-editor.org/rfc/rfc2324) \[sic\] \<HTCPCP\> \*Section\_2\* (see <https://www.rfc-editor.org/rfc/rfc2324>).
    ///
    /// The same code as a typed value: [`HttpStatus::ImATeapot`](crate::HttpStatus::ImATeapot).
    pub const HTTP_418_IM_A_TEAPOT: u16 = 418;
    /// 422 Unprocessable Content
    ///
    /// Reference: [RFC 9110, Section 15.5.21](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21).
    ///
    /// The same code as a typed value: [`HttpStatus::UnprocessableContent`](crate::HttpStatus::UnprocessableContent).
    pub const HTTP_422_UNPROCESSABLE_CONTENT: u16 = 422;
    /// 422 Unprocessable Content: the old name of [`HTTP_422_UNPROCESSABLE_CONTENT`].
    ///
    /// Its old reason phrase was "Unprocessable Entity".
    ///
    /// Reference: [RFC 4918](https://www.rfc-editor.org/rfc/rfc4918).
    ///
    /// Parses to [`HttpStatus::UnprocessableContent`](crate::HttpStatus::UnprocessableContent), as the new name does.
    #[deprecated(
        note = "renamed to HTTP_422_UNPROCESSABLE_CONTENT (422 Unprocessable Content)"
    )]
    pub const HTTP_422_UNPROCESSABLE_ENTITY: u16 = 422;
    /// 510 Not Extended
    ///
    /// IANA marks this registration obsoleted (see [`Registration`](crate::Registration)).
    ///
    /// Reference: [RFC 2774](https://www.rfc-editor.org/rfc/rfc2774).
    ///
    /// The same code as a typed value: [`HttpStatus::NotExtended`](crate::HttpStatus::NotExtended).
    pub const HTTP_510_NOT_EXTENDED: u16 = 510;
    /// 599 Network Connect Timeout
    ///
    /// Deprecated: IANA removed the code and the registry no longer lists it. It stays, so that code using it still compiles (see [`Registration`](crate::Registration)).
    ///
    /// The same code as a typed value: [`HttpStatus::NetworkConnectTimeout`](crate::HttpStatus::NetworkConnectTimeout).
    #[deprecated(
        note = "IANA removed 599 Network Connect Timeout: the IANA HTTP Status Code Registry no longer lists it"
    )]
    pub const HTTP_599_NETWORK_CONNECT_TIMEOUT: u16 = 599;
    /// 1000 Normal Closure
    ///
    /// Reference: [RFC 6455, Section 7.4.1](https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1).
    ///
    /// The same code as a typed value: [`WsCloseCode::NormalClosure`](crate::WsCloseCode::NormalClosure).
    pub const WS_1000_NORMAL_CLOSURE: u16 = 1000;
    /// 1006 Abnormal Closure
    ///
    /// Reserved for reporting: an endpoint may report this code to its application, but must never send it in a Close frame.
    ///
    /// Reference: [RFC 6455, Section 7.4.1](https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1).
    ///
    /// The same code as a typed value: [`WsCloseCode::AbnormalClosure`](crate::WsCloseCode::AbnormalClosure).
    pub const WS_1006_ABNORMAL_CLOSURE: u16 = 1006;
    /// 1016 Game Over 2
    ///
    /// The same code as a typed value: [`WsCloseCode::GameOver2`](crate::WsCloseCode::GameOver2).
    pub const WS_1016_GAME_OVER_2: u16 = 1016;
}
/// An HTTP status code from the IANA HTTP Status Code Registry, one variant per code.
///
/// The discriminant is the code, so `HttpStatus::Continue as u16 == 100`. The enum is
/// `#[non_exhaustive]`: a row added to `data/status.csv` is not a breaking change.
///
/// ```
/// use status_codes::HttpStatus;
///
/// let code = HttpStatus::from_code(100).unwrap();
/// assert_eq!(code, HttpStatus::Continue);
/// assert_eq!(code.to_string(), "100 Continue");
/// assert_eq!("HTTP_100_CONTINUE".parse(), Ok(code));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[repr(u16)]
pub enum HttpStatus {
    /// 100 Continue
    ///
    /// Never carries content: a response with this status ends after its header section ([RFC 9110, Section 15.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2)).
    ///
    /// Reference: [RFC 9110, Section 15.2.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1).
    ///
    /// The same code as a constant: [`status::HTTP_100_CONTINUE`](crate::status::HTTP_100_CONTINUE).
    Continue = 100,
    /// 104 Upload Resumption Supported
    ///
    /// A temporary IANA registration, expires 2026-11-13; the registry, not the date, decides whether it stands (see [`Registration`](crate::Registration)).
    ///
    /// Never carries content: a response with this status ends after its header section ([RFC 9110, Section 15.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2)).
    ///
    /// Reference: draft-ietf-httpbis-resumable-upload-05.
    ///
    /// The same code as a constant: [`status::HTTP_104_UPLOAD_RESUMPTION_SUPPORTED`](crate::status::HTTP_104_UPLOAD_RESUMPTION_SUPPORTED).
    UploadResumptionSupported = 104,
    /// 205 Reset Content
    ///
    /// Never carries content: a response with this status ends after its header section ([RFC 9110, Section 15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6)).
    ///
    /// Reference: [RFC 9110, Section 15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6).
    ///
    /// The same code as a constant: [`status::HTTP_205_RESET_CONTENT`](crate::status::HTTP_205_RESET_CONTENT).
    ResetContent = 205,
    /// 226 IM Used
    ///
    /// Reference: [RFC 3229](https://www.rfc-editor.org/rfc/rfc3229).
    ///
    /// The same code as a constant: [`status::HTTP_226_IM_USED`](crate::status::HTTP_226_IM_USED).
    ImUsed = 226,
    /// 308 Permanent Redirect
    ///
    /// Heuristically cacheable: a cache may store a response with this status and reuse it without explicit freshness information ([RFC 9110, Section 15.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.1)).
    ///
    /// The same code as a constant: [`status::HTTP_308_PERMANENT_REDIRECT`](crate::status::HTTP_308_PERMANENT_REDIRECT).
    PermanentRedirect = 308,
    /// 418 I'm a teapot
    ///
    /// Reference: [RFC 2324](https://www.rfc-editor.org/rfc/rfc2324) \[sic\] \<HTCPCP\> \*Section\_2\* (see <https://www.rfc-editor.org/rfc/rfc2324>).
    ///
    /// The same code as a constant: [`status::HTTP_418_IM_A_TEAPOT`](crate::status::HTTP_418_IM_A_TEAPOT).
    ImATeapot = 418,
    /// 422 Unprocessable Content
    ///
    /// Reference: [RFC 9110, Section 15.5.21](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21).
    ///
    /// The same code as a constant: [`status::HTTP_422_UNPROCESSABLE_CONTENT`](crate::status::HTTP_422_UNPROCESSABLE_CONTENT).
    UnprocessableContent = 422,
    /// 510 Not Extended
    ///
    /// IANA marks this registration obsoleted (see [`Registration`](crate::Registration)).
    ///
    /// Reference: [RFC 2774](https://www.rfc-editor.org/rfc/rfc2774).
    ///
    /// The same code as a constant: [`status::HTTP_510_NOT_EXTENDED`](crate::status::HTTP_510_NOT_EXTENDED).
    NotExtended = 510,
    /// 599 Network Connect Timeout
    ///
    /// Deprecated: IANA removed the code and the registry no longer lists it. It stays, so that code using it still compiles (see [`Registration`](crate::Registration)).
    ///
    /// The same code as a constant: [`status::HTTP_599_NETWORK_CONNECT_TIMEOUT`](crate::status::HTTP_599_NETWORK_CONNECT_TIMEOUT).
    #[deprecated(
        note = "IANA removed 599 Network Connect Timeout: the IANA HTTP Status Code Registry no longer lists it"
    )]
    NetworkConnectTimeout = 599,
}
impl HttpStatus {
    /// Every variant, sorted by code.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert!(HttpStatus::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
    /// assert!(HttpStatus::ALL.iter().all(|&c| HttpStatus::from_code(c.code()) == Some(c)));
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::Continue,
        Self::UploadResumptionSupported,
        Self::ResetContent,
        Self::ImUsed,
        Self::PermanentRedirect,
        Self::ImATeapot,
        Self::UnprocessableContent,
        Self::NotExtended,
        Self::NetworkConnectTimeout,
    ];
    /// The numeric code; for a variant, the same as `self as u16`.
    ///
    /// ```
    /// use status_codes::HttpStatus;
    ///
    /// assert_eq!(HttpStatus::Continue.code(), 100);
    /// ```
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        self as u16
    }
}
/// The old variant names of renamed codes, one per alias row of `data/status.csv`: deprecated constants that still compile wherever the variant did, `match` patterns included.
impl HttpStatus {
    /// 422 Unprocessable Content: the old variant name of [`HttpStatus::UnprocessableContent`](Self::UnprocessableContent), from [`status::HTTP_422_UNPROCESSABLE_ENTITY`](crate::status::HTTP_422_UNPROCESSABLE_ENTITY).
    #[deprecated(note = "renamed to HttpStatus::UnprocessableContent")]
    #[allow(non_upper_case_globals)]
    pub const UnprocessableEntity: Self = Self::UnprocessableContent;
}
/// Every name of [`HttpStatus`]'s rows, for the typed constants that `src/` defines.
macro_rules! http_names {
    ($define:ident) => {
        $define ! { HTTP_100_CONTINUE = Continue, "100 Continue";
        HTTP_104_UPLOAD_RESUMPTION_SUPPORTED = UploadResumptionSupported,
        "104 Upload Resumption Supported"; HTTP_205_RESET_CONTENT = ResetContent,
        "205 Reset Content"; HTTP_226_IM_USED = ImUsed, "226 IM Used";
        HTTP_308_PERMANENT_REDIRECT = PermanentRedirect, "308 Permanent Redirect";
        HTTP_418_IM_A_TEAPOT = ImATeapot, "418 I'm a teapot";
        HTTP_422_UNPROCESSABLE_CONTENT = UnprocessableContent,
        "422 Unprocessable Content"; #[deprecated(note =
        "renamed to HTTP_422_UNPROCESSABLE_CONTENT (422 Unprocessable Content)")]
        HTTP_422_UNPROCESSABLE_ENTITY = UnprocessableContent,
        "422 Unprocessable Content"; HTTP_510_NOT_EXTENDED = NotExtended,
        "510 Not Extended"; #[deprecated(note =
        "IANA removed 599 Network Connect Timeout: the IANA HTTP Status Code Registry no longer lists it")]
        HTTP_599_NETWORK_CONNECT_TIMEOUT = NetworkConnectTimeout,
        "599 Network Connect Timeout"; }
    };
}
pub(crate) use http_names;
/// The lookup tables of [`HttpStatus`]: by number from the first code, and per variant in code order.
pub(crate) const HTTP_TABLE: crate::table::CodeTable<HttpStatus> = crate::table::CodeTable {
    first: 100,
    by_code: &[
        Some(HttpStatus::Continue),
        None,
        None,
        None,
        Some(HttpStatus::UploadResumptionSupported),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        Some(HttpStatus::ResetContent),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        Some(HttpStatus::ImUsed),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        Some(HttpStatus::PermanentRedirect),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        Some(HttpStatus::ImATeapot),
        None,
        None,
        None,
        Some(HttpStatus::UnprocessableContent),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        Some(HttpStatus::NotExtended),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        Some(HttpStatus::NetworkConnectTimeout),
    ],
    slots: &[
        0, 9, 9, 9, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 2, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 3, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 5, 9, 9, 9, 6, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 7, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
        9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 8,
    ],
    names: &[
        "HTTP_100_CONTINUE",
        "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED",
        "HTTP_205_RESET_CONTENT",
        "HTTP_226_IM_USED",
        "HTTP_308_PERMANENT_REDIRECT",
        "HTTP_418_IM_A_TEAPOT",
        "HTTP_422_UNPROCESSABLE_CONTENT",
        "HTTP_510_NOT_EXTENDED",
        "HTTP_599_NETWORK_CONNECT_TIMEOUT",
    ],
    phrases: &[
        "Continue",
        "Upload Resumption Supported",
        "Reset Content",
        "IM Used",
        "Permanent Redirect",
        "I'm a teapot",
        "Unprocessable Content",
        "Not Extended",
        "Network Connect Timeout",
    ],
    displays: &[
        "100 Continue",
        "104 Upload Resumption Supported",
        "205 Reset Content",
        "226 IM Used",
        "308 Permanent Redirect",
        "418 I'm a teapot",
        "422 Unprocessable Content",
        "510 Not Extended",
        "599 Network Connect Timeout",
    ],
    flags: &[
        flag::NO_CONTENT,
        flag::NO_CONTENT,
        flag::NO_CONTENT,
        0,
        flag::HEURISTICALLY_CACHEABLE,
        0,
        0,
        0,
        0,
    ],
    registrations: &[
        crate::Registration::Permanent,
        crate::Registration::Temporary {
            expires: "2026-11-13",
        },
        crate::Registration::Permanent,
        crate::Registration::Permanent,
        crate::Registration::Permanent,
        crate::Registration::Permanent,
        crate::Registration::Permanent,
        crate::Registration::Obsoleted,
        crate::Registration::Removed,
    ],
    aliases: &[("HTTP_422_UNPROCESSABLE_ENTITY", HttpStatus::UnprocessableContent)],
};
/// A WebSocket close code from the IANA WebSocket Close Code Number Registry, one
/// variant per code. Which codes may be sent in a Close frame is explained in the
/// [crate docs](crate#sending-websocket-close-codes).
///
/// The discriminant is the code, so `WsCloseCode::NormalClosure as u16 == 1000`. The enum is
/// `#[non_exhaustive]`: a row added to `data/status.csv` is not a breaking change.
///
/// ```
/// use status_codes::WsCloseCode;
///
/// let code = WsCloseCode::from_code(1000).unwrap();
/// assert_eq!(code, WsCloseCode::NormalClosure);
/// assert_eq!(code.to_string(), "1000 Normal Closure");
/// assert_eq!("WS_1000_NORMAL_CLOSURE".parse(), Ok(code));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[repr(u16)]
pub enum WsCloseCode {
    /// 1000 Normal Closure
    ///
    /// Reference: [RFC 6455, Section 7.4.1](https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1).
    ///
    /// The same code as a constant: [`status::WS_1000_NORMAL_CLOSURE`](crate::status::WS_1000_NORMAL_CLOSURE).
    NormalClosure = 1000,
    /// 1006 Abnormal Closure
    ///
    /// Reserved for reporting: an endpoint may report this code to its application, but must never send it in a Close frame.
    ///
    /// Reference: [RFC 6455, Section 7.4.1](https://www.rfc-editor.org/rfc/rfc6455#section-7.4.1).
    ///
    /// The same code as a constant: [`status::WS_1006_ABNORMAL_CLOSURE`](crate::status::WS_1006_ABNORMAL_CLOSURE).
    AbnormalClosure = 1006,
    /// 1016 Game Over 2
    ///
    /// The same code as a constant: [`status::WS_1016_GAME_OVER_2`](crate::status::WS_1016_GAME_OVER_2).
    GameOver2 = 1016,
}
impl WsCloseCode {
    /// Every variant, sorted by code.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert!(WsCloseCode::ALL.windows(2).all(|w| w[0].code() < w[1].code()));
    /// assert!(WsCloseCode::ALL.iter().all(|&c| WsCloseCode::from_code(c.code()) == Some(c)));
    /// ```
    pub const ALL: &'static [Self] = &[
        Self::NormalClosure,
        Self::AbnormalClosure,
        Self::GameOver2,
    ];
    /// The numeric code; for a variant, the same as `self as u16`.
    ///
    /// ```
    /// use status_codes::WsCloseCode;
    ///
    /// assert_eq!(WsCloseCode::NormalClosure.code(), 1000);
    /// ```
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        self as u16
    }
}
/// Every name of [`WsCloseCode`]'s rows, for the typed constants that `src/` defines.
macro_rules! ws_names {
    ($define:ident) => {
        $define ! { WS_1000_NORMAL_CLOSURE = NormalClosure, "1000 Normal Closure";
        WS_1006_ABNORMAL_CLOSURE = AbnormalClosure, "1006 Abnormal Closure";
        WS_1016_GAME_OVER_2 = GameOver2, "1016 Game Over 2"; }
    };
}
pub(crate) use ws_names;
/// The lookup tables of [`WsCloseCode`]: by number from the first code, and per variant in code order.
pub(crate) const WS_TABLE: crate::table::CodeTable<WsCloseCode> = crate::table::CodeTable {
    first: 1000,
    by_code: &[
        Some(WsCloseCode::NormalClosure),
        None,
        None,
        None,
        None,
        None,
        Some(WsCloseCode::AbnormalClosure),
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        Some(WsCloseCode::GameOver2),
    ],
    slots: &[0, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2],
    names: &[
        "WS_1000_NORMAL_CLOSURE",
        "WS_1006_ABNORMAL_CLOSURE",
        "WS_1016_GAME_OVER_2",
    ],
    phrases: &["Normal Closure", "Abnormal Closure", "Game Over 2"],
    displays: &["1000 Normal Closure", "1006 Abnormal Closure", "1016 Game Over 2"],
    flags: &[0, flag::REPORTING_ONLY, 0],
    registrations: &[
        crate::Registration::Permanent,
        crate::Registration::Permanent,
        crate::Registration::Permanent,
    ],
    aliases: &[],
};
/// The yes/no columns of `data/status.csv`, one bit each in a variant's
/// `flags` (after the column's default is applied).
pub(crate) mod flag {
    /// Set in the flags of a row whose `reporting_only` is `yes`, as written or by default.
    pub(crate) const REPORTING_ONLY: u32 = 1 << 0;
    /// Set in the flags of a row whose `heuristically_cacheable` is `yes`, as written or by default.
    pub(crate) const HEURISTICALLY_CACHEABLE: u32 = 1 << 1;
    /// Set in the flags of a row whose `no_content` is `yes`, as written or by default.
    pub(crate) const NO_CONTENT: u32 = 1 << 2;
}
