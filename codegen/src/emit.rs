//! Stage 3: a validated [`Table`] into Rust source, one function per
//! generated item, formatted once by `prettyplease`.

use std::collections::HashMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::deprecate::{old_variants, withdrawn};
use super::docs::{doc_text, docs, reference_line, row_doc};
use super::model::{Alias, Code, Flags, Registration, Table};
use super::spec::{EnumSpec, HTTP, WS};
use super::HEADER;
use super::{Column, Kind};

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
/// The table must come from [`validate`](crate::validate): a table whose
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
        let typed = typed_consts(spec, codes, &table.aliases);
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
    let note = format!("renamed to {} ({} {})", code.name, code.number, code.phrase);
    quote! {
        #doc
        #[deprecated(note = #note)]
        pub const #name: u16 = #n;
    }
}

/// The typed constants on the open type, `Status::HTTP_404_NOT_FOUND`: one
/// per row, under the row's name, each alias deprecated in favour of its
/// canonical row's constant.
fn typed_consts(spec: &EnumSpec, codes: &[Code], aliases: &[Alias]) -> TokenStream {
    let (ty, open) = (ident(spec.ty), ident(spec.open_ty));
    let canonical = codes.iter().map(|code| {
        let (name, variant) = (ident(&code.name), ident(&code.variant));
        let doc = docs([format!(
            "{} {}, as a [`{open}`](crate::{open}): the code of [`{ty}::{}`](crate::{ty}::{}) and of \
             [`status::{name}`](crate::status::{name}).",
            code.number,
            doc_text(&code.phrase),
            code.variant,
            code.variant,
            open = spec.open_ty,
            ty = spec.ty,
            name = code.name,
        )]);
        let withdrawn = withdrawn(spec, code);
        quote! {
            #doc
            #withdrawn
            pub const #name: Self = Self::from_known(crate::#ty::#variant);
        }
    });
    let deprecated = aliases.iter().filter(|a| a.kind == spec.kind).map(|alias| {
        let (name, target) = (ident(&alias.name), ident(&alias.target));
        // Codes are sorted by number, and validation gave every alias the
        // number of its target.
        let phrase = codes
            .binary_search_by_key(&alias.number, |c| c.number)
            .map_or("", |i| codes[i].phrase.as_str());
        let doc = docs([format!(
            "{} {}: the old name of [`{open}::{target}`](Self::{target}).",
            alias.number,
            doc_text(phrase),
            open = spec.open_ty,
            target = alias.target,
        )]);
        let note = format!("renamed to {}::{}", spec.open_ty, alias.target);
        quote! {
            #doc
            #[deprecated(note = #note)]
            pub const #name: Self = Self::#target;
        }
    });
    let doc = format!(
        " The FastAPI names as typed constants, one per row of `data/status.csv`: \
         `status.{0}` ports as `{1}::{0}`.",
        codes.first().map_or("NAME", |c| c.name.as_str()),
        spec.open_ty
    );
    quote! {
        #[doc = #doc]
        impl crate::#open {
            #(#canonical)*
            #(#deprecated)*
        }
    }
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

/// Every yes/no column with its value in a row. Each is one bit of a
/// variant's `flags`, named after its column: a new flag column is one line
/// here.
fn flag_columns(flags: &Flags) -> [(Column, bool); 3] {
    [
        (Column::ReportingOnly, flags.reporting_only),
        (
            Column::HeuristicallyCacheable,
            flags.heuristically_cacheable,
        ),
        (Column::NoContent, flags.no_content),
    ]
}

/// The name of a flag's bit, `NO_CONTENT`.
fn flag_ident(column: Column) -> Ident {
    ident(&column.as_str().to_ascii_uppercase())
}

/// `mod flag`: the bit of each yes/no column.
fn flag_bits() -> TokenStream {
    let bits = flag_columns(&Flags::default())
        .into_iter()
        .enumerate()
        .map(|(i, (column, _))| {
            let name = flag_ident(column);
            let shift = Literal::usize_unsuffixed(i);
            let doc = format!(
                " Set in the flags of a row whose `{column}` is `yes`, as written or by default."
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
fn flags(flags: &Flags) -> TokenStream {
    let set: Vec<Ident> = flag_columns(flags)
        .into_iter()
        .filter(|&(_, set)| set)
        .map(|(column, _)| flag_ident(column))
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
    let flags = codes.iter().map(|c| flags(&c.flags));
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
