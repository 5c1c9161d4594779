//! `serde` support: every type travels as its number.
//!
//! Only numbers are accepted when deserializing (`404`, not `"404"` or
//! `"HTTP_404_NOT_FOUND"`), so what is written reads back the same in every
//! format. The open types, [`Status`] and [`CloseCode`], read every number
//! they can hold (any status 100-999, any close code), so a record written
//! with a code this version's registry lacks still reads; the enums read
//! only registered codes. A number a type cannot hold, a number out of
//! `u16` range or a value of another type is an error, never a panic.

use serde::de::{Error, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{CloseCode, HttpStatus, Status, WsCloseCode};

/// `Serialize` as the number, and `Deserialize` from a number that
/// `from_code` accepts.
macro_rules! serde_as_number {
    ($ty:ident, $expected:literal, $de_doc:literal) => {
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        /// Serializes as the number, `404`.
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_u16(self.code())
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        #[doc = $de_doc]
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

serde_as_number!(
    HttpStatus,
    "a registered HTTP status code",
    "Deserializes from a number that has a variant; strict on purpose. Anything
else is an error: a code the registry lacks (`499`), numbers beyond `u16`,
strings (names such as `\"HTTP_404_NOT_FOUND\"` and numeric strings alike;
parse those with `FromStr`) and other types. To read any status a peer may
send, deserialize a [`Status`]."
);
serde_as_number!(
    WsCloseCode,
    "a registered WebSocket close code",
    "Deserializes from a number that has a variant; strict on purpose. Anything
else is an error: a code the registry lacks (`4001`), numbers beyond `u16`,
strings and other types. To read any close code a peer may send,
deserialize a [`CloseCode`]."
);
serde_as_number!(
    Status,
    "an HTTP status code from 100 to 999",
    "Deserializes from any number from 100 to 999, registered or not. Anything
else is an error: numbers outside that range, strings and other types."
);

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
/// Serializes as the number, `4001`.
impl Serialize for CloseCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
/// Deserializes from any number from 0 to 65535, registered or not.
/// Numbers beyond `u16`, strings and other types are an error.
impl<'de> Deserialize<'de> for CloseCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        u16::deserialize(deserializer).map(Self::new)
    }
}
