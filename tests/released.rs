//! A release never breaks a user: every name a release has shipped, listed
//! in `data/released.csv`, is still a name of the crate (deprecated, maybe,
//! never gone). A release appends its new names with
//! `UPDATE_RELEASED=1 cargo test -p status-codes --test released`; adding a
//! code needs no edit of the list. (That the built library has every name
//! of `data/status.csv` is `tests/api.rs`'s to check.)

use std::path::Path;
use std::{env, fs};

use status_codes_codegen::{check_released, updated_released, CSV_PATH, RELEASED_PATH};

fn read(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    fs::read_to_string(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

#[test]
fn every_released_name_is_still_there() {
    let (csv, released) = (read(CSV_PATH), read(RELEASED_PATH));
    let result = if env::var_os("UPDATE_RELEASED").is_some() {
        updated_released(&csv, &released).map(|text| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(RELEASED_PATH);
            fs::write(path, text).expect("write data/released.csv");
        })
    } else {
        check_released(&csv, &released)
    };
    if let Err(errors) = result {
        let report: String = errors
            .0
            .iter()
            .map(|e| format!("{}\n", e.render(RELEASED_PATH)))
            .collect();
        panic!(
            "\n\n{n} released name(s) of {RELEASED_PATH} would break their users. Within a major \
             version a name is deprecated, never removed or renamed away: make the edit below \
             for each. See CONTRIBUTING.md, \"A release never breaks a user\".\n\n{report}",
            n = errors.0.len()
        );
    }
}
