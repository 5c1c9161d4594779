//! Any bytes as `data/status.csv`: the generator must not panic, and what it
//! accepts must parse as Rust with one constant per accepted name.
#![no_main]

use status_codes_codegen as codegen;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = codegen::generate(data) else {
        return;
    };
    let file = syn::parse_file(&source).expect("accepted input must generate a parsable file");
    let table = codegen::parse_table(data).expect("generate and parse_table agree");
    let consts = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "status" => m.content.as_ref().map(|c| c.1.len()),
            _ => None,
        })
        .expect("a status module");
    assert_eq!(consts, table.http.len() + table.ws.len() + table.aliases.len());
});
