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

/// The text with the numbers that depend on the files masked: the list's
/// line (`data/released.csv:15:`, the gutter) and the table's (`after line 7`).
fn mask_lines(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut line = line.trim_start().to_owned();
        if let Some((number, rest)) = line.split_once(" |") {
            if number.chars().all(|c| c.is_ascii_digit()) {
                line = format!("N |{rest}");
            }
        }
        for marker in ["data/released.csv:", "after line "] {
            if let Some(at) = line.find(marker) {
                let after = &line[at + marker.len()..];
                let rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
                line = format!("{}N{rest}", &line[..at + marker.len()]);
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn the_contributing_example_is_what_the_check_prints() {
    let (table, released) = (read(CSV_PATH), read(RELEASED_PATH));
    if check_released(&table, &released).is_err() {
        // A released name is already gone: `every_released_name_is_still_there`
        // reports it, and the example would only fail beside it.
        return;
    }
    let contributing = read("CONTRIBUTING.md");
    let section = &contributing[contributing
        .find("## A release never breaks a user")
        .expect("the section")..];
    let start = section.find("```text\n").expect("a text block") + "```text\n".len();
    let example = &section[start..start + section[start..].find("```").expect("its end")];
    // The released line the example shows: its row is the one deleted.
    let name = example
        .lines()
        .find_map(|l| l.split_once(" | ").map(|(_, row)| row.trim()))
        .and_then(|row| row.split(',').next())
        .expect("the example shows the released line");
    let csv: String = table
        .lines()
        .filter(|l| !l.starts_with(&format!("{name},")))
        .map(|l| format!("{l}\n"))
        .collect();
    let errors = check_released(&csv, &released).expect_err("a released row is gone");
    let printed: String = errors.0.iter().map(|e| e.render(RELEASED_PATH)).collect();
    assert_eq!(mask_lines(&printed), mask_lines(example));
}
