//! Every validation rule of the generator, one malformed input each: the
//! exact message, line and column, and that nothing else is reported.

use status_codes_codegen as codegen;

use codegen::{generate, Column};

const HEADER: &str = "name,number,category,phrase,alias_of,reference,reporting_only\n";
/// Appended after each case so that only the case's own rows are wrong.
const BASE: &str = "HTTP_226_IM_USED,226,success\nWS_4999_BASE,4999,websocket\n";

type Expected = &'static [(u64, Option<Column>, &'static str)];

/// Generates `csv` and returns its errors as (line, column, message).
fn errors_of(csv: &[u8]) -> Vec<(u64, Option<Column>, String)> {
    match generate(csv) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .0
            .into_iter()
            .map(|e| (e.line, e.column, e.message))
            .collect(),
    }
}

fn check(label: &str, csv: &[u8], expected: Expected) {
    let actual = errors_of(csv);
    let expected: Vec<(u64, Option<Column>, String)> = expected
        .iter()
        .map(|&(line, column, message)| (line, column, message.to_owned()))
        .collect();
    assert_eq!(actual, expected, "case `{label}`");
}

/// Cases whose rows follow the full header (line 1) and precede `BASE`.
const ROW_CASES: &[(&str, &str, Expected)] = &[
    (
        "number with a letter",
        "HTTP_404_NOT_FOUND,4o4,client_error\n",
        &[(2, Some(Column::Number), "`4o4` is not a number")],
    ),
    (
        "negative number",
        "HTTP_404_NOT_FOUND,-404,client_error\n",
        &[(2, Some(Column::Number), "`-404` is not a number")],
    ),
    (
        "number with a sign",
        "HTTP_404_NOT_FOUND,+404,client_error\n",
        &[(2, Some(Column::Number), "`+404` is not a number")],
    ),
    (
        "decimal number",
        "HTTP_404_NOT_FOUND,404.0,client_error\n",
        &[(2, Some(Column::Number), "`404.0` is not a number")],
    ),
    (
        "number too large for u16",
        "WS_70000_HUGE,70000,websocket\n",
        &[(
            2,
            Some(Column::Number),
            "70000 does not fit in a u16 (the largest code is 65535)",
        )],
    ),
    (
        "leading zero",
        "HTTP_404_NOT_FOUND,0404,client_error\n",
        &[(2, Some(Column::Number), "`0404` has a leading zero")],
    ),
    (
        "a lone zero is a number, outside every category",
        "HTTP_0_ZERO,0,success\n",
        &[(
            2,
            Some(Column::Number),
            "0 is outside the range of category `success` (200-299)",
        )],
    ),
    (
        "zeros only",
        "HTTP_0_ZERO,00,success\n",
        &[(2, Some(Column::Number), "`00` has a leading zero")],
    ),
    (
        "number beyond every category",
        "HTTP_600_BEYOND,600,server_error\n",
        &[(
            2,
            Some(Column::Number),
            "600 is outside the range of category `server_error` (500-599)",
        )],
    ),
    (
        "number in another category's range",
        "HTTP_404_NOT_FOUND,404,success\n",
        &[(
            2,
            Some(Column::Number),
            "404 is outside the range of category `success` (200-299)",
        )],
    ),
    (
        "websocket number below 1000",
        "WS_999_LOW,999,websocket\n",
        &[(
            2,
            Some(Column::Number),
            "999 is outside the range of category `websocket` (1000-4999)",
        )],
    ),
    (
        "unknown category",
        "HTTP_404_NOT_FOUND,404,teapot\n",
        &[(2, Some(Column::Category), "unknown category `teapot`")],
    ),
    (
        "category in the wrong spelling",
        "HTTP_404_NOT_FOUND,404,Client-Error\n",
        &[(2, Some(Column::Category), "unknown category `Client-Error`")],
    ),
    (
        "lower-case name",
        "http_404_not_found,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "\"http_404_not_found\" contains 'h', which is not an upper-case ASCII letter, digit or underscore",
        )],
    ),
    (
        "hyphen in name",
        "HTTP_404_NOT-FOUND,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "\"HTTP_404_NOT-FOUND\" contains '-', which is not an upper-case ASCII letter, digit or underscore",
        )],
    ),
    (
        "non-ASCII letter in name",
        "HTTP_404_NÖT_FOUND,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "\"HTTP_404_NÖT_FOUND\" contains 'Ö', which is not an upper-case ASCII letter, digit or underscore",
        )],
    ),
    (
        "unknown prefix",
        "HTTPS_404_NOT_FOUND,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "HTTPS_404_NOT_FOUND must start with `HTTP_` or `WS_`",
        )],
    ),
    (
        "WS_ prefix on an HTTP row",
        "WS_404_NOT_FOUND,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "WS_404_NOT_FOUND starts with `WS_`, but category `client_error` is an HTTP category",
        )],
    ),
    (
        "HTTP_ prefix on a websocket row",
        "HTTP_1000_NORMAL_CLOSURE,1000,websocket\n",
        &[(
            2,
            Some(Column::Name),
            "HTTP_1000_NORMAL_CLOSURE starts with `HTTP_`, but category `websocket` is the WebSocket category",
        )],
    ),
    (
        "no number in the name",
        "HTTP_NOT_FOUND,404,client_error\n",
        &[(2, Some(Column::Name), "HTTP_NOT_FOUND has no number after `HTTP_`")],
    ),
    (
        "name and number disagree",
        "HTTP_405_NOT_FOUND,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "HTTP_405_NOT_FOUND carries the number 405, but column `number` is 404",
        )],
    ),
    (
        "leading zero in the name's number",
        "HTTP_0404_NOT_FOUND,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "HTTP_0404_NOT_FOUND carries the number 0404, but column `number` is 404",
        )],
    ),
    (
        "no words after the number",
        "HTTP_404,404,client_error\n",
        &[(2, Some(Column::Name), "HTTP_404 has no words after the number")],
    ),
    (
        "only an underscore after the number",
        "HTTP_404_,404,client_error\n",
        &[(2, Some(Column::Name), "HTTP_404_ has no words after the number")],
    ),
    (
        "two underscores in a row",
        "HTTP_404_NOT__FOUND,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "HTTP_404_NOT__FOUND has an empty word (two underscores in a row, or one at the end)",
        )],
    ),
    (
        "trailing underscore",
        "HTTP_404_NOT_FOUND_,404,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "HTTP_404_NOT_FOUND_ has an empty word (two underscores in a row, or one at the end)",
        )],
    ),
    (
        "variant would start with a digit",
        "HTTP_401_2FA_REQUIRED,401,client_error\n",
        &[(
            2,
            Some(Column::Name),
            "HTTP_401_2FA_REQUIRED would be the variant `2faRequired`, which is not a valid Rust identifier (it starts with a digit)",
        )],
    ),
    (
        "variant would be a keyword",
        "HTTP_299_SELF,299,success\n",
        &[(
            2,
            Some(Column::Name),
            "HTTP_299_SELF would be the variant `Self`, which is a Rust keyword",
        )],
    ),
    (
        "duplicate name",
        "HTTP_404_NOT_FOUND,404,client_error\nHTTP_404_NOT_FOUND,404,client_error\n",
        &[(
            3,
            Some(Column::Name),
            "duplicate name HTTP_404_NOT_FOUND (first used on line 2)",
        )],
    ),
    (
        "duplicate number",
        "HTTP_404_NOT_FOUND,404,client_error\nHTTP_404_MISSING,404,client_error\n",
        &[(
            3,
            Some(Column::Number),
            "duplicate number 404 (first used on line 2 by HTTP_404_NOT_FOUND)",
        )],
    ),
    (
        "two names that give the same variant",
        "HTTP_404_NOT_FOUND,404,client_error\nHTTP_410_NOT_FOUND,410,client_error\n",
        &[(
            3,
            Some(Column::Name),
            "HTTP_410_NOT_FOUND would be the variant `NotFound`, which HTTP_404_NOT_FOUND on line 2 already is",
        )],
    ),
    (
        "alias of a name that does not exist",
        "HTTP_413_CONTENT_TOO_LARGE,413,client_error\n\
         HTTP_413_PAYLOAD_TOO_LARGE,413,client_error,,HTTP_413_CONTENT_TOO_LARG\n",
        &[(
            3,
            Some(Column::AliasOf),
            "HTTP_413_PAYLOAD_TOO_LARGE is an alias of HTTP_413_CONTENT_TOO_LARG, but no row has that name",
        )],
    ),
    (
        "alias of an alias",
        "HTTP_413_CONTENT_TOO_LARGE,413,client_error\n\
         HTTP_413_REQUEST_ENTITY_TOO_LARGE,413,client_error,,HTTP_413_CONTENT_TOO_LARGE\n\
         HTTP_413_PAYLOAD_TOO_LARGE,413,client_error,,HTTP_413_REQUEST_ENTITY_TOO_LARGE\n",
        &[(
            4,
            Some(Column::AliasOf),
            "HTTP_413_PAYLOAD_TOO_LARGE is an alias of HTTP_413_REQUEST_ENTITY_TOO_LARGE, which is itself an alias (of HTTP_413_CONTENT_TOO_LARGE)",
        )],
    ),
    (
        "alias with another number",
        "HTTP_404_NOT_FOUND,404,client_error\n\
         HTTP_410_NOT_HERE,410,client_error,,HTTP_404_NOT_FOUND\n",
        &[(
            3,
            Some(Column::AliasOf),
            "HTTP_410_NOT_HERE has number 410 but is an alias of HTTP_404_NOT_FOUND, which has number 404",
        )],
    ),
    (
        "alias of itself",
        "HTTP_404_NOT_FOUND,404,client_error,,HTTP_404_NOT_FOUND\n",
        &[(
            2,
            Some(Column::AliasOf),
            "HTTP_404_NOT_FOUND is an alias of itself",
        )],
    ),
    (
        "an alias that gives another row's variant",
        "HTTP_404_NOT_FOUND,404,client_error\n\
         HTTP_410_GONE,410,client_error\n\
         HTTP_410_NOT_FOUND,410,client_error,,HTTP_410_GONE\n",
        &[(
            4,
            Some(Column::Name),
            "HTTP_410_NOT_FOUND would keep the variant `NotFound` as a deprecated name, which HTTP_404_NOT_FOUND on line 2 already is",
        )],
    ),
    (
        "two aliases that give the same variant",
        "HTTP_414_URI_TOO_LONG,414,client_error\n\
         HTTP_413_CONTENT_TOO_LARGE,413,client_error\n\
         HTTP_414_TOO_BIG,414,client_error,,HTTP_414_URI_TOO_LONG\n\
         HTTP_413_TOO_BIG,413,client_error,,HTTP_413_CONTENT_TOO_LARGE\n",
        &[(
            5,
            Some(Column::Name),
            "HTTP_413_TOO_BIG would keep the variant `TooBig` as a deprecated name, which HTTP_414_TOO_BIG on line 4 already is",
        )],
    ),
    (
        "non-ASCII phrase",
        "HTTP_404_NOT_FOUND,404,client_error,Nicht gefünden\n",
        &[(
            2,
            Some(Column::Phrase),
            "the phrase contains 'ü'; a reason phrase is printable ASCII and spaces",
        )],
    ),
    (
        "control character in a phrase",
        "HTTP_404_NOT_FOUND,404,client_error,Not\tFound\n",
        &[(
            2,
            Some(Column::Phrase),
            "the phrase contains '\\t'; a reason phrase is printable ASCII and spaces",
        )],
    ),
    (
        "control character in a reference",
        "HTTP_404_NOT_FOUND,404,client_error,,,RFC\u{7}9110\n",
        &[(
            2,
            Some(Column::Reference),
            "the reference contains the control character '\\u{7}'",
        )],
    ),
    (
        "reporting_only neither yes nor no",
        "WS_1005_NO_STATUS_RCVD,1005,websocket,,,,maybe\n",
        &[(
            2,
            Some(REPORTING_ONLY),
            "`maybe` is not `yes` or `no`",
        )],
    ),
    (
        "reporting_only on an HTTP row",
        "HTTP_404_NOT_FOUND,404,client_error,,,,yes\n",
        &[(
            2,
            Some(REPORTING_ONLY),
            "`reporting_only` applies to WebSocket close codes only",
        )],
    ),
    (
        "reporting_only on a registered-range code",
        "WS_3000_UNAUTHORIZED,3000,websocket,,,,yes\n",
        &[(
            2,
            Some(REPORTING_ONLY),
            "`reporting_only` applies to the protocol's own codes, 1000-2999",
        )],
    ),
    (
        "reporting_only on an alias",
        "WS_1005_NO_STATUS_RCVD,1005,websocket,,,,yes\n\
         WS_1005_NO_STATUS_RECEIVED,1005,websocket,,WS_1005_NO_STATUS_RCVD,,yes\n",
        &[(
            3,
            Some(REPORTING_ONLY),
            "an alias row cannot set `reporting_only`",
        )],
    ),
    (
        "more fields than the header has columns",
        "HTTP_404_NOT_FOUND,404,client_error,Not Found,,RFC 9110,,extra\n",
        &[(2, None, "this row has 8 fields but the header names 7 columns")],
    ),
    (
        "missing required field at the end",
        "HTTP_404_NOT_FOUND,404\n",
        &[(2, Some(Column::Category), "missing value")],
    ),
    (
        "empty required field",
        "HTTP_404_NOT_FOUND,,client_error\n",
        &[(2, Some(Column::Number), "missing value")],
    ),
    (
        "field with an embedded newline",
        "\"HTTP_404_NOT\nFOUND\",404,client_error\n",
        &[(2, Some(Column::Name), "the field contains a line break")],
    ),
    (
        "unclosed quote swallows the rest of the file",
        "HTTP_404_NOT_FOUND,404,\"client_error\nHTTP_405_METHOD_NOT_ALLOWED,405,client_error\n",
        &[(2, Some(Column::Category), "the field contains a line break")],
    ),
    (
        "several errors, reported together in line order",
        "HTTP_404_NOT_FOUND,404,client_error\n\
         HTTP_405_NOT_FOUND,405,client_eror\n\
         WS_1000_NORMAL_CLOSURE,1000,websocket\n\
         HTTP_404_MISSING,404,client_error\n\
         WS_1001_GOING_AWAY,10O1,websocket\n",
        &[
            (3, Some(Column::Category), "unknown category `client_eror`"),
            (
                5,
                Some(Column::Number),
                "duplicate number 404 (first used on line 2 by HTTP_404_NOT_FOUND)",
            ),
            (6, Some(Column::Number), "`10O1` is not a number"),
        ],
    ),
    (
        "one row with several errors reports each",
        "HTTP_404_NOT_FOUND,4o4,client_eror,Not\tFound,,,perhaps\n",
        &[
            (2, Some(Column::Number), "`4o4` is not a number"),
            (2, Some(Column::Category), "unknown category `client_eror`"),
            (
                2,
                Some(Column::Phrase),
                "the phrase contains '\\t'; a reason phrase is printable ASCII and spaces",
            ),
            (
                2,
                Some(REPORTING_ONLY),
                "`perhaps` is not `yes` or `no`",
            ),
        ],
    ),
];

/// The exact help of every error of every case in [`ROW_CASES`], by label:
/// a help is the fix a maintainer reads, so it is held to the letter.
const ROW_HELPS: &[(&str, &[&str])] = &[
    ("number with a letter", &["write the code in plain decimal digits, for example 404"]),
    ("negative number", &["write the code in plain decimal digits, for example 404"]),
    ("number with a sign", &["write the code in plain decimal digits, for example 404"]),
    ("decimal number", &["write the code in plain decimal digits, for example 404"]),
    ("number too large for u16", &["status codes are 100-599 and WebSocket close codes 1000-4999"]),
    ("leading zero", &["write it as 404"]),
    ("a lone zero is a number, outside every category", &["no category covers 0; `success` takes 200 to 299"]),
    ("zeros only", &["write it as 0"]),
    ("number beyond every category", &["no category covers 600; `server_error` takes 500 to 599"]),
    ("number in another category's range", &["404 belongs in category `client_error`; or use a number from 200 to 299 for `success`"]),
    ("websocket number below 1000", &["no category covers 999; `websocket` takes 1000 to 4999"]),
    ("unknown category", &["use one of informational, success, redirection, client_error, server_error, websocket"]),
    ("category in the wrong spelling", &["did you mean `client_error`? The categories are informational, success, redirection, client_error, server_error, websocket"]),
    ("lower-case name", &["use upper case: HTTP_404_NOT_FOUND"]),
    ("hyphen in name", &["use only upper-case ASCII letters, digits and underscores; names look like HTTP_404_NOT_FOUND or WS_1008_POLICY_VIOLATION"]),
    ("non-ASCII letter in name", &["use only upper-case ASCII letters, digits and underscores; names look like HTTP_404_NOT_FOUND or WS_1008_POLICY_VIOLATION"]),
    ("unknown prefix", &["for this row: HTTP_404_NOT_FOUND"]),
    ("WS_ prefix on an HTTP row", &["rename it to HTTP_404_NOT_FOUND, or change the category"]),
    ("HTTP_ prefix on a websocket row", &["rename it to WS_1000_NORMAL_CLOSURE, or change the category"]),
    ("no number in the name", &["put the number after the prefix: HTTP_404_NOT_FOUND"]),
    ("name and number disagree", &["make them agree: HTTP_404_NOT_FOUND or number 405"]),
    ("leading zero in the name's number", &["make them agree: HTTP_404_NOT_FOUND or number 0404"]),
    ("no words after the number", &["describe the code in words after the number, as in HTTP_404_NOT_FOUND"]),
    ("only an underscore after the number", &["describe the code in words after the number, as in HTTP_404_NOT_FOUND"]),
    ("two underscores in a row", &["separate the words with single underscores"]),
    ("trailing underscore", &["separate the words with single underscores"]),
    ("variant would start with a digit", &["start the words after the number with a letter, as in HTTP_401_TWO_FACTOR_REQUIRED"]),
    ("variant would be a keyword", &["choose other words after the number, or add one, as in HTTP_299_SELF_REFERENCE"]),
    ("duplicate name", &["remove one of the two rows, or rename one of them"]),
    ("duplicate number", &["give this row its own number, or keep it as a deprecated alias by setting `alias_of` to HTTP_404_NOT_FOUND"]),
    ("two names that give the same variant", &["change the words after the number so the two names differ by more than underscores"]),
    ("alias of a name that does not exist", &["the canonical row for 413 is HTTP_413_CONTENT_TOO_LARGE"]),
    ("alias of an alias", &["point `alias_of` at the canonical name instead; the canonical row for 413 is HTTP_413_CONTENT_TOO_LARGE"]),
    ("alias with another number", &["an alias must have the same number as the row it points at"]),
    ("alias of itself", &["an alias needs a canonical row with the same number (404) to point at"]),
    ("an alias that gives another row's variant", &[OLD_VARIANT_HELP]),
    ("two aliases that give the same variant", &[OLD_VARIANT_HELP]),
    ("non-ASCII phrase", &["write the phrase in plain ASCII, as the registry does"]),
    ("control character in a phrase", &["write the phrase in plain ASCII, as the registry does"]),
    ("control character in a reference", &["remove it; references are plain text such as `RFC 9110, Section 15.5.5`"]),
    ("reporting_only neither yes nor no", &["write `yes` for a close code that must never be sent, or leave the field empty"]),
    ("reporting_only on an HTTP row", &["leave the field empty for HTTP status codes"]),
    ("reporting_only on a registered-range code", &["codes 3000-4999 may always be sent (RFC 6455, Section 7.4.2); leave the field empty"]),
    ("reporting_only on an alias", &["set it on the canonical row the alias points at"]),
    ("more fields than the header has columns", &["remove the extra fields, or wrap a field that contains a comma in double quotes (with no space before the opening quote)"]),
    ("missing required field at the end", &["every row needs a name, a number and a category"]),
    ("empty required field", &["every row needs a name, a number and a category"]),
    ("field with an embedded newline", &["keep each row on one line; if a quote `\"` opens this field, check that it is closed"]),
    ("unclosed quote swallows the rest of the file", &["keep each row on one line; if a quote `\"` opens this field, check that it is closed"]),
    ("several errors, reported together in line order", &["did you mean `client_error`? The categories are informational, success, redirection, client_error, server_error, websocket", "give this row its own number, or keep it as a deprecated alias by setting `alias_of` to HTTP_404_NOT_FOUND", "write the code in plain decimal digits, for example 404"]),
    ("one row with several errors reports each", &["write the code in plain decimal digits, for example 404", "did you mean `client_error`? The categories are informational, success, redirection, client_error, server_error, websocket", "write the phrase in plain ASCII, as the registry does", "write `yes` for a close code that must never be sent, or leave the field empty"]),
];

#[test]
fn each_row_rule_gives_its_exact_help() {
    assert_eq!(
        ROW_HELPS.iter().map(|h| h.0).collect::<Vec<_>>(),
        ROW_CASES.iter().map(|c| c.0).collect::<Vec<_>>(),
        "every case in ROW_CASES has its helps here, in the same order"
    );
    for (&(label, rows, _), &(_, expected)) in ROW_CASES.iter().zip(ROW_HELPS) {
        let csv = format!("{HEADER}{rows}{BASE}");
        let helps: Vec<String> = generate(csv)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.help)
            .collect();
        assert_eq!(helps, expected, "case `{label}`");
    }
}

#[test]
fn a_name_without_a_known_prefix_keeps_its_words_in_the_suggestion() {
    let help = |row: &str| {
        let csv = format!("{HEADER}{row}\n{BASE}");
        generate(csv).unwrap_err().0[0].help.clone()
    };
    assert_eq!(
        help("NOT_FOUND,404,client_error"),
        "for this row: HTTP_404_NOT_FOUND"
    );
    assert_eq!(
        help("_GONE,410,client_error"),
        "for this row: HTTP_410_GONE"
    );
    assert_eq!(
        help("WEBSOCKET_1008_POLICY_VIOLATION,1008,websocket"),
        "for this row: WS_1008_POLICY_VIOLATION"
    );
    // The number alone, not as a word of the name, is not taken for it.
    assert_eq!(help("E404,404,client_error"), "for this row: HTTP_404_E404");
}

#[test]
fn an_empty_header_column_just_before_the_last_is_reported() {
    check(
        "empty column before the last",
        b"name,number,,category\n",
        &[(1, None, "header column 3 has no name")],
    );
    // Only empty columns after the last named one are a trailing comma.
    check(
        "trailing commas",
        b"name,number,category,,\nHTTP_200_OK,200,success\n",
        &[],
    );
}

#[test]
fn each_file_and_header_rule_gives_its_exact_help() {
    let known = every_column(", ");
    let cases: &[(&[u8], Option<Column>, &str)] = &[
        (
            b"",
            None,
            "start the file with the line `name,number,category` (plus any optional columns)",
        ),
        (
            b"HTTP_200_OK,200,success\n",
            None,
            &format!(
                "add the header line `name,number,category` above it; known columns are {known}"
            ),
        ),
        (
            b"name,number\n",
            Some(Column::Category),
            "the header must name the columns name, number and category",
        ),
        (
            b"name,number,category,phrse\n",
            None,
            &format!("did you mean `phrase`? Known columns are {known}"),
        ),
        (
            b"name,number,category,colour\n",
            None,
            &format!("known columns are {known}"),
        ),
        (
            b"name,number,category,name\n",
            Some(Column::Name),
            "remove one of the two",
        ),
        (
            b"name,,number,category\n",
            None,
            "remove the empty column, or name it after one of the known columns",
        ),
        (b"\xFF\xFEn\x00", None, "save data/status.csv as UTF-8"),
        (
            b"name,number,category,phrase\nHTTP_404_NOT_FOUND,404,client_error,Not \xFF Found\n",
            Some(Column::Phrase),
            "save data/status.csv as UTF-8",
        ),
    ];
    for &(csv, column, help) in cases {
        let errors = generate(csv).unwrap_err().0;
        let got: Vec<(Option<Column>, &str)> =
            errors.iter().map(|e| (e.column, e.help.as_str())).collect();
        assert_eq!(got, [(column, help)], "{:?}", String::from_utf8_lossy(csv));
    }
}

#[test]
fn each_row_rule_reports_its_message_and_line() {
    assert!(ROW_CASES.len() >= 30, "the corpus shrank");
    for &(label, rows, expected) in ROW_CASES {
        let csv = format!("{HEADER}{rows}{BASE}");
        check(label, csv.as_bytes(), expected);
    }
}

/// The yes/no columns the cases below name (`codegen/src/flags.rs`).
const REPORTING_ONLY: Column = Column::flag("reporting_only");
const CACHEABLE: Column = Column::flag("heuristically_cacheable");
const NO_CONTENT: Column = Column::flag("no_content");

/// A case of [`FLAG_CASES`]: the rows before the row at fault, that row's
/// name, number and category, its other fields by column, then the line,
/// column, message and help of its one error.
type FlagCase = (
    &'static str,
    &'static str,
    &'static [(Column, &'static str)],
    u64,
    Column,
    &'static str,
    &'static str,
);

/// The per-code columns (yes/no flags, registration), one case per rule.
/// Each row is written under a header of every column (`Column::ALL`), so
/// a new column anywhere in it changes no case.
const FLAG_CASES: &[FlagCase] = &[
    (
        "",
        "HTTP_200_OK,200,success",
        &[(Column::Phrase, "OK"), (CACHEABLE, "maybe")],
        2,
        CACHEABLE,
        "`maybe` is not `yes` or `no`",
        "write `yes` for a status a cache may store without explicit freshness, or leave the field empty",
    ),
    (
        "",
        "HTTP_204_NO_CONTENT,204,success",
        &[(NO_CONTENT, "Yes")],
        2,
        NO_CONTENT,
        "`Yes` is not `yes` or `no`",
        "write `yes` for a status whose responses never carry content, or leave the field empty",
    ),
    (
        "",
        "WS_1000_NORMAL_CLOSURE,1000,websocket",
        &[(CACHEABLE, "yes")],
        2,
        CACHEABLE,
        "`heuristically_cacheable` applies to HTTP status codes only",
        "leave the field empty for WebSocket close codes",
    ),
    (
        "",
        "WS_1000_NORMAL_CLOSURE,1000,websocket",
        &[(NO_CONTENT, "yes")],
        2,
        NO_CONTENT,
        "`no_content` applies to HTTP status codes only",
        "leave the field empty for WebSocket close codes",
    ),
    (
        "HTTP_413_CONTENT_TOO_LARGE,413,client_error\n",
        "HTTP_413_PAYLOAD_TOO_LARGE,413,client_error",
        &[(Column::AliasOf, "HTTP_413_CONTENT_TOO_LARGE"), (CACHEABLE, "yes")],
        3,
        CACHEABLE,
        "an alias row cannot set `heuristically_cacheable`",
        "set it on the canonical row the alias points at",
    ),
    (
        "HTTP_413_CONTENT_TOO_LARGE,413,client_error\n",
        "HTTP_413_PAYLOAD_TOO_LARGE,413,client_error",
        &[(Column::AliasOf, "HTTP_413_CONTENT_TOO_LARGE"), (NO_CONTENT, "yes")],
        3,
        NO_CONTENT,
        "an alias row cannot set `no_content`",
        "set it on the canonical row the alias points at",
    ),
    (
        "",
        "HTTP_100_CONTINUE,100,informational",
        &[(CACHEABLE, "yes")],
        2,
        CACHEABLE,
        "an informational (1xx) response is never cached",
        "leave the field empty: caches do not store 1xx responses (RFC 9110, Section 15.2)",
    ),
    (
        "",
        "HTTP_100_CONTINUE,100,informational",
        &[(NO_CONTENT, "no")],
        2,
        NO_CONTENT,
        "an informational (1xx) response never carries content",
        "leave the field empty: a 1xx response ends after its header section (RFC 9110, Section 15.2)",
    ),
    (
        "",
        "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,104,informational",
        &[(Column::Registration, "temporary")],
        2,
        Column::Registration,
        "`temporary` gives no expiry date",
        REGISTRATION_FORMS,
    ),
    (
        "",
        "HTTP_510_NOT_EXTENDED,510,server_error",
        &[(Column::Registration, "historic")],
        2,
        Column::Registration,
        "`historic` is not a registration status",
        REGISTRATION_FORMS,
    ),
    (
        "",
        "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,104,informational",
        &[(Column::Registration, "temporary until 2026-11-31")],
        2,
        Column::Registration,
        "`2026-11-31` is not a date written YYYY-MM-DD",
        "write the expiry date IANA lists, for example `temporary until 2026-11-13`",
    ),
    (
        "",
        "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,104,informational",
        &[(Column::Registration, "temporary until 13/11/2026")],
        2,
        Column::Registration,
        "`13/11/2026` is not a date written YYYY-MM-DD",
        "write the expiry date IANA lists, for example `temporary until 2026-11-13`",
    ),
    (
        "HTTP_413_CONTENT_TOO_LARGE,413,client_error\n",
        "HTTP_413_PAYLOAD_TOO_LARGE,413,client_error",
        &[
            (Column::AliasOf, "HTTP_413_CONTENT_TOO_LARGE"),
            (Column::Registration, "obsoleted"),
        ],
        3,
        Column::Registration,
        "an alias row cannot set `registration`",
        "set it on the canonical row the alias points at",
    ),
];

/// Every column's header name, in `Column::ALL`'s order, joined by `separator`.
fn every_column(separator: &str) -> String {
    Column::ALL.map(Column::as_str).join(separator)
}

/// A row under a header of every column: `row`'s name, number and category,
/// then each of `fields` at its column.
fn row_of_every_column(row: &str, fields: &[(Column, &str)]) -> String {
    let mut cells = [""; Column::COUNT];
    for (cell, text) in cells.iter_mut().zip(row.split(',')) {
        *cell = text;
    }
    for &(column, text) in fields {
        cells[column.index()] = text;
    }
    cells.join(",")
}

const REGISTRATION_FORMS: &str = "write `temporary until YYYY-MM-DD` (the expiry date IANA lists) \
    for a temporary registration, `obsoleted` for one IANA marks obsoleted, `lapsed` for a \
    temporary registration the registry no longer lists, `removed` for a code IANA removed, or \
    leave the field empty for a permanent one";

const OLD_VARIANT_HELP: &str = "an alias keeps the variant its name gives, so that code naming \
    it still compiles; change the words after the number so the two names differ by more than \
    underscores";

#[test]
fn each_flag_rule_reports_its_message_line_and_help() {
    let header = every_column(",");
    for &(before, row, fields, line, column, message, help) in FLAG_CASES {
        let rows = format!("{before}{}\n", row_of_every_column(row, fields));
        let csv = format!("{header}\n{rows}{BASE}");
        let errors = generate(csv).unwrap_err().0;
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.line, e.column, e.message.as_str(), e.help.as_str()))
            .collect();
        assert_eq!(got, [(line, Some(column), message, help)], "{rows}");
    }
}

#[test]
fn every_row_case_is_clean_without_its_rows() {
    // Guards the corpus itself: the errors come from the case, not the frame.
    check("frame only", format!("{HEADER}{BASE}").as_bytes(), &[]);
}

#[test]
fn invalid_utf8_is_located() {
    let mut csv = HEADER.as_bytes().to_vec();
    csv.extend_from_slice(b"HTTP_404_NOT_FOUND,404,client_error,Not \xFF Found\n");
    csv.extend_from_slice(BASE.as_bytes());
    check(
        "invalid UTF-8",
        &csv,
        &[(2, Some(Column::Phrase), "the field is not valid UTF-8")],
    );
}

#[test]
fn invalid_utf8_in_the_header_is_an_unknown_column() {
    let csv = b"name,number,category,phr\xFFse\nHTTP_200_OK,200,success\n";
    check(
        "invalid UTF-8 header",
        csv,
        &[(
            1,
            None,
            "unknown column `phr\u{FFFD}se` in the header (column 4)",
        )],
    );
}

#[test]
fn header_rules() {
    let cases: &[(&str, &str, Expected)] = &[
        ("empty file", "", &[(1, None, "the file has no header row")]),
        (
            "only comments and blank lines",
            "# nothing here\n\n",
            &[(1, None, "the file has no header row")],
        ),
        (
            "data where the header should be",
            "HTTP_200_OK,200,success\n",
            &[(
                1,
                None,
                "the first row must be the header, but `HTTP_200_OK,200,success` names no known column",
            )],
        ),
        (
            "missing required column",
            "name,number\nHTTP_200_OK,200\n",
            &[(
                1,
                Some(Column::Category),
                "the header has no `category` column",
            )],
        ),
        (
            "misspelt optional column",
            "name,number,category,phrse\nHTTP_200_OK,200,success,OK\n",
            &[(1, None, "unknown column `phrse` in the header (column 4)")],
        ),
        (
            "column named twice",
            "name,number,category,name\n",
            &[(
                1,
                Some(Column::Name),
                "the header names column `name` twice (columns 1 and 4)",
            )],
        ),
        (
            "column without a name",
            "name,,number,category\n",
            &[(1, None, "header column 2 has no name")],
        ),
        (
            "header after comments is located on its own line",
            "# a comment\nname,number,categry\n",
            &[
                (2, None, "unknown column `categry` in the header (column 3)"),
                (
                    2,
                    Some(Column::Category),
                    "the header has no `category` column",
                ),
            ],
        ),
    ];
    for &(label, csv, expected) in cases {
        check(label, csv.as_bytes(), expected);
    }
}

#[test]
fn an_alias_of_a_broken_row_reports_only_the_broken_row() {
    let csv = format!(
        "{HEADER}HTTP_413_CONTENT_TOO_LARGE,413,client_eror\n\
         HTTP_413_REQUEST_ENTITY_TOO_LARGE,413,client_error,,HTTP_413_CONTENT_TOO_LARGE\n{BASE}"
    );
    check(
        "alias of a broken row",
        csv.as_bytes(),
        &[(2, Some(Column::Category), "unknown category `client_eror`")],
    );
}

#[test]
fn errors_render_like_rustc_with_a_help_line() {
    let csv = format!(
        "{HEADER}HTTP_404_NOT_FOUND,404,client_error\nHTTP_404_MISSING,404,client_error\n{BASE}"
    );
    let errors = generate(csv).unwrap_err();
    assert_eq!(
        errors.to_string(),
        "error: data/status.csv:3: column `number`: duplicate number 404 (first used on line 2 by HTTP_404_NOT_FOUND)\n\
         \x20 |\n\
         3 | HTTP_404_MISSING,404,client_error\n\
         \x20 |\n\
         \x20 = help: give this row its own number, or keep it as a deprecated alias by setting `alias_of` to HTTP_404_NOT_FOUND\n\
         \n\
         error: could not generate the status tables: 1 error in data/status.csv\n"
    );
    assert!(errors.render("other.csv").contains("error: other.csv:3: "));
}

#[test]
fn every_error_has_a_help_line() {
    for &(label, rows, _) in ROW_CASES {
        let csv = format!("{HEADER}{rows}{BASE}");
        for error in generate(csv).unwrap_err().0 {
            assert!(
                error.help.len() > 10,
                "case `{label}`: {} has no useful help",
                error.message
            );
        }
    }
}

#[test]
fn helps_suggest_the_fix() {
    let help = |rows: &str| {
        let csv = format!("{HEADER}{rows}{BASE}");
        generate(csv).unwrap_err().0[0].help.clone()
    };
    assert_eq!(
        help("http_404_not_found,404,client_error\n"),
        "use upper case: HTTP_404_NOT_FOUND"
    );
    assert_eq!(
        help("HTTP_404_NOT_FOUND,0404,client_error\n"),
        "write it as 404"
    );
    // Upper case is suggested only when it would fix the name.
    assert_eq!(
        help("http_404_not-found,404,client_error\n"),
        "use only upper-case ASCII letters, digits and underscores; \
         names look like HTTP_404_NOT_FOUND or WS_1008_POLICY_VIOLATION"
    );
    assert!(
        help("HTTP_404_NOT_FOUND,404,client-error\n").starts_with("did you mean `client_error`?")
    );
    assert!(help("HTTP_404_NOT_FOUND,404,teapot\n")
        .contains("informational, success, redirection, client_error, server_error, websocket"));
    assert_eq!(
        help("HTTP_404_NOT_FOUND,404,success\n"),
        "404 belongs in category `client_error`; or use a number from 200 to 299 for `success`"
    );
    assert_eq!(
        help("WS_404_NOT_FOUND,404,client_error\n"),
        "rename it to HTTP_404_NOT_FOUND, or change the category"
    );
    assert_eq!(
        help("HTTP_405_NOT_FOUND,404,client_error\n"),
        "make them agree: HTTP_404_NOT_FOUND or number 405"
    );
    assert_eq!(
        help("HTTP_413_CONTENT_TOO_LARGE,413,client_error\nHTTP_413_OLD,413,client_error,,HTTP_413_NOPE\n"),
        "the canonical row for 413 is HTTP_413_CONTENT_TOO_LARGE"
    );
}

#[test]
fn lines_count_comments_blank_lines_crlf_and_quoted_line_breaks() {
    let csv = "# comment\r\n\r\nname,number,category,phrase\r\n\
               HTTP_200_OK,200,success,\"O\r\nK\"\r\n\
               # another comment\r\n\
               \r\n\
               HTTP_404_NOT_FOUND,4o4,client_error\r\n";
    let errors = generate(csv).unwrap_err().0;
    let located: Vec<(u64, &str)> = errors
        .iter()
        .map(|e| (e.line, e.line_text.as_str()))
        .collect();
    assert_eq!(
        located,
        [
            (4, "HTTP_200_OK,200,success,\"O"),
            (8, "HTTP_404_NOT_FOUND,4o4,client_error"),
        ]
    );
}

#[test]
fn a_bom_does_not_shift_the_header() {
    let csv = "\u{FEFF}name,number,categry\n";
    check(
        "BOM then a bad header",
        csv.as_bytes(),
        &[
            (1, None, "unknown column `categry` in the header (column 3)"),
            (
                1,
                Some(Column::Category),
                "the header has no `category` column",
            ),
        ],
    );
}

#[test]
fn utf16_files_are_recognised() {
    let mut csv = vec![0xFF, 0xFE];
    for unit in "name,number,category\n".encode_utf16() {
        csv.extend_from_slice(&unit.to_le_bytes());
    }
    check(
        "UTF-16",
        &csv,
        &[(
            1,
            None,
            "the file is UTF-16 (it starts with a UTF-16 byte-order mark)",
        )],
    );
}

#[test]
fn misspellings_get_a_suggestion() {
    let help = |csv: &str| generate(csv).unwrap_err().0[0].help.clone();
    // Two edits away is a misspelling; three is another word.
    assert!(help("name,number,category,phra\n").starts_with("did you mean `phrase`?"));
    assert!(help("name,number,category,phr\n").starts_with("known columns are"));
    assert!(help("name,number,category,phrasexy\n").starts_with("did you mean `phrase`?"));
    assert!(help("name,number,category,phrasexyz\n").starts_with("known columns are"));
    assert!(help("name,number,category,pharse\n").starts_with("did you mean `phrase`?"));
    assert!(help("name,number,category,xhrasx\n").starts_with("did you mean `phrase`?"));
    assert!(help("name,number,category,xhrxsx\n").starts_with("known columns are"));
    assert!(help("name,numbr,category\n").starts_with("did you mean `number`?"));
    assert!(help("Name,number,category\n").starts_with("did you mean `name`?"));
    assert!(
        help("name,number,category,reporting-only\n").starts_with("did you mean `reporting_only`?")
    );
    assert!(help("name,number,category,colour\n").starts_with("known columns are"));
    let row = |category: &str| {
        help(&format!(
            "{HEADER}HTTP_404_NOT_FOUND,404,{category}\n{BASE}"
        ))
    };
    assert!(row("client_eror").starts_with("did you mean `client_error`?"));
    assert!(row("WebSocket").starts_with("did you mean `websocket`?"));
    assert!(row("Server Error").starts_with("did you mean `server_error`?"));
    assert!(row("teapot").starts_with("use one of"));
}
