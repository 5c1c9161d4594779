//! The comparison's rules, on fixture copies of its own: `tests/fixtures/`
//! holds a table and the three upstream files as they once agreed, so these
//! tests never change with the repository's data. Each test edits a copy
//! of them and checks the finding, and that every edit the comparison
//! proposes resolves it. (`tests/live.rs` runs it on the real files.)

use status_codes_upstream as upstream;

use std::path::Path;

use upstream::{
    compare, name_for, reference_text, report, split_note, Edit, Finding, Inputs, Source, Status,
    DELIBERATE, RELEASED, TABLE,
};

/// The fixture files, which agree with each other.
fn inputs() -> Inputs {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    Inputs::read(&fixtures).unwrap_or_else(|err| panic!("{err}"))
}

fn findings(inputs: &Inputs) -> Vec<Finding> {
    compare(inputs).unwrap_or_else(|errors| panic!("the inputs do not read:\n{}", report(&errors)))
}

#[test]
fn the_fixtures_agree() {
    let found = findings(&inputs());
    assert!(found.is_empty(), "{}", report(&found));
}

/// Makes every edit of `found` (bottom-up in each file) and returns the
/// edited inputs.
fn apply_all(inputs: &Inputs, found: &[Finding]) -> Inputs {
    let mut edited = inputs.clone();
    let mut edits: Vec<&Edit> = found.iter().map(|f| &f.edit).collect();
    if let Some(Edit::ByHand(what)) = edits.iter().find(|e| matches!(e, Edit::ByHand(_))) {
        panic!("no edit to make: {what}");
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.line()));
    for edit in edits {
        let mut applied = false;
        for file in [TABLE, DELIBERATE]
            .into_iter()
            .chain(Source::ALL.map(Source::file))
        {
            let text = file_mut(&mut edited, file);
            if let Some(new) = edit.apply(file, text) {
                *text = new;
                applied = true;
            }
        }
        assert!(applied, "the edit applies to no file: {edit}");
    }
    edited
}

/// The text of the input at `path`, one of the files an edit names.
fn file_mut<'a>(inputs: &'a mut Inputs, path: &str) -> &'a mut String {
    match path {
        TABLE => &mut inputs.table,
        DELIBERATE => &mut inputs.deliberate,
        RELEASED => &mut inputs.released,
        p if p == Source::IanaHttp.file() => &mut inputs.iana_http,
        p if p == Source::IanaWebSocket.file() => &mut inputs.iana_websocket,
        p if p == Source::Starlette.file() => &mut inputs.starlette,
        other => panic!("not an input of the comparison: {other}"),
    }
}

/// Edits `inputs` with `change`, compares, checks the one finding's code and
/// edit, then makes the edit and checks that nothing is left.
fn one_finding(change: impl FnOnce(&mut Inputs), number: u16, expected: Edit) -> Finding {
    let mut edited = inputs();
    change(&mut edited);
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    let finding = found[0].clone();
    assert_eq!(finding.number, number);
    assert_eq!(finding.edit, expected);
    assert!(
        finding.to_string().contains(&number.to_string()),
        "{finding}"
    );
    let fixed = apply_all(&edited, &found);
    assert_eq!(findings(&fixed), [], "the edit resolves the finding");
    finding
}

fn line_of(text: &str, starts: &str) -> u64 {
    text.lines()
        .position(|l| l.starts_with(starts))
        .unwrap_or_else(|| panic!("no line starts with {starts}")) as u64
        + 1
}

/// The edit that adds `text` to the table after the row named `after`.
fn add_after(table: &str, after: &str, text: &str) -> Edit {
    Edit::Add {
        file: TABLE,
        after: line_of(table, &format!("{after},")),
        after_what: after.to_owned(),
        text: text.to_owned(),
    }
}

/// The edit that deletes line `line` of `file`, whose text is `text`.
fn delete(text: &str, file: &'static str, line: u64) -> Edit {
    Edit::Delete {
        file,
        line,
        text: text.lines().nth(line as usize - 1).unwrap().to_owned(),
    }
}

fn remove_line(text: &mut String, starts: &str) {
    let line = line_of(text, starts) as usize;
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    lines.remove(line - 1);
    *text = lines.concat();
}

fn replace(text: &mut String, from: &str, to: &str) {
    assert!(text.contains(from), "{from}");
    *text = text.replacen(from, to, 1);
}

#[test]
fn a_deleted_row_is_given_back_whole() {
    let table = inputs().table;
    let finding = one_finding(
        |i| remove_line(&mut i.table, "HTTP_425_TOO_EARLY,"),
        425,
        add_after(
            &table,
            "HTTP_424_FAILED_DEPENDENCY",
            "HTTP_425_TOO_EARLY,425,client_error,,,RFC 8470",
        ),
    );
    assert_eq!(finding.source, Source::IanaHttp);
    assert_eq!(finding.file, Source::IanaHttp.file());
    let shown = finding.to_string();
    assert!(
        shown.contains("425 Too Early is in the IANA HTTP Status Code Registry"),
        "{shown}"
    );
    assert!(
        shown.contains("\n        HTTP_425_TOO_EARLY,425,client_error,,,RFC 8470"),
        "{shown}"
    );
}

#[test]
fn a_changed_phrase_is_set_back() {
    let table = inputs().table;
    let line = line_of(&table, "HTTP_404_NOT_FOUND,");
    one_finding(
        |i| {
            replace(
                &mut i.table,
                "HTTP_404_NOT_FOUND,404,client_error,,",
                "HTTP_404_NOT_FOUND,404,client_error,Page Not Found,",
            )
        },
        404,
        Edit::Change {
            file: TABLE,
            line,
            column: "phrase",
            old: "Page Not Found".into(),
            new: String::new(),
            new_line: "HTTP_404_NOT_FOUND,404,client_error,,,\"RFC 9110, Section 15.5.5\",,yes"
                .into(),
        },
    );
}

#[test]
fn a_new_iana_code_is_a_line_to_add() {
    let table = inputs().table;
    one_finding(
        |i| {
            i.iana_http
                .push_str("599,Network Connect Timeout,[RFC9999]\n")
        },
        599,
        add_after(
            &table,
            "HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",
            "HTTP_599_NETWORK_CONNECT_TIMEOUT,599,server_error,,,RFC 9999",
        ),
    );
}

#[test]
fn a_new_code_that_splits_an_unassigned_range() {
    let table = inputs().table;
    let finding = one_finding(
        |i| {
            replace(
                &mut i.iana_http,
                "105-199,Unassigned,\n",
                "105,Resume Later,\"[RFC9998, Section 3]\"\n106-199,Unassigned,\n",
            )
        },
        105,
        add_after(
            &table,
            "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED",
            "HTTP_105_RESUME_LATER,105,informational,,,\"RFC 9998, Section 3\"",
        ),
    );
    let iana = inputs().iana_http;
    assert_eq!(finding.line, line_of(&iana, "105-199"));
}

#[test]
fn a_new_temporary_code_with_its_own_phrase() {
    let table = inputs().table;
    one_finding(
        |i| {
            replace(
                &mut i.iana_http,
                "209-225,Unassigned,\n",
                "209,\"Early-Upload Hints (TEMPORARY - registered 2026-01-05, expires 2027-01-05)\",\
                 [draft-ietf-httpbis-example-01]\n210-225,Unassigned,\n",
            )
        },
        209,
        add_after(
            &table,
            "HTTP_208_ALREADY_REPORTED",
            "HTTP_209_EARLY_UPLOAD_HINTS,209,success,Early-Upload Hints,,\
                   draft-ietf-httpbis-example-01,,,,temporary until 2027-01-05",
        ),
    );
}

/// The edit that sets `registration` of the table's row `name` from `old`
/// to `new`, which makes the line `new_line`.
fn registration_of(table: &str, name: &str, old: &str, new: &str, new_line: &str) -> Edit {
    Edit::Change {
        file: TABLE,
        line: line_of(table, &format!("{name},")),
        column: "registration",
        old: old.into(),
        new: new.into(),
        new_line: new_line.into(),
    }
}

const REMOVED_413: &str =
    "HTTP_413_CONTENT_TOO_LARGE,413,client_error,,,\"RFC 9110, Section 15.5.14\",,,,removed";

#[test]
fn a_released_code_iana_no_longer_lists_stays_deprecated() {
    let table = inputs().table;
    // 104 is a temporary registration: it lapsed.
    let finding = one_finding(
        |i| {
            remove_line(&mut i.iana_http, "104,");
            replace(&mut i.iana_http, "105-199,", "104-199,");
        },
        104,
        registration_of(
            &table,
            "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED",
            "temporary until 2026-11-13",
            "lapsed",
            "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,104,informational,,,\
             draft-ietf-httpbis-resumable-upload-05,,,,lapsed",
        ),
    );
    // The line the message names is the IANA copy's, and it says so.
    let mut edited = inputs();
    remove_line(&mut edited.iana_http, "104,");
    replace(&mut edited.iana_http, "105-199,", "104-199,");
    let range = line_of(&edited.iana_http, "104-199,");
    assert!(
        finding.message.contains(&format!(
            "lists 104-199 as \"Unassigned\" (data/upstream/iana-http-status-codes.csv:{range})"
        )) && finding
            .message
            .contains("its temporary registration lapsed")
            && finding.message.contains("the row stays, marked `lapsed`"),
        "{finding}"
    );
    // Deleted outright, with no range to cover it: the same edit.
    let mut edited = inputs();
    remove_line(&mut edited.iana_http, "104,");
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    assert_eq!(found[0].edit, finding.edit);
    assert!(
        found[0].message.contains("does not list 104"),
        "{}",
        found[0]
    );
    // A permanent code IANA removes: `removed`, its alias rows untouched.
    let finding = one_finding(
        |i| remove_line(&mut i.iana_http, "413,"),
        413,
        registration_of(
            &table,
            "HTTP_413_CONTENT_TOO_LARGE",
            "",
            "removed",
            REMOVED_413,
        ),
    );
    assert!(finding.message.contains("IANA removed it"), "{finding}");
}

#[test]
fn a_code_released_only_under_an_old_name_stays_too() {
    // The canonical name is new since the release, its alias is released.
    let table = inputs().table;
    let mut edited = inputs();
    remove_line(&mut edited.released, "HTTP_413_CONTENT_TOO_LARGE,");
    remove_line(&mut edited.iana_http, "413,");
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    assert_eq!(
        found[0].edit,
        registration_of(
            &table,
            "HTTP_413_CONTENT_TOO_LARGE",
            "",
            "removed",
            REMOVED_413
        )
    );
}

#[test]
fn a_code_no_release_has_shipped_is_a_line_to_delete() {
    let table = inputs().table;
    let line = line_of(&table, "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,");
    let finding = one_finding(
        |i| {
            remove_line(&mut i.released, "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,");
            remove_line(&mut i.iana_http, "104,");
        },
        104,
        delete(&table, TABLE, line),
    );
    assert!(finding.message.contains("does not list 104"), "{finding}");
}

#[test]
fn a_lapsed_or_removed_row_agrees_with_a_registry_that_lacks_it() {
    let mut edited = inputs();
    remove_line(&mut edited.iana_http, "104,");
    replace(&mut edited.table, "temporary until 2026-11-13", "lapsed");
    assert_eq!(findings(&edited), []);
    // When the registry lists it again, the row follows.
    let mut edited = inputs();
    replace(&mut edited.table, "temporary until 2026-11-13", "removed");
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    assert_eq!(
        found[0].edit,
        Edit::Change {
            file: TABLE,
            line: line_of(&edited.table, "HTTP_104_"),
            column: "registration",
            old: "removed".into(),
            new: "temporary until 2026-11-13".into(),
            new_line: inputs()
                .table
                .lines()
                .find(|l| l.starts_with("HTTP_104_"))
                .unwrap()
                .into(),
        }
    );
}

#[test]
fn a_bad_released_list_is_located() {
    let mut edited = inputs();
    replace(&mut edited.released, "HTTP_200_OK,Ok", "HTTP_200_OK");
    let errors = compare(&edited).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, "data/released.csv");
    assert_eq!(
        Some(errors[0].line.unwrap()),
        edited
            .released
            .lines()
            .position(|l| l == "HTTP_200_OK")
            .map(|i| i as u64 + 1)
    );
    assert!(errors[0]
        .message
        .contains("`HTTP_200_OK` is not a constant name and its variant"));
}

#[test]
fn a_changed_iana_phrase_is_a_field_to_change() {
    let table = inputs().table;
    let line = line_of(&table, "HTTP_404_NOT_FOUND,");
    one_finding(
        |i| replace(&mut i.iana_http, "404,Not Found,", "404,Resource Not Found,"),
        404,
        Edit::Change {
            file: TABLE,
            line,
            column: "phrase",
            old: String::new(),
            new: "Resource Not Found".into(),
            new_line: "HTTP_404_NOT_FOUND,404,client_error,Resource Not Found,,\"RFC 9110, Section 15.5.5\",,yes".into(),
        },
    );
}

#[test]
fn a_temporary_registration_made_permanent_or_extended() {
    let table = inputs().table;
    let line = line_of(&table, "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,");
    let row = |registration: &str| {
        format!(
            "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED,104,informational,,,\
             draft-ietf-httpbis-resumable-upload-05,,,,{registration}"
        )
    };
    let permanent = one_finding(
        |i| {
            remove_line(&mut i.iana_http, "104,");
            replace(
                &mut i.iana_http,
                "105-199,",
                "104,Upload Resumption Supported,[RFC9999]\n105-199,",
            );
        },
        104,
        Edit::Change {
            file: TABLE,
            line,
            column: "registration",
            old: "temporary until 2026-11-13".into(),
            new: String::new(),
            new_line: row("").trim_end_matches(',').to_owned(),
        },
    );
    assert!(
        permanent
            .message
            .contains("104 is temporary until 2026-11-13 in data/status.csv but permanent"),
        "{permanent}"
    );
    one_finding(
        |i| replace(&mut i.iana_http, "expires 2026-11-13", "expires 2027-11-13"),
        104,
        Edit::Change {
            file: TABLE,
            line,
            column: "registration",
            old: "temporary until 2026-11-13".into(),
            new: "temporary until 2027-11-13".into(),
            new_line: row("temporary until 2027-11-13"),
        },
    );
}

#[test]
fn an_obsoleted_note_is_the_registration_not_the_phrase() {
    let table = inputs().table;
    let line = line_of(&table, "HTTP_510_NOT_EXTENDED,");
    one_finding(
        |i| replace(&mut i.iana_http, "510,Not Extended (OBSOLETED),", "510,Not Extended,"),
        510,
        Edit::Change {
            file: TABLE,
            line,
            column: "registration",
            old: "obsoleted".into(),
            new: String::new(),
            new_line: "HTTP_510_NOT_EXTENDED,510,server_error,,,RFC 2774; status-change-http-experiments-to-historic".into(),
        },
    );
}

#[test]
fn an_unknown_note_is_reported_for_a_person_to_read() {
    let mut edited = inputs();
    replace(
        &mut edited.iana_http,
        "508,Loop Detected,",
        "508,Loop Detected (DEPRECATED),",
    );
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    assert_eq!(found[0].number, 508);
    assert!(matches!(found[0].edit, Edit::ByHand(_)));
    assert!(
        found[0].message.contains("with the note (DEPRECATED)"),
        "{}",
        found[0]
    );
    let line = line_of(&edited.iana_http, "508,");
    assert!(
        found[0].to_string().contains(&format!(
            "read the registry's entry for 508 (data/upstream/iana-http-status-codes.csv:{line})"
        )),
        "{}",
        found[0]
    );
}

#[test]
fn a_renamed_column_is_a_clear_error() {
    let mut edited = inputs();
    replace(
        &mut edited.iana_http,
        "Value,Description,Reference",
        "Value,Meaning,Reference",
    );
    let errors = compare(&edited).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, Source::IanaHttp.file());
    assert_eq!(errors[0].line, Some(1));
    assert_eq!(
        errors[0].message,
        "the header has no `Description` column (it names `Value`, `Meaning`, `Reference`)"
    );
    let mut edited = inputs();
    replace(
        &mut edited.iana_websocket,
        "Status Code,Meaning",
        "Code,Meaning",
    );
    let errors = compare(&edited).unwrap_err();
    assert_eq!(errors[0].file, Source::IanaWebSocket.file());
    assert!(
        errors[0].to_string().contains("no `Status Code` column"),
        "{}",
        errors[0]
    );
    // Reordered columns are read by name, and nothing changes.
    let mut edited = inputs();
    let reordered: Vec<String> = edited
        .iana_http
        .lines()
        .map(|l| {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(l.as_bytes());
            let rec = r.records().next().unwrap().unwrap();
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record([&rec[2], &rec[0], &rec[1]]).unwrap();
            String::from_utf8(w.into_inner().unwrap()).unwrap()
        })
        .collect();
    edited.iana_http = reordered.concat();
    assert_eq!(findings(&edited), []);
}

#[test]
fn a_bad_value_in_a_copy_is_located() {
    let mut edited = inputs();
    replace(&mut edited.iana_websocket, "1016-2999,", "1016-29x9,");
    let errors = compare(&edited).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].line,
        Some(line_of(&inputs().iana_websocket, "1016-2999"))
    );
    assert!(errors[0]
        .message
        .contains("`1016-29x9` is not a code or a range"));
}

#[test]
fn crlf_line_endings_read_the_same() {
    let mut edited = inputs();
    for text in [
        &mut edited.iana_http,
        &mut edited.iana_websocket,
        &mut edited.starlette,
    ] {
        *text = text.replace('\n', "\r\n");
    }
    assert_eq!(findings(&edited), []);
    // Lines are still counted right: the new code is on the last line.
    edited
        .iana_http
        .push_str("599,Network Connect Timeout,[RFC9999]\r\n");
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    assert_eq!(found[0].line, edited.iana_http.lines().count() as u64);
}

#[test]
fn a_new_starlette_name_is_a_line_to_add() {
    // 419 is inside an unassigned range of IANA's: the new row comes with
    // the record that the table then differs from IANA.
    let mut edited = inputs();
    edited.starlette.push_str("HTTP_419_PAGE_EXPIRED,419,\n");
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    assert_eq!((found[0].source, found[0].number), (Source::Starlette, 419));
    let Edit::All(edits) = &found[0].edit else {
        panic!("a row and a record: {}", found[0]);
    };
    assert_eq!(
        edits[0],
        add_after(
            &edited.table,
            "HTTP_418_IM_A_TEAPOT",
            "HTTP_419_PAGE_EXPIRED,419,client_error"
        )
    );
    assert!(matches!(&edits[1], Edit::Add { file: DELIBERATE, text, .. }
        if text == "iana-http,419,row,HTTP_419_PAGE_EXPIRED,Unassigned,<say why the table differs>"));
    assert_eq!(findings(&apply_all(&edited, &found)), []);
}

#[test]
fn a_new_starlette_name_for_a_known_code_is_an_alias_to_add() {
    let table = inputs().table;
    one_finding(
        |i| {
            i.starlette
                .push_str("HTTP_413_PAYLOAD_TOO_LARGE,413,HTTP_413_CONTENT_TOO_LARGE\n")
        },
        413,
        add_after(
            &table,
            "HTTP_413_REQUEST_ENTITY_TOO_LARGE",
            "HTTP_413_PAYLOAD_TOO_LARGE,413,client_error,,HTTP_413_CONTENT_TOO_LARGE",
        ),
    );
}

#[test]
fn a_changed_starlette_deprecation_is_a_field_to_change() {
    let table = inputs().table;
    // Starlette keeps the old name as a name of its own again.
    let line = line_of(&table, "HTTP_422_UNPROCESSABLE_ENTITY,");
    let undeprecated = only_finding(|i| {
        replace(
            &mut i.starlette,
            "HTTP_422_UNPROCESSABLE_ENTITY,422,HTTP_422_UNPROCESSABLE_CONTENT",
            "HTTP_422_UNPROCESSABLE_ENTITY,422,",
        )
    });
    assert_eq!(undeprecated.number, 422);
    assert_eq!(
        undeprecated.edit,
        Edit::Change {
            file: TABLE,
            line,
            column: "alias_of",
            old: "HTTP_422_UNPROCESSABLE_CONTENT".into(),
            new: String::new(),
            new_line:
                "HTTP_422_UNPROCESSABLE_ENTITY,422,client_error,Unprocessable Entity,,RFC 4918"
                    .into(),
        }
    );
    assert!(undeprecated
        .message
        .contains("does not deprecate HTTP_422_UNPROCESSABLE_ENTITY, but data/status.csv makes it an alias of HTTP_422_UNPROCESSABLE_CONTENT"));
    // Starlette deprecates a name the table has as canonical.
    let line = line_of(&table, "HTTP_410_GONE,");
    // Starlette renames a code: the old name is deprecated, the new one
    // missing. One edit: the row takes the new name, the old one stays as
    // its alias, so the old constant, variant and parsed name keep working.
    let renamed = one_finding(
        |i| {
            replace(
                &mut i.starlette,
                "HTTP_410_GONE,410,",
                "HTTP_410_GONE,410,HTTP_410_GONE_FOR_GOOD",
            );
            i.starlette.push_str("HTTP_410_GONE_FOR_GOOD,410,\n");
        },
        410,
        Edit::All(vec![
            Edit::Change {
                file: TABLE,
                line,
                column: "name",
                old: "HTTP_410_GONE".into(),
                new: "HTTP_410_GONE_FOR_GOOD".into(),
                new_line: "HTTP_410_GONE_FOR_GOOD,410,client_error,Gone,,\"RFC 9110, Section 15.5.11\",,yes"
                    .into(),
            },
            Edit::Add {
                file: TABLE,
                after: line,
                after_what: "HTTP_410_GONE_FOR_GOOD".into(),
                text: "HTTP_410_GONE,410,client_error,,HTTP_410_GONE_FOR_GOOD,\"RFC 9110, Section 15.5.11\""
                    .into(),
            },
        ]),
    );
    assert!(renamed
        .message
        .contains("renames HTTP_410_GONE to HTTP_410_GONE_FOR_GOOD"));
    assert_eq!(renamed.line, line);
}

#[test]
fn a_rename_the_table_keeps_out_on_purpose_still_adds_the_new_name() {
    // The record keeps HTTP_410_GONE canonical: the new name is reported
    // as an alias to add, as for any Starlette name the table lacks.
    let table = inputs().table;
    let finding = only_finding(|i| {
        replace(
            &mut i.starlette,
            "HTTP_410_GONE,410,",
            "HTTP_410_GONE,410,HTTP_410_GONE_FOR_GOOD",
        );
        i.starlette.push_str("HTTP_410_GONE_FOR_GOOD,410,\n");
        i.deliberate
            .push_str("starlette,410,alias_of,,HTTP_410_GONE_FOR_GOOD,kept on purpose\n");
    });
    assert_eq!(
        finding.edit,
        add_after(
            &table,
            "HTTP_410_GONE",
            "HTTP_410_GONE_FOR_GOOD,410,client_error,,HTTP_410_GONE",
        )
    );
}

#[test]
fn a_rename_by_iana_and_starlette_is_one_edit_that_keeps_the_old_names() {
    // 429 renamed the way 413 and 422 were: a new IANA phrase, a new
    // Starlette name, the old one deprecated.
    let table = inputs().table;
    let line = line_of(&table, "HTTP_429_TOO_MANY_REQUESTS,");
    let finding = one_finding(
        |i| {
            replace(&mut i.iana_http, "429,Too Many Requests,", "429,Rate Limit Exceeded,");
            replace(
                &mut i.starlette,
                "HTTP_429_TOO_MANY_REQUESTS,429,",
                "HTTP_429_TOO_MANY_REQUESTS,429,HTTP_429_RATE_LIMIT_EXCEEDED",
            );
            i.starlette.push_str("HTTP_429_RATE_LIMIT_EXCEEDED,429,\n");
        },
        429,
        Edit::All(vec![
            Edit::Change {
                file: TABLE,
                line,
                column: "name",
                old: "HTTP_429_TOO_MANY_REQUESTS".into(),
                new: "HTTP_429_RATE_LIMIT_EXCEEDED".into(),
                // The new name's words give IANA's new phrase.
                new_line: "HTTP_429_RATE_LIMIT_EXCEEDED,429,client_error,,,RFC 6585".into(),
            },
            Edit::Add {
                file: TABLE,
                after: line,
                after_what: "HTTP_429_RATE_LIMIT_EXCEEDED".into(),
                text: "HTTP_429_TOO_MANY_REQUESTS,429,client_error,,HTTP_429_RATE_LIMIT_EXCEEDED,RFC 6585"
                    .into(),
            },
        ]),
    );
    assert!(
        finding
            .message
            .contains("the edit also makes this change: the phrase of 429"),
        "{finding}"
    );
}

/// The one finding of the inputs after `change`.
fn only_finding(change: impl FnOnce(&mut Inputs)) -> Finding {
    let mut edited = inputs();
    change(&mut edited);
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    found[0].clone()
}

#[test]
fn a_stale_deliberate_difference_is_a_line_to_delete() {
    let deliberate = inputs().deliberate;
    let line = line_of(&deliberate, "iana-http,418,");
    let finding = one_finding(
        |i| replace(&mut i.iana_http, "418,(Unused),", "418,I'm a teapot,"),
        418,
        delete(&deliberate, DELIBERATE, line),
    );
    assert!(finding.message.contains("no longer occurs"), "{finding}");
}

#[test]
fn a_deliberate_difference_excuses_only_what_it_records() {
    // IANA gives 418 yet another phrase: the record no longer matches, and
    // the one finding is the record as it would have to read, reason kept,
    // or else the table's edit and the record deleted.
    let mut edited = inputs();
    replace(&mut edited.iana_http, "418,(Unused),", "418,Teapot,");
    let line = line_of(&edited.deliberate, "iana-http,418,");
    let old = edited
        .deliberate
        .lines()
        .nth(line as usize - 1)
        .unwrap()
        .to_owned();
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    let expected = Edit::Replace {
        file: DELIBERATE,
        line,
        old: old.clone(),
        new: old.replacen("(Unused)", "Teapot", 1),
    };
    assert_eq!(found[0].edit, expected, "{}", report(&found));
    let text = found[0].to_string();
    assert!(
        text.contains(&format!(
            "line {line} of {DELIBERATE} records the difference in `phrase` of 418 with \
             iana-http as ours \"I'm a teapot\", upstream \"(Unused)\", but the difference is \
             in `phrase`, ours \"I'm a teapot\", upstream \"Teapot\""
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "or, if the table should follow upstream instead, delete line {line} of {DELIBERATE} \
             and on line"
        )),
        "{text}"
    );
    assert_eq!(findings(&apply_all(&edited, &found)), []);
}

/// `HTTP_599_NETWORK_CONNECT_TIMEOUT` added to the fixture table, which no
/// upstream copy lists.
fn with_599(inputs: &mut Inputs) {
    let after = "HTTP_511_NETWORK_AUTHENTICATION_REQUIRED,";
    let line = line_of(&inputs.table, after) as usize;
    let mut lines: Vec<&str> = inputs.table.lines().collect();
    lines.insert(line, "HTTP_599_NETWORK_CONNECT_TIMEOUT,599,server_error");
    inputs.table = lines.join("\n") + "\n";
}

#[test]
fn a_code_upstream_lacks_offers_the_record_that_keeps_it() {
    let mut edited = inputs();
    with_599(&mut edited);
    let finding = only_finding(with_599);
    let line = line_of(&edited.table, "HTTP_599_");
    assert_eq!(finding.edit, delete(&edited.table, TABLE, line));
    let record =
        "iana-http,599,row,HTTP_599_NETWORK_CONNECT_TIMEOUT,Unassigned,<say why the table differs>";
    assert!(
        finding.to_string().ends_with(&format!(
            "\n  = help: or, if the table keeps this difference on purpose, add this line at \
             the end of {DELIBERATE}, with the reason in place of <say why the table differs>:\n        \
             {record}"
        )),
        "{finding}"
    );
    // The line as printed keeps it; so does one with a real reason.
    for reason in [
        "<say why the table differs>",
        "a gateway's own code, kept for proxies",
    ] {
        let mut kept = edited.clone();
        let line = record.replace("<say why the table differs>", reason);
        kept.deliberate.push_str(&format!("{line}\n"));
        assert_eq!(findings(&kept), [], "{reason}");
    }
}

#[test]
fn a_wrong_record_says_what_it_would_have_to_read() {
    let mut edited = inputs();
    with_599(&mut edited);
    // The number where the table's name belongs.
    edited
        .deliberate
        .push_str("iana-http,599,row,599,,kept for proxies\n");
    let line = line_of(&edited.deliberate, "iana-http,599,");
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    assert_eq!(
        found[0].edit,
        Edit::Replace {
            file: DELIBERATE,
            line,
            old: "iana-http,599,row,599,,kept for proxies".to_owned(),
            new: "iana-http,599,row,HTTP_599_NETWORK_CONNECT_TIMEOUT,Unassigned,kept for proxies"
                .to_owned(),
        }
    );
    assert!(found[0].to_string().contains(&format!(
        "replace line {line} of {DELIBERATE}:\n        iana-http,599,row,599,,kept for proxies\n      \
         with:\n        iana-http,599,row,HTTP_599_NETWORK_CONNECT_TIMEOUT,Unassigned,kept for proxies"
    )));
    assert_eq!(findings(&apply_all(&edited, &found)), []);
}

#[test]
fn a_record_with_a_mistyped_field_or_source_is_set_right() {
    let right = "iana-http,599,row,HTTP_599_NETWORK_CONNECT_TIMEOUT,Unassigned,kept for proxies";
    for (wrong, says) in [
        (
            "iana-http,599,phrase,HTTP_599_NETWORK_CONNECT_TIMEOUT,Unassigned,kept for proxies",
            "records the difference in `phrase` of 599 with iana-http as ours \
             \"HTTP_599_NETWORK_CONNECT_TIMEOUT\", upstream \"Unassigned\", but the difference \
             is in `row` with iana-http,",
        ),
        (
            "starlette,599,row,HTTP_599_NETWORK_CONNECT_TIMEOUT,Unassigned,kept for proxies",
            "records the difference in `row` of 599 with starlette as ours \
             \"HTTP_599_NETWORK_CONNECT_TIMEOUT\", upstream \"Unassigned\", but the difference \
             is in `row` with iana-http,",
        ),
    ] {
        let mut edited = inputs();
        with_599(&mut edited);
        edited.deliberate.push_str(&format!("{wrong}\n"));
        let line = line_of(&edited.deliberate, wrong);
        let found = findings(&edited);
        assert_eq!(found.len(), 1, "{}", report(&found));
        assert!(found[0].message.contains(says), "{}", found[0]);
        assert_eq!(
            found[0].edit,
            Edit::Replace {
                file: DELIBERATE,
                line,
                old: wrong.to_owned(),
                new: right.to_owned(),
            }
        );
        assert_eq!(findings(&apply_all(&edited, &found)), []);
    }
}

#[test]
fn a_deleted_row_leaves_its_other_records_alone() {
    // 418's row deleted: its phrase record is stale (a line to delete), and
    // the row is a line to add; the record is not "corrected" into a row one.
    let mut edited = inputs();
    remove_line(&mut edited.table, "HTTP_418_IM_A_TEAPOT,");
    let found = findings(&edited);
    let files: Vec<(&str, bool)> = found
        .iter()
        .map(|f| (f.file, matches!(f.edit, Edit::Delete { .. })))
        .collect();
    assert!(files.contains(&(DELIBERATE, true)), "{}", report(&found));
    assert!(
        found
            .iter()
            .all(|f| !matches!(f.edit, Edit::Replace { .. })),
        "{}",
        report(&found)
    );
}

#[test]
fn a_stale_record_is_not_set_right_from_another_codes_difference() {
    // 599 in the table (a row difference with IANA's HTTP registry) and 1004
    // gone from IANA's WebSocket copy (its `row` record now names nothing):
    // the record is a line to delete, not 599's record.
    let mut edited = inputs();
    with_599(&mut edited);
    remove_line(&mut edited.iana_websocket, "1004,");
    let found = findings(&edited);
    let numbers: Vec<(u16, &str)> = found.iter().map(|f| (f.number, f.file)).collect();
    assert_eq!(
        numbers,
        [(599, TABLE), (1004, DELIBERATE)],
        "{}",
        report(&found)
    );
    assert!(matches!(found[1].edit, Edit::Delete { .. }), "{}", found[1]);
}

#[test]
fn several_edits_are_made_bottom_up() {
    let add = |after: u64, text: &str| Edit::Add {
        file: TABLE,
        after,
        after_what: String::new(),
        text: text.to_owned(),
    };
    assert_eq!(add(5, "x").line(), 5);
    let delete = Edit::Delete {
        file: TABLE,
        line: 2,
        text: "b".to_owned(),
    };
    assert_eq!(delete.line(), 2);
    let both = Edit::All(vec![add(1, "a2"), delete, add(3, "c2")]);
    assert_eq!(both.line(), 3);
    assert_eq!(
        both.apply(TABLE, "a\nb\nc\n").as_deref(),
        Some("a\na2\nc\nc2\n")
    );
    assert_eq!(both.apply(DELIBERATE, "a\n"), None);
    assert_eq!(Edit::ByHand("look".to_owned()).line(), 0);
}

#[test]
fn every_difference_is_reported_together() {
    let mut edited = inputs();
    remove_line(&mut edited.table, "HTTP_425_TOO_EARLY,");
    replace(&mut edited.iana_http, "404,Not Found,", "404,Nothing Here,");
    edited
        .iana_http
        .push_str("599,Network Connect Timeout,[RFC9999]\n");
    edited
        .starlette
        .push_str("HTTP_413_PAYLOAD_TOO_LARGE,413,HTTP_413_CONTENT_TOO_LARGE\n");
    let found = findings(&edited);
    let numbers: Vec<u16> = found.iter().map(|f| f.number).collect();
    // 425 once: IANA and Starlette both have it, and ask for the same line.
    assert_eq!(numbers, [404, 425, 599, 413], "{}", report(&found));
    assert_eq!(findings(&apply_all(&edited, &found)), []);
}

#[test]
fn websocket_rows_are_checked_against_their_registry() {
    let table = inputs().table;
    let line = line_of(&table, "WS_3008_TIMEOUT,");
    one_finding(
        |i| {
            replace(&mut i.iana_websocket, "3008,Timeout,,\n", "");
            remove_line(&mut i.released, "WS_3008_TIMEOUT,");
        },
        3008,
        delete(&table, TABLE, line),
    );
    one_finding(
        |i| replace(&mut i.iana_websocket, "3008,Timeout,,\n", ""),
        3008,
        registration_of(
            &table,
            "WS_3008_TIMEOUT",
            "",
            "removed",
            "WS_3008_TIMEOUT,3008,websocket,,,IANA WebSocket Close Code Number Registry,,,,removed",
        ),
    );
    one_finding(
        |i| {
            replace(
                &mut i.iana_websocket,
                "3001-3002,Unassigned,,",
                "3001,Rate Limited,,[https://example.org/3001]\n3002,Unassigned,,",
            )
        },
        3001,
        add_after(
            &table,
            "WS_3000_UNAUTHORIZED",
            "WS_3001_RATE_LIMITED,3001,websocket,,,https://example.org/3001",
        ),
    );
}

#[test]
fn a_row_on_a_single_unassigned_value_is_a_line_to_delete() {
    let row = "HTTP_427_SOMETHING_ELSE,427,client_error";
    let line = inputs().table.lines().count() as u64 + 1;
    let finding = one_finding(
        |i| i.table.push_str(&format!("{row}\n")),
        427,
        Edit::Delete {
            file: TABLE,
            line,
            text: row.into(),
        },
    );
    assert!(
        finding.message.contains("lists 427 as \"Unassigned\""),
        "{finding}"
    );
}

#[test]
fn a_starlette_name_on_a_single_unassigned_value_says_iana_disagrees() {
    // Following Starlette: the row, and the record that the table then
    // differs from IANA, in one edit that leaves nothing to report.
    let mut edited = inputs();
    edited.starlette.push_str("HTTP_427_SOMETHING_ELSE,427,\n");
    let found = findings(&edited);
    assert_eq!(found.len(), 1, "{}", report(&found));
    let finding = &found[0];
    assert!(
        finding.message.contains(
            "the IANA HTTP Status Code Registry does not assign 427, so whichever side the table \
             follows, it records the other in data/upstream/deliberate.csv"
        ),
        "{finding}"
    );
    let deliberate = &edited.deliberate;
    let last = deliberate.lines().count() as u64;
    assert_eq!(
        finding.edit,
        Edit::All(vec![
            add_after(
                &edited.table,
                "HTTP_426_UPGRADE_REQUIRED",
                "HTTP_427_SOMETHING_ELSE,427,client_error"
            ),
            Edit::Add {
                file: DELIBERATE,
                after: last,
                after_what: deliberate.lines().last().unwrap().to_owned(),
                text: "iana-http,427,row,HTTP_427_SOMETHING_ELSE,Unassigned,<say why the table differs>"
                    .to_owned(),
            },
        ])
    );
    assert!(finding
        .to_string()
        .contains("\n      and add this line to data/upstream/deliberate.csv, after line"));
    assert!(finding
        .to_string()
        .contains("\n  = help: add this line to data/status.csv, after line"));
    // Or following IANA: the record of Starlette's name.
    assert!(finding.to_string().ends_with(
        "\n        starlette,427,name,,HTTP_427_SOMETHING_ELSE,<say why the table differs>"
    ));
    assert_eq!(findings(&apply_all(&edited, &found)), []);
}

#[test]
fn a_starlette_value_that_differs_is_a_number_to_change() {
    let table = inputs().table;
    let finding = only_finding(|i| {
        replace(
            &mut i.starlette,
            "HTTP_404_NOT_FOUND,404,",
            "HTTP_404_NOT_FOUND,405,",
        )
    });
    assert_eq!(finding.number, 405);
    assert!(finding
        .message
        .contains("HTTP_404_NOT_FOUND is 404 in data/status.csv but 405"));
    let Edit::Change {
        line,
        column,
        old,
        new,
        ..
    } = &finding.edit
    else {
        panic!("{finding}");
    };
    assert_eq!(*line, line_of(&table, "HTTP_404_NOT_FOUND,"));
    assert_eq!(
        (*column, old.as_str(), new.as_str()),
        ("number", "404", "405")
    );
}

#[test]
fn a_deleted_row_takes_starlettes_name_over_the_phrase() {
    // IANA calls 418 "(Unused)", which would name it HTTP_418_UNUSED;
    // Starlette's name wins, and the phrase is IANA's again, so the recorded
    // difference about 418's phrase no longer applies.
    let mut edited = inputs();
    remove_line(&mut edited.table, "HTTP_418_IM_A_TEAPOT,");
    let found = findings(&edited);
    assert_eq!(found.len(), 2, "{}", report(&found));
    let Edit::Add { text, .. } = &found[0].edit else {
        panic!("{}", found[0]);
    };
    assert_eq!(
        text,
        "HTTP_418_IM_A_TEAPOT,418,client_error,(Unused),,\"RFC 9110, Section 15.5.19\""
    );
    assert_eq!(found[1].file, DELIBERATE);
    assert_eq!(findings(&apply_all(&edited, &found)), []);
    assert_eq!(
        name_for(status_codes_codegen::Kind::Http, 418, "(Unused)"),
        "HTTP_418_UNUSED"
    );
}

#[test]
fn a_bad_value_or_an_empty_one_is_an_error() {
    for (row, value) in [
        ("+104,Signed,", "+104"),
        (",Nameless,[RFC1]", ""),
        ("105-,Open,", "105-"),
        ("199-105,Backwards,", "199-105"),
    ] {
        let mut edited = inputs();
        edited.iana_http.push_str(row);
        edited.iana_http.push('\n');
        let errors = compare(&edited).unwrap_err();
        assert_eq!(errors.len(), 1, "{row}");
        assert_eq!(
            errors[0].message,
            format!("`{value}` is not a code or a range of codes")
        );
    }
}

#[test]
fn status_notes_are_split_from_the_phrase() {
    let temporary = |date: Option<&str>| Status::Temporary {
        expires: date.map(str::to_owned),
    };
    let cases = [
        ("(Unused)", "(Unused)", Status::Permanent),
        (
            "Not Extended (OBSOLETED)",
            "Not Extended",
            Status::Obsoleted,
        ),
        (
            "Upload Resumption Supported (TEMPORARY - registered 2024-11-13, extension \
             registered 2025-09-15, expires 2026-11-13)",
            "Upload Resumption Supported",
            temporary(Some("2026-11-13")),
        ),
        ("Later (TEMPORARY)", "Later", temporary(None)),
        (
            "Loop (DEPRECATED)",
            "Loop",
            Status::Other("DEPRECATED".into()),
        ),
        (
            "Teapot (see RFC 2324)",
            "Teapot (see RFC 2324)",
            Status::Permanent,
        ),
        ("Teapot (A joke)", "Teapot (A joke)", Status::Permanent),
        ("Teapot (X)", "Teapot (X)", Status::Permanent),
        ("Fine (OK)", "Fine", Status::Other("OK".into())),
        ("  Spaced  ", "Spaced", Status::Permanent),
    ];
    for (description, phrase, status) in cases {
        assert_eq!(split_note(description), (phrase, status), "{description}");
    }
    assert_eq!(Status::Obsoleted.field().as_deref(), Some("obsoleted"));
    assert_eq!(temporary(None).field(), None);
}

#[test]
fn iana_references_are_written_as_the_table_writes_them() {
    for (iana, ours) in [
        ("[RFC9110, Section 15.5.20]", "RFC 9110, Section 15.5.20"),
        (
            "[RFC2774][status-change-http-experiments-to-historic]",
            "RFC 2774; status-change-http-experiments-to-historic",
        ),
        ("[RFC-ietf-httpbis-foo-01]", "RFC-ietf-httpbis-foo-01"),
        (
            "[draft-ietf-httpbis-resumable-upload-05]",
            "draft-ietf-httpbis-resumable-upload-05",
        ),
        ("RFC 1234 as plain text", "RFC 1234 as plain text"),
        ("", ""),
        ("[RFC1][RFC22][RFC333]", "RFC 1; RFC 22; RFC 333"),
    ] {
        assert_eq!(reference_text(iana), ours, "{iana}");
    }
}

#[test]
fn edits_apply_to_their_own_file_only() {
    let add = Edit::Add {
        file: TABLE,
        after: 1,
        after_what: "the first line".into(),
        text: "new".into(),
    };
    assert_eq!(add.apply(TABLE, "a\nb\n").as_deref(), Some("a\nnew\nb\n"));
    assert_eq!(
        add.apply(TABLE, "a").as_deref(),
        Some("a\nnew\n"),
        "no final newline"
    );
    assert_eq!(add.apply(DELIBERATE, "a\nb\n"), None);
    let at_top = Edit::Add {
        file: TABLE,
        after: 0,
        after_what: String::new(),
        text: "new".into(),
    };
    assert_eq!(at_top.apply(TABLE, "a\n").as_deref(), Some("new\na\n"));
    assert_eq!(
        at_top.to_string(),
        "add this line at the top of data/status.csv:\n        new"
    );
    let delete = Edit::Delete {
        file: TABLE,
        line: 2,
        text: "b".into(),
    };
    assert_eq!(delete.apply(TABLE, "a\nb\nc\n").as_deref(), Some("a\nc\n"));
    assert_eq!(delete.apply(DELIBERATE, "a\nb\nc\n"), None);
    let change = Edit::Change {
        file: DELIBERATE,
        line: 1,
        column: "ours",
        old: "x".into(),
        new: String::new(),
        new_line: "y".into(),
    };
    assert_eq!(
        change.apply(DELIBERATE, "x\nz\n").as_deref(),
        Some("y\nz\n")
    );
    assert_eq!(change.apply(TABLE, "x\nz\n"), None);
    assert_eq!(
        change.to_string(),
        "on line 1 of data/upstream/deliberate.csv, change `ours` from \"x\" to nothing (an \
         empty field); the line becomes:\n        y"
    );
}

#[test]
fn the_report_is_every_entry_and_a_blank_line() {
    let mut edited = inputs();
    remove_line(&mut edited.table, "HTTP_425_TOO_EARLY,");
    remove_line(&mut edited.table, "HTTP_429_TOO_MANY_REQUESTS,");
    let found = findings(&edited);
    assert_eq!(report(&found), format!("{}\n\n{}\n\n", found[0], found[1]));
}

#[test]
fn a_table_that_does_not_build_is_reported_as_such() {
    let mut edited = inputs();
    edited.table.push_str("HTTP_404_MISSING,404,client_error\n");
    let line = edited.table.lines().count() as u64;
    let errors = compare(&edited).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].file, errors[0].line), (TABLE, Some(line)));
    assert!(
        errors[0].message.contains("duplicate number 404"),
        "{}",
        errors[0]
    );
    assert!(errors[0]
        .to_string()
        .contains("`cargo build` shows every error"));
}

#[test]
fn a_bad_deliberate_record_or_starlette_row_is_located() {
    let mut edited = inputs();
    edited
        .deliberate
        .push_str("pypi,4x,colour,,,\nstarlette,404,name,,HTTP_404_NOT_FOUND,\n");
    let lines = edited.deliberate.lines().count() as u64;
    let errors = compare(&edited).unwrap_err();
    let got: Vec<(Option<u64>, &str)> = errors
        .iter()
        .map(|e| (e.line, e.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(lines - 1), "unknown source `pypi`"),
            (Some(lines - 1), "`4x` is not a code"),
            (Some(lines - 1), "unknown field `colour`"),
            (Some(lines - 1), "the difference has no reason"),
            (Some(lines), "the difference has no reason"),
        ]
    );
    assert!(errors.iter().all(|e| e.file == DELIBERATE));

    let mut edited = inputs();
    let header = line_of(&edited.deliberate, "source,");
    replace(&mut edited.deliberate, "source,number", "origin,number");
    let errors = compare(&edited).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].line,
        Some(header),
        "the header's own line, after the comments"
    );

    let mut edited = inputs();
    edited.starlette.push_str("HTTP_999_X,nine,\n");
    let errors = compare(&edited).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, Source::Starlette.file());
    assert_eq!(
        errors[0].message,
        "the value of HTTP_999_X is `nine`, not a code"
    );
}
