"""Offline tests of tools/upstream/refresh.py: the Starlette parser on
fixture sources, both halves on files taken from disk (the network half is
a plain download), and SOURCES.md's rows. They work on the fixture copies
in tests/fixtures/; one test, SourcesDescribeTheCopies, reads the
repository's data/upstream/ to hold its SOURCES.md to the copies. Run with

    python3 -m unittest discover -s tools/upstream -p 'test_*.py'
"""

import csv
import datetime
import importlib.util
import io
import pathlib
import shutil
import tarfile
import tempfile
import textwrap
import unittest
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE / "tests" / "fixtures" / "data" / "upstream"
_spec = importlib.util.spec_from_file_location("refresh", HERE / "refresh.py")
refresh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(refresh)

STATUS_PY = textwrap.dedent(
    '''
    """HTTP codes"""
    import warnings

    __all__ = ["HTTP_200_OK", "HTTP_422_UNPROCESSABLE_CONTENT", "WS_1000_NORMAL_CLOSURE"]

    HTTP_200_OK = 200
    HTTP_422_UNPROCESSABLE_CONTENT: int = 422
    WS_1000_NORMAL_CLOSURE = 1000
    SOMETHING_ELSE = 7
    HTTP_NOT_A_CODE = "x"

    __deprecated__ = {"HTTP_422_UNPROCESSABLE_ENTITY": 422}


    def __getattr__(name: str) -> int:
        deprecation_changes = {
            "HTTP_422_UNPROCESSABLE_ENTITY": "HTTP_422_UNPROCESSABLE_CONTENT",
        }
        unrelated = {"a": "b"}
        deprecated = __deprecated__.get(name)
        if deprecated:
            warnings.warn(f"'{name}' is deprecated. Use '{deprecation_changes[name]}' instead.")
            return deprecated
        raise AttributeError(name)
    '''
)


class StarletteNames(unittest.TestCase):
    def test_constants_then_deprecated_names_with_their_replacement(self):
        self.assertEqual(
            refresh.starlette_names(STATUS_PY),
            [
                ("HTTP_200_OK", 200, ""),
                ("HTTP_422_UNPROCESSABLE_CONTENT", 422, ""),
                ("WS_1000_NORMAL_CLOSURE", 1000, ""),
                ("HTTP_422_UNPROCESSABLE_ENTITY", 422, "HTTP_422_UNPROCESSABLE_CONTENT"),
            ],
        )

    def test_the_csv_it_writes(self):
        text = refresh.starlette_csv(refresh.starlette_names(STATUS_PY))
        self.assertEqual(
            text,
            "name,value,replacement\n"
            "HTTP_200_OK,200,\n"
            "HTTP_422_UNPROCESSABLE_CONTENT,422,\n"
            "WS_1000_NORMAL_CLOSURE,1000,\n"
            "HTTP_422_UNPROCESSABLE_ENTITY,422,HTTP_422_UNPROCESSABLE_CONTENT\n",
        )

    def test_a_deprecated_name_without_a_replacement_is_an_error(self):
        source = STATUS_PY.replace(
            '"HTTP_422_UNPROCESSABLE_ENTITY": "HTTP_422_UNPROCESSABLE_CONTENT",', ""
        )
        with self.assertRaisesRegex(refresh.RefreshError, "HTTP_422_UNPROCESSABLE_ENTITY"):
            refresh.starlette_names(source)

    def test_a_replacement_that_is_not_defined_is_an_error(self):
        source = STATUS_PY.replace(
            '"HTTP_422_UNPROCESSABLE_CONTENT",\n', '"HTTP_422_GONE",\n'
        )
        with self.assertRaisesRegex(refresh.RefreshError, "HTTP_422_GONE"):
            refresh.starlette_names(source)

    def test_a_module_without_constants_is_an_error(self):
        with self.assertRaisesRegex(refresh.RefreshError, "no HTTP_"):
            refresh.starlette_names("X = 1\n")

    def test_the_vendored_copy_is_exactly_what_the_writer_writes(self):
        # Read back and written again, the fixture copy is unchanged: its
        # header, quoting, order and line endings are starlette_csv's.
        text = (FIXTURES / "starlette-status.csv").read_text()
        rows = list(csv.reader(io.StringIO(text)))
        self.assertEqual(rows[0], ["name", "value", "replacement"])
        names = [(name, int(value), replacement) for name, value, replacement in rows[1:]]
        self.assertEqual(refresh.starlette_csv(names), text)
        deprecated = [n for n in names if n[2]]
        self.assertEqual(len(deprecated), 4)


class OnACopyOfTheFixtures(unittest.TestCase):
    """Points the refresh at a scratch copy of the fixture copies."""

    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp())
        self.upstream = self.tmp / "upstream"
        shutil.copytree(FIXTURES, self.upstream)
        self.saved = (refresh.UPSTREAM, refresh.SOURCES)
        refresh.UPSTREAM = self.upstream
        refresh.SOURCES = self.upstream / "SOURCES.md"
        self.downloads = self.tmp / "downloads"
        self.downloads.mkdir()
        for name in refresh.IANA:
            shutil.copy(self.upstream / name, self.downloads / name)

    def tearDown(self):
        refresh.UPSTREAM, refresh.SOURCES = self.saved
        shutil.rmtree(self.tmp)

    def row(self, name):
        for line in refresh.SOURCES.read_text().splitlines():
            if line.startswith(f"| `{name}` |"):
                return [c.strip() for c in line.strip("|").split("|")]
        raise AssertionError(f"no row for {name}")

    def copy_sha256(self, name):
        return refresh.hashlib.sha256((self.upstream / name).read_bytes()).hexdigest()


class IanaFromDirectory(OnACopyOfTheFixtures):
    def test_files_are_saved_as_they_are_and_recorded(self):
        http = "iana-http-status-codes.csv"
        new = (self.downloads / http).read_bytes().replace(
            b"512-599,Unassigned,", b"512-598,Unassigned,\r\n599,Network Connect Timeout,[RFC9999]"
        )
        (self.downloads / http).write_bytes(new)
        ws = "iana-websocket-close-codes.csv"
        (self.downloads / ws).write_bytes((self.downloads / ws).read_bytes() + b"4000,Game Over,,\n")
        refresh.refresh_iana(self.downloads)
        self.assertEqual((self.upstream / http).read_bytes(), new)
        row = self.row(http)
        self.assertIn("saved by hand", row[1])
        self.assertEqual(row[3], datetime.date.today().isoformat())
        self.assertIn(refresh.hashlib.sha256(new).hexdigest(), row[4])
        self.assertEqual(row[5], f"`{self.copy_sha256(http)}`")
        # Both files are IANA's own now: the note that they were assembled goes.
        self.assertIn("assembled, not downloaded", (FIXTURES / "SOURCES.md").read_text())
        self.assertNotIn("assembled, not downloaded", refresh.SOURCES.read_text())
        self.assertIn("| `starlette-status.csv` |", refresh.SOURCES.read_text())

    def test_an_unchanged_file_keeps_its_row_as_it_was(self):
        # The WebSocket file comes out the same: its row is not relabelled or
        # re-dated, and while it still says it was assembled, so does the note.
        http = "iana-http-status-codes.csv"
        (self.downloads / http).write_bytes(
            (self.downloads / http).read_bytes().replace(b"104,", b"104,x", 1)
        )
        before = self.row("iana-websocket-close-codes.csv")
        refresh.refresh_iana(self.downloads)
        self.assertEqual(self.row("iana-websocket-close-codes.csv"), before)
        self.assertIn("saved by hand", self.row(http)[1])
        self.assertIn("assembled, not downloaded", refresh.SOURCES.read_text())

    def test_an_idle_refresh_leaves_sources_as_it_was(self):
        before = refresh.SOURCES.read_text()
        refresh.record_edits()
        refresh.refresh_iana(self.downloads)
        self.assertEqual(refresh.SOURCES.read_text(), before)

    def test_a_file_that_is_not_csv_is_refused(self):
        (self.downloads / "iana-http-status-codes.csv").write_text("<html>moved</html>\n")
        with self.assertRaisesRegex(refresh.RefreshError, "not a CSV file"):
            refresh.refresh_iana(self.downloads)

    def test_a_missing_file_is_an_error(self):
        (self.downloads / "iana-websocket-close-codes.csv").unlink()
        with self.assertRaisesRegex(
            refresh.RefreshError,
            "has no close-code-number.csv or iana-websocket-close-codes.csv; save "
            "https://www.iana.org/assignments/websocket/close-code-number.csv there",
        ):
            refresh.refresh_iana(self.downloads)

    def test_files_saved_under_ianas_own_names_are_found(self):
        # As a browser saves IANA's links: http-status-codes-1.csv and
        # close-code-number.csv.
        for name, url in refresh.IANA.items():
            (self.downloads / name).rename(self.downloads / url.rsplit("/", 1)[-1])
        http = self.downloads / "http-status-codes-1.csv"
        new = http.read_bytes().replace(b"104,", b"104,x", 1)
        http.write_bytes(new)
        refresh.refresh_iana(self.downloads)
        self.assertEqual((self.upstream / "iana-http-status-codes.csv").read_bytes(), new)
        self.assertIn("`http-status-codes-1.csv`, saved by hand", self.row("iana-http-status-codes.csv")[1])

    def test_lapsed_temporary_registrations_are_noted(self):
        notes = refresh.lapsed_registrations(datetime.date(2026, 11, 22))
        self.assertEqual(len(notes), 1)
        self.assertIn("104 as temporary, expired 2026-11-13", notes[0])
        self.assertEqual(refresh.lapsed_registrations(datetime.date(2026, 11, 13)), [])


class StarletteFromFile(OnACopyOfTheFixtures):
    """--starlette-from: a wheel, an sdist or status.py saved by hand."""

    def saved_file(self, name):
        path = self.downloads / name
        if name.endswith(".whl"):
            with zipfile.ZipFile(path, "w") as archive:
                archive.writestr("starlette/status.py", STATUS_PY)
                archive.writestr("starlette/__init__.py", "")
        elif name.endswith(".tar.gz"):
            inner = self.downloads / "status.py"
            inner.write_text(STATUS_PY)
            with tarfile.open(path, "w:gz") as archive:
                archive.add(inner, arcname="starlette-9.9.9/starlette/status.py")
            inner.unlink()
        else:
            path.write_text(STATUS_PY)
        return path

    def test_each_kind_of_file_gives_the_names_and_its_row(self):
        expected = refresh.starlette_csv(refresh.starlette_names(STATUS_PY))
        for name, kind, version in [
            ("starlette-9.9.9-py3-none-any.whl", "wheel", "starlette 9.9.9"),
            ("starlette-9.9.9.tar.gz", "sdist", "starlette 9.9.9"),
            ("status.py", "file", "unknown (not in the file's name)"),
        ]:
            with self.subTest(name):
                shutil.copy(FIXTURES / "starlette-status.csv", self.upstream / "starlette-status.csv")
                shutil.copy(FIXTURES / "SOURCES.md", refresh.SOURCES)
                path = self.saved_file(name)
                refresh.refresh_starlette(path)
                self.assertEqual((self.upstream / "starlette-status.csv").read_text(), expected)
                row = self.row("starlette-status.csv")
                self.assertTrue(row[1].startswith(f"`{name}`, saved by hand"), row[1])
                self.assertEqual(row[2], version)
                self.assertEqual(row[3], datetime.date.today().isoformat())
                digest = refresh.hashlib.sha256(path.read_bytes()).hexdigest()
                self.assertEqual(row[4], f"sha256 of the {kind} `{digest}`")
                self.assertEqual(row[5], f"`{self.copy_sha256('starlette-status.csv')}`")

    def test_a_file_of_another_kind_is_refused(self):
        path = self.downloads / "starlette.zip"
        path.write_bytes(b"PK")
        with self.assertRaisesRegex(refresh.RefreshError, "not a starlette wheel"):
            refresh.refresh_starlette(path)

    def test_a_copy_edited_by_hand_claims_no_source(self):
        # A hand edit, then a refresh of the IANA half only: the Starlette
        # row no longer names the wheel and its checksum.
        name = "starlette-status.csv"
        (self.upstream / name).write_text(
            (self.upstream / name).read_text() + "HTTP_420_ENHANCE_YOUR_CALM,420,\n"
        )
        self.assertEqual(refresh.record_edits(), [name])
        row = self.row(name)
        self.assertTrue(row[1].startswith("edited by hand; before, PyPI, `starlette-1.10.0"), row[1])
        self.assertEqual(row[2:5], ["none", datetime.date.today().isoformat(), "none: edited by hand"])
        self.assertEqual(row[5], f"`{self.copy_sha256(name)}`")
        # Recorded once: a second run finds nothing new.
        self.assertEqual(refresh.record_edits(), [])
        # A refresh whose names come out as the edited copy reads names its
        # source again: the copy is that source's own.
        (self.upstream / name).write_text(refresh.starlette_csv(refresh.starlette_names(STATUS_PY)))
        refresh.record_edits()
        refresh.refresh_starlette(self.saved_file("status.py"))
        self.assertTrue(self.row(name)[1].startswith("`status.py`, saved by hand"))


class SourcesDescribeTheCopies(unittest.TestCase):
    def test_every_row_has_its_copys_sha256(self):
        upstream = HERE.parents[1] / "data" / "upstream"
        rows = 0
        for line in (upstream / "SOURCES.md").read_text().splitlines():
            if not line.startswith("| `"):
                continue
            cells = [c.strip() for c in line.strip("|").split("|")]
            name = cells[0].strip("`")
            digest = refresh.hashlib.sha256((upstream / name).read_bytes()).hexdigest()
            self.assertEqual(
                cells[5],
                f"`{digest}`",
                f"data/upstream/{name} is not the copy data/upstream/SOURCES.md describes: "
                "refresh it (python3 tools/upstream/refresh.py, or --iana-from DIR / "
                "--starlette-from FILE offline), or, if you edited it by hand, record that "
                "with python3 tools/upstream/refresh.py --record-edits --no-compare",
            )
            rows += 1
        self.assertEqual(rows, 3)


if __name__ == "__main__":
    unittest.main()
