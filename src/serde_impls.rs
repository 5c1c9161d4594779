//! `serde` support: both enums travel as their number.
//!
//! Only numbers are accepted when deserializing (`404`, not `"404"` or
//! `"HTTP_404_NOT_FOUND"`), so what is written reads back the same in every
//! format. An unknown number, a number out of `u16` range or a value of
//! another type is an error, never a panic.

use serde::de::{Error, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{HttpStatus, WsCloseCode};

macro_rules! serde_as_number {
    ($ty:ident, $expected:literal) => {
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        /// Serializes as the number, `404`.
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u16(self.code())
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        /// Deserializes from a number that has a variant. Anything else is an
        /// error: unknown numbers, numbers beyond `u16`, strings (names such as
        /// `"HTTP_404_NOT_FOUND"` and numeric strings alike; parse those with
        /// `FromStr`) and other types.
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let code = u16::deserialize(deserializer)?;
                Self::from_code(code).ok_or_else(|| {
                    D::Error::invalid_value(Unexpected::Unsigned(u64::from(code)), &$expected)
                })
            }
        }
    };
}

serde_as_number!(HttpStatus, "a registered HTTP status code");
serde_as_number!(WsCloseCode, "a registered WebSocket close code");
