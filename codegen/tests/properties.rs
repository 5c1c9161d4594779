//! Property tests of the generator: whatever the input, it never panics;
//! whatever it accepts, it turns into Rust that parses and agrees with the
//! rows.
//!
//! Each property runs 32 cases by default, enough to catch a regression in
//! the quick loop, and 256 with `STATUS_CODES_FULL_TESTS=1`, which CI
//! (`.ci/run`) sets.

use status_codes_codegen as codegen;

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::sample::select;

const REAL: &str = include_str!("../../data/status.csv");

/// The cases each property runs: the full count when
/// `STATUS_CODES_FULL_TESTS=1` (CI), an eighth of it otherwise.
fn cases() -> u32 {
    if std::env::var_os("STATUS_CODES_FULL_TESTS").is_some_and(|v| v == "1") {
        256
    } else {
        32
    }
}

/// What the generated file declares: constants with their values, and
/// variants with their discriminants, per enum.
#[derive(Debug, Default, PartialEq, Eq)]
struct Declared {
    consts: BTreeMap<String, u16>,
    variants: BTreeMap<(String, String), u16>,
}

fn int(expr: &syn::Expr) -> u16 {
    match expr {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(n),
            ..
        }) => {
            assert_eq!(n.suffix(), "", "literals are unsuffixed");
            n.base10_parse().expect("a u16 literal")
        }
        other => panic!("expected an integer literal, got {}", quote::quote!(#other)),
    }
}

/// Reads the generated source back with syn.
fn declared(source: &str) -> Declared {
    let file = syn::parse_file(source).expect("generated code parses as a Rust file");
    let mut out = Declared::default();
    for item in &file.items {
        match item {
            syn::Item::Mod(m) if m.ident == "status" => {
                for item in &m.content.as_ref().expect("inline module").1 {
                    if let syn::Item::Const(c) = item {
                        out.consts.insert(c.ident.to_string(), int(&c.expr));
                    }
                }
            }
            syn::Item::Enum(e) => {
                for v in &e.variants {
                    let (_, value) = v.discriminant.as_ref().expect("explicit discriminant");
                    out.variants
                        .insert((e.ident.to_string(), v.ident.to_string()), int(value));
                }
            }
            _ => {}
        }
    }
    out
}

/// What the table says should be declared.
fn expected(table: &codegen::Table) -> Declared {
    let mut out = Declared::default();
    for (ty, codes) in [("HttpStatus", &table.http), ("WsCloseCode", &table.ws)] {
        for code in codes {
            out.consts.insert(code.name.clone(), code.number);
            out.variants
                .insert((ty.to_owned(), code.variant.clone()), code.number);
        }
    }
    for alias in &table.aliases {
        out.consts.insert(alias.name.clone(), alias.number);
    }
    out
}

/// Generates, and when the input is accepted, checks the output against it.
fn check_accepted(csv: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(source) = codegen::generate(csv) {
        let table = codegen::parse_table(csv).expect("generate accepted it");
        prop_assert_eq!(declared(&source), expected(&table));
        for code in table.http.iter().chain(&table.ws) {
            let quoted = format!("\"{}\"", code.name);
            prop_assert!(
                source.contains(&quoted),
                "{} is missing from the name table",
                code.name
            );
        }
    }
    Ok(())
}

/// Small edits a maintainer might make to one line of the real file.
#[derive(Clone, Debug)]
enum Edit {
    Delete(usize),
    Duplicate(usize),
    Replace(usize, String),
    Insert(usize, String),
    SetField(usize, usize, String),
    Truncate(usize, usize),
}

fn apply(lines: &mut Vec<String>, edit: &Edit) {
    let n = lines.len();
    match edit {
        Edit::Delete(i) => {
            lines.remove(i % n);
        }
        Edit::Duplicate(i) => {
            let line = lines[i % n].clone();
            lines.insert(i % n, line);
        }
        Edit::Replace(i, text) => lines[i % n] = text.clone(),
        Edit::Insert(i, text) => lines.insert(i % (n + 1), text.clone()),
        Edit::SetField(i, f, text) => {
            let mut fields: Vec<String> = lines[i % n].split(',').map(str::to_owned).collect();
            let k = f % fields.len();
            fields[k] = text.clone();
            lines[i % n] = fields.join(",");
        }
        Edit::Truncate(i, at) => {
            let line = &mut lines[i % n];
            let mut cut = at % (line.len() + 1);
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            line.truncate(cut);
        }
    }
}

/// Field text that is often meaningful to the generator.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        select(vec![
            "",
            " ",
            "404",
            "0",
            "65535",
            "65536",
            "1000",
            "4999",
            "5000",
            "599",
            "99",
            "-1",
            "04",
            "success",
            "websocket",
            "client_error",
            "server_error",
            "informational",
            "redirection",
            "yes",
            "no",
            "\"",
            "\"\"",
            "#",
            "HTTP_404_NOT_FOUND",
            "HTTP_413_CONTENT_TOO_LARGE",
            "WS_1000_NORMAL_CLOSURE",
            "HTTP_599_SELF",
            "HTTP_598_2FA",
            "HTTP_404__X",
            "WS_4000_X",
            "é",
            "\u{FEFF}",
            "[x](y)",
            "<b>",
            "https://example.com/x",
            "\t",
            "a\nb",
            "\r",
        ])
        .prop_map(str::to_owned),
        "[A-Z0-9_]{0,24}",
        "[ -~]{0,16}",
        any::<String>(),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    let line = 0usize..200;
    prop_oneof![
        line.clone().prop_map(Edit::Delete),
        line.clone().prop_map(Edit::Duplicate),
        (line.clone(), "[ -~]{0,60}").prop_map(|(i, t)| Edit::Replace(i, t)),
        (line.clone(), valid_row()).prop_map(|(i, t)| Edit::Insert(i, t)),
        (line.clone(), 0usize..8, field()).prop_map(|(i, f, t)| Edit::SetField(i, f, t)),
        (line, 0usize..80).prop_map(|(i, at)| Edit::Truncate(i, at)),
    ]
}

/// A row that is valid on its own (it may still clash with others).
fn valid_row() -> impl Strategy<Value = String> {
    let words = "[A-Z][A-Z0-9]{0,6}(_[A-Z0-9]{1,6}){0,3}";
    prop_oneof![
        (100u16..=599, words).prop_map(|(n, w)| {
            let category = [
                "informational",
                "success",
                "redirection",
                "client_error",
                "server_error",
            ][usize::from(n / 100 - 1)];
            format!("HTTP_{n}_{w},{n},{category}")
        }),
        (1000u16..=4999, words).prop_map(|(n, w)| format!("WS_{n}_{w},{n},websocket")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        check_accepted(&bytes)?;
    }

    #[test]
    fn arbitrary_text_after_a_header_never_panics(body in "[ -~\n\r\t\"#,é]{0,400}") {
        // Every column, so that a new one is tried too.
        let header = codegen::Column::ALL.map(codegen::Column::as_str).join(",");
        let csv = format!("{header}\n{body}");
        check_accepted(csv.as_bytes())?;
    }

    #[test]
    fn mutations_of_the_real_table(edits in proptest::collection::vec(edit(), 1..6)) {
        let mut lines: Vec<String> = REAL.lines().map(str::to_owned).collect();
        for e in &edits {
            apply(&mut lines, e);
        }
        check_accepted(lines.join("\n").as_bytes())?;
    }

    #[test]
    fn valid_rows_are_accepted_unless_they_clash(rows in proptest::collection::vec(valid_row(), 1..40)) {
        let csv = format!(
            "name,number,category\nHTTP_200_OK,200,success\nWS_1000_NORMAL_CLOSURE,1000,websocket\n{}\n",
            rows.join("\n")
        );
        match codegen::generate(&csv) {
            Ok(_) => check_accepted(csv.as_bytes())?,
            Err(errors) => {
                // Only clashes between rows may reject rows valid on their own.
                for e in &errors.0 {
                    prop_assert!(
                        e.message.starts_with("duplicate")
                            || e.message.contains("would be the variant")
                            || e.message.contains("Rust keyword"),
                        "unexpected: {}", e.message
                    );
                }
            }
        }
    }
}

#[test]
fn the_real_table_round_trips_through_syn() {
    check_accepted(REAL.as_bytes()).unwrap();
}
