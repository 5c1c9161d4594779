//! The conversions and comparisons with an `http` crate's `StatusCode`,
//! written once for both versions the crate supports: `http` 1.x (feature
//! `http`, `src/http.rs`) and `http` 0.2 (feature `http02`,
//! `src/http02_interop.rs`). Each module invokes
//! [`status_code_interop!`] with `StatusCode` in scope and the name its
//! doc examples use for the crate.

/// Implements, for the `StatusCode` in scope: `From` both ways with
/// [`Status`](crate::Status) (lossless: both hold 100-999), `From<HttpStatus>`,
/// `TryFrom<StatusCode> for HttpStatus`, and comparisons both ways with both.
macro_rules! status_code_interop {
    ($krate:literal) => {
        #[doc = concat!(
            "Every `HttpStatus` is a valid `StatusCode`; never fails.\n\n",
            "```\nuse status_codes::HttpStatus;\n\n",
            "assert_eq!(", $krate, "::StatusCode::from(HttpStatus::NotFound), ",
            $krate, "::StatusCode::NOT_FOUND);\n```"
        )]
        impl From<crate::HttpStatus> for StatusCode {
            #[inline]
            fn from(status: crate::HttpStatus) -> Self {
                crate::Status::from_known(status).into()
            }
        }

        #[doc = concat!(
            "Fails, with the number, for codes the registry lacks (such as 499 or 999,\n",
            "which `StatusCode` accepts). To keep every code, convert to [`Status`](crate::Status),\n",
            "which never fails.\n\n",
            "```\nuse status_codes::HttpStatus;\n\n",
            "assert_eq!(HttpStatus::try_from(", $krate, "::StatusCode::OK), Ok(HttpStatus::Ok));\n",
            "let odd = ", $krate, "::StatusCode::from_u16(999).unwrap();\n",
            "assert_eq!(HttpStatus::try_from(odd).unwrap_err().code(), 999);\n```"
        )]
        impl TryFrom<StatusCode> for crate::HttpStatus {
            type Error = crate::UnknownCode;

            #[inline]
            fn try_from(status: StatusCode) -> Result<Self, Self::Error> {
                let code = status.as_u16();
                Self::from_code(code).ok_or(crate::UnknownCode::new(code, crate::kind::Kind::Http))
            }
        }

        #[doc = concat!(
            "Every `Status` is a `StatusCode` (both hold 100-999); never fails.\n\n",
            "```\nuse status_codes::Status;\n\n",
            "let nginx = Status::from_code(499).unwrap();\n",
            "assert_eq!(", $krate, "::StatusCode::from(nginx).as_u16(), 499);\n```"
        )]
        impl From<crate::Status> for StatusCode {
            #[inline]
            fn from(status: crate::Status) -> Self {
                // Both types hold exactly 100-999, so the fallback is never
                // used; it keeps this free of panics.
                StatusCode::from_u16(status.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
            }
        }

        #[doc = concat!(
            "Every `StatusCode` is a `Status` (both hold 100-999); never fails, and\n",
            "back again gives the same `StatusCode`.\n\n",
            "```\nuse status_codes::Status;\n\n",
            "let odd = ", $krate, "::StatusCode::from_u16(999).unwrap();\n",
            "assert_eq!(Status::from(odd).code(), 999);\n",
            "assert_eq!(", $krate, "::StatusCode::from(Status::from(odd)), odd);\n```"
        )]
        impl From<StatusCode> for crate::Status {
            #[inline]
            fn from(status: StatusCode) -> Self {
                // `StatusCode` holds 100-999 only, so the fallback is never used.
                crate::Status::from_code(status.as_u16()).unwrap_or(crate::Status::MAX)
            }
        }

        #[doc = concat!(
            "`Status::HTTP_201_CREATED == StatusCode::CREATED`.\n\n",
            "```\nuse status_codes::Status;\n\n",
            "assert!(Status::HTTP_201_CREATED == ", $krate, "::StatusCode::CREATED);\n",
            "assert!(", $krate, "::StatusCode::CREATED == Status::HTTP_201_CREATED);\n```"
        )]
        impl PartialEq<StatusCode> for crate::Status {
            #[inline]
            fn eq(&self, other: &StatusCode) -> bool {
                self.code() == other.as_u16()
            }
        }

        /// `StatusCode::CREATED == Status::HTTP_201_CREATED`.
        impl PartialEq<crate::Status> for StatusCode {
            #[inline]
            fn eq(&self, other: &crate::Status) -> bool {
                self.as_u16() == other.code()
            }
        }

        #[doc = concat!(
            "`HttpStatus::Created == StatusCode::CREATED`.\n\n",
            "```\nuse status_codes::HttpStatus;\n\n",
            "assert!(HttpStatus::Created == ", $krate, "::StatusCode::CREATED);\n",
            "assert!(", $krate, "::StatusCode::CREATED == HttpStatus::Created);\n```"
        )]
        impl PartialEq<StatusCode> for crate::HttpStatus {
            #[inline]
            fn eq(&self, other: &StatusCode) -> bool {
                self.code() == other.as_u16()
            }
        }

        /// `StatusCode::CREATED == HttpStatus::Created`.
        impl PartialEq<crate::HttpStatus> for StatusCode {
            #[inline]
            fn eq(&self, other: &crate::HttpStatus) -> bool {
                self.as_u16() == other.code()
            }
        }
    };
}

pub(crate) use status_code_interop;
