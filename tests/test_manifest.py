"""The manifest: a folder never mixes the files of two runs, and geomap removes only
the files it wrote itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap import cli
from geomap.outputs.manifest import MANIFEST_NAME, file_digest, read_manifest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SMALL = "Iran launched missile strikes on Panjgur in Pakistan on Tuesday, killing two children.\n"


def geomap(capsys, *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_manifest_lists_the_set_with_digests(tmp_path, capsys):
    out = tmp_path / "out"
    assert geomap(capsys, "run", SEEDS, "-o", out, "--report")[0] == 0
    manifest = read_manifest(out)
    assert sorted(manifest.files) == ["events.geojson", "map.html", "places.geojson", "report.html"]
    assert all(file_digest(out / n) == d for n, d in manifest.files.items())
    text = (out / MANIFEST_NAME).read_bytes()
    assert geomap(capsys, "run", SEEDS, "-o", out, "--report")[0] == 0
    assert (out / MANIFEST_NAME).read_bytes() == text  # the same run, the same bytes


def test_run_after_run_report_leaves_no_old_report(tmp_path, capsys):
    out = tmp_path / "out"
    assert geomap(capsys, "run", SEEDS, "-o", out, "--report")[0] == 0
    code, printed, _ = geomap(capsys, "run", SEEDS, "-o", out)
    assert code == 0
    assert not (out / "report.html").exists()
    assert f"removed {out / 'report.html'} (an earlier run's)" in printed.splitlines()
    assert sorted(read_manifest(out).files) == ["events.geojson", "map.html", "places.geojson"]


def test_other_data_replaces_the_whole_set(tmp_path, small, capsys):
    """`report` on other articles: the earlier run's map and GeoJSON go."""
    out = tmp_path / "out"
    assert geomap(capsys, "run", SEEDS, "-o", out, "--export", "csv")[0] == 0
    assert geomap(capsys, "report", small, "-o", out)[0] == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == [MANIFEST_NAME, "report.html"]


def test_same_data_adds_to_the_set(tmp_path, capsys):
    """`report` on the same articles after `run`: one run's data, so the map stays."""
    out = tmp_path / "out"
    assert geomap(capsys, "run", SEEDS, "-o", out)[0] == 0
    assert geomap(capsys, "report", SEEDS, "-o", out)[0] == 0
    assert sorted(read_manifest(out).files) == [
        "events.geojson", "map.html", "places.geojson", "report.html",
    ]  # fmt: skip
    # a filter makes it other data: the unfiltered map is not left beside it
    assert geomap(capsys, "report", SEEDS, "-o", out, "--family", "strike")[0] == 0
    assert sorted(read_manifest(out).files) == ["report.html"]


def test_files_geomap_did_not_write_are_never_removed(tmp_path, small, capsys):
    out = tmp_path / "out"
    assert geomap(capsys, "run", SEEDS, "-o", out, "--report")[0] == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "report.html").write_text("edited by hand", encoding="utf-8")
    code, _, err = geomap(capsys, "run", small, "-o", out)
    assert code == 0
    assert (out / "notes.txt").read_text("utf-8") == "mine"
    assert (out / "report.html").read_text("utf-8") == "edited by hand"
    assert err.splitlines() == [
        f"geomap: warning: kept {out / 'report.html'}: changed since geomap wrote it"
    ]


def test_a_forged_manifest_cannot_remove_files_elsewhere(tmp_path, small, capsys):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    (out / ".hidden").write_text("keep", encoding="utf-8")
    forged = {
        "fingerprint": "x",
        "files": {"../victim.txt": file_digest(victim), ".hidden": file_digest(out / ".hidden")},
    }
    (out / MANIFEST_NAME).write_text(json.dumps(forged), encoding="utf-8")
    assert geomap(capsys, "run", small, "-o", out)[0] == 0
    assert victim.exists() and (out / ".hidden").exists()


def test_static_snapshot_never_replaces_a_map_png_geomap_did_not_write(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    out = tmp_path / "out"
    out.mkdir()
    committed = b"\x89PNG a picture someone chose"
    (out / "map.png").write_bytes(committed)
    code, _, err = geomap(capsys, "snapshot", SEEDS, "-o", out, "--static")
    assert code == 1
    assert err.splitlines() == [
        f"geomap: error: {out / 'map.png'} exists and geomap's last run here did not write "
        "it; --force replaces it with the static drawing"
    ]
    assert (out / "map.png").read_bytes() == committed
    assert geomap(capsys, "snapshot", SEEDS, "-o", out, "--static", "--force")[0] == 0
    drawn = (out / "map.png").read_bytes()
    assert drawn.startswith(b"\x89PNG\r\n") and drawn != committed
    # now geomap wrote it: a new static drawing may replace it without --force
    assert geomap(capsys, "snapshot", SEEDS, "-o", out, "--static", "--width", "600")[0] == 0
    assert (out / "map.png").read_bytes() != drawn
