//! Generates the status tables from `data/status.csv`; see `build/codegen.rs`.

#[path = "build/codegen.rs"]
mod codegen;

use std::{env, fs, path::PathBuf, process};

fn main() {
    // The generator's own sources are compiled into this script, so cargo
    // already reruns it when they change.
    println!("cargo:rerun-if-changed={}", codegen::CSV_PATH);
    let csv = match fs::read(codegen::CSV_PATH) {
        Ok(bytes) => bytes,
        Err(err) => fail(&format!("error: cannot read {}: {err}", codegen::CSV_PATH)),
    };
    let source = codegen::generate(&csv).unwrap_or_else(|errors| fail(&errors.to_string()));
    let Some(out_dir) = env::var_os("OUT_DIR") else {
        fail("error: OUT_DIR is not set; run the build script through cargo")
    };
    let out = PathBuf::from(out_dir).join("generated.rs");
    if let Err(err) = fs::write(&out, source) {
        fail(&format!("error: cannot write {}: {err}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    process::exit(1);
}
