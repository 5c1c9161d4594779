#!/usr/bin/env python3
"""Refresh the vendored upstream copies in data/upstream/, then compare.

    python3 tools/upstream/refresh.py              # everything
    python3 tools/upstream/refresh.py --starlette  # only starlette-status.csv
    python3 tools/upstream/refresh.py --iana       # only the two IANA files
    python3 tools/upstream/refresh.py --iana-from DIR
        # only the IANA files, taken from DIR (under IANA's own names,
        # http-status-codes-1.csv and close-code-number.csv, or as named in
        # data/upstream/) instead of fetched: for files saved by hand

For maintainers; CI and the tests never run it (it needs the network). It
writes only data/upstream/, records where each file came from in
data/upstream/SOURCES.md, and then runs the comparison, `cargo test -p
status-codes-upstream --test live`, whose report gives the exact edit for
each difference. See
CONTRIBUTING.md, "Keeping the table current".

The Starlette half downloads the newest starlette wheel with
`pip download --no-deps` and reads `starlette/status.py` with the `ast`
module: module-level integer constants named HTTP_* or WS_*, the
`__deprecated__` dict, and the dict that maps each deprecated name to its
replacement. The IANA half saves the registries' published CSV files as they
are; the comparison parses them.
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime
import hashlib
import io
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
UPSTREAM = ROOT / "data" / "upstream"
SOURCES = UPSTREAM / "SOURCES.md"

STARLETTE_FILE = "starlette-status.csv"
# The registries' own CSV links, as their pages publish them.
IANA = {
    "iana-http-status-codes.csv": (
        "https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv"
    ),
    "iana-websocket-close-codes.csv": (
        "https://www.iana.org/assignments/websocket/close-code-number.csv"
    ),
}
NAME = re.compile(r"(HTTP|WS)_[0-9]+_[A-Z0-9_]+")


class RefreshError(Exception):
    """A problem worth one clear line, not a traceback."""


# ----------------------------------------------------------------- Starlette


def starlette_names(source: str) -> list[tuple[str, int, str]]:
    """(name, value, replacement) for every name `status.py` exposes, in the
    order it defines them: the constants, then the deprecated names, each
    with the name that replaces it ("" for the others)."""
    tree = ast.parse(source)
    names: list[tuple[str, int, str]] = []
    deprecated: dict[str, int] = {}
    for node in tree.body:
        target, value = _assignment(node)
        if target is None:
            continue
        if NAME.fullmatch(target) and _is_int(value):
            names.append((target, value.value, ""))
        elif target == "__deprecated__":
            deprecated = _string_to_int_dict(value, "__deprecated__")
    replacements = _replacements(tree, set(deprecated))
    if not names:
        raise RefreshError("status.py defines no HTTP_* or WS_* constants")
    missing = sorted(set(deprecated) - set(replacements))
    if missing:
        raise RefreshError(
            "status.py deprecates "
            + ", ".join(missing)
            + " but no dict in it names their replacement; "
            + "read status.py and extend _replacements() in this script"
        )
    defined = {name for name, _, _ in names}
    for name, value in deprecated.items():
        replacement = replacements[name]
        if replacement not in defined:
            raise RefreshError(
                f"status.py says {name} is replaced by {replacement}, "
                "which it does not define"
            )
        names.append((name, value, replacement))
    return names


def _assignment(node: ast.stmt) -> tuple[str | None, ast.expr | None]:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        if isinstance(target, ast.Name):
            return target.id, node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id, node.value
    return None, None


def _is_int(node: ast.expr | None) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, int)
        and not isinstance(node.value, bool)
    )


def _string_to_int_dict(node: ast.expr | None, what: str) -> dict[str, int]:
    if not isinstance(node, ast.Dict):
        raise RefreshError(f"{what} in status.py is not a dict literal")
    out = {}
    for key, value in zip(node.keys, node.values):
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            raise RefreshError(f"{what} in status.py has a key that is not a string")
        if not _is_int(value):
            raise RefreshError(f"{what}[{key.value!r}] in status.py is not an integer")
        out[key.value] = value.value
    return out


def _replacements(tree: ast.Module, deprecated: set[str]) -> dict[str, str]:
    """The dict literal anywhere in the module whose keys are deprecated names
    and whose values are the names to use instead."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict) or not node.keys:
            continue
        pairs = []
        for key, value in zip(node.keys, node.values):
            if not (
                isinstance(key, ast.Constant)
                and isinstance(value, ast.Constant)
                and isinstance(key.value, str)
                and isinstance(value.value, str)
            ):
                break
            pairs.append((key.value, value.value))
        else:
            if all(k in deprecated and NAME.fullmatch(v) for k, v in pairs):
                found.update(pairs)
    return found


def starlette_csv(names: list[tuple[str, int, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "value", "replacement"])
    for name, value, replacement in names:
        writer.writerow([name, value, replacement])
    return out.getvalue()


def refresh_starlette() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        command = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
            "--disable-pip-version-check", "--quiet", "--dest", tmp, "starlette",
        ]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise RefreshError("pip download starlette failed:\n" + done.stderr.strip())
        wheels = list(pathlib.Path(tmp).glob("starlette-*.whl"))
        if len(wheels) != 1:
            raise RefreshError(f"expected one starlette wheel, pip left {wheels}")
        wheel = wheels[0]
        version = wheel.name.split("-")[1]
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        with zipfile.ZipFile(wheel) as archive:
            source = archive.read("starlette/status.py").decode("utf-8")
    text = starlette_csv(starlette_names(source))
    changed = write(STARLETTE_FILE, text.encode())
    record_source(
        STARLETTE_FILE,
        f"PyPI, `{wheel.name}`, file `starlette/status.py`",
        f"starlette {version}",
        f"sha256 of the wheel `{digest}`",
        changed,
    )


# ---------------------------------------------------------------------- IANA


def saved_by_hand(from_dir: pathlib.Path, name: str, url: str) -> pathlib.Path:
    """The file in from_dir under IANA's own name (the link's last part, as a
    browser saves it) or under the name it has in data/upstream/."""
    candidates = [from_dir / url.rsplit("/", 1)[-1], from_dir / name]
    for path in candidates:
        if path.is_file():
            return path
    names = " or ".join(p.name for p in candidates)
    raise RefreshError(f"{from_dir} has no {names}; save {url} there under either name")


def refresh_iana(from_dir: pathlib.Path | None) -> None:
    for name, url in IANA.items():
        if from_dir is not None:
            path = saved_by_hand(from_dir, name, url)
            try:
                data = path.read_bytes()
            except OSError as err:
                raise RefreshError(f"cannot read {path}: {err}") from err
            origin = f"`{path.name}`, saved by hand from {url}"
        else:
            try:
                with urllib.request.urlopen(url, timeout=60) as response:
                    data = response.read()
            except OSError as err:
                raise RefreshError(
                    f"cannot fetch {url}: {err}\n"
                    "If IANA moved the file, take the CSV link from the registry's page, "
                    "fix IANA in tools/upstream/refresh.py, or save the file by hand "
                    "and pass --iana-from DIR"
                ) from err
            origin = url
        first = data.splitlines()[0].decode("utf-8", "replace") if data else ""
        if "," not in first:
            raise RefreshError(f"{origin} is not a CSV file (its first line is {first!r})")
        changed = write(name, data)
        record_source(
            name,
            origin,
            "the registry as published",
            f"sha256 `{hashlib.sha256(data).hexdigest()}`",
            changed,
        )
    drop_assembled_note()


# The note SOURCES.md carried while the IANA files were written by hand.
ASSEMBLED = "\n## The two IANA files were assembled, not downloaded\n"


def drop_assembled_note() -> None:
    """Both IANA files now come from IANA: the note that they were assembled
    by hand no longer holds, so it goes."""
    text = SOURCES.read_text()
    if ASSEMBLED in text:
        SOURCES.write_text(text[: text.index(ASSEMBLED)].rstrip("\n") + "\n")
        print("removed from data/upstream/SOURCES.md: the note that the IANA files were assembled")


# ------------------------------------------------------------------- common


def write(name: str, data: bytes) -> bool:
    """Writes data/upstream/NAME; whether its content changed."""
    path = UPSTREAM / name
    old = path.read_bytes() if path.exists() else None
    if old == data:
        print(f"unchanged: data/upstream/{name}")
        return False
    path.write_bytes(data)
    print(f"updated:   data/upstream/{name}")
    return True


def record_source(name: str, origin: str, version: str, checksum: str, changed: bool) -> None:
    """Rewrites the row of NAME in SOURCES.md; its date moves only when the
    file changed, so an idle refresh leaves SOURCES.md as it was."""
    today = datetime.date.today().isoformat()
    lines = SOURCES.read_text().splitlines()
    prefix = f"| `{name}` |"
    for i, line in enumerate(lines):
        if line.startswith(prefix):
            cells = [c.strip() for c in line.strip("|").split("|")]
            date = today if changed else cells[3]
            if not changed and cells[1] != origin:
                date = today
            lines[i] = f"| `{name}` | {origin} | {version} | {date} | {checksum} |"
            break
    else:
        raise RefreshError(f"data/upstream/SOURCES.md has no row for `{name}`")
    SOURCES.write_text("\n".join(lines) + "\n")


def compare() -> int:
    print("\ncomparing data/status.csv with data/upstream/ (cargo test -p status-codes-upstream --test live):")
    cargo = shutil.which("cargo") or "cargo"
    done = subprocess.run([cargo, "test", "--quiet", "-p", "status-codes-upstream", "--test", "live"], cwd=ROOT)
    return done.returncode


def lapsed_registrations(today: datetime.date) -> list[str]:
    """Temporary IANA registrations in the fresh HTTP copy whose date has
    passed: the registry still lists them, so the table keeps them."""
    path = UPSTREAM / "iana-http-status-codes.csv"
    notes = []
    with path.open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            match = re.search(r"expires (\d{4}-\d{2}-\d{2})", row.get("Description") or "")
            if match and datetime.date.fromisoformat(match.group(1)) < today:
                notes.append(
                    f"note: IANA still lists {row['Value']} as temporary, expired "
                    f"{match.group(1)}; it stays in the table until the registry changes"
                )
    return notes


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--starlette", action="store_true", help="refresh only Starlette")
    parser.add_argument("--iana", action="store_true", help="refresh only the IANA files")
    parser.add_argument("--iana-from", type=pathlib.Path, metavar="DIR",
                        help="refresh only the IANA files, reading them from DIR (under "
                             "IANA's names or data/upstream/'s) instead of fetching them")
    parser.add_argument("--no-compare", action="store_true",
                        help="do not run the comparison afterwards")
    args = parser.parse_args(argv)
    both = not args.starlette and not args.iana and args.iana_from is None
    try:
        if args.starlette or both:
            refresh_starlette()
        if args.iana or args.iana_from is not None or both:
            refresh_iana(args.iana_from)
            for note in lapsed_registrations(datetime.date.today()):
                print(note)
    except RefreshError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.no_compare:
        return 0
    return compare()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
