"""The event store: adds in several runs hold what one run holds, re-adding changes
nothing, a failed add leaves the store whole, and map/report draw from it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from geomap import cli
from geomap.frames import EVENT_COLUMNS
from geomap.pipeline import run
from geomap.store import Store, StoreError, merge_group, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EVENTS = ROOT / "tests" / "fixtures" / "events"
#: the two seeds tell one strike between them, so splitting them makes a cross-run merge.
#: An undated article's "January 16" takes its year from its run's most common
#: publication year: both splits give every undated article the year one run gives it
#: (2024), so the only difference left is the one the store must hide, the split.
FIRST = [SEEDS[1]]
SECOND = [
    SEEDS[0],
    *sorted(p for p in EVENTS.glob("*.txt") if p.name != "armenia_azerbaijan_shelling.txt"),
]


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """One store built in one run, one built from the same articles in two."""
    folder = tmp_path_factory.mktemp("stores")
    run([*FIRST, *SECOND], None, store=folder / "one.gpkg")
    run(FIRST, None, store=folder / "two.gpkg")
    second = run(SECOND, None, store=folder / "two.gpkg")
    return folder / "one.gpkg", folder / "two.gpkg", second


def _held(path: Path):
    with open_store(path, create=False) as store:
        return store.read()


def test_two_runs_hold_what_one_run_holds(stores):
    """The same articles added in two runs give the same events, ids included."""
    one, two, _ = stores
    a, b = _held(one), _held(two)
    assert a.events == b.events
    assert a.articles == b.articles
    assert a.mentions == b.mentions
    # a strike of the first seed merged with the second seed's report of it
    assert any(len({s.article for s in e.sources}) == 2 for e in b.events)


def test_the_store_holds_what_a_plain_run_merges(stores):
    """The stored events are merge_events over every article: those of a run without store."""
    one, _, _ = stores
    plain = run([*FIRST, *SECOND], None)
    assert _held(one).events == tuple(sorted(plain.events, key=lambda e: e.id))


def test_a_run_with_a_store_maps_its_articles_events_as_merged(stores):
    """The second run's result holds the events its articles report, merged with the
    first run's reports of them (both seeds' sources), with the store's ids."""
    _, two, second = stores
    held = {e.id: e for e in _held(two).events}
    assert second.events and all(held[e.id] == e for e in second.events)
    mine = {a.id for a in second.articles}
    assert all(any(s.article in mine for s in e.sources) for e in second.events)
    assert second.stored is not None and second.stored.added == len(second.articles)


def test_merge_groups_hold_both_orders_of_the_parties(stores):
    """merge_events may merge A->B with B->A (a clash), so both share one group."""
    _, _, second = stores
    e = second.events[0]
    swapped = type(e)(**{**_fields(e), "actor": e.target, "target": e.actor})
    assert merge_group(swapped) == merge_group(e)


def _fields(e) -> dict:
    return {f: getattr(e, f) for f in e.__slots__}


def test_adding_stored_articles_changes_nothing(tmp_path):
    """Same texts (even under other names) again: not a byte of the file changes."""
    path = tmp_path / "s.gpkg"
    run(SEEDS, None, store=path)
    before = path.read_bytes()
    copies = tmp_path / "copies"
    copies.mkdir()
    for i, seed in enumerate(SEEDS):
        shutil.copy(seed, copies / f"renamed-{i}.txt")
    again = run([copies], None, store=path)
    assert path.read_bytes() == before
    assert again.stored is not None and (again.stored.added, again.stored.already) == (0, 2)
    assert again.events  # still mapped: the stored events these texts report


def test_another_text_under_a_stored_id_is_left_out(tmp_path):
    """A stored article keeps its text; the new one is said and left out."""
    path = tmp_path / "s.gpkg"
    run(FIRST, None, store=path)
    before = path.read_bytes()
    other = tmp_path / "other"
    other.mkdir()
    (other / FIRST[0].name).write_text("Iran summoned Pakistan's envoy on Monday.", "utf-8")
    warnings: list[str] = []
    result = run([other], None, store=path, on_warning=warnings.append)
    assert result.stored is not None and result.stored.conflicts == (FIRST[0].name,)
    assert path.read_bytes() == before
    assert any("holds another text" in w for w in warnings)


def test_a_failed_add_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    """The add is one transaction: a failure while merging rolls back the new rows."""
    path = tmp_path / "s.gpkg"
    run(FIRST, None, store=path)
    before = _held(path)

    def fail(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "_replace", fail)
    with pytest.raises(KeyboardInterrupt):
        run(SECOND, None, store=path)
    assert _held(path) == before
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_store_opens_as_a_geopackage_with_point_layers(stores):
    """GIS tools see events and places as point layers, the rest as tables."""
    import geopandas as gpd
    import pyogrio

    one, _, _ = stores
    layers = dict(pyogrio.list_layers(one).tolist())
    assert layers["events"] == "Point" and layers["places"] == "Point"
    assert {layers[t] for t in ("articles", "reports", "mentions")} == {None}
    frame = gpd.read_file(one, layer="events")
    assert set(EVENT_COLUMNS) <= set(frame.columns)
    located = frame[frame.geometry.notna()]
    assert len(located) and set(located.geom_type) == {"Point"}
    assert frame.crs.to_epsg() == 4326
    assert (located.geometry.x.between(-180, 180) & located.geometry.y.between(-90, 90)).all()
    with sqlite3.connect(one) as con:  # the spatial index follows the layer
        (indexed,) = con.execute("SELECT count(*) FROM rtree_events_geom").fetchone()
    assert indexed == len(located)


def test_map_from_a_store_is_the_map_of_one_run(stores, tmp_path):
    """geomap map --store writes the files a run over every stored article writes."""
    one, _, _ = stores
    assert cli.main(["map", "--store", str(one), "-o", str(tmp_path / "drawn")]) == 0
    assert cli.main(["run", *map(str, [*FIRST, *SECOND]), "-o", str(tmp_path / "ran")]) == 0
    for name in ("events.geojson", "places.geojson", "map.html"):
        assert (tmp_path / "drawn" / name).read_bytes() == (tmp_path / "ran" / name).read_bytes()


def test_map_since_keeps_later_events(stores, tmp_path):
    """--since keeps the stored events dated on or after the day."""
    one, _, _ = stores
    days = sorted(e.date for e in _held(one).events if e.date)
    since = days[len(days) // 2]
    argv = ["map", "--store", str(one), "--since", since.isoformat(), "-o", str(tmp_path)]
    assert cli.main(argv) == 0
    fc = json.loads((tmp_path / "events.geojson").read_text("utf-8"))
    kept = [f["properties"]["date"] for f in fc["features"]]
    assert kept and all(d >= since.isoformat() for d in kept)
    assert len(kept) < len([e for e in _held(one).events if e.place])


def test_report_from_a_store(stores, tmp_path, capsys):
    """geomap report --store writes report.html with every stored article listed."""
    one, _, _ = stores
    assert cli.main(["report", "--store", str(one), "-o", str(tmp_path)]) == 0
    page = (tmp_path / "report.html").read_text("utf-8")
    assert all(a.id in page for a in _held(one).articles)
    assert "store:" in capsys.readouterr().out


def test_run_with_a_store_writes_its_outputs_too(tmp_path, capsys):
    """--store adds to the store and writes the output folder as usual."""
    out, path = tmp_path / "out", tmp_path / "s.gpkg"
    assert cli.main(["run", *map(str, SEEDS), "--store", str(path), "-o", str(out)]) == 0
    assert {p.name for p in out.iterdir()} >= {"events.geojson", "places.geojson", "map.html"}
    assert "2 articles added" in capsys.readouterr().out


def _not_a_store(tmp_path: Path) -> Path:
    path = tmp_path / "notes.gpkg"
    path.write_text("not a database, only text\n" * 100, "utf-8")
    return path


def _export(tmp_path: Path) -> Path:
    run(SEEDS[:1], tmp_path / "out", export=["gpkg"])
    return tmp_path / "out" / "geomap.gpkg"


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: p, "is a folder"),
        (_not_a_store, "not a GeoPackage"),
        (_export, "not a geomap event store"),
        (lambda p: p / "missing.gpkg", "no such event store"),
    ],
    ids=["folder", "text-file", "other-geopackage", "missing"],
)
def test_a_bad_store_is_one_line(tmp_path, capsys, make, expected):
    """A store path that is no store: one line naming it, exit 1, no traceback."""
    path = make(tmp_path)
    assert cli.main(["map", "--store", str(path), "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err and str(path) in err
    assert "Traceback" not in err


def test_run_refuses_a_bad_store_before_any_work(tmp_path, capsys):
    """run --store with a file that is no store fails before reading, writing nothing."""
    path = _not_a_store(tmp_path)
    out = tmp_path / "out"
    assert cli.main(["run", *map(str, SEEDS), "--store", str(path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err
    assert not out.exists()


def test_store_and_articles_together_is_a_usage_error(stores, capsys):
    one, _, _ = stores
    with pytest.raises(SystemExit) as exit_:
        cli.main(["map", str(SEEDS[0]), "--store", str(one)])
    assert exit_.value.code == 2
    assert "not both" in capsys.readouterr().err


def test_open_store_refuses_a_folder(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)
