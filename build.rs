//! Generates the status tables from `data/status.csv`; see `build/codegen.rs`.

#[path = "build/codegen.rs"]
mod codegen;

use std::{env, fs, path::PathBuf, process};

fn main() {
    println!("cargo:rerun-if-changed={}", codegen::CSV_PATH);
    println!("cargo:rerun-if-changed=build/codegen.rs");
    println!("cargo:rerun-if-changed=src/category.rs");
    let csv = match fs::read(codegen::CSV_PATH) {
        Ok(bytes) => bytes,
        Err(err) => fail(&format!("error: cannot read {}: {err}", codegen::CSV_PATH)),
    };
    let source = codegen::generate(&csv).unwrap_or_else(|errors| fail(&errors.to_string()));
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("generated.rs");
    if let Err(err) = fs::write(&out, source) {
        fail(&format!("error: cannot write {}: {err}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    process::exit(1);
}
