//! What keeps a released name working after the registry moves on: the
//! enum's deprecated constants for the variants that alias rows' names
//! give (a renamed code's old variant), and the `#[deprecated]` attribute of
//! a code its registry no longer lists (`registration` `lapsed` or
//! `removed`). Part of stage 3; see `emit.rs`.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{doc_text, docs};
use super::emit::ident;
use super::model::{Alias, Code, Registration};
use super::spec::EnumSpec;

/// Why a code's names are deprecated although it has no newer name: its
/// registry no longer lists it. `None` for every other registration.
pub(crate) fn withdrawn_note(spec: &EnumSpec, code: &Code) -> Option<String> {
    let what = format!("{} {}", code.number, code.phrase);
    match code.registration {
        Registration::Lapsed => Some(format!(
            "the temporary registration of {what} lapsed: the {} no longer lists it",
            spec.registry
        )),
        Registration::Removed => Some(format!(
            "IANA removed {what}: the {} no longer lists it",
            spec.registry
        )),
        _ => None,
    }
}

/// `#[deprecated(note = "...")]` for a code its registry no longer lists,
/// on its constant, its variant and its typed constant; nothing otherwise.
pub(crate) fn withdrawn(spec: &EnumSpec, code: &Code) -> TokenStream {
    match withdrawn_note(spec, code) {
        Some(note) => quote!(#[deprecated(note = #note)]),
        None => TokenStream::new(),
    }
}

/// The old variant names of one enum, `HttpStatus::UnprocessableEntity`:
/// for each alias row of the kind, a deprecated constant named after the
/// variant its name gives, equal to its target's variant. A constant works
/// where the variant did, in expressions and in `match` patterns, and warns
/// with the new name. Nothing when the kind has no aliases.
pub(crate) fn old_variants(spec: &EnumSpec, codes: &[Code], aliases: &[Alias]) -> TokenStream {
    let ty = ident(spec.ty);
    let kept: Vec<TokenStream> = aliases
        .iter()
        .filter(|a| a.kind == spec.kind)
        .map(|alias| {
            let (name, target) = (ident(&alias.variant), ident(&alias.target_variant));
            // Codes are sorted by number, and validation gave every alias the
            // number of its target.
            let phrase = codes
                .binary_search_by_key(&alias.number, |c| c.number)
                .map_or("", |i| codes[i].phrase.as_str());
            let doc = docs([format!(
                "{} {}: the old variant name of [`{ty}::{target}`](Self::{target}), from \
                 [`status::{old}`](crate::status::{old}).",
                alias.number,
                doc_text(phrase),
                ty = spec.ty,
                target = alias.target_variant,
                old = alias.name,
            )]);
            let note = format!("renamed to {}::{}", spec.ty, alias.target_variant);
            quote! {
                #doc
                #[deprecated(note = #note)]
                #[allow(non_upper_case_globals)]
                pub const #name: Self = Self::#target;
            }
        })
        .collect();
    if kept.is_empty() {
        return TokenStream::new();
    }
    let doc = " The old variant names of renamed codes, one per alias row of \
               `data/status.csv`: deprecated constants that still compile wherever the \
               variant did, `match` patterns included.";
    quote! {
        #[doc = #doc]
        impl #ty {
            #(#kept)*
        }
    }
}
