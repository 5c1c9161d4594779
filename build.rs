//! Generates the status tables from `data/status.csv` with
//! `status-codes-codegen` (the `codegen/` folder), into `OUT_DIR`.

use std::fmt::Display;
use std::{env, fs, path::Path, process};

use status_codes_codegen::{generate, CSV_PATH};

fn main() {
    println!("cargo:rerun-if-changed={CSV_PATH}");
    let csv = fs::read(CSV_PATH)
        .unwrap_or_else(|err| fail(format!("error: cannot read {CSV_PATH}: {err}")));
    let source = generate(&csv).unwrap_or_else(|errors| fail(errors));
    let out_dir = env::var_os("OUT_DIR")
        .unwrap_or_else(|| fail("error: OUT_DIR is not set; run the build script through cargo"));
    let out = Path::new(&out_dir).join("generated.rs");
    fs::write(&out, source)
        .unwrap_or_else(|err| fail(format!("error: cannot write {}: {err}", out.display())));
}

/// Prints the message (every error in the CSV, rendered) and stops the build.
fn fail(message: impl Display) -> ! {
    eprintln!("{message}");
    process::exit(1);
}
