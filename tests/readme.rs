//! The README's example of a build error is what the build prints: its row
//! appended to the real `data/status.csv` gives exactly that message, but
//! for the line numbers, which depend on the table (the README says so).

use std::path::Path;

const README: &str = include_str!("../README.md");

/// The first ```text block after `heading`.
fn text_block_after(heading: &str) -> &'static str {
    let section = &README[README.find(heading).expect("the heading")..];
    let start = section.find("```text\n").expect("a text block") + "```text\n".len();
    let end = section[start..].find("```").expect("the block's end");
    &section[start..start + end]
}

/// The text with every line number masked: `data/status.csv:91:`, `on line
/// 32`, and the gutter (`91 |`, `   |`) with its width.
fn mask_lines(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut line = line.trim_start().to_owned();
        if let Some((number, rest)) = line.split_once(" |") {
            if number.chars().all(|c| c.is_ascii_digit()) {
                line = format!("N |{rest}");
            }
        }
        for marker in ["data/status.csv:", "on line "] {
            let mut masked = String::new();
            let mut rest = line.as_str();
            while let Some(at) = rest.find(marker) {
                let after = &rest[at + marker.len()..];
                let digits =
                    after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                masked.push_str(&rest[..at + marker.len()]);
                masked.push_str(if digits > 0 { "N" } else { "" });
                rest = &after[digits..];
            }
            masked.push_str(rest);
            line = masked;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn the_build_error_example_is_what_the_build_prints() {
    let example = text_block_after("## Adding a status code");
    let row = example
        .lines()
        .find_map(|line| line.split_once(" | ").map(|(_, row)| row.trim()))
        .filter(|row| !row.is_empty())
        .expect("the example shows its row");
    let mut csv =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/status.csv"))
            .unwrap();
    if !csv.ends_with('\n') {
        csv.push('\n');
    }
    csv.push_str(row);
    csv.push('\n');
    let errors = status_codes_codegen::generate(&csv).expect_err("the example row is a mistake");
    assert_eq!(mask_lines(&errors.to_string()), mask_lines(example));
}

#[test]
fn masking_keeps_everything_but_line_numbers() {
    assert_eq!(
        mask_lines(
            "error: data/status.csv:91: x (first used on line 32 by A)\n   |\n91 | HTTP_1\n"
        ),
        "error: data/status.csv:N: x (first used on line N by A)\n|\nN | HTTP_1\n"
    );
    assert_ne!(
        mask_lines("duplicate number 404"),
        mask_lines("duplicate number 405")
    );
}

/// crates.io shows the README without the repository around it (the
/// manifest names none), so a relative link would lead nowhere there: every
/// link is absolute, and files of the repository are named as text.
#[test]
fn every_link_in_the_readme_is_absolute() {
    let mut rest = README;
    while let Some(at) = rest.find("](") {
        let target = &rest[at + 2..];
        let end = target.find(')').expect("a link's end");
        let target = &target[..end];
        assert!(
            target.starts_with("https://") || target.starts_with("http://"),
            "README.md links to {target:?}, which crates.io cannot resolve; \
             name the file as text or link an absolute address"
        );
        rest = &rest[at + 2 + end..];
    }
}
