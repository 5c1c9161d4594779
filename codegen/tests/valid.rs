//! Input the generator must accept: odd but valid CSV, the golden output of
//! a small fixture, determinism, and the rules that derive names and phrases.

use status_codes_codegen as codegen;

mod common;

use codegen::{
    generate, parse_table, read_rows, Category, Code, Column, Flag, Flags, Kind, Registration,
    Table,
};
use common::oddly_formatted;

const GOLDEN_CSV: &str = include_str!("golden/status.csv");
const GOLDEN_RS: &str = "tests/golden/generated.rs";

fn table(csv: &str) -> Table {
    match parse_table(csv) {
        Ok(table) => table,
        Err(errors) => panic!("expected valid input, got:\n{errors}"),
    }
}

/// (name, number, variant, phrase) of every canonical row, both kinds.
fn summary(table: &Table) -> Vec<(String, u16, String, String)> {
    table
        .http
        .iter()
        .chain(&table.ws)
        .map(|c| {
            (
                c.name.clone(),
                c.number,
                c.variant.clone(),
                c.phrase.clone(),
            )
        })
        .collect()
}

fn row(name: &str, number: u16, variant: &str, phrase: &str) -> (String, u16, String, String) {
    (name.into(), number, variant.into(), phrase.into())
}

const PLAIN: &str =
    "name,number,category\nHTTP_200_OK,200,success\nWS_1000_NORMAL_CLOSURE,1000,websocket\n";

fn plain_summary() -> Vec<(String, u16, String, String)> {
    vec![
        row("HTTP_200_OK", 200, "Ok", "Ok"),
        row(
            "WS_1000_NORMAL_CLOSURE",
            1000,
            "NormalClosure",
            "Normal Closure",
        ),
    ]
}

#[test]
#[should_panic(expected = "bug in the caller of the status-codes generator")]
fn emitting_a_table_with_a_repeated_number_is_a_bug_that_says_so() {
    let mut t =
        table("name,number,category\nHTTP_200_OK,200,success\nHTTP_201_CREATED,201,success\n");
    t.http[1].number = 200;
    codegen::emit(&t);
}

#[test]
#[should_panic(expected = "bug in the caller of the status-codes generator")]
fn emitting_an_unsorted_table_is_a_bug_that_says_so() {
    let mut t = table("name,number,category\nWS_1000_NORMAL_CLOSURE,1000,websocket\nWS_1001_GOING_AWAY,1001,websocket\n");
    t.ws.swap(0, 1);
    codegen::emit(&t);
}

#[test]
fn golden_output_matches() {
    let generated = match generate(GOLDEN_CSV) {
        Ok(source) => source,
        Err(errors) => panic!("{errors}"),
    };
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN_RS, &generated).expect("write the golden file");
    }
    let expected = std::fs::read_to_string(GOLDEN_RS)
        .expect("tests/golden/generated.rs is missing; run with UPDATE_GOLDEN=1 to create it");
    assert!(
        generated == expected,
        "generated source differs from {GOLDEN_RS}; if the change is intended, \
         rerun with UPDATE_GOLDEN=1 and review the diff"
    );
}

#[test]
fn output_starts_with_the_generated_header() {
    let source = generate(PLAIN).unwrap();
    assert!(source.starts_with(
        "// @generated from data/status.csv by the build script. Edit the CSV, not this file.\n"
    ));
}

#[test]
fn output_is_deterministic_and_independent_of_row_order() {
    let forward = generate(GOLDEN_CSV).unwrap();
    assert_eq!(forward, generate(GOLDEN_CSV).unwrap());
    let mut lines: Vec<&str> = GOLDEN_CSV.lines().filter(|l| !l.starts_with('#')).collect();
    let header = lines.remove(0);
    lines.reverse();
    let reversed = format!("{header}\n{}\n", lines.join("\n"));
    assert_eq!(forward, generate(reversed).unwrap());
}

#[test]
fn crlf_line_endings() {
    let csv = PLAIN.replace('\n', "\r\n");
    assert_eq!(summary(&table(&csv)), plain_summary());
}

#[test]
fn byte_order_mark() {
    let csv = format!("\u{FEFF}{PLAIN}");
    assert_eq!(summary(&table(&csv)), plain_summary());
}

#[test]
fn quoted_fields() {
    let csv = "\"name\",\"number\",\"category\",\"phrase\"\n\
               \"HTTP_200_OK\",\"200\",\"success\",\"OK, \"\"really\"\"\"\n\
               WS_1000_NORMAL_CLOSURE,1000,websocket\n";
    let t = table(csv);
    assert_eq!(t.http[0].phrase, "OK, \"really\"");
    assert_eq!(t.ws[0].number, 1000);
}

#[test]
fn missing_final_newline() {
    let csv = PLAIN.trim_end();
    assert_eq!(summary(&table(csv)), plain_summary());
}

#[test]
fn blank_lines_and_comments_are_skipped() {
    let csv = "\n# header next\nname,number,category\n\n\nHTTP_200_OK,200,success\n   \n# a comment\n,,\nWS_1000_NORMAL_CLOSURE,1000,websocket\n\n";
    assert_eq!(summary(&table(csv)), plain_summary());
}

#[test]
fn optional_columns_may_be_left_off_the_end() {
    let csv = "name,number,category,phrase,alias_of,reference,reporting_only\n\
               HTTP_200_OK,200,success\n\
               HTTP_201_CREATED,201,success,Created!\n\
               WS_1000_NORMAL_CLOSURE,1000,websocket,,,RFC 6455\n\
               WS_1005_NO_STATUS_RCVD,1005,websocket,,,RFC 6455,yes\n";
    let t = table(csv);
    assert_eq!(t.http[1].phrase, "Created!");
    assert_eq!(t.ws[0].reference.as_deref(), Some("RFC 6455"));
    assert!(!t.ws[0].flags.get("reporting_only"));
    assert!(t.ws[1].flags.get("reporting_only"));
}

#[test]
fn spaces_around_fields_are_trimmed() {
    let csv = " name , number ,category\n  HTTP_200_OK ,\t200 , success \n\"  WS_1000_NORMAL_CLOSURE  \",1000,websocket\n";
    assert_eq!(summary(&table(csv)), plain_summary());
}

#[test]
fn columns_may_come_in_any_order() {
    let csv = "category,phrase,number,name\nsuccess,Fine,200,HTTP_200_OK\nwebsocket,,1000,WS_1000_NORMAL_CLOSURE\n";
    let t = table(csv);
    assert_eq!(
        (t.http[0].name.as_str(), t.http[0].phrase.as_str()),
        ("HTTP_200_OK", "Fine")
    );
}

#[test]
fn reporting_only_no_is_the_same_as_empty() {
    let csv = "name,number,category,reporting_only\nHTTP_200_OK,200,success,no\nWS_1000_NORMAL_CLOSURE,1000,websocket,no\n";
    assert!(!table(csv).ws[0].flags.get("reporting_only"));
}

#[test]
fn phrase_defaults_to_the_title_cased_words() {
    let csv = format!("{PLAIN}HTTP_599_NETWORK_CONNECT_TIMEOUT,599,server_error\nWS_4321_GAME_OVER,4321,websocket\n");
    let t = table(&csv);
    assert_eq!(t.http[1].phrase, "Network Connect Timeout");
    assert_eq!(t.http[1].variant, "NetworkConnectTimeout");
    assert_eq!(t.ws[1].phrase, "Game Over");
    assert_eq!(t.ws[1].variant, "GameOver");
}

#[test]
fn variant_names_are_upper_camel_case_of_the_words() {
    let csv = format!(
        "{PLAIN}HTTP_418_IM_A_TEAPOT,418,client_error\nHTTP_505_HTTP_VERSION_NOT_SUPPORTED,505,server_error\nWS_3001_V2_GONE,3001,websocket\n"
    );
    let t = table(&csv);
    let variants: Vec<&str> = t
        .http
        .iter()
        .chain(&t.ws)
        .map(|c| c.variant.as_str())
        .collect();
    assert_eq!(
        variants,
        [
            "Ok",
            "ImATeapot",
            "HttpVersionNotSupported",
            "NormalClosure",
            "V2Gone"
        ]
    );
}

#[test]
fn rows_are_sorted_by_number_and_aliases_follow_their_target() {
    let t = table(GOLDEN_CSV);
    let numbers: Vec<u16> = t.http.iter().map(|c| c.number).collect();
    assert_eq!(numbers, [100, 104, 205, 226, 308, 418, 422, 510, 599]);
    assert_eq!(t.aliases.len(), 1);
    let alias = &t.aliases[0];
    assert_eq!(alias.name, "HTTP_422_UNPROCESSABLE_ENTITY");
    assert_eq!(alias.target, "HTTP_422_UNPROCESSABLE_CONTENT");
    assert_eq!(alias.target_variant, "UnprocessableContent");
    assert_eq!(alias.variant, "UnprocessableEntity");
    assert_eq!(alias.kind, Kind::Http);
    assert_eq!(t.http[5].category, Category::ClientError);
}

#[test]
fn generated_items_follow_the_table() {
    let source = generate(GOLDEN_CSV).unwrap();
    for needle in [
        "pub const HTTP_599_NETWORK_CONNECT_TIMEOUT: u16 = 599;",
        "pub const WS_1016_GAME_OVER_2: u16 = 1016;",
        "NetworkConnectTimeout = 599,",
        "GameOver2 = 1016,",
        "#[deprecated(\n        note = \"renamed to HTTP_422_UNPROCESSABLE_CONTENT (422 Unprocessable Content)\"\n    )]",
        "/// 418 I'm a teapot",
        // A renamed code's old variant stays, as a deprecated constant.
        "    #[deprecated(note = \"renamed to HttpStatus::UnprocessableContent\")]\n    \
         #[allow(non_upper_case_globals)]\n    \
         pub const UnprocessableEntity: Self = Self::UnprocessableContent;",
        // A code the registry no longer lists stays, deprecated, under every name.
        "    #[deprecated(\n        note = \"IANA removed 599 Network Connect Timeout: the IANA HTTP \
         Status Code Registry no longer lists it\"\n    )]\n    \
         pub const HTTP_599_NETWORK_CONNECT_TIMEOUT: u16 = 599;",
        "    #[deprecated(\n        note = \"IANA removed 599 Network Connect Timeout: the IANA HTTP \
         Status Code Registry no longer lists it\"\n    )]\n    NetworkConnectTimeout = 599,",
        // The flags are stated where they hold, with their source.
        "/// Heuristically cacheable: a cache may store a response with this status and \
         reuse it without explicit freshness information \
         ([RFC 9110, Section 15.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.1)).",
        "/// Never carries content: a response with this status ends after its header \
         section ([RFC 9110, Section 15.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2)).",
        "/// Never carries content: a response with this status ends after its header \
         section ([RFC 9110, Section 15.3.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6)).",
        // Markdown in CSV text is escaped, URLs become autolinks and RFCs links.
        "/// Reference: [RFC 2324](https://www.rfc-editor.org/rfc/rfc2324) \\[sic\\] \\<HTCPCP\\> \\*Section\\_2\\* (see <https://www.rfc-editor.org/rfc/rfc2324>).",
    ] {
        assert!(source.contains(needle), "missing `{needle}` in:\n{source}");
    }
    assert!(!source.contains("404u16"), "numbers are unsuffixed");
}

#[test]
fn the_real_table_is_valid() {
    // Whatever it holds: only that it validates, and has codes of both kinds.
    let t = table(include_str!("../../data/status.csv"));
    assert!(!t.http.is_empty() && !t.ws.is_empty());
}

#[test]
fn trailing_commas_on_rows_and_header_are_ignored() {
    let csv = "name,number,category,\nHTTP_200_OK,200,success,\nWS_1000_NORMAL_CLOSURE,1000,websocket,,,\n";
    assert_eq!(summary(&table(csv)), plain_summary());
}

#[test]
fn old_mac_line_endings() {
    let csv = PLAIN.replace('\n', "\r");
    assert_eq!(summary(&table(&csv)), plain_summary());
    let bad =
        "name,number,category\rHTTP_200_OK,200,success\rHTTP_404_NOT_FOUND,4o4,client_error\r";
    let errors = generate(bad).unwrap_err().0;
    assert_eq!(
        (errors[0].line, errors[0].line_text.as_str()),
        (3, "HTTP_404_NOT_FOUND,4o4,client_error")
    );
}

#[test]
fn a_table_may_lack_one_kind_or_both() {
    let http_only = table("name,number,category\nHTTP_200_OK,200,success\n");
    assert_eq!((http_only.http.len(), http_only.ws.len()), (1, 0));
    let ws_only = table("name,number,category\nWS_1000_NORMAL_CLOSURE,1000,websocket\n");
    assert_eq!((ws_only.http.len(), ws_only.ws.len()), (0, 1));
    // An empty enum gets no `repr` (rustc rejects one) and a `code` that
    // matches on the impossible value.
    let source = generate("name,number,category\n").unwrap();
    assert!(source.contains("pub enum HttpStatus {}"), "{source}");
    assert!(source.contains("match self {}"));
    assert!(!source.contains("#[repr(u16)]"));
}

#[test]
fn oddly_formatted_real_table_generates_the_same_source() {
    let real = include_str!("../../data/status.csv");
    let odd = oddly_formatted(real);
    assert!(odd.starts_with('\u{FEFF}') && odd.contains("\r\n") && !odd.ends_with('\n'));
    assert_eq!(generate(&odd).unwrap(), generate(real).unwrap());
}

#[test]
fn spaces_around_quotes_are_forgiven_but_real_quotes_are_kept() {
    let csv = "name, \"number\" ,category,phrase\n\
               HTTP_200_OK, \"200\",success, \"I\"\"m fine\"\n\
               HTTP_201_CREATED,201,success,\"\"\"Created\"\"\"\n\
               WS_1000_NORMAL_CLOSURE,1000,websocket\n";
    let t = table(csv);
    assert_eq!(t.http[0].phrase, "I\"m fine");
    assert_eq!(t.http[1].phrase, "\"Created\"");
}

#[test]
fn a_row_of_three_fields_gets_the_common_flags() {
    let t = table(
        "name,number,category\nHTTP_103_EARLY_HINTS,103,informational\n\
         HTTP_200_OK,200,success\nWS_1000_NORMAL_CLOSURE,1000,websocket\n",
    );
    // The flags each row has by default: only 1xx's `no_content`.
    let set = |code: &Code| -> Vec<&str> {
        Flag::all()
            .filter(|&flag| code.flags.has(flag))
            .map(Flag::name)
            .collect()
    };
    assert_eq!(set(&t.http[0]), ["no_content"]);
    assert_eq!(set(&t.http[1]), [""; 0]);
    assert_eq!(set(&t.ws[0]), [""; 0]);
    assert_eq!(t.ws[0].flags, Flags::default());
}

#[test]
fn registration_is_permanent_unless_the_row_says_otherwise() {
    let t = table(
        "name,number,category,registration\n\
         HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,104,informational,temporary until 2028-02-29\n\
         HTTP_200_OK,200,success\n\
         HTTP_201_CREATED,201,success,permanent\n\
         HTTP_306_SWITCH_PROXY,306,redirection,removed\n\
         HTTP_510_NOT_EXTENDED,510,server_error,obsoleted\n\
         WS_1004_RESERVED,1004,websocket,lapsed\n\
         WS_3000_UNAUTHORIZED,3000,websocket, temporary until 2030-01-31 \n",
    );
    let registrations: Vec<(u16, Registration)> = t
        .http
        .iter()
        .chain(&t.ws)
        .map(|c| (c.number, c.registration.clone()))
        .collect();
    let temporary = |date: &str| Registration::Temporary {
        expires: date.to_owned(),
    };
    assert_eq!(
        registrations,
        [
            (104, temporary("2028-02-29")),
            (200, Registration::Permanent),
            (201, Registration::Permanent),
            (306, Registration::Removed),
            (510, Registration::Obsoleted),
            (1004, Registration::Lapsed),
            (3000, temporary("2030-01-31")),
        ]
    );
}

#[test]
fn a_code_the_registry_no_longer_lists_is_deprecated_with_its_reason() {
    let source = generate(
        "name,number,category,registration\n\
         HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,104,informational,lapsed\n\
         WS_1004_RESERVED,1004,websocket,removed\n",
    )
    .unwrap();
    let lapsed = "\"the temporary registration of 104 Upload Resumption Supported lapsed: \
                  the IANA HTTP Status Code Registry no longer lists it\"";
    let removed = "\"IANA removed 1004 Reserved: the IANA WebSocket Close Code Number \
                   Registry no longer lists it\"";
    // On the constant, the variant and the list of names that the typed
    // constants come from (`http_names!`, `ws_names!`), as the note of a
    // `#[deprecated]` attribute.
    assert_eq!(source.matches(lapsed).count(), 3, "{source}");
    assert_eq!(source.matches(removed).count(), 3, "{source}");
    assert!(source.contains("crate::Registration::Lapsed"));
    assert!(source.contains("crate::Registration::Removed"));
}

#[test]
fn a_registration_reads_back_from_the_field_it_writes() {
    let registrations = [
        Registration::Permanent,
        Registration::Obsoleted,
        Registration::Lapsed,
        Registration::Removed,
        Registration::Temporary {
            expires: "2028-02-29".to_owned(),
        },
    ];
    for registration in registrations {
        let field = registration.field();
        let t = table(&format!(
            "name,number,category,registration\nHTTP_200_OK,200,success,{field}\n"
        ));
        assert_eq!(t.http[0].registration, registration, "{field:?}");
    }
}

#[test]
fn registration_dates_must_be_real_days() {
    let header = "name,number,category,registration\n";
    for (date, valid) in [
        ("2028-02-29", true),  // leap year
        ("2000-02-29", true),  // divisible by 400
        ("2026-02-29", false), // not a leap year
        ("1900-02-29", false), // divisible by 100 only
        ("2026-04-30", true),
        ("2026-04-31", false),
        ("2026-12-31", true),
        ("2026-00-10", false),
        ("2026-13-10", false),
        ("2026-01-00", false),
        ("2026-1-10", false),
        ("2026-01-1x", false),
        ("20260-1-10", false),
        ("+026-01-10", false),
        ("2026x11-13", false), // digits in place, a wrong separator
        ("2026-11x13", false),
    ] {
        let csv = format!("{header}HTTP_104_X,104,informational,temporary until {date}\n");
        assert_eq!(parse_table(&csv).is_ok(), valid, "{date}");
    }
}

#[test]
fn flags_are_read_from_their_columns_by_name() {
    let t = table(
        "name,number,category,no_content,heuristically_cacheable,reporting_only\n\
         HTTP_100_CONTINUE,100,informational,yes,no\n\
         HTTP_200_OK,200,success,no,yes,no\n\
         HTTP_204_NO_CONTENT,204,success,yes,yes\n\
         HTTP_205_RESET_CONTENT,205,success,yes\n\
         WS_1005_NO_STATUS_RCVD,1005,websocket,,,yes\n",
    );
    let flags: Vec<(u16, bool, bool, bool)> = t
        .http
        .iter()
        .chain(&t.ws)
        .map(|c| {
            let f = c.flags;
            (
                c.number,
                f.get("heuristically_cacheable"),
                f.get("no_content"),
                f.get("reporting_only"),
            )
        })
        .collect();
    assert_eq!(
        flags,
        [
            (100, false, true, false),
            (200, true, false, false),
            (204, true, true, false),
            (205, false, true, false),
            (1005, false, false, true),
        ]
    );
}

/// The `Reference:` doc line generated for a row with `reference`.
fn reference_doc(reference: &str) -> String {
    let csv = format!("name,number,category,reference\nHTTP_200_OK,200,success,\"{reference}\"\n");
    let source = generate(csv).unwrap();
    let line = source
        .lines()
        .find(|l| l.contains("Reference: "))
        .expect("a reference line");
    line.trim().trim_start_matches("/// ").to_owned()
}

#[test]
fn rfc_references_link_to_the_rfc_and_section() {
    let rfc = "https://www.rfc-editor.org/rfc";
    assert_eq!(
        reference_doc("RFC 9110, Section 15.5.5"),
        format!("Reference: [RFC 9110, Section 15.5.5]({rfc}/rfc9110#section-15.5.5).")
    );
    assert_eq!(
        reference_doc("RFC 2518"),
        format!("Reference: [RFC 2518]({rfc}/rfc2518).")
    );
    assert_eq!(
        reference_doc("RFC 6455, Section 7.4.1; IANA registry"),
        format!(
            "Reference: [RFC 6455, Section 7.4.1]({rfc}/rfc6455#section-7.4.1); IANA registry."
        )
    );
    assert_eq!(
        reference_doc("RFC 2774 (obsoleted; historic)"),
        format!("Reference: [RFC 2774]({rfc}/rfc2774) (obsoleted; historic).")
    );
    assert_eq!(
        reference_doc("RFC9110, Section 6.4.1."),
        format!("Reference: [RFC9110, Section 6.4.1]({rfc}/rfc9110#section-6.4.1).")
    );
    assert_eq!(
        reference_doc("RFC 4918 and RFC 5842"),
        format!("Reference: [RFC 4918]({rfc}/rfc4918) and [RFC 5842]({rfc}/rfc5842).")
    );
}

#[test]
fn other_references_stay_text() {
    for (reference, doc) in [
        (
            "draft-ietf-httpbis-resumable-upload",
            "Reference: draft-ietf-httpbis-resumable-upload.",
        ),
        ("IANA registry", "Reference: IANA registry."),
        ("RFC", "Reference: RFC."),
        ("RFC draft", "Reference: RFC draft."),
        ("XRFC 12", "Reference: XRFC 12."),
        ("RFC 12a", "Reference: RFC 12a."),
        (
            "RFC 9110, Section x",
            "Reference: [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110), Section x.",
        ),
    ] {
        assert_eq!(reference_doc(reference), doc, "{reference}");
    }
}

#[test]
fn the_enum_docs_show_the_preferred_example_code() {
    let csv =
        "name,number,category\nHTTP_200_OK,200,success\nHTTP_404_NOT_FOUND,404,client_error\n\
               WS_1000_NORMAL_CLOSURE,1000,websocket\nWS_1008_POLICY_VIOLATION,1008,websocket\n";
    let source = generate(csv).unwrap();
    assert!(source.contains("/// let code = HttpStatus::from_code(404).unwrap();"));
    assert!(source.contains("/// let code = WsCloseCode::from_code(1008).unwrap();"));
    // Without it, the first row.
    let source = generate("name,number,category\nHTTP_201_CREATED,201,success\n").unwrap();
    assert!(source.contains("/// let code = HttpStatus::from_code(201).unwrap();"));
}

#[test]
fn characters_that_would_end_an_autolink_are_percent_encoded() {
    assert_eq!(
        reference_doc("see https://x.org/a<b>c`d"),
        "Reference: see <https://x.org/a%3Cb%3Ec%60d>."
    );
}

#[test]
fn every_column_is_found_by_its_name_and_its_index() {
    for (i, column) in Column::ALL.into_iter().enumerate() {
        assert_eq!(column.index(), i, "{column}");
        assert_eq!(Column::named(column.as_str()), Some(column));
        if let Column::Flag(flag) = column {
            assert_eq!(flag.name(), column.as_str());
            assert_eq!(Column::flag(flag.name()), column);
        }
    }
    assert_eq!(Column::named("no_such_column"), None);
}

#[test]
fn a_flag_name_that_no_column_has_is_a_bug_that_says_so() {
    // In a `const` this is a compile error; at run time, a panic naming it.
    let unknown = std::panic::catch_unwind(|| Column::flag("no_such_column"));
    assert!(unknown.is_err());
    let t = table("name,number,category\nHTTP_100_CONTINUE,100,informational\n");
    let flags = t.http[0].flags;
    let unknown = std::panic::catch_unwind(|| flags.get("no_such_column"));
    let message = unknown.unwrap_err();
    assert_eq!(
        message.downcast_ref::<String>().map(String::as_str),
        Some("no yes/no column is named `no_such_column`")
    );
}

#[test]
fn the_rows_remember_where_the_header_is_and_its_columns() {
    let rows =
        read_rows(b"# a comment\n\nnumber,name,category,,\nHTTP_200_OK,200,success\n".as_slice())
            .unwrap();
    assert_eq!(rows.header_line, 3);
    assert_eq!(
        rows.header,
        [
            Some(Column::Number),
            Some(Column::Name),
            Some(Column::Category),
            None,
            None
        ]
    );
}
