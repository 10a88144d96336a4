"""The bundled gazetteer is checked before it is trusted.

Each SQLite file's sha256 is recorded when the gazetteer is built and checked the first
time a file is opened (then remembered per installed version), so a damaged file is
one line naming it; a polygon that cannot be decoded names the file and the place.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from geomap import cli
from geomap import gazetteer as gz
from geomap.errors import GazetteerError
from geomap.gazetteer import CHECKSUMS, Gazetteer, record_checksums


def test_recorded_checksums_match_the_bundled_files(gazetteer):
    """Fails after a rebuild that skipped the last step: run
    ``python -c "from geomap.gazetteer import record_checksums; record_checksums('gazetteer')"``."""
    recorded = json.loads((gazetteer.folder / CHECKSUMS).read_text("utf-8"))
    assert sorted(recorded) == ["places.sqlite", "shapes.sqlite"]
    for name, digest in recorded.items():
        assert gz._sha256(gazetteer.folder / name) == digest, name


@pytest.fixture
def copy(tmp_path: Path, gazetteer) -> Path:
    """A private copy of the gazetteer, with its checksums, to damage."""
    folder = tmp_path / "gaz"
    folder.mkdir()
    for name in ("places.sqlite", "shapes.sqlite", CHECKSUMS):
        shutil.copy(gazetteer.folder / name, folder / name)
    return folder


def _pakistan_polygon(folder: Path) -> tuple[bytes, int]:
    """Pakistan's stored polygon and where its bytes start in shapes.sqlite."""
    g = Gazetteer(folder)
    pk = g._query("places.sqlite", "SELECT pk FROM places WHERE id = 'country:PK'")[0][0]
    with sqlite3.connect(folder / "shapes.sqlite") as db:
        wkb = db.execute("SELECT wkb FROM shapes WHERE pk = ?", [pk]).fetchone()[0]
    at = (folder / "shapes.sqlite").read_bytes().find(wkb[:200])
    assert at > 0
    return wkb, at


def _flip(path: Path, at: int, count: int = 2) -> None:
    data = bytearray(path.read_bytes())
    for i in range(at, at + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_two_flipped_bytes_are_caught_by_the_checksum(copy):
    _, at = _pakistan_polygon(copy)
    _flip(copy / "shapes.sqlite", at + 1)  # the geometry type of a polygon
    g = Gazetteer(copy)  # places.sqlite is intact and still opens
    with pytest.raises(GazetteerError, match=r"shapes\.sqlite: damaged gazetteer file"):
        g.shape("country:PK")


def test_a_damaged_polygon_names_the_file_and_the_place(copy):
    """Without checksums (an older build), a polygon that cannot be decoded is still
    one clear error, not a GEOSException naming nothing."""
    (copy / CHECKSUMS).unlink()
    _, at = _pakistan_polygon(copy)
    _flip(copy / "shapes.sqlite", at + 1)
    g = Gazetteer(copy)
    with pytest.raises(GazetteerError, match=r"shapes\.sqlite: damaged geometry of country:PK"):
        g.shape("country:PK")
    assert g.shape("country:IR") is not None  # the rest is still usable


def test_verification_is_remembered_per_installed_version(copy, monkeypatch, tmp_path):
    """The files are hashed once; later opens (new processes too) trust the cache,
    until the file changes."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(gz, "_verified", set())
    hashed: list[Path] = []
    real = gz._sha256

    def counting(path: Path) -> str:
        hashed.append(path)
        return real(path)

    monkeypatch.setattr(gz, "_sha256", counting)
    Gazetteer(copy).shape("country:PK")
    assert sorted(p.name for p in hashed) == ["places.sqlite", "shapes.sqlite"]
    monkeypatch.setattr(gz, "_verified", set())  # as in a new process
    Gazetteer(copy).shape("country:PK")
    assert len(hashed) == 2
    _flip(copy / "places.sqlite", 20_000, 1)  # changed: checked again, and refused
    monkeypatch.setattr(gz, "_verified", set())
    with pytest.raises(GazetteerError, match=r"places\.sqlite: damaged"):
        Gazetteer(copy)


def test_record_checksums_writes_what_it_returns(copy):
    (copy / CHECKSUMS).unlink()
    sums = record_checksums(copy)
    assert json.loads((copy / CHECKSUMS).read_text("utf-8")) == sums
    assert all(len(v) == 64 for v in sums.values())


def test_the_cli_reports_a_damaged_gazetteer_in_one_line(copy, monkeypatch, capsys):
    _flip(copy / "places.sqlite", 30_000)
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(copy))
    monkeypatch.setattr(gz, "_verified", set())
    gz.default_gazetteer.cache_clear()
    try:
        assert cli.main(["gazetteer", "lookup", "Iran"]) == 1
    finally:
        gz.default_gazetteer.cache_clear()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("geomap: error: ")
    assert "places.sqlite: damaged gazetteer file" in err and "reinstall" in err
