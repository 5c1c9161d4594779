//! Stage 3: a validated [`Table`] into Rust source, one function per
//! generated item, formatted once by `prettyplease`.

use std::collections::HashMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::deprecate::{old_variants, withdrawn};
use super::docs::{doc_text, docs, reference_line, row_doc};
use super::flags::{Flag, Flags};
use super::model::{Alias, Code, Registration, Table};
use super::spec::{EnumSpec, HTTP, WS};
use super::Kind;
use super::HEADER;

/// Emits the whole generated file for a validated table.
///
/// Cannot fail: validation decided everything. Tokens that `syn` cannot
/// parse are a bug in this generator, never a mistake in the CSV, so that
/// panics with a message that says so.
pub fn emit(table: &Table) -> String {
    let file = syn::parse2::<syn::File>(emit_tokens(table)).unwrap_or_else(|err| {
        panic!(
            "bug in the status-codes generator (codegen/src/emit.rs): \
             the generated code does not parse: {err}"
        )
    });
    format!("{HEADER}\n{}", prettyplease::unparse(&file))
}

/// Every generated item, before formatting.
///
/// The table must come from `validate`: a table whose
/// codes are not sorted by number without repeats is a bug in the caller,
/// and panics saying so.
pub fn emit_tokens(table: &Table) -> TokenStream {
    for codes in [&table.http, &table.ws] {
        assert!(
            codes.windows(2).all(|pair| pair[0].number < pair[1].number),
            "bug in the caller of the status-codes generator: emit takes a table from \
             validate, whose codes are sorted by number without repeats"
        );
    }
    let consts = status_module(table);
    let enums = [(&HTTP, &table.http), (&WS, &table.ws)].map(|(spec, codes)| {
        let code_enum = code_enum(spec, codes);
        let typed = names_macro(spec, codes, &table.aliases);
        let data = code_table(spec, codes, &table.aliases);
        let old = old_variants(spec, codes, &table.aliases);
        quote! {
            #code_enum
            #old
            #typed
            #data
        }
    });
    let flag_bits = flag_bits();
    quote! {
        #consts
        #(#enums)*
        #flag_bits
    }
}

pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

fn num(n: u16) -> Literal {
    Literal::u16_unsuffixed(n)
}

/// `pub mod status`: one `u16` constant per row, each alias after its
/// canonical row and deprecated.
fn status_module(table: &Table) -> TokenStream {
    // Validation made every alias share its target's number, and numbers
    // identify canonical rows; grouping by number keeps this linear.
    let mut aliases: HashMap<u16, Vec<&Alias>> = HashMap::new();
    for alias in &table.aliases {
        aliases.entry(alias.number).or_default().push(alias);
    }
    let mut items = Vec::new();
    for (kind, spec) in [(Kind::Http, &HTTP), (Kind::WebSocket, &WS)] {
        for code in table.codes(kind) {
            let name = ident(&code.name);
            let n = num(code.number);
            let doc = row_doc(
                code,
                &format!(
                    "The same code as a typed value: [`{0}::{1}`](crate::{0}::{1}).",
                    spec.ty, code.variant
                ),
            );
            let withdrawn = withdrawn(spec, code);
            items.push(quote! {
                #doc
                #withdrawn
                pub const #name: u16 = #n;
            });
            for alias in aliases.get(&code.number).into_iter().flatten() {
                items.push(alias_const(spec, code, alias));
            }
        }
    }
    let example = table.http.first().map_or_else(TokenStream::new, |c| {
        docs([format!(
            "\n```\nuse status_codes::status;\n\nassert_eq!(status::{}, {});\n```",
            c.name, c.number
        )])
    });
    quote! {
        /// Every code as a plain `u16` constant, under the names FastAPI and Starlette use.
        ///
        /// Porting `from fastapi import status` is a matter of writing `status::` for
        /// `status.`. The names from before RFC 9110 are still here as deprecated
        /// aliases, so using them warns.
        #example
        pub mod status {
            #(#items)*
        }
    }
}

/// A deprecated alias constant.
fn alias_const(spec: &EnumSpec, code: &Code, alias: &Alias) -> TokenStream {
    let name = ident(&alias.name);
    let n = num(alias.number);
    let mut lines = vec![format!(
        "{} {}: the old name of [`{}`].",
        alias.number,
        doc_text(&code.phrase),
        code.name
    )];
    if let Some(phrase) = &alias.phrase {
        lines.push(String::new());
        lines.push(format!(
            "Its old reason phrase was \"{}\".",
            doc_text(phrase)
        ));
    }
    if let Some(reference) = &alias.reference {
        lines.push(String::new());
        lines.push(reference_line(reference));
    }
    lines.push(String::new());
    lines.push(format!(
        "Parses to [`{0}::{1}`](crate::{0}::{1}), as the new name does.",
        spec.ty, alias.target_variant
    ));
    let doc = docs(lines);
    let note = alias_note(code);
    quote! {
        #doc
        #[deprecated(note = #note)]
        pub const #name: u16 = #n;
    }
}

/// Every name of the enum's rows, as a list macro that `src/` hands a macro
/// of its own to define typed constants from (`Status::HTTP_404_NOT_FOUND`,
/// and with the `http` feature, `http::StatusCode` ones): one item
/// `NAME = Variant, "404 Not Found";` per row (the text for doc comments,
/// Markdown escaped), each alias right after its
/// canonical row and deprecated as its `status::` constant is.
fn names_macro(spec: &EnumSpec, codes: &[Code], aliases: &[Alias]) -> TokenStream {
    let mut by_number: HashMap<u16, Vec<&Alias>> = HashMap::new();
    for alias in aliases.iter().filter(|a| a.kind == spec.kind) {
        by_number.entry(alias.number).or_default().push(alias);
    }
    let mut items = Vec::new();
    for code in codes {
        let (name, variant) = (ident(&code.name), ident(&code.variant));
        // For doc comments only: Markdown in the phrase is escaped.
        let text = format!("{} {}", code.number, doc_text(&code.phrase));
        let withdrawn = withdrawn(spec, code);
        items.push(quote! {
            #withdrawn
            #name = #variant, #text;
        });
        for alias in by_number.get(&code.number).into_iter().flatten() {
            let name = ident(&alias.name);
            let note = alias_note(code);
            items.push(quote! {
                #[deprecated(note = #note)]
                #name = #variant, #text;
            });
        }
    }
    let name = ident(spec.names_macro);
    let doc = format!(
        " Every name of [`{}`]'s rows, for the typed constants that `src/` defines.",
        spec.ty
    );
    quote! {
        #[doc = #doc]
        macro_rules! #name {
            ($define:ident) => {
                $define! {
                    #(#items)*
                }
            };
        }
        pub(crate) use #name;
    }
}

/// The deprecation note of an alias of `code`: the name that replaces it,
/// which sits beside it in every set of constants.
fn alias_note(code: &Code) -> String {
    format!("renamed to {} ({} {})", code.name, code.number, code.phrase)
}

/// One enum, its `ALL` list and its `code()`.
fn code_enum(spec: &EnumSpec, codes: &[Code]) -> TokenStream {
    let ty = ident(spec.ty);
    let doc = docs([spec.doc(codes)]);
    let variants = codes.iter().map(|code| {
        let variant = ident(&code.variant);
        let n = num(code.number);
        let doc = row_doc(
            code,
            &format!(
                "The same code as a constant: [`status::{0}`](crate::status::{0}).",
                code.name
            ),
        );
        let withdrawn = withdrawn(spec, code);
        quote! {
            #doc
            #withdrawn
            #variant = #n
        }
    });
    let all = codes.iter().map(|code| ident(&code.variant));
    let all_doc = docs([spec.all_doc()]);
    // A table may have no rows of this kind: an empty enum cannot have a
    // `repr` or be cast, so `code` matches on the (impossible) value instead.
    let (repr, code_body) = if codes.is_empty() {
        (quote!(), quote!(match self {}))
    } else {
        (quote!(#[repr(u16)]), quote!(self as u16))
    };
    let code_doc = docs([spec.code_method_doc(codes)]);
    quote! {
        #doc
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        #repr
        pub enum #ty {
            #(#variants,)*
        }

        impl #ty {
            #all_doc
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            #code_doc
            #[must_use]
            #[inline]
            pub const fn code(self) -> u16 {
                #code_body
            }
        }
    }
}

/// A `crate::Registration` value.
fn registration(registration: &Registration) -> TokenStream {
    match registration {
        Registration::Permanent => quote!(crate::Registration::Permanent),
        Registration::Temporary { expires } => {
            quote!(crate::Registration::Temporary { expires: #expires })
        }
        Registration::Obsoleted => quote!(crate::Registration::Obsoleted),
        Registration::Lapsed => quote!(crate::Registration::Lapsed),
        Registration::Removed => quote!(crate::Registration::Removed),
    }
}

/// The name of a flag's bit, `NO_CONTENT`: its column's name, upper-cased.
fn flag_ident(flag: Flag) -> Ident {
    ident(&flag.name().to_ascii_uppercase())
}

/// `mod flag`: the bit of each yes/no column, in the order of `FLAGS`.
fn flag_bits() -> TokenStream {
    let bits = Flag::all().enumerate().map(|(i, flag)| {
        let name = flag_ident(flag);
        let shift = Literal::usize_unsuffixed(i);
        let doc = format!(
            " Set in the flags of a row whose `{}` is `yes`, as written or by default.",
            flag.name()
        );
        quote! {
            #[doc = #doc]
            pub(crate) const #name: u32 = 1 << #shift;
        }
    });
    quote! {
        /// The yes/no columns of `data/status.csv`, one bit each in a variant's
        /// `flags` (after the column's default is applied).
        pub(crate) mod flag {
            #(#bits)*
        }
    }
}

/// A row's flags as its variant's `flags`: the bits that are set, or `0`.
fn flags(flags: Flags) -> TokenStream {
    let set: Vec<Ident> = Flag::all()
        .filter(|&flag| flags.has(flag))
        .map(flag_ident)
        .collect();
    if set.is_empty() {
        quote!(0)
    } else {
        quote!(#(flag::#set)|*)
    }
}

/// The enum's final lookup tables, the `crate::table::CodeTable` that
/// `src/table.rs` looks codes up in: for each number from the first code
/// to the last, its variant (`by_code`) and its variant's position
/// (`slots`); one array per field of the variants, in code order; the
/// deprecated names.
fn code_table(spec: &EnumSpec, codes: &[Code], aliases: &[Alias]) -> TokenStream {
    let ty = ident(spec.ty);
    let name = ident(&format!("{}_TABLE", spec.data));
    let first = codes.first().map_or(0, |c| c.number);
    let span = codes
        .last()
        .map_or(0, |c| usize::from(c.number - first) + 1);
    let mut by_code = vec![quote!(None); span];
    // A number without a variant: one past the end of every per-variant
    // array, so that each lookup needs one comparison.
    let none = Literal::usize_unsuffixed(codes.len());
    let mut slots = vec![quote!(#none); span];
    for (slot, code) in codes.iter().enumerate() {
        let offset = usize::from(code.number - first);
        let variant = ident(&code.variant);
        by_code[offset] = quote!(Some(#ty::#variant));
        let slot = Literal::usize_unsuffixed(slot);
        slots[offset] = quote!(#slot);
    }
    let names = codes.iter().map(|c| &c.name);
    let phrases = codes.iter().map(|c| &c.phrase);
    let displays = codes.iter().map(|c| format!("{} {}", c.number, c.phrase));
    let flags = codes.iter().map(|c| flags(c.flags));
    let registrations = codes.iter().map(|c| registration(&c.registration));
    let aliases = aliases.iter().filter(|a| a.kind == spec.kind).map(|a| {
        let name = &a.name;
        let variant = ident(&a.target_variant);
        quote!((#name, #ty::#variant))
    });
    let doc = format!(
        " The lookup tables of [`{}`]: by number from the first code, and per variant in code order.",
        spec.ty
    );
    let first = num(first);
    quote! {
        #[doc = #doc]
        pub(crate) const #name: crate::table::CodeTable<#ty> = crate::table::CodeTable {
            first: #first,
            by_code: &[#(#by_code),*],
            slots: &[#(#slots),*],
            names: &[#(#names),*],
            phrases: &[#(#phrases),*],
            displays: &[#(#displays),*],
            flags: &[#(#flags),*],
            registrations: &[#(#registrations),*],
            aliases: &[#(#aliases),*],
        };
    }
}
