//! The validated table that stage 2 produces and stage 3 emits: [`Code`]s,
//! [`Alias`]es and the [`Kind`] of enum each belongs to.

use super::flags::Flags;
use super::{Category, Kind};

/// A canonical row: one enum variant and one constant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// The line the row is on.
    pub line: u64,
    /// The constant's name, `HTTP_404_NOT_FOUND`.
    pub name: String,
    /// The code.
    pub number: u16,
    /// Its category (consistent with `number`).
    pub category: Category,
    /// The enum variant's name, `NotFound`.
    pub variant: String,
    /// The reason phrase, `Not Found`.
    pub phrase: String,
    /// Where the code is defined, if the row says.
    pub reference: Option<String>,
    /// The yes/no columns (`codegen/src/flags.rs`), defaults applied.
    pub flags: Flags,
    /// How IANA registered the code.
    pub registration: Registration,
}

/// A deprecated alias: one more constant with the number of a canonical row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The line the row is on.
    pub line: u64,
    /// The old constant's name, `HTTP_422_UNPROCESSABLE_ENTITY`.
    pub name: String,
    /// The code it shares with its target.
    pub number: u16,
    /// Which enum the target is in.
    pub kind: Kind,
    /// The canonical name it is an alias of, `HTTP_422_UNPROCESSABLE_CONTENT`.
    pub target: String,
    /// The target's variant name, `UnprocessableContent`.
    pub target_variant: String,
    /// The variant the alias's own name gives, `UnprocessableEntity`: kept
    /// as a deprecated constant of the enum, so that code naming the old
    /// variant still compiles.
    pub variant: String,
    /// The old reason phrase, if the row gives one.
    pub phrase: Option<String>,
    /// Where the old name was defined, if the row says.
    pub reference: Option<String>,
}

/// A validated table: canonical codes sorted by number, aliases sorted by
/// number then name. Everything in it can be emitted without further checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// The `HttpStatus` rows.
    pub http: Vec<Code>,
    /// The `WsCloseCode` rows.
    pub ws: Vec<Code>,
    /// The deprecated aliases of both kinds.
    pub aliases: Vec<Alias>,
}

impl Table {
    /// The canonical rows of one kind.
    pub fn codes(&self, kind: Kind) -> &[Code] {
        match kind {
            Kind::Http => &self.http,
            Kind::WebSocket => &self.ws,
        }
    }
}

/// The `registration` column: how IANA registered a code.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Registration {
    /// An empty field: a permanent registration.
    #[default]
    Permanent,
    /// `temporary until 2026-11-13`: a temporary registration and the date
    /// IANA lists for its expiry, `YYYY-MM-DD`.
    Temporary {
        /// The expiry date as written, already checked to be a real date.
        expires: String,
    },
    /// `obsoleted`: IANA marks the registration obsoleted.
    Obsoleted,
    /// `lapsed`: a temporary registration that IANA's registry no longer
    /// lists. The row stays, deprecated, so that no released name goes away.
    Lapsed,
    /// `removed`: a code that IANA's registry no longer lists. The row
    /// stays, deprecated, so that no released name goes away.
    Removed,
}

impl Registration {
    /// What the `registration` field says for an obsoleted registration.
    pub(crate) const OBSOLETED: &'static str = "obsoleted";
    /// What the `registration` field says for a temporary registration the
    /// registry no longer lists.
    pub(crate) const LAPSED: &'static str = "lapsed";
    /// What the `registration` field says for a code the registry no longer
    /// lists.
    pub(crate) const REMOVED: &'static str = "removed";
    /// What the `registration` field says for a permanent one, when it is
    /// not left empty.
    pub(crate) const PERMANENT: &'static str = "permanent";
    /// What starts the `registration` field of a temporary registration.
    pub(crate) const TEMPORARY: &'static str = "temporary";
    /// What comes between [`Registration::TEMPORARY`] and the date.
    pub(crate) const UNTIL: &'static str = " until ";

    /// The `registration` field that says this, as a maintainer writes it
    /// (empty for a permanent registration); `checks::registration` parses
    /// it back.
    ///
    /// ```
    /// use status_codes_codegen::Registration;
    ///
    /// let temporary = Registration::Temporary { expires: "2026-11-13".into() };
    /// assert_eq!(temporary.field(), "temporary until 2026-11-13");
    /// assert_eq!(Registration::Obsoleted.field(), "obsoleted");
    /// assert_eq!(Registration::Removed.field(), "removed");
    /// assert_eq!(Registration::Permanent.field(), "");
    /// ```
    pub fn field(&self) -> String {
        match self {
            Registration::Permanent => String::new(),
            Registration::Temporary { expires } => {
                format!("{}{}{expires}", Self::TEMPORARY, Self::UNTIL)
            }
            Registration::Obsoleted => Self::OBSOLETED.to_owned(),
            Registration::Lapsed => Self::LAPSED.to_owned(),
            Registration::Removed => Self::REMOVED.to_owned(),
        }
    }

    /// Whether the registry no longer lists the code (`lapsed` or
    /// `removed`): its names stay, deprecated.
    ///
    /// ```
    /// use status_codes_codegen::Registration;
    ///
    /// assert!(Registration::Removed.is_withdrawn());
    /// assert!(Registration::Lapsed.is_withdrawn());
    /// assert!(!Registration::Obsoleted.is_withdrawn());
    /// ```
    pub fn is_withdrawn(&self) -> bool {
        matches!(self, Registration::Lapsed | Registration::Removed)
    }
}
