//! How the generator scales with the size of the CSV file: it must stay
//! linear (no quadratic duplicate checks). See BENCHMARKS.md.
//!
//! ```sh
//! cargo bench --bench generate
//! ```

use status_codes_codegen as codegen;

use std::fmt::Write;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Distinct words for the n-th name: `W0`, `W1`, ... spelled in letters so
/// variants stay unique (`HTTP_100_BA`, ...).
fn words(mut n: usize) -> String {
    let mut out = String::new();
    loop {
        out.push(char::from(b'A' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return out;
        }
    }
}

/// The canonical rows: every HTTP number first, then WebSocket numbers,
/// up to `rows` (at most 4,500, the whole number space).
fn canonical(rows: usize) -> Vec<(String, u16)> {
    let http = (100u16..=599).map(|n| (format!("HTTP_{n}_CODE_{}", words(usize::from(n))), n));
    let ws = (1000u16..=4999).map(|n| (format!("WS_{n}_CODE_{}", words(usize::from(n))), n));
    let mut all: Vec<(String, u16)> = http.chain(ws).collect();
    // Keep both kinds present in small tables.
    all.swap(1, 500);
    all.truncate(rows.min(4500));
    all
}

fn category(n: u16) -> &'static str {
    match n {
        100..=199 => "informational",
        200..=299 => "success",
        300..=399 => "redirection",
        400..=499 => "client_error",
        500..=599 => "server_error",
        _ => "websocket",
    }
}

/// A valid table of `rows` rows; past 4,500 the extra rows are aliases.
fn valid_csv(rows: usize) -> String {
    let codes = canonical(rows);
    let mut csv = String::from("name,number,category,phrase,alias_of,reference\n");
    for (name, n) in &codes {
        writeln!(csv, "{name},{n},{},,,RFC 9110", category(*n)).unwrap();
    }
    for i in 0..rows.saturating_sub(codes.len()) {
        let (target, n) = &codes[i % codes.len()];
        let prefix = if *n < 1000 { "HTTP" } else { "WS" };
        writeln!(
            csv,
            "{prefix}_{n}_OLD_{},{n},{},,{target}",
            words(i),
            category(*n)
        )
        .unwrap();
    }
    csv
}

/// `rows` rows, every one of them wrong in some way.
fn invalid_csv(rows: usize) -> String {
    let mut csv = String::from("name,number,category\n");
    for i in 0..rows {
        let line = match i % 5 {
            0 => format!("HTTP_404_DUP_{},404,client_error", words(i)),
            1 => format!("http_{i}_lower,{i},success"),
            2 => format!("HTTP_200_X{},2o0,success", words(i)),
            3 => format!("HTTP_{i}_BAD_RANGE,{i},teapot"),
            _ => format!("WS_1000_{},1000,websocket,extra", words(i)),
        };
        csv.push_str(&line);
        csv.push('\n');
    }
    csv
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("generate valid");
    group.sample_size(10);
    for rows in [100, 1_000, 4_500, 10_000, 50_000] {
        let csv = valid_csv(rows);
        assert!(
            codegen::generate(&csv).is_ok(),
            "the synthetic table must be valid"
        );
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_with_input(BenchmarkId::from_parameter(rows), &csv, |b, csv| {
            b.iter(|| codegen::generate(black_box(csv.as_str())).map(|s| s.len()));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("generate invalid");
    group.sample_size(10);
    for rows in [1_000, 10_000] {
        let csv = invalid_csv(rows);
        assert!(codegen::generate(&csv).is_err());
        group.throughput(Throughput::Elements(rows as u64));
        group.bench_with_input(BenchmarkId::from_parameter(rows), &csv, |b, csv| {
            b.iter(|| codegen::generate(black_box(csv.as_str())).map_err(|e| e.0.len()));
        });
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
