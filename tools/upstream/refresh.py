#!/usr/bin/env python3
"""Refresh the vendored upstream copies in data/upstream/, then compare.

    python3 tools/upstream/refresh.py              # everything
    python3 tools/upstream/refresh.py --starlette  # only starlette-status.csv
    python3 tools/upstream/refresh.py --iana       # only the two IANA files
    python3 tools/upstream/refresh.py --iana-from DIR
        # only the IANA files, taken from DIR (under IANA's own names,
        # http-status-codes-1.csv and close-code-number.csv, or as named in
        # data/upstream/) instead of fetched: for files saved by hand
    python3 tools/upstream/refresh.py --starlette-from FILE
        # only Starlette, read from FILE instead of downloaded: a wheel
        # (starlette-*.whl), an sdist (starlette-*.tar.gz) or status.py
    python3 tools/upstream/refresh.py --record-edits
        # neither: only record in SOURCES.md the copies edited by hand

For maintainers; CI and the tests never run it (it needs the network). It
writes only data/upstream/, records where each file came from in
data/upstream/SOURCES.md, and then runs the comparison, `cargo test -p
status-codes-upstream --test live`, whose report gives the exact edit for
each difference. See
CONTRIBUTING.md, "Keeping the table current".

SOURCES.md changes a row only when that row's file changed: a refreshed
file that came out the same leaves its row as it was. Each row records the
sha256 of the copy itself; a copy that no longer has it was edited since,
and every run (or `--record-edits` alone) says so in its row instead of
naming a source and a checksum the copy no longer matches.

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
import tarfile
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


def refresh_starlette(from_file: pathlib.Path | None = None) -> None:
    """Downloads the newest starlette wheel, or reads FROM_FILE (a wheel,
    an sdist or status.py saved by hand), and writes its names."""
    if from_file is not None:
        source, origin, version, checksum = starlette_saved(from_file)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            command = [
                sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                "--disable-pip-version-check", "--quiet", "--dest", tmp, "starlette",
            ]
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0:
                raise RefreshError(
                    "pip download starlette failed:\n" + done.stderr.strip()
                    + "\nOffline, save a starlette wheel, sdist or status.py and pass "
                    "--starlette-from FILE"
                )
            wheels = list(pathlib.Path(tmp).glob("starlette-*.whl"))
            if len(wheels) != 1:
                raise RefreshError(f"expected one starlette wheel, pip left {wheels}")
            source, _, version, checksum = starlette_saved(wheels[0])
            origin = f"PyPI, `{wheels[0].name}`, file `starlette/status.py`"
    text = starlette_csv(starlette_names(source))
    changed = write(STARLETTE_FILE, text.encode())
    record_source(STARLETTE_FILE, origin, version, checksum, changed)


def starlette_saved(path: pathlib.Path) -> tuple[str, str, str, str]:
    """status.py's text from a wheel, an sdist or status.py itself, with the
    origin, version and checksum SOURCES.md records for it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise RefreshError(f"cannot read {path}: {err}") from err
    digest = hashlib.sha256(data).hexdigest()
    name = path.name
    version_of = re.match(r"starlette-([0-9][^-]*?)(?:-|\.tar\.gz$)", name)
    version = f"starlette {version_of.group(1)}" if version_of else "unknown (not in the file's name)"
    try:
        if name.endswith(".whl"):
            with zipfile.ZipFile(path) as archive:
                source = archive.read("starlette/status.py")
            kind, inner = "wheel", "starlette/status.py"
        elif name.endswith((".tar.gz", ".tgz")):
            with tarfile.open(path) as archive:
                members = [m for m in archive.getmembers()
                           if m.isfile() and m.name.endswith("/starlette/status.py")]
                if len(members) != 1:
                    raise RefreshError(f"{path} holds no single starlette/status.py")
                inner = members[0].name
                source = archive.extractfile(members[0]).read()
            kind = "sdist"
        elif name.endswith(".py"):
            source, kind, inner = data, "file", None
        else:
            raise RefreshError(
                f"{path} is not a starlette wheel (.whl), sdist (.tar.gz) or status.py"
            )
    except (KeyError, OSError, zipfile.BadZipFile, tarfile.TarError) as err:
        raise RefreshError(f"cannot read starlette/status.py from {path}: {err}") from err
    origin = f"`{name}`, saved by hand" + (f", file `{inner}`" if inner else "")
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RefreshError(f"status.py in {path} is not UTF-8: {err}") from err
    return text, origin, version, f"sha256 of the {kind} `{digest}`"


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
    """Once no row says its file was assembled (both IANA files now come
    from IANA), the note that explains it no longer holds, so it goes."""
    text = SOURCES.read_text()
    still = [name for name, cells in source_rows() if cells[1].startswith("assembled")]
    if ASSEMBLED in text and not still:
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


# How a row starts once its copy was edited by hand.
EDITED = "edited by hand"


def sha256_of(name: str) -> str:
    return hashlib.sha256((UPSTREAM / name).read_bytes()).hexdigest()


def source_rows() -> list[tuple[str, list[str]]]:
    """The rows of SOURCES.md's table: (file name, cells)."""
    rows = []
    for line in SOURCES.read_text().splitlines():
        match = re.match(r"\| `([^`]+)` \|", line)
        if match:
            rows.append((match.group(1), [c.strip() for c in line.strip("|").split("|")]))
    return rows


def set_source_row(name: str, cells: list[str]) -> None:
    lines = SOURCES.read_text().splitlines()
    prefix = f"| `{name}` |"
    for i, line in enumerate(lines):
        if line.startswith(prefix):
            lines[i] = "| " + " | ".join([f"`{name}`", *cells]) + " |"
            break
    else:
        raise RefreshError(f"data/upstream/SOURCES.md has no row for `{name}`")
    SOURCES.write_text("\n".join(lines) + "\n")


def record_source(name: str, origin: str, version: str, checksum: str, changed: bool) -> None:
    """Rewrites the row of NAME in SOURCES.md when its file changed, with
    the new file's own sha256; a file that came out the same keeps its row
    as it was, origin and date included."""
    rows = dict(source_rows())
    if name not in rows:
        raise RefreshError(f"data/upstream/SOURCES.md has no row for `{name}`")
    # An unchanged copy whose row says it was edited by hand is the source's
    # own after all: the row may name it.
    if not changed and not rows[name][1].startswith(EDITED):
        return
    today = datetime.date.today().isoformat()
    set_source_row(name, [origin, version, today, checksum, f"`{sha256_of(name)}`"])


def record_edits() -> list[str]:
    """Every copy whose sha256 is no longer the one its row records was
    edited since (by hand, or by a tool other than this one): its row says
    so, and names no source or checksum the copy does not match. The names
    of those files."""
    edited = []
    for name, cells in source_rows():
        actual = sha256_of(name)
        if len(cells) < 6 or cells[5].strip("`") != actual:
            was = cells[1]
            note = was if was.startswith(EDITED) else f"{EDITED}; before, {was}"
            today = datetime.date.today().isoformat()
            set_source_row(name, [note, "none", today, "none: edited by hand", f"`{actual}`"])
            print(f"recorded in data/upstream/SOURCES.md: data/upstream/{name} was edited by hand")
            edited.append(name)
    return edited


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
    parser.add_argument("--starlette-from", type=pathlib.Path, metavar="FILE",
                        help="refresh only Starlette, reading status.py from FILE (a wheel, "
                             "an sdist or status.py itself) instead of downloading it")
    parser.add_argument("--record-edits", action="store_true",
                        help="refresh nothing; only record in SOURCES.md the copies edited "
                             "by hand (every refresh does this too)")
    parser.add_argument("--no-compare", action="store_true",
                        help="do not run the comparison afterwards")
    args = parser.parse_args(argv)
    starlette = args.starlette or args.starlette_from is not None
    iana = args.iana or args.iana_from is not None
    both = not starlette and not iana and not args.record_edits
    try:
        # A copy edited since its row was written is recorded first, so
        # that a refresh that brings it back to upstream records that too.
        record_edits()
        if starlette or both:
            refresh_starlette(args.starlette_from)
        if iana or both:
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
