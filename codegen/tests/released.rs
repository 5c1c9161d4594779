//! The check of the released names (`data/released.csv`) against a table:
//! one case per rule, with its exact message, line and help, and the
//! update that appends a release's new names.

use status_codes_codegen::{
    check_released, parse_released, parse_table, public_names, updated_released,
};

const TABLE: &str = "name,number,category,phrase,alias_of,reference,registration\n\
    HTTP_200_OK,200,success,OK\n\
    HTTP_422_UNPROCESSABLE_CONTENT,422,client_error\n\
    HTTP_422_UNPROCESSABLE_ENTITY,422,client_error,,HTTP_422_UNPROCESSABLE_CONTENT\n\
    WS_1000_NORMAL_CLOSURE,1000,websocket\n";

const RELEASED: &str = "# released\nname,variant\n\
    HTTP_200_OK,Ok\n\
    HTTP_422_UNPROCESSABLE_CONTENT,UnprocessableContent\n\
    HTTP_422_UNPROCESSABLE_ENTITY,UnprocessableEntity\n\
    WS_1000_NORMAL_CLOSURE,NormalClosure\n";

/// Every error of the check as (line, message, help).
fn errors(table: &str, released: &str) -> Vec<(u64, String, String)> {
    check_released(table, released)
        .unwrap_err()
        .0
        .into_iter()
        .map(|e| (e.line, e.message, e.help))
        .collect()
}

#[test]
fn the_table_keeps_every_released_name() {
    assert_eq!(check_released(TABLE, RELEASED), Ok(()));
}

#[test]
fn adding_a_code_needs_no_edit_of_the_list() {
    let table = format!("{TABLE}HTTP_599_NETWORK_CONNECT_TIMEOUT,599,server_error\n");
    assert_eq!(check_released(table, RELEASED), Ok(()));
}

#[test]
fn a_deleted_row_is_a_row_to_put_back() {
    let table = TABLE.replace("HTTP_200_OK,200,success,OK\n", "");
    assert_eq!(
        errors(&table, RELEASED),
        [(
            3,
            "HTTP_200_OK was released, but data/status.csv no longer has it: `status::HTTP_200_OK`, \
             `HttpStatus::Ok` and parsing \"HTTP_200_OK\" would break every user of them"
                .to_owned(),
            "put the row back as it was released (`git log -p data/status.csv` shows it); or, \
             if its registry no longer lists the code, keep its names, deprecated, with this line \
             (`lapsed` for a temporary registration) after the header (line 1) of \
             data/status.csv, its phrase and reference as released:\n        \
             HTTP_200_OK,200,success,,,,removed"
                .to_owned(),
        )]
    );
    // After an earlier row: the line to add it after.
    let table = TABLE.replace("WS_1000_NORMAL_CLOSURE,1000,websocket\n", "");
    let found = errors(&table, RELEASED);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, 6);
    assert!(
        found[0].1.contains("`WsCloseCode::NormalClosure`"),
        "{}",
        found[0].1
    );
    assert!(
        found[0]
            .2
            .contains("after line 4 (HTTP_422_UNPROCESSABLE_ENTITY) of data/status.csv")
            && found[0]
                .2
                .ends_with("\n        WS_1000_NORMAL_CLOSURE,1000,websocket,,,,removed"),
        "{}",
        found[0].2
    );
}

#[test]
fn a_renamed_row_keeps_its_old_name_as_an_alias() {
    let table = TABLE.replace("HTTP_200_OK,200,success,OK", "HTTP_200_FINE,200,success,OK");
    assert_eq!(
        errors(&table, RELEASED),
        [(
            3,
            "HTTP_200_OK was released, but data/status.csv no longer has it: `status::HTTP_200_OK`, \
             `HttpStatus::Ok` and parsing \"HTTP_200_OK\" would break every user of them"
                .to_owned(),
            "if 200 was renamed, keep the old name as a deprecated alias of HTTP_200_FINE: add \
             this line to data/status.csv, after line 2 (HTTP_200_FINE):\n        \
             HTTP_200_OK,200,success,,HTTP_200_FINE"
                .to_owned(),
        )]
    );
    // The edit it gives makes the check pass.
    let fixed = table.replace(
        "HTTP_200_FINE,200,success,OK\n",
        "HTTP_200_FINE,200,success,OK\nHTTP_200_OK,200,success,,HTTP_200_FINE\n",
    );
    assert_eq!(check_released(fixed, RELEASED), Ok(()));
}

#[test]
fn a_released_variant_must_still_be_given() {
    let released = RELEASED.replace("HTTP_200_OK,Ok", "HTTP_200_OK,Okay");
    assert_eq!(
        errors(TABLE, &released),
        [(
            3,
            "HttpStatus::Okay was released for 200, but no row of data/status.csv gives it"
                .to_owned(),
            "a variant comes from a row's name: keep HTTP_200_OK as the row that gave it, or add \
             an alias row for 200 whose name has the words of Okay"
                .to_owned(),
        )]
    );
    // A variant of the same name for another code is not the released one.
    let released = RELEASED.replace("HTTP_200_OK,Ok", "HTTP_200_OK,UnprocessableContent");
    assert_eq!(errors(TABLE, &released)[0].0, 3);
}

#[test]
fn a_list_that_does_not_read_is_located() {
    let bad_header = RELEASED.replace("name,variant", "name,variants");
    assert_eq!(
        errors(TABLE, &bad_header),
        [(
            2,
            "the first row must be the header `name,variant`".to_owned(),
            "restore the header; the list is written by the update command".to_owned(),
        )]
    );
    for bad in [
        "HTTP_200_OK",
        "HTTP_200_OK,",
        "http_200_ok,Ok",
        "HTTP_200_OK,Ok,more",
    ] {
        let released = RELEASED.replace("HTTP_200_OK,Ok", bad);
        assert_eq!(
            errors(TABLE, &released),
            [(
                3,
                format!("`{bad}` is not a constant name and its variant"),
                "restore the line as it was released, `HTTP_404_NOT_FOUND,NotFound`".to_owned(),
            )],
            "{bad}"
        );
    }
}

#[test]
fn a_table_that_does_not_build_is_not_checked() {
    let table = format!("{TABLE}HTTP_200_OK,200,success\n");
    assert_eq!(
        errors(&table, RELEASED),
        [(
            0,
            "data/status.csv does not build, so its names cannot be checked".to_owned(),
            "fix it first: `cargo build` shows every error".to_owned(),
        )]
    );
}

#[test]
fn an_update_appends_only_the_new_names() {
    let table = format!("{TABLE}HTTP_201_CREATED,201,success\n");
    let updated = updated_released(&table, RELEASED).unwrap();
    assert_eq!(updated, format!("{RELEASED}HTTP_201_CREATED,Created\n"));
    // Nothing new: the list as it is.
    assert_eq!(updated_released(&table, &updated).unwrap(), updated);
    // A name that is gone is never written away.
    let gone = TABLE.replace("HTTP_200_OK,200,success,OK\n", "");
    assert_eq!(updated_released(&gone, RELEASED).unwrap_err().0[0].line, 3);
}

#[test]
fn the_first_list_is_every_name_of_the_table() {
    let first = updated_released(TABLE, "").unwrap();
    assert!(first.starts_with("# Every public name a release of status-codes has shipped"));
    let entries = parse_released(&first).unwrap();
    let listed: Vec<(String, String)> = entries.into_iter().map(|e| (e.name, e.variant)).collect();
    assert_eq!(listed, public_names(&parse_table(TABLE).unwrap()));
    assert_eq!(
        listed[2],
        (
            "HTTP_422_UNPROCESSABLE_ENTITY".to_owned(),
            "UnprocessableEntity".to_owned()
        )
    );
    assert_eq!(check_released(TABLE, &first), Ok(()));
}
