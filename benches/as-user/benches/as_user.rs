//! Lookups over every code, as a separate crate compiles them, beside the
//! `http` crate doing the same work in the same run. See BENCHMARKS.md.
//!
//! ```sh
//! cd benches/as-user && cargo bench
//! ```

use std::fmt::{Display, Write};
use std::hint::black_box;
use std::str::FromStr;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use http::StatusCode;
use status_codes::{HttpStatus, Status};

/// Times `T::from_str` on every text of `texts`.
fn parse_each<T: FromStr>(group: &mut BenchmarkGroup<'_, WallTime>, id: &str, texts: &[String]) {
    group.bench_function(id, |b| {
        b.iter(|| {
            for text in texts {
                black_box(T::from_str(black_box(text)).ok());
            }
        });
    });
}

/// Times `write!(out, "{}", value)` into a cleared, reused `String`.
fn display_each<T: Display + Copy>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    values: &[T],
) {
    let mut out = String::with_capacity(64);
    group.bench_function(id, |b| {
        b.iter(|| {
            for &value in values {
                out.clear();
                write!(out, "{}", black_box(value)).unwrap();
                black_box(out.len());
            }
        });
    });
}

/// Times `f` on every value of `values`.
fn each<T: Copy, R>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    values: &[T],
    f: impl Fn(T) -> R,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            for &value in values {
                black_box(f(black_box(value)));
            }
        });
    });
}

/// Every constant name of an HTTP code, deprecated ones included, in code
/// order.
fn every_name() -> Vec<String> {
    let table = status_codes_codegen::parse_table(include_str!("../../../data/status.csv"))
        .expect("data/status.csv is valid");
    let mut names: Vec<(u16, String)> = table
        .http
        .iter()
        .map(|c| (c.number, c.name.clone()))
        .collect();
    names.extend(
        table
            .aliases
            .iter()
            .filter(|a| a.kind == status_codes_codegen::Kind::Http)
            .map(|a| (a.number, a.name.clone())),
    );
    names.sort();
    names.into_iter().map(|(_, name)| name).collect()
}

/// Over every code the registry knows: parsing its number and its names,
/// and `Display`.
fn known_codes(c: &mut Criterion) {
    let texts: Vec<String> = HttpStatus::ALL
        .iter()
        .map(|s| s.code().to_string())
        .collect();
    let mut group = c.benchmark_group("as-user: parse every known code's number");
    group.throughput(Throughput::Elements(texts.len() as u64));
    parse_each::<StatusCode>(&mut group, "http StatusCode", &texts);
    parse_each::<HttpStatus>(&mut group, "HttpStatus", &texts);
    parse_each::<Status>(&mut group, "Status", &texts);
    group.finish();

    let names = every_name();
    let mut group =
        c.benchmark_group("as-user: parse every name, beside http parsing every number");
    group.throughput(Throughput::Elements(texts.len() as u64));
    parse_each::<StatusCode>(
        &mut group,
        "http StatusCode, every known code's number",
        &texts,
    );
    group.throughput(Throughput::Elements(names.len() as u64));
    parse_each::<HttpStatus>(&mut group, "HttpStatus, every name", &names);
    parse_each::<Status>(&mut group, "Status, every name", &names);
    group.finish();

    let ours: Vec<HttpStatus> = HttpStatus::ALL.to_vec();
    let theirs: Vec<StatusCode> = ours.iter().map(|&s| s.to_http()).collect();
    let mut group = c.benchmark_group("as-user: display every known code");
    group.throughput(Throughput::Elements(ours.len() as u64));
    display_each(&mut group, "http StatusCode", &theirs);
    display_each(&mut group, "HttpStatus", &ours);
    group.finish();
}

/// Over every code 100-999, registered or not: what a service does with
/// the statuses it passes around.
fn every_code(c: &mut Criterion) {
    let texts: Vec<String> = (100..1000).map(|n: u16| n.to_string()).collect();
    let theirs: Vec<StatusCode> = (100..1000)
        .map(|n| StatusCode::from_u16(n).unwrap())
        .collect();
    let ours: Vec<Status> = theirs.iter().map(|&s| Status::from(s)).collect();

    let mut group = c.benchmark_group("as-user: every code 100-999, parse the number");
    group.throughput(Throughput::Elements(texts.len() as u64));
    parse_each::<StatusCode>(&mut group, "http StatusCode", &texts);
    parse_each::<Status>(&mut group, "Status", &texts);
    group.finish();

    let mut group = c.benchmark_group("as-user: every code 100-999, display");
    group.throughput(Throughput::Elements(ours.len() as u64));
    display_each(&mut group, "http StatusCode", &theirs);
    display_each(&mut group, "Status", &ours);
    group.finish();

    let mut group = c.benchmark_group("as-user: every code 100-999, reason phrase");
    group.throughput(Throughput::Elements(ours.len() as u64));
    each(
        &mut group,
        "http StatusCode::canonical_reason",
        &theirs,
        |s: StatusCode| s.canonical_reason(),
    );
    each(
        &mut group,
        "Status::reason_phrase",
        &ours,
        Status::reason_phrase,
    );
    group.finish();

    let mut group =
        c.benchmark_group("as-user: every code 100-999, from http::StatusCode and back");
    group.throughput(Throughput::Elements(ours.len() as u64));
    each(
        &mut group,
        "http StatusCode::as_u16 + from_u16",
        &theirs,
        |s| StatusCode::from_u16(s.as_u16()).ok(),
    );
    each(
        &mut group,
        "Status::from + StatusCode::from",
        &theirs,
        |s| StatusCode::from(Status::from(s)),
    );
    group.finish();

    let mut group = c.benchmark_group("as-user: every code 100-999, is_client_error");
    group.throughput(Throughput::Elements(ours.len() as u64));
    each(&mut group, "http StatusCode", &theirs, |s: StatusCode| {
        s.is_client_error()
    });
    each(&mut group, "Status", &ours, Status::is_client_error);
    group.finish();
}

criterion_group!(benches, known_codes, every_code);
criterion_main!(benches);
