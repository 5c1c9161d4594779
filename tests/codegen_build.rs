//! End to end: copy the crate into a temporary directory, edit its CSV and
//! run a real `cargo build`, as a maintainer would. Slow (it compiles the
//! crate), so the copies share one target directory.
//!
//! By default these run the builds a maintainer's edit meets: a new code
//! used from a downstream crate, and the located errors of bad edits. The
//! `cargo doc` and `cargo clippy` runs and the rewritten table's build run
//! only with `STATUS_CODES_FULL_TESTS=1`, which CI (`.ci/run`) sets.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::{env, fs};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// Whether the slow builds run: `STATUS_CODES_FULL_TESTS=1` (CI). When they
/// do not, says so on the terminal (past the test harness's capture), so a
/// skipped build never reads as a passed one.
fn full_run(test: &str) -> bool {
    let full = env::var_os("STATUS_CODES_FULL_TESTS").is_some_and(|v| v == "1");
    if !full {
        let _ = writeln!(
            std::io::stderr(),
            "note: tests/codegen_build.rs: `{test}` skipped; STATUS_CODES_FULL_TESTS=1 runs it, as CI does"
        );
    }
    full
}

fn cargo() -> Command {
    let mut cmd = Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.env("CARGO_TARGET_DIR", Path::new(TMP).join("e2e-target"))
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUSTFLAGS")
        .arg("--quiet");
    cmd
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        // The library package alone: the workspace's other members, the
        // port and the fuzz targets are not part of its build.
        let skipped = [".git", "target", "fuzz", "codegen", "tools", "examples"];
        if skipped.iter().any(|skip| name == *skip) {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(&name));
        } else {
            fs::copy(&path, to.join(&name)).unwrap();
        }
    }
}

/// A fresh copy of the crate whose CSV is `edit` applied to the real one.
fn crate_with_csv(label: &str, edit: impl FnOnce(String) -> Vec<u8>) -> PathBuf {
    // One directory per test, replaced on every run.
    let dir = Path::new(TMP).join(format!("e2e-{label}"));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(Path::new(ROOT), &dir);
    // A package name of its own gives each copy its own build-script
    // output in the shared target directory; only dependencies are shared.
    let manifest = fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let renamed = manifest.replacen(
        "name = \"status-codes\"",
        &format!("name = \"{}\"", package_name(&dir)),
        1,
    );
    assert_ne!(manifest, renamed, "the package name line moved");
    // The generator stays where it is (one build of it serves every copy),
    // and the copy is a workspace of its own.
    let codegen = Path::new(ROOT).join("codegen");
    let generator = format!("path = {:?}", codegen.display().to_string());
    let workspace = renamed
        .find("\n[workspace]")
        .expect("a [workspace] section");
    let renamed = format!("{}\n[workspace]\n", &renamed[..workspace])
        .replace("path = \"codegen\"", &generator);
    fs::write(dir.join("Cargo.toml"), renamed).unwrap();
    let csv = fs::read_to_string(dir.join("data/status.csv")).unwrap();
    fs::write(dir.join("data/status.csv"), edit(csv)).unwrap();
    dir
}

/// A number in `range` that no row of the real table uses, from the top of
/// the range, so the rows these tests add never collide with a maintainer's.
fn free_number(range: std::ops::RangeInclusive<u16>) -> u16 {
    let table = common::table();
    let used: Vec<u16> = (table.http.iter().chain(&table.ws))
        .map(|code| code.number)
        .collect();
    range
        .rev()
        .find(|n| !used.contains(n))
        .expect("a free number in the range")
}

fn package_name(dir: &Path) -> String {
    format!(
        "status-codes-{}",
        dir.file_name().unwrap().to_string_lossy()
    )
}

fn build(dir: &Path) -> Output {
    cargo()
        .args(["build", "--offline", "--lib"])
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A failed build must stop in the build script with located errors: no
/// panic, and no rustc error pointing into generated code.
fn assert_located_failure(output: &Output, expected: &[&str]) {
    let err = stderr(output);
    assert!(!output.status.success(), "the build should fail:\n{err}");
    for needle in expected {
        assert!(err.contains(needle), "missing `{needle}` in:\n{err}");
    }
    assert!(err.contains("help: "), "no help line in:\n{err}");
    for forbidden in ["panicked", "generated.rs", "error[E"] {
        assert!(!err.contains(forbidden), "`{forbidden}` in:\n{err}");
    }
}

#[test]
fn adding_one_line_adds_a_usable_code() {
    let (http, ws) = (free_number(500..=599), free_number(4000..=4999));
    let dir = crate_with_csv("good", |mut csv| {
        csv.push_str(&format!(
            "HTTP_{http}_E2E_ADDED_TIMEOUT,{http},server_error\nWS_{ws}_E2E_GAME_OVER,{ws},websocket\n"
        ));
        csv.into_bytes()
    });
    let output = build(&dir);
    assert!(output.status.success(), "{}", stderr(&output));

    // A downstream crate uses the new constant and variants.
    let app = dir.with_file_name(format!(
        "{}-app",
        dir.file_name().unwrap().to_string_lossy()
    ));
    let _ = fs::remove_dir_all(&app);
    fs::create_dir_all(app.join("src")).unwrap();
    fs::copy(dir.join("Cargo.lock"), app.join("Cargo.lock")).unwrap();
    fs::write(
        app.join("Cargo.toml"),
        format!(
            "[package]\nname = \"app\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nstatus-codes = {{ path = {:?}, package = {:?} }}\n\n[workspace]\n",
            dir.display().to_string(),
            package_name(&dir),
        ),
    )
    .unwrap();
    fs::write(
        app.join("src/main.rs"),
        r#"use status_codes::{status, HttpStatus, WsCloseCode};
fn main() {
    let timeout = HttpStatus::E2eAddedTimeout;
    assert_eq!(status::HTTP_HTTP_E2E_ADDED_TIMEOUT, timeout.code());
    assert_eq!("HTTP_HTTP_E2E_ADDED_TIMEOUT".parse::<HttpStatus>(), Ok(timeout));
    assert!(timeout.is_server_error());
    assert_eq!(WsCloseCode::from_code(status::WS_WS_E2E_GAME_OVER), Some(WsCloseCode::E2eGameOver));
    println!("{timeout}|{}|{}", WsCloseCode::E2eGameOver, WsCloseCode::E2eGameOver.is_sendable());
}
"#
        .replace("HTTP_HTTP", &format!("HTTP_{http}"))
        .replace("WS_WS", &format!("WS_{ws}")),
    )
    .unwrap();
    let run = cargo()
        .args(["run", "--offline"])
        .current_dir(&app)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        format!("{http} E2e Added Timeout|{ws} E2e Game Over|true\n")
    );
}

#[test]
fn a_duplicate_number_stops_the_build_with_its_line() {
    let dir = crate_with_csv("duplicate", |mut csv| {
        csv.push_str("HTTP_404_MISSING,404,client_error\n");
        csv.into_bytes()
    });
    let line = fs::read_to_string(dir.join("data/status.csv"))
        .unwrap()
        .lines()
        .count();
    assert_located_failure(
        &build(&dir),
        &[
            &format!("error: data/status.csv:{line}: column `number`: duplicate number 404"),
            "by HTTP_404_NOT_FOUND",
            "error: could not generate the status tables: 1 error in data/status.csv",
        ],
    );
}

#[test]
fn several_bad_edits_are_reported_in_one_build() {
    let (http, ws) = (free_number(200..=299), free_number(4000..=4999));
    let bad_utf8 = free_number(100..=199);
    let dir = crate_with_csv("several", |csv| {
        let mut bytes = csv.into_bytes();
        bytes.extend_from_slice(format!("HTTP_{http}_SELF,{http},success\n").as_bytes());
        bytes.extend_from_slice(format!("WS_{ws}_E2E_BAD,{ws},web_socket\n").as_bytes());
        bytes.extend_from_slice(format!("HTTP_{bad_utf8}_BAD").as_bytes());
        bytes.push(0xFF);
        bytes.extend_from_slice(format!(",{bad_utf8},informational\n").as_bytes());
        bytes
    });
    assert_located_failure(
        &build(&dir),
        &[
            &format!("HTTP_{http}_SELF would be the variant `Self`, which is a Rust keyword"),
            "unknown category `web_socket`",
            "the field is not valid UTF-8",
            "3 errors in data/status.csv",
        ],
    );
}

#[test]
fn a_broken_header_stops_the_build() {
    let dir = crate_with_csv("header", |csv| {
        csv.replacen("name,number,category", "name,numbr,category", 1)
            .into_bytes()
    });
    assert_located_failure(
        &build(&dir),
        &[
            "unknown column `numbr` in the header",
            "the header has no `number` column",
        ],
    );
}

#[test]
fn odd_text_in_the_csv_still_gives_warning_free_docs() {
    if !full_run("odd_text_in_the_csv_still_gives_warning_free_docs") {
        return;
    }
    let (http, ws) = (free_number(500..=599), free_number(4000..=4999));
    let dir = crate_with_csv("docs", |mut csv| {
        csv.push_str(&format!(
            "HTTP_{http}_E2E_ODD_DOCS,{http},server_error,Network <Connect> *Timeout*,,\
             \"[draft] `x` <b>bold</b> (see https://example.com/a_b), & more #1 https://example.org.\"\n\
             WS_{ws}_E2E_ODD_DOCS,{ws},websocket,,,\"<https://example.net> |pipe| ~tilde~ !\"\n",
        ));
        csv.into_bytes()
    });
    let output = cargo()
        .args(["doc", "--offline", "--no-deps", "--lib"])
        .env("RUSTDOCFLAGS", "-D warnings")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn a_table_with_no_rows_builds_and_lints_clean() {
    if !full_run("a_table_with_no_rows_builds_and_lints_clean") {
        return;
    }
    // Both enums empty: the generated code must still compile and pass clippy.
    let dir = crate_with_csv("empty", |csv| {
        let header = csv.lines().find(|l| l.starts_with("name,")).unwrap();
        format!("{header}\n").into_bytes()
    });
    let output = cargo()
        .args(["clippy", "--offline", "--lib", "--", "-D", "warnings"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn an_oddly_formatted_table_builds() {
    if !full_run("an_oddly_formatted_table_builds") {
        return;
    }
    // A byte-order mark, CRLF endings, comments, blank lines and no final
    // newline. (Every odd-but-valid form of a field is the generator's own
    // test: codegen/tests/valid.rs.)
    let dir = crate_with_csv("odd", |csv| {
        let mut odd = String::from("\u{FEFF}# rewritten\r\n\r\n");
        for line in csv.lines() {
            odd.push_str(line);
            odd.push_str("\r\n# a comment\r\n   \r\n");
        }
        odd.truncate(odd.trim_end().len());
        odd.into_bytes()
    });
    let output = build(&dir);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// A row for the real header: `fields` by column name, the rest empty.
fn row_for_header(csv: &str, fields: &[(&str, &str)]) -> String {
    let header = csv.lines().find(|l| l.starts_with("name,")).unwrap();
    let row: Vec<&str> = header
        .split(',')
        .map(|column| {
            fields
                .iter()
                .find(|(c, _)| *c == column.trim())
                .map_or("", |(_, value)| *value)
        })
        .collect();
    format!("{}\n", row.join(","))
}

#[test]
fn a_renamed_or_removed_code_keeps_every_released_name() {
    // A code renamed the way RFC 9110 renamed 422 (the old name an alias
    // row), and a code whose registry no longer lists it.
    let (renamed, removed) = (free_number(400..=499), free_number(500..=599));
    let dir = crate_with_csv("kept", |mut csv| {
        let (new, old) = (
            format!("HTTP_{renamed}_E2E_NEW_NAME"),
            format!("HTTP_{renamed}_E2E_OLD_NAME"),
        );
        let (number, gone) = (renamed.to_string(), format!("HTTP_{removed}_E2E_GONE"));
        let removed_number = removed.to_string();
        let rows = [
            row_for_header(
                &csv,
                &[
                    ("name", &new),
                    ("number", &number),
                    ("category", "client_error"),
                ],
            ),
            row_for_header(
                &csv,
                &[
                    ("name", &old),
                    ("number", &number),
                    ("category", "client_error"),
                    ("alias_of", &new),
                ],
            ),
            row_for_header(
                &csv,
                &[
                    ("name", &gone),
                    ("number", &removed_number),
                    ("category", "server_error"),
                    ("registration", "removed"),
                ],
            ),
        ];
        csv.push_str(&rows.concat());
        csv.into_bytes()
    });
    let output = build(&dir);
    assert!(output.status.success(), "{}", stderr(&output));

    let app = dir.with_file_name(format!(
        "{}-app",
        dir.file_name().unwrap().to_string_lossy()
    ));
    let _ = fs::remove_dir_all(&app);
    fs::create_dir_all(app.join("src")).unwrap();
    fs::copy(dir.join("Cargo.lock"), app.join("Cargo.lock")).unwrap();
    fs::write(
        app.join("Cargo.toml"),
        format!(
            "[package]\nname = \"app\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nstatus-codes = {{ path = {:?}, package = {:?} }}\n\n[workspace]\n",
            dir.display().to_string(),
            package_name(&dir),
        ),
    )
    .unwrap();
    fs::write(
        app.join("src/main.rs"),
        r#"use status_codes::{status, HttpStatus, Registration};
fn main() {
    let old = HttpStatus::E2eOldName;
    let matched = match HttpStatus::E2eNewName {
        HttpStatus::E2eOldName => "old name matches",
        _ => "no match",
    };
    assert_eq!(old, HttpStatus::E2eNewName);
    assert_eq!(status::HTTP_RENAMED_E2E_OLD_NAME, old.code());
    assert_eq!("HTTP_RENAMED_E2E_OLD_NAME".parse::<HttpStatus>(), Ok(old));
    let gone = HttpStatus::E2eGone;
    assert_eq!(status::HTTP_REMOVED_E2E_GONE, gone.code());
    assert_eq!("HTTP_REMOVED_E2E_GONE".parse::<HttpStatus>(), Ok(gone));
    assert_eq!(HttpStatus::from_code(REMOVED), Some(gone));
    assert_eq!(gone.registration(), Registration::Removed);
    println!("{matched}|{old}|{gone}");
}
"#
        .replace("HTTP_RENAMED", &format!("HTTP_{renamed}"))
        .replace("HTTP_REMOVED", &format!("HTTP_{removed}"))
        .replace("REMOVED)", &format!("{removed})")),
    )
    .unwrap();
    let run = cargo()
        .args(["run", "--offline"])
        .current_dir(&app)
        .output()
        .unwrap();
    let err = stderr(&run);
    assert!(run.status.success(), "{err}");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        format!("old name matches|{renamed} E2e New Name|{removed} E2e Gone\n")
    );
    // Every old name warns, and says what became of it (the copy's library
    // is named after its package).
    let lib = package_name(&dir).replace('-', "_");
    let renamed_note = "renamed to HttpStatus::E2eNewName";
    let removed_note = format!(
        "IANA removed {removed} E2e Gone: the IANA HTTP Status Code Registry no longer lists it"
    );
    for warning in [
        format!(
            "use of deprecated associated constant `{lib}::HttpStatus::E2eOldName`: {renamed_note}"
        ),
        format!("use of deprecated constant `{lib}::status::HTTP_{renamed}_E2E_OLD_NAME`"),
        format!("use of deprecated unit variant `{lib}::HttpStatus::E2eGone`: {removed_note}"),
        format!(
            "use of deprecated constant `{lib}::status::HTTP_{removed}_E2E_GONE`: {removed_note}"
        ),
    ] {
        assert!(err.contains(&warning), "missing `{warning}` in:\n{err}");
    }
    // The old variant warns in the `match` pattern too: twice in all.
    assert_eq!(
        err.matches(&format!("`{lib}::HttpStatus::E2eOldName`"))
            .count(),
        2,
        "{err}"
    );
}
