//! The maintainers' preview, run as a user runs it:
//! `cargo run -p status-codes-codegen --example preview -- data/status.csv`.

use std::path::Path;
use std::process::{Command, Output};

fn run_example(args: &[&str]) -> Output {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .args([
            "run",
            "--quiet",
            "--offline",
            "-p",
            "status-codes-codegen",
            "--example",
        ])
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn codegen_previews_the_source_or_the_errors() {
    let ok = run_example(&["preview", "--", "data/status.csv"]);
    assert!(ok.status.success(), "{}", text(&ok.stderr));
    assert!(text(&ok.stdout).starts_with("// @generated from data/status.csv"));

    let bad = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-status.csv");
    std::fs::write(&bad, "name,number,category\nHTTP_200_OK,2oo,success\n").unwrap();
    let err = run_example(&["preview", "--", bad.to_str().unwrap()]);
    assert_eq!(err.status.code(), Some(1));
    let stderr = text(&err.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:2: column `number`: `2oo` is not a number",
            bad.display()
        )),
        "{stderr}"
    );
    assert!(text(&err.stdout).is_empty());
}
