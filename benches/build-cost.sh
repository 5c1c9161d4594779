#!/usr/bin/env bash
# Measures what status-codes costs to build and to carry, beside `http`.
# Public tools only: cargo and /usr/bin/time (plus `size` and `strip` from
# binutils for the binary). Usage:
#
#   bash benches/build-cost.sh [WORKDIR]
#   bash benches/build-cost.sh --features [WORKDIR]
#
# With --features, it measures each optional feature instead: a clean debug
# build of a small program using the feature, beside the same program
# without it (status-codes with its default features).
#
# Every build starts from an empty target directory with the dependencies
# already downloaded (`cargo fetch`), so the times are compile times only.
set -euo pipefail

crate=$(cd "$(dirname "$0")/.." && pwd)
features_mode=false
if [ "${1:-}" = --features ]; then
  features_mode=true
  shift
fi
work=${1:-$(mktemp -d)}
mkdir -p "$work"
export CARGO_TERM_COLOR=never

seconds() { # seconds DIR TARGET_DIR CARGO-ARGS...: wall time of one cargo command
  local dir=$1 target=$2
  shift 2
  (cd "$dir" && CARGO_TARGET_DIR=$target /usr/bin/time -f %e -o "$work/time.txt" cargo "$@" -q >/dev/null 2>"$work/err.txt") \
    || { cat "$work/err.txt" >&2; exit 1; }
  cat "$work/time.txt"
}

project() { # project NAME DEPENDENCIES MAIN.RS
  local dir=$work/$1
  rm -rf "$dir"
  mkdir -p "$dir/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\n%s\n\n[workspace]\n' "$1" "$2" >"$dir/Cargo.toml"
  printf '%s\n' "$3" >"$dir/src/main.rs"
  (cd "$dir" && cargo fetch -q)
}

sc_dep="status-codes = { path = \"$crate\" }"

if $features_mode; then
  # The same program, a lookup of 404, once with the feature and once
  # without; each from an empty target directory, alternately.
  plain_main='fn main() { println!("{}", status_codes::Status::HTTP_404_NOT_FOUND); }'
  project without-features "$sc_dep" "$plain_main"
  echo "| feature | clean debug, with the feature | the same program without it | difference |"
  echo "|---|---|---|---|"
  for feature in serde http axum axum-ws http02 tungstenite; do
    project "with-$feature" "status-codes = { path = \"$crate\", features = [\"$feature\"] }" "$plain_main"
    with=$(seconds "$work/with-$feature" "$work/with-$feature/target" build)
    without=$(seconds "$work/without-features" "$work/without-features/target-$feature" build)
    echo "| \`$feature\` | $with s | $without s | $(awk -v a="$with" -v b="$without" 'BEGIN { printf "%+.2f", a - b }') s |"
  done
  exit 0
fi
sc_main='use std::str::FromStr;
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let n: u16 = arg.parse().unwrap_or(404);
    let s = status_codes::HttpStatus::from_code(n).or_else(|| status_codes::HttpStatus::from_str(&arg).ok());
    if let Some(s) = s {
        println!("{s} {} {} {:?} {}", s.name(), s.reason_phrase(), s.category(), s.is_client_error());
    }
    println!("{:?} {}", status_codes::WsCloseCode::from_code(n), status_codes::WsCloseCode::can_send(n));
}'
http_main='fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let n: u16 = arg.parse().unwrap_or(404);
    if let Ok(s) = http::StatusCode::from_u16(n) {
        println!("{s} {:?} {}", s.canonical_reason(), s.is_client_error());
    }
}'
base_deps='serde = { version = "1", features = ["derive"] }
tokio = { version = "1", features = ["macros", "rt"] }'
base_main='#[derive(serde::Serialize, serde::Deserialize, Debug)]
struct Item { id: u32, name: String }
#[tokio::main(flavor = "current_thread")]
async fn main() { println!("{:?}", Item { id: 1, name: "x".into() }); }'

project only-status-codes "$sc_dep" "$sc_main"
project only-http 'http = "1"' "$http_main"
project app "$base_deps" "$base_main"

echo "| build | seconds |"
echo "|---|---|"
for p in only-status-codes only-http; do
  echo "| clean debug, $p | $(seconds "$work/$p" "$work/$p/target" build) |"
  echo "| clean release, $p | $(seconds "$work/$p" "$work/$p/target-release" build --release) |"
done

# Marginal cost: a built serde-derive + tokio-macros application, then the
# same application with status-codes added and built again.
app=$work/app
echo "| clean debug, serde derive + tokio macros app | $(seconds "$app" "$app/target" build) |"
sed -i "s|^\\[dependencies\\]|[dependencies]\\n$sc_dep|" "$app/Cargo.toml"
(cd "$app" && cargo fetch -q)
echo "| + status-codes, incremental debug (marginal cost) | $(seconds "$app" "$app/target" build) |"
echo "| clean debug, app with status-codes | $(seconds "$app" "$app/target-clean" build) |"

# Binary size: the same program with and without the lookups compiled in.
for p in only-status-codes only-http; do
  bin=$work/$p/target-release/release/$p
  strip -o "$bin.stripped" "$bin"
  echo "| stripped release binary, $p | $(stat -c %s "$bin.stripped") bytes |"
done
size -A "$work/only-status-codes/target-release/release/only-status-codes" | awk '$1==".rodata"||$1==".text"{print "| only-status-codes " $1 " | " $2 " bytes |"}'
size -A "$work/only-http/target-release/release/only-http" | awk '$1==".rodata"||$1==".text"{print "| only-http " $1 " | " $2 " bytes |"}'
