//! Preview what the build script makes of a CSV file, without building the
//! crate: the generated Rust source on stdout, or the same errors the build
//! would print on stderr (and exit status 1).
//!
//! ```sh
//! cargo run -p status-codes-codegen --example preview -- data/status.csv
//! cargo run -p status-codes-codegen --example preview -- edited.csv > preview.rs
//! ```

use status_codes_codegen as codegen;

use std::io::Write;
use std::{env, fs, process};

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let path = match args.as_slice() {
        [path] if path != "-h" && path != "--help" => path.clone(),
        [] => codegen::CSV_PATH.to_owned(),
        _ => {
            eprintln!("usage: cargo run -p status-codes-codegen --example preview -- [path/to/status.csv]");
            process::exit(2);
        }
    };
    let csv = match fs::read(&path) {
        Ok(csv) => csv,
        Err(err) => {
            eprintln!("error: cannot read {path}: {err}");
            process::exit(1);
        }
    };
    match codegen::generate(&csv) {
        Ok(source) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = std::io::stdout().write_all(source.as_bytes());
        }
        Err(errors) => {
            eprint!("{}", errors.render(&path));
            process::exit(1);
        }
    }
}
