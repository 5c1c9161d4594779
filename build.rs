//! Generates the status tables from `data/status.csv` with
//! `status-codes-codegen` (the `codegen/` folder), into `OUT_DIR`.

use status_codes_codegen::{generate, CSV_PATH};
use std::{env, fs, path::PathBuf, process};

fn main() {
    println!("cargo:rerun-if-changed={CSV_PATH}");
    let csv = fs::read(CSV_PATH)
        .unwrap_or_else(|err| fail(&format!("error: cannot read {CSV_PATH}: {err}")));
    let source = generate(&csv).unwrap_or_else(|errors| fail(&errors.to_string()));
    let out =
        PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| {
            fail("error: OUT_DIR is not set; run the build script through cargo")
        }));
    fs::write(out.join("generated.rs"), source).unwrap_or_else(|err| {
        fail(&format!(
            "error: cannot write {}: {err}",
            out.join("generated.rs").display()
        ))
    });
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    process::exit(1);
}
