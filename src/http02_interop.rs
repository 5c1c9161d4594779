//! Conversions and comparisons with `http` 0.2's `StatusCode`, which
//! actix-web 4 (through actix-http 3) uses. The same as the `http` feature
//! gives for `http` 1.x, less the `const` conversions and constants:
//! `http` 0.2 cannot build a `StatusCode` in a `const`.

use http02::StatusCode;

crate::status_code_interop::status_code_interop!("http02");
