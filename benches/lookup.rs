//! Runtime lookups, side by side with the `http` crate doing the same work
//! in the same run. See BENCHMARKS.md for the method and the results.
//!
//! ```sh
//! cargo bench --bench lookup
//! ```

use std::fmt::Write;
use std::hint::black_box;
use std::str::FromStr;

use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, Throughput,
};
use http::StatusCode;
use status_codes::{Category, HttpStatus};

/// A small deterministic PRNG (xorshift64*), so every run shuffles alike.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = usize::try_from(self.next() % (i as u64 + 1)).unwrap();
            items.swap(i, j);
        }
    }
}

/// 4,096 codes known to both crates, in an unpredictable order.
fn shuffled_known_codes() -> Vec<u16> {
    let known: Vec<u16> = HttpStatus::ALL
        .iter()
        .map(|s| s.code())
        .filter(|&c| StatusCode::from_u16(c).is_ok_and(|s| s.canonical_reason().is_some()))
        .collect();
    let mut codes: Vec<u16> = known.iter().copied().cycle().take(4096).collect();
    Rng(0x9E37_79B9_7F4A_7C15).shuffle(&mut codes);
    codes
}

fn http_reason(code: u16) -> Option<&'static str> {
    StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
}

/// Times `lookup` over every code of `codes`, black-boxing each input and
/// result, as one benchmark of `group`.
fn each_code<R>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    codes: &[u16],
    lookup: impl Fn(u16) -> R,
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            for &code in codes {
                black_box(lookup(black_box(code)));
            }
        });
    });
}

/// The two inputs of the per-code benchmarks: every number 0-1099 in
/// order, and 4,096 known codes shuffled.
fn inputs() -> [(&'static str, Vec<u16>); 2] {
    [
        ("sequential 0-1099", (0..1100).collect()),
        ("shuffled known", shuffled_known_codes()),
    ]
}

fn reason_phrase(c: &mut Criterion) {
    for (input, codes) in inputs() {
        let mut group = c.benchmark_group(format!("reason_phrase/{input}"));
        group.throughput(Throughput::Elements(codes.len() as u64));
        each_code(&mut group, "http", &codes, http_reason);
        each_code(
            &mut group,
            "status-codes reason_phrase_of",
            &codes,
            HttpStatus::reason_phrase_of,
        );
        each_code(
            &mut group,
            "status-codes from_code+reason_phrase",
            &codes,
            |code| HttpStatus::from_code(code).map(HttpStatus::reason_phrase),
        );
        group.finish();
    }
}

fn from_code(c: &mut Criterion) {
    for (input, codes) in inputs() {
        let mut group = c.benchmark_group(format!("from_code/{input}"));
        group.throughput(Throughput::Elements(codes.len() as u64));
        // `from_u16` only checks 100..1000; `from_code` answers whether the
        // code is registered, which `http` does with `canonical_reason`.
        each_code(
            &mut group,
            "http from_u16 (range check only)",
            &codes,
            |code| StatusCode::from_u16(code).ok(),
        );
        each_code(
            &mut group,
            "http from_u16 + canonical_reason (same answer)",
            &codes,
            |code| {
                StatusCode::from_u16(code)
                    .ok()
                    .filter(|s| s.canonical_reason().is_some())
            },
        );
        each_code(
            &mut group,
            "status-codes HttpStatus::from_code",
            &codes,
            HttpStatus::from_code,
        );
        group.finish();
    }
}

fn display(c: &mut Criterion) {
    let mut group = c.benchmark_group("display 404 into a reused String");
    display_each(&mut group, "http", &[StatusCode::NOT_FOUND]);
    display_each(&mut group, "status-codes", &[HttpStatus::NotFound]);
    group.finish();
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse \"404\"");
    group.bench_function("http", |b| {
        b.iter(|| StatusCode::from_str(black_box("404")).ok());
    });
    group.bench_function("status-codes", |b| {
        b.iter(|| HttpStatus::from_str(black_box("404")).ok());
    });
    group.finish();

    let mut group = c.benchmark_group("parse constant name");
    group.bench_function("status-codes HTTP_404_NOT_FOUND", |b| {
        b.iter(|| HttpStatus::from_str(black_box("HTTP_404_NOT_FOUND")).ok());
    });
    let alias = "HTTP_422_UNPROCESSABLE_ENTITY";
    group.bench_function("status-codes deprecated alias", |b| {
        b.iter(|| HttpStatus::from_str(black_box(alias)).ok());
    });
    group.finish();

    // Every name, one benchmark each, for the median over all names.
    let mut group = c.benchmark_group("parse every constant name");
    group
        .warm_up_time(std::time::Duration::from_millis(300))
        .measurement_time(std::time::Duration::from_secs(1));
    for status in HttpStatus::ALL {
        group.bench_with_input(
            BenchmarkId::from_parameter(status.name()),
            status.name(),
            |b, name| {
                b.iter(|| HttpStatus::from_str(black_box(name)).ok());
            },
        );
    }
    group.finish();
}

/// What `category()` gives, built from `http`'s predicates.
fn http_category(code: StatusCode) -> Option<Category> {
    if code.is_informational() {
        Some(Category::Informational)
    } else if code.is_success() {
        Some(Category::Success)
    } else if code.is_redirection() {
        Some(Category::Redirection)
    } else if code.is_client_error() {
        Some(Category::ClientError)
    } else if code.is_server_error() {
        Some(Category::ServerError)
    } else {
        None
    }
}

fn category(c: &mut Criterion) {
    let ours: Vec<HttpStatus> = shuffled_known_codes()
        .into_iter()
        .filter_map(HttpStatus::from_code)
        .collect();
    let theirs: Vec<StatusCode> = ours
        .iter()
        .map(|&s| StatusCode::from_u16(s.code()).unwrap())
        .collect();
    let mut group = c.benchmark_group("category of shuffled codes");
    group.throughput(Throughput::Elements(ours.len() as u64));
    group.bench_function("http (is_* chain)", |b| {
        b.iter(|| {
            for &code in &theirs {
                black_box(http_category(black_box(code)));
            }
        });
    });
    group.bench_function("status-codes", |b| {
        b.iter(|| {
            for &status in &ours {
                black_box(black_box(status).category());
            }
        });
    });
    group.finish();

    let mut group = c.benchmark_group("is_client_error of shuffled codes");
    group.throughput(Throughput::Elements(ours.len() as u64));
    group.bench_function("http", |b| {
        b.iter(|| {
            theirs
                .iter()
                .filter(|&&code| black_box(code).is_client_error())
                .count()
        });
    });
    group.bench_function("status-codes", |b| {
        b.iter(|| {
            ours.iter()
                .filter(|&&s| black_box(s).is_client_error())
                .count()
        });
    });
    group.finish();
}

/// Every HTTP code the crate knows, in code order, as both crates' values.
fn every_status() -> (Vec<HttpStatus>, Vec<StatusCode>) {
    let ours = HttpStatus::ALL.to_vec();
    let theirs = ours
        .iter()
        .map(|s| StatusCode::from_u16(s.code()).unwrap())
        .collect();
    (ours, theirs)
}

/// Times `write!(out, "{}", value)` into a cleared, reused `String` for
/// every value of `values`.
fn display_each<T: std::fmt::Display + Copy>(
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

/// Times `T::from_str` on every text of `texts`.
fn parse_each<T: FromStr>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    id: &str,
    texts: &[impl AsRef<str>],
) {
    group.bench_function(id, |b| {
        b.iter(|| {
            for text in texts {
                black_box(T::from_str(black_box(text.as_ref())).ok());
            }
        });
    });
}

/// `Display`, number parsing and name parsing over every known code, not
/// one example: the lengths of the phrases and names and the branches taken
/// vary by code.
fn every_code(c: &mut Criterion) {
    let (ours, theirs) = every_status();
    let mut group = c.benchmark_group("display every code into a reused String");
    group.throughput(Throughput::Elements(ours.len() as u64));
    display_each(&mut group, "http", &theirs);
    display_each(&mut group, "status-codes", &ours);
    group.finish();

    let texts: Vec<String> = ours.iter().map(|s| s.code().to_string()).collect();
    let mut group = c.benchmark_group("parse every code's number");
    group.throughput(Throughput::Elements(texts.len() as u64));
    parse_each::<StatusCode>(&mut group, "http", &texts);
    parse_each::<HttpStatus>(&mut group, "status-codes", &texts);
    group.finish();

    // Every constant name, deprecated ones included, in code order, beside
    // `http` parsing every code's number (it has no names to parse).
    let table = status_codes_codegen::parse_table(include_str!("../data/status.csv"))
        .expect("data/status.csv is valid");
    let mut names: Vec<(u16, &str)> = table
        .http
        .iter()
        .map(|c| (c.number, c.name.as_str()))
        .collect();
    names.extend(
        table
            .aliases
            .iter()
            .filter(|a| a.kind == status_codes_codegen::Kind::Http)
            .map(|a| (a.number, a.name.as_str())),
    );
    names.sort();
    let names: Vec<&str> = names.into_iter().map(|(_, name)| name).collect();
    let mut group = c.benchmark_group("parse every name, beside http parsing every number");
    group.throughput(Throughput::Elements(texts.len() as u64));
    parse_each::<StatusCode>(&mut group, "http, every code's number", &texts);
    group.throughput(Throughput::Elements(names.len() as u64));
    parse_each::<HttpStatus>(&mut group, "status-codes, every constant name", &names);
    group.finish();
}

criterion_group!(
    benches,
    reason_phrase,
    from_code,
    display,
    parse,
    every_code,
    category
);
criterion_main!(benches);
